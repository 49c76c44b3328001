import { countBelow, isSpaceCode } from './text.ts'

/**
 * Fast scanning helpers that give exactly the results of the plain regular-expression scans they replace.
 *
 * A global regular expression tries a match at every position of the text. When every match of an expression must
 * start at a position that is cheap to find (the start of a word before a dot, the start of a long run of hex digits,
 * a place where a keyword occurs), trying the expression only there (`sticky`) gives the same matches, in the same
 * order and with the same overlaps skipped, for a fraction of the work.
 */

/** A sticky copy of a regular expression: `exec` then matches only at `lastIndex`. */
export function stickyCopy(re: RegExp): RegExp {
  return new RegExp(re.source, `${re.flags.replace(/[gy]/g, '')}y`)
}

/**
 * The matches a global scan of `text` would give (leftmost first, each search resuming where the last match ended),
 * trying `sticky` only at `starts` (ascending; repeats are fine). Correct when every match of the expression starts
 * at one of `starts`.
 *
 * The starts are read by index, not by `for … of`: the callers pass arrays of several element kinds (literal pushes,
 * `map` and `filter` results, typed arrays), and the iterator's map check in optimised code deoptimised this function
 * (and the finders it is inlined into) each time a document brought a kind not seen before.
 */
export function matchAtStarts(sticky: RegExp, text: string, starts: ArrayLike<number>): RegExpExecArray[] {
  const out: RegExpExecArray[] = []
  let pos = 0
  let last = -1
  const n = starts.length
  for (let i = 0; i < n; i++) {
    const s = starts[i]!
    if (s < pos || s === last) continue
    last = s
    sticky.lastIndex = s
    const m = sticky.exec(text)
    if (m === null) continue
    out.push(m)
    pos = m[0].length === 0 ? s + 1 : s + m[0].length
  }
  return out
}

/**
 * Where a global expression matches in `text`, ascending: its scan, resumed right after each match's start, so that a
 * match starting inside another is not skipped (the start positions of a set of words, from one native scan).
 */
export function startsOf(re: RegExp, text: string): number[] {
  const out: number[] = []
  re.lastIndex = 0
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m.index)
    re.lastIndex = m.index + 1
  }
  return out
}

/** True when the character code is an ASCII letter, digit or underscore (`\w` without the `u` flag). */
export function isAsciiWordCode(c: number): boolean {
  return isAsciiAlnumCode(c) || c === 95
}

/** True for an ASCII letter or digit. */
export function isAsciiAlnumCode(c: number): boolean {
  return isAsciiLowerCode(c) || isAsciiUpperCode(c) || isAsciiDigitCode(c)
}

/** True for an ASCII digit. */
export function isAsciiDigitCode(c: number): boolean {
  return c >= 48 && c <= 57
}

/** True for an ASCII capital letter. */
export function isAsciiUpperCode(c: number): boolean {
  return c >= 65 && c <= 90
}

/** True for an ASCII small letter. */
export function isAsciiLowerCode(c: number): boolean {
  return c >= 97 && c <= 122
}

/**
 * The text lower-cased for keyword tests that stand in for a case-insensitive expression. Under the `iu` flags two
 * non-ASCII letters fold onto ASCII ones: K (Kelvin sign) lower-cases to k already, and ſ (long s) is made an s, so a
 * keyword test never misses what the expression would match.
 */
export function lowerForKeywords(text: string): string {
  const lower = text.toLowerCase()
  return lower.includes('\u017f') ? lower.replace(/\u017f/g, 's') : lower
}

/** False only when `lower` (from `lowerForKeywords`) holds none of the keywords. */
export function mayContain(lower: string, keywords: readonly string[]): boolean {
  for (const k of keywords) if (lower.includes(k)) return true
  return false
}

/**
 * The sorted start offsets of every occurrence in `haystack` of any of `keywords` (compared as written; overlapping
 * occurrences included), for `matchAtStarts` when every match of an expression starts with one of the keywords.
 * One `indexOf` walk per keyword for short lists; a list of many keywords is read in one pass (`PairTable`).
 */
