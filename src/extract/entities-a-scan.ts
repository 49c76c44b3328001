/**
 * Scans the entity finders use in place of expressions that a global search tries at every position of the text:
 * a literal-form scanner equal to a longest-first alternation of the forms, the word starts of a text with the
 * keywords that begin there, and the capitalised word starts a few words before a keyword (where every match of a
 * name expression ending in that keyword must start). Each gives exactly what the expression it replaces would.
 */
import { takeWordRuns } from './entities-b-words.ts'
import { chunksBack, isAsciiWordCode, matchAtStarts, stickyCopy, unitsOf } from './scan.ts'
import { countBelow } from './text.ts'

// (Re-exported: found with the other start finders, where its test reads it.)
export { chunksBack }

/** One occurrence of a form. */
export interface FormHit {
  index: number
  form: string
}

/**
 * A form hit as the pass makes it: an instance of a class, not an object literal, whose allocation site V8 would
 * switch to old-generation allocation (the hits live as long as the document's extraction; see SentenceSpan).
 */
class Hit implements FormHit {
  index: number
  form: string
  constructor(index: number, form: string) {
    this.index = index
    this.form = form
  }
}

/** What one pass over a text found (`TextScan.of`). */
export interface Scanned {
  /** Per form list, its matches as the global alternation of the list's forms would find them. */
  forms: FormHit[][]
  /** Positions of a `\w` character not preceded by one (where `\b\w` matches), ascending. */
  words: Int32Array
  /** Those of them at a capital letter A–Z (where `\b[A-Z]` matches). */
  capitals: Int32Array
  /** Per keyword group, the word starts where one of the group's keywords begins, ascending. */
  keywords: number[][]
}

/**
 * Lists of strings (forms, or keywords) grouped by their first two code units (a bucket per pair), in typed arrays laid
 * out bucket by bucket: at a place in a text the pass reads one bucket's prefilter and strings from a few neighbouring
 * cache lines, rather than an object and a string per string scattered over the heap (cold again by the next document,
 * after the rest of the extraction). The prefilter rules out most places where none of a bucket's strings begins: the
 * text must have the code units they all share and, after them, an ASCII code unit one of them has there (a non-ASCII
 * one is left to the full comparison).
 */
class StringTable {
  /** An ASCII pair (first * 128 + second) → 1 + its bucket; 0: none. */
  readonly ascii = new Uint16Array(128 * 128)
  /** Any other pair (first * 65536 + second) → 1 + its bucket. */
  private readonly other = new Map<number, number>()
  private readonly lists: number
  /** Per bucket and list, where its forms (candidates) begin; the list's end is the next list's begin. */
  private readonly listStart: Int32Array
  /**
   * Per bucket, the lists that have strings in it, ascending (from `usedStart[b]` to `usedStart[b + 1]`): a place is
   * compared with those only (a list without strings in the bucket can find nothing there; with many lists, such as
   * the keyword groups, most are empty in any one bucket).
   */
  private readonly usedStart: Int32Array
  private readonly used: Int32Array
  /** Per bucket: how many code units its forms share, and where one of them (the sample) lies in `units`. */
  private readonly shared: Int32Array
  private readonly sampleAt: Int32Array
  /** Per bucket, when all its forms are longer than what they share: four 32-bit words, a bit per ASCII code next. */
  private readonly next: Int32Array
  private readonly hasNext: Uint8Array
  /** Per candidate (a string of a list in a bucket): where its code units lie in `units`, its length, the string. */
  private readonly candAt: Int32Array
  private readonly candLength: Int32Array
  /**
   * Per bucket, a position past the shared code units where its strings differ most (the most distinct code units
   * there); per candidate, its code unit at that position (-1: the candidate is no longer). A candidate whose unit
   * there is not the text's cannot begin at a place: ruled out by one comparison, before the comparison of its units
   * (at the place of a frequent word, such as "The" before the forms "The Hague", "The Netherlands" …).
   */
  private readonly split: Int32Array
  private readonly candSplit: Int32Array
  private readonly candForm: string[] = []
  private readonly units: Uint16Array

