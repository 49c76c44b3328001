/**
 * Word runs of a document, for trying entity expressions only where they can start.
 *
 * Most entity expressions (sectors, targeting cues, campaigns, quantities, dates) can only match at the start of a
 * word (`\b` or a lookbehind excluding `\w` before it), and only at a word whose first letters are those of one of a
 * few known words ("campaign", "attack", a month, a number word, a digit). One pass over the text lists every word
 * run (maximal run of ASCII `\w`, the `\w` of expressions without the `u` flag) with a key made of its first three
 * characters lower-cased; word lists (`RunWords`, looked up by that key) then say which runs may start a match, or
 * head one that starts a few words before (`startsBeforeHeads`). Trying the expression (sticky) only there gives the
 * matches of a global scan (`matchAtStarts`), without trying it at every character. The lists of every finder are
 * looked for in one pass over the runs of a document (`RunWordSets`).
 */
import { isAsciiWordCode, unitsOf } from './scan.ts'
import { isSpaceCode } from './text.ts'

/** Number of distinct run keys (see `WordRuns.key`). */
export const KEY_COUNT = 27 * 27 * 27 + 1
/** The key of a run that starts with an ASCII digit. */
export const KEY_DIGIT = KEY_COUNT - 1

/** The word runs of one text, in text order. */
export interface WordRuns {
  /** How many runs. */
  n: number
  /** Offset of each run's first character (a word start: `\w` not after `\w`). */
  start: Int32Array
  /** Offset just after each run. */
  end: Int32Array
  /**
   * Each run's key: its first three characters (fewer when the run is shorter) lower-cased as ASCII letters
   * (a=1 … z=26, a missing character 0, base 27); `KEY_DIGIT` when it starts with a digit; 0 when one of those
   * characters is a digit or underscore after a letter, or the run starts with an underscore.
   */
  key: Int32Array
  /** How many runs are noted. */
  m: number
  /**
   * The indices of the runs a `RunWordSets` may hold: those starting with a digit and those whose key shares a table
   * slot with one of its words; ascending.
   */
  noted: Int32Array
}

/** Key of an ASCII letter code (a=1 … z=26, either case), or 0. */
function letterValue(c: number): number {
  if (c >= 97 && c <= 122) return c - 96
  if (c >= 65 && c <= 90) return c - 64
  return 0
}

// Per ASCII code: 1–26 a letter (its key value), 27 a digit, 28 the underscore, 0 not a word character.
const CLASS = new Uint8Array(128)
for (let c = 0; c < 128; c++) CLASS[c] = letterValue(c)
for (let c = 48; c <= 57; c++) CLASS[c] = 27
CLASS[95] = 28

// One set of buffers, refilled for each new text (allocating them per document cost more than the scan).
const runs: WordRuns = {
  n: 0,
  start: new Int32Array(1024),
  end: new Int32Array(1024),
  key: new Int32Array(1024),
  m: 0,
  noted: new Int32Array(1024),
}
let lastText: string | undefined
let lastVersion = -1

/**
 * The word runs of `text`. The answer is kept for the last text asked about (the extractors read one document in
 * turn) and is overwritten by the next call for another text: use it before asking about another.
 */