export function keywordStarts(haystack: string, keywords: readonly string[]): number[] {
  if (keywords.length >= PAIR_TABLE_MIN) {
    const table = tableOf(keywords)
    if (table !== null) return table.starts(haystack)
  }
  const out: number[] = []
  let runs = 0
  for (const k of keywords) {
    let i = haystack.indexOf(k)
    if (i < 0) continue
    runs++
    while (i >= 0) {
      out.push(i)
      i = haystack.indexOf(k, i + 1)
    }
  }
  if (runs > 1) out.sort((a, b) => a - b)
  return out
}

// From this many keywords one pass over the haystack costs less than an `indexOf` walk per keyword (each walk reads the
// whole haystack: twenty walks over a 2 KB document cost about 15 µs, the pass a few).
const PAIR_TABLE_MIN = 8

/**
 * Keywords by their first two code units (ASCII), for `keywordStarts` in one pass: at each position of the haystack
 * whose two code units begin some keyword, the keywords that begin with them are compared there. Every occurrence
 * of every keyword starts at such a position, and each is pushed once per keyword that occurs there (as the walks
 * push it once per keyword), in ascending order of position (what the walks give after their sort): the same list.
 */
/**
 * Buckets of keywords packed into typed arrays: bucket b's keywords are entries bucketStart[b] to bucketStart[b + 1] - 1,
 * entry j's code units are units[at[j]] to units[at[j] + length[j] - 1].
 */
function packBuckets(
  buckets: string[][],
  keywords: readonly string[],
): { bucketStart: Int32Array; at: Int32Array; length: Int32Array; units: Uint16Array } {
  const bucketStart = new Int32Array(buckets.length + 1)
  const at = new Int32Array(keywords.length)
  const length = new Int32Array(keywords.length)
  const units = new Uint16Array(keywords.reduce((n, k) => n + k.length, 0))
  let j = 0
  let u = 0
  buckets.forEach((bucket, b) => {
    bucketStart[b] = j
    for (const k of bucket) {
      at[j] = u
      length[j++] = k.length
      for (let i = 0; i < k.length; i++) units[u++] = k.charCodeAt(i)
    }
  })
  bucketStart[buckets.length] = j
  return { bucketStart, at, length, units }
}

class PairTable {
  /** Per ASCII code: 1 when some keyword begins with it. */
  private readonly first = new Uint8Array(128)
  /** Per ASCII pair (first * 128 + second): 1 + its bucket, 0 when no keyword begins with it. */
  private readonly pair = new Uint16Array(128 * 128)
  /** Per bucket, where its keywords begin in `at`/`length`; a bucket's end is the next one's begin. */
  private readonly bucketStart: Int32Array
  /** Per keyword (bucket by bucket, each in list order): where its code units lie in `units`, and its length. */
  private readonly at: Int32Array
  private readonly length: Int32Array
  private readonly units: Uint16Array

  constructor(keywords: readonly string[]) {
    const buckets: string[][] = []
    for (const k of keywords) {
      const key = k.charCodeAt(0) * 128 + k.charCodeAt(1)
      let b = this.pair[key]!
      if (b === 0) {
        buckets.push([])
        b = this.pair[key] = buckets.length
      }
      buckets[b - 1]!.push(k)
      this.first[k.charCodeAt(0)] = 1
    }
    const packed = packBuckets(buckets, keywords)
    this.bucketStart = packed.bucketStart
    this.at = packed.at
    this.length = packed.length
    this.units = packed.units
  }

  starts(haystack: string): number[] {
    const out: number[] = []
    const { first, pair, bucketStart, at, length, units } = this
    const n = haystack.length
    for (let i = 0; i + 1 < n; i++) {
      const c0 = haystack.charCodeAt(i)
      if (c0 >= 128 || first[c0] === 0) continue
      const c1 = haystack.charCodeAt(i + 1)
      if (c1 >= 128) continue
      const b = pair[c0 * 128 + c1]!
      if (b === 0) continue
      // The bucket's keywords share the two code units read; the rest is compared here (as `startsWith` would).
      const end = bucketStart[b]!
      for (let k = bucketStart[b - 1]!; k < end; k++) {
        const len = length[k]!
        if (i + len > n) continue
        const from = at[k]!
        let m = 2
        while (m < len && units[from + m] === haystack.charCodeAt(i + m)) m++
        if (m === len) out.push(i)
      }
    }
    return out
  }
}

