/**
 * One pass over a document that finds the claim rules' keywords ("attribut", "behind", "confidence", "also", "deny"
 * …) where a word starts. The rules then gate a sentence on an occurrence of one of their keywords inside it,
 * or try a sticky copy of their expression only where one starts, instead of lower-casing every sentence and calling
 * `includes` per keyword per sentence (and instead of running expressions that can start anywhere over the whole
 * text). Real text holds few occurrences (about 30 in a 2 KB report), so a rule's question is answered by walking the
 * occurrences inside the sentence.
 *
 * Keywords are lower-case ASCII and start with a letter. An occurrence is kept only where a word starts: where the
 * character before is no ASCII letter or digit. Every keyword a rule relies on sits there in each of its matches
 * (after `\b`, after `(?<![\p{L}\p{N}])`, or after white space inside the match; the rules' test checks it on real
 * text): a letter or digit before the keyword's first letter would fail `\b` and that look-behind alike. Dropping the
 * others ("work" in "network", "very" in "every") saves the rules' tries there.
 *
 * The text is compared ASCII-case-insensitively, with the Kelvin sign read as k and the
 * long s (ſ) as s: the only non-ASCII characters a case-insensitive expression can match to an ASCII letter (with the
 * `u` flag, by simple case folding; without it, no non-ASCII character matches an ASCII one). So wherever a
 * case-insensitive expression matches a keyword's letters, this pass reports the keyword: a gate on it never hides a
 * match. It may report more (ſ under an expression without `u`): a gate is then merely passed and the expression
 * finds nothing, as before.
 */
import { isAsciiAlnumCode, matchAtStarts, unitsOf } from './scan.ts'
import { countBelow } from './text.ts'

/**
 * Keyword occurrences by ascending start (ties in any order): `starts[i]`, `ends[i]`, and `keys[i]`, the keyword's
 * number in the index.
 */
export interface Occurrences {
  starts: number[]
  ends: number[]
  keys: number[]
}

/** A set of keywords of an index, as a mask over keyword numbers. */
export type KeywordGroup = Uint8Array

export class KeywordIndex {
  /** The distinct keywords; a keyword's number is its position here. */
  readonly keywords: readonly string[]
  // Automaton over character classes: ASCII letters of both cases share a class; characters in no keyword are 0.
  private readonly classOf = new Uint8Array(128)
  private readonly classes: number
  /** Transitions: entry `row + class` holds the next node's row (node × classes). */
  private readonly dfa: Uint16Array | Uint32Array
  /** The first row of a node where a keyword ends; every later row is one too. */
  private readonly firstOutputRow: number
  /**
   * The same outputs in typed arrays, for the scan: node k's keywords are entries outStart[k] to outStart[k + 1] - 1,
   * each with its number (outId) and length (outLength).
   */
  private readonly outStart: Int32Array
  private readonly outId: Int32Array
  private readonly outLength: Int32Array
  private lastText: string | undefined
  private lastFound: Occurrences | undefined