export function wordRuns(text: string): WordRuns {
  if (text === lastText && lastVersion === notedVersion) return runs
  const len = text.length
  const cap = (len >> 1) + 1
  if (runs.start.length < cap) {
    runs.start = new Int32Array(cap)
    runs.end = new Int32Array(cap)
    runs.key = new Int32Array(cap)
    runs.noted = new Int32Array(cap)
  }
  const { start, end, key, noted } = runs
  let m = 0
  let n = 0
  let i = 0
  while (i < len) {
    let c = text.charCodeAt(i)
    let v = c < 128 ? CLASS[c]! : 0
    if (v === 0) {
      i++
      continue
    }
    const s = i++
    let k: number
    if (v >= 27) k = v === 27 ? KEY_DIGIT : 0
    else {
      // The key of up to three leading letters; a digit or underscore among them gives 0.
      k = v
      let m = 1
      while (m < 3 && i < len) {
        c = text.charCodeAt(i)
        v = c < 128 ? CLASS[c]! : 0
        if (v === 0) break
        i++
        m++
        k = v >= 27 || k === 0 ? 0 : k * 27 + v
      }
      if (k !== 0) for (; m < 3; m++) k *= 27
    }
    while (i < len) {
      c = text.charCodeAt(i)
      if (c >= 128 || CLASS[c] === 0) break
      i++
    }
    start[n] = s
    end[n] = i
    key[n] = k
    if (k === KEY_DIGIT || isNoted(slotOf(k))) noted[m++] = n
    n++
  }
  runs.n = n
  runs.m = m
  lastText = text
  lastVersion = notedVersion
  return runs
}

/**
 * Takes the word runs of `text` from another pass over it that found them (`n` runs: run `i` starts at `edges[2 * i]`
 * and ends before `edges[2 * i + 1]`, in text order, as `wordRuns` finds them): their keys and the noted runs are made
 * here, and `wordRuns` then answers with them for this text instead of reading every character again.
 */
export function takeWordRuns(text: string, edges: Int32Array, n: number): void {
  if (runs.start.length < n) {
    const cap = Math.max(n, (text.length >> 1) + 1)
    runs.start = new Int32Array(cap)
    runs.end = new Int32Array(cap)
    runs.key = new Int32Array(cap)
    runs.noted = new Int32Array(cap)
  }
  const { start, end, key, noted } = runs
  // (The code units from the typed array the pass over the text read them from.)
  const units = unitsOf(text)
  let m = 0
  for (let j = 0; j < n; j++) {
    const s = edges[2 * j]!
    const e = edges[2 * j + 1]!
    // The key as wordRuns makes it: every character of a run is a word character (class 1–28).
    let v = CLASS[units[s]!]!
    let k: number
    if (v >= 27) k = v === 27 ? KEY_DIGIT : 0
    else {
      k = v
      let i = 1
      for (; i < 3 && s + i < e; i++) {
        v = CLASS[units[s + i]!]!
        k = v >= 27 || k === 0 ? 0 : k * 27 + v
      }
      if (k !== 0) for (; i < 3; i++) k *= 27
    }
    start[j] = s
    end[j] = e
    key[j] = k
    if (k === KEY_DIGIT || isNoted(slotOf(k))) noted[m++] = j
  }
  runs.n = n
  runs.m = m
  lastText = text
  lastVersion = notedVersion
}

/** The key of a run that starts with `word` (ASCII letters): of its first three letters, or all when shorter. */
export function keyOfWord(word: string): number {
  let k = 0
  for (let m = 0; m < 3; m++) {
    const v = m < word.length ? letterValue(word.charCodeAt(m)) : 0
    if (m < word.length && v === 0) throw new Error(`not a letter word: ${word}`)
    k = k * 27 + v
  }
  return k
}

// Words looked up by the key of a run, in a small hashed table: a table indexed by key (20 KB) would not stay in cache
// between documents, as the rest of the extraction runs in between.
const SLOT_BITS = 12
const SLOTS = 1 << SLOT_BITS
function slotOf(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> (32 - SLOT_BITS)
}
// The slots the word lists looked for in every document (`RunWordSets`) use: the word-run pass notes the runs that
// fall in them, so that those lists are compared with these runs only. A new such list changes the version, and the
// runs of a text are then noted again.
const NOTED = new Int32Array(SLOTS >> 5)
let notedVersion = 0
function isNoted(slot: number): boolean {
  return ((NOTED[slot >>> 5]! >>> (slot & 31)) & 1) === 1
}

