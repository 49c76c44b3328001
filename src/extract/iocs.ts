/**
 * Indicators of compromise: IPv4/IPv6, domains, URLs, e-mail addresses, MD5/SHA-1/SHA-256/SHA-512, found in their
 * defanged forms too (hxxp, [.], (.), {.}, [dot], [:], [@], [at]) and refanged. Guards keep out reference links,
 * contact addresses, file names that look like domains, version numbers and image credits.
 */
import { hashStarts, iocStarts, urlStarts } from './iocs-starts.ts'
import { isAsciiWordCode, matchAtStarts, stickyCopy } from './scan.ts'
import { isSpaceCode, overlaps, SpanSet } from './text.ts'

export type IocType = 'ipv4' | 'ipv6' | 'domain' | 'url' | 'email' | 'md5' | 'sha1' | 'sha256' | 'sha512'

export interface Ioc {
  type: IocType
  /** Refanged value. */
  value: string
  /** The text as written and where. */
  text: string
  span: [number, number]
  defanged: boolean
}

/**
 * An indicator as findIocs makes it: a class instance, not an object literal, whose allocation site V8 would switch
 * to old-generation allocation (indicators live as long as the document's extraction; see SentenceSpan in text.ts).
 */
class Found implements Ioc {
  type: IocType
  value: string
  text: string
  span: [number, number]
  defanged: boolean
  constructor(type: IocType, value: string, text: string, span: [number, number], defanged: boolean) {
    this.type = type
    this.value = value
    this.text = text
    this.span = span
    this.defanged = defanged
  }
}

/** Something that looks like an indicator but is not one (reference link, contact address, file name …). */
export interface NonIoc {
  text: string
  span: [number, number]
  why: string
}

/** A look-alike as findIocs makes it (a class instance, like Found). */
class SetAside implements NonIoc {
  text: string
  span: [number, number]
  why: string
  constructor(text: string, span: [number, number], why: string) {
    this.text = text
    this.span = span
    this.why = why
  }
}

const DOT = String.raw`(?:\.|\[\s*\.\s*\]|\(\s*\.\s*\)|\{\s*\.\s*\}|\[dot\]|\(dot\)|\{dot\})`
const AT = String.raw`(?:@|\[\s*@\s*\]|\(\s*@\s*\)|\{\s*@\s*\}|\[at\]|\(at\)|\{at\})`
const LABEL = String.raw`[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?`
const TLD = String.raw`[a-z][a-z0-9-]{1,23}`
const DOMAIN = String.raw`${LABEL}(?:${DOT}${LABEL})*${DOT}${TLD}`
const IPV4 = String.raw`(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:${DOT}(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}`
const SCHEME = String.raw`(?:https?|hxxps?|h\[tt\]ps?|hXXps?|ftp|fxp|sftp|file)(?:\[:\]|:|\[://\])(?:\/\/|\\\\)?`
const URL_BODY = String.raw`(?:\[\s*\.\s*\]|\(\s*\.\s*\)|\{\s*\.\s*\}|\[dot\]|\[:\]|\[/\]|\[@\]|[^\s<>"'()\[\]{}])+`

const RE_URL = new RegExp(String.raw`(?<![\w])${SCHEME}${URL_BODY}`, 'gi')
const RE_EMAIL = new RegExp(String.raw`(?<![\w.+-])[a-z0-9][a-z0-9._%+-]{0,63}${AT}${DOMAIN}(?![\w-])`, 'gi')
const RE_IPV4 = new RegExp(String.raw`(?<![\w.\[\]()])${IPV4}(?![\w]|\.\d)`, 'gi')
const RE_DOMAIN = new RegExp(String.raw`(?<![\w.@\-\[\]()/\\])${DOMAIN}(?![\w-]|\.[a-z0-9])`, 'gi')
const RE_HASH =
  /(?<![0-9a-zA-Z+/])(?:[0-9a-fA-F]{128}|[0-9a-fA-F]{64}|[0-9a-fA-F]{40}|[0-9a-fA-F]{32})(?![0-9a-zA-Z+/=])/g
const RE_IPV6 = /(?<![\w:])(?:[0-9a-f]{1,4}:){2,7}(?::|[0-9a-f]{1,4})(?:[0-9a-f]{0,4}(?::[0-9a-f]{1,4})*)?(?![\w:])/gi

