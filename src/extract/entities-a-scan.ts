/**
 * Scans the entity finders use in place of expressions that a global search tries at every position of the text:
 * a literal-form scanner equal to a longest-first alternation of the forms, the word starts of a text with the
 * keywords that begin there, and the capitalised word starts a few words before a keyword (where every match of a
 * name expression ending in that keyword must start). Each gives exactly what the expression it replaces would.
 */
import { isAsciiWordCode, matchAtStarts, stickyCopy } from './scan.ts'
import { countBelow, isSpaceCode } from './text.ts'

/** One occurrence of a form. */
export interface FormHit {
  index: number
  form: string
}

/** What one pass over a text found (`TextScan.of`). */
export interface Scanned {
  /** Per form list, its matches as the global alternation of the list's forms would find them. */
  forms: FormHit[][]
  /** Positions of a `\w` character not preceded by one (where `\b\w` matches), ascending. */
  words: number[]
  /** Those of them at a capital letter A–Z (where `\b[A-Z]` matches). */
  capitals: number[]
  /** Per keyword group, the word starts where one of the group's keywords begins, ascending. */
  keywords: number[][]
}

/** Values keyed by the first two code units of the strings they are about. */
class PairTable<T> {
  readonly values: T[] = []
  /** An ASCII pair (first * 128 + second) → 1 + its index in `values`; 0: none. 16 bits keep the table small. */
  readonly ascii = new Uint16Array(128 * 128)
  /** Any other pair (first * 65536 + second) → 1 + its index in `values`. */
  private readonly other = new Map<number, number>()

  /** The id (1 + index in `values`) of the pair, 0 when it has no value. */
  id(c0: number, c1: number): number {
    return c0 < 128 && c1 < 128 ? this.ascii[c0 * 128 + c1]! : (this.other.get(c0 * 65536 + c1) ?? 0)
  }

  /** The value for the pair beginning `s`, made by `make` when it has none yet. */
  valueFor(s: string, make: () => T): T {
    const c0 = s.charCodeAt(0)
    const c1 = s.charCodeAt(1)
    let id = this.id(c0, c1)
    if (id === 0) {
      id = this.values.push(make())
      if (id > 0xffff) throw new Error('too many pairs')
      if (c0 < 128 && c1 < 128) this.ascii[c0 * 128 + c1] = id
      else this.other.set(c0 * 65536 + c1, id)
    }
    return this.values[id - 1]!
  }
}

/**
 * A quick test that rules out most places where none of some strings, which share their first two code units, can
 * begin: the text must have the beginning they all share and, after it, a code unit one of them has there.
 */
class Prefilter {
  /** One of the strings: all of them share its first `shared` code units. */
  private readonly sample: string
  private readonly shared: number
  /** When every string is longer than `shared`: 1 for each ASCII code unit one of them has next. */
  private readonly next: Uint8Array | undefined

  constructor(strings: readonly string[]) {
    this.sample = strings[0]!
    let shared = this.sample.length
    for (const s of strings) {
      let i = 0
      while (i < shared && s.charCodeAt(i) === this.sample.charCodeAt(i)) i++
      shared = i
    }
    this.shared = shared
    if (strings.every((s) => s.length > shared)) {
      this.next = new Uint8Array(128)
      for (const s of strings) {
        const c = s.charCodeAt(shared)
        if (c < 128) this.next[c] = 1
      }
    }
  }

  /** False when none of the strings begins at `p` (whose first two code units are theirs). */
  mayBeginAt(text: string, p: number): boolean {
    const { sample, shared, next } = this
    if (p + shared > text.length) return false
    for (let i = 2; i < shared; i++) if (text.charCodeAt(p + i) !== sample.charCodeAt(i)) return false
    if (next !== undefined) {
      // A non-ASCII code unit is left to the full comparison.
      const c = text.charCodeAt(p + shared)
      if (c < 128 && next[c] === 0) return false
    }
    return true
  }
}

/** The forms beginning with one pair of code units, per form list. */
interface FormBucket {
  /** Per form list, its forms beginning so, longest first. */
  byList: (string[] | undefined)[]
  filter: Prefilter | undefined
}

/** The keywords beginning with one pair of code units, with their groups. */
interface KeywordBucket {
  words: string[]
  groups: number[]
  filter: Prefilter | undefined
}

// What a code unit can be, for the pass: a `\w` character, a capital A–Z, the first of some form, of some keyword.
const WORD = 1
const CAPITAL = 2
const FORM = 4
const KEYWORD = 8

