/**
 * The organisation a first-person report speaks for: "we assess with low confidence that …" is the claim of the
 * report's author, which the text names in its byline or header ("Acme Threat Intelligence | Flash Note | Published
 * …", "By the Acme Research Team"), or as the subject of its own findings ("Acme analysts responded to", "Acme
 * researchers observed", "Acme observed a wave …").
 */
import { type OrgMention, stateNounNamed } from './entities.ts'
import { isSpaceCode } from './text.ts'

// The words after a name that make it the report's own voice.
const OWN_VOICE =
  /^\s+(?:(?:threat\s+)?(?:analysts|researchers|investigators|experts|incident\s+responders|research(?:\s+team)?|intelligence\s+team|threat\s+(?:research|intelligence)(?:\s+team)?|team|labs)\b|(?:has\s+|have\s+|had\s+|first\s+|recently\s+)?(?:observed|identified|uncovered|discovered|detected|tracked|tracks|assesses|investigated|responded|analy[sz]ed|spotted|presents|published|publishes|shares|details)\b)/
// A byline: "By Acme Labs", "Published by Acme", "Posted by the Acme team".
const BYLINE = /(?:^|\n)\s*(?:(?:published|posted|written|reported)\s+)?by\s+(?:the\s+)?$/i

// The words of a header that name no organisation ("Threat Intelligence Blog", "Office of Public Affairs").
const HEAD_WORDS =
  'the|threat|intelligence|blog|research|security|cyber|news|labs?|team|insights?|advisory|bulletin|cent(?:er|re)|flash|office\\s+of\\s+public\\s+affairs|newsroom|media'
// A name made of the words of a header only ("Threat Intelligence Blog", "Security Research"): no organisation.
const GENERIC = new RegExp(`^(?:(?:${HEAD_WORDS}|report|note|alert|press\\s+(?:release|office)|statement)\\s*)+$`, 'i')

/** The organisations that can author a report: no embassy, international body or alliance, no header words alone. */
function authorCandidates(orgs: OrgMention[]): OrgMention[] {
  return orgs.filter(
    (o) => o.kind !== 'embassy' && o.kind !== 'international' && o.kind !== 'alliance' && !GENERIC.test(o.name),
  )
}

/**
 * The author a byline names ("By Acme Labs"), else a masthead line: the known organisation it opens with ("Acme Labs
 * Threat Research |" → Acme Labs), else its name. (A masthead line holds a separator: the expression runs only on a
 * head that holds one.)
 */
function bylineOrMasthead(text: string, cands: OrgMention[]): OrgMention | undefined {
  for (const o of cands)
    if (mayEndByline(text, o.span[0]) && BYLINE.test(text.slice(Math.max(0, o.span[0] - 30), o.span[0]))) return o
  const masthead = hasSeparator(text.slice(0, 600)) ? vendorNamedBy(MASTHEAD, text) : undefined
  if (masthead) return cands.find((o) => o.span[0] >= masthead.span[0] && o.span[1] <= masthead.span[1]) ?? masthead
  return undefined
}

/**
 * False when BYLINE cannot match the text just before `at`: a match ends "by " or "by the " (in any case), so the
 * text before `at` ends in white space after a "y" or an "e". Most names follow no such word and skip the expression.
 */
function mayEndByline(text: string, at: number): boolean {
  let i = at
  while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) i--
  if (i === at || i === 0) return false
  // (ASCII letters only: without the `u` flag no other character matches "y" or "e" case-insensitively.)
  const c = text.charCodeAt(i - 1) | 32
  return c === 121 || c === 101
}

/** Where the first line of the text ends: `text.search(/\n|$/)`. */
function firstLineEnd(text: string): number {
  const i = text.indexOf('\n')
  return i < 0 ? text.length : i
}