/** The global expressions, for tests: scanning with their sticky copies at the candidate starts must find the same. */
export const IOC_EXPRESSIONS = {
  url: RE_URL,
  email: RE_EMAIL,
  ipv4: RE_IPV4,
  domain: RE_DOMAIN,
  hash: RE_HASH,
  ipv6: RE_IPV6,
} as const

// Sticky copies, tried only where a match can start (see iocs-starts.ts and colonStarts below).
const AT_URL = stickyCopy(RE_URL)
const AT_EMAIL = stickyCopy(RE_EMAIL)
const AT_IPV4 = stickyCopy(RE_IPV4)
const AT_DOMAIN = stickyCopy(RE_DOMAIN)
const AT_HASH = stickyCopy(RE_HASH)
const AT_IPV6 = stickyCopy(RE_IPV6)

/** Where an IPv6 address can start: a run of one to four word characters right before a ":". */
function colonStarts(text: string): number[] {
  const out: number[] = []
  for (let i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) {
    let s = i
    while (s > 0 && isAsciiWordCode(text.charCodeAt(s - 1))) s--
    if (s < i && i - s <= 4) out.push(s)
  }
  return out
}

const DEFANG =
  /\[\s*\.\s*\]|\(\s*\.\s*\)|\{\s*\.\s*\}|\[dot\]|\(dot\)|\{dot\}|\[:\]|\[@\]|\[at\]|\(at\)|\{at\}|\(@\)|hxxp|fxp|\[\/\]|h\[tt\]p/i

const DEFANG_AT = stickyCopy(DEFANG)

/**
 * `DEFANG.test(text)`, trying the expression only where a match can start: at a "[", "(" or "{" (every bracketed
 * form), at an "h" before "[" (h[tt]p), and two or one characters before an "xp" in any case (hxxp, fxp; the
 * expression is case-insensitive without the u flag, so only ASCII letters fold).
 */
export function isDefanged(text: string): boolean {
  for (const open of ['[', '(', '{'])
    for (let i = text.indexOf(open); i >= 0; i = text.indexOf(open, i + 1)) {
      if (defangAt(text, i)) return true
      if (open === '[' && i > 0 && (text.charCodeAt(i - 1) | 32) === 104 && defangAt(text, i - 1)) return true
    }
  for (const xp of ['xp', 'xP', 'Xp', 'XP'])
    for (let i = text.indexOf(xp); i >= 0; i = text.indexOf(xp, i + 1))
      if ((i >= 2 && defangAt(text, i - 2)) || (i >= 1 && defangAt(text, i - 1))) return true
  return false
}

function defangAt(text: string, at: number): boolean {
  DEFANG_AT.lastIndex = at
  return DEFANG_AT.test(text)
}

/** Turn a defanged indicator back into its real form. */
export function refang(s: string): string {
  const f = refangFlags(s)
  if ((f & (OPENING | XP)) === 0) return s
  if ((f & (NOT_BRACKET_DOT | XP)) === 0) return s.replaceAll('[.]', '.')
  // Each replacement runs only when the string holds what every one of its matches holds (asked of `s` in one pass;
  // see refangFlags for why that answers for the string each replacement is given).
  let t = s
  if ((f & XXP) !== 0) t = t.replace(REFANG_HXXP, 'http')
  if ((f & BRACKET_T) !== 0) t = t.replace(REFANG_HTTP, 'http')
  if ((f & FXP) !== 0) t = t.replace(REFANG_FXP, 'ftp')
  if ((f & OPENING_DOT) !== 0) t = t.replace(REFANG_DOT, '.')
  if ((f & OPENING_AT) !== 0) t = t.replace(REFANG_AT, '@')
  if ((f & BRACKET_COLON) !== 0) t = t.replace(REFANG_SCHEME, '://').replace(REFANG_COLON, ':')
  if ((f & BRACKET_SLASH) !== 0) t = t.replace(REFANG_SLASH, '/')
  return t
}
// The replacements of `refang`, made once (global expressions: replace starts each at 0 and leaves lastIndex at 0).
const REFANG_HXXP = /\bhxxp/gi
const REFANG_HTTP = /\bh\[tt\]p/gi
const REFANG_FXP = /\bfxp\b/gi
const REFANG_DOT = /\[\s*(?:\.|dot)\s*\]|\(\s*(?:\.|dot)\s*\)|\{\s*(?:\.|dot)\s*\}/gi
const REFANG_AT = /\[\s*(?:@|at)\s*\]|\(\s*(?:@|at)\s*\)|\{\s*(?:@|at)\s*\}/gi
const REFANG_SCHEME = /\[:\/\/\]/g
const REFANG_COLON = /\[:\]/g
const REFANG_SLASH = /\[\/\]/g

