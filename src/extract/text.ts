/** Sentence segmentation with offsets, and small text helpers shared by the extractors. */

export interface Sentence {
  start: number
  end: number
  text: string
}

/**
 * A sentence as `sentences` makes it: an instance of a class rather than an object literal. V8 tracks each object
 * literal's allocation site, and a site whose objects outlive a young-generation collection is switched to allocating
 * in the old generation; a document's sentences live through its whole extraction, so the literal's site was, and each
 * sentence then cost an old-generation allocation and a remembered-set entry for its text (sentences took twice as
 * long in the pipeline as alone). Instances made by `new` are not switched.
 */
class SentenceSpan implements Sentence {
  start: number
  end: number
  text: string
  constructor(start: number, end: number, text: string) {
    this.start = start
    this.end = end
    this.text = text
  }
}

// Abbreviations after which a full stop does not end a sentence: the words of the expression
// /(?:^|[\s(])(?:U\.S|U\.K|…|al|[A-Z])$/ that was tested on the (up to) 12 characters before the stop (`abbreviationBefore`).
const ABBREVIATIONS = new Set(
  'U.S U.K U.N E.U Mr Mrs Ms Dr Prof St Inc Ltd Co Corp No vs e.g i.e etc Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Gen Lt Col Sen Rep Gov Sgt Capt Adm approx est al'.split(
    ' ',
  ),
)
const LONGEST_ABBREVIATION = 6

/**
 * A news story's dateline before its lead: a place in capitals, maybe a date after a comma, and a dash ("MANILA - ",
 * "WARSAW, May 31, 2024 - "). A source to build expressions from (no anchors, no flags).
 */
export const DATELINE = String.raw`[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+){0,3}(?:,[^-–—\n]{0,30})?\s*[-–—]\s`

/**
 * Split text into sentences: at . ! ? followed by space and a capital, digit or quote (not after an abbreviation),
 * at line breaks, and at list bullets. Offsets refer to the input; leading and trailing space is trimmed.
 */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = []
  let start = 0
  const n = text.length
  // Only line breaks and . ! ? can end a sentence: they are visited in ascending order, found by one indexOf cursor per
  // character (native indexOf skips the text between them several times faster than an expression or a loop).
  let nl = nextOf(text, '\n', 0)
  let dot = nextOf(text, '.', 0)
  let bang = nextOf(text, '!', 0)
  let question = nextOf(text, '?', 0)
  for (;;) {
    const i = Math.min(nl, dot, bang, question)
    if (i === n) break
    if (i === nl) nl = nextOf(text, '\n', i + 1)
    else if (i === dot) dot = nextOf(text, '.', i + 1)
    else if (i === bang) bang = nextOf(text, '!', i + 1)
    else question = nextOf(text, '?', i + 1)
    const c = text.charCodeAt(i)
    if (c === 10) {
      pushSentence(out, text, start, i)
      start = i + 1
      continue
    }
    let j = i + 1
    while (j < n && isCloserCode(text.charCodeAt(j))) j++
    if (j < n && text.charCodeAt(j) !== 32 && text.charCodeAt(j) !== 9) continue
    let k = j
    while (k < n && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++
    if (k < n && text.charCodeAt(k) !== 10 && !startsSentence(text, k)) continue
    if (c === 46 && abbreviationBefore(text, Math.max(start, i - 12), i)) continue
    pushSentence(out, text, start, j)
    start = j
  }
  pushSentence(out, text, start, n)
  return out
}

/** The next offset at or after `from` of `ch` in `text`, or the text's length when there is none. */
function nextOf(text: string, ch: string, from: number): number {
  const i = text.indexOf(ch, from)
  return i < 0 ? text.length : i
}

/**
 * Whether text[lo, i) ends with an abbreviation (or a single capital) that starts it or follows a space or "(": the
 * test of the expression /(?:^|[\s(])(?:U\.S|…|[A-Z])$/ on text.slice(lo, i), without the copy or the expression. No
 * abbreviation holds a space or "(", so the only candidate is the run after the last space or "(" (or from `lo`).
 */
function abbreviationBefore(text: string, lo: number, i: number): boolean {
  let j = i
  while (j > lo && i - j <= LONGEST_ABBREVIATION) {
    const c = text.charCodeAt(j - 1)
    if (isBreakBefore(c)) break
    j--
  }
  const n = i - j
  if (n === 0 || n > LONGEST_ABBREVIATION || (j > lo && !isBreakBefore(text.charCodeAt(j - 1)))) return false
  if (n === 1) {
    const c = text.charCodeAt(j)
    if (c >= 65 && c <= 90) return true
  }
  if (ABBREVIATIONS.has(text.slice(j, i))) return true
  // Initials run together ("R.K. Singh", "J.R.R. Tolkien"): single capitals, each followed by a full stop.
  if (n % 2 === 1 && n <= 5) {
    for (let k = j; k < i; k += 2) {
      const c = text.charCodeAt(k)
      if (c < 65 || c > 90 || (k + 1 < i && text.charCodeAt(k + 1) !== 46)) return false
    }
    return true
  }
  return false
}