/**
 * Keywords that all end with one code unit (the trade nouns each end with a space), by the two ASCII code units before
 * it, for `keywordStarts` read from the occurrences of that last unit: every occurrence of a keyword ends at one, so
 * at each (found by `indexOf`, which scans the haystack natively rather than one JavaScript step per code unit) the
 * keywords ending with the two units before it are compared backwards there. The occurrences come by their end, so
 * the starts are sorted at the end: the same numbers, repeats included, in ascending order, as the walks give.
 */
class EndTable {
  private readonly last: string
  /** Per ASCII pair before the last unit (first * 128 + second): 1 + its bucket, 0 when no keyword ends with it. */
  private readonly pair = new Uint16Array(128 * 128)
  /** Per bucket, where its keywords begin in `at`/`length`; a bucket's end is the next one's begin. */
  private readonly bucketStart: Int32Array
  private readonly at: Int32Array
  private readonly length: Int32Array
  private readonly units: Uint16Array

  /** Keywords at least three code units long, with the same last one and ASCII ones before it. */
  constructor(keywords: readonly string[]) {
    this.last = keywords[0]!.slice(-1)
    const buckets: string[][] = []
    for (const k of keywords) {
      const key = k.charCodeAt(k.length - 3) * 128 + k.charCodeAt(k.length - 2)
      let b = this.pair[key]!
      if (b === 0) {
        buckets.push([])
        b = this.pair[key] = buckets.length
      }
      buckets[b - 1]!.push(k)
    }
    const packed = packBuckets(buckets, keywords)
    this.bucketStart = packed.bucketStart
    this.at = packed.at
    this.length = packed.length
    this.units = packed.units
  }

  starts(haystack: string): number[] {
    const out: number[] = []
    const { pair, bucketStart, at, length, units } = this
    // The haystack's code units from a typed array, its own copy (see `gramsOf`): the last unit is frequent (a space),
    // and a loop over the units finds its occurrences for less than an `indexOf` call per occurrence.
    // (The document's own copy when it holds the haystack: nothing is asked about another text while reading it.)
    const text = documentUnits.held(haystack) ?? endUnits.of(haystack)
    const last = this.last.charCodeAt(0)
    const n = haystack.length
    for (let e = 2; e < n; e++) {
      if (text[e] !== last) continue
      const c0 = text[e - 2]!
      const c1 = text[e - 1]!
      if (c0 >= 128 || c1 >= 128) continue
      const b = pair[c0 * 128 + c1]!
      if (b === 0) continue
      // The bucket's keywords end with the three code units read; the rest is compared here, backwards.
      const end = bucketStart[b]!
      for (let k = bucketStart[b - 1]!; k < end; k++) {
        const len = length[k]!
        const s = e + 1 - len
        if (s < 0) continue
        const from = at[k]!
        let m = len - 4
        while (m >= 0 && units[from + m] === text[s + m]) m--
        if (m < 0) out.push(s)
      }
    }
    if (out.length > 1) out.sort((a, b) => a - b)
    return out
  }
}

// Per keyword list (the extractors' lists are module constants), its table; null when a keyword is shorter than two
// code units or begins with a non-ASCII one (those lists keep the walks). A list whose keywords all end with one code
// unit, with ASCII ones before it, is read from that unit's occurrences (EndTable).
const TABLES = new WeakMap<readonly string[], PairTable | EndTable | null>()
function tableOf(keywords: readonly string[]): PairTable | EndTable | null {
  let table = TABLES.get(keywords)
  if (table === undefined) {
    const last = keywords[0]!.charCodeAt(keywords[0]!.length - 1)
    const ends = keywords.every(
      (k) =>
        k.length >= 3 &&
        k.charCodeAt(k.length - 1) === last &&
        k.charCodeAt(k.length - 3) < 128 &&
        k.charCodeAt(k.length - 2) < 128,
    )
    const ascii = keywords.every((k) => k.length >= 2 && k.charCodeAt(0) < 128 && k.charCodeAt(1) < 128)
    table = ends ? new EndTable(keywords) : ascii ? new PairTable(keywords) : null
    TABLES.set(keywords, table)
  }
  return table
}

let lastText: string | undefined
let lastLower = ''
/** `lowerForKeywords` of the text, kept for the last text asked about (the extractors read one document in turn). */
export function lowerOf(text: string): string {
  if (text !== lastText) {
    lastLower = lowerForKeywords(text)
    lastText = text
  }
  return lastLower
}