// What `refangFlags` reports (each "any case" is of ASCII letters: the expressions have the i flag without u, so no
// other character folds onto them).
/** A "[", "(" or "{". */
const OPENING = 1
/** "xp" in any case. */
const XP = 2
/** A "[" not followed by ".]", or a "(" or "{". */
const NOT_BRACKET_DOT = 4
/** "xxp" in any case (every match of REFANG_HXXP holds it). */
const XXP = 8
/** "[t" in any case (REFANG_HTTP). */
const BRACKET_T = 16
/** "fxp" in any case (REFANG_FXP). */
const FXP = 32
/** An opening followed by ".", a "d" in any case, or white space (every match of REFANG_DOT starts so). */
const OPENING_DOT = 64
/** An opening followed by "@", an "a" in any case, or white space (REFANG_AT). */
const OPENING_AT = 128
/** "[:" (REFANG_SCHEME and REFANG_COLON). */
const BRACKET_COLON = 256
/** "[/" (REFANG_SLASH). */
const BRACKET_SLASH = 512

/**
 * What the replacements of `refang` need, read from `s` in one pass. `refang` asks the flags of `s` where it used to
 * test the string each replacement is given, after the earlier replacements: those only take out "x"s and brackets
 * and put in "http", "ftp", ".", "@", "://", ":" or "/", so a character that follows an opening in the replaced string
 * is the one that followed it in `s`, or an "h", "f", ".", "@" or ":" where a replaced stretch began; and no
 * replacement brings in "xxp", "fxp", "[t", "[:" nor "[/". So whatever a later test finds in the replaced string is
 * in `s` (a flag set for `s` alone merely runs a replacement that finds nothing). (With no opening and no "xp",
 * nothing can be replaced; with only "[.]" openings and no "xp", the dots replacement alone applies, and only to them.)
 */
function refangFlags(s: string): number {
  let f = 0
  const n = s.length
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i)
    if (c === 91 || c === 40 || c === 123) {
      f |= OPENING
      // (Past the end, NaN: no flag but NOT_BRACKET_DOT.)
      const d = s.charCodeAt(i + 1)
      if (c !== 91 || d !== 46 || s.charCodeAt(i + 2) !== 93) f |= NOT_BRACKET_DOT
      if (i + 1 < n) {
        const l = d | 32
        const space = isSpaceCode(d)
        if (d === 46 || l === 100 || space) f |= OPENING_DOT
        if (d === 64 || l === 97 || space) f |= OPENING_AT
        if (c === 91) {
          if (l === 116) f |= BRACKET_T
          else if (d === 58) f |= BRACKET_COLON
          else if (d === 47) f |= BRACKET_SLASH
        }
      }
    } else if ((c | 32) === 120 && i + 1 < n && (s.charCodeAt(i + 1) | 32) === 112) {
      f |= XP
      if (i > 0) {
        const b = s.charCodeAt(i - 1) | 32
        if (b === 120) f |= XXP
        else if (b === 102) f |= FXP
      }
    }
  }
  return f
}

// File extensions that are not TLDs in practice; a "domain" ending in one is a file name.
const FILE_EXT = new Set(
  `exe dll sys drv ocx cpl scr com bat cmd ps1 psm1 vbs vbe js jse wsf wsh hta lnk url msi msp jar class py pyc pl rb sh
  php asp aspx jsp cgi html htm xml json yaml yml cfg conf ini log txt csv tsv md rtf pdf doc docx docm dot dotm xls xlsx
  xlsm ppt pptx pptm one zip rar 7z gz tgz tar bz2 xz cab iso img vhd vhdx dmg apk ipa deb rpm bin dat tmp bak db sqlite
  png jpg jpeg gif bmp svg ico webp mp3 mp4 avi mov wav eml msg pst ost evtx pcap pcapng dmp lock go c h cpp cs java ts
  so dylib elf ko efi`
    .split(/\s+/)
    .filter(Boolean),
)