/** Lower-case words (or prefixes) each with a bit mask, found by the key of a run. */
class KeyedWords {
  // Per slot: 0, or 1 + the group of entries whose key falls in it; per group the first entry (the group's entries
  // end where the next group's begin); per entry its key, length, whether a prefix, bits and where its letters are.
  // All in a few typed arrays: the lookups of one document touch little memory, cold after the rest of extraction.
  private readonly slot = new Uint8Array(SLOTS)
  private readonly groupStart: Int32Array
  private readonly entryKey: Int32Array
  private readonly entryLength: Int32Array
  private readonly entryPrefix: Uint8Array
  private readonly entryBits: Int32Array
  private readonly entryAt: Int32Array
  private readonly letters: Uint8Array

  constructor(entries: readonly { word: string; prefix: boolean; bits: number }[], note: boolean) {
    const groups = new Map<number, { key: number; word: string; prefix: boolean; bits: number }[]>()
    for (const { word, prefix, bits } of entries) {
      const key = keyOfWord(word)
      const group = groups.get(slotOf(key)) ?? []
      groups.set(slotOf(key), group)
      const same = group.find((e) => e.word === word && e.prefix === prefix)
      if (same) same.bits |= bits
      else group.push({ key, word, prefix, bits })
    }
    if (groups.size > 255) throw new Error('too many groups of words for one table')
    const list = [...groups.values()].flat()
    this.groupStart = new Int32Array(groups.size + 1)
    this.entryKey = Int32Array.from(list, (e) => e.key)
    this.entryLength = Int32Array.from(list, (e) => e.word.length)
    this.entryPrefix = Uint8Array.from(list, (e) => (e.prefix ? 1 : 0))
    this.entryBits = Int32Array.from(list, (e) => e.bits)
    this.entryAt = new Int32Array(list.length)
    this.letters = new Uint8Array(list.reduce((n, e) => n + e.word.length, 0))
    let at = 0
    for (const [i, e] of list.entries()) {
      this.entryAt[i] = at
      for (let c = 0; c < e.word.length; c++) this.letters[at++] = e.word.charCodeAt(c)
    }
    let g = 0
    let first = 0
    for (const [slot, group] of groups) {
      this.groupStart[g++] = first
      first += group.length
      this.slot[slot] = g
      if (note) NOTED[slot >>> 5]! |= 1 << (slot & 31)
    }
    this.groupStart[g] = first
    if (note) notedVersion++
  }

  /** The bits of the entries run `j` of `runs` (the runs of `text`) is, or starts with; 0 for none. */
  bitsOf(text: string, runs: WordRuns, j: number): number {
    const k = runs.key[j]!
    const g = this.slot[slotOf(k)]!
    if (g === 0) return 0
    const s = runs.start[j]!
    const len = runs.end[j]! - s
    let bits = 0
    for (let e = this.groupStart[g - 1]!; e < this.groupStart[g]!; e++) {
      if (this.entryKey[e] !== k) continue
      const n = this.entryLength[e]!
      if (this.entryPrefix[e] === 1 ? len < n : len !== n) continue
      // The key holds the first three letters already; compare the rest (letters only, so `| 32` lower-cases).
      const at = this.entryAt[e]!
      let i = 3
      while (i < n && (text.charCodeAt(s + i) | 32) === this.letters[at + i]) i++
      if (i >= n) bits |= this.entryBits[e]!
    }
    return bits
  }
}

// A word list entry: `word`, or `word*` for a prefix.
function entryOf(w: string, bits: number): { word: string; prefix: boolean; bits: number } {
  const prefix = w.endsWith('*')
  return { word: (prefix ? w.slice(0, -1) : w).toLowerCase(), prefix, bits }
}

/**
 * Words a run may be, compared without regard to ASCII case: `word` for a run that is exactly the word, `word*` for
 * a run that starts with it; `digits` adds every run that starts with a digit, `capitals` every run that starts with
 * a capital letter. Used to pick the runs where an expression can start, so it may hold more than the expression
 * needs, never less.
 */