/** A space or "(": what may stand before an abbreviation. */
function isBreakBefore(c: number): boolean {
  return c === 40 || isSpaceCode(c)
}

// At module level, not a closure made per call (tsx wraps each closure it makes in a naming call).
/** Adds to `out` the sentence of `text` from `s` to `e`, without its leading and trailing space, unless empty. */
function pushSentence(out: Sentence[], text: string, s: number, e: number): void {
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--
  if (e > s) out.push(new SentenceSpan(s, e, text.slice(s, e)))
}

/** The characters of `\s` in a regular expression (ECMAScript WhiteSpace and LineTerminator). */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13)
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  )
}

/** Closing quotes and brackets that may follow a full stop: " ' ” ’ ) ]. */
function isCloserCode(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93
}

const UPPER = /\p{Lu}/u
/** True when text[k] can open a sentence: a capital, a digit, an opening quote or bracket. */
function startsSentence(text: string, k: number): boolean {
  const c = text.charCodeAt(k)
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 34 || c === 39 || c === 40
  return c === 0x201c || c === 0x2018 || UPPER.test(text[k]!)
}

/** Escape a literal for use inside a RegExp. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Words written as numbers, for counts ("four defendants"). */
export const NUMBER_WORDS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
}

export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]

/** Month number (1–12) of a month name or its three-letter abbreviation, else 0. */
export function monthOf(word: string): number {
  // (Without a final ".", as /\.$/ removes it.)
  const lower = word.toLowerCase()
  const w = lower.endsWith('.') ? lower.slice(0, -1) : lower
  const i = MONTHS.findIndex((m) => m === w || (w.length >= 3 && m.startsWith(w) && (w.length === 3 || w === 'sept')))
  return i + 1
}

/** True when the spans overlap. */
export function overlaps(a: readonly [number, number], b: readonly [number, number]): boolean {
  return a[0] < b[1] && b[0] < a[1]
}

/**
 * A fixed set of spans that answers "does any span overlap this one?" in O(log n): the same answer as
 * `spans.some((x) => overlaps(x, q))`, without walking every span for every question.
 */
export class SpanSet {
  private readonly starts: number[]
  /** Largest end among the spans sorted up to and including each index. */
  private readonly maxEnds: number[]

  constructor(spans: readonly (readonly [number, number])[]) {
    // Often given in order already (then no copy and no sort), or as a few lists in order joined (then merged). The
    // order of spans with equal starts does not matter: a question reads the largest end over all spans starting
    // before some point, a whole group of equal starts.
    const runEnds = ascendingRuns(spans, MERGED_RUNS)
    if (runEnds.length > 1 && runEnds.length <= MERGED_RUNS) {
      const { starts, maxEnds } = mergeRuns(spans, runEnds)
      this.starts = starts
      this.maxEnds = maxEnds
      return
    }
    const sorted = runEnds.length === 1 ? spans : [...spans].sort((a, b) => a[0] - b[0])
    this.starts = sorted.map((s) => s[0])
    this.maxEnds = []
    let max = Number.NEGATIVE_INFINITY
    for (const s of sorted) {
      if (s[1] > max) max = s[1]
      this.maxEnds.push(max)
    }
  }

  /** True when some span of the set overlaps `q`. */
  overlaps(q: readonly [number, number]): boolean {
    // Spans starting before q ends are a prefix of the sorted list; one of them overlaps when its end passes q's start.
    const n = countBelow(this.starts, q[1])
    return n > 0 && this.maxEnds[n - 1]! > q[0]
  }
}

/** Spans in at most this many runs in order of start are merged rather than sorted (SpanSet, SpanMask). */
export const MERGED_RUNS = 16

/**
 * Where the runs of `spans` in order of start end (the last at the spans' length; one run when the starts never
 * decrease), reading no further once there are more than `most` runs.
 */
export function ascendingRuns(spans: readonly (readonly [number, number])[], most: number): number[] {
  const runEnds: number[] = []
  for (let i = 1; i < spans.length && runEnds.length < most; i++) if (spans[i]![0] < spans[i - 1]![0]) runEnds.push(i)
  runEnds.push(spans.length)
  return runEnds
}

/**
 * The starts of `spans` in order, and the largest end up to each: the runs in order of start (each ends before the
 * next of `runEnds`, the last at the end) merged two at a time. Ties are taken in any order.
 */
