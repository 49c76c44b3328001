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
 * One `indexOf` walk per keyword: for the short lists the extractors use, faster than any multi-pattern automaton.
 */
export function keywordStarts(haystack: string, keywords: readonly string[]): number[] {
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