// The code units of a text, copied once into a typed array by native code. A pass that reads every code unit reads
// them from there: `units[p]` is a typed-array load, where `text.charCodeAt(p)` also re-checks in every iteration how
// the string is stored (one or two bytes a unit, flat or not): in a loop that only classifies units, 14 instructions a
// unit instead of 40.
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1

/**
 * The UTF-16 code units of the last text asked about, in a typed array (`units[p] === text.charCodeAt(p)` for every
 * `p < text.length`; the array may be longer). The next call for another text overwrites them: read them before
 * asking about another text (no call inside a loop over them may ask).
 */
export class CodeUnits {
  private text: string | undefined
  private units = new Uint16Array(4096)
  private bytes = Buffer.from(this.units.buffer)

  of(text: string): Uint16Array {
    if (text === this.text) return this.units
    const len = text.length
    if (this.units.length < len) {
      this.units = new Uint16Array(Math.max(len, this.units.length * 2))
      this.bytes = Buffer.from(this.units.buffer)
    }
    // 'utf16le' copies each code unit as it is (lone surrogates included); on a big-endian machine the bytes would
    // be swapped, so the units are copied one by one there.
    if (LITTLE_ENDIAN) this.bytes.write(text, 0, len * 2, 'utf16le')
    else for (let p = 0; p < len; p++) this.units[p] = text.charCodeAt(p)
    this.text = text
    return this.units
  }

  /** The code units when the last text asked about is `text` (no copy), else undefined. */
  held(text: string): Uint16Array | undefined {
    return text === this.text ? this.units : undefined
  }
}

const documentUnits = new CodeUnits()
/** The code units of `text` (`CodeUnits`), shared by the passes over a document: they all read the same text. */
export function unitsOf(text: string): Uint16Array {
  return documentUnits.of(text)
}

// Which runs of four code units a text holds, as a bit per hashed run (each unit's low byte; the bits of the last text
// asked about): a word with a run of four whose bit is clear is not in the text, and a test of its few runs costs less
// than a search of the whole text (most keyword gates find nothing: in a 2 KB document a failed search reads it all).
const GRAM_SHIFT = 16
const gramBits = new Int32Array(1 << (GRAM_SHIFT - 5))
const gramUnits = new CodeUnits()
// (EndTable's copy of a haystack's code units.)
const endUnits = new CodeUnits()
let gramText: string | undefined

function gramKey(run: number): number {
  return Math.imul(run, 0x9e3779b1) >>> (32 - GRAM_SHIFT)
}

function gramsOf(text: string): void {
  gramBits.fill(0)
  // (Its own copy of the code units: a gate may ask about a text while a caller reads the document's `unitsOf`.)
  // (Or the document's, when they are this text's: read here without a call that could ask about another.)
  const units = documentUnits.held(text) ?? gramUnits.of(text)
  const len = text.length
  let run = 0
  for (let p = 0; p < len; p++) {
    run = (run << 8) | (units[p]! & 0xff)
    if (p >= 3) {
      const k = gramKey(run)
      gramBits[k >>> 5]! |= 1 << (k & 31)
    }
  }
  gramText = text
}

/**
 * `text.includes(word)`, answered without a search when one of the word's runs of four code units is missing from the
 * text. Meant for gates on the document's text (its bits are kept for the last text asked about).
 */
export function textHas(text: string, word: string): boolean {
  const n = word.length
  if (n >= 4) {
    if (text !== gramText) gramsOf(text)
    let run = 0
    for (let i = 0; i < n; i++) {
      run = (run << 8) | (word.charCodeAt(i) & 0xff)
      if (i >= 3) {
        const k = gramKey(run)
        if ((gramBits[k >>> 5]! & (1 << (k & 31))) === 0) return false
      }
    }
  }
  // (A word that opens with a space is sought from its second unit: a search stops at each occurrence of the first,
  // and spaces are a text's commonest unit.)
  if (n < 2 || word.charCodeAt(0) !== 32) return text.includes(word)
  const rest = word.slice(1)
  for (let i = text.indexOf(rest, 1); i >= 0; i = text.indexOf(rest, i + 1))
    if (text.charCodeAt(i - 1) === 32) return true
  return false
}