/**
 * The author a text names in its own header, when it names one: an organisation in a short first line set as a
 * header, its parts apart by "|", "•" or " - " and every other part header words, a date or a document number ("NASK |
 * CERT Polska", "Office of Public Affairs | U.S. Department of Justice", "Tamarack Security Research - Threat Note
 * TSR-2025-031 - 2025-09-15"), the last such organisation when there are several; or a first line that is an
 * organisation's name alone ("Microsoft Threat Intelligence"); or a byline or masthead. A press release, advisory or
 * vendor post states its findings in its author's voice; a news story names no author so.
 */
export function headerAuthor(text: string, orgs: OrgMention[]): OrgMention | undefined {
  const cands = authorCandidates(orgs)
  const firstLine = firstLineEnd(text)
  // A header line holds a separator, or is short enough to be a name alone.
  const line = text.slice(0, firstLine)
  if (firstLine <= 160 && (firstLine <= 60 || hasSeparator(line))) {
    let author: OrgMention | undefined
    let header = true
    const re = HEADER_PART
    re.lastIndex = 0
    let parts = 0
    // ("Corvane Labs Threat Research": the organisation and header words alone make the line a masthead.)
    let withHeaderWords = false
    for (let m = re.exec(line); m && header; m = re.exec(line)) {
      const part = withoutLeadingDash(m[0].trim())
      if (m[0].length === 0) {
        re.lastIndex++
        continue
      }
      if (part === '') continue
      parts++
      const at = m.index + m[0].indexOf(part)
      const org = cands.find((o) => o.span[0] >= at && o.span[1] <= at + part.length)
      const rest = org ? part.replace(org.text, '').trim() : ''
      // ("U.S. Department of Justice": a country's short form before the name is part of it.)
      if (org && (rest === '' || HEADER_WORDS.test(rest) || /^(?:the|U\.S\.|US|UK|U\.K\.)$/i.test(rest))) {
        author = org
        withHeaderWords ||= rest !== '' && !/\d/.test(rest) && HEADER_WORDS.test(rest)
      } else if (HEADER_WORDS.test(part)) continue
      else if (VENDOR_NAME.test(part)) author = { name: part, text: part, span: [at, at + part.length], kind: 'vendor' }
      else header = false
    }
    if (header && author && (parts > 1 || withHeaderWords || author.text === text.slice(0, firstLine).trim()))
      return author
  }
  // (The byline and dateline expressions run only when a line of the head opens as their matches do.)
  const openings = lineOpenings(text)
  const signed =
    bylineOrMasthead(text, cands) ?? ((openings & BYLINE_OPENING) !== 0 ? vendorNamedBy(BYLINE_NAME, text) : undefined)
  if (signed) return signed
  // (A header block may name an alliance's body: "Council of the EU - Press release".)
  const head = headBlockAuthor(text, cands.concat(orgs.filter((o) => o.kind === 'alliance')))
  if (head) return head
  // A press release opening with its dateline and its agency's announcement ("WASHINGTON, February 17, 2021 - The
  // Department of Justice today unsealed …"); a wire story's dateline names its agency in brackets and is no release.
  const dateline = (openings & DATELINE_OPENING) !== 0 ? DATELINE_LEAD.exec(text.slice(0, 600)) : null
  if (dateline) {
    const at = dateline.index + dateline[0].length
    // The agency whose announcement it is: the one right before "today" ("The U.S. Department of the Treasury's Office
    // of Foreign Assets Control (OFAC) today sanctioned").
    const lead = cands.find(
      (o) =>
        o.span[0] >= at &&
        o.span[0] - at <= 60 &&
        (o.kind === 'agency' || o.kind === 'government-body') &&
        /^\s*(?:\([A-Z][A-Za-z]*\)\s*)?today\b/.test(text.slice(o.span[1], o.span[1] + 20)),
    )
    if (lead) return lead
  }
  // A press release: a line of its own says so ("Office of Public Affairs", "Press Release") among the first lines,
  // and the headline opens with the agency that issues it ("Justice Department Charges 12 …").
  // (RELEASE_LINE, slow to fail on a long head, runs only where one of the words its lines end with occurs.)
  const afterFirst = firstLine <= 200 ? text.slice(firstLine, firstLine + 200) : ''
  if (firstLine <= 200 && RELEASE_WORD.test(afterFirst) && RELEASE_LINE.test(afterFirst)) {
    const lead = cands.find((o) => o.span[1] <= firstLine && (o.kind === 'agency' || o.kind === 'government-body'))
    if (lead && /^\s*(?:The\s+|U\.?S\.?\s+)?$/.test(text.slice(0, lead.span[0]))) return lead
  }
  return undefined
}
/**
 * The author a header block names: the short lines between the headline and the body ("Department of Justice" /
 * "Office of Public Affairs", "Council of the EU - Press release", "Unit 42 Threat Research, Palo Alto Networks",
 * "Government Computer Emergency Response Team of Ukraine (CERT-UA)"). The first line whose parts are an organisation
 * and otherwise only header words, dates or its initials names it; the body begins at the first sentence.
 */