  /** Strings must be at least two code units long. */
  constructor(formLists: readonly Iterable<string>[]) {
    this.lists = formLists.length
    // Per pair, per list, its strings longest first (as the alternation of forms orders them).
    const buckets = new Map<number, string[][]>()
    formLists.forEach((forms, list) => {
      for (const f of [...new Set(forms)].sort((a, b) => b.length - a.length)) {
        if (f.length < 2) throw new Error(`form or keyword shorter than two characters: ${f}`)
        const key = f.charCodeAt(0) * 65536 + f.charCodeAt(1)
        let byList = buckets.get(key)
        if (byList === undefined) buckets.set(key, (byList = formLists.map(() => [])))
        byList[list]!.push(f)
      }
    })
    if (buckets.size >= 0xffff) throw new Error('too many pairs')
    const n = buckets.size
    this.usedStart = new Int32Array(n + 1)
    const used: number[] = []
    const all = [...buckets.values()].map((byList) => byList.flat())
    const count = all.reduce((k, forms) => k + forms.length, 0)
    this.listStart = new Int32Array(n * (this.lists + 1))
    this.shared = new Int32Array(n)
    this.sampleAt = new Int32Array(n)
    this.next = new Int32Array(n * 4)
    this.hasNext = new Uint8Array(n)
    this.candAt = new Int32Array(count)
    this.candLength = new Int32Array(count)
    this.split = new Int32Array(n)
    this.candSplit = new Int32Array(count)
    this.units = new Uint16Array(all.reduce((k, forms) => k + forms.reduce((m, f) => m + f.length, 0), 0))
    let b = 0
    let cand = 0
    let at = 0
    for (const [key, byList] of buckets) {
      const c0 = Math.floor(key / 65536)
      const c1 = key % 65536
      if (c0 < 128 && c1 < 128) this.ascii[c0 * 128 + c1] = b + 1
      else this.other.set(key, b + 1)
      this.sampleAt[b] = at
      const forms = all[b]!
      let shared = forms[0]!.length
      for (const f of forms) {
        let i = 0
        while (i < shared && f.charCodeAt(i) === forms[0]!.charCodeAt(i)) i++
        shared = i
      }
      this.shared[b] = shared
      this.split[b] = splitPosition(forms, shared)
      if (forms.every((f) => f.length > shared)) {
        this.hasNext[b] = 1
        for (const f of forms) {
          const c = f.charCodeAt(shared)
          if (c < 128) this.next[b * 4 + (c >>> 5)]! |= 1 << (c & 31)
        }
      }
      byList.forEach((list, i) => {
        this.listStart[b * (this.lists + 1) + i] = cand
        for (const f of list) {
          this.candAt[cand] = at
          this.candLength[cand] = f.length
          this.candSplit[cand] = this.split[b]! < f.length ? f.charCodeAt(this.split[b]!) : -1
          this.candForm.push(f)
          for (let k = 0; k < f.length; k++) this.units[at++] = f.charCodeAt(k)
          cand++
        }
      })
      this.listStart[b * (this.lists + 1) + this.lists] = cand
      this.usedStart[b] = used.length
      byList.forEach((list, i) => {
        if (list.length > 0) used.push(i)
      })
      b++
    }
    this.usedStart[n] = used.length
    this.used = Int32Array.from(used)
  }

  /** The id (1 + bucket) of the pair, 0 when no string begins with it. */
  id(c0: number, c1: number): number {
    return c0 < 128 && c1 < 128 ? this.ascii[c0 * 128 + c1]! : (this.other.get(c0 * 65536 + c1) ?? 0)
  }

  /**
   * False when none of bucket `b`'s strings begins at `p` (where the text has the bucket's pair). The text is read
   * from its code units `src` (`unitsOf`: a typed-array load instead of a `charCodeAt` that checks how the string is
   * stored), of which the first `len` are the text's.
   */
  private mayBeginAt(src: Uint16Array, len: number, p: number, b: number): boolean {
    const shared = this.shared[b]!
    if (p + shared > len) return false
    const { units } = this
    const sample = this.sampleAt[b]!
    for (let i = 2; i < shared; i++) if (src[p + i] !== units[sample + i]) return false
    // (At the text's end there is no unit to rule anything out.)
    if (this.hasNext[b] === 1 && p + shared < len) {
      const c = src[p + shared]!
      if (c < 128 && ((this.next[b * 4 + (c >>> 5)]! >>> (c & 31)) & 1) === 0) return false
    }
    return true
  }