/**
 * One pass over a text that finds, at once, for several lists of literal forms the matches of each list's global
 * alternation, the word starts, and the word starts where keywords begin.
 *
 * Forms: a global search for `(?:form1|form2|…)`, the forms sorted longest first (case-sensitive, no other flags),
 * matches at a position the first form in that order the text starts with there, which is the longest (two different
 * forms of one length cannot both match), then resumes after the match, else at the next position. The pass does the
 * same for each list: at each position not inside the list's last match it compares the list's forms that begin
 * with the text's next two code units, longest first, and keeps the first that matches.
 *
 * Keywords (each beginning with a `\w` character): every word start where one begins, per group.
 */
export class TextScan {
  /** Per code unit, the bits WORD, CAPITAL, FORM, KEYWORD. */
  private readonly kinds = new Uint8Array(65536)
  /** Per pair of first code units, per form list, its forms beginning so, longest first. */
  private readonly forms = new PairTable<FormBucket>()
  /** Per pair of first code units, the keywords beginning so, with their groups. */
  private readonly keywords = new PairTable<KeywordBucket>()
  private readonly lists: number
  private readonly groups: number
  private lastText: string | undefined
  private last: Scanned | undefined
  /** Scratch space for the pass: word starts, places where a form may begin. */
  private wordAt = new Int32Array(0)
  private formAt = new Int32Array(0)

  /** Forms and keywords must be at least two code units long. */
  constructor(formLists: readonly Iterable<string>[], keywordGroups: readonly (readonly string[])[]) {
    this.lists = formLists.length
    this.groups = keywordGroups.length
    for (let c = 0; c < 128; c++) this.kinds[c] = (isAsciiWordCode(c) ? WORD : 0) | (c >= 65 && c <= 90 ? CAPITAL : 0)
    formLists.forEach((forms, list) => {
      const sorted = [...new Set(forms)].sort((a, b) => b.length - a.length)
      for (const f of sorted) {
        this.begins(f, FORM)
        const bucket = this.forms.valueFor(f, () => ({ byList: [], filter: undefined }))
        bucket.byList[list] ??= []
        bucket.byList[list].push(f)
      }
    })
    for (const bucket of this.forms.values) bucket.filter = new Prefilter(bucket.byList.flatMap((forms) => forms ?? []))
    keywordGroups.forEach((words, group) => {
      for (const word of words) {
        if (!isAsciiWordCode(word.charCodeAt(0))) throw new Error(`keyword must begin with a word character: ${word}`)
        this.begins(word, KEYWORD)
        const bucket = this.keywords.valueFor(word, () => ({ words: [], groups: [], filter: undefined }))
        bucket.words.push(word)
        bucket.groups.push(group)
      }
    })
    for (const bucket of this.keywords.values) bucket.filter = new Prefilter(bucket.words)
  }

  private begins(s: string, kind: number): void {
    if (s.length < 2) throw new Error(`form or keyword shorter than two characters: ${s}`)
    this.kinds[s.charCodeAt(0)]! |= kind
  }

  /** The pass over `text` (kept for the last text asked about: the finders read one document in turn). */
  of(text: string): Scanned {
    if (text === this.lastText && this.last) return this.last
    const found: Scanned = { forms: emptyLists(this.lists), words: [], capitals: [], keywords: emptyLists(this.groups) }
    // First the places to look at: word starts, and where a form may begin. One tight loop without calls or
    // branches on the text (each position is written, and kept by advancing the count when it is such a place).
    const len = text.length
    if (this.wordAt.length < len + 1) {
      this.wordAt = new Int32Array(len + 1)
      this.formAt = new Int32Array(len + 1)
    }
    const { kinds, wordAt, formAt } = this
    let nWords = 0
    let nForms = 0
    let prevWord = 0
    for (let p = 0; p < len; p++) {
      const kind = kinds[text.charCodeAt(p)]!
      const word = kind & WORD
      wordAt[nWords] = p
      nWords += word & ~prevWord
      prevWord = word
      formAt[nForms] = p
      nForms += (kind & FORM) >> 2
    }
    // Then what is there.
    const { words, capitals } = found
    const keywordIds = this.keywords.ascii
    for (let i = 0; i < nWords; i++) {
      const p = wordAt[i]!
      words.push(p)
      const c0 = text.charCodeAt(p)
      const kind = kinds[c0]!
      if ((kind & CAPITAL) !== 0) capitals.push(p)
      if ((kind & KEYWORD) !== 0 && p + 1 < len) {
        const c1 = text.charCodeAt(p + 1)
        const id = c1 < 128 ? keywordIds[c0 * 128 + c1]! : this.keywords.id(c0, c1)
        if (id !== 0) this.keywordsAt(text, p, this.keywords.values[id - 1]!, found)
      }
    }
    // Per form list, where its last match ends (the search resumes there).
    const resume: number[] = []
    for (let i = 0; i < this.lists; i++) resume.push(0)
    const formIds = this.forms.ascii
    for (let i = 0; i < nForms; i++) {
      const p = formAt[i]!
      if (p + 1 >= len) break
      const c0 = text.charCodeAt(p)
      const c1 = text.charCodeAt(p + 1)
      const id = c0 < 128 && c1 < 128 ? formIds[c0 * 128 + c1]! : this.forms.id(c0, c1)
      if (id !== 0) this.formsAt(text, p, this.forms.values[id - 1]!, found, resume)
    }
    this.lastText = text
    this.last = found
    return found
  }

