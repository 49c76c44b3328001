/**
 * Where indicator expressions can start, found without trying them everywhere (see `matchAtStarts` in scan.ts). The
 * expressions themselves live in iocs.ts; these functions only need to list every position where a match can begin.
 */
import { isAsciiAlnumCode, isAsciiDigitCode, isAsciiWordCode } from './scan.ts'

/** Candidate starts per indicator kind, each ascending (a start where no match begins may be listed). */
export interface IocStarts {
  /** IPv4 addresses: the start of the run of word characters right before a ".", "[", "(" or "{", when a digit. */
  ipv4: number[]
  /** Domains: the same with "-" counted as a word character. */
  domain: number[]
  /** E-mail addresses: up to 64 local-part characters before an "@", "[", "(" or "{". */
  email: number[]
}

/**
 * The candidate starts of IPv4 addresses, domains and e-mail addresses, in one pass over the text.
 *
 * A domain or an IPv4 address begins with a label (letters, digits, "-") right before its first dot ("." or a
 * defanged "[.]", "(dot)" …) and, by its look-behind, not after another word character (nor, for a domain, after
 * "-"); so it starts where the run of word characters (and "-") before a ".", "[", "(" or "{" starts. An e-mail
 * address starts with a letter or digit not preceded by a word character, ".", "+" or "-", within 64 local-part
 * characters before an "@" or a defanged "[at]", "(@)" ….
 *
 * A "." followed by anything but a letter or digit ends no first label: the label must go on after it.
 *
 * Each list is ascending without repeats: the run before a trigger lies after the previous trigger (no trigger is a
 * word or local-part character), so the starts found at a later trigger are larger.
 */
export function iocStarts(text: string): IocStarts {
  const ipv4: number[] = []
  const domain: number[] = []
  const email: number[] = []
  const triggers = new Triggers(text)
  for (let i = triggers.next(); i >= 0; i = triggers.next()) {
    const c = text.charCodeAt(i)
    // After a plain "." the first label must go on with a letter or digit (the next label, the TLD or the next
    // octet; ASCII only, as the expressions are case-insensitive without the u flag): sentence ends are no start.
    if (c === 46 && !isAsciiAlnumCode(text.charCodeAt(i + 1))) continue
    if (c !== 64) {
      let s = i
      while (s > 0 && isAsciiWordCode(text.charCodeAt(s - 1))) s--
      // An address begins with a digit (no letter folds onto one): "U.S." or "e.g." is no start for it.
      if (s < i && isAsciiDigitCode(text.charCodeAt(s))) ipv4.push(s)
      // The run with "-" is the run of word characters extended further back over word characters and "-".
      let h = s
      for (let p = text.charCodeAt(h - 1); h > 0 && (isAsciiWordCode(p) || p === 45); p = text.charCodeAt(h - 1)) h--
      if (h < i) domain.push(h)
      if (c === 46) continue
    }
    emailStartsBefore(text, i, email)
  }
  return { ipv4, domain, email }
}

const NONE = 2 ** 31 - 1

/**
 * The positions of ".", "[", "(", "{" and "@" in ascending order: one `indexOf` cursor per character, merged (native
 * `indexOf` runs many times faster than a JavaScript loop over every character).
 */
class Triggers {
  private readonly text: string
  private dot: number
  private bracket: number
  private paren: number
  private brace: number
  private at: number

  constructor(text: string) {
    this.text = text
    this.dot = this.find('.', 0)
    this.bracket = this.find('[', 0)
    this.paren = this.find('(', 0)
    this.brace = this.find('{', 0)
    this.at = this.find('@', 0)
  }

  private find(ch: string, from: number): number {
    const i = this.text.indexOf(ch, from)
    return i < 0 ? NONE : i
  }

  /** The next trigger position, or -1 after the last. */
  next(): number {
    const i = Math.min(this.dot, this.bracket, this.paren, this.brace, this.at)
    if (i === NONE) return -1
    if (i === this.dot) this.dot = this.find('.', i + 1)
    else if (i === this.bracket) this.bracket = this.find('[', i + 1)
    else if (i === this.paren) this.paren = this.find('(', i + 1)
    else if (i === this.brace) this.brace = this.find('{', i + 1)
    else this.at = this.find('@', i + 1)
    return i
  }
}

/** Push, ascending, the e-mail starts among the up to 64 local-part characters right before `at`. */
function emailStartsBefore(text: string, at: number, out: number[]): void {
  let lo = at
  while (lo > 0 && at - (lo - 1) <= 64 && isLocalPartCode(text.charCodeAt(lo - 1))) lo--
  for (let s = lo; s < at; s++) {
    const prev = s > 0 ? text.charCodeAt(s - 1) : -1
    if (isAsciiAlnumCode(text.charCodeAt(s)) && !(isAsciiWordCode(prev) || prev === 46 || prev === 43 || prev === 45))
      out.push(s)
  }
}

function isLocalPartCode(c: number): boolean {
  // [a-z0-9._%+-] (case-insensitive)
  return isAsciiAlnumCode(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45
}

function isHexCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70)
}

/**
 * Where a hash can start: the start of a maximal run of 32 or more hex digits (inside a run the look-behind fails).
 * Looks at every 32nd character only: a run of 32 that starts in [i, i + 31] covers i + 31, so when that character is
 * not a hex digit the whole window is skipped; when it is, the run through it is measured. Invariant: the character
 * before `i` is not a hex digit (or i is 0), so a measured run never starts before `i`.
 */
export function hashStarts(text: string): number[] {
  const out: number[] = []
  const n = text.length
  let i = 0
  while (i + 32 <= n) {
    const probe = i + 31
    if (!isHexCode(text.charCodeAt(probe))) {
      i = probe + 1
      continue
    }
    let s = probe
    while (s > i && isHexCode(text.charCodeAt(s - 1))) s--
    let e = probe + 1
    while (e < n && isHexCode(text.charCodeAt(e))) e++
    if (e - s >= 32) out.push(s)
    i = e + 1
  }
  return out
}

/**
 * Where a URL can start. Its scheme (letters, or "h[tt]p") runs up to a ":" or to the "[" of a defanged "[:]" or
 * "[://]", and by the look-behind no word character precedes it: so it starts where the run of word characters before
 * that ":" or "[" starts, or five characters earlier when "h[tt]" (any case) stands right before that run.
 * Ascending: no start found at one ":" reaches back over the ":" before it.
 */
export function urlStarts(text: string): number[] {
  const out: number[] = []
  for (let i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) {
    const e = i > 0 && text.charCodeAt(i - 1) === 91 ? i - 1 : i
    let s = e
    while (s > 0 && isAsciiWordCode(text.charCodeAt(s - 1))) s--
    if (s === e) continue
    if (s >= 5 && isTtBracket(text, s - 5)) out.push(s - 5)
    out.push(s)
  }
  return out
}

/** True when text[at .. at + 5) is "h[tt]" in any case. */
function isTtBracket(text: string, at: number): boolean {
  return (
    (text.charCodeAt(at) | 32) === 104 &&
    text.charCodeAt(at + 1) === 91 &&
    (text.charCodeAt(at + 2) | 32) === 116 &&
    (text.charCodeAt(at + 3) | 32) === 116 &&
    text.charCodeAt(at + 4) === 93
  )
}