  /**
   * Whether the text holds candidate `k` at `p`, where it has the candidate's first `known` code units (those its
   * bucket's strings share, once the prefilter passed).
   */
  private holds(src: Uint16Array, n: number, p: number, k: number, known: number): boolean {
    const len = this.candLength[k]!
    if (p + len > n) return false
    const { units } = this
    const from = this.candAt[k]!
    let i = known
    while (i < len && units[from + i] === src[p + i]) i++
    return i === len
  }

  /**
   * At `p` (where the text has bucket `b`'s pair), per list not resumed past `p`, its first form (the longest) that
   * the text holds there, added to `found`; `resume` moves past it.
   */
  formsAt(text: string, src: Uint16Array, p: number, b: number, found: FormHit[][], resume: number[]): void {
    const n = text.length
    if (!this.mayBeginAt(src, n, p, b)) return
    const known = this.shared[b]!
    const row = b * (this.lists + 1)
    const { used, candSplit } = this
    // (Past the text's end no candidate that reaches there can begin: a unit no candidate has.)
    const at = p + this.split[b]!
    const unit = at < n ? src[at]! : -2
    const last = this.usedStart[b + 1]!
    for (let u = this.usedStart[b]!; u < last; u++) {
      const list = used[u]!
      if (p < resume[list]!) continue
      const end = this.listStart[row + list + 1]!
      for (let k = this.listStart[row + list]!; k < end; k++) {
        const x = candSplit[k]!
        if ((x !== -1 && x !== unit) || !this.holds(src, n, p, k, known)) continue
        found[list]!.push(new Hit(p, this.candForm[k]!))
        resume[list] = p + this.candLength[k]!
        break
      }
    }
  }

  /** At `p` (where the text has bucket `b`'s pair), `p` added to each list one of whose strings the text holds there. */
  anyAt(text: string, src: Uint16Array, p: number, b: number, found: number[][]): void {
    const n = text.length
    if (!this.mayBeginAt(src, n, p, b)) return
    const known = this.shared[b]!
    const row = b * (this.lists + 1)
    const { used, candSplit } = this
    // (Past the text's end no candidate that reaches there can begin: a unit no candidate has.)
    const at = p + this.split[b]!
    const unit = at < n ? src[at]! : -2
    const last = this.usedStart[b + 1]!
    for (let u = this.usedStart[b]!; u < last; u++) {
      const list = used[u]!
      const end = this.listStart[row + list + 1]!
      for (let k = this.listStart[row + list]!; k < end; k++) {
        const x = candSplit[k]!
        if ((x === -1 || x === unit) && this.holds(src, n, p, k, known)) {
          found[list]!.push(p)
          break
        }
      }
    }
  }
}

/**
 * The position, at or past the `shared` code units all `forms` begin with, where the most distinct code units stand
 * (counted over the forms long enough to have one there; the first such position on a tie): where one comparison rules
 * out most of the forms at a place of the text. `shared` when no form is longer.
 */