function headBlockAuthor(text: string, cands: OrgMention[]): OrgMention | undefined {
  let end = firstLineEnd(text)
  for (let n = 0; n < 8 && end < text.length && end < 700; n++) {
    const start = end + 1
    end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    const line = text.slice(start, end)
    const trimmed = line.trim()
    if (trimmed === '') continue
    if (trimmed.length > 120 || (BODY_SENTENCE.test(trimmed) && trimmed.split(/\s+/).length > 8)) return undefined
    let author: OrgMention | undefined
    let state: string | undefined
    let header = true
    let from = 0
    for (const part of hasPartSeparatorChar(trimmed) ? trimmed.split(HEAD_PART_SEPARATOR) : [trimmed]) {
      if (!part) continue
      const i = line.indexOf(part, from)
      from = i + part.length
      const at = start + i
      const org = cands.find((o) => o.span[0] >= at && o.span[1] <= at + part.length)
      const rest = org ? part.replace(org.text, '').trim() : ''
      if (org && (rest === '' || HEADER_WORDS.test(rest) || HEAD_REST.test(rest))) author ??= org
      else if (HEADER_WORDS.test(part) || GENERIC.test(part)) continue
      // "Press Release, Ministry of Foreign Affairs, Republic of Korea": the state the body belongs to.
      else if (stateNounNamed(part)) {
        state ??= stateNounNamed(part)
      } else if (VENDOR_NAME.test(part))
        author ??= { name: part, text: part, span: [at, at + part.length], kind: 'vendor' }
      else {
        header = false
        break
      }
    }
    if (header && author) return state && !author.country ? { ...author, country: state } : author
  }
  return undefined
}
const HEAD_PART_SEPARATOR = /\s*[|•·—–]\s*|\s+-\s+|,\s+/
/** False when HEAD_PART_SEPARATOR cannot match in `line` (each match holds one of | • · — – - ,): no split needed. */
function hasPartSeparatorChar(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i)
    if (c === 124 || c === 0x2022 || c === 0xb7 || c === 0x2014 || c === 0x2013 || c === 45 || c === 44) return true
  }
  return false
}
/** A part of a header line (up to a separator or the end; see `headerAuthor`). */
const HEADER_PART = /[^|•·]+?(?=\s+[-–—]\s+|\s*[|•·]\s*|$)/g
// What dropping the white space, a dash and white space at the start of a header part and trimming it leaves, for a
// part already trimmed: `trim` removes the white space of `\s`, so only a dash at the start (and the space after it)
// is left to drop.
function withoutLeadingDash(part: string): string {
  const c = part.charCodeAt(0)
  return c === 45 || c === 0x2013 || c === 0x2014 ? part.slice(1).trim() : part
}
// The end of a sentence of the body.
const BODY_SENTENCE = /[.!?]["”’]?$/
// What may stand beside an organisation's name in a header line: its initials in brackets, a country's short form.
// (Or the name written out in brackets after the acronym: "ANSSI (French National Cybersecurity Agency)".)
const HEAD_REST =
  /^(?:\(?[A-Z][A-Za-z-]{1,10}\)?|\((?:[A-Z][\w'’.-]*|of|for|and|the|&)(?:\s+(?:[A-Z][\w'’.-]*|of|for|and|the|&)){1,8}\)|the|U\.S\.|US|UK|U\.K\.|(?:the\s+)?(?:Council|Commission|Presidency|Secretariat|High\s+Representative)\s+of\s+the)$/