export function mergeRuns(
  spans: readonly (readonly [number, number])[],
  runEnds: readonly number[],
): { starts: number[]; maxEnds: number[] } {
  const n = spans.length
  let starts: number[] = new Array<number>(n)
  let ends: number[] = new Array<number>(n)
  for (let i = 0; i < n; i++) {
    starts[i] = spans[i]![0]
    ends[i] = spans[i]![1]
  }
  let bounds = [0, ...runEnds]
  let toStarts: number[] = new Array<number>(n)
  let toEnds: number[] = new Array<number>(n)
  while (bounds.length > 2) {
    const next = [0]
    for (let r = 0; r + 1 < bounds.length; r += 2) {
      const from = bounds[r]!
      const mid = bounds[r + 1]!
      const to = r + 2 < bounds.length ? bounds[r + 2]! : mid
      let a = from
      let b = mid
      for (let k = from; k < to; k++) {
        const fromA = b >= to || (a < mid && starts[a]! <= starts[b]!)
        const j = fromA ? a++ : b++
        toStarts[k] = starts[j]!
        toEnds[k] = ends[j]!
      }
      next.push(to)
    }
    const s = starts
    starts = toStarts
    toStarts = s
    const e = ends
    ends = toEnds
    toEnds = e
    bounds = next
  }
  let max = Number.NEGATIVE_INFINITY
  for (let k = 0; k < n; k++) {
    if (ends[k]! > max) max = ends[k]!
    ends[k] = max
  }
  return { starts, maxEnds: ends }
}