function splitPosition(forms: readonly string[], shared: number): number {
  let best = shared
  let most = 0
  const longest = forms.reduce((m, f) => Math.max(m, f.length), 0)
  for (let d = shared; d < longest; d++) {
    const units = new Set<number>()
    for (const f of forms) if (f.length > d) units.add(f.charCodeAt(d))
    if (units.size > most) {
      most = units.size
      best = d
    }
  }
  return best
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
  /** The forms of the lists, and the keywords of the groups, by their first two code units. */
  private readonly forms: StringTable
  private readonly keywords: StringTable
  private readonly lists: number
  private readonly groups: number
  private lastText: string | undefined
  private last: Scanned | undefined
  /** Scratch space for the pass: word starts and ends (alternating), capital starts, places where a form may begin. */
  private edges = new Int32Array(0)
  private capitalAt = new Int32Array(0)
  private formAt = new Int32Array(0)

  /** Forms and keywords must be at least two code units long. */
  constructor(formLists: readonly Iterable<string>[], keywordGroups: readonly (readonly string[])[]) {
    this.lists = formLists.length
    this.groups = keywordGroups.length
    for (let c = 0; c < 128; c++) this.kinds[c] = (isAsciiWordCode(c) ? WORD : 0) | (c >= 65 && c <= 90 ? CAPITAL : 0)
    const lists = formLists.map((forms) => [...forms])
    for (const forms of lists) for (const f of forms) this.begins(f, FORM)
    this.forms = new StringTable(lists)
    for (const words of keywordGroups)
      for (const word of words) {
        if (!isAsciiWordCode(word.charCodeAt(0))) throw new Error(`keyword must begin with a word character: ${word}`)
        this.begins(word, KEYWORD)
      }
    this.keywords = new StringTable(keywordGroups)
  }

  private begins(s: string, kind: number): void {
    if (s.length < 2) throw new Error(`form or keyword shorter than two characters: ${s}`)
    this.kinds[s.charCodeAt(0)]! |= kind
  }

  /** The pass over `text` (kept for the last text asked about: the finders read one document in turn). */
  of(text: string): Scanned {
    if (text === this.lastText && this.last) return this.last
    const forms: FormHit[][] = emptyLists(this.lists)
    const keywords: number[][] = emptyLists(this.groups)
    // First the places to look at: word edges, and where a form may begin. One tight loop without calls or branches
    // on the text, reading the code units from a typed array (`unitsOf`): each position is written, and kept by
    // advancing the count when it is such a place. Word starts and ends alternate (a run of `\w` starts, then ends),
    // so both go to one array: starts at even indices, ends at odd ones.
    const len = text.length
    if (this.edges.length < len + 2) {
      this.edges = new Int32Array(len + 2)
      this.capitalAt = new Int32Array(len + 1)
      this.formAt = new Int32Array(len + 1)
    }
    const { kinds, edges, capitalAt, formAt } = this
    const units = unitsOf(text)
    let nEdges = 0
    let nForms = 0
    let prevWord = 0
    for (let p = 0; p < len; p++) {
      const kind = kinds[units[p]!]!
      const word = kind & WORD
      edges[nEdges] = p
      nEdges += word ^ prevWord
      prevWord = word
      formAt[nForms] = p
      nForms += (kind & FORM) >> 2
    }
    if (prevWord !== 0) edges[nEdges++] = len
    const nWords = nEdges >> 1
    // The word starts and ends are the text's word runs (maximal runs of ASCII `\w`), which other finders read too.
    takeWordRuns(text, edges, nWords)
    // Then what is there. The word starts are kept in typed arrays of their exact size (copies of the scratch space):
    // a few hundred pushes onto growing arrays allocated about twice as much, a tenth of what a document allocates.
    const keywordIds = this.keywords.ascii
    const words = new Int32Array(nWords)
    let nCapitals = 0
    for (let i = 0; i < nWords; i++) {
      const p = edges[2 * i]!
      words[i] = p
      const c0 = units[p]!
      const kind = kinds[c0]!
      capitalAt[nCapitals] = p
      nCapitals += (kind & CAPITAL) >> 1
      if ((kind & KEYWORD) !== 0 && p + 1 < len) {
        const c1 = units[p + 1]!
        const id = c1 < 128 ? keywordIds[c0 * 128 + c1]! : this.keywords.id(c0, c1)
        if (id !== 0) this.keywords.anyAt(text, units, p, id - 1, keywords)
      }
    }
    const found: Scanned = {
      forms,
      words,
      capitals: capitalAt.slice(0, nCapitals),
      keywords,
    }
    // Per form list, where its last match ends (the search resumes there).
    const resume: number[] = []
    for (let i = 0; i < this.lists; i++) resume.push(0)
    const formIds = this.forms.ascii
    for (let i = 0; i < nForms; i++) {
      const p = formAt[i]!
      if (p + 1 >= len) break
      const c0 = units[p]!
      const c1 = units[p + 1]!
      const id = c0 < 128 && c1 < 128 ? formIds[c0 * 128 + c1]! : this.forms.id(c0, c1)
      if (id !== 0) this.forms.formsAt(text, units, p, id - 1, forms, resume)
    }
    this.lastText = text
    this.last = found
    return found
  }
}

/** `n` new empty arrays (a plain loop: Array.from with a mapping function costs more per document). */
function emptyLists<T>(n: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < n; i++) out.push([])
  return out
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
  starts: ArrayLike<number>,
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