// Top-level domains accepted for bare (non-defanged) domains: every two-letter country code plus common generic ones.
const GENERIC_TLDS = new Set(
  `com net org info biz io co me ru cn uk de fr nl eu us ca au nz jp kr in br mx es it pl ua kz lt lv ee by su ir kp tw hk
  sg my id th vn ph pk bd tr il sa ae qa eg za ng ke top xyz online site club live app dev cloud tech space store shop
  website link click pw tk ml ga cf gq cc tv ws mobi pro name asia tel travel gov edu mil int onion bit news blog icu
  work support services digital network email global world today host press agency center company solutions systems
  zone one fun ltd group media life`
    .split(/\s+/)
    .filter(Boolean),
)

// Sites whose links are references (knowledge bases, social media, archives), not indicators.
const REFERENCE_HOSTS = [
  'attack.mitre.org',
  'cve.mitre.org',
  'cve.org',
  'www.cve.org',
  'nvd.nist.gov',
  'cisa.gov',
  'www.cisa.gov',
  'twitter.com',
  'x.com',
  'linkedin.com',
  'www.linkedin.com',
  'web.archive.org',
  'archive.org',
  'malpedia.caad.fkie.fraunhofer.de',
  'wikipedia.org',
  'en.wikipedia.org',
  'youtube.com',
  'www.youtube.com',
  'virustotal.com',
  'www.virustotal.com',
  'bazaar.abuse.ch',
  'urlhaus.abuse.ch',
  'otx.alienvault.com',
  'msrc.microsoft.com',
  'learn.microsoft.com',
  'docs.microsoft.com',
  'support.microsoft.com',
  'www.microsoft.com',
  'blog.google',
  'cloud.google.com',
  'unit42.paloaltonetworks.com',
  'research.checkpoint.com',
  'www.ncsc.gov.uk',
  'ncsc.gov.uk',
  'www.justice.gov',
  'justice.gov',
  'www.fbi.gov',
  'www.ic3.gov',
]

const REFERENCE_HEADING =
  /^\s*(?:#+\s*)?(?:references?|sources?|more info(?:rmation)?(?: on [^:]*)?|further reading|read more|links|related(?: links| reading)?|see also|external links|acknowledg(?:e)?ments?|footnotes?|credits?)\s*:?\s*$/i
const IOC_HEADING =
  /\b(?:indicators?|iocs?|network|domains?|urls?|ip addresses|ips|hashes|sha-?256|sha-?1|md5|c2|command and control|infrastructure|sender addresses|e-?mail addresses|observables|artifacts|payloads?)\b/i
const IOC_WORDS =
  /\b(?:c2|c&c|command[- ]and[- ]control|beacon(?:s|ed|ing)?|resolv(?:e|es|ed|ing)|hosted|callback|payload|download(?:s|ed)?|domain|ip address|sender|phishing|malicious|exfiltrat\w+|staging|dropper|indicators?|iocs?)\b/i
const CONTACT_WORDS =
  /\b(?:contact|questions?|send|write to|e-?mail us|reach us|tips?|press|media enquiries|inquiries|enquiries|letters|subscribe|feedback|report (?:it|abuse|phishing)|support)\b/i
const CONTACT_LOCAL =
  /^(?:info|contact|press|media|news|editor|editors|editorial|research|support|security|abuse|help|hello|admin|webmaster|noreply|no-reply|privacy|sales|marketing|team|office|tips|psirt|cert|soc|intel|threatintel|feedback|letters)$/i
const CREDIT_LINE = /^\s*(?:photo|image|picture|credit|source|illustration|graphic)s?\s*(?:credit)?\s*:/i
const VERSION_BEFORE = /(?:\bv(?:ersion)?|\bbuild|\brelease|\bupdate|\bpatch|\bkb|\bfirmware|\bver)\.?\s*$/i

/** A line of the text (without its line break) and the section it lies in. Its text is copied when first asked for. */
class Line {
  private readonly all: string
  readonly start: number
  readonly end: number
  readonly section: 'reference' | 'ioc' | 'body'
  private copy: string | undefined

  constructor(all: string, start: number, end: number, section: 'reference' | 'ioc' | 'body') {
    this.all = all
    this.start = start
    this.end = end
    this.section = section
  }

  get text(): string {
    this.copy ??= this.all.slice(this.start, this.end)
    return this.copy
  }
}

const BULLETS = new Set([45, 42, 0x2022]) // - * •

/**
 * `s === s.toUpperCase() && /[A-Z]/.test(s)` for `s` = text[from, to); an ASCII lower-case letter anywhere settles it
 * without a copy.
 */
function isUpperCaseLine(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (c >= 97 && c <= 122) return false
  }
  const s = text.slice(from, to)
  return s === s.toUpperCase() && CAPITAL.test(s)
}
const CAPITAL = /[A-Z]/