/** How many of the ascending `values` are below `x`. */
export function countBelow(values: ArrayLike<number>, x: number): number {
  let lo = 0
  let hi = values.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (values[mid]! < x) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** How many of `items`, sorted by span start, start before `at` (found by halving). */
export function countStartingBefore(
  items: readonly { readonly span: readonly [number, number] }[],
  at: number,
): number {
  let lo = 0
  let hi = items.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (items[mid]!.span[0] < at) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * The items whose span lies inside [start, end], from items sorted by span start: the same items, in the same order,
 * as `items.filter((x) => x.span[0] >= start && x.span[1] <= end)`.
 */
export function spansInside<T extends { span: readonly [number, number] }>(
  items: readonly T[],
  start: number,
  end: number,
): T[] {
  const out: T[] = []
  for (let i = countStartingBefore(items, start); i < items.length && items[i]!.span[0] <= end; i++)
    if (items[i]!.span[1] <= end) out.push(items[i]!)
  return out
}

/** True when the items are sorted by span start (the precondition of `spansInside`). */
export function sortedBySpanStart(items: readonly { span: readonly [number, number] }[]): boolean {
  for (let i = 1; i < items.length; i++) if (items[i]!.span[0] < items[i - 1]!.span[0]) return false
  return true
}

/**
 * True when the span of some item of `items` overlaps `span`: `items.some((x) => overlaps(x.span, span))`. A short list
 * is walked; a long one (a long report's mentions or parties, asked once per candidate) gets an index of its items by
 * where they start, kept beside it and brought up to date with the items appended since the last question, so that
 * asking stays about constant rather than growing with the list (a 3 MB report spent most of its time walking lists).
 * The index holds while the list only grows, is sorted in place, or loses items (any of which moves the last item it
 * indexed, or brings one it indexed after those it did); a start may move right (a prefix cut off a name), never left.
 */
export function anyOverlaps<T extends { readonly span: readonly [number, number] }>(
  items: readonly T[],
  span: readonly [number, number],
  /** Only items for which this holds count. */
  where?: (x: T) => boolean,
): boolean {
  if (items.length <= INDEXED_FROM) {
    for (let i = 0; i < items.length; i++)
      if (overlaps(items[i]!.span, span) && (!where || where(items[i]!))) return true
    return false
  }
  for (const x of overlapping(items, span)) if (!where || where(x)) return true
  return false
}

/** The items of `items` whose span overlaps `span`, in no set order (see anyOverlaps). */
export function overlapping<T extends { readonly span: readonly [number, number] }>(
  items: readonly T[],
  span: readonly [number, number],
): T[] {
  if (items.length <= INDEXED_FROM) return items.filter((x) => overlaps(x.span, span))
  const idx = overlapIndex(items)
  const out: T[] = []
  // An item overlapping `span` starts after span[0] - maxLen and before span[1].
  const to = (span[1] - 1) >> BUCKET_BITS
  for (let b = Math.max(0, span[0] - idx.maxLen) >> BUCKET_BITS; b <= to; b++) {
    const list = idx.buckets.get(b)
    if (list) for (const x of list) if (overlaps(x.span, span)) out.push(x as T)
  }
  return out
}

/** The index of a long list, brought up to date (see anyOverlaps). */
function overlapIndex(items: readonly Spanned[]): OverlapIndex {
  let idx = OVERLAP_INDEXES.get(items)
  if (idx && (idx.n > items.length || items[idx.n - 1] !== idx.last)) idx = undefined
  // (A sort that brought an unindexed item among the indexed ones took one of them past them: found here.)
  if (idx)
    for (let i = idx.n; i < items.length; i++)
      if (idx.seen.has(items[i]!)) {
        idx = undefined
        break
      }
  if (!idx) {
    idx = { n: 0, last: undefined, maxLen: 0, buckets: new Map(), seen: new Set() }
    OVERLAP_INDEXES.set(items, idx)
  }
  for (let i = idx.n; i < items.length; i++) {
    const x = items[i]!
    idx.seen.add(x)
    const len = x.span[1] - x.span[0]
    if (len > idx.maxLen) idx.maxLen = len
    const b = x.span[0] >> BUCKET_BITS
    const list = idx.buckets.get(b)
    if (list) list.push(x)
    else idx.buckets.set(b, [x])
  }
  idx.n = items.length
  idx.last = items[items.length - 1]
  return idx
}
const INDEXED_FROM = 48
const BUCKET_BITS = 8
type Spanned = { readonly span: readonly [number, number] }
interface OverlapIndex {
  n: number
  last: Spanned | undefined
  maxLen: number
  buckets: Map<number, Spanned[]>
  seen: Set<Spanned>
}
const OVERLAP_INDEXES = new WeakMap<object, OverlapIndex>()

/**
 * Where a search from `from` for what `key` names need go no further: the earliest point it was sought from before
 * (what lies after was found then), else `end`; `from` is noted as sought. (A long report names the same body or
 * person again and again: each later mention seeks only what no earlier one did.)
 */
export function unsoughtUntil(sought: Map<string, number>, key: string, from: number, end: number): number {
  const until = sought.get(key) ?? end
  if (from < until) sought.set(key, from)
  return until
}

/**
 * For a list in any order, a function giving the last item (by place in the list) whose span ends at or before a
 * point: `items.findLast((x) => x.span[1] <= at)`, asked often without walking the list each time.
 */
export function lastEndingAtOrBefore<T extends { readonly span: readonly [number, number] }>(
  items: readonly T[],
): (at: number) => T | undefined {
  const byEnd = items.map((_, i) => i).sort((i, j) => items[i]!.span[1] - items[j]!.span[1])
  const ends = byEnd.map((i) => items[i]!.span[1])
  // The highest place among the items with the k + 1 smallest ends.
  const highest: number[] = []
  for (const i of byEnd) highest.push(Math.max(i, highest[highest.length - 1] ?? -1))
  return (at) => {
    const k = countBelow(ends, at + 1)
    return k > 0 ? items[highest[k - 1]!] : undefined
  }
}

/**
 * For a list in any order, a function giving the first item (by place in the list) whose span starts at or after a
 * point: `items.find((x) => x.span[0] >= at)`, asked often without walking the list each time.
 */
export function firstStartingAtOrAfter<T extends { readonly span: readonly [number, number] }>(
  items: readonly T[],
): (at: number) => T | undefined {
  const byStart = items.map((_, i) => i).sort((i, j) => items[i]!.span[0] - items[j]!.span[0])
  const starts = byStart.map((i) => items[i]!.span[0])
  // The lowest place among the items from the k-th smallest start on.
  const lowest = new Array<number>(byStart.length)
  for (let k = byStart.length - 1; k >= 0; k--)
    lowest[k] = Math.min(byStart[k]!, lowest[k + 1] ?? Number.MAX_SAFE_INTEGER)
  return (at) => {
    const k = countBelow(starts, at)
    return k < byStart.length ? items[lowest[k]!] : undefined
  }
}

/**
 * For a list that does not change, a function giving its items whose span lies inside a span, in the list's order:
 * `items.filter((x) => x.span[0] >= span[0] && x.span[1] <= span[1])`, asked often (once per sentence of a long report)
 * without walking the whole list each time.
 */
export function itemsInside<T extends { readonly span: readonly [number, number] }>(
  items: readonly T[],
): (span: readonly [number, number]) => T[] {
  let place: Map<T, number> | undefined
  return (span) => {
    if (items.length <= INDEXED_FROM) return items.filter((x) => x.span[0] >= span[0] && x.span[1] <= span[1])
    const found = overlapping(items, span).filter((x) => x.span[0] >= span[0] && x.span[1] <= span[1])
    if (found.length > 1) {
      if (!place) {
        place = new Map()
        for (let i = 0; i < items.length; i++) place.set(items[i]!, i)
      }
      const at = place
      found.sort((a, b) => at.get(a)! - at.get(b)!)
    }
    return found
  }
}