  constructor(keywords: Iterable<string>) {
    this.keywords = [...new Set(keywords)]
    const next: Map<number, number>[] = [new Map()]
    const outs: number[][] = [[]]
    this.keywords.forEach((k, id) => {
      if (!/^[a-z][\x20-\x40\x5b-\x7e]*$/.test(k)) throw new Error(`keyword not lower-case ASCII from a letter: ${k}`)
      let node = 0
      for (let i = 0; i < k.length; i++) {
        const c = k.charCodeAt(i)
        let n = next[node]!.get(c)
        if (n === undefined) {
          n = next.length
          next.push(new Map())
          outs.push([])
          next[node]!.set(c, n)
        }
        node = n
      }
      outs[node]!.push(id)
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
    // Rows (node × classes) instead of node numbers: the scan does one table read per character. The nodes are
    // renumbered, breadth-first, those where no keyword ends before those where one does: a row at or past
    // `firstOutputRow` is where a keyword ends, without a flag bit in the entry. So the entries fit in 16 bits up to
    // 65,536 of them (the set has about 1,350 nodes of 28 classes), which keeps the table small (about 75 KB, and the
    // rows a scan visits, near the root, close together): between documents the pipeline's other stages push it out
    // of the nearer caches, and each row the scan visits is then fetched again. A larger set takes 32-bit entries.
    const order = [...queue.filter((n) => outs[n]!.length === 0), ...queue.filter((n) => outs[n]!.length > 0)]
    const renumbered = new Int32Array(next.length)
    order.forEach((node, i) => {
      renumbered[node] = i
    })
    const table = dfa.length > 0x10000 ? new Uint32Array(dfa.length) : new Uint16Array(dfa.length)
    for (const node of order)
      for (let cls = 0; cls < classes; cls++)
        table[renumbered[node]! * classes + cls] = renumbered[dfa[node * classes + cls]!]! * classes
    this.dfa = table
    // Per node (as renumbered): the numbers of the keywords that end there.
    const nodeOuts = order.map((node) => outs[node]!)
    this.firstOutputRow = (order.length - order.filter((n) => outs[n]!.length > 0).length) * classes
    this.outStart = new Int32Array(order.length + 1)
    const flat = nodeOuts.flat()
    this.outId = Int32Array.from(flat)
    this.outLength = Int32Array.from(flat, (id) => this.keywords[id]!.length)
    for (let k = 0, at = 0; k < order.length; k++) {
      this.outStart[k] = at
      at += nodeOuts[k]!.length
      this.outStart[k + 1] = at
    }
  }

  /** The mask of the given keywords (each must be one of the index's). */
  group(words: readonly string[]): KeywordGroup {
    const mask = new Uint8Array(this.keywords.length)
    for (const w of words) {
      const id = this.keywords.indexOf(w)
      if (id < 0) throw new Error(`not an indexed keyword: ${w}`)
      mask[id] = 1
    }
    return mask
  }

  /** Every keyword occurrence at a word start in `text` (kept for the last text asked about). */
  find(text: string): Occurrences {
    if (text === this.lastText && this.lastFound) return this.lastFound
    const starts: number[] = []
    const ends: number[] = []
    const keys: number[] = []
    const { dfa, classOf, classes, firstOutputRow, outStart, outId, outLength } = this
    const k = classOf[107]!
    const s = classOf[115]!
    let row = 0
    // The code units from a typed array (`unitsOf`): fewer instructions a unit than charCodeAt. (The outputs too:
    // reading them from arrays of arrays and the keywords' strings cost more than the scan of the text itself.)
    const units = unitsOf(text)
    const len = text.length
    for (let i = 0; i < len; i++) {
      const c = units[i]!
      row = dfa[row + (c < 128 ? classOf[c]! : c === 0x212a ? k : c === 0x17f ? s : 0)]!
      if (row < firstOutputRow) continue
      const node = (row / classes) | 0
      const last = outStart[node + 1]!
      for (let j = outStart[node]!; j < last; j++) {
        const start = i + 1 - outLength[j]!
        if (start > 0 && isAsciiAlnumCode(units[start - 1]!)) continue
        starts.push(start)
        ends.push(i + 1)
        keys.push(outId[j]!)
      }
    }
    const found: Occurrences = { starts, ends, keys }
    sortByStart(found)
    this.lastText = text
    this.lastFound = found
    return found
  }
}

/** Occurrences arrive by end; keywords of different lengths can leave starts out of order: insertion sort. */
function sortByStart(o: Occurrences): void {
  const { starts, ends, keys } = o
  for (let i = 1; i < starts.length; i++) {
    const s = starts[i]!
    if (s >= starts[i - 1]!) continue
    const e = ends[i]!
    const key = keys[i]!
    let j = i - 1
    while (j >= 0 && starts[j]! > s) {
      starts[j + 1] = starts[j]!
      ends[j + 1] = ends[j]!
      keys[j + 1] = keys[j]!
      j--
    }
    starts[j + 1] = s
    ends[j + 1] = e
    keys[j + 1] = key
  }
}

/** Index of the first occurrence starting at or after `from`. */
export function firstFrom(o: Occurrences, from: number): number {
  return countBelow(o.starts, from)
}

/** The start of the first occurrence of a keyword of `group` lying wholly inside [from, to), or -1. */
export function firstInside(o: Occurrences, group: KeywordGroup, from: number, to: number): number {
  for (let i = firstFrom(o, from); i < o.starts.length && o.starts[i]! < to; i++)
    if (group[o.keys[i]!] === 1 && o.ends[i]! <= to) return o.starts[i]!
  return -1
}

/** The start of the longest stretch of characters passing `ok` that ends at `at`. */
export function stretchStart(str: string, at: number, ok: (code: number) => boolean): number {
  while (at > 0 && ok(str.charCodeAt(at - 1))) at--
  return at
}

/** The end of the longest stretch of characters passing `ok` that starts at `at`. */
export function stretchEnd(str: string, at: number, ok: (code: number) => boolean): number {
  while (at < str.length && ok(str.charCodeAt(at))) at++
  return at
}

/** True when an occurrence of a keyword of `group` lies wholly inside [from, to). */
export function occursIn(o: Occurrences, group: KeywordGroup, from: number, to: number): boolean {
  for (let i = firstFrom(o, from); i < o.starts.length && o.starts[i]! < to; i++)
    if (group[o.keys[i]!] === 1 && o.ends[i]! <= to) return true
  return false
}

/**
 * The matches a global scan of `str` (which begins at `offset` of the text `o` was found in) would give, trying
 * `sticky` only where a keyword of `group` starts. Exact when every match of the expression starts with one of the
 * group's keywords (the argument of `matchAtStarts`). Match indices are relative to `str`.
 */
export function matchAtOccurrences(
  sticky: RegExp,
  str: string,
  offset: number,
  o: Occurrences,
  group: KeywordGroup,
): RegExpExecArray[] {
  const end = offset + str.length
  const starts: number[] = []
  for (let i = firstFrom(o, offset); i < o.starts.length && o.starts[i]! < end; i++)
    if (group[o.keys[i]!] === 1) starts.push(o.starts[i]! - offset)
  return matchAtStarts(sticky, str, starts)
}