/**
 * The lines of `text` (split at "\n") with their sections: a heading (a short line, trimmed of the whitespace `trim`
 * removes, that ends with ":" or is in capitals, and is no bullet) opens a reference, indicator or body section. Lines
 * are found by indexOf and trimmed by offsets; only headings are copied. (Exported for the test.)
 */
export function lines(text: string): Line[] {
  const out: Line[] = []
  let section: Line['section'] = 'body'
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    // (trim removes exactly the \s characters: isSpaceCode.)
    let ts = start
    let te = end
    while (ts < te && isSpaceCode(text.charCodeAt(ts))) ts++
    while (te > ts && isSpaceCode(text.charCodeAt(te - 1))) te--
    const n = te - ts
    const isHeading =
      n > 0 &&
      n < 80 &&
      (text.charCodeAt(te - 1) === 58 || isUpperCaseLine(text, ts, te)) &&
      !BULLETS.has(text.charCodeAt(ts))
    if (isHeading) {
      const trimmed = text.slice(ts, te)
      // (Without its final ":", as /:$/ removes it.)
      if (REFERENCE_HEADING.test(trimmed.endsWith(':') ? trimmed.slice(0, -1) : trimmed)) section = 'reference'
      else if (IOC_HEADING.test(trimmed)) section = 'ioc'
      else section = 'body'
    }
    out.push(new Line(text, start, end, section))
    start = end + 1
  }
  return out
}

function lineAt(ls: Line[], pos: number): Line {
  let lo = 0
  let hi = ls.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (ls[mid]!.start <= pos) lo = mid
    else hi = mid - 1
  }
  return ls[lo]!
}