export class RunWords {
  /** The words as given. */
  readonly words: readonly string[]
  /** Whether every run starting with a digit is one of the words. */
  readonly digits: boolean
  /** Whether every run starting with a capital letter is one of the words too. */
  readonly capitals: boolean
  private readonly keyed: KeyedWords

  constructor(words: readonly string[], options: { digits?: boolean; capitals?: boolean } = {}) {
    this.words = words
    this.digits = options.digits === true
    this.capitals = options.capitals === true
    this.keyed = new KeyedWords(
      words.map((w) => entryOf(w, 1)),
      false,
    )
  }

  /** The indices of the runs of `text` that are one of the words, ascending. */
  find(text: string, runs: WordRuns): number[] {
    const out: number[] = []
    for (let j = 0; j < runs.n; j++) if (this.has(text, runs, j)) out.push(j)
    return out
  }

  /** Whether run `j` of `runs` (the runs of `text`) is one of the words. */
  has(text: string, runs: WordRuns, j: number): boolean {
    if (this.capitals) {
      const c = text.charCodeAt(runs.start[j]!)
      if (c >= 65 && c <= 90) return true
    }
    if (runs.key[j] === KEY_DIGIT) return this.digits
    return this.keyed.bitsOf(text, runs, j) !== 0
  }
}

/**
 * Several `RunWords` looked for in one pass over the runs, each run compared once with the words of all of them.
 * The answer is kept for the last text asked about.
 */
export class RunWordSets {
  readonly sets: readonly RunWords[]
  private readonly keyed: KeyedWords
  private readonly digitBits: number
  private lastText: string | undefined
  private lastFound: number[][] = []

  constructor(sets: readonly RunWords[]) {
    this.sets = sets
    if (sets.length > 31) throw new Error('at most 31 sets')
    if (sets.some((set) => set.capitals)) throw new Error('sets of capitalised words are not looked for by key')
    this.keyed = new KeyedWords(
      sets.flatMap((set, i) => set.words.map((w) => entryOf(w, 1 << i))),
      true,
    )
    this.digitBits = sets.reduce((bits, set, i) => (set.digits ? bits | (1 << i) : bits), 0)
  }

  /** For each set, the indices of the runs of `text` (`runs`) that are one of its words, ascending. */
  find(text: string, runs: WordRuns): number[][] {
    if (text === this.lastText) return this.lastFound
    const out: number[][] = this.sets.map(() => [])
    const { m, noted, key } = runs
    // Runs that are not noted fall in no slot of these words and start with no digit.
    for (let x = 0; x < m; x++) {
      const j = noted[x]!
      let bits = key[j] === KEY_DIGIT ? this.digitBits : this.keyed.bitsOf(text, runs, j)
      while (bits !== 0) {
        const i = 31 - Math.clz32(bits)
        bits &= ~(1 << i)
        out[i]!.push(j)
      }
    }
    this.lastText = text
    this.lastFound = out
    return out
  }
}

