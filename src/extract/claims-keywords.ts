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
  // Character classes: ASCII letters of both cases share a class; characters in no keyword are 0.
  private readonly classOf = new Uint8Array(128)
  /** 1 for an ASCII letter or digit (the characters after which no keyword starts). */
  private readonly alnum = new Uint8Array(128)
  /** Bits of a class number in the tables below. */
  private readonly classBits: number
  /** Per class: the number of the one-letter keyword of that letter, or -1. */
  private readonly firstOut: Int32Array
  /** Per pair of classes (first << classBits | second): the record of the trie node of that two-letter prefix, or 0. */
  private readonly pairs: Int32Array
  /**
   * The trie below the two-letter prefixes, one record per node in depth-first order: a head word (the number of
   * children, low 8 bits, and 1 + the number of the keyword that ends there, or 0, above), then one word per child
   * (its class, low `classBits` bits, and its record's position above).
   */
  private readonly records: Int32Array

  constructor(keywords: Iterable<string>) {
    this.keywords = [...new Set(keywords)]
    const next: Map<number, number>[] = [new Map()]
    const own: number[] = [-1]
    this.keywords.forEach((k, id) => {
      if (!/^[a-z][\x20-\x40\x5b-\x7e]*$/.test(k)) throw new Error(`keyword not lower-case ASCII from a letter: ${k}`)
      let node = 0
      for (let i = 0; i < k.length; i++) {
        const c = k.charCodeAt(i)
        let n = next[node]!.get(c)
        if (n === undefined) {
          n = next.length
          next.push(new Map())
          own.push(-1)
          next[node]!.set(c, n)
        }
        node = n
      }
      own[node] = id
    })
    let classes = 1
    for (const m of next)
      for (const c of m.keys())
        if (this.classOf[c] === 0) {
          this.classOf[c] = classes
          if (c >= 97 && c <= 122) this.classOf[c - 32] = classes
          classes++
        }
    for (let c = 0; c < 128; c++) this.alnum[c] = isAsciiAlnumCode(c) ? 1 : 0
    let bits = 1
    while (1 << bits < classes) bits++
    this.classBits = bits
    // Depth-first order: a node's first child follows its record, so the walk along a keyword's letters reads
    // neighbouring words, a few of them per cache line.
    const words: number[] = [0]
    const place = (node: number): number => {
      const at = words.length
      const children = [...next[node]!]
      words.push(children.length | ((own[node]! + 1) << 8))
      const slots = children.map(() => words.push(0) - 1)
      children.forEach(([c, child], i) => {
        words[slots[i]!] = this.classOf[c]! | (place(child) << bits)
      })
      return at
    }
    this.firstOut = new Int32Array(1 << bits).fill(-1)
    this.pairs = new Int32Array(1 << (2 * bits))
    for (const [c1, n1] of next[0]!) {
      const k1 = this.classOf[c1]!
      this.firstOut[k1] = own[n1]!
      for (const [c2, n2] of next[n1]!) this.pairs[(k1 << bits) | this.classOf[c2]!] = place(n2)
    }
    if (words.length >= 2 ** (31 - bits)) throw new Error('keyword set too large')
    this.records = Int32Array.from(words)
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

  /**
   * Every keyword occurrence at a word start in `text` (kept for the last text asked about).
   *
   * Walks the keywords' trie from each word start, as far as the text follows it. This replaced one pass of an
   * automaton over every character: its full transition table (about 2,550 nodes of 30 classes, 300 KB) was pushed
   * out of the nearer caches by the pipeline's other stages between documents and cost 17 ns a character, where the
   * trie's records take 20 KB and the two-letter table 4 KB. Occurrences come out by start, and at one start by end
   * (the automaton's order after its sort).
   */
  find(text: string): Occurrences {
    if (text === this.lastText && this.lastFound) return this.lastFound
    const starts: number[] = []
    const ends: number[] = []
    const keys: number[] = []
    const { classOf, alnum, classBits, firstOut, pairs, records } = this
    const classMask = (1 << classBits) - 1
    const k = classOf[107]!
    const s = classOf[115]!
    // The code units from a typed array (`unitsOf`): fewer instructions a unit than charCodeAt.
    const units = unitsOf(text)
    const len = text.length
    // 1 while the last character was an ASCII letter or digit: no keyword starts after one.
    let inWord = 0
    for (let p = 0; p < len; p++) {
      const c = units[p]!
      if (inWord === 1) {
        inWord = c < 128 ? alnum[c]! : 0
        continue
      }
      if (c < 128) inWord = alnum[c]!
      const cls = classOfUnit(classOf, k, s, c)
      if (cls === 0) continue
      const one = firstOut[cls]!
      if (one >= 0) {
        starts.push(p)
        ends.push(p + 1)
        keys.push(one)
      }
      if (p + 1 === len) break
      const c2 = units[p + 1]!
      let at = pairs[(cls << classBits) | classOfUnit(classOf, k, s, c2)]!
      let q = p + 1
      while (at !== 0) {
        const head = records[at]!
        if (head >>> 8 !== 0) {
          starts.push(p)
          ends.push(q + 1)
          keys.push((head >>> 8) - 1)
        }
        if (++q === len) break
        const d = units[q]!
        const next = classOfUnit(classOf, k, s, d)
        const last = at + (head & 0xff)
        let e = at + 1
        at = 0
        for (; e <= last; e++) {
          const x = records[e]!
          if ((x & classMask) === next) {
            at = x >>> classBits
            break
          }
        }
      }
    }
    const found: Occurrences = { starts, ends, keys }
    this.lastText = text
    this.lastFound = found
    return found
  }
  private lastText: string | undefined
  private lastFound: Occurrences | undefined
}

/**
 * The class of code unit `c`: an ASCII unit's from `classOf`, the Kelvin sign's that of k and the long s's that of s
 * (`k`, `s`: see the module's comment), any other's 0 (in no keyword).
 */
function classOfUnit(classOf: Uint8Array, k: number, s: number, c: number): number {
  return c < 128 ? classOf[c]! : c === 0x212a ? k : c === 0x17f ? s : 0
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