const RELEASE_LINE =
  /^(?:\s*\n[^\n]{0,80}){0,3}?\s*\n[ \t]*(?:Office\s+of\s+Public\s+Affairs|Press\s+Releases?|News\s+Releases?|Press\s+Statement|For\s+Immediate\s+Release)[ \t]*(?:\n|$)/i
// Every match of RELEASE_LINE holds one of these words (any case; without the `u` flag only ASCII letters fold).
const RELEASE_WORD = /affairs|release|statement/i
const DATELINE_LEAD =
  /(?:^|\n)[ \t]*[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3}(?:,\s+(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}))?\s*[-–—]\s*(?:The\s+)?/
const STATEMENT_BY = /^\s*(?:(?:Joint\s+)?Statement|Declaration|Communiqu[eé])\s+(?:by|of|from)\s+/i
const SEPARATOR = /[|•·—–]|\s-\s/
/**
 * `SEPARATOR.test(s)` without the expression (whose white-space alternative is tried at every position): one of
 * | • · — –, or a "-" with white space (`\s`, as isSpaceCode) on both sides.
 */
function hasSeparator(s: string): boolean {
  if (s.includes('|') || s.includes('•') || s.includes('·') || s.includes('—') || s.includes('–')) return true
  for (let i = s.indexOf('-'); i >= 0; i = s.indexOf('-', i + 1))
    if (i > 0 && i + 1 < s.length && isSpaceCode(s.charCodeAt(i - 1)) && isSpaceCode(s.charCodeAt(i + 1))) return true
  return false
}

// What `lineOpenings` reports.
/** A line whose first character after spaces and tabs is a "b", "p" or "w" in any case: BYLINE_NAME's lines. */
const BYLINE_OPENING = 1
/** A line that opens, after spaces and tabs, with a capital and then a capital, ".", "'" or "-": DATELINE_LEAD's. */
const DATELINE_OPENING = 2
/**
 * How the lines that start in the first 600 characters (at the text's start and after each "\n") open, past their
 * spaces and tabs: every match of BYLINE_NAME and of DATELINE_LEAD (run on those 600 characters) starts a line so.
 * (BYLINE_NAME's i flag without u folds no other character onto an ASCII letter.)
 */