/** Index of the first run starting at or after `pos`. */
export function firstRunFrom(runs: WordRuns, pos: number): number {
  let lo = 0
  let hi = runs.n
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (runs.start[mid]! < pos) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * The first run of the stretch that ends with run `h` and that a match whose prefix ends at `h` can span: going back
 * over runs while what lies between them is whitespace and `-` (and `–` when `dash` is set), crossing at most
 * `maxGaps` runs of whitespace in all. When every character of a match before its head is a word character, `-`
 * (`–`) or whitespace, and that prefix holds at most `maxGaps` separate runs of whitespace, the match starts at a run
 * of the stretch.
 */
export function stretchStart(text: string, runs: WordRuns, h: number, maxGaps: number, dash = false): number {
  const { start, end } = runs
  let gaps = 0
  let j = h
  while (j > 0) {
    // What lies between run j - 1 and run j: count its runs of whitespace, stop at any other character but `-` (`–`).
    let inSpace = false
    for (let i = end[j - 1]!; i < start[j]!; i++) {
      const c = text.charCodeAt(i)
      if (isSpaceCode(c)) {
        if (!inSpace) gaps++
        inSpace = true
      } else if (c === 45 || (dash && c === 0x2013)) inSpace = false
      else return j
    }
    if (gaps > maxGaps) break
    j--
  }
  return j
}

/**
 * Candidate starts for an expression whose matches begin at most `maxGaps` whitespace runs before a head word (see
 * `stretchStart`): the starts of the runs of the stretch before each head run (`heads`, ascending run indices), the
 * head included, kept when `keep` is omitted or holds the run. Ascending, without repeats.
 */
export function startsBeforeHeads(
  text: string,
  runs: WordRuns,
  heads: readonly number[],
  maxGaps: number,
  options: { dash?: boolean; keep?: RunWords } = {},
): number[] {
  const out: number[] = []
  const { start } = runs
  const { dash, keep } = options
  let next = 0 // first run index not given yet
  for (const h of heads) {
    // A later head's stretch, once it reaches an earlier head, has crossed at least as many gaps and so stops no
    // further back: runs before `next` were given already or lie outside this stretch.
    let j = Math.max(next, maxGaps === 0 ? h : stretchStart(text, runs, h, maxGaps, dash))
    for (; j <= h; j++) if (keep === undefined || keep.has(text, runs, j)) out.push(start[j]!)
    next = h + 1
  }
  return out
}

/**
 * Whether `part` (a sentence: its text and offsets) lies in `text` with neither of its edges cutting a word run: then,
 * `part.text` being the stretch of `text` between its offsets (the contract of `Sentence`; its length and edge
 * characters are checked), the word runs of `part.text` are the runs of `text` inside it, and an expression tried on
 * `part.text` at a run start sees the same word boundaries there.
 */
export function alignedPart(text: string, part: { start: number; end: number; text: string }): boolean {
  const { start, end } = part
  const len = end - start
  if (start < 0 || end > text.length || len !== part.text.length) return false
  if (
    len > 0 &&
    (text.charCodeAt(start) !== part.text.charCodeAt(0) || text.charCodeAt(end - 1) !== part.text.charCodeAt(len - 1))
  )
    return false
  return !(isWordAt(text, start - 1) && isWordAt(text, start)) && !(isWordAt(text, end - 1) && isWordAt(text, end))
}

/** Whether offset `i` of `text` holds an ASCII `\w` character (false outside the text). */
function isWordAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isAsciiWordCode(text.charCodeAt(i))
}

/** Every word start of `text` (an ASCII `\w` not after one), ascending: where any `\b\w` expression may start. */
export function wordStarts(text: string): number[] {
  const out: number[] = []
  let prev = false
  for (let i = 0; i < text.length; i++) {
    const w = isAsciiWordCode(text.charCodeAt(i))
    if (w && !prev) out.push(i)
    prev = w
  }
  return out
}

/** The starts of the runs that are `length` digits long (the run starts with a digit), ascending. */
export function digitRunStarts(runs: WordRuns, length: number): number[] {
  const out: number[] = []
  const { m, noted, start, end, key } = runs
  // Every run starting with a digit is noted.
  for (let x = 0; x < m; x++) {
    const j = noted[x]!
    if (key[j] === KEY_DIGIT && end[j]! - start[j]! === length) out.push(start[j]!)
  }
  return out
}

/** The starts of runs `heads` (run indices), ascending. */
export function runStarts(runs: WordRuns, heads: readonly number[]): number[] {
  return heads.map((j) => runs.start[j]!)
}

/**
 * The heads (ascending run indices) followed, within the next `within` runs, by a run that is one of `words`: for an
 * expression whose head, spanning at most `within` runs, is followed by one of those words.
 */
export function headsBefore(
  text: string,
  runs: WordRuns,
  heads: readonly number[],
  words: RunWords,
  within: number,
): number[] {
  return heads.filter((h) => {
    for (let j = h + 1; j <= h + within && j < runs.n; j++) if (words.has(text, runs, j)) return true
    return false
  })
}
