/**
 * One pass over a document that finds every occurrence of the claim rules' keywords ("attribut", "behind",
 * "confidence", "also", "den" …), grouped as the rules use them. The rules then gate a sentence on an occurrence
 * inside it, or try a sticky copy of their expression only where a keyword starts, instead of lower-casing every
 * sentence and calling `includes` per keyword per sentence (and instead of running expressions that can start
 * anywhere over the whole text).
 *
 * Keywords are lower-case ASCII. The text is compared ASCII-case-insensitively, with the Kelvin sign read as k and the
 * long s (ſ) as s: the only non-ASCII characters a case-insensitive expression can match to an ASCII letter (with the
 * `u` flag, by simple case folding; without it, no non-ASCII character matches an ASCII one). So wherever a
 * case-insensitive expression matches a keyword's letters, this pass reports the keyword: a gate on it never hides a
 * match. It may report more (ſ under an expression without `u`): a gate is then merely passed and the expression
 * finds nothing, as before.
 */

/** Occurrences of one group's keywords, by ascending start (ties in any order); `ends[i]` is the end of `starts[i]`. */
export interface Occurrences {
  starts: number[]
  ends: number[]
}

export class KeywordIndex<G extends string> {
  private readonly names: G[]
  // Automaton over character classes: ASCII letters of both cases share a class; characters in no keyword are 0.
  private readonly classOf = new Uint8Array(128)
  private readonly classes: number
  private readonly dfa: Int32Array
  /** Per node: the (group, keyword length) pairs of the keywords that end there, flattened. */
  private readonly outs: (number[] | undefined)[]
  private lastText: string | undefined
  private lastFound: Record<G, Occurrences> | undefined

  constructor(groups: Record<G, readonly string[]>) {
    this.names = Object.keys(groups) as G[]
    const next: Map<number, number>[] = [new Map()]
    const ends: number[][] = [[]] // (group, keyword length) pairs of the keywords ending at each node
    this.names.forEach((g, gi) => {
      for (const k of groups[g]) {
        if (!/^[\x20-\x40\x5b-\x7e]+$/.test(k)) throw new Error(`keyword not lower-case ASCII: ${k}`)
        let node = 0
        for (let i = 0; i < k.length; i++) {
          const c = k.charCodeAt(i)
          let n = next[node]!.get(c)
          if (n === undefined) {
            n = next.length
            next.push(new Map())
            ends.push([])
            next[node]!.set(c, n)
          }
          node = n
        }
        ends[node]!.push(gi, k.length)
      }
    })
    let classes = 1
    for (const m of next)
      for (const c of m.keys())
        if (this.classOf[c] === 0) {
          this.classOf[c] = classes
          if (c >= 97 && c <= 122) this.classOf[c - 32] = classes
          classes++
        }
    this.classes = classes
    // Breadth-first failure links folded into a full transition table; outputs inherit their failure node's.
    const fail = new Int32Array(next.length)
    const dfa = new Int32Array(next.length * classes)
    const outs = ends
    const rep = new Int32Array(classes)
    // The lower-case letter stands for its class (the keywords are lower case).
    for (let c = 0; c < 128; c++) if (this.classOf[c] !== 0) rep[this.classOf[c]!] = c
    const queue = [0]
    for (let qi = 0; qi < queue.length; qi++) {
      const node = queue[qi]!
      for (let cls = 1; cls < classes; cls++) {
        const child = next[node]!.get(rep[cls]!)
        if (child === undefined) {
          dfa[node * classes + cls] = node === 0 ? 0 : dfa[fail[node]! * classes + cls]!
          continue
        }
        dfa[node * classes + cls] = child
        fail[child] = node === 0 ? 0 : dfa[fail[node]! * classes + cls]!
        // Keywords that are suffixes of this node's string end here too (breadth-first: the failure node is done).
        outs[child] = outs[child]!.concat(outs[fail[child]!]!)
        queue.push(child)
      }
    }
    this.dfa = dfa
    this.outs = outs.map((o) => (o.length ? o : undefined))
  }

  /** Every occurrence of each group's keywords in `text` (kept for the last text asked about). */
  find(text: string): Record<G, Occurrences> {
    if (text === this.lastText && this.lastFound) return this.lastFound
    const found = {} as Record<G, Occurrences>
    const lists: Occurrences[] = this.names.map((g) => (found[g] = { starts: [], ends: [] }))
    const { dfa, classOf, classes, outs } = this
    const k = classOf[107]!
    const s = classOf[115]!
    let node = 0
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      const cls = c < 128 ? classOf[c]! : c === 0x212a ? k : c === 0x17f ? s : 0
      node = dfa[node * classes + cls]!
      const o = outs[node]
      if (o === undefined) continue
      for (let j = 0; j < o.length; j += 2) {
        const l = lists[o[j]!]!
        l.starts.push(i + 1 - o[j + 1]!)
        l.ends.push(i + 1)
      }
    }
    for (const l of lists) sortByStart(l)
    this.lastText = text
    this.lastFound = found
    return found
  }
}

/** Occurrences arrive by end; keywords of different lengths can leave starts out of order: insertion sort. */
function sortByStart(o: Occurrences): void {
  const { starts, ends } = o
  for (let i = 1; i < starts.length; i++) {
    const s = starts[i]!
    if (s >= starts[i - 1]!) continue
    const e = ends[i]!
    let j = i - 1
    while (j >= 0 && starts[j]! > s) {
      starts[j + 1] = starts[j]!
      ends[j + 1] = ends[j]!
      j--
    }
    starts[j + 1] = s
    ends[j + 1] = e
  }
}

/** Index of the first occurrence starting at or after `from`. */
export function firstFrom(o: Occurrences, from: number): number {
  const a = o.starts
  let lo = 0
  let hi = a.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (a[mid]! < from) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** True when an occurrence lies wholly inside [from, to). */
export function occursIn(o: Occurrences, from: number, to: number): boolean {
  for (let i = firstFrom(o, from); i < o.starts.length && o.starts[i]! < to; i++) if (o.ends[i]! <= to) return true
  return false
}

/**
 * The matches a global scan of `str` (which begins at `offset` of the text `o` was found in) would give, trying
 * `sticky` only where an occurrence starts. Exact when every match of the expression starts with one of the group's
 * keywords (the argument of `matchAtStarts`). Match indices are relative to `str`.
 */
export function matchAtOccurrences(sticky: RegExp, str: string, offset: number, o: Occurrences): RegExpExecArray[] {
  const out: RegExpExecArray[] = []
  const end = offset + str.length
  let pos = 0
  let last = -1
  for (let i = firstFrom(o, offset); i < o.starts.length && o.starts[i]! < end; i++) {
    const s = o.starts[i]! - offset
    if (s < pos || s === last) continue
    last = s
    sticky.lastIndex = s
    const m = sticky.exec(str)
    if (m === null) continue
    out.push(m)
    pos = m[0].length === 0 ? s + 1 : s + m[0].length
  }
  return out
}