function lineOpenings(text: string): number {
  let f = 0
  const n = text.length
  for (let start = 0; start < 600 && start < n; ) {
    let i = start
    while (i < n && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++
    const c = text.charCodeAt(i)
    const l = c | 32
    if (l === 98 || l === 112 || l === 119) f |= BYLINE_OPENING
    if (c >= 65 && c <= 90) {
      const d = text.charCodeAt(i + 1)
      if ((d >= 65 && d <= 90) || d === 46 || d === 39 || d === 45) f |= DATELINE_OPENING
    }
    const nl = text.indexOf('\n', start)
    if (nl < 0) break
    start = nl + 1
  }
  return f
}
// The other parts of a header line: header words, a date (or its weekday: "Tuesday, 30 October 2018"), a document number.
const HEADER_WORDS = new RegExp(
  `^(?:(?:${HEAD_WORDS}|reports?|notes?|alerts?|press|releases?|statements?|advisories|warning|notice|update|brief|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\\s*)+$|\\d`,
  'i',
)
// A vendor's name as a header part: capitalised words ending in a word vendors name themselves with.
const VENDOR_NAME = /^(?:[A-Z][\w&.'’-]*\s+){1,3}(?:Labs?|Research|Security|Intelligence|Threat\s+Intel(?:ligence)?)$/

/**
 * The author the text names: an organisation in the header line (the first line, when short) or a byline, else the
 * organisation that speaks with its own voice nearest before `at` (where the first "we" claim stands). Undefined when the text names none; embassies, international
 * bodies and alliances do not write reports in the first person.
 */
export function reportAuthor(text: string, orgs: OrgMention[], at = text.length): OrgMention | undefined {
  // An alliance speaks as "we" in its own statement, titled so ("Statement by the North Atlantic Council …").
  const statement = STATEMENT_BY.exec(text.slice(0, 200))
  if (statement) {
    const by = orgs.find(
      (o) => o.kind === 'alliance' && o.span[0] >= statement.index && o.span[1] <= statement.index + 200,
    )
    if (by) return by
  }
  const cands = authorCandidates(orgs)
  if (cands.length === 0) return vendorNamedBy(MASTHEAD, text)
  const firstLine = firstLineEnd(text)
  if (firstLine <= 160) {
    const head = cands.find(
      (o) => o.span[1] <= firstLine && /^\s*(?:[|•·—–:-]|$)/.test(text.slice(o.span[1], o.span[1] + 3)),
    )
    if (head) return head
  }
  const signed = bylineOrMasthead(text, cands)
  if (signed) return signed
  // The organisation speaking as itself nearest before the first "we" (and not far from it).
  let own: OrgMention | undefined
  for (const o of cands)
    if (o.span[1] <= at && at - o.span[1] < 3000 && OWN_VOICE.test(text.slice(o.span[1], o.span[1] + 50))) own = o
  return own
}

// A masthead line near the top: "Acme Threat Research | 14 October 2025", "Northwind Labs — Published 3 May 2024".
const MASTHEAD =
  /(?:^|\n)[ \t]*((?:[A-Z][\w&.'’-]*[ \t]+){0,4}(?:Labs?|Research|Security|Intelligence|Group|Team|Networks|Technologies|Systems|Cyber|Defen[cs]e|Insights|Analytics|Threat\s+Intel))[ \t]*[|•·—–][ \t]*(?:(?:Published|Posted|Updated)\b|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},?\s+\d{4}|\d{4}-\d\d-\d\d)/d

// A byline near the top naming a vendor the entity finder did not: "By the Acme Security Research team", "Posted by
// Acme Threat Intelligence on 4 May 2026".
const BYLINE_NAME =
  /(?:^|\n)[ \t]*(?:(?:published|posted|written)[ \t]+)?by[ \t]+(?:the[ \t]+)?((?:[A-Z][\w&.'’-]*[ \t]+){1,3}(?:Labs?|Research|Security|Intelligence|Threat[ \t]+Intel(?:ligence)?|Group))\b/di

/**
 * The vendor group 1 of `line` (an expression with indices: a masthead or a byline) names in the first few lines, when
 * the entity finder did not name it; not a name of header words only.
 */
function vendorNamedBy(line: RegExp, text: string): OrgMention | undefined {
  const m = line.exec(text.slice(0, 600))
  if (!m || GENERIC.test(m[1]!)) return undefined
  const [at, end] = m.indices![1]!
  return { name: m[1]!, text: m[1]!, span: [at, end], kind: 'vendor' }
}

/** The fast paths of this file with the expressions they stand in for, for the test that compares them. */
export const AUTHOR_FAST_PATHS_FOR_TEST = {
  BYLINE,
  mayEndByline,
  RELEASE_LINE,
  RELEASE_WORD,
  HEAD_PART_SEPARATOR,
  hasPartSeparatorChar,
  withoutLeadingDash,
  firstLineEnd,
  SEPARATOR,
  hasSeparator,
  BYLINE_NAME,
  DATELINE_LEAD,
  lineOpenings,
  BYLINE_OPENING,
  DATELINE_OPENING,
}