/**
 * The position `chunks` whitespace-separated chunks back from `at`: each step skips the whitespace before the position,
 * then the non-space characters before that. When text from `s` up to `at` is at most `chunks` runs of non-space
 * characters each followed by whitespace, `s` is at or after the result. Monotone: a later `at` never gives an
 * earlier result.
 */
export function chunksBack(text: string, at: number, chunks: number): number {
  let i = at
  for (let k = 0; k < chunks && i > 0; k++) {
    while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) i--
    while (i > 0 && !isSpaceCode(text.charCodeAt(i - 1))) i--
  }
  return i
}

/**
 * The word starts (ASCII: where `\b\w` matches) that lie at most `chunks` whitespace-separated chunks before an
 * occurrence of one of `words` (lower-case; found in any case), ascending without repeats: where an expression that
 * holds one of the words, with at most that many chunks before it, can start. Null when lower-casing the text changes
 * its length (the positions would not be the text's).
 */
export function wordStartsBefore(text: string, words: readonly string[], chunks: number): number[] | null {
  const lower = lowerOf(text)
  if (lower.length !== text.length) return null
  return wordStartsBeforeAnchors(text, keywordStarts(lower, words), chunks)
}

/**
 * The word starts (ASCII: where `\b\w` matches) that lie at most `chunks` whitespace-separated chunks before one of
 * `anchors` (ascending; repeats are fine), up to and including it, ascending without repeats (see `wordStartsBefore`).
 */
export function wordStartsBeforeAnchors(text: string, anchors: ArrayLike<number>, chunks: number): number[] {
  const out: number[] = []
  let from = 0
  let last = -1
  for (let k = 0; k < anchors.length; k++) {
    const a = anchors[k]!
    if (a === last) continue
    last = a
    const i = chunksBack(text, a, chunks)
    // (The anchors ascend, and so do the places reached back from them: each place is looked at once.)
    for (let p = Math.max(i, from); p <= a; p++)
      if (isAsciiWordCode(text.charCodeAt(p)) && (p === 0 || !isAsciiWordCode(text.charCodeAt(p - 1)))) out.push(p)
    from = Math.max(from, a + 1)
  }
  return out
}

/**
 * The places from `from` up to `until` where `name` occurs in `text` at a word start (no ASCII word character before
 * it), in text order: what a search for the name from `from` on gives at such places. A short text is searched; a long
 * one is read once into an index of its word starts by the run of ASCII word characters there, which a name's own first
 * run must equal (a search per name to the end of a long text, once for each of its many names, was quadratic).
 */
export function wordStartOccurrences(text: string, name: string, from: number, until = text.length): number[] {
  let run = 0
  while (run < name.length && isAsciiWordCode(name.charCodeAt(run))) run++
  const out: number[] = []
  if (text.length < WORD_INDEX_FROM || run === 0) {
    for (let i = text.indexOf(name, from); i >= 0 && i < until; i = text.indexOf(name, i + 1))
      if (!isAsciiWordCode(text.charCodeAt(i - 1))) out.push(i)
    return out
  }
  const places = wordStartIndex(text).get(name.slice(0, run))
  if (!places) return out
  for (let k = countBelow(places, from); k < places.length && places[k]! < until; k++)
    if (text.startsWith(name, places[k]!)) out.push(places[k]!)
  return out
}
// Texts at least this long are indexed (a 2 KB article is searched, as before).
const WORD_INDEX_FROM = 100_000
// The index of the last long text asked about (the finders read one document in turn).
let indexedText: string | undefined
let indexed: Map<string, number[]> | undefined
function wordStartIndex(text: string): Map<string, number[]> {
  if (text === indexedText && indexed) return indexed
  const index = new Map<string, number[]>()
  for (let i = 0; i < text.length; i++) {
    if (!isAsciiWordCode(text.charCodeAt(i)) || isAsciiWordCode(text.charCodeAt(i - 1))) continue
    let j = i + 1
    while (j < text.length && isAsciiWordCode(text.charCodeAt(j))) j++
    const key = text.slice(i, j)
    const list = index.get(key)
    if (list) list.push(i)
    else index.set(key, [i])
    i = j - 1
  }
  indexedText = text
  indexed = index
  return index
}