  /** The forms beginning with the text's two code units at `p` that match there, added to `found` per list. */
  private formsAt(text: string, p: number, bucket: FormBucket, found: Scanned, resume: number[]): void {
    if (!bucket.filter!.mayBeginAt(text, p)) return
    const byList = bucket.byList
    for (let list = 0; list < byList.length; list++) {
      const candidates = byList[list]
      if (candidates === undefined || p < resume[list]!) continue
      for (const f of candidates)
        if (restEquals(text, p, f)) {
          found.forms[list]!.push({ index: p, form: f })
          resume[list] = p + f.length
          break
        }
    }
  }

  /** The keywords beginning with the text's two code units at word start `p` that begin there, added to `found`. */
  private keywordsAt(text: string, p: number, bucket: KeywordBucket, found: Scanned): void {
    if (!bucket.filter!.mayBeginAt(text, p)) return
    const { words, groups } = bucket
    for (let i = 0; i < words.length; i++) {
      const g = found.keywords[groups[i]!]!
      // Not yet there (tested by length first: reading index -1 of an empty array is a slow property lookup).
      const n = g.length
      // startsWith (a builtin) rather than a loop of charCodeAt: measured faster here (about 6 µs per 2 KB document).
      if ((n === 0 || g[n - 1] !== p) && text.startsWith(words[i]!, p)) g.push(p)
    }
  }
}

/** `n` new empty arrays (a plain loop: Array.from with a mapping function costs more per document). */
function emptyLists<T>(n: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < n; i++) out.push([])
  return out
}

/** Whether `text` holds `s` at `p`, given that its first two code units are there. */
function restEquals(text: string, p: number, s: string): boolean {
  const len = s.length
  if (p + len > text.length) return false
  for (let i = 2; i < len; i++) if (s.charCodeAt(i) !== text.charCodeAt(p + i)) return false
  return true
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
 * The `starts` (ascending) that lie within `chunks` chunks before some anchor (ascending): at or after
 * `chunksBack(text, anchor, chunks)` and before the anchor; with the anchors themselves too when `withAnchors`.
 * Ascending, without repeats.
 */
export function startsBefore(
  text: string,
  anchors: readonly number[],
  chunks: number,
  starts: readonly number[],
  withAnchors = false,
): number[] {
  const out: number[] = []
  // Index into `starts` of the next start not yet given: the ranges move right as the anchors do (chunksBack is
  // monotone), so each start is looked at once.
  let next = 0
  let lastAnchor = -1
  for (const a of anchors) {
    if (a === lastAnchor) continue
    lastAnchor = a
    let i = Math.max(next, countBelow(starts, chunksBack(text, a, chunks)))
    for (; i < starts.length && starts[i]! < a; i++) out.push(starts[i]!)
    next = i
    if (withAnchors && (out.length === 0 || out[out.length - 1]! < a)) {
      out.push(a)
      if (next < starts.length && starts[next] === a) next++
    }
  }
  return out
}

/** A global expression, with a sticky copy and where (by the expression's shape) all of its matches must start. */
export interface AnchoredExpression {
  re: RegExp
  at: RegExp
  starts: (text: string, scanned: Scanned) => number[]
}

/** `re` (global) to be tried only at `starts`, ascending positions that include every position a match starts at. */
export function anchored(re: RegExp, starts: (text: string, scanned: Scanned) => number[]): AnchoredExpression {
  return { re, at: stickyCopy(re), starts }
}

/** The matches of the expression's global search in `text` (whose pass is `scanned`), found at its starts only. */
export function matchesOf(x: AnchoredExpression, text: string, scanned: Scanned): RegExpExecArray[] {
  return matchAtStarts(x.at, text, x.starts(text, scanned))
}