const HOST = /^[a-z][a-z0-9+.-]*:(?:\/\/|\\\\)?([^/\\?#:]*)/i
function hostOf(url: string): string {
  const host = (HOST.exec(url)?.[1] ?? '').toLowerCase()
  // Without what runs up to its last "@" (as /^.*@/ removes it: the host holds no line break, which "." skips).
  return host.slice(host.lastIndexOf('@') + 1)
}

const REFERENCE_HOST_SET = new Set(REFERENCE_HOSTS)
/**
 * A reference host or a subdomain of one: the host, or what follows one of its dots, is in the set (the same as
 * testing `host.endsWith('.' + h)` for every reference host h, with a lookup per dot instead of a test per host).
 */
function isReferenceHost(host: string): boolean {
  if (REFERENCE_HOST_SET.has(host)) return true
  for (let i = host.indexOf('.'); i >= 0; i = host.indexOf('.', i + 1))
    if (REFERENCE_HOST_SET.has(host.slice(i + 1))) return true
  return false
}

function tldOf(domain: string): string {
  return domain.slice(domain.lastIndexOf('.') + 1).toLowerCase()
}

const TWO_LETTERS = /^[a-z]{2}$/
const DEFANGED_DOT_BEFORE = /[[({]\s*(?:\.|dot)\s*[\])}]$/
function validTld(tld: string): boolean {
  return GENERIC_TLDS.has(tld) || TWO_LETTERS.test(tld)
}

// The characters `trimUrl` drops from the end of a URL: . , ; : ! ? ' " ’ ”
const URL_END_PUNCTUATION = new Set([46, 44, 59, 58, 33, 63, 39, 34, 0x2019, 0x201d])

/**
 * The URL without the punctuation that ends it: what dropping the last character while /[.,;:!?'"’”]$/ matches and
 * /\[\.\]$|\(\.\)$/ does not gives (`$` is the end of the string without the m flag), by looking at the last character
 * instead of running both expressions over the string at each step. The second test never stops the loop: a string
 * that ends with one of those characters does not end with "]" or ")".
 */
function trimUrl(s: string): string {
  let end = s.length
  while (end > 0 && URL_END_PUNCTUATION.has(s.charCodeAt(end - 1))) end--
  return end === s.length ? s : s.slice(0, end)
}

/**
 * The state of one `findIocs` call: what is found and set aside so far, and the line context, computed on first use
 * (most texts have no candidate that needs it). Methods rather than closures, so a call creates no functions.
 */
class IocScan {
  readonly iocs: Ioc[] = []
  readonly nonIocs: NonIoc[] = []
  readonly taken: [number, number][] = []
  private ls: Line[] | undefined
  readonly anyDefanged: boolean
  readonly publisher: Set<string>

  readonly text: string

  constructor(text: string, publisherDomains: string[]) {
    this.text = text
    this.anyDefanged = isDefanged(text)
    this.publisher = new Set(publisherDomains.map((d) => d.toLowerCase()))
  }

  /** The spans taken before the current kind's loop began (see `beginKind`). */
  private takenBefore = new SpanSet([])
  private takenBeforeCount = 0

  /**
   * Called before each kind's loop. Its matches (those of one global scan, each URL at most shortened) never overlap
   * one another, so whether a candidate overlaps a span taken so far is whether it overlaps one taken before the loop
   * began: those are put in a set once per loop instead of walking every span per candidate.
   */
  beginKind(): void {
    if (this.taken.length === this.takenBeforeCount) return
    this.takenBefore = new SpanSet(this.taken)
    this.takenBeforeCount = this.taken.length
  }

  /** Whether a span taken so far overlaps `span` (asked inside a kind's loop, after `beginKind`). */
  isTaken(span: [number, number]): boolean {
    return this.takenBefore.overlaps(span)
  }

  context(start: number): Line {
    this.ls ??= lines(this.text)
    return lineAt(this.ls, start)
  }

  /** `defanged` is `DEFANG.test(raw)` when the caller has it already. */
  add(type: IocType, raw: string, start: number, value: string, defanged = DEFANG.test(raw)): void {
    const span: [number, number] = [start, start + raw.length]
    this.taken.push(span)
    this.iocs.push(new Found(type, value, raw, span, defanged))
  }

  reject(raw: string, start: number, why: string): void {
    const span: [number, number] = [start, start + raw.length]
    this.taken.push(span)
    this.nonIocs.push(new SetAside(raw, span, why))
  }

  // An undefanged look-alike counts only where the text speaks of indicators, and never in a report that defangs
  // its indicators (there the plain ones are the report's own links).
  plainOk(start: number): boolean {
    const line = this.context(start)
    if (line.section === 'reference') return false
    if (CREDIT_LINE.test(line.text)) return false
    if (this.anyDefanged) return false
    return line.section === 'ioc' || IOC_WORDS.test(line.text)
  }
}

// The domain loop's tests of a candidate.
const DOTTED_NUMBER = /^\d+(\.\d+)+$/
const LETTER_FIRST = /^[a-z]/i
const LETTERS_TLD = /\.[a-z]{2,}$/i
const PLAIN_HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i
const CAPITALISED_DOTTED = /^[A-Z][a-z]+\.[A-Z]/

/** /^\d+$/.test(s), without an expression: a non-empty run of ASCII digits. */
function allDigits(s: string): boolean {
  if (s.length === 0) return false
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 48 || c > 57) return false
  }
  return true
}

/**
 * Find indicators in `text`. `publisherDomains` (the report's own sites) are never indicators.
 * Returns the indicators and the look-alikes that were set aside, each with a reason.
 */
export function findIocs(text: string, publisherDomains: string[] = []): { iocs: Ioc[]; nonIocs: NonIoc[] } {
  const x = new IocScan(text, publisherDomains)
  const { iocs, nonIocs, publisher, anyDefanged } = x
  const starts = iocStarts(text)

  for (const m of matchAtStarts(AT_URL, text, urlStarts(text))) {
    const raw = trimUrl(m[0])
    const start = m.index
    const value = refang(raw)
    const host = hostOf(value)
    const defanged = DEFANG.test(raw)
    const line = x.context(start)
    if (line.section === 'reference') x.reject(raw, start, 'reference link')
    else if (isReferenceHost(host) && !defanged) x.reject(raw, start, 'reference link')
    else if (publisher.has(host)) x.reject(raw, start, "the publisher's own address")
    else if (defanged || x.plainOk(start)) x.add('url', raw, start, value, defanged)
    else x.reject(raw, start, 'link in running text')
  }
  x.beginKind()
  for (const m of matchAtStarts(AT_EMAIL, text, starts.email)) {
    const raw = m[0]
    const start = m.index
    if (x.isTaken([start, start + raw.length])) continue
    // ("careers{.}desk[@]…": a local part cut at a defanged dot is no address of its own.)
    if (DEFANGED_DOT_BEFORE.test(text.slice(Math.max(0, start - 7), start))) continue
    const value = refang(raw).toLowerCase()
    const [local = '', domain = ''] = value.split('@')
    const line = x.context(start)
    const defanged = DEFANG.test(raw)
    if (!defanged && (CONTACT_LOCAL.test(local) || CONTACT_WORDS.test(line.text) || publisher.has(domain)))
      x.reject(raw, start, 'contact address')
    // (A defanged address is written as an indicator, whatever its top-level domain: "editor[@]review-desk[.]test".)
    else if (!defanged && !validTld(tldOf(domain))) continue
    else if (defanged || x.plainOk(start)) x.add('email', raw, start, value, defanged)
    else x.reject(raw, start, 'address in running text')
  }
  x.beginKind()
  for (const m of matchAtStarts(AT_IPV4, text, starts.ipv4)) {
    const raw = m[0]
    const start = m.index
    if (x.isTaken([start, start + raw.length])) {
      // An address inside a URL is also an indicator of its own when the URL is one.
      const inUrl = iocs.find((i) => i.type === 'url' && overlaps(i.span, [start, start + raw.length]))
      if (inUrl) iocs.push(new Found('ipv4', refang(raw), raw, [start, start + raw.length], DEFANG.test(raw)))
      continue
    }
    const before = text.slice(Math.max(0, start - 12), start)
    if (VERSION_BEFORE.test(before)) {
      x.reject(raw, start, 'version number')
      continue
    }
    const defanged = DEFANG.test(raw)
    const line = x.context(start)
    if (line.section === 'reference' || CREDIT_LINE.test(line.text)) {
      x.reject(raw, start, 'reference')
      continue
    }
    // Plain addresses are rarely anything but indicators; accept them unless the report defangs the others (but not
    // beside a defanged one in the same line: "C2: 198.51.100.9, 198.51.100.10 and 198[.]51.100.11").
    if (defanged || !anyDefanged || line.section === 'ioc' || DEFANG.test(line.text))
      x.add('ipv4', raw, start, refang(raw), defanged)
  }
  x.beginKind()
  for (const m of matchAtStarts(AT_IPV6, text, colonStarts(text))) {
    const raw = m[0]
    const start = m.index
    if (x.isTaken([start, start + raw.length])) continue
    const groups = raw.split(':').filter((g) => g !== '')
    if (!raw.includes('::') && groups.length < 8) continue
    if (groups.length < 2 || !groups.some((g) => /[a-f]/i.test(g) || g.length >= 3)) continue
    x.add('ipv6', raw, start, raw.toLowerCase())
  }
  x.beginKind()
  for (const m of matchAtStarts(AT_DOMAIN, text, starts.domain)) {
    const raw = m[0]
    const start = m.index
    const span: [number, number] = [start, start + raw.length]
    if (x.isTaken(span)) continue
    const value = refang(raw).toLowerCase()
    const tld = tldOf(value)
    const defanged = DEFANG.test(raw)
    if (DOTTED_NUMBER.test(value)) continue
    if (!LETTER_FIRST.test(tld)) continue
    if (FILE_EXT.has(tld) && !defanged) {
      nonIocs.push(new SetAside(raw, span, 'file name'))
      continue
    }
    if (!defanged && !validTld(tld)) continue
    if (publisher.has(value)) {
      x.reject(raw, start, "the publisher's own address")
      continue
    }
    if (defanged || x.plainOk(start)) x.add('domain', raw, start, value, defanged)
    else if (LETTERS_TLD.test(raw) && PLAIN_HOST.test(raw) && !CAPITALISED_DOTTED.test(raw))
      nonIocs.push(new SetAside(raw, span, 'site name in running text'))
  }
  x.beginKind()
  for (const m of matchAtStarts(AT_HASH, text, hashStarts(text))) {
    const raw = m[0]
    const start = m.index
    const span: [number, number] = [start, start + raw.length]
    if (x.isTaken(span)) continue
    if (allDigits(raw)) continue
    const type: IocType =
      raw.length === 32 ? 'md5' : raw.length === 40 ? 'sha1' : raw.length === 64 ? 'sha256' : 'sha512'
    const line = x.context(start)
    if (line.section === 'reference') continue
    x.add(type, raw, start, raw.toLowerCase())
  }
  iocs.sort((a, b) => a.span[0] - b.span[0])
  return { iocs, nonIocs }
}
