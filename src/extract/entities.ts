/**
 * Named things other than actors and indicators: states (as nouns, adjectives and metonyms), state bodies, agencies,
 * companies and alliances, people, sectors, targeted countries, quantities, dates, CVEs and campaigns.
 */

import { findMoreCampaigns } from './campaigns14.ts'
import { anchored, matchesOf, type Scanned, startsBefore, TextScan } from './entities-a-scan.ts'
import {
  inApposition,
  isGenericActivity,
  mayHoldCapital,
  namesKindOnly,
  onlyNational,
  phraseEnd,
  subjectStart,
  trimTail,
} from './entities-b-campaigns.ts'
import { SpanMask } from './entities-b-mask.ts'
import { CURRENCY_WORD, currencyBefore, PERCENT_AFTER, periodUnit, sharedHead } from './entities-b-numbers.ts'
import { SECTOR_AMBIGUOUS, SECTOR_NEEDS_OBJECT, SECTOR_PHRASES, sectorListEnd } from './entities-b-sectors.ts'
import {
  alignedPart,
  digitRunStarts,
  firstRunFrom,
  headsBefore,
  RunWordSets,
  RunWords,
  runStarts,
  startsBeforeHeads,
  type WordRuns,
  wordRuns,
  wordStarts,
} from './entities-b-words.ts'
import { GIVEN_NAMES, givenNameCandidates, koreanNameCandidates } from './entities-c-names.ts'
import {
  COUNTRIES,
  COUNTRY_NOUNS,
  KNOWN_ORGS,
  type KnownOrg,
  NEWSPAPER_HEADS,
  PRODUCT_NAMES,
  STATE_BODIES,
  type StateBody,
} from './gazetteer.ts'
import { isWordChar } from './matcher.ts'
import {
  isAsciiDigitCode,
  isAsciiLowerCode,
  isAsciiUpperCode,
  isAsciiWordCode,
  matchAtStarts,
  stickyCopy,
  textHas,
  wordStartOccurrences,
} from './scan.ts'
import {
  anyOverlaps,
  countBelow,
  DATELINE,
  escapeRe,
  isSpaceCode,
  MONTHS,
  monthOf,
  NUMBER_WORDS,
  overlaps,
  type Sentence,
  SpanSet,
  sortedBySpanStart,
  spansInside,
  unsoughtUntil,
} from './text.ts'

export type Span = [number, number]

export interface CountryMention {
  country: string
  text: string
  span: Span
  form: 'noun' | 'adjective' | 'metonym'
}

export interface StateBodyMention {
  body: StateBody | { name: string; country: string; kind: 'intelligence' }
  text: string
  span: Span
}

export interface OrgMention {
  name: string
  text: string
  span: Span
  kind: KnownOrg['kind'] | 'embassy' | 'government-body' | 'organisation'
  country?: string
  /** A newspaper, broadcaster or outlet named after the noun for it ("the daily newspaper Tages-Anzeiger"). */
  media?: true
  /** Found only as the name a link ends with ("linked Dark Basin to BellTroX InfoTech Services"): a company. */
  linkedTo?: true
}

export interface PersonMention {
  name: string
  text: string
  span: Span
  title?: string
  charged: boolean
}

// ---------------------------------------------------------------- gazetteer matching (case-sensitive)

interface FormEntry<T> {
  form: string
  value: T
}

// Each form's value (the first entry naming it wins).
function compileForms<T>(entries: FormEntry<T>[]): Map<string, T> {
  const lookup = new Map<string, T>()
  for (const e of entries) if (!lookup.has(e.form)) lookup.set(e.form, e.value)
  return lookup
}

function countryIdx(): Map<string, { country: string; form: CountryMention['form'] }> {
  const entries: FormEntry<{ country: string; form: CountryMention['form'] }>[] = []
  for (const c of COUNTRIES) {
    entries.push({ form: c.name, value: { country: c.name, form: 'noun' } })
    for (const a of c.aliases) entries.push({ form: a, value: { country: c.name, form: 'noun' } })
    for (const a of c.adjectives) entries.push({ form: a, value: { country: c.name, form: 'adjective' } })
    for (const a of c.metonyms) entries.push({ form: a, value: { country: c.name, form: 'metonym' } })
  }
  return compileForms(entries)
}

/** The country a name, alias or adjective names ("Chinese", "Russia"), not a capital standing for it. */
export function countryNamed(word: string): string | undefined {
  const c = gazetteerIdx().countries.get(word)
  return c && c.form !== 'metonym' ? c.country : undefined
}

/** The state a name or other noun names ("Republic of Korea" → South Korea), not an adjective or a capital. */
export function stateNounNamed(word: string): string | undefined {
  const c = gazetteerIdx().countries.get(word)
  return c?.form === 'noun' ? c.country : undefined
}

/** The state whose capital or seat of government a name is ("Bucharest" → Romania). */
export function capitalNamed(word: string): string | undefined {
  const c = gazetteerIdx().countries.get(word)
  return c?.form === 'metonym' ? c.country : undefined
}

/** The known organisation a form names ("FBI", "Justice Department"). */
export function knownOrgNamed(form: string): KnownOrg | undefined {
  return gazetteerIdx().orgs.get(form)
}

/** Whether a form names a state, a state body or a known organisation ("DPRK", "IRGC", "FBI"): no threat actor. */
export function namesStateOrOrg(form: string): boolean {
  const idx = gazetteerIdx()
  return idx.countries.has(form) || idx.bodies.has(form) || idx.orgs.has(form)
}

// The gazetteers, and the one pass over a text that the finders below share (`TextScan`, which keeps its result for
// the last text). Its form lists find each gazetteer's forms as a global alternation of them, longest first, would
// (leftmost, longest at a position, not overlapping). Its keyword groups are words where the matches of a name
// expression start or end; the expression is tried (sticky) only at or a few words before them, where every one of
// its matches must start, so `matchAtStarts` gives the matches of the global search.
// Words of a name are separated by spaces on one line (a name does not run over a line break).
const SP = String.raw`[^\S\r\n]+`
// An abbreviation written with full stops ("U.S.", "U.K."): its stops end no phrase.
const DOTTED = String.raw`(?:[A-Z]\.){2,}`
const DOTTED_WORD = new RegExp(`^${DOTTED}$`)
const FORMS_COUNTRY = 0
const FORMS_BODY = 1
const FORMS_ORG = 2
const KW_ORG_HEAD = 0
const KW_TITLE = 1
const KW_PERSON_LIST = 2
const KW_SAID = 3
const KW_SUCH_AS = 4
const KW_DEVICES = 5
const KW_APPOSITIVE = 6
const KW_EMBASSY = 7
const KW_BODY_LEAD = 8
const KW_STATE_SECURITY = 9
const KW_ROLE = 10
const KW_CHARGED = 11
const KW_TEAM = 12
const KW_UNIT = 13
const KW_ARMY = 14
const KW_VENDOR_NOUN = 15
const KW_VENDOR_HEAD = 16
const KW_ROLE_NOUN = 17
const KW_NUMBERED_HEAD = 18
const KW_TRADE = 19
const KW_REPORT = 20
interface Gazetteer {
  countries: ReturnType<typeof countryIdx>
  bodies: Map<string, StateBody>
  orgs: Map<string, KnownOrg>
  scan: TextScan
}
let gazetteer: Gazetteer | undefined
function gazetteerIdx(): Gazetteer {
  if (gazetteer) return gazetteer
  const countries = countryIdx()
  const bodies = compileForms(STATE_BODIES.flatMap((b) => b.forms.map((form) => ({ form, value: b }))))
  const orgs = compileForms(KNOWN_ORGS.flatMap((o) => o.forms.map((form) => ({ form, value: o }))))
  const keywords: string[][] = []
  // The head words as written in ORG_HEAD ("Co\\.", "Inc\\.?" begin with "Co", "Inc").
  keywords[KW_ORG_HEAD] = ORG_HEAD.split('|').flatMap((h) =>
    h === 'Organi[sz]ation' ? ['Organisation', 'Organization'] : [h.replace(/\\\.\??$|\(\?=.*$/, '')],
  )
  keywords[KW_TITLE] = TITLES
  keywords[KW_PERSON_LIST] = PERSON_LIST_WORDS
  keywords[KW_SAID] = SAID_WORDS
  keywords[KW_SUCH_AS] = ['such as', 'including', 'like']
  keywords[KW_DEVICES] = DEVICE_WORDS
  keywords[KW_APPOSITIVE] = APPOSITIVE_WORDS
  keywords[KW_EMBASSY] = ['Embassy', 'embassy']
  keywords[KW_BODY_LEAD] = BODY_PHRASES.flatMap((p) => p.leads)
  keywords[KW_STATE_SECURITY] = ['State Security']
  keywords[KW_ROLE] = ROLE_WORDS.filter((w) => /^[a-z]/.test(w))
  keywords[KW_CHARGED] = CHARGED_VERBS
  keywords[KW_TEAM] = TEAM_NOUNS
  keywords[KW_UNIT] = UNIT_WORDS
  keywords[KW_ARMY] = ARMY_WORDS
  keywords[KW_VENDOR_NOUN] = VENDOR_NOUNS
  keywords[KW_VENDOR_HEAD] = VENDOR_HEADS
  keywords[KW_ROLE_NOUN] = ROLE_NOUN_WORDS
  keywords[KW_NUMBERED_HEAD] = NUMBERED_HEADS
  keywords[KW_TRADE] = TRADE_NOUNS
  keywords[KW_REPORT] = REPORT_WORDS
  const lists: Iterable<string>[] = []
  lists[FORMS_COUNTRY] = countries.keys()
  lists[FORMS_BODY] = bodies.keys()
  lists[FORMS_ORG] = orgs.keys()
  gazetteer = { countries, bodies, orgs, scan: new TextScan(lists, keywords) }
  return gazetteer
}

// Nouns that make "US"/"UK" an adjective ("US officials", "UK critical infrastructure").
const US_NOUNS = new Set(
  `officials authorities military intelligence agencies companies firms citizens networks critical telecommunications
  territories law entities organizations organisations infrastructure election elections lawmakers parliament sanctions
  authoring partner customers users victims targets businesses defence defense energy water`
    .split(/\s+/)
    .filter(Boolean),
)

function boundaryOk(text: string, start: number, end: number): boolean {
  if (isWordChar(text, start - 1) || isWordChar(text, end)) return false
  // "U.S." ends in a dot; a form ending in a letter must not run into ".x" of a domain.
  if (text[end] === '.' && isWordChar(text, end + 1) && !text.slice(start, end).endsWith('.')) return false
  if (text[start - 1] === '.' && isWordChar(text, start - 2)) return false
  return true
}

export function findCountries(text: string, masked: Span[]): CountryMention[] {
  const { countries: lookup, scan } = gazetteerIdx()
  const out: CountryMention[] = []
  const mask = new SpanSet(masked)
  for (const { index: s, form: t } of scan.of(text).forms[FORMS_COUNTRY]!) {
    const e = s + t.length
    if (!boundaryOk(text, s, e)) continue
    if (mask.overlaps([s, e])) continue
    const v = lookup.get(t)!
    let form = v.form
    // "US" and "UK" are both a noun and an adjective; before a capitalised noun they modify it.
    if (form === 'noun' && /^(?:US|U\.S\.|UK|U\.K\.|EU)$/.test(t)) {
      const next = /^\s+([A-Za-z][\w-]*)/.exec(text.slice(e, e + 30))?.[1] ?? ''
      if ((/^[A-Z]/.test(next) && !/^(?:And|Or)$/.test(next)) || US_NOUNS.has(next.toLowerCase())) form = 'adjective'
    }
    out.push(new Country(v.country, t, [s, e], form))
  }
  return out
}

/**
 * A country mention as findCountries makes it: a class instance, not an object literal, whose allocation site V8
 * would switch to old-generation allocation (mentions live as long as the document's extraction; see SentenceSpan).
 */
class Country implements CountryMention {
  country: string
  text: string
  span: Span
  form: CountryMention['form']
  constructor(country: string, text: string, span: Span, form: CountryMention['form']) {
    this.country = country
    this.text = text
    this.span = span
    this.form = form
  }
}

// Each phrase with the words its matches begin with (at a word start): the phrase is tried (sticky) only where one of
// them begins (the one pass finds them), which gives the matches of the global search.
const BODY_PHRASES: { re: RegExp; name: string; country: string; leads: string[] }[] = [
  {
    re: /\b(?:Russia['’]s|Russian) (?:main|military|chief) intelligence (?:agency|directorate|service)\b/g,
    name: 'GRU',
    country: 'Russia',
    leads: ['Russia'],
  },
  {
    re: /\b(?:China['’]s|Chinese) (?:civilian )?intelligence (?:agency|service|ministry)\b/g,
    name: 'PRC Ministry of State Security',
    country: 'China',
    leads: ['China', 'Chinese'],
  },
  {
    re: /\b(?:North Korea['’]s|North Korean) (?:military )?intelligence (?:agency|bureau|service)\b/g,
    name: 'Reconnaissance General Bureau',
    country: 'North Korea',
    leads: ['North Korea'],
  },
]
const BODY_PHRASE_AT = BODY_PHRASES.map((p) => anchored(p.re, (_, s) => s.keywords[KW_BODY_LEAD]!))
// A province's state security department ("Hainan State Security Department", "Jiangsu Province Ministry of State
// Security"). Its matches start with a capitalised word one to four chunks before "State Security".
const PROVINCIAL_SECURITY =
  /\b([A-Z][a-z]+)(?:(?: Provincial)? State Security (?:Department|Bureau)| Provinc(?:e|ial) (?:Ministry|Department|Bureau) of State Security)\b/g
const PROVINCIAL_SECURITY_AT = anchored(PROVINCIAL_SECURITY, (text, s) =>
  startsBefore(text, s.keywords[KW_STATE_SECURITY]!, 4, s.capitals),
)

// Units of a service or army named by number, with their parent before or after them: "GRU Unit 26165", "military
// unit 74455", "PLA Unit 61398", "FSB Centre 18", "Centre 18, a unit of the FSB", "Unit 29155 of the GRU". The parent
// may instead be named nearby ("the GRU … its military unit 74455"). Not a unit: "Centre 18 months …".
const UNIT_PARENTS = 'GRU|FSB|PLA|SVR'
// The parents written out ("Unit 74455 of the Russian Main Intelligence Directorate (GRU)").
const UNIT_PARENT_OF_NAME: Record<string, string> = {
  'Main Intelligence Directorate': 'GRU',
  'Federal Security Service': 'FSB',
  'Foreign Intelligence Service': 'SVR',
  "People's Liberation Army": 'PLA',
  'People’s Liberation Army': 'PLA',
}
const UNIT_PARENT_NAMES = Object.keys(UNIT_PARENT_OF_NAME)
  .map((n) => n.replace(/ /g, SP))
  .join('|')
const UNIT_RE = new RegExp(
  String.raw`\b(?:(${UNIT_PARENTS})(?:['’]s)?${SP}(?:military${SP})?)?((?:[Mm]ilitary${SP})?[Uu]nit${SP}(\d{4,5})|(Cent(?:re|er))${SP}(\d{1,3}))\b(?!${SP}(?:months|years|days|hours|weeks|minutes|percent|per|people)\b|[.,]\d)(?:,?${SP}(?:a${SP}(?:unit|part|division|department)${SP})?(?:of|within)${SP}(?:the${SP})?(?:Russian${SP}|Russia['’]s${SP}|Chinese${SP})?(${UNIT_PARENTS}|${UNIT_PARENT_NAMES})\b)?`,
  'g',
)
const UNIT_WORDS = ['unit', 'Unit', 'Centre', 'Center']
// Which parent a unit number of each kind belongs to when the words nearby name it.
const UNIT_CONTEXT: [RegExp, string][] = [
  [/\bGRU\b|\bRussia(?:n|['’]s)?\b/, 'GRU'],
  [/\bPLA\b|People['’]s Liberation Army|\bChin(?:a|ese)\b/, 'PLA'],
]
// An army as the agent of an operation ("built by the Russian army", "Chinese military hackers"); not one qualifying a
// noun after it ("used by Indian army personnel").
const COUNTRY_ADJECTIVES = [...new Set(COUNTRIES.flatMap((c) => c.adjectives))].sort((a, b) => b.length - a.length)
const COUNTRY_NAMES = [
  ...new Set(COUNTRIES.flatMap((c) => [c.name, ...c.aliases.filter((a) => !a.startsWith('the '))])),
].sort((a, b) => b.length - a.length)
const ARMY_NOUN = `(?:army|military|armed${SP}forces|Army|Armed${SP}Forces)`
// After "by the X army" a lower-case word other than a function word makes the army a qualifier.
const NOT_QUALIFIER = String.raw`(?!${SP}(?!(?:and|or|that|which|who|in|on|at|to|for|of|as|with|from|against|during|since|was|were|is|has|had)\b)[a-z])`
// An army said to be behind or responsible ("the Chinese military was behind", "China's military is responsible"), to
// have done it ("the Russian military launched the most destructive cyber-attack"), or suspected of it ("the Chinese
// military is suspected of ordering"); or the army something is linked to ("attacks linked to China's military"); or
// an army named with its state's government ("attributable to the Chinese government and military").
const ARMY_BEHIND = String.raw`${SP}(?:(?:was|is|were|are|had|has|have)${SP}(?:been${SP})?)?(?:(?:\w+ly|also|most|almost)${SP}){0,2}(?:behind|responsible|launched|carried${SP}out|conducted|orchestrated|mounted|staged|hacked|attacked|breached|deployed|suspected|believed|thought|accused|alleged|blamed|linked|tied)\b`
const ARMY_RE = new RegExp(
  String.raw`\b(?:by${SP}(?:the${SP})?(?:(${COUNTRY_ADJECTIVES.map(escapeRe).join('|')})${SP}${ARMY_NOUN}|Armed${SP}Forces${SP}of${SP}(?:the${SP})?(${COUNTRY_NAMES.map(escapeRe).join('|')}))\b${NOT_QUALIFIER}|(${COUNTRY_ADJECTIVES.map(escapeRe).join('|')})${SP}(?:army|military)${SP}(?:hackers|cyber${SP}units?|cyber${SP}forces|units?(?!${SP}(?:\d|[A-Z])))|\bthe${SP}(${COUNTRY_ADJECTIVES.map(escapeRe).join('|')})${SP}(?:army|military)(?=${ARMY_BEHIND})|\b(${COUNTRY_NAMES.map(escapeRe).join('|')})['’]s${SP}(?:army|military)(?=${ARMY_BEHIND})|\b(?:linked|tied|connected)${SP}to${SP}(?:the${SP})?(?:(${COUNTRY_ADJECTIVES.map(escapeRe).join('|')})${SP}(?:army|military)|(${COUNTRY_NAMES.map(escapeRe).join('|')})['’]s${SP}(?:army|military))(?=\s*[,.;:)]|${SP}(?:and|or|in|since|for)\b)|\b(?:the${SP})?(${COUNTRY_ADJECTIVES.map(escapeRe).join('|')})${SP}government${SP}and${SP}(?:its${SP}|the${SP})?(?:army|military)\b(?!${SP}[a-z]))\b(?!${SP}intelligence)`,
  'g',
)
const ARMY_WORDS = ['army', 'military', 'armed', 'Army', 'Armed']
/** How Mosaic names a state's armed forces. */
function armedForcesName(country: string): string {
  if (country === 'China') return "People's Liberation Army"
  if (country === 'North Korea') return "Korean People's Army"
  const adjective = COUNTRIES.find((c) => c.name === country)?.adjectives[0] ?? country
  return `${adjective} Armed Forces`
}
// Sticky copies: UNIT_RE at "unit" or "Centre", or a word start at most two chunks before it (the parent, "military");
// ARMY_RE at a word start at most
// five chunks before an army noun ("by the North Korean armed forces": "by", "the", two words of the adjective; or
// the adjective's words before the noun).
const UNIT_AT = anchored(UNIT_RE, (text, s) => startsBefore(text, s.keywords[KW_UNIT]!, 2, s.words, true))
const ARMY_AT = anchored(ARMY_RE, (text, s) => startsBefore(text, s.keywords[KW_ARMY]!, 5, s.words))

/**
 * Adds `x` to `out` unless it overlaps a masked span or a mention already found (the finders keep the first of
 * overlapping mentions). At module level, not a closure made per call (tsx wraps each closure it makes in a naming call).
 */
function pushFree<T extends { span: Span }>(out: T[], mask: SpanSet, x: T): void {
  if (mask.overlaps(x.span)) return
  if (anyOverlaps(out, x.span)) return
  out.push(x)
}

export function findStateBodies(text: string, masked: Span[], actorSpans: Span[] = []): StateBodyMention[] {
  const { bodies: lookup, countries, scan } = gazetteerIdx()
  const scanned = scan.of(text)
  const out: StateBodyMention[] = []
  const mask = new SpanSet(masked)
  for (const m of matchesOf(UNIT_AT, text, scanned)) {
    const isCentre = m[4] !== undefined
    let parent = m[1] ?? (m[6] && (UNIT_PARENT_OF_NAME[m[6].replace(/\s+/g, ' ')] ?? m[6]))
    if (!parent) {
      // "Unit 74455" alone is an actor's alias where the index knows it as one; "military unit 74455", or a unit the
      // index does not know ("five officers of Unit 61398"), is a unit of the army named around it.
      if (!isCentre && !/^[Mm]ilitary/.test(m[2]!)) {
        const end = m.index + m[0].length
        if (actorSpans.some(([a, b]) => a < end && b > m.index)) continue
      }
      // The parent named in the words around the unit (its sentence, roughly).
      const around = text.slice(Math.max(0, m.index - 200), m.index + m[0].length + 100)
      if (isCentre) parent = /\bFSB\b/.test(around) ? 'FSB' : undefined
      else parent = UNIT_CONTEXT.find(([re]) => re.test(around))?.[1]
    }
    if (!parent || (isCentre && parent !== 'FSB') || (!isCentre && parent === 'FSB')) continue
    const body = lookup.get(parent)!
    const us = m.index + m[0].indexOf(m[2]!)
    const ue = us + m[2]!.length
    // "FSB Center 16" is how the FSB's signals intelligence centre is usually written, and stands for the FSB.
    const name = isCentre ? (m[5] === '16' ? 'FSB' : `FSB ${m[4]} ${m[5]}`) : `${parent} Unit ${m[3]}`
    pushFree(out, mask, {
      body: { name, country: body.country, kind: 'intelligence' },
      text: text.slice(us, ue),
      span: [us, ue],
    })
    // The parent named before ("GRU Unit 26165") or after ("Centre 18, a unit of the FSB") is named too.
    if (m[1]) pushFree(out, mask, { body, text: m[1], span: [m.index, m.index + m[1].length] })
    const end = m.index + m[0].length
    if (m[6]) pushFree(out, mask, { body, text: m[6], span: [end - m[6].length, end] })
  }
  for (const [i, p] of BODY_PHRASES.entries())
    for (const m of matchesOf(BODY_PHRASE_AT[i]!, text, scanned))
      pushFree(out, mask, {
        body: { name: p.name, country: p.country, kind: 'intelligence' },
        text: m[0],
        span: [m.index, m.index + m[0].length],
      })
  for (const m of matchesOf(PROVINCIAL_SECURITY_AT, text, scanned))
    pushFree(out, mask, {
      body: { name: m[0], country: 'China', kind: 'intelligence' },
      text: m[0],
      span: [m.index, m.index + m[0].length],
    })
  for (const m of matchesOf(ARMY_AT, text, scanned)) {
    const written = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7] ?? m[8]!
    const country = countries.get(written)?.country
    if (!country) continue
    // ("the Chinese government and military": the army is the last word, the government a party of its own.)
    const s = m.index + (m[2] ? m[0].indexOf('Armed') : m[8] ? m[0].search(/\S+$/) : m[0].indexOf(written))
    const t = text.slice(s, m.index + m[0].length)
    // "Russian military hackers": Russia's military hackers are its military intelligence, the GRU.
    const name = m[3] && country === 'Russia' && /hackers$/.test(t) ? 'GRU' : armedForcesName(country)
    pushFree(out, mask, { body: { name, country, kind: 'intelligence' }, text: t, span: [s, s + t.length] })
  }
  for (const { index: s, form: t } of scanned.forms[FORMS_BODY]!) {
    const e = s + t.length
    if (!boundaryOk(text, s, e)) continue
    let body = lookup.get(t)!
    // "Vietnam's Ministry of Public Security": a state other than the body's own named just before it.
    const owner = /([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:['’]s)?\s+$/.exec(text.slice(Math.max(0, s - 30), s))?.[1]
    const c = owner ? countries.get(owner) : undefined
    if (c && c.country !== body.country && !/^the\s/.test(owner!)) {
      const adjective = COUNTRIES.find((x) => x.name === c.country)?.adjectives[0]
      if (adjective) body = { ...body, name: `${adjective} ${t}`, country: c.country }
    }
    pushFree(out, mask, { body, text: t, span: [s, e] })
  }
  return out.sort((a, b) => a.span[0] - b.span[0])
}

// ---------------------------------------------------------------- organisations

const JAPAN_NAMED = /\b(?:Japan|Japanese|Tokyo)\b/
const KOREA_NAMED = /\b(?:Korea|Korean|Seoul)\b/
const UK_NAMED = /\b(?:UK|U\.K\.|Britain|British|United Kingdom|London|FCDO|Whitehall)\b/
const UK_BEFORE = /\b(?:UK|U\.K\.|British|Britain['’]s)\s+$/
const GERMANY_NAMED = /\b(?:Germany|German|Berlin)\b/
// Country names with their adjectives, and with their other names, for quick membership tests.
const COUNTRY_NAME_OR_ADJECTIVE = new Set(COUNTRIES.flatMap((c) => [c.name, ...c.adjectives]))

const ORG_HEAD = `Agency|Centre|Center|Commission|Bureau|Department|Ministry|Office|Directorate|Council|Board|Administration|Organi[sz]ation|Institute|Laboratory|Laboratories|Authority|Police|Command|Team|Foundation|University|Corporation|Company|Co\\.|Co(?=\\s+\\()|Corp\\.?|Inc\\.?|Ltd\\.?|LLC|Labs|Technologies|Networks|Bank|Parliament|Assembly|Committee|Court|Force|Establishment|Directorate|Association|Federation|Union|Alliance|Front|Party|Representation|Mission|GmbH|Pty|Holdings|Service|Forum|Superintendence|Superintendency|Railways|Division|Airlines|Airways|Airport|Hospital|Institution|Academy|Limited|Consortium|Motors|Aerospace|Partners|Solutions|Fund|College|Schools|Secretariat|Cooperative|Survey|${NEWSPAPER_HEADS.join('|')}`
const ORG_HEAD_TEST = new RegExp(`(?:${ORG_HEAD})\\b`)
// The people of a body, before "of" ("Officials of the Ministry of Defence").
const PEOPLE_OF =
  /^(?:Officers|Officials|Members|Agents|Employees|Staff|Researchers|Analysts|Investigators|Spokesmen|Spokespeople|Representatives|Leaders|Heads|Experts)$/
// A head word right after a name's head (on its line).
const HEAD_AFTER = new RegExp(`${SP}(?:${ORG_HEAD})\\b(?![\\w'’-])`, 'y')
const CAPWORD = String.raw`(?:[A-Z][\w&'’.-]*|of|for|and|the|&|de|du)`
// A legal form after the head ("… Development Co. Ltd", "… Company Limited", "… Corporation, Inc.").
const LEGAL_FORM = String.raw`(?:,?${SP}(?:Co\.,?${SP})?(?:Ltd\.?|Limited|LLC|Inc\.?|Corp\.?|GmbH|PLC|plc|JSC|ZRT|AD|SA|AG|BV|NV|AB|AS|Oy))?`
// Words after a head that make it part of the name of a flaw ("OS Command Injection", "Center Path Traversal").
const VULNERABILITY_WORDS =
  'Injection|Execution|Vulnerability|Vulnerabilities|Bypass|Overflow|Traversal|Escalation|Disclosure|Deserialization|Forgery|Scripting|Path|Remote|Code|Buffer|Memory|Use-After-Free|Improper|Missing|Cross-Site|Line|Interface|Shell|Center|Centre'
// ("… Attorney's Office for the District of New Jersey": a district's name goes on with its state.)
// Heads that open a name of their own before "of" ("the Ministry of Foreign Affairs", "Office of Foreign Assets
// Control", "University of Toronto"), and the heads of a state's mission, which may go on with "to" ("Permanent
// Representation to the OPCW").
const BARE_HEAD =
  'Ministry|Department|Office|Agency|Bureau|Directorate|Commission|Council|University|Institute|Bank|Parliament|Court|Mission|Representation|Academy'
// The word after a bare head that goes on with its name: "of", "for", and "on" after a council, committee or commission
// ("the Council on Foreign Relations").
const OF_FOR_ON = String.raw`(?:of|for|(?<=(?:Council|Committee|Commission)${SP})on)`
const ORG_RE = new RegExp(
  String.raw`\b(?:(?:[A-Z][\w&'’.-]*${SP})(?:${CAPWORD}${SP}){0,7}?(?:${ORG_HEAD})|(?:${BARE_HEAD})(?=${SP}${OF_FOR_ON}${SP}))(?:${SP}${OF_FOR_ON}${SP}(?:the${SP})?[A-Z][\w'’-]*(?:${SP}[A-Z][\w'’-]*){0,2}(?:${SP}and${SP}[A-Z][\w'’-]*(?:${SP}[A-Z][\w'’-]*)?(?!${SP}[A-Z]))?(?:(?<=Ministry|Department|Office|Directorate|Commission|Protection|Service|Agency|Bureau|Committee)${SP}of${SP}(?:the${SP})?[A-Z][\w'’-]*(?:${SP}[A-Z][\w'’-]*){0,3})?)?(?:(?<=District)${SP}of${SP}(?:the${SP})?[A-Z][\w'’-]*(?:${SP}[A-Z][\w'’-]*){0,2})?(?:(?<=Representation|Mission)${SP}to${SP}(?:the${SP})?[A-Z][\w'’-]*(?:${SP}[A-Z][\w'’-]*){0,2})?${LEGAL_FORM}(?![\w])(?!${SP}(?:${VULNERABILITY_WORDS}))`,
  'g',
)
// Abbreviations that end in a dot inside a name; any other word ending in a dot ends a sentence ("… China. Court").
const NAME_ABBREVIATIONS = new Set(
  'Co Corp Inc Ltd Dept Univ Assn Bros Intl Natl St Mt Ft Jr Sr Gen Adm Dr Mr Mrs Ms Sgt Lt Col Capt No'.split(' '),
)
/** Where the name in `t` begins after the last sentence end inside it (0 when there is none). */
function afterSentenceEnd(t: string): number {
  let from = 0
  // Every match holds a dot (most names have none: no scan then).
  if (!t.includes('.')) return from
  for (const m of t.matchAll(/([A-Za-z]+)\.(?=\s)/g)) {
    const w = m[1]!
    if (NAME_ABBREVIATIONS.has(w) || /^[A-Z]$/.test(w) || /^[A-Z](?:\.[A-Z])*$/.test(w)) continue
    from = m.index + m[0].length
  }
  return from
}
/**
 * Where the words an all-capital acronym spells begin inside `name`, when they are its last words only ("… Service and
 * Microsoft Protected Extensible Authentication Protocol" for PEAP); 0 when they are all of it or do not spell it
 * (exported for the test).
 */
export function acronymCover(name: string, acronym: string): number {
  if (!/^[A-Z]+$/.test(acronym)) return 0
  // The words are the matches of /[A-Z][\w&'’-]*/g (each starts at a capital, the scan going on after it).
  const words = capitalWordStarts(name)
  const k = acronym.length
  if (words.length <= k) return 0
  const first = words.length - k
  for (let i = 0; i < k; i++) if (name.charCodeAt(words[first + i]!) !== acronym.charCodeAt(i)) return 0
  // Only across a list ("X and Y (Z)"); an owner before the name stays with it ("the UK's National … (NCSC)").
  const at = words[first]!
  const and = name.indexOf(' and ')
  return and >= 0 && and + 5 <= at ? at : 0
}

/**
 * Where the matches of the global expression [A-Z][\w&'’-]* begin in `name`: at a capital A–Z, each after the one
 * before it ends (its run of word characters, &, apostrophes and hyphens).
 */
function capitalWordStarts(name: string): number[] {
  const out: number[] = []
  for (let i = 0; i < name.length; ) {
    if (!isAsciiUpperCode(name.charCodeAt(i))) {
      i++
      continue
    }
    out.push(i++)
    for (let c = name.charCodeAt(i); isAsciiWordCode(c) || c === 38 || c === 39 || c === 0x2019 || c === 45; ) {
      c = name.charCodeAt(++i)
    }
  }
  return out
}
// "Service" heads a state body's name ("Naval Criminal Investigative Service", "Canadian Security Intelligence
// Service"), not a product's or a technique's ("Ticket Granting Service", "Distributed Denial of Service").
const STATE_SERVICE =
  /\b(?:Intelligence|Security|Investigative|Secret|Police|Prosecution|Protective|Customs|Border|Diplomatic|Revenue|Marshals|Postal|Foreign|Federal|Civil|State|National|Health|Emergency|Counterintelligence|Information|Protection|Tax|Guards?)\s+Service\b/
function productService(name: string): boolean {
  // ("National Time Service Center" is a centre: only a name whose head is "Service" is read so.)
  // ("Managed Security Solutions": an offer named by generic words, not a company.)
  return (/\bService$/.test(name) && !STATE_SERVICE.test(name)) || GENERIC_SOLUTIONS.test(name)
}
const GENERIC_SOLUTIONS =
  /^(?:(?:Managed|Security|Cyber|Cloud|Network|Enterprise|Data|IT|Digital|Business|Software|Identity|Endpoint|Integrated|Advanced|Technology|Payment|Mobile|Industrial)\s+)+(?:Solutions|Partners|Fund)$/
// A broadcaster or an airline named by its country ("Radio France", "Radio-Canada", "Air India"), not followed by more of
// a name ("Radio Free Europe" is the gazetteer's).
const COUNTRY_NAMED_COMPANY = /\b(?:Radio|Air|Télé|Tele)[- ]([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b(?![- ][A-Z0-9])/g
const VENDOR_APPOSED =
  /\b(?:[Aa]nother|[Aa]|[Tt]he|[Oo]ne)\s+(?:(?:security|cybersecurity|threat\s+intelligence|research)\s+)?(?:vendor|firm|research\s+team),\s+([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}),/g
// A security firm the gazetteer does not know, by the shape of its name, where it speaks ("Corvid Intelligence
// suggested", "researchers at Quillfeather Security"): a name of one or two words and a firm's head word.
const VENDOR_SHAPED =
  /\b([A-Z][a-z][\w&-]*(?:\s+[A-Z][a-z][\w&-]*)?\s+(?:Threat\s+(?:Intelligence|Intel|Research|Labs)|Intelligence|Security|Labs|Research|Cybersecurity|Cyber))\b(?:(?=\s+(?:(?:has|had|have|also|further|previously|separately|later|first|recently|itself)\s+)?(?:said|says|suggested|suggests|wrote|writes|reported|reports|assessed|assesses|attributed|attributes|linked|links|tied|ties|tracks|tracked|believes|believed|concluded|observed|noted|found|identified|published|warned|claimed|described|named|dubbed|calls|called)\b)|(?<=\b(?:researchers|analysts|experts|team)\s+(?:at|from)\s+\1))/g
// Sticky copies, tried where the expressions' matches can start. Every VENDOR_APPOSED match holds its noun with the
// comma ("vendor,", "firm,", "team,") after an article and at most three more words ("the threat intelligence
// research team,"), so it starts at a word start at most four chunks before the noun. Every VENDOR_SHAPED match holds
// a head word as written ("Threat", "Intelligence", "Security", "Labs", "Research", "Cyber…") after one or two name
// words, so it starts at a capital word start at most two chunks before the head.
// (The nouns and heads stand after whitespace, so at word starts, where the one pass finds them.)
const VENDOR_NOUNS = ['vendor', 'firm', 'team']
const VENDOR_HEADS = ['Threat', 'Intelligence', 'Security', 'Labs', 'Research', 'Cyber']
/** Whether one of VENDOR_NOUNS and a comma stand at one of `starts` (the word starts where a noun begins). */
function nounWithComma(text: string, starts: readonly number[]): boolean {
  for (const p of starts)
    for (const n of VENDOR_NOUNS) if (text.charCodeAt(p + n.length) === 44 && text.startsWith(n, p)) return true
  return false
}
/** The apposed-vendor expression and its comma gate (for the test that the gate loses no match). */
export const VENDOR_GATE_FOR_TEST = { re: VENDOR_APPOSED, nounWithComma }
const VENDOR_APPOSED_AT = anchored(VENDOR_APPOSED, (text, s) =>
  startsBefore(text, s.keywords[KW_VENDOR_NOUN]!, 4, s.words),
)
const VENDOR_SHAPED_AT = anchored(VENDOR_SHAPED, (text, s) =>
  startsBefore(text, s.keywords[KW_VENDOR_HEAD]!, 2, s.capitals),
)
// First words of public bodies' names that end like a firm's ("National Security", "Federal Intelligence").
const NOT_VENDOR_FIRST = new Set(
  `National Federal State Homeland Public Internal Military Foreign Central General Defense Defence Signals Computer
  Information Economic Counterintelligence Cyber Border Transport Energy Social Home Nuclear Russian Chinese`
    .split(/\s+/)
    .filter(Boolean),
)
const POSSESSIVE_OWNER = /['’]s\s+(?=[A-Z])/
const ACRONYM_DEF =
  /\b((?:[A-Z][\w&'’-]*\s+)(?:(?:[A-Z][\w&'’-]*|of|for|and|the|&)\s+){0,8}[A-Z][\w&'’-]*)\s+\(([A-Z][A-Za-z&-]{1,10}\d{0,2})\)/g
const EMBASSY_RE =
  /\b(?:[Tt]he\s+)?(?:([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:['’]s)?\s+[Ee]mbassy(?:\s+in\s+(?:the\s+)?(?:[A-Z][\w.]+(?:\s[A-Z][a-z]+)?))?|[Ee]mbassy\s+of\s+(?:the\s+)?[A-Z][\w]+(?:\s+[A-Z][\w]+)*(?:\s+in\s+(?:the\s+)?[A-Z][\w.]+)?)/g
// A state's mission to an international body (see findOrgs): its sender as a name, possessive or adjective before
// "mission", or after "Permanent Mission of".
const MISSION_BODIES = String.raw`(United\s+Nations|UN|European\s+Union|EU|African\s+Union|AU|NATO|OSCE|OPCW|IAEA|World\s+Trade\s+Organization|WTO)\b`
const MISSION_BODY_SHORT: Record<string, string> = {
  'United Nations': 'UN',
  'European Union': 'EU',
  'African Union': 'AU',
  'World Trade Organization': 'WTO',
}
const MISSION_RE = new RegExp(
  String.raw`\b(?:(?:[Tt]he\s+)?([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?:['’]s)?\s+(?:[Pp]ermanent\s+)?[Mm]ission\s+to\s+the\s+${MISSION_BODIES}|(?:[Tt]he\s+)?[Pp]ermanent\s+[Mm]ission\s+of\s+(?:the\s+)?([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+to\s+the\s+${MISSION_BODIES})`,
  'g',
)
const FIRM_NAME = String.raw`[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}`
const COUNTED_FIRMS = new RegExp(
  String.raw`\b(?:two|three|four|five)\s+(?:[\w-]+\s+){0,2}(?:firms|companies|vendors),\s+(${FIRM_NAME}(?:,\s+${FIRM_NAME})*,?\s+and\s+${FIRM_NAME})(?=\s*[,;.])`,
  'g',
)
const LINK_VERBS = ['linked', 'tied', 'traced', 'attributed', 'connected']
const LINKED_TO_NAME =
  /\b(?:(?:is|are|was|were|been|be)\s+(?:\w+ly\s+)?(?:linked|tied|connected)\s+|(?:linked|tied|traced|attributed|connected)\s+(?:[\w-]+\s+){1,6}?)to\s+(?:the\s+)?((?:[A-Z][\w&.-]*[a-z][\w&.-]*)(?:\s+[A-Z][\w&.-]*){1,3})(?=\s*[,.;:)]|\s+(?:and|in|which|that|for|as)\b)/g
const UN_EXPERTS =
  /\b(?:(?:the|a|an)\s+)?(?:UN|U\.N\.|United\s+Nations)(?:\s+Security\s+Council)?(?:['’]s)?\s+(?:(?:sanctions\s+)?(?:[Pp]anel\s+of\s+[Ee]xperts|[Ee]xperts|[Mm]onitors|[Ii]nvestigators)|(?:expert\s+|sanctions\s+)?[Pp]anel)\b/g
const PUBLIC_BODY_NOUNS = ['agency', 'regulator', 'watchdog']
const APPOSITIVE_WORDS = [
  'company',
  'firm',
  'provider',
  'vendor',
  'operator',
  'manufacturer',
  'maker',
  'supplier',
  'producer',
  'contractor',
  'corporation',
  'developer',
  'exchange',
  'bank',
  'lender',
  'insurer',
  'retailer',
  'airline',
  'casino',
  'startup',
  'carmaker',
  'automaker',
  'chipmaker',
  'drugmaker',
  'conglomerate',
  // ("Maharashtra Cyber, the state's nodal cyber agency,": a public body.)
  ...PUBLIC_BODY_NOUNS,
]
const COMPANY_APPOSITIVE = new RegExp(
  String.raw`\b([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})(?:,\s+(?:Inc|Ltd|LLC|Corp|Co|GmbH|PLC|JSC)\b\.?)?,\s+(?:a|an|the|[A-Z][a-z]+['’]s)\s+(?:(?!(?:at|of|for|with|in|by)\s)[\w-]+(?:['’]s)?\s+(?:\([\w-]+\)\s+)?){0,3}(?:${APPOSITIVE_WORDS.join('|')})\b(?!['’]s)`,
  'g',
)
// The trade nouns of the press ("the Moroccan news site Le Desk", "the news agency Anadolu", "the daily Le Monde").
const MEDIA_NOUN_WORDS = [
  'newspaper',
  // ("the daily newspapers Tages-Anzeiger and Der Bund": two named after a plural.)
  'newspapers',
  'magazine',
  'broadcaster',
  'broadcasters',
  'outlet',
  'outlets',
  'news site',
  'news website',
  'news portal',
  'news agency',
  'daily',
  'weekly',
]
// The nouns of a trade a company's name may follow; the name: one to three capitalised words, not at a sentence end.
const TRADE_NOUN_WORDS = [
  'platform',
  'chipmaker',
  'carmaker',
  'automaker',
  'drugmaker',
  'processor',
  'telco',
  'app',
  'exchange',
  'company',
  'companies',
  'firm',
  'firms',
  'provider',
  'operator',
  'maker',
  'manufacturer',
  'contractor',
  'supplier',
  'consultancy',
  'startup',
  'start-up',
  'lender',
  'insurer',
  'retailer',
  'hotel group',
  'hotel chain',
  'carrier',
  'airline',
  'protocol',
  'conglomerate',
  // Civil society: "the digital rights group R3D", "the press freedom watchdog RSF", "the think tank Bruegel".
  'rights group',
  'advocacy group',
  'watchdog',
  'NGO',
  'nonprofit',
  'non-profit',
  'think tank',
  ...MEDIA_NOUN_WORDS,
]
// (Each with the space after it: where the expression below can start.)
const TRADE_NOUNS = TRADE_NOUN_WORDS.map((w) => `${w} `)
const MEDIA_NOUN = new RegExp(`^(?:${MEDIA_NOUN_WORDS.join('|')}) `)
const COMMA_WORD_BEFORE = /\b([A-Z][a-z]+), $/
const SECOND_NAME_AFTER = /^ and ([A-Z][\w&-]*[a-z0-9][\w&-]*(?: [A-Z][\w&-]*[a-z0-9][\w&-]*)?)\b(?!-)/
const TECH_CAPS = /^(?:[A-Z]{2,}s|DLL|API|GUID|UUID|URL|URI|DNS|SDK|VPN|HTTPS?|SSL|TLS|IP|OS|SMS|RPC|LDAP|SMB)$/
// ("a Vietnamese company called CyberOne Group": the name may follow "called", "known as" or "dubbed".)
// (A name may open with one lower-case letter before a capital: "the cyber firm iSight Partners", "eSentire"; it may end
// with a number, "the broadcaster Channel 12", or with one capital before a verb, "the newspaper Denik N said".)
const TRADE_NAMED_STICKY = new RegExp(
  String.raw`(?:${TRADE_NOUN_WORDS.join('|')}) (?:(?:called|known as|dubbed) )?((?:[A-Z][\w&-]*[a-z0-9][\w&-]*|[A-Z]{2,}|[a-z][A-Z][a-z][\w&-]*)(?:\.[A-Z][\w&-]*)?(?: (?:[A-Z][\w&-]*[a-z0-9][\w&-]*|[A-Z]{2,}|[A-Z](?= (?:said|says|reported|reports|wrote|writes|quoted|cited|added|has|had|was|is)\b)|\d{1,3}(?![\d,.]))){0,2})\b(?!-)`,
  'y',
)
// The trade nouns by their first code unit (ASCII), for `tradeNounAt`.
const TRADE_NOUNS_BY_FIRST: (string[] | undefined)[] = []
for (const w of TRADE_NOUNS) (TRADE_NOUNS_BY_FIRST[w.charCodeAt(0)] ??= []).push(w)
/** Whether a trade noun (with its space) begins at `q`. */
function tradeNounAt(text: string, q: number): boolean {
  const nouns = TRADE_NOUNS_BY_FIRST[text.charCodeAt(q)]
  if (nouns === undefined) return false
  for (const w of nouns) if (text.startsWith(w, q)) return true
  return false
}
/** Whether a code unit can be part of a match of TRADE_NAMED_STICKY: an ASCII `\w` character, '&', '-', '.', ' '. */
function inTradeRun(c: number): boolean {
  return isAsciiWordCode(c) || c === 38 || c === 45 || c === 46 || c === 32
}
/**
 * The matches of the global search for TRADE_NAMED_STICKY's expression that start a word (at the start of the text or
 * after a code unit other than an ASCII `\w` one). `nounStarts`: the word starts where a trade noun begins, ascending.
 *
 * Every match starts with a trade noun, so the search is tried only where one begins, but a match that starts inside
 * a word ("webapp Foo-company Bar") hides the matches that would start inside it ("company Bar"), so where a noun at
 * a word start has a match, the search is done over the run of code units around it that a match can consist of (a
 * match lies inside one such run, and no match from before the run reaches into it): at every noun of the run, as the
 * global search goes on, keeping the matches that start a word.
 */
function tradeNamed(text: string, nounStarts: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = []
  // Where the last run searched ends.
  let searched = 0
  for (let i = 0; i < nounStarts.length; i++) {
    const s = nounStarts[i]!
    if (s < searched) continue
    TRADE_NAMED_STICKY.lastIndex = s
    if (!TRADE_NAMED_STICKY.test(text)) continue
    let a = s
    while (a > 0 && inTradeRun(text.charCodeAt(a - 1))) a--
    let b = s
    while (b < text.length && inTradeRun(text.charCodeAt(b))) b++
    for (let q = a; q < b; q++) {
      if (!tradeNounAt(text, q)) continue
      TRADE_NAMED_STICKY.lastIndex = q
      const m = TRADE_NAMED_STICKY.exec(text)
      if (m === null) continue
      if (q === 0 || !isAsciiWordCode(text.charCodeAt(q - 1))) out.push(m)
      // (Every match is at least a noun, its space and a letter long.)
      q += m[0].length - 1
    }
    searched = b
  }
  return out
}
const SAYING_AFTER = /^\s+(?:said|says|told|tells|added|adds|wrote|writes|reported|reports|noted|notes|stated|states)\b/
const SUCH_AS =
  /\b(?:companies|providers|firms|vendors|operators|carriers|organi[sz]ations|victims|manufacturers|services|platforms|outlets|exchanges|banks)\s+(?:such as|including|like)\s+((?:[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})(?:\s*,\s*(?:and\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})*(?:\s*,?\s+and\s+[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})?)/g
const DEVICES =
  /\b([A-Z][\w&-]+)(?:\s+and\s+([A-Z][\w&-]+))?\s+(?:devices|routers|firewalls|appliances|products|servers)\b/g

// A research or intelligence unit of a company in apposition: "Insikt Group, the threat research arm of …", "Unit 42
// is the threat intelligence team of …".
const TEAM_NOUNS = ['arm', 'team', 'unit', 'division']
const TEAM_APPOSITIVE = new RegExp(
  String.raw`\b([A-Z][\w&.-]*(?:${SP}(?:[A-Z][\w&.-]*|\d+)){0,3})(?:,|${SP}(?:is|was))${SP}(?:the|a|an)${SP}(?:[\w-]+${SP}){0,2}(?:threat|research|intelligence|security|cyber|cybersecurity)[\w-]*${SP}(?:[\w-]+${SP})?(?:${TEAM_NOUNS.join('|')})${SP}(?:of|at|within)\b`,
  'g',
)
// An item of a bulletted or numbered list that is a name, tried at line starts.
const LIST_ITEM_ENTITY_RE = new RegExp(
  String.raw`(?:^|\n)[^\S\r\n]*(?:[-*•·▪–—]|\d{1,3}[.)])[^\S\r\n]*([A-Z][\w&.'’-]*(?:${SP}(?:[A-Z][\w&.'’-]*|of|and|for|the|&)){1,9})(?=[^\S\r\n]*(?:[(,;]|\r?\n|$))`,
  'g',
)
const LIST_ITEM_ENTITY_AT = anchored(LIST_ITEM_ENTITY_RE, (text) => listItemStarts(text, true))
// The publisher named at the head of a bulletin: "Acme Security | Threat Bulletin …".
const PUBLISHER_HEADER = new RegExp(String.raw`^\s*([A-Z][\w&.'’-]*(?:${SP}[A-Z][\w&.'’-]*){0,3})${SP}\|${SP}`)
// Words that end the name of a political party ("the Social Democrats (SPD)").
const PARTY_HEAD = /\b(?:Democrats|Republicans|Conservatives|Greens|Liberals|Socialists|Labour|Party|Movement|League)$/

const REPORT_BY =
  /\b(?:according\s+to\s+(?:a|an|the)\s+(?:new\s+|recent\s+|separate\s+|later\s+)?(?:report|article|story|analysis|investigation|blog\s+post|post)\s+(?:by|from|in)|(?:as\s+)?(?:first\s+)?reported\s+by|(?:a|an|the)\s+(?:report|article|story)\s+by)\s+(?:the\s+)?([A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,2})(?=\s*(?:[,;)]|\.(?:\s|$)|$))/g
// Every match of REPORT_BY starts at a word start at most two chunks before one of these words, or at it ("as first
// reported by", "a story by", "according to"; "report" also begins "reported").
const REPORT_WORDS = ['according', 'report', 'article', 'story']
const REPORT_BY_AT = anchored(REPORT_BY, (text, s) => startsBefore(text, s.keywords[KW_REPORT]!, 2, s.words, true))
const PUBLIC_BODY_END = new RegExp(`(?:${PUBLIC_BODY_NOUNS.join('|')})$`)
const BARE_BODY = new RegExp(String.raw`,\s+(?:the|a|an)\s+(?:${PUBLIC_BODY_NOUNS.join('|')})$`)
const DEVICE_WORDS = ['devices', 'routers', 'firewalls', 'appliances', 'products', 'servers']
// Capitalised words before a device noun that describe the devices rather than name their maker.
const NOT_MAKERS = new Set(
  `Affected Vulnerable Impacted Compromised Exposed Unpatched Infected Targeted Other Many Several Some All Multiple
  Certain Legacy Older Newer Popular Network Edge Consumer Enterprise Industrial Home Office Mobile Internet Cloud
  Hardware Software Third-party Open-source End-of-life Such Both Each Most Web Email Mail File Proxy`
    .split(/\s+/)
    .filter(Boolean),
)

// Sticky copies, tried where the expressions' matches can start. Where that is, by the expressions' shapes (a chunk
// is a run of non-space characters; the words named are found by the one pass, at word starts):
// - ACRONYM_DEF: a capital word start at most 10 chunks before a "(" (up to ten words, each followed by spaces).
// - ORG_RE: a capital word start at most 8 chunks before a head word (one word, up to seven more, then the head), or
//   the head word itself ("Ministry of …").
// - EMBASSY_RE: "[Ee]mbassy", or a word start at most 3 chunks before it ("the", two capitalised words).
// - COMPANY_APPOSITIVE: a capital word start at most 8 chunks before the noun (four words, the last with its comma,
//   the article, three words).
// - SUCH_AS: the word start one chunk before "such as", "including" or "like" (the plural noun).
// - DEVICES: a capital word start at most 3 chunks before the noun ("X and Y devices").
const ACRONYM_DEF_AT = anchored(ACRONYM_DEF, (text, s) => startsBefore(text, acronymBrackets(text), 10, s.capitals))
const ORG_AT = anchored(ORG_RE, (text, s) => startsBefore(text, s.keywords[KW_ORG_HEAD]!, 8, s.capitals, true))
const EMBASSY_AT = anchored(EMBASSY_RE, (text, s) => startsBefore(text, s.keywords[KW_EMBASSY]!, 3, s.words, true))
const COMPANY_APPOSITIVE_AT = anchored(COMPANY_APPOSITIVE, (text, s) =>
  startsBefore(text, s.keywords[KW_APPOSITIVE]!, 8, s.capitals),
)
const SUCH_AS_AT = anchored(SUCH_AS, (text, s) => startsBefore(text, s.keywords[KW_SUCH_AS]!, 1, s.words))
const DEVICES_AT = anchored(DEVICES, (text, s) => startsBefore(text, s.keywords[KW_DEVICES]!, 3, s.capitals))
// - TEAM_APPOSITIVE: a capital word start at most 9 chunks before the team noun (four name words, "is", the article,
//   three words).
//   Only the team nouns that are whole words followed by "of", "at" or "within" (as in the expression) count.
const TEAM_APPOSITIVE_AT = anchored(TEAM_APPOSITIVE, (text, s) =>
  startsBefore(text, teamNouns(text, s.keywords[KW_TEAM]!), 9, s.capitals),
)
// The end of TEAM_APPOSITIVE from its team noun.
const TEAM_NOUN_AFTER = new RegExp(String.raw`(?:${TEAM_NOUNS.join('|')})${SP}(?:of|at|within)\b`, 'y')

/** The keyword positions `at` (ascending) where TEAM_APPOSITIVE's team noun and the words after it are. */
function teamNouns(text: string, at: readonly number[]): number[] {
  const out: number[] = []
  for (const a of at) {
    TEAM_NOUN_AFTER.lastIndex = a
    if (TEAM_NOUN_AFTER.test(text)) out.push(a)
  }
  return out
}

/**
 * Where LIST_ITEM_ENTITY_RE (`bullet`) or LIST_ITEM_NAME_RE may match: the text's start and its line breaks, kept
 * only when what the expression reads there before its name (horizontal spaces, a bullet or a number with its dot or
 * bracket — optional unless `bullet` — and horizontal spaces) can be followed by a capital letter, which every name
 * the expressions take begins with, and by a second word of a name on the same line (see secondNameWord). Ascending.
 */
function listItemStarts(text: string, bullet: boolean): number[] {
  const out: number[] = []
  // At 0 the expression begins with `^` (or with a line break there).
  if (capitalAfterMarker(text, 0, bullet) || (text.charCodeAt(0) === 10 && capitalAfterMarker(text, 1, bullet)))
    out.push(0)
  for (let i = text.indexOf('\n', 1); i >= 0; i = text.indexOf('\n', i + 1))
    if (capitalAfterMarker(text, i + 1, bullet)) out.push(i)
  return out
}

/** Whether a capital A–Z can follow a list marker read from `q` (see listItemStarts). */
function capitalAfterMarker(text: string, q: number, bullet: boolean): boolean {
  const i = skipLineSpace(text, q)
  const c = text.charCodeAt(i)
  let j = i
  if (c === 0x2d || c === 0x2a || c === 0x2022 || c === 0xb7 || c === 0x25aa || c === 0x2013 || c === 0x2014) j = i + 1
  else {
    // `\d{1,3}[.)]`: the run of digits is one to three long and a dot or bracket follows it.
    let k = i
    while (k < i + 4 && isAsciiDigitCode(text.charCodeAt(k))) k++
    const d = text.charCodeAt(k)
    if (k > i && k < i + 4 && (d === 0x2e || d === 0x29)) j = k + 1
  }
  // Without the marker (when it is optional) the name starts after the spaces.
  if (!bullet && isAsciiUpperCode(c)) return secondNameWord(text, i, bullet)
  if (j === i) return false
  const n = skipLineSpace(text, j)
  return isAsciiUpperCode(text.charCodeAt(n)) && secondNameWord(text, n, bullet)
}

/**
 * Whether the name of a list item starting at `n` can have the second word every name of the expressions has: each
 * name is two or more words joined by horizontal spaces (`[^\S\r\n]+`), none holding a space, so its second word
 * follows the run of non-space characters at `n` after such spaces, on the same line. A person's name word begins with
 * a capital (ASCII, or one of the other capitals the expression allows); an entity's with an ASCII capital, or is
 * "of", "and", "for", "the" or "&". (Any code unit beyond ASCII is let through.)
 */
function secondNameWord(text: string, n: number, bullet: boolean): boolean {
  let e = n
  while (e < text.length && !isSpaceCode(text.charCodeAt(e))) e++
  const w = skipLineSpace(text, e)
  if (w === e || w >= text.length) return false
  const c = text.charCodeAt(w)
  if (isAsciiUpperCode(c) || c >= 128) return true
  return bullet && (c === 0x6f || c === 0x61 || c === 0x66 || c === 0x74 || c === 0x26)
}

/** The first offset at or after `i` that is not a space other than a line break (`[^\S\r\n]*`). */
function skipLineSpace(text: string, i: number): number {
  for (let c = text.charCodeAt(i); c !== 10 && c !== 13 && isSpaceCode(c); c = text.charCodeAt(++i));
  return i
}

/**
 * The positions of the brackets that can close ACRONYM_DEF (ascending): after whitespace, holding a capital and one to
 * ten letters, `&` or `-` up to the closing bracket (the expression's `\s+\(([A-Z][A-Za-z&-]{1,10})\)`).
 */
function acronymBrackets(text: string): number[] {
  const out: number[] = []
  for (let p = text.indexOf('('); p >= 0; p = text.indexOf('(', p + 1)) {
    if (p === 0 || !isSpaceCode(text.charCodeAt(p - 1)) || !isAsciiUpperCode(text.charCodeAt(p + 1))) continue
    let e = p + 2
    while (e < p + 13 && isAcronymCode(text.charCodeAt(e))) e++
    // "(DC3)": initials may end in a number or two.
    const letters = e
    while (e < letters + 2 && isAsciiDigitCode(text.charCodeAt(e))) e++
    if (letters > p + 2 && letters <= p + 12 && text.charCodeAt(e) === 41) out.push(p)
  }
  return out
}

/** `[A-Za-z&-]`. */
function isAcronymCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 38 || c === 45
}

const ARTICLED_NAME_WORDS = new Set(['Security', 'Cyber'])
const NOT_ORG_WORDS = new Set(
  `The A An This That These Those It Its In On At By For From With According Under Over After Before During Since When
  While Where Which What Who Why How However Meanwhile Following Today Yesterday Last Next Mr Mrs Ms Dr Partner Partners Subsidiaries Affiliates Suppliers Rivals
  Feed Blog Read Continue Photo Summary Notes Author References Network Indicators Infection Questions Security Cyber
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday Professor Prof Writing Speaking Citing Responding Commenting`
    .split(/\s+/)
    .filter(Boolean),
)

/** A state's name as the host of an embassy ("the UK", "Germany"). */
function hostName(country: string): string {
  if (country === 'United Kingdom') return 'the UK'
  if (country === 'United States') return 'the US'
  const c = COUNTRIES.find((x) => x.name === country)
  return c?.aliases.includes(`the ${country}`) ? `the ${country}` : country
}

/** The country a form names, also when written with a final full stop ("the U.S."). */
function countryForm(countries: Gazetteer['countries'], x: string) {
  return countries.get(x) ?? countries.get(x.replace(/\.$/, ''))
}

/**
 * The name of the embassy written `t` ("Russian embassy in Berlin", "Moscow's embassy", "Embassy of Iran in the
 * Netherlands"), with the state it represents and its host state; undefined when the word before "embassy" names no
 * state.
 */
function embassyName(
  t: string,
  before: string | undefined,
): { name: string; sender?: string; host?: string } | undefined {
  const countries = gazetteerIdx().countries
  let senderText: string
  let hostText: string | undefined
  if (before !== undefined) {
    senderText = before
    hostText = /\s+in\s+(?:the\s+)?(.+)$/.exec(t)?.[1]
  } else {
    const m = /^[Ee]mbassy\s+of\s+(?:the\s+)?(.+?)(?:\s+in\s+(?:the\s+)?(.+))?$/.exec(t)
    if (!m) return { name: t }
    senderText = m[1]!
    hostText = m[2]
  }
  const sender = countryForm(countries, senderText)
  if (!sender) return before !== undefined ? undefined : { name: t }
  const adjective =
    sender.form === 'adjective' ? senderText : (COUNTRIES.find((c) => c.name === sender.country)?.adjectives[0] ?? '')
  if (!adjective) return { name: t, sender: sender.country }
  const host = hostText ? countryForm(countries, hostText) : undefined
  if (!host) return { name: `${adjective} Embassy`, sender: sender.country }
  // A host given by its capital is named as its state ("in Berlin" → "in Germany").
  const written = hostText!.replace(/\.$/, '')
  const where = host.form === 'metonym' ? hostName(host.country) : /\bthe\s+\S+$/.test(t) ? `the ${written}` : written
  return { name: `${adjective} Embassy in ${where}`, sender: sender.country, host: host.country }
}

function cleanOrgName(s: string): string {
  return s
    .replace(/^(?:the|The)\s+/, '')
    .replace(/[’']s$/, '')
    .trim()
}

/**
 * Whether the words just before `s` in `text` make the name starting there part of a longer one or another state's:
 * a word that opens the name of a public body ("Federal Foreign Office"), or a state other than `country` ("Germany's
 * Foreign Office", "the German Foreign Office"); not a word of a list or a citation ("DHS CISA", "NSA NCSC").
 */
function foreignOwner(text: string, s: number, country: string): boolean {
  const w = /((?:[A-Z]\.)+|[A-Z]\w*(?: [A-Z][a-z]+)?)(?:['’]s)?[^\S\r\n]+$/.exec(
    text.slice(Math.max(0, s - 30), s),
  )?.[1]
  if (!w || /^(?:The|A|An|And|Or|Of|In|On|At|By|For|From|With)$/.test(w)) return false
  const c = countryForm(gazetteerIdx().countries, w) ?? countryForm(gazetteerIdx().countries, w.split(' ').pop()!)
  // ("The Central Investigation Bureau", "Cyber Crime Investigation Bureau": the last word before decides.)
  return c
    ? c.country !== country
    : /^(?:Federal|National|Central|Royal|Imperial|Supreme|Regional|Provincial|Cyber|Crime|Criminal|Fraud|Special)$/.test(
        w.split(' ').pop()!,
      )
}

// A state's mission to a body, inside a name.
const MISSION_TO = /\b(?:Representation|Mission)\s+to\s+/

/** One name matched by ORG_RE (`t` at `s`), pushed unless it is no organisation's name. */
const POSSESSIVE_RIGHT_BEFORE = /[a-z]['’]s\s+$/
// ("the Cyber Safety Review Board": after an article in the text, "Security" and "Cyber" open the name as after "The".)
const ARTICLE_RIGHT_BEFORE = /(?:^|[^\w])the\s+$/
function pushOrgMatch(out: OrgMention[], mask: SpanSet, t: string, s: number, possessed = false): void {
  if (productService(t)) return
  const words = t.split(/\s+/)
  const end = s + t.length
  // A headline's verb ends the subject before it ("Treasury Targets DPRK Weapons-Trading Department", "Justice
  // Department Conducts Court-Authorized …"): the name can only follow it.
  for (let i = words.length - 1; i >= 0; i--)
    if (HEADLINE_VERBS.has(words[i]!)) {
      const rest = words.slice(i + 1)
      if (rest.length === 0) return
      const at = t.lastIndexOf(rest[0]!, t.length - rest.join(' ').length + 1)
      t = t.slice(at)
      s = end - t.length
      words.splice(0, i + 1)
      break
    }
  // Drop leading words that are not part of a name ("According", "The").
  // ("The Security Information Bureau": after an article, "Security" and "Cyber" open the name.)
  let articled = possessed
  // ("On 8 May the Post had reported": a month before "the" is a date's, not a name's.)
  while (
    words.length > 1 &&
    ((NOT_ORG_WORDS.has(words[0]!) && !(articled && ARTICLED_NAME_WORDS.has(words[0]!))) ||
      (words[1] === 'the' && MONTHS.includes(words[0]!.toLowerCase())))
  ) {
    const w = words.shift()!
    if (w === 'The') articled = true
    t = t.slice(t.indexOf(w) + w.length).trimStart()
    s = end - t.length
    // ("On Wednesday the House Homeland Security Committee": the article after a dropped word goes too.)
    if (words.length > 1 && words[0] === 'the') {
      words.shift()
      t = t.slice(3).trimStart()
      s = end - t.length
    }
  }
  // "Officers of the New York Police Department": people of the body, at a sentence's start, are no part of its name.
  if (words.length > 3 && words[1] === 'of' && PEOPLE_OF.test(words[0]!)) {
    words.splice(0, words[2] === 'the' ? 3 : 2)
    t = t.replace(/^\S+\s+of\s+(?:the\s+)?/, '')
    s = end - t.length
  }
  if (words.length < 2) return
  if (/^(?:of|for|and|the)$/i.test(words[0]!)) return
  // "Additional Director General of Police", "Commissioner of Police": an officer's title, not a body.
  if (POLICE_TITLE.test(t)) return
  // A country name + head ("UK Government") is a government, not an organisation.
  // (An administration is one only after a single name, "Biden Administration"; "Federal Aviation Administration" is an
  // agency.)
  if (words[words.length - 1] === 'Government' || (words.length === 2 && words[1] === 'Administration')) return
  if (COUNTRY_NOUNS.has(t)) return
  // As written ("Germany's Federal Foreign Office"): annotations record the surface form.
  const name = cleanOrgName(t)
  const o: OrgMention = { name, text: t, span: [s, s + t.length], kind: 'organisation' }
  // A state's mission to a body names the body too ("Russia's Permanent Representation to the OPCW"): only what is
  // inside its "to" phrase may overlap.
  const to = t.includes('Mission') || t.includes('Representation') ? MISSION_TO.exec(t) : null
  if (to && !mask.overlaps(o.span)) {
    const toStart = s + to.index + to[0].length
    if (out.every((x) => !overlaps(x.span, o.span) || x.span[0] >= toStart)) out.push(o)
    return
  }
  pushFree(out, mask, o)
}

/** An officer's title, capitalised ("Additional Director General", "Deputy Commissioner"); see claims' TITLE_THEN_AGENCY. */
// The words that rank a title ("Additional", "Deputy").
const TITLE_RANKS = 'Additional|Deputy|Assistant|Acting|Joint|Special|Senior'
export const OFFICER_TITLE = String.raw`(?:(?:${TITLE_RANKS})\s+)*(?:Director(?:\s+General)?|Inspector(?:\s+General)?|Commissioner|Superintendent|Chief)`
const POLICE_TITLE = new RegExp(String.raw`^${OFFICER_TITLE}\s+of\s+Police$`)
// A body named by its number: "313 General Bureau", "Department 53", "Office 39", "Lab 110".
const NUMBERED_HEADS = ['Bureau', 'Department', 'Directorate', 'Office', 'Lab']
const NUMBERED_NAME = String.raw`(?:(\d{2,4})\s+(?:General\s+)?(?:Bureau|Department|Directorate)|(?:General\s+)?(?:Bureau|Department|Directorate|Office|Lab)\s+\d{2,4})\b`
const NUMBERED_ORG = new RegExp(String.raw`\b${NUMBERED_NAME}(?![\w-]|\s+[a-z]+\s+\d)`, 'g')
const NUMBERED_ORG_AT = stickyCopy(NUMBERED_ORG)
// A name that is a body's number and head ("313 General Bureau", "Department 53 of the Ministry of …").
const NUMBERED_BODY = new RegExp(`^${NUMBERED_NAME}`)
/** Whether an organisation's name is a body's number and head: a state's unit, however the text links it. */
export function isNumberedBody(name: string): boolean {
  return NUMBERED_BODY.test(name)
}
// Its parent: "of the Ministry of the People's Armed Forces" (capitalised words, "of" and "the", ending in a capital one).
const NUMBERED_PARENT = /^\s+of\s+the\s+[A-Z][\w'’-]*(?:\s+(?:of\s+the\s+|of\s+)?[A-Z][\w'’-]*){0,5}/

/** Whether `at` opens a line or follows a sentence's end (". ", "! ", "? "). */
function lineOrSentenceOpens(text: string, at: number): boolean {
  let i = at
  while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--
  if (i === 0) return true
  const c = text.charCodeAt(i - 1)
  return c === 10 || c === 13 || ((c === 46 || c === 33 || c === 63) && i < at)
}

// Verbs of a headline written in capitals ("Treasury Targets …", "Justice Department Conducts …").
const HEADLINE_VERBS = new Set(
  'Targets Charges Accuses Blames Says Warns Disrupts Indicts Conducts Seizes Announces Designates Exposes Unseals Arrests Extradites Attributes Condemns Dismantles Breaches Reveals Publishes Urges'.split(
    ' ',
  ),
)

// ("North Korea's defence ministry", "Russia's justice ministry": the other ministries that speak so too; not a state's
// intelligence or security ministry, which is a state body of its own.)
const FOREIGN_MINISTRY =
  /\b([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?:['’]s)?\s+([Ff]oreign|[Dd]efen[cs]e|[Ii]nterior|[Jj]ustice|[Ii]nformation|[Cc]ommunications|[Hh]ome\s+[Aa]ffairs)\s+ministry\b/g

// A name of capitalised common words only ("Security Service", "Foreign Office"): no acronym, no digit.
const GENERIC_FORM = /^[A-Z][a-z]+(?:\s(?:[A-Z][a-z]+|of|for|and|the))+$/
// The one to three capitalised words right before, from a word's start.
const CAPITALISED_WORDS_BEFORE = /(?:^|[^\w'’.-])((?:[A-Z][a-z]+\s){1,3})$/
// (Articles and the like; and "House": "the White House National Security Council" is the US body the gazetteer knows.)
const NOT_NAME_WORDS_BEFORE = new Set([
  'The',
  'A',
  'An',
  'In',
  'On',
  'At',
  'By',
  'For',
  'From',
  'With',
  'And',
  'But',
  'Its',
  'Their',
  'His',
  'Her',
  'Our',
  'This',
  'That',
  'House',
])
/** True when a capitalised word other than an article or the body's own state's name stands right before `at`. */
function longerNameBefore(text: string, at: number, country: string): boolean {
  const m = CAPITALISED_WORDS_BEFORE.exec(text.slice(Math.max(0, at - 40), at))
  if (!m) return false
  const words = m[1]!.trim().split(/\s+/)
  if (NOT_NAME_WORDS_BEFORE.has(words[words.length - 1]!)) return false
  // (The state's name of two or three words too: "the United States Department of Justice".)
  for (let i = 0; i < words.length; i++) if (countryNamed(words.slice(i).join(' ')) === country) return false
  return true
}
const LEGAL_NAME_GOES_ON =
  /^\s(?:[A-Z][\w&-]*\s){0,2}?(?:Limited|Ltd|AD|AG|Holdings?|Inc|LLC|Corp|Corporation|GmbH|S\.?A|S\.?r\.?l|SRL|ZRT|Kft|PLC|Pte|BV|B\.V|NV|Oy|AB)\b(?!\.?\s+and\s)/
export function findOrgs(text: string, masked: Span[], exclude: Span[]): OrgMention[] {
  const { orgs: lookup, countries, scan } = gazetteerIdx()
  const scanned = scan.of(text)
  const out: OrgMention[] = []
  const mask = new SpanSet([...masked, ...exclude])
  // "Department 53 of the Ministry of the People's Armed Forces", "the 313 General Bureau", "Bureau 121": a body named
  // by its number, with its parent after "of the" (the numbers of state bodies the gazetteer knows are masked).
  // (Tried only at a head and the word starts up to two chunks before it: "313 General Bureau".)
  for (const m of matchAtStarts(
    NUMBERED_ORG_AT,
    text,
    // (Every head of a match starts a word: the pass's word starts where a head begins.)
    startsBefore(text, scanned.keywords[KW_NUMBERED_HEAD]!, 2, scanned.words, true),
  )) {
    if (m[1] !== undefined && /^(?:1[89]|20)\d\d$/.test(m[1])) continue
    const e = m.index + m[0].length
    const tail = NUMBERED_PARENT.exec(text.slice(e, e + 90))
    const t = tail ? m[0] + tail[0] : m[0]
    pushFree(out, mask, { name: t, text: t, span: [m.index, m.index + t.length], kind: 'organisation' })
  }
  // "Iran's mission to the United Nations", "the Chinese permanent mission to the EU", "the Permanent Mission of Iran to
  // the United Nations": a state's diplomatic mission to an international body, named as written (before the body's
  // own name, which it contains, is found alone). A voice of its state, as an embassy is.
  if (text.includes('ission ')) {
    // (One mission's mentions share the name it is first written with: "Iran's mission to the United Nations", then
    // "the Iranian mission to the UN".)
    const first = new Map<string, string>()
    for (const m of text.matchAll(MISSION_RE)) {
      const sender = countryForm(countries, m[1] ?? m[3]!)
      if (!sender) continue
      const t = m[0].replace(/^the\s+/i, '')
      const at = m.index + m[0].length - t.length
      const body = (m[2] ?? m[4]!).replace(/\s+/g, ' ')
      const key = `${sender.country}\u0000${MISSION_BODY_SHORT[body] ?? body}`
      if (!first.has(key)) first.set(key, t)
      const name = first.get(key)!
      pushFree(out, mask, { name, text: t, span: [at, at + t.length], kind: 'embassy', country: sender.country })
    }
  }
  // "two US-based firms, ThreatConnect and Defense Group,": the companies a counted description of firms lists.
  if (textHas(text, 'firms,') || textHas(text, 'companies,'))
    for (const m of text.matchAll(COUNTED_FIRMS)) {
      let at = m.index + m[0].length - m[1]!.length
      for (const part of m[1]!.split(/,\s+(?:and\s+)?|\s+and\s+/)) {
        const i = text.indexOf(part, at)
        if (i < 0) break
        pushFree(out, mask, { name: part, text: part, span: [i, i + part.length], kind: 'company' })
        at = i + part.length
      }
    }
  // "linked Dark Basin to BellTroX InfoTech Services", "is connected to the Mabna Institute": a name a link ends with, of
  // no known kind, is a company's (the finders of actors, states and bodies come first: a name they know is masked or
  // overlaps and is skipped; not "contracts linked to the Mayan Train", a link with neither object nor copula).
  // (Run only where one of the link's verbs is written.)
  if (LINK_VERBS.some((w) => textHas(text, w)))
    for (const m of text.matchAll(LINKED_TO_NAME)) {
      const name = m[1]!
      const words = name.split(/\s+/)
      if (
        COUNTRY_NAME_OR_ADJECTIVE.has(name) ||
        countryNamed(name) ||
        words.some((w) => NOT_ORG_WORDS.has(w) || COUNTRY_NAME_OR_ADJECTIVE.has(w) || MONTHS.includes(w.toLowerCase()))
      )
        continue
      const at = m.index + m[0].length - name.length
      pushFree(out, mask, { name, text: name, span: [at, at + name.length], kind: 'organisation', linkedTo: true })
    }
  // "UN experts", "a UN panel of experts", "the United Nations Security Council's panel of experts": the UN's sanctions
  // monitors, named as written (a body that speaks, of no state).
  if (textHas(text, 'xperts') || textHas(text, 'onitors'))
    for (const m of text.matchAll(UN_EXPERTS)) {
      const t = m[0].replace(/^(?:the|a|an)\s+/i, '')
      const at = m.index + m[0].length - t.length
      pushFree(out, mask, { name: t, text: t, span: [at, at + t.length], kind: 'agency' })
    }
  // Known names first, then longer pattern-based names that contain none of them.
  // Expressions whose matches need a word the text lacks are not run (words as the expressions spell them).
  for (const m of matchesOf(ACRONYM_DEF_AT, text, scanned)) {
    let full = cleanOrgName(m[1]!)
    let s = m.index + m[0].indexOf(m[1]!)
    // "the Department of the Treasury's Office of Foreign Assets Control (OFAC)": the owner is an organisation of its
    // own, the acronym names the office it owns.
    const owned = POSSESSIVE_OWNER.exec(full)
    let ownerCountry: string | undefined
    if (owned) {
      const ownerName = full.slice(0, owned.index)
      const owner = lookup.get(ownerName)
      if (owner && owner.kind === 'agency' && !COUNTRY_NAME_OR_ADJECTIVE.has(ownerName)) {
        const entry: OrgMention = {
          name: owner.name,
          text: ownerName,
          span: [s, s + ownerName.length],
          kind: owner.kind,
        }
        if (owner.country) entry.country = owner.country
        pushFree(out, mask, entry)
        const skip = owned.index + owned[0].length
        full = full.slice(skip)
        s += m[1]!.indexOf(full)
      } else if (COUNTRY_NAME_OR_ADJECTIVE.has(ownerName)) {
        // "Australia's Department of Foreign Affairs and Trade (DFAT)": the state owns the department, which is named
        // without it (its mention keeps the state's name, which names no target).
        full = full.slice(owned.index + owned[0].length)
        ownerCountry = countryNamed(ownerName)
      }
    }
    // "the iSCSI Discovery Service and Microsoft Protected Extensible Authentication Protocol (PEAP)": the initials name
    // the last words only, and the name is theirs.
    const cover = acronymCover(full, m[2]!)
    if (cover > 0) {
      s += cover
      full = full.slice(cover)
    }
    // "Foreign, Commonwealth & Development Office (FCDO)": a known name with a comma in it starts before the capture.
    const comma = text.charCodeAt(s - 2) === 44 ? COMMA_WORD_BEFORE.exec(text.slice(Math.max(0, s - 24), s)) : null
    if (comma && lookup.has(`${comma[1]!}, ${full}`)) {
      full = `${comma[1]!}, ${full}`
      s -= comma[0].length
    }
    let known = lookup.get(full) ?? lookup.get(m[2]!)
    // "Switzerland's National Cyber Security Centre (NCSC)": another state's body of the same name is not the one the
    // gazetteer knows; it is named as written, with its state.
    let named = full
    let namesake: OrgMention['kind'] | undefined
    if (known?.country && ownerCountry && known.country !== ownerCountry) {
      namesake = known.kind
      known = undefined
      named = m[1]!.slice(0, m[1]!.length - full.length) + full
    }
    if (!ORG_HEAD_TEST.test(full) && !PARTY_HEAD.test(full) && !known) continue
    if (!known && productService(full)) continue
    if (/[\r\n]/.test(full) || afterSentenceEnd(full) > 0) continue
    if (NOT_ORG_WORDS.has(full.split(/\s+/)[0]!)) continue
    const entry: OrgMention = {
      name: known?.name ?? named,
      text: text.slice(s, m.index + m[0].length),
      span: [s, m.index + m[0].length],
      kind: known?.kind ?? namesake ?? 'organisation',
    }
    if (known?.country) entry.country = known.country
    else if (ownerCountry) entry.country = ownerCountry
    pushFree(out, mask, entry)
  }
  for (const { index: s, form: t } of scanned.forms[FORMS_ORG]!) {
    const e = s + t.length
    if (!boundaryOk(text, s, e)) continue
    const k = lookup.get(t)!
    // A national body's short name inside another state's longer name is not that body ("Germany's Federal Foreign
    // Office" is no British Foreign Office): left to the name expression below.
    // (So is a state body's name of common words after another capitalised word: "the Palestinian Preventive Security
    // Service" is no British Security Service, unless that word is its own state's: "British".)
    if (
      k.country &&
      (foreignOwner(text, s, k.country) || (GENERIC_FORM.test(t) && longerNameBefore(text, s, k.country)))
    )
      continue
    // A company's short name opening a longer legal name is not that name ("Intellexa Limited", "Cytrox Holdings ZRT":
    // each designated on its own): left to the finders of names by their shape. (Not one joined by "and" to the next
    // name, "Siemens AG and Trimble Inc", which the shape finder would read as one name.)
    if (k.kind === 'company' && LEGAL_NAME_GOES_ON.test(text.slice(e, e + 30))) continue
    // All-capital short forms must be written so ("EU", not "eu"); forms are matched case-sensitively already.
    const entry: OrgMention = { name: k.name, text: t, span: [s, e], kind: k.kind }
    if (k.country) entry.country = k.country
    pushFree(out, mask, entry)
  }
  // Embassies, named "<Adjective> Embassy in <host>"; one without its host takes the name of the one embassy of the
  // same state whose host the text gives ("the Russian embassy" = "the Russian Embassy in Germany").
  const embassies: { o: OrgMention; host: string | undefined }[] = []
  for (const m of matchesOf(EMBASSY_AT, text, scanned)) {
    const t = m[0].replace(/^the\s+/i, '')
    if (m[1] && /^The\s/.test(m[1])) continue
    const s = m.index + m[0].indexOf(t)
    const e = embassyName(t, m[1])
    if (!e) continue
    const o: OrgMention = { name: e.name, text: t, span: [s, s + t.length], kind: 'embassy' }
    if (e.sender) o.country = e.sender
    const before = out.length
    pushFree(out, mask, o)
    if (out.length > before) embassies.push({ o, host: e.host })
  }
  for (const e of embassies) {
    if (e.host || !e.o.country) continue
    const hosted = new Set(embassies.filter((x) => x.host && x.o.country === e.o.country).map((x) => x.o.name))
    if (hosted.size === 1) e.o.name = [...hosted][0]!
  }
  // One embassy's mentions share the name it is first written with where its host is given ("the Chinese Embassy in
  // Washington", "Russia's embassy in Washington"): how annotators and analysts record it, by its city where the text
  // gives one, not a form of our own ("… in the US").
  const written = new Map<string, string>()
  for (const e of embassies) if (e.host && !written.has(e.o.name)) written.set(e.o.name, e.o.text.replace(/\.$/, ''))
  for (const e of embassies) e.o.name = written.get(e.o.name) ?? e.o.name
  for (const m of matchesOf(ORG_AT, text, scanned)) {
    // A name begins after the last sentence end inside the match ("… through China. Court").
    // The search stops at the first head; a name may have two ("New York Police Department", "National Time Service
    // Center"): the heads right after it are the name's.
    let end = m.index + m[0].length
    for (HEAD_AFTER.lastIndex = end; HEAD_AFTER.test(text); HEAD_AFTER.lastIndex = end) end = HEAD_AFTER.lastIndex
    const found = end === m.index + m[0].length ? m[0] : text.slice(m.index, end)
    const cut = afterSentenceEnd(found)
    const whole = found.slice(cut).trimStart()
    const at = m.index + found.length - whole.length
    // "X and the Y" names two ("the National Police Agency and the Ministry of Foreign Affairs"), each read alone.
    const parts: { t: string; s: number }[] = []
    let from = 0
    // (Every separator holds "and": without one, no scan.)
    if (whole.includes('and'))
      for (const sep of whole.matchAll(/\s+and\s+the\s+/g)) {
        parts.push({ t: whole.slice(from, sep.index), s: at + from })
        from = sep.index + sep[0].length
      }
    parts.push({ t: whole.slice(from), s: at + from })
    for (const part of parts) {
      if (parts.length > 1 && !ORG_HEAD_TEST.test(part.t)) continue
      // ("the country's Security Information Agency": after a possessive, as after an article, "Security" opens the name.)
      const before = text.slice(Math.max(0, part.s - 4), part.s)
      pushOrgMatch(out, mask, part.t, part.s, POSSESSIVE_RIGHT_BEFORE.test(before) || ARTICLE_RIGHT_BEFORE.test(before))
    }
  }
  // Entities listed with people in a sanctions or designation list: where the people have their surnames in capitals,
  // the other items of the list are organisations ("- Chosun Expo (North Korea)").
  const listed = listedPeople(text, scanned)
  if (listed.length > 0) {
    const intros = new Set(listed.map((x) => x.intro))
    for (const m of matchesOf(LIST_ITEM_ENTITY_AT, text, scanned)) {
      const t = m[1]!.replace(/^The\s+/, '')
      if (t.split(/\s+/).some((w) => CAPS_WORD.test(w)) && PERSON_CAPS_WHOLE.test(t)) continue
      if (t.split(/\s+/).length < 2 || COUNTRY_NOUNS.has(t) || NOT_ORG_WORDS.has(t.split(/\s+/)[0]!)) continue
      if (!intros.has(listIntro(text, m.index).start)) continue
      const s = m.index + m[0].lastIndexOf(t)
      pushFree(out, mask, { name: t, text: t, span: [s, s + t.length], kind: 'organisation' })
    }
  }
  for (const m of matchesOf(COMPANY_APPOSITIVE_AT, text, scanned)) {
    const name = m[1]!
    if (NOT_ORG_WORDS.has(name.split(/\s+/)[0]!)) continue
    if (COUNTRY_NAME_OR_ADJECTIVE.has(name)) continue
    // "… embassies in Moscow, the company said": the company speaks of what it found; the name before is no company.
    const e = m.index + m[0].length
    if (SAYING_AFTER.test(text.slice(e, e + 12))) continue
    // ("Maharashtra Cyber, the state's nodal cyber agency, said": a public body in a closed apposition that describes it;
    // not "According to Dy, the agency blocked …", where the agency is the sentence's subject.)
    const body = PUBLIC_BODY_END.test(m[0])
    if (body && (text.charCodeAt(e) !== 44 || BARE_BODY.test(m[0]))) continue
    const kind = body ? 'agency' : 'company'
    pushFree(out, mask, { name, text: name, span: [m.index, m.index + name.length], kind })
  }
  // "Decentralized finance platform Radiant Capital", "crypto exchange WazirX": a company named right after the
  // lower-case noun for its trade.
  for (const m of tradeNamed(text, scanned.keywords[KW_TRADE]!)) {
    const name = m[1]!
    const first = name.split(/\s+/)[0]!
    // ("the outlet Cyber Daily", "the magazine Security Week": a publication's name may open with a word of the trade.)
    const titled = (first === 'Cyber' || first === 'Security') && name !== first && MEDIA_NOUN.test(m[0])
    if ((NOT_ORG_WORDS.has(first) && !titled) || COUNTRY_NAME_OR_ADJECTIVE.has(name) || NOT_VICTIM_NAME.test(name))
      continue
    // "provider DLLs", "operator APIs": a technical term in capitals.
    if (TECH_CAPS.test(name)) continue
    const s = m.index + m[0].length - name.length
    const media = MEDIA_NOUN.test(m[0])
    const org: OrgMention = { name, text: name, span: [s, s + name.length], kind: 'company' }
    if (media) org.media = true
    pushFree(out, mask, org)
    // "the engineering firms Expleo and Assystem", "the daily newspapers Tages-Anzeiger and Der Bund": a plural noun
    // names two.
    if (/^(?:firms|companies|newspapers|outlets|broadcasters) /.test(m[0])) {
      const and = SECOND_NAME_AFTER.exec(text.slice(s + name.length, s + name.length + 40))
      const second = and?.[1]
      if (second && !NOT_ORG_WORDS.has(second.split(' ')[0]!) && !COUNTRY_NAME_OR_ADJECTIVE.has(second)) {
        const at = s + name.length + and[0].length - second.length
        const other: OrgMention = { name: second, text: second, span: [at, at + second.length], kind: 'company' }
        if (media) other.media = true
        pushFree(out, mask, other)
      }
    }
  }
  // "according to a report by Bleeping Computer", "as reported by Le Desk": the publisher a report is credited to.
  if (textHas(text, 'according to') || textHas(text, 'reported by') || textHas(text, 'report by'))
    for (const m of matchesOf(REPORT_BY_AT, text, scanned)) {
      const name = m[1]!
      const first = name.split(/\s+/)[0]!
      if (NOT_ORG_WORDS.has(first) || COUNTRY_NAME_OR_ADJECTIVE.has(name) || countryNamed(first)) continue
      // ("first reported by John Smith": a person.)
      if (GIVEN_NAMES.has(first) || TITLE_WORDS.has(first)) continue
      const at = m.index + m[0].length - name.length
      pushFree(out, mask, { name, text: name, span: [at, at + name.length], kind: 'company' })
    }
  for (const m of matchesOf(TEAM_APPOSITIVE_AT, text, scanned)) {
    const name = m[1]!
    if (NOT_ORG_WORDS.has(name.split(/\s+/)[0]!) || COUNTRY_NAME_OR_ADJECTIVE.has(name)) continue
    const known = lookup.get(name)
    const o: OrgMention = {
      name: known?.name ?? name,
      text: name,
      span: [m.index, m.index + name.length],
      kind: 'vendor',
    }
    pushFree(out, mask, o)
  }
  // "Another vendor, Marlowe Cyber, wrote …": a vendor named in apposition after the word for one. (Only a text that
  // has one of the nouns with its comma at a word start can hold a match; the test of the whole text comes after.)
  if (
    nounWithComma(text, scanned.keywords[KW_VENDOR_NOUN]!) &&
    (text.includes('vendor, ') || text.includes('firm, ') || text.includes('team, '))
  ) {
    for (const m of matchesOf(VENDOR_APPOSED_AT, text, scanned)) {
      const name = m[1]!
      if (NOT_ORG_WORDS.has(name.split(/\s+/)[0]!) || COUNTRY_NAME_OR_ADJECTIVE.has(name)) continue
      const s = m.index + m[0].lastIndexOf(name)
      const known = lookup.get(name)
      pushFree(out, mask, {
        name: known?.name ?? name,
        text: name,
        span: [s, s + name.length],
        kind: known?.kind ?? 'vendor',
      })
    }
  }
  // (Every match holds one of the heads after whitespace: none without one at a word start.)
  if (scanned.keywords[KW_VENDOR_HEAD]!.length > 0) {
    for (const m of matchesOf(VENDOR_SHAPED_AT, text, scanned)) {
      const name = m[1]!
      const first = name.split(/\s+/)[0]!
      if (NOT_ORG_WORDS.has(first) || NOT_VENDOR_FIRST.has(first) || COUNTRY_NAME_OR_ADJECTIVE.has(first)) continue
      if (lookup.has(name)) continue
      pushFree(out, mask, { name, text: name, span: [m.index, m.index + name.length], kind: 'vendor' })
    }
  }
  // "Radio France reported", "Air India said": a broadcaster or an airline named after its country is a company, not the
  // country (the country's name inside it names no state).
  if (text.includes('Radio') || text.includes('Air ') || text.includes('Télé')) {
    for (const m of text.matchAll(COUNTRY_NAMED_COMPANY)) {
      if (!COUNTRY_NOUNS.has(m[1]!)) continue
      pushFree(out, mask, { name: m[0], text: m[0], span: [m.index, m.index + m[0].length], kind: 'company' })
    }
  }
  const publisher = PUBLISHER_HEADER.exec(text)
  if (publisher) {
    const name = publisher[1]!
    const s = publisher.index + publisher[0].indexOf(name)
    const known = lookup.get(name)
    if (!COUNTRY_NOUNS.has(name) && !NOT_ORG_WORDS.has(name.split(/\s+/)[0]!))
      pushFree(out, mask, {
        name: known?.name ?? name,
        text: name,
        span: [s, s + name.length],
        kind: known?.kind ?? 'vendor',
      })
  }
  for (const m of matchesOf(SUCH_AS_AT, text, scanned)) {
    const list = m[1]!
    const base = m.index + m[0].indexOf(list)
    for (const part of list.matchAll(/[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}/g)) {
      // "… Hulu, CNN and Netflix. Prosecutors allege": the list ends with its sentence.
      const stop = part[0].search(/\.\s/)
      const name = stop > 0 ? part[0].slice(0, stop) : part[0]
      if (NOT_ORG_WORDS.has(name.split(/\s+/)[0]!)) continue
      pushFree(out, mask, {
        name,
        text: name,
        span: [base + part.index, base + part.index + name.length],
        kind: 'company',
      })
    }
  }
  for (const m of matchesOf(DEVICES_AT, text, scanned)) {
    for (const g of [m[1], m[2]]) {
      if (!g || NOT_ORG_WORDS.has(g) || NOT_MAKERS.has(g)) continue
      // ("Build servers as a way in": a word capitalised because a line or sentence opens with it names a maker only
      // when it is a known one.)
      if (lineOrSentenceOpens(text, m.index + m[0].indexOf(g)) && !lookup.has(g)) continue
      if (COUNTRY_NAME_OR_ADJECTIVE.has(g)) continue
      // A short word mostly in capitals names a protocol or a class of product ("SSL VPN", "VPN products", "IoT
      // devices", "NAS devices"), and a product is not its maker ("FortiGate firewalls"); known makers are found above.
      if (g.length <= 5 && (g.match(/[A-Z]/g)?.length ?? 0) >= 2) continue
      if (PRODUCT_NAMES.has(g.toLowerCase())) continue
      // The last word of a product's name ("Pulse Secure appliances", "Connect Secure devices").
      if (g === m[1] && /[A-Z][\w&-]*[^\S\r\n]+$/.test(text.slice(Math.max(0, m.index - 40), m.index))) continue
      const s = m.index + m[0].indexOf(g)
      pushFree(out, mask, { name: g, text: g, span: [s, s + g.length], kind: 'company' })
    }
  }
  // "China's foreign ministry", "the Russian foreign ministry", "Chinese foreign ministry spokesperson X": the ministry
  // as written in lower case (wire style), which denies and speaks for its state.
  if (textHas(text, ' ministry')) {
    FOREIGN_MINISTRY.lastIndex = 0
    for (let m = FOREIGN_MINISTRY.exec(text); m; m = FOREIGN_MINISTRY.exec(text)) {
      // ("The Chinese foreign ministry": the state is the second capitalised word.)
      const two = m[1]!.indexOf(' ')
      let at = m.index
      let country = countryNamed(m[1]!)
      if (!country && two > 0) {
        country = countryNamed(m[1]!.slice(two + 1))
        at += two + 1
      }
      if (!country) continue
      const end = m.index + m[0].length
      // (The span of a ministry other than the foreign ministry leaves its state out, which the text may say was hit:
      // "hackers attacked Ukraine's defence ministry".)
      const from = /^[Ff]oreign$/.test(m[2]!) ? at : m.index + m[0].lastIndexOf(m[2]!)
      pushFree(out, mask, {
        name: text.slice(at, end),
        text: text.slice(at, end),
        span: [from, end],
        kind: 'organisation',
        country,
      })
    }
  }
  // A public body found by its shape belongs to the state its name opens with ("Russian Ministry of Defense", "Russia's
  // Ministry of Defense", "Belgian Federal Police").
  for (const o of out) {
    if (o.country || o.kind !== 'organisation' || !PUBLIC_BODY_HEAD.test(o.name)) continue
    const m = STATE_OPENER.exec(o.name)
    const country = m ? ((m[2] ? countryNamed(`${m[1]} ${m[2]}`) : undefined) ?? countryNamed(m[1]!)) : undefined
    if (country) o.country = country
  }
  // A bare "Foreign Office" is named as written: Britain's in London, but Germany's, Pakistan's and other states' in
  // their own press ("On Friday the Foreign Office condemned India's …" from Islamabad). In a text about Germany that
  // never names Britain, it is Germany's Federal Foreign Office.
  for (const o of out)
    if (
      o.text === 'Foreign Office' &&
      o.country === 'United Kingdom' &&
      !UK_BEFORE.test(text.slice(Math.max(0, o.span[0] - 16), o.span[0]))
    ) {
      o.name = 'Foreign Office'
      if (!UK_NAMED.test(text) && GERMANY_NAMED.test(text)) o.country = 'Germany'
    }
  // A bare "National Police Agency" is Japan's, but in a text about Korea that never names Japan it is South Korea's
  // ("According to the findings of the National Police Agency, a North Korean hacking organisation …", from Seoul).
  for (const o of out)
    if (
      (o.text === 'National Police Agency' || o.text === 'NPA') &&
      o.country === 'Japan' &&
      !JAPAN_NAMED.test(text) &&
      KOREA_NAMED.test(text)
    ) {
      o.name = 'Korean National Police Agency'
      o.country = 'South Korea'
    }
  // "Hungary-based Cytrox Holdings": where a company is based is no part of its name; "Kev Breen of Immersive Labs": a
  // person named before the organisation they work for is not part of its name either.
  for (const o of out) {
    if (o.name !== o.text) continue
    const based = BASED_PREFIX.exec(o.text)
    if (based) cutPrefix(o, based[0].length)
    const person = PERSON_OF_ORG.exec(o.text)
    // (A given name first, or a Korean name with its hyphenated given name: "Ha Tae-keung of the People Power Party".)
    if (person && (GIVEN_NAMES.has(person[1]!) || koreanNameCandidates(person[0]).some((c) => c.start === 0)))
      cutPrefix(o, person[0].length)
  }
  shortFormsNamed(text, out, mask)
  laterMentions(text, out, mask)
  return out.sort((a, b) => a.span[0] - b.span[0])
}

const SPEAKS_AFTER_NAME =
  /^\s+(?:(?:has|had|have|also|later|now|previously|publicly)\s+)*(?:said|says|told|tells|stated|states|announced|confirmed|blamed|attributed|attributes|links|linked|ties|tied|assesses|assessed|believes|believed|suspects|suspected|concluded|determined|traced|wrote|writes|reported|disclosed)\b/
/**
 * "TeamViewer said …" after "the German company TeamViewer": every later whole-word use of a company's name found by
 * its context once names the company too where it speaks (the finders see each use's context alone).
 */
function laterMentions(text: string, out: OrgMention[], mask: SpanSet): void {
  const names = new Map<string, OrgMention>()
  for (const o of out)
    if ((o.kind === 'company' || o.kind === 'vendor') && o.text === o.name && !names.has(o.name)) names.set(o.name, o)
  // ("Insikt Group … Insikt said": a vendor named by the first word of a name whose other words are generic.)
  for (const [name, o] of [...names]) {
    const generic = GENERIC_TAIL.exec(name)
    if (generic && generic.index >= 4 && !names.has(name.slice(0, generic.index)))
      names.set(name.slice(0, generic.index), o)
  }
  const added: OrgMention[] = []
  for (const [name, o] of names) {
    for (const i of wordStartOccurrences(text, name, o.span[1])) {
      const span: Span = [i, i + name.length]
      if (isAsciiWordCode(text.charCodeAt(span[1]))) continue
      // (Only where the company speaks or links: what it is said to do elsewhere is read as before.)
      if (!SPEAKS_AFTER_NAME.test(text.slice(span[1], span[1] + 40))) continue
      if (mask.overlaps(span) || anyOverlaps(out, span) || anyOverlaps(added, span)) continue
      added.push({ ...o, span })
    }
  }
  out.push(...added)
}
const GENERIC_TAIL = /\s(?:Group|Labs?|Security|Research|Intelligence|Technolog(?:y|ies)|Inc\.?|Ltd\.?|Corp\.?)$/
/** Drops the first `n` characters of an organisation named as written. */
function cutPrefix(o: OrgMention, n: number): void {
  o.name = o.text = o.text.slice(n)
  o.span = [o.span[0] + n, o.span[1]]
}
const BASED_PREFIX = /^(?:[A-Z][\w.'’]*\s+)?[A-Z][\w.'’]*-based\s+(?=[A-Z])/
const PERSON_OF_ORG = /^([A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?[A-Z][\w'’-]+\s+(?:of|at|from)\s+(?:the\s+)?(?=[A-Z])/

/**
 * "Korea Osong Shipping Co (Osong) … Osong is designated": a short name a company or body defines in brackets after
 * its name (inside the name as found, or right after it) names it wherever it comes back as a whole word. (Known
 * names and all-capital initials are found as such already: only a capitalised word or two.)
 */
function shortFormsNamed(text: string, out: OrgMention[], mask: SpanSet): void {
  const defined: { short: string; o: OrgMention }[] = []
  for (const o of out) {
    if (o.kind !== 'organisation' && o.kind !== 'company' && o.kind !== 'agency') continue
    const inside = o.text.endsWith(')') ? SHORT_FORM_INSIDE.exec(o.text) : null
    const after = inside ? null : SHORT_FORM_AFTER.exec(text.slice(o.span[1], o.span[1] + 80))
    const short = (inside ?? after)?.[1]
    if (!short || short === o.name) continue
    // (A short name in words is made of the name's; initials need not be, "DDIS" of the Danish service.)
    // ("Swedish Security Service (Sapo)": a public body's short word in its own language.)
    if (
      !INITIALS.test(short) &&
      !o.name.includes(short.split(' ')[0]!) &&
      !(short.length <= 6 && !short.includes(' ') && PUBLIC_BODY_HEAD.test(o.name) && !countryNamed(short))
    )
      continue
    defined.push({ short, o })
  }
  // Where each short name has been sought already, for the body that defined it: a body defining the same short name
  // again (a long report) seeks it only before there, as what was found after would be found again.
  const soughtFrom = new Map<string, number>()
  // (Each short name with the one body all its definitions name, or none when they name several; and the names defined:
  // a definition repeated, when no other names the short name differently and no body is named by it, renames nothing
  // the first did not.)
  const bodyOf = new Map<string, string | null>()
  const definedNames = new Set<string>()
  for (const { short, o } of defined) {
    const key = `${o.name}\u0000${o.kind}\u0000${o.country ?? ''}`
    bodyOf.set(short, bodyOf.has(short) && bodyOf.get(short) !== key ? null : key)
    definedNames.add(o.name)
  }
  const renamed = new Set<string>()
  for (const { short, o } of defined) {
    const repeated = renamed.has(short) && bodyOf.get(short) !== null && !definedNames.has(short)
    renamed.add(short)
    if (!repeated) {
      // ("designating Sobaeksu, a front company": a mention found by its shape before is the same company.)
      for (const x of out) if (x.name === short && x !== o && x.kind !== 'agency') x.name = o.name
      // ("Switzerland's National Cyber Security Centre (NCSC)": the text's "NCSC" is that body, not the UK's.)
      for (const x of out)
        if (x.text === short && x !== o && o.country && x.country && x.country !== o.country) {
          x.name = o.name
          x.country = o.country
        }
    }
    const key = `${short}\u0000${o.name}\u0000${o.kind}\u0000${o.country ?? ''}`
    const until = unsoughtUntil(soughtFrom, key, o.span[1], text.length)
    for (const at of wordStartOccurrences(text, short, o.span[1], until)) {
      const span: Span = [at, at + short.length]
      if (isAsciiWordCode(text.charCodeAt(span[1]))) continue
      // ("Osong's chief representative": the possessive is still the company's mention.)
      const m: OrgMention = { name: o.name, text: short, span, kind: o.kind }
      if (o.country) m.country = o.country
      pushFree(out, mask, m)
    }
  }
}
// "Chonsurim Trading Corporation (Chonsurim)": the short form in brackets at the end of the name as found, or after it.
const SHORT_FORM_INSIDE = /\s\(([A-Z][a-z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,3}|[A-Z][A-Z0-9&-]{1,9})\)$/
// ("Security Information Agency (Bezbednosno-informativna agencija, BIA)": initials after the name in its own language.)
const SHORT_FORM_AFTER =
  /^\s\((?:[^(),]{3,60},\s*(?=[A-Z][A-Z0-9&-]{1,9}\)))?([A-Z][a-z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,3}|[A-Z][A-Z0-9&-]{1,9})\)/
const INITIALS = /^[A-Z][A-Z0-9&-]{1,9}$/

const PUBLIC_BODY_HEAD =
  /\b(?:Ministry|Department|Agency|Police|Office|Service|Directorate|Council|Commission|Bureau|Command|Court|Parliament|Prosecutor|Army|Navy|Forces)\b/
// The first word or two of a name, a state's possessive allowed ("Russia's", "South Korea's").
const STATE_OPENER = /^([A-Z][\w.]*)(?:\s+([A-Z][\w.]*))?/

// ---------------------------------------------------------------- people

const TITLES = [
  'Deputy Prime Minister',
  'Prime Minister',
  'Deputy PM',
  'PM',
  'Vice President',
  'President',
  'Foreign Secretary',
  'Home Secretary',
  'Defence Secretary',
  'Defense Secretary',
  'Secretary of State',
  'Foreign Minister',
  'Defence Minister',
  'Defense Minister',
  'Minister',
  'Attorney General',
  'Deputy Attorney General',
  'Assistant Attorney General',
  'Director',
  'director',
  'Chancellor',
  'Ambassador',
  'ambassador',
  'Senator',
  'Sen.',
  'Rep.',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'Spokesperson',
  'Spokesman',
  'Mr',
  'Mr.',
  'Mrs',
  'Mrs.',
  'Ms',
  'Ms.',
  'Dr',
  'Dr.',
  'General',
  'Gen.',
  'Commissioner',
  'CEO',
  'chief executive',
  'researcher',
  'analyst',
  'Secretary',
  'secretary',
  'minister',
  'Judge',
  'judge',
  'prosecutor',
  'Prosecutor',
  'National Security Adviser',
  'National Security Advisor',
  'Adviser',
  'Advisor',
  'Under Secretary',
  'Chief Executive',
  'Director General',
  'director general',
]
// Name shapes. A name word: a capital and lower-case letters (Latin-1 and Latin Extended-A ones too: "Rakušan",
// "Müller"), with a hyphenated, apostrophe or inner-capital part ("Jean-Yves", "O'Brien", "McDonald"). A middle
// initial ("G."). A surname written in capitals, as sanctions lists and court documents write it ("GAO Qiang",
// "Alexey Valeryevich MININ"). Words of one name are separated by spaces on one line.
const LOWER = 'a-zß-öø-ÿā-ž'
// Capitals: ASCII, and the Latin-1 and Central European ones names are written with ("Żaryn", "Šimečka", "Łukasz").
const UPPER = 'A-ZÀ-ÖØ-ÞĄĆČĎĘĚŁŃŇŘŚŠŤŮŹŻŽ'
const NAME_TOKEN = `(?:[${UPPER}][${LOWER}]+|[A-Z]['’][A-Z][${LOWER}]+)(?:[-'’]?[${UPPER}][${LOWER}]+|-[${LOWER}]+)?`
const CAPS_TOKEN = '[A-Z]{2,}(?:-[A-Z]{2,})?'
const INITIAL = String.raw`[A-Z]\.`
/** Two to four name words, a middle initial allowed after the first: "Matthew G. Olsen", "Rim Jong Hyok". */
// (Up to five words: "Seyyed Mohammad Hosein Musa Kazemi".)
const PERSON = `${NAME_TOKEN}(?:${SP}${INITIAL})?(?:${SP}${NAME_TOKEN}){1,4}`
/** A name whose surname may be written in capitals, first or last: "ZHANG Shilong", "Oleg Mikhaylovich SOTNIKOV". */
const PERSON_CAPS = `(?:${CAPS_TOKEN}(?:${SP}${NAME_TOKEN}){1,2}|${NAME_TOKEN}(?:${SP}${NAME_TOKEN}){0,2}${SP}${CAPS_TOKEN}(?![\\w-])|${PERSON})`
const TITLE_RE = new RegExp(
  String.raw`\b(?:(?:[A-Z][a-z]+|FBI|CIA|NSA|CISA|NCSC|GCHQ|DOJ)\s+)?(?:${TITLES.map(escapeRe).join('|')})\s+((?:[A-Z]\.[ ]?){1,3}${NAME_TOKEN}|${NAME_TOKEN}(?:${SP}${INITIAL})?(?:${SP}${NAME_TOKEN}){0,2})\b`,
  'g',
)
const PERSON_LIST_WORDS =
  'nationals|officers|officials|individuals|men|women|defendants|hackers|suspects|citizens|persons|people|named|indicted|charged|sanctioned|arrested|identified|listed|designated|indictment against|charges against|sanctions against|sanctions on|warrants for|warrant for|designations of|designation of|indictment of|extradition of|prosecution of'.split(
    '|',
  )
// ("Seyyed Mohammad Hosein Musa Kazemi, 24, and Sajjad Kashian, 27,": each name may be followed by an age.)
const AGE = String.raw`(?:\s*,\s*\d{1,3}(?=\s*,))?`
const PERSON_LIST_RE = new RegExp(
  String.raw`\b(?:${PERSON_LIST_WORDS.join('|')})\s*[,:]?\s+(${PERSON_CAPS}${AGE}(?:\s*,\s*${PERSON_CAPS}${AGE})*(?:\s*,?\s+and\s+${PERSON_CAPS})?)`,
  'g',
)
const LISTED_NAME_RE = new RegExp(PERSON_CAPS, 'g')
const PERSON_CAPS_WHOLE = new RegExp(`^(?:${PERSON_CAPS})$`)
const SAID_WORDS = ['said', 'says', 'told', 'added', 'wrote', 'stated', 'explained', 'warned']
const SAID_RE = new RegExp(String.raw`\b(${PERSON})\s+(?:${SAID_WORDS.join('|')})\b`, 'g')
// Role nouns that stand in apposition to a person's name, before it ("the German interior minister, NAME,", "her
// counterpart, NAME") or after it ("NAME, the Assistant Attorney General", "NAME, a citizen of North Korea,").
const ROLE_WORDS = `minister counterpart secretary spokesperson spokesman spokeswoman director chief head president
  chancellor ambassador envoy official officer researcher analyst prosecutor attorney judge commissioner chairman
  chairwoman chair founder co-founder leader premier governor mayor senator lawmaker deputy adviser advisor diplomat
  commander investigator expert professor journalist manager executive CEO CTO CISO citizen national resident member
  employee engineer operative man woman suspect defendant businessman businesswoman entrepreneur scientist contractor
  General`
  .split(/\s+/)
  .filter(Boolean)
  .flatMap((w) => (/^[a-z]/.test(w) ? [w, w[0]!.toUpperCase() + w.slice(1)] : [w]))
const ROLE_LOWER = ROLE_WORDS.filter((w) => /^[a-z]/.test(w)).join('|')
// What follows a name given after its role: punctuation, "and", or a verb of saying or being.
const AFTER_NAME = String.raw`(?=[^\S\r\n]*[,.;:)]|[^\S\r\n]+(?:and|said|says|told|who|has|had|have|was|is|warned|added|stated|announced|confirmed|called|noted|wrote|explained)\b)`
// Before the name the role is a common noun, written in lower case ("Bronze President, Red Delta" is a list of names).
// A short phrase may follow the role ("a spokesperson for the embassy, NAME").
const ROLE_BEFORE_RE = new RegExp(
  String.raw`\b(?:${ROLE_LOWER})(?:${SP}(?:general|executive|officer))?(?:${SP}(?:for|of|at|in|with)${SP}(?:[\w'’.&-]+${SP}){0,2}[\w'’.&-]+)?,${SP}(${PERSON})${AFTER_NAME}`,
  'g',
)
// "NAME, the ... ROLE" with at most five words between, none of them a relative pronoun, conjunction or verb of being;
// a role written with a capital ("the Assistant Attorney General") only after an article ("Secrets Manager, Key
// Manager" is a list of products).
const WORDS_BEFORE_ROLE = String.raw`(?:(?!(?:which|who|whom|whose|that|and|or|but|is|was|are|were|has|had|have|said|says)\b)[\w'’.&-]+${SP}){0,5}?`
// The capitalised roles are titles (TITLES).
const CAPITAL_TITLES = TITLES.filter((t) => /^[A-Z]/.test(t))
  .map(escapeRe)
  .join('|')
const ROLE_AFTER_RE = new RegExp(
  String.raw`\b(${PERSON}),${SP}(?:(?:the|a|an|his|her|its|their)${SP}${WORDS_BEFORE_ROLE}(?:${ROLE_LOWER}|${CAPITAL_TITLES})|${WORDS_BEFORE_ROLE}(?:${ROLE_LOWER})|(?:(?:${TITLE_RANKS}|Chief)${SP})?(?:${CAPITAL_TITLES})${SP}(?:of|for)${SP}(?=[A-Z]|the${SP}))\b`,
  'g',
)
// "NAME was indicted", "NAME has been charged": the person is charged.
const CHARGED_VERBS = ['indicted', 'charged', 'arrested', 'convicted', 'sentenced', 'extradited']
const CHARGED_SUBJECT_RE = new RegExp(
  String.raw`\b(${PERSON}),?${SP}(?:(?:has|have|had)${SP}been|was|were|is|are|will${SP}be)${SP}(?:[a-z]+ly${SP})?(?:${CHARGED_VERBS.join('|')})\b`,
  'g',
)
// A list item that is a name with its surname in capitals, as in sanctions and designation lists: "- GAO Qiang
// (China)", "2. Alexey Valeryevich MININ, born …", "MININ, Alexey Valeryevich". Tried at line starts.
const LIST_ITEM_NAME_RE = new RegExp(
  String.raw`(?:^|\n)[^\S\r\n]*(?:[-*•·▪–—]|\d{1,3}[.)])?[^\S\r\n]*(?:(${PERSON_CAPS})|(${CAPS_TOKEN}),${SP}(${NAME_TOKEN}(?:${SP}${NAME_TOKEN}){0,2}))(?=[^\S\r\n]*(?:[(,;]|\r?\n|$))`,
  'g',
)
// A list of names is one of people when a word about people comes shortly before it.
const LIST_CUE =
  /\b(?:list(?:ed|s)?|individuals?|persons?|people|sanction(?:s|ed)?|designat(?:ed|ion|es)|indict(?:ed|ment)|charged|defendants|wanted|suspects|officers|nationals)\b/i
// Sticky copies, tried where the expressions' matches can start (see the organisation expressions above):
// - TITLE_RE: at a title, or a capital word start one chunk before it (the optional word before the title).
// - PERSON_LIST_RE: at one of its words.
// - SAID_RE: a capital word start at most 5 chunks before the verb (up to five name parts, each followed by spaces).
// - ROLE_BEFORE_RE: at a (lower-case) role word.
// - ROLE_AFTER_RE: a capital word start at most 11 chunks before a lower-case role word or a title (four name parts,
//   the article, five words; one more for a fifth name part).
// - CHARGED_SUBJECT_RE: a capital word start at most 9 chunks before the verb (five name parts, two auxiliaries, an
//   adverb).
// - LIST_ITEM_NAME_RE: at the text's start or a line break.
const TITLE_AT = anchored(TITLE_RE, (text, s) => startsBefore(text, s.keywords[KW_TITLE]!, 1, s.capitals, true))
const PERSON_LIST_AT = anchored(PERSON_LIST_RE, (_, s) => s.keywords[KW_PERSON_LIST]!)
const SAID_AT = anchored(SAID_RE, (text, s) =>
  startsBefore(text, saidAfterName(text, s.keywords[KW_SAID]!), 5, s.capitals),
)

/**
 * The verbs (keyword positions `at`, ascending) that SAID_RE's name can come before: the name's last part (a
 * NAME_TOKEN, after horizontal spaces) is the whole chunk before the verb's whitespace, so it begins with a capital and
 * ends with a lower-case letter, and the part before those spaces (a NAME_TOKEN or an initial) ends with a lower-case
 * letter or a dot.
 */
function saidAfterName(text: string, at: readonly number[]): number[] {
  const out: number[] = []
  for (const a of at) {
    let i = a
    while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) i--
    if (i === a || i === 0 || !isNameLowerCode(text.charCodeAt(i - 1))) continue
    let t = i - 1
    while (t > 0 && !isSpaceCode(text.charCodeAt(t - 1))) t--
    if (!isAsciiUpperCode(text.charCodeAt(t))) continue
    let k = t
    for (let c = text.charCodeAt(k - 1); k > 0 && c !== 10 && c !== 13 && isSpaceCode(c); c = text.charCodeAt(--k - 1));
    if (k === t || k === 0) continue
    const c = text.charCodeAt(k - 1)
    if (isNameLowerCode(c) || c === 46) out.push(a)
  }
  return out
}

/** Whether the code is one of LOWER (`[a-zß-öø-ÿā-ž]`). */
function isNameLowerCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xf6) || (c >= 0xf8 && c <= 0xff) || (c >= 0x101 && c <= 0x17e)
}
const ROLE_BEFORE_AT = anchored(ROLE_BEFORE_RE, (_, s) => s.keywords[KW_ROLE]!)
const ROLE_AFTER_AT = anchored(ROLE_AFTER_RE, (text, s) =>
  startsBefore(text, mergeAscending(s.keywords[KW_ROLE]!, s.keywords[KW_TITLE]!), 12, s.capitals),
)
/** Two ascending lists as one. */
function mergeAscending(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!)
  return out
}
const CHARGED_SUBJECT_AT = anchored(CHARGED_SUBJECT_RE, (text, s) =>
  startsBefore(text, s.keywords[KW_CHARGED]!, 9, s.capitals),
)
const LIST_ITEM_NAME_AT = anchored(LIST_ITEM_NAME_RE, (text) => listItemStarts(text, false))

/** Speed round 18d: the expressions it tries at fewer places, for the tests that they find what they found before. */
export const SPEED_18D_FOR_TEST = {
  scan: () => gazetteerIdx().scan,
  reportBy: REPORT_BY_AT,
  trade: { tradeNamed, nouns: TRADE_NOUNS, re: TRADE_NAMED_STICKY },
}

/** The expressions tried only where their matches can start, for the test that they find what a global search does. */
export const ANCHORED_FOR_TEST = {
  scan: () => gazetteerIdx().scan,
  expressions: [
    UNIT_AT,
    ARMY_AT,
    ...BODY_PHRASE_AT,
    PROVINCIAL_SECURITY_AT,
    ACRONYM_DEF_AT,
    ORG_AT,
    EMBASSY_AT,
    COMPANY_APPOSITIVE_AT,
    SUCH_AS_AT,
    DEVICES_AT,
    TEAM_APPOSITIVE_AT,
    VENDOR_APPOSED_AT,
    VENDOR_SHAPED_AT,
    LIST_ITEM_ENTITY_AT,
    TITLE_AT,
    PERSON_LIST_AT,
    SAID_AT,
    ROLE_BEFORE_AT,
    ROLE_AFTER_AT,
    CHARGED_SUBJECT_AT,
    LIST_ITEM_NAME_AT,
  ],
}
const CHARGE_WORDS =
  /\b(?:indicted|indictment|charged|charges|charging|accused of|facing (?:criminal )?charges|wanted by|arrested|convicted|extradited|[Tt]he defendants(?:,| (?:are|were|include))|defendants? named|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+) defendants)(?:\b|(?<=,))/i
// Every match of CHARGE_WORDS holds a word run (maximal run of ASCII `\w`) that is or begins with one of these,
// compared without regard to ASCII case (without the u flag, no other letter matches an ASCII one under the i flag):
// "indicted", "charges" after "facing", "accused", "wanted" each before a space, the rest before a boundary.
const CHARGE_RUN_WORDS = new RunWords([
  'indict*',
  'charg*',
  'accused',
  'wanted',
  'arrested',
  'convicted',
  'extradited',
  'defendant*',
])
const ANAPHOR =
  /\b(?:the|these|both|those)\s+(two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:men|women|individuals|nationals|officers|defendants|hackers|suspects|people|persons)\b/i
const OFFICIAL_TITLE =
  /minister|secretary|president|director|pm|chancellor|ambassador|senator|spokes|general|commissioner|ceo|judge|attorney|counterpart|official|chief|head|prosecutor|chair|founder|researcher|analyst|envoy|diplomat|governor|mayor|lawmaker|adviser|advisor|investigator|expert|professor|journalist|manager|executive/i
// Words that begin a run of capitalised words before a name without being part of it ("Director Jane Doe", "Deputy
// Assistant Attorney General Jane Doe" in a longer match).
const TITLE_WORDS = new Set(
  `Deputy Assistant Acting Associate Attorney General Director Minister Secretary President Vice Chancellor Ambassador
  Senator Commissioner Chief Judge Justice Prime Foreign Interior Defence Defense Home Justice Mr Mrs Ms Dr Prof Sir
  Dame Lord Lady Professor Spokesperson Spokesman Spokeswoman Officer Agent Special Premier Governor Mayor Chairman
  Chairwoman Chair Counterpart Head Leader Analyst Researcher Prosecutor Colonel Major Captain Lieutenant Sergeant
  Admiral Commander Citizen National Resident Member Hon Honourable Honorable`
    .split(/\s+/)
    .filter(Boolean),
)
const CAPS_WORD = /^[A-Z]{2,}(?:-[A-Z]{2,})?$/
// Role nouns written with a capital: never part of a name ("Identity Manager").
const ROLE_NAMES = new Set(ROLE_WORDS.filter((w) => /^[A-Z][a-z]/.test(w)))
/**
 * The line that introduces the list holding the line at or after `at` (its last sentence, and where the line starts):
 * going back over short lines (list items, blank lines), the first line that ends with a colon; '' when a paragraph or
 * the text's start comes first.
 */
function listIntro(text: string, at: number): { line: string; start: number } {
  let end = text[at] === '\n' ? at : text.lastIndexOf('\n', at - 1)
  for (let k = 0; k < 40 && end > 0; k++) {
    const start = text.lastIndexOf('\n', end - 1) + 1
    const line = text.slice(start, end).trim()
    if (line.endsWith(':')) return { line: line.slice(line.search(/[^.!?]*$/)), start }
    if (line.length > 120) break
    end = start - 1
  }
  return { line: '', start: -1 }
}

/** The list items (matches of LIST_ITEM_NAME_AT) that name people: a surname in capitals, after a word about people. */
let lastListed: { text: string; listed: { m: RegExpExecArray; intro: number }[] } | undefined
function listedPeople(text: string, scanned: Scanned): { m: RegExpExecArray; intro: number }[] {
  if (lastListed?.text === text) return lastListed.listed
  const out: { m: RegExpExecArray; intro: number }[] = []
  lastListed = { text, listed: out }
  // A list is introduced by a line ending in a colon.
  if (!text.includes(':\n') && !text.includes(':\r\n') && !text.includes(': \n')) return out
  for (const m of matchesOf(LIST_ITEM_NAME_AT, text, scanned)) {
    if (m[1] !== undefined && !m[1].split(/\s+/).some((w) => CAPS_WORD.test(w))) continue
    const intro = listIntro(text, m.index)
    if (LIST_CUE.test(intro.line)) out.push({ m, intro: intro.start })
  }
  return out
}
/** A name with its capitalised surname written as a name ("GAO Qiang" → "Gao Qiang"). */
function nameCase(name: string): string {
  return name
    .split(/\s+/)
    .map((w) => (CAPS_WORD.test(w) ? w.replace(/[A-Z]+/g, (x) => x[0]! + x.slice(1).toLowerCase()) : w))
    .join(' ')
}

/**
 * Adds to `out` the person named by `raw` at `s`, without leading title words, unless it overlaps an excluded span or
 * a person found before; false when it is not a person's name. At module level, not a closure made per call (tsx wraps
 * each closure it makes in a naming call).
 */
// A list of names: "Masoud Jalili, Seyyed Ali Aghamiri and Yasar Balaghi" (two to four name words each).
const NAME_ITEM = `${NAME_TOKEN}(?:${SP}${NAME_TOKEN}){1,3}`
// (Each name may carry an alias, an age and a home: "Pavel Akulov, 36, Mikhail Gavrilov, 42, and Marat Tyukov, 39";
// "A, 37; B, also known as Nitr0jen26, 23; and C, 25"; "A, 23, and B, 20, both of Texas; C, 20, of Florida".)
const NAME_SUFFIX = String.raw`(?:\s*,\s*(?:also\s+)?known\s+as\s+[^,;.\n]{1,30}(?=\s*,))?(?:\s*,\s*\d{1,3}(?=\s*[,;]))?(?:\s*,\s*(?:both\s+|all\s+)?of\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}(?=\s*;))?`
const NAME_LIST_RE = new RegExp(`${NAME_ITEM}(?:${NAME_SUFFIX}(?:\\s*[,;]\\s*|\\s*[,;]?\\s+and\\s+)${NAME_ITEM})+`, 'g')
const LIST_NEXT = /^[\w'’-]*\s*(?:[,;]|and\s)/
const LIST_PREVIOUS = /(?:[,;]|\sand)\s*$/
const NAME_LIST_SEPARATOR = new RegExp(String.raw`${NAME_SUFFIX}\s*[,;]\s*(?:and\s+)?|\s+and\s+`, 'g')

/**
 * The other names of a list one of whose names is a person's: they are people too ("Masoud Jalili, Seyyed Ali Aghamiri
 * and Yasar Balaghi face 18 counts", where only the first is found by a given name). A person found inside a longer
 * list item takes the item's name ("Ali Aghamiri" → "Seyyed Ali Aghamiri").
 */
const PLACE_PREPOSITION_BEFORE = /\b(?:from|in|at|near)\s+$/
function listMates(text: string, out: PersonMention[], excluded: SpanSet, isKnownName: (s: string) => boolean): void {
  for (const p of [...out]) {
    // Only a name with a list separator beside it stands in a list.
    if (
      // (past the rest of a word the name may stop inside: "John Scott" of "John Scott-Railton, …")
      !LIST_NEXT.test(text.slice(p.span[1], p.span[1] + 40)) &&
      !LIST_PREVIOUS.test(text.slice(Math.max(0, p.span[0] - 6), p.span[0]))
    )
      continue
    const from = Math.max(0, p.span[0] - 160)
    const window = text.slice(from, Math.min(text.length, p.span[1] + 160))
    NAME_LIST_RE.lastIndex = 0
    for (let m = NAME_LIST_RE.exec(window); m; m = NAME_LIST_RE.exec(window)) {
      const ls = from + m.index
      if (ls > p.span[0] || ls + m[0].length < p.span[1]) continue
      // The list must lie on one line and name only people: none of its items a known name.
      if (/[\r\n]/.test(m[0])) break
      // ("a national from South Moravia, and B": a place after a preposition of place starts no list of people.)
      if (PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, ls - 7), ls))) continue
      const items: [string, number][] = []
      let at = 0
      NAME_LIST_SEPARATOR.lastIndex = 0
      for (let sep = NAME_LIST_SEPARATOR.exec(m[0]); ; sep = NAME_LIST_SEPARATOR.exec(m[0])) {
        const end = sep ? sep.index : m[0].length
        items.push([m[0].slice(at, end), ls + at])
        if (!sep) break
        at = sep.index + sep[0].length
      }
      if (items.some(([t]) => isKnownName(t))) break
      for (const [t, s] of items) {
        const span: Span = [s, s + t.length]
        const inside = out.find((q) => q.span[0] >= span[0] && q.span[1] <= span[1])
        if (inside) {
          if (inside.span[0] !== span[0] || inside.span[1] !== span[1]) {
            inside.name = t
            inside.text = t
            inside.span = span
          }
        } else if (!out.some((q) => overlaps(q.span, span))) pushPerson(out, excluded, isKnownName, t, s)
      }
      break
    }
  }
}

const CALENDAR_WORDS = new Set(
  'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December'.split(
    ' ',
  ),
)

/**
 * "Dmitry Yuryevich Khoroshev … Khoroshev, a 31-year-old from Voronezh, is …": a person named in full is named by the
 * surname alone after that, as news style does. Each whole-word use of the surname (of five letters or more, which
 * leaves out the short family names that open Korean and Chinese names) after the full name, outside a run of
 * capitalised words and outside other names, is the person's.
 */
function surnameMentions(text: string, out: PersonMention[], excluded: SpanSet): void {
  const taken = new SpanSet(out.map((p) => p.span))
  const added: PersonMention[] = []
  const seen = new Set<string>()
  for (const p of out) {
    if (p.text !== p.name || seen.has(p.name)) continue
    seen.add(p.name)
    const surname = p.name.slice(p.name.lastIndexOf(' ') + 1)
    if (surname.length < 5 || !SURNAME.test(surname)) continue
    // (At word starts, by the index of a long text's word starts: a search to the end per person was quadratic.)
    for (const i of wordStartOccurrences(text, surname, p.span[1])) {
      const span: Span = [i, i + surname.length]
      if (isWordChar(text, i - 1) || isWordChar(text, span[1]) || text.charCodeAt(span[1]) === 45) continue
      if (taken.overlaps(span) || excluded.overlaps(span)) continue
      // (Not inside a run of capitalised words: "the Khoroshev Foundation", "Anna Khoroshev".)
      const before = CAPITAL_WORD_BEFORE_NAME.exec(text.slice(Math.max(0, i - 24), i))
      if (before && !OPENING_WORDS.has(before[1]!)) continue
      if (CAPITAL_WORD_AFTER_NAME.test(text.slice(span[1], span[1] + 24))) continue
      // ("Trump campaign officials", "the Biden administration": a name as a modifier of a group's noun.)
      if (NAME_MODIFIED_NOUN_AFTER.test(text.slice(span[1], span[1] + 24))) continue
      added.push({ name: p.name, text: surname, span, charged: false })
    }
  }
  out.push(...added)
}
const SURNAME = /^[A-Z][a-z'’-]+[a-z]$/
const CAPITAL_WORD_BEFORE_NAME = /\b([A-Z][\w'’-]*)\s$/
// Capitalised words that open a sentence or stand before a name without being part of it: those no organisation's
// name opens with, and a few conjunctions.
const OPENING_WORDS = new Set([...NOT_ORG_WORDS, 'But', 'And', 'If', 'As', 'Then'])
const CAPITAL_WORD_AFTER_NAME = /^\s[A-Z][\w'’-]/
const NAME_MODIFIED_NOUN_AFTER =
  /^\s+(?:campaign|administration|government|team|era|officials|aides|supporters|allies|family|camp|presidency|organi[sz]ation)\b/

// The end of an office's name before a place: "the Southern District of", "the State of".
const PLACE_OF_BEFORE = /\b(?:District|State|City|Commonwealth|Province|Region|County|Republic)\s+of\s+(?:the\s+)?$/
// The last word of a body's name: an organisation's head, or a portfolio's or programme's noun.
const BODY_LAST_WORD = new RegExp(
  `^(?:${ORG_HEAD}|Affairs|Initiative|Programme|Program|Project|Fund|Group|Limited|Ltd|LLC|Inc|GmbH|PLC|AD|ZRT|JSC|AG|SA|Corp|Consortium)$`,
)
function pushPerson(
  out: PersonMention[],
  excluded: SpanSet,
  isKnownName: (s: string) => boolean,
  raw: string,
  s: number,
  title?: string,
  charged = false,
  /** The words after the first are syllables of a given name, whatever else they spell ("Jong In Chol"). */
  syllables = false,
): boolean {
  let name = raw
  // (Leading title words, sentence openers and dates: "On Friday Jarosław Kaczyński said".)
  for (
    let w = /^(\S+)\s+/.exec(name);
    w && (TITLE_WORDS.has(w[1]!) || NOT_ORG_WORDS.has(w[1]!) || CALENDAR_WORDS.has(w[1]!));
  ) {
    s += w[0].length
    name = name.slice(w[0].length)
    w = /^(\S+)\s+/.exec(name)
  }
  const words = name.split(/\s+/)
  if (words.length < 2 || words.every((w) => CAPS_WORD.test(w) || w.endsWith('.'))) return false
  const span: Span = [s, s + name.length]
  if (excluded.overlaps(span)) return false
  if (isKnownName(name)) return false
  // A product's name ("Windows Defender").
  if (PRODUCT_NAMES.has(name.toLowerCase()) || PRODUCT_NAMES.has(words[0]!.toLowerCase())) return false
  if (
    (syllables ? words.slice(0, 1) : words).some(
      (w) => NOT_ORG_WORDS.has(w) || TITLE_WORDS.has(w) || ROLE_NAMES.has(w) || /^(?:and|of)$/.test(w),
    )
  )
    return false
  // A body's name ends in its head ("the FBI's Counterintelligence Division", "the Minister of Digital Affairs",
  // "sanctioned African Initiative, a Russian-backed organisation").
  if (BODY_LAST_WORD.test(words[words.length - 1]!)) return false
  // A word in capitals that is itself a known name ("CISA", "FBI") is not a surname.
  if (words.some((w) => CAPS_WORD.test(w) && isKnownName(w))) return false
  if (out.some((p) => overlaps(p.span, span))) return false
  const p: PersonMention = { name: nameCase(name), text: name, span, charged }
  if (title) p.title = title
  out.push(p)
  return true
}

// A name of two or three capitalised words, and a list of them after a plural word for people who act or are acted on.
const MIXED_NAME_SRC = String.raw`[A-Z][a-z]+(?:-[a-z]+)?(?:\s+[A-Z][a-z]+(?:-[a-z]+)?){1,2}`
const MIXED_NAME = new RegExp(MIXED_NAME_SRC, 'g')
const ROLE_NOUN_WORDS = ['bankers', 'brokers', 'executives', 'operatives', 'facilitators', 'representatives']
const ROLE_NOUNS = ROLE_NOUN_WORDS.join('|')
const ROLE_NOUN_NAMES = new RegExp(
  String.raw`\b(?:${ROLE_NOUNS})\s+(${MIXED_NAME_SRC}(?:\s*,\s*${MIXED_NAME_SRC})*(?:\s*,?\s+and\s+${MIXED_NAME_SRC})?)\b`,
  'g',
)
const ROLE_NOUN_NAMES_AT = stickyCopy(ROLE_NOUN_NAMES)
const AGE_APPOSED = /,\s+\d{2},\s+an?\s/y
const AGE_ALONE = /,\s+\d{2},\s/y
/** Whether `re` (sticky, opening with a comma) occurs in `text`: tried at each comma, found by `indexOf`. */
function ageApposed(text: string, re: RegExp): boolean {
  for (let i = text.indexOf(','); i >= 0; i = text.indexOf(',', i + 1)) {
    re.lastIndex = i
    if (re.test(text)) return true
  }
  return false
}
// A name, an age and a nationality in apposition ("Karim Baratov, 22, a Kazakh national").
const AGED_SURNAME =
  /(?<![A-Z][a-z]+\s)\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?),\s+\d{2},\s+(?=(?:is|was|are|were|has|had|who|pleaded|faces|remains)\b)/g
const AGED_PERSON =
  /\b((?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+){1,3}[A-Z][a-z]+(?:-[A-Z][a-z]+)?),\s+\d{2},\s+(?=(?:is|was|are|were|has|had|who|and|pleaded|faces|remains|known(?:\s+online)?\s+as|also\s+known|alias)\b)/g
const AGED_NATIONAL =
  /\b((?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+){1,3}[A-Z][a-z]+(?:-[A-Z][a-z]+)?),\s+\d{2},\s+(?:a|an)\s+(?:[A-Z][a-z]*\.?(?:[A-Z]\.)*\s+){0,3}(?:national|citizen|resident)\b/g

export function findPeople(
  text: string,
  sents: Sentence[],
  exclude: Span[],
  isKnownName: (s: string) => boolean,
): PersonMention[] {
  const out: PersonMention[] = []
  const excluded = new SpanSet(exclude)
  const scanned = gazetteerIdx().scan.of(text)
  for (const m of matchesOf(TITLE_AT, text, scanned)) {
    const name = m[1]!
    const s = m.index + m[0].lastIndexOf(name)
    const title = m[0].slice(0, m[0].lastIndexOf(name)).trim()
    if (name.split(/\s+/).length === 1) {
      // "Mr Dowden": the surname of someone named in full before; a lone surname on its own is not kept.
      const full = out.find((p) => p.name.endsWith(` ${name}`))
      if (full && !out.some((p) => overlaps(p.span, [s, s + name.length]))) {
        const p: PersonMention = { name: full.name, text: name, span: [s, s + name.length], charged: false }
        const t = full.title ?? title
        if (t) p.title = t
        out.push(p)
      }
      continue
    }
    pushPerson(out, excluded, isKnownName, name, s, title)
  }
  // "the German interior minister, NAME," and "NAME, the Assistant Attorney General".
  for (const m of matchesOf(ROLE_BEFORE_AT, text, scanned)) {
    const name = m[1]!
    pushPerson(out, excluded, isKnownName, name, m.index + m[0].lastIndexOf(name), m[0].slice(0, m[0].indexOf(',')))
  }
  for (const m of matchesOf(ROLE_AFTER_AT, text, scanned)) {
    const name = m[1]!
    pushPerson(out, excluded, isKnownName, name, m.index, m[0].slice(name.length + 1).trim())
  }
  for (const m of matchesOf(CHARGED_SUBJECT_AT, text, scanned))
    pushPerson(out, excluded, isKnownName, m[1]!, m.index, undefined, true)
  for (const m of matchesOf(PERSON_LIST_AT, text, scanned)) {
    const list = m[1]!
    const base = m.index + m[0].indexOf(list)
    // After a verb of naming things ("researchers named Parrot TDS") a word in capitals is not a surname.
    const naming = /^(?:named|identified)/.test(m[0])
    // ("an international operation code-named Phobos Aetor": an operation's name.)
    if (naming && /\bcode-?$/i.test(text.slice(Math.max(0, m.index - 5), m.index))) continue
    for (const part of list.matchAll(LISTED_NAME_RE))
      if (!(naming && part[0].split(/\s+/).some((w) => CAPS_WORD.test(w))))
        pushPerson(out, excluded, isKnownName, part[0], base + part.index)
  }
  // Items of a list of people: names with a surname in capitals, after a word about people.
  for (const { m } of listedPeople(text, scanned)) {
    if (m[1] !== undefined) pushPerson(out, excluded, isKnownName, m[1], m.index + m[0].lastIndexOf(m[1]))
    else {
      // "MININ, Alexey Valeryevich": given names first.
      const s = m.index + m[0].lastIndexOf(m[2]!)
      const before = out.length
      if (pushPerson(out, excluded, isKnownName, `${m[3]!} ${m[2]!}`, s)) {
        const p = out[before]!
        p.text = m[0].slice(m[0].lastIndexOf(m[2]!))
        p.span = [s, s + p.text.length]
      }
    }
  }
  // ("U.S. Attorney X for the Southern District of New York said": a place, the end of an office's name.)
  for (const m of matchesOf(SAID_AT, text, scanned))
    if (!PLACE_OF_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)))
      pushPerson(out, excluded, isKnownName, m[1]!, m.index)
  // "North Korean bankers Jang Kuk Chol and Ho Jong Son": names right after a word for such people.
  // (Tried only where one of the words occurs.)
  for (const m of matchAtStarts(ROLE_NOUN_NAMES_AT, text, scanned.keywords[KW_ROLE_NOUN]!)) {
    const base = m.index + m[0].indexOf(m[1]!)
    for (const part of m[1]!.matchAll(MIXED_NAME)) pushPerson(out, excluded, isKnownName, part[0], base + part.index)
  }
  // "Alexsey Alexseyevich Belan, 29, a Russian national": a name with an age and a nationality is a person's.
  // (Only where an age stands in apposition: ", 29, a".)
  // "Firas Dardar, 27, is charged", "Ahmad Umar Agha, 22, known online as …": an age in apposition, then a verb, a
  // nickname or the list going on.
  // (Every ", 29, a" is an age alone too: the text's commas are read once when it has none.)
  if (ageApposed(text, AGE_ALONE)) {
    if (
      (textHas(text, ' national') || textHas(text, ' citizen') || textHas(text, ' resident')) &&
      ageApposed(text, AGE_APPOSED)
    )
      for (const m of text.matchAll(AGED_NATIONAL)) pushPerson(out, excluded, isKnownName, m[1]!, m.index)
    for (const m of text.matchAll(AGED_PERSON)) pushPerson(out, excluded, isKnownName, m[1]!, m.index)
    // "Kasatkin, 26, was detained" after "the basketball player Daniil Kasatkin": the full name written before.
    for (const m of text.matchAll(AGED_SURNAME)) {
      const full = new RegExp(String.raw`\b([A-Z][\p{L}'’-]+)\s+${m[1]!}\b`, 'u').exec(text.slice(0, m.index))
      if (full) pushPerson(out, excluded, isKnownName, `${full[1]!} ${m[1]!}`, full.index)
    }
  }
  // Names with no title, role or verb of saying around them, found by a common given name ("… under his command:
  // Denis Denisenko, Dmitry Goloszoubov and Nikolai Korchagin").
  for (const c of givenNameCandidates(text)) pushPerson(out, excluded, isKnownName, c.name, c.start)
  for (const c of koreanNameCandidates(text))
    pushPerson(out, excluded, isKnownName, c.name, c.start, undefined, false, true)
  if (out.length) listMates(text, out, excluded, isKnownName)
  if (out.length) surnameMentions(text, out, excluded)
  out.sort((a, b) => a.span[0] - b.span[0])
  // Charged: named in a sentence about charges, or referred back to ("the two men … facing criminal charges").
  // Nothing to mark without people or without a charge word anywhere (a run of CHARGE_RUN_WORDS, found in the pass
  // over the document's runs that the finders share); a sentence that ends before the first person starts has no one
  // in it or before it. A sentence's match holds a run of CHARGE_RUN_WORDS inside the sentence (a sentence starts
  // after whitespace and ends before it, so its runs are the text's): the expression is tried only on sentences where
  // one starts.
  const chargeRuns = roleRuns(text)[ROLE_CHARGE]!
  if (out.length === 0 || chargeRuns.length === 0) return out
  const firstStart = out[0]!.span[0]
  const runStart = wordRuns(text).start
  let next = 0
  for (const s of sents) {
    if (s.end <= firstStart) continue
    while (next < chargeRuns.length && runStart[chargeRuns[next]!]! < s.start) next++
    if (next === chargeRuns.length) break
    if (runStart[chargeRuns[next]!]! >= s.end) continue
    if (!CHARGE_WORDS.test(s.text)) continue
    for (const p of out)
      if (p.span[0] >= s.start && p.span[1] <= s.end && !(p.title && OFFICIAL_TITLE.test(p.title))) p.charged = true
    const a = ANAPHOR.exec(s.text)
    if (a) {
      const n = NUMBER_WORDS[a[1]!.toLowerCase()] ?? Number(a[1])
      const before = out.filter((p) => p.span[1] <= s.start && !(p.title && OFFICIAL_TITLE.test(p.title)))
      // (As many people as counted, each named once or more: "… Li Xiao. None of the ten defendants is in custody.")
      const names = new Set<string>()
      for (let i = before.length - 1; i >= 0 && (names.size < n || names.has(before[i]!.name)); i--) {
        names.add(before[i]!.name)
        before[i]!.charged = true
      }
    }
  }
  return out
}

// ---------------------------------------------------------------- CVEs, dates, numbers

export interface CveMention {
  id: string
  span: Span
}

// A CVE identifier starts at a word run beginning with "cve" ("CVE-2024-1234", "CVE2024…", "CVE_2024…").
export const CVE_RE = /\bCVE[-‐‑–\s_]?(\d{4})[-‐‑–\s_]?(\d{4,7})\b/gi
const CVE_STICKY = stickyCopy(CVE_RE)
const CVE_WORDS = new RunWords(['cve*'])

/** Where a CVE identifier may start in `text`, ascending (exported for the equivalence test). */
export function cveStarts(text: string): number[] {
  const found = roleRuns(text)[ROLE_CVE]!
  if (found.length === 0) return []
  return runStarts(wordRuns(text), found)
}

export function findCves(text: string): CveMention[] {
  const out: CveMention[] = []
  for (const m of matchAtStarts(CVE_STICKY, text, cveStarts(text))) {
    out.push({ id: `CVE-${m[1]}-${m[2]}`, span: [m.index, m.index + m[0].length] })
  }
  return out
}

export interface DateMention {
  value: string
  text: string
  span: Span
}

/** A date as findDates makes it: a class instance, not an object literal (see Country). */
class DateFound implements DateMention {
  value: string
  text: string
  span: Span
  constructor(value: string, text: string, span: Span) {
    this.value = value
    this.text = text
    this.span = span
  }
}

const MONTH_RE = `(?:${MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|')}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?`
const YEAR = '((?:19|20)\\d{2})'
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?'
const pad = (n: number) => String(n).padStart(2, '0')

const MONTH_STEMS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const validDate = (y: number, mo: number, d: number) =>
  mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && y >= 1900 && y <= 2100
// Both ends of a range within one year, when both are dates.
const rangeEnds = (y: number, m1: number, d1: number, m2: number, d2: number): string[] =>
  validDate(y, m1, d1) && validDate(y, m2, d2) ? [`${y}-${pad(m1)}-${pad(d1)}`, `${y}-${pad(m2)}-${pad(d2)}`] : []
export const DATE_PATTERNS: [RegExp, (m: RegExpMatchArray) => string[]][] = [
  // 2024-01-12
  [
    new RegExp(`\\b${YEAR}-(\\d{2})-(\\d{2})\\b`, 'g'),
    (m) => (validDate(+m[1]!, +m[2]!, +m[3]!) ? [`${m[1]}-${m[2]}-${m[3]}`] : []),
  ],
  // 4 August to 2 September 2025 / 28 February - 3 March 2024: both ends
  [
    new RegExp(
      `\\b${DAY}\\s+(${MONTH_RE})\\s*(?:to|until|through|and|-|–)\\s*${DAY}\\s+(${MONTH_RE})\\s*,?\\s*${YEAR}\\b`,
      'g',
    ),
    (m) => rangeEnds(+m[5]!, monthOf(m[2]!), +m[1]!, monthOf(m[4]!), +m[3]!),
  ],
  // between 6 and 28 May 2025 / 6-28 May 2025
  [
    new RegExp(`\\b${DAY}\\s*(?:and|to|-|–|until)\\s*${DAY}\\s+(${MONTH_RE})\\s*,?\\s*${YEAR}\\b`, 'g'),
    (m) => {
      const mo = monthOf(m[3]!)
      return [`${m[4]}-${pad(mo)}-${pad(+m[1]!)}`, `${m[4]}-${pad(mo)}-${pad(+m[2]!)}`]
    },
  ],
  // 12 January 2024
  [
    new RegExp(`\\b${DAY}\\s+(?:of\\s+)?(${MONTH_RE})\\s*,?\\s*${YEAR}\\b`, 'g'),
    (m) => (validDate(+m[3]!, monthOf(m[2]!), +m[1]!) ? [`${m[3]}-${pad(monthOf(m[2]!))}-${pad(+m[1]!)}`] : []),
  ],
  // March 4-6, 2024 / March 4 to 6, 2024: both ends
  [
    new RegExp(`\\b(${MONTH_RE})\\s+${DAY}\\s*(?:to|until|through|and|-|–)\\s*${DAY},?\\s+${YEAR}\\b`, 'g'),
    (m) => rangeEnds(+m[4]!, monthOf(m[1]!), +m[2]!, monthOf(m[1]!), +m[3]!),
  ],
  // August 4 to September 2, 2025: both ends
  [
    new RegExp(
      `\\b(${MONTH_RE})\\s+${DAY}\\s*(?:to|until|through|and|-|–)\\s*(${MONTH_RE})\\s+${DAY},?\\s+${YEAR}\\b`,
      'g',
    ),
    (m) => rangeEnds(+m[5]!, monthOf(m[1]!), +m[2]!, monthOf(m[3]!), +m[4]!),
  ],
  // January 12, 2024
  [
    new RegExp(`\\b(${MONTH_RE})\\s+${DAY},?\\s+${YEAR}\\b`, 'g'),
    (m) => (validDate(+m[3]!, monthOf(m[1]!), +m[2]!) ? [`${m[3]}-${pad(monthOf(m[1]!))}-${pad(+m[2]!)}`] : []),
  ],
  // November and December of 2024 / from August 2021 to October 2022 handled by the month-year rule
  [
    new RegExp(`\\b(${MONTH_RE})\\s+(?:and|or|to|-|–|through)\\s+(${MONTH_RE})\\s*(?:of\\s+)?,?\\s*${YEAR}\\b`, 'g'),
    (m) => [`${m[3]}-${pad(monthOf(m[1]!))}`, `${m[3]}-${pad(monthOf(m[2]!))}`],
  ],
  // December 2015
  [new RegExp(`\\b(${MONTH_RE})\\s+(?:of\\s+)?${YEAR}\\b`, 'g'), (m) => [`${m[2]}-${pad(monthOf(m[1]!))}`]],
]

// Where each date pattern can start, so that it is tried (sticky) only there: 0 at a run of four digits ("2024-01-12");
// 4–8 at a month name or abbreviation (a run of its own: whitespace or a dot follows); 1–3 at a digit run in the
// stretch before a month (see stretchStart), there a run starting with a month's first three letters ("May2024" is
// one run): 1 `4 August to …` and 3 `12(th)? (of )?May` have whitespace after the day and after "of" (2 gaps), 2
// `6 and 28 May` / `6–28 May` around the separator and after the second day (3 gaps, with `-` or `–` between).
const MONTH_WORDS = new RunWords(MONTH_STEMS.map((m) => `${m}*`))
const MONTH_NAMES = new RunWords([...MONTHS, ...MONTH_STEMS, 'sept'])
const DIGIT_RUNS = new RunWords([], { digits: true })
const DATE_STICKY = DATE_PATTERNS.map(([re]) => stickyCopy(re))
// A year on its own: four digits with no word character on either side, so a run of four digits.
export const LONE_YEAR_RE = /(?<![\w\-./:#])((?:19[7-9]|20[0-4])\d)(?![\w\-/]|\.\d)/g
const LONE_YEAR = stickyCopy(LONE_YEAR_RE)

/**
 * Where each of DATE_PATTERNS, then LONE_YEAR_RE, may start in `text`, ascending (exported for the equivalence
 * test). The patterns naming a month get none in a text without a month.
 */
export function dateStarts(text: string): number[][] {
  const runs = wordRuns(text)
  const fourDigits = digitRunStarts(runs, 4)
  const roles = roleRuns(text)
  const months = roles[ROLE_MONTH]!
  const dayBefore = startsBeforeHeads(text, runs, months, 2, { keep: DIGIT_RUNS })
  const { day, range, year } = monthStartsByNext(text, runs, roles[ROLE_MONTH_NAME]!)
  return [
    fourDigits,
    dayBefore,
    startsBeforeHeads(text, runs, months, 3, { dash: true, keep: DIGIT_RUNS }),
    dayBefore,
    day,
    day,
    day,
    range,
    year,
    fourDigits,
  ]
}

/**
 * The starts of the month-name runs (`names`, run indices) that DATE_PATTERNS 4–8 can match at, by what follows the
 * run. Each pattern opens with `\b(MONTH_RE)\s+`: a month alternative is letters and maybe a dot, and whitespace
 * must follow it, so it ends where its run (of ASCII word characters) ends. After the run come maybe a dot, then
 * whitespace, and after all of that whitespace (what the pattern reads next is never whitespace): a digit for 4–6 (a
 * day), "and", "or", "to", "-", "–" or "through" for 7, "of" or the 1 or 2 of a year (19xx, 20xx) for 8. A month
 * followed by none of these starts none of them, and a pattern left with no start is not run at all.
 */
function monthStartsByNext(
  text: string,
  runs: WordRuns,
  names: readonly number[],
): { day: number[]; range: number[]; year: number[] } {
  const day: number[] = []
  const range: number[] = []
  const year: number[] = []
  for (const j of names) {
    let i = runs.end[j]!
    if (text.charCodeAt(i) === 46) i++
    if (!isSpaceCode(text.charCodeAt(i))) continue
    while (isSpaceCode(text.charCodeAt(i))) i++
    const c = text.charCodeAt(i)
    const s = runs.start[j]!
    if (isAsciiDigitCode(c)) {
      day.push(s)
      if (c === 49 || c === 50) year.push(s)
    } else if (text.startsWith('of', i)) year.push(s)
    if (c === 45 || c === 0x2013 || RANGE_WORDS.some((w) => text.startsWith(w, i))) range.push(s)
  }
  return { day, range, year }
}
const RANGE_WORDS = ['and', 'or', 'to', 'through']

// Whether a date found at `span` overlaps neither masked text nor a date found before.
function dateFree(mask: SpanMask, taken: { span: Span }[], span: Span): boolean {
  return !mask.overlaps(span) && !anyOverlaps(taken, span)
}

export function findDates(text: string, masked: Span[]): DateMention[] {
  const out: DateMention[] = []
  const taken: { span: Span }[] = []
  const mask = new SpanMask(masked)
  const starts = dateStarts(text)
  for (let i = 0; i < DATE_PATTERNS.length; i++) {
    const f = DATE_PATTERNS[i]![1]
    for (const m of matchAtStarts(DATE_STICKY[i]!, text, starts[i]!)) {
      const span: Span = [m.index, m.index + m[0].length]
      if (!dateFree(mask, taken, span)) continue
      const values = f(m)
      if (values.length === 0) continue
      taken.push({ span })
      for (const v of values) out.push(new DateFound(v, m[0], span))
    }
  }
  // A year on its own ("in 2017", "since 2016", "the 2018 Winter Olympics"), not part of an identifier.
  for (const m of matchAtStarts(LONE_YEAR, text, starts[DATE_PATTERNS.length]!)) {
    const span: Span = [m.index, m.index + 4]
    if (!dateFree(mask, taken, span)) continue
    const before = text.slice(Math.max(0, m.index - 12), m.index)
    if (/(?:CVE|No\.|#|version|v)\s*$/i.test(before)) continue
    if (/\d[\s,]*$/.test(before)) continue
    const year = m[1]!
    out.push(new DateFound(year, year, [m.index, m.index + year.length]))
    taken.push({ span: [m.index, m.index + year.length] })
  }
  return out.sort((a, b) => a.span[0] - b.span[0])
}

export interface NumberMention {
  value: number
  unit: string
  text: string
  span: Span
}

const SCALE_WORDS: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  bn: 1e9,
  k: 1e3,
}
const UNIT_STOP =
  /^(?:of|the|a|an|and|or|to|in|on|at|by|for|with|from|that|which|who|were|was|are|is|be|been|have|has|had|more|than|per|cent|percent|years?|months?|weeks?|days?|times?|am|pm|it|its|their|them|they|we|our|as|so|but|into|over|after|before|while|when|because|since|if|among|under|using|across|carry|carries|will|would|can|could|may|might|out|depending|affect|affects|respectively|each|apiece|alone|including)$/i
const NUMBER_WORD_VALUES = new Map(Object.entries(NUMBER_WORDS))
const SCORE_BEFORE = /\b((?:CVSS(?:\s+v?\d(?:\.\d)?)?|severity|base|risk)\s+score)\s+(?:of\s+)?$/i
const OUT_OF_TEN = /^\s+out\s+of\s+10\b/
const MONTH_BEFORE = new RegExp(`(?:${MONTH_RE})\\s+$`)
export const NUM_RE = new RegExp(
  String.raw`(?<![\w.,\-/#:])(?:(?:about|around|approximately|roughly|nearly|almost|over|more than|at least|up to|some|potentially|an estimated)\s+)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|${Object.keys(NUMBER_WORDS).join('|')})(?:\s+(thousand|million|billion|trillion|bn|mln|mn|m|k)\b|(bn|mln|mn|m|k)\b)?(?![\w\-/.]\w|,?\d)`,
  'gi',
)

// Where NUM_RE can start: its lookbehind puts no word character before a match, which starts with a qualifier (a word
// followed by whitespace), a digit or a number word (possibly inside a longer run: "tens" gives "ten").
const NUM_FIRST = new RunWords(
  [
    ...'about around approximately roughly nearly almost over more at up some potentially an'.split(' '),
    ...Object.keys(NUMBER_WORDS).map((w) => `${w}*`),
  ],
  { digits: true },
)
const NUM_STICKY = stickyCopy(NUM_RE)

/** Where NUM_RE may start in `text`, ascending (exported for the equivalence test). */
export function numberStarts(text: string): number[] {
  return runStarts(wordRuns(text), roleRuns(text)[ROLE_NUMBER]!)
}

const NUMBERED_NAME_HEAD =
  /\b(?:Unit|Units|Centre|Center|Windows|Office|Version|Build|Flight|Brigade|Regiment|Battalion)\s+$/
// Up to four words after a number (an abbreviation with full stops, a word, or a quoted phrase), each after white space.
const UNIT_RUN = new RegExp(String.raw`^((?:\s+(?:${DOTTED}|[\w’'-]+|“[\w\s-]+”)){1,4})`)
export function findNumbers(text: string, masked: Span[]): NumberMention[] {
  const out: NumberMention[] = []
  const mask = new SpanMask(masked)
  for (const m of matchAtStarts(NUM_STICKY, text, numberStarts(text))) {
    const numText = m[1]!
    const span: Span = [m.index, m.index + m[0].length]
    if (mask.overlaps(span)) continue
    // Digits are no number word; a number without a comma needs none removed.
    const c0 = numText.charCodeAt(0)
    let value =
      c0 >= 48 && c0 <= 57
        ? Number(numText.includes(',') ? numText.replace(/,/g, '') : numText)
        : (NUMBER_WORD_VALUES.get(numText.toLowerCase()) ?? Number(numText))
    if (!Number.isFinite(value)) continue
    if (m[2]) value *= SCALE_WORDS[m[2].toLowerCase()] ?? 1
    if (m[3]) value *= SCALE_WORDS[m[3].toLowerCase()] ?? 1
    // "16.13 million" is 16,130,000, not the 16129999.999999998 that binary arithmetic gives.
    if ((m[2] || m[3]) && !Number.isInteger(value) && Math.abs(value) >= 1000) value = Number(value.toPrecision(15))
    const rest = text.slice(span[1], span[1] + 80)
    // Sums of money: a currency symbol or code before the number ("$10 million", "US$1.5bn", "€40,000") gives the
    // unit, whatever follows ("$114,000 in cryptocurrency").
    const currency = /^\d/.test(numText) ? currencyBefore(text, span[0]) : undefined
    if (currency !== undefined) {
      // "$1", "$2" in code and shell text are variables, not sums.
      if (!m[2] && !m[3] && value < 10 && !numText.includes('.')) continue
      out.push({ value, unit: currency, text: m[0], span })
      continue
    }
    // A scale glued to the number is read for sums only ("$5m"; "3M" is more often a name than three million).
    if (m[3]) continue
    // Years are not quantities (tested first: the most common number, and cheaper than the next test, which also
    // only skips).
    if (numText.length === 4 && /^\d{4}$/.test(numText) && value >= 1900 && value <= 2100) continue
    // A number right after a capitalised word inside a sentence belongs to a name ("targets Windows 10 version
    // 1909", "the Office 365 tenants", "Unit 42").
    if (/[a-z,;]\s+[A-Z][\w-]*\s+$/.test(text.slice(Math.max(0, m.index - 40), m.index))) continue
    // The same at a sentence's start after a word that heads numbered names ("Unit 26165 carried out …"), and a model
    // or an emergency number ("a BMW 5 Series", "911 centers").
    if (NUMBERED_NAME_HEAD.test(text.slice(Math.max(0, m.index - 12), m.index))) continue
    if (
      /^\s+(?:Series|Class)\b/.test(rest) ||
      (numText === '911' && /^\s+(?:centers?|centres?|calls?|operators?|dispatch)/i.test(rest))
    )
      continue
    // Ordinals and numbers glued to identifiers are not quantities.
    if (/^(?:st|nd|rd|th)\b/.test(rest)) continue
    // Shares: "60%", "more than 60 percent", "60 per cent".
    const pm = PERCENT_AFTER.exec(rest)
    if (pm) {
      // ("per cent" as written: the annotations keep the writer's form, which "percent" does not match.)
      const unit = /per\s+cent/i.test(pm[0]) ? 'per cent' : 'percent'
      out.push({ value, unit, text: `${m[0]}${pm[0]}`, span: [span[0], span[1] + pm[0].length] })
      continue
    }
    // A length of time ("a deadline of 7 days", "for 90 days", "within 24 hours"), not a time relative to another.
    const pw = /^\s+([A-Za-z]+)\b/.exec(rest)
    const period = pw ? periodUnit(pw[1]!, rest.slice(pw[0].length)) : undefined
    if (period !== undefined) {
      if (
        value > 0 &&
        !/\bthe\s+$/i.test(text.slice(Math.max(0, span[0] - 12), span[0])) &&
        !/^(?:of|one)$/i.test(numText)
      )
        out.push({ value, unit: period, text: `${m[0]} ${pw![1]}`, span })
      continue
    }
    // A score: "a severity score of 5.5 out of 10", "a CVSS score of 9.8": the score named before it is the unit.
    const scored = SCORE_BEFORE.exec(text.slice(Math.max(0, span[0] - 40), span[0]))
    if (scored || OUT_OF_TEN.test(rest)) {
      if (scored || value <= 10) {
        const unit = scored ? scored[1]!.replace(/\s+/g, ' ') : 'out of 10'
        out.push({ value, unit, text: m[0], span })
      }
      continue
    }
    // The unit: up to three following words, ending at the last noun-looking one before a stop word or punctuation.
    // (Only the first four words are read: the first four repetitions give them, each starting with whitespace.)
    const wm = UNIT_RUN.exec(rest.replace(/^\s*(?:of them|of those)/i, ''))
    if (!wm) continue
    const words = wm[1]!.trim().split(/\s+/).slice(0, 4)
    const unitWords: string[] = []
    for (const w of words) {
      const clean = w.replace(/[“”"’',.;:()]/g, '')
      if (clean === '' || UNIT_STOP.test(clean)) break
      if (/^\d/.test(clean)) break
      if (unitWords.length > 0 && /^[A-Z]/.test(clean) && /^[a-z]/.test(unitWords[unitWords.length - 1]!)) break
      if (unitWords.length > 0 && /(?:ed|ing)$/.test(clean) && !/^(?:actively|newly)$/.test(unitWords[0]!)) break
      unitWords.push(clean)
      // ("six U.S. companies": an abbreviation's full stop ends no unit.)
      if (/[,.;:)]$/.test(w) && !DOTTED_WORD.test(w)) break
    }
    // "Nine of them", "66 are rated …": the unit of the number before.
    if (unitWords.length === 0 || /^\s*(?:of (?:them|those|these)\b|(?:are|were)\b)/i.test(rest)) {
      const prev = out[out.length - 1]
      if (prev && /^\s*(?:of (?:them|those|these)\b|(?:are|were)\b)/i.test(rest) && span[0] - prev.span[1] < 300) {
        out.push({ value, unit: prev.unit, text: m[0], span })
      }
      continue
    }
    if (MONTHS.includes(unitWords[0]!.toLowerCase())) continue
    if (unitWords.every((w) => w === w.toUpperCase()) && !(CURRENCY_WORD.test(unitWords[0]!) && value > 0)) continue
    // A modifier that heads a list of them ("70 academic, government and think tank organisations"): the noun they
    // share is the unit.
    if (unitWords.length === 1) {
      const fw = /^\s+([\w’'-]+)/.exec(rest)
      const head = fw?.[1] === unitWords[0] ? sharedHead(unitWords[0]!, rest.slice(fw![0].length)) : undefined
      if (head !== undefined) unitWords[0] = head
    }
    const before = text.slice(Math.max(0, span[0] - 12), span[0])
    // ("the 12 defendants" names a count given before; "of the 42 million samples" gives one.)
    if (/\bthe\s+$/i.test(before) && !/\bof\s+the\s+$/i.test(before)) continue
    if (MONTH_BEFORE.test(before)) continue
    // Keep up to the head noun: drop trailing verbs and adverbs.
    while (unitWords.length > 1 && /(?:ed|ing|ly)$/.test(unitWords[unitWords.length - 1]!)) unitWords.pop()
    if (/^(?:of|one)$/i.test(numText)) continue
    if (value === 1 && /^one$/i.test(numText)) continue
    const unit = unitWords.join(' ')
    if (
      /^[A-Z]/.test(unit) &&
      !/^[A-Z][a-z]+s$/.test(unitWords[0]!) &&
      unitWords.length === 1 &&
      /^[A-Z][a-z]+$/.test(unit)
    ) {
      // "5 Eyes", "Unit 42": a number inside a proper name.
      continue
    }
    out.push({ value, unit, text: `${m[0]} ${unit}`.trim(), span })
  }
  return out
}

// ---------------------------------------------------------------- sectors and countries targeted

// The word runs a sector phrase starts with: every phrase starts with a word run that ends where the phrase does or
// before a space, `-` or `&`, so a match starts at a run that is exactly that word.
const SECTOR_FIRST = new RunWords([...new Set([...SECTOR_PHRASES.keys()].map((p) => /^\w+/.exec(p)![0]))])

let sectorRe: { re: RegExp; lookup: Map<string, string>; byPair: (string[] | undefined)[] } | undefined
/**
 * The sector expression (sticky), its phrases' sectors, and the phrases by their first two characters in the
 * expression's order (exported for the test).
 */
export function sectorIdx() {
  if (sectorRe) return sectorRe
  const lookup = new Map(SECTOR_PHRASES)
  const phrases = [...lookup.keys()].sort((a, b) => b.length - a.length)
  const byPair: (string[] | undefined)[] = []
  for (const p of phrases) {
    // sectorPhrasesAt compares the phrases as lower-case ASCII that end with a word character.
    if (!/^[a-z0-9][a-z0-9 -]*[a-z0-9]$/.test(p)) throw new Error(`sector phrase shape: ${p}`)
    const pair = p.charCodeAt(0) * 128 + p.charCodeAt(1)
    byPair[pair] ??= []
    byPair[pair].push(p)
  }
  // Tried (sticky) only where a phrase may start (see sectorStarts).
  sectorRe = { re: new RegExp(`\\b(?:${phrases.map(escapeRe).join('|')})\\b`, 'iy'), lookup, byPair }
  return sectorRe
}

/**
 * What the global scan of the sector expression finds in `text` trying it only at `starts` (ascending word starts,
 * see sectorStarts): `matchAtStarts(sectorIdx().re, text, starts)`, found without running the expression, as the
 * offset and length of each match in turn. At a start the expression (case-insensitive without the `u` flag: an
 * ASCII letter matches itself in either case, any other character only itself) takes the first phrase in its order
 * (longest first) that the text holds there followed by a non-word character (`\b` after a phrase that ends in a word
 * character). Only the phrases whose first two characters are the text's, lower-cased as ASCII (`| 32`, which keeps
 * digits, spaces and `-`), can be one.
 */
export function sectorPhrasesAt(text: string, starts: readonly number[]): number[] {
  const { byPair } = sectorIdx()
  const out: number[] = []
  let pos = 0
  for (const p of starts) {
    if (p < pos || p + 1 >= text.length) continue
    const c0 = text.charCodeAt(p) | 32
    const c1 = text.charCodeAt(p + 1) | 32
    if (c0 >= 128 || c1 >= 128) continue
    const candidates = byPair[c0 * 128 + c1]
    if (candidates === undefined) continue
    for (const phrase of candidates) {
      const end = p + phrase.length
      if (end > text.length || !sameLetters(text, p, phrase) || isAsciiWordCode(text.charCodeAt(end))) continue
      out.push(p, phrase.length)
      pos = end
      break
    }
  }
  return out
}

/** Whether `text` holds `phrase` (lower-case ASCII) at `p`, ASCII letters in either case. */
function sameLetters(text: string, p: number, phrase: string): boolean {
  for (let i = 0; i < phrase.length; i++) {
    const f = phrase.charCodeAt(i)
    const c = text.charCodeAt(p + i)
    if (c !== f && !(f >= 97 && f <= 122 && c === f - 32)) return false
  }
  return true
}

/** Whether `before` (a sentence up to a sector's name) has opened a list of sectors: "nine sectors: …; energy". */
function sectorListOpened(before: string): boolean {
  return before.includes(':') && SECTOR_LIST_OPENED.test(before)
}
const SECTOR_LIST_OPENED = /\b(?:sectors|industries|verticals)\s*:[^.:]*$/i
export const TARGET_CUE =
  /\b(?:(?:sat|sitting|lurked|lurking|hid|hiding)\s+inside|target(?:s|ed|ing)?|attack(?:s|ed|ing)?|hit|hitting|compromis(?:e|ed|es|ing)|breach(?:ed|es)?|intrusions?|against|aimed at|directed at|went after|gone after|go(?:es|ing)? after|victims?|victimi[sz]ed|affected|affecting|disrupt(?:ed|ing|ion)?|infiltrat\w+|broke into|broken into|break(?:s|ing)? into|cyberattack(?:s|ed|ing)?|cyberespionage|exploit(?:ed|ing)?|spear-?phishing|phishing|espionage|pre-positioning|access|approach(?:es|ed|ing)?|(?:obtain(?:s|ed|ing)?|t(?:ook|aken|ake|akes|aking))\s+(?:[\w-]+\s+){0,4}?(?:intelligence|information|secrets|data|credentials|documents)|interests\s+(?:(?:have|has|had)\s+)?(?:\w+\s+)?(?:spread|extended|expanded|shifted|broadened|moved|grown)|defac(?:e|ed|ing|ement)|wiper|ransomware|campaigns?|hack(?:s|ed|ing)?|sp(?:y|ied|ies|ying) on|st(?:eal|eals|ealing|ole|olen)|theft|infect(?:s|ed|ing|ions?)|extort(?:s|ed|ing|ion)?|exfiltrat\w+|surveil\w*|focus(?:es|ed|ing)? on|pursu(?:e|es|ed|ing)|lures?|penetrat(?:e|es|ed|ing|ion)|(?:intrusion\s+)?attempts|sectors\s*:|sent\s+(?:[\w,]+\s+){0,4}?to)\b/i
// One victim named by its sector ("a defense technology company", "a law firm"), maybe with one more modifier, when
// no name follows ("the security research firm Mandiant" is a vendor) and no name comes before ("a Russian Ministry of
// Defense research institute" is part of that ministry).
const SECTOR_HEAD_ONE =
  /^(?:\s+(?!(?:intelligence|security|research|threat|cyber|cybersecurity)\b)[a-z][a-z-]+)?\s+(?:company|firm|organi[sz]ation|institution|contractor|manufacturer|maker|supplier|facility|institute)\b(?![^\S\n]+[A-Z])/
const NO_NAME_BEFORE = /(?:^|[^\w\s.]|\b(?:a|an|the|one|another|its|their|his|her|our|[a-z]+))\s+$/
const SECTOR_HEAD =
  /^(?:[\s-]*(?:was|were|is|are)\s+(?:the\s+)?(?:\w+\s+)?targets?\b|[\w\s,&-]{0,80}?\b[Ss]ectors\b|[\s-]*(?:sectors?|industry|industries|providers?|companies|organi[sz]ations|entities|facilities|infrastructure|utilities|networks?|websites|institutions|agencies|systems|departments|bodies|contractors|firms|suppliers|targets|operators|groups|outlets|exchanges|institutes|verticals)\b)/i

// The word runs a TARGET_CUE match can start with (every alternative starts with a word run ending where it does or
// before a space or `-`; `infiltrat\w+` with a longer run).
const CUE_WORDS = new RunWords(
  `target targets targeted targeting attack attacks attacked attacking hit hitting compromise compromised compromises
  compromising breach breached breaches intrusion intrusions against aimed went go goes going victim victims affected affecting
  disrupt disrupted disrupting disruption infiltrat* broke broken exploit exploited exploiting spear spearphishing
  espionage pre access approach approaches approached approaching obtain obtains obtained obtaining took taken take takes taking interests deface defaced defacing defacement wiper ransomware directed gone victimised victimized phishing
  campaign campaigns hack hacks hacked hacking spy spied spies spying steal steals stealing stole stolen theft infect
  infects infected infecting infection infections extort extorts extorted extorting extortion exfiltrat* surveil*
  focus focuses focused focusing break breaks breaking cyberattack cyberattacks cyberattacked cyberattacking
  cyberespionage pursue pursues pursued pursuing lure lures penetrate penetrates penetrated penetrating penetration
  attempts sectors sent sat sitting lurked lurking hid hiding`
    .split(/\s+/)
    .filter(Boolean),
)
const TARGET_CUE_STICKY = stickyCopy(TARGET_CUE)

/** The sentences of one text, with whether each speaks of targeting and the index of its first word run. */
interface CuedSentences {
  text: string
  sents: Sentence[]
  /** Per sentence: whether it speaks of targeting. */
  cued: boolean[]
  /** Per sentence: the index of its first word run, or -1 when its runs are not those of the text (see alignedPart). */
  firstRun: number[]
}
let lastCues: CuedSentences | undefined

// Whether each sentence speaks of targeting (asked by the sector and the target-country rules alike; kept for the last
// text and sentence list). Same as TARGET_CUE.test(s.text): the expression is tried only at the sentence's runs that
// start a cue word, or on the whole sentence when its runs are not those of the text.
function targetCues(text: string, sents: Sentence[]): CuedSentences {
  if (lastCues && lastCues.text === text && lastCues.sents === sents) return lastCues
  const runs = wordRuns(text)
  const cues = roleRuns(text)[ROLE_CUE]!
  const cued: boolean[] = []
  const firstRun: number[] = []
  for (const s of sents) {
    if (!alignedPart(text, s)) {
      firstRun.push(-1)
      cued.push(TARGET_CUE.test(s.text))
      continue
    }
    const from = firstRunFrom(runs, s.start)
    firstRun.push(from)
    let v = false
    for (let i = countBelow(cues, from); i < cues.length && runs.start[cues[i]!]! < s.end && !v; i++) {
      TARGET_CUE_STICKY.lastIndex = runs.start[cues[i]!]! - s.start
      v = TARGET_CUE_STICKY.test(s.text)
    }
    cued.push(v)
  }
  lastCues = { text, sents, cued, firstRun }
  return lastCues
}

/** Per sentence of `text`, whether it speaks of targeting: `TARGET_CUE.test(s.text)` (exported for the test). */
export function targetCueFlags(text: string, sents: Sentence[]): boolean[] {
  return targetCues(text, sents).cued
}

/**
 * Where the sector expression may match in sentence `k` of `text`, as offsets into the sentence's text, ascending
 * (exported for the equivalence test): the runs that start a sector phrase (see sectorIdx), or every word start of
 * the sentence when its runs are not those of the text.
 */
export function sectorStarts(text: string, sents: Sentence[], k: number): number[] {
  const s = sents[k]!
  const from = targetCues(text, sents).firstRun[k]!
  if (from < 0) return wordStarts(s.text)
  const runs = wordRuns(text)
  const found = roleRuns(text)[ROLE_SECTOR]!
  const out: number[] = []
  for (let i = countBelow(found, from); i < found.length && runs.start[found[i]!]! < s.end; i++)
    out.push(runs.start[found[i]!]! - s.start)
  return out
}

export interface SectorMention {
  sector: string
  text: string
  span: Span
}

/** A sector as findSectors makes it: a class instance, not an object literal (see Country). */
class SectorFound implements SectorMention {
  sector: string
  text: string
  span: Span
  constructor(sector: string, text: string, span: Span) {
    this.sector = sector
    this.text = text
    this.span = span
  }
}

/** Whether `phrase` (as written, maybe plural) is a sector phrase. */
function isSectorPhrase(phrase: string): boolean {
  const p = phrase.toLowerCase()
  return SECTOR_PHRASES.has(p) || (p.endsWith('s') && SECTOR_PHRASES.has(p.slice(0, -1)))
}

// The act or preposition that makes a SECTOR_NEEDS_OBJECT phrase its object, maybe with an article, a count and up
// to three modifiers ("breached a Norwegian software company", "attacks on human rights activists", "sent to a port
// operator").
const SECTOR_OBJECT_BEFORE =
  /\b(?:against|target(?:s|ed|ing)?|attack(?:s|ed|ing)?|hit|hitting|breach(?:ed|es|ing)?|compromis(?:e|ed|es|ing)|into|infiltrat\w+|hack(?:ed|ing|s)?|infect(?:ed|ing|s)?|disrupt(?:ed|ing|s)?|paraly[sz](?:ed|ing)|crippl(?:ed|ing)|encrypt(?:ed|ing)|spy(?:ing)?\s+on|spied\s+on|sent|to|at|on|of|from|including|included|such\s+as|among\s+them|victims?\s+(?:include|included|were|was))\s+(?:(?:the|an?|one|two|three|four|five|several|many|some|other|dozens\s+of|hundreds\s+of)\s+)?(?:[\w.'’-]+\s+){0,3}$/i
export function findSectors(text: string, sents: Sentence[], masked: Span[]): SectorMention[] {
  const { lookup } = sectorIdx()
  const out: SectorMention[] = []
  const mask = new SpanMask(masked)
  const { cued } = targetCues(text, sents)
  // The end of the last list of sector modifiers read (its members need no head noun of their own).
  let listEnd = -1
  for (let k = 0; k < sents.length; k++) {
    if (!cued[k]) continue
    const s = sents[k]!
    // The global scan of the sentence, tried only where a sector phrase may start.
    const found = sectorPhrasesAt(s.text, sectorStarts(text, sents, k))
    for (let f = 0; f < found.length; f += 2) {
      const at = found[f]!
      const written = s.text.slice(at, at + found[f + 1]!)
      const start = s.start + at
      const span: Span = [start, start + written.length]
      if (mask.overlaps(span)) continue
      const key = written.toLowerCase()
      const canon = lookup.get(key)
      if (!canon) continue
      const after = text.slice(span[1], span[1] + 30)
      // One-word sector names that are also everyday words need a head noun ("energy sector", "government websites"),
      // maybe shared with other modifiers ("defence, technology and government targets").
      // ("The attempts covered nine sectors: government agencies; energy; …": members of a list of sectors.)
      if (
        SECTOR_AMBIGUOUS.has(key) &&
        !SECTOR_HEAD.test(after) &&
        !(SECTOR_HEAD_ONE.test(after) && NO_NAME_BEFORE.test(text.slice(Math.max(0, start - 12), start))) &&
        !sectorListOpened(text.slice(s.start, start))
      ) {
        if (!(key === 'energy' && /\bsector/.test(after)) && start >= listEnd) {
          listEnd = sectorListEnd(text, span[1], isSectorPhrase)
          if (listEnd < 0) continue
        }
      }
      if (SECTOR_NEEDS_OBJECT.has(key) && !SECTOR_OBJECT_BEFORE.test(text.slice(Math.max(s.start, start - 60), start)))
        continue
      // Network ports ("on multiple ports", "TCP ports 80 and 443") are no harbours.
      if (
        key === 'ports' &&
        (/\b(?:multiple|several|various|different|many|open|tcp|udp|network|listening|custom|high|non-standard|other|these|specific|common)[\s-]+$/i.test(
          text.slice(Math.max(0, start - 16), start),
        ) ||
          /^\s+\d/.test(after))
      )
        continue
      // Reporters told something are an audience, not a target ("he told reporters that …").
      if (
        (key === 'reporters' || key === 'journalists' || key === 'the press' || key === 'press') &&
        /\b(?:told|tells|tell|telling|briefed|briefing|informed|according\s+to|speaking\s+to|said\s+to)\s+(?:the\s+)?(?:[\w-]+\s+)?$/i.test(
          text.slice(Math.max(0, start - 40), start),
        )
      )
        continue
      // "Authorities" are a sector only as the object of an attack ("cyberattacks on Ukrainian authorities"), not as
      // the ones who speak ("the authorities said").
      if (
        key === 'authorities' &&
        !/\b(?:on|against|targeting|targeted|target|at|into|hit|hitting|breached|compromised|attacked)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i.test(
          text.slice(Math.max(0, start - 50), start),
        )
      )
        continue
      // "Western governments have accused …", "the governments of the Five Eyes said": governments that speak or act,
      // not governments as targets ("targeting European and Asian governments").
      // ("Our three governments work together": the speakers themselves.)
      if (
        key === 'governments' &&
        (GOVERNMENTS_ACTING.test(after) || OWN_GOVERNMENTS.test(text.slice(Math.max(0, start - 20), start)))
      )
        continue
      // "Social media", "mass media" are channels, not a sector.
      if (key === 'media' && /\b(?:social|mass)[\s-]+$/i.test(text.slice(Math.max(0, start - 8), start))) continue
      // A capitalised word after another is part of a proper name ("Malaysia Airlines", "Deutsche Telekom").
      if (
        /^[A-Z]/.test(written) &&
        !/\s/.test(written) &&
        /[a-z][A-Za-z]*\s$/.test(text.slice(Math.max(0, start - 20), start))
      ) {
        const prev = /([A-Za-z]+)\s$/.exec(text.slice(Math.max(0, start - 20), start))
        if (prev && /^[A-Z][a-z]/.test(prev[1]!)) continue
      }
      // "Communications Security Establishment", "Government Communications": part of a proper name.
      if (
        /^[A-Z]/.test(written) &&
        /^\s+[A-Z][a-z]/.test(after) &&
        !/^\s+(?:and|or)\b/.test(after) &&
        SECTOR_AMBIGUOUS.has(key)
      )
        continue
      out.push(new SectorFound(canon, written, span))
      // Ministries of foreign affairs or of defence are also of the diplomatic or the defence sector.
      if (canon === 'government') {
        const also = alsoSectorOf(key, text.slice(span[1], span[1] + 24))
        if (also) out.push(new SectorFound(also, written, span))
      }
    }
  }
  return out
}

/**
 * The sector a government body's name (or the phrase naming such bodies) also names: "diplomatic" for foreign
 * ministries ("foreign ministries", "the Ministry of Foreign Affairs"), "defense" for those of defence; `after`, the
 * text after a phrase ("ministries of foreign affairs" may be matched as "ministries").
 */
export function alsoSectorOf(name: string, after = ''): string | undefined {
  if (FOREIGN_BODY.test(name) || FOREIGN_AFTER.test(after)) return 'diplomatic'
  if (DEFENCE_BODY.test(name) || DEFENCE_AFTER.test(after)) return 'defense'
  return undefined
}
const FOREIGN_BODY = /\b(?:foreign|external\s+affairs)\b/i
const FOREIGN_AFTER = /^\s+of\s+(?:foreign|external)\s+affairs\b/i
const DEFENCE_BODY = /\b(?:defen[cs]e|armed\s+forces)\b/i
const DEFENCE_AFTER = /^\s+of\s+(?:national\s+)?defen[cs]e\b/i

export interface CountryTarget {
  country: string
  text: string
  span: Span
}

// A noun for victims after a country's name or adjective ("Ukrainian banks", "Taiwan-based chip firms", "Vietnam's
// ministry of ..."), maybe after another country's adjective ("Indian and Afghan officials") and up to three modifiers that are not function words ("Polish and Lithuanian government
// ministries" is read from "Lithuanian").
const VICTIM_NOUN =
  /^[\s-]*(?:(?:,|\s+and|\s+or)\s+[A-Z][a-z]+\s+)?(?:(?!(?:and|or|has|have|had|is|are|was|were|to|the|of|that|which|who|by|for|with|from|as|it|its|their|hackers?|actors?|groups?|attackers?|spies|agents?|officers?|units?|intelligence|services?|operatives?|cyber|espionage|threat|hacking|APT|ransomware|state|nation-state|gangs?)\b|(?!based\b)[A-Za-z]+ed\b)[A-Za-z-]+(?:\s+(?:and|or|&))?\s+){0,3}(?:customers|users|entities|organi[sz]ations?|companies|corporations|firms|enterprises|businesses|banks?|hospitals|universities|schools|providers|operators|contractors|manufacturers|utilities|networks?|systems|servers|computers|devices|infrastructure|government|governments|websites|institutions|military(?!\s+intelligence)|targets|victims|agencies|ministry|ministries|embassies|journalists|activists|dissidents|personnel|grid|facilities|sector|parliament|election|Commission|citizens|officials|energy|power|telecommunications|publications?|newspapers?|broadcasters?|news\s+outlets?|magazines?|states|exchanges?|think\s+tanks?)\b/
// A possessive's head written as a name ("Ukraine's Ministry of Defence", "Germany's Bundestag"): a public body.
const VICTIM_BODY =
  /^\s+(?![^.,;]{0,40}\b(?:Intelligence|Security\s+Service|State\s+Security|Directorate|Bureau)\b)(?:(?:Ministry|Ministries|Department|Parliament|Foreign|Defen[cs]e|Interior|National|Federal|State|Central|Electoral|Election|Armed|Army|Navy|Air|Government|Presidential|Prime)\b)/
// "X government" is the state itself ("the Chinese government said", "Iranian government hackers") unless its victims
// follow ("Lithuanian government ministries", "the Dutch government's networks"); "the US and UK governments said".
const STATE_ITSELF =
  /^(?:\s*(?:state|government)(?:-|\s(?!(?:networks?|websites?|ministries|agencies|institutions|entities|organi[sz]ations|bodies|departments|offices|officials|employees|personnel|staff|workers|users|accounts|domains|sites|portals|services|facilities|contractors|systems|servers|targets|computers|email|e-mail)\b))|\s*governments\s+(?:\w+\s+)?(?:said|say|says|stated|attributed|announced|accused|blamed|condemned|assessed|concluded|confirmed|warned|denied|issued|published|imposed|sanctioned|called|joined)\b)/i

// A country named as victim in its own clause ("Taiwan and the Philippines have become the targets", "Estonia was hit").
const TARGET_AFTER =
  /^\s+(?:(?:has|have|had)\s+(?:also\s+)?(?:been|become)|(?:is|are|was|were)(?:\s+(?:also|again|repeatedly|reportedly))?)\s+(?:(?:the|a|an|one\s+of\s+the|among\s+the|among\s+those)\s+)?(?:(?:main|primary|principal|frequent|latest|most\s+\w+)\s+)?(?:targets?|victims?|targeted|attacked|hit|compromised|breached|hacked|affected)\b/
// The other members of a list of names that a country opens ("Estonia, Latvia and Lithuania").
// ("… Syria, China and NATO member states were among those hit": a last member may be a group of states.)
const LIST_TAIL =
  /^(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}(?:\s+(?:member\s+states|allies|partners|countries))?)*/
/** The text after `end` (up to `limit`) past the list of names that the country ending there opens. */
function afterList(text: string, end: number, limit: number): string {
  const rest = text.slice(end, Math.min(limit, end + 160))
  return rest.slice(LIST_TAIL.exec(rest)![0].length)
}
// The owner of a victim named after it ("targeted the Armed Forces of Ukraine", "hacked the networks of Moldova's ..."),
// not its friends or foes ("targeting supporters of Ukraine").
const OWNER_OF =
  /\b(?:against|targeting|targeted|targets|attacked|attacks?\s+(?:on|against)|into|hit|hitting|compromised|breached|hacked|infiltrated)\s+(?:the\s+)?(?:(?!(?:supporters|supportive|allies|friends|critics|opponents|enemies|adversaries|rivals|neighbours|neighbors)\b)[\w-]+\s+){1,4}of\s+(?:the\s+)?$/i
// A compound that names the attackers' language or an origin, not a place ("Russian-speaking forums", "Israeli-made PLCs").
const NOT_PLACE_AFTER =
  /^-(?:(?:speaking|language)(?:\s+[\w-]+)?\s+(?:forums?|underground|cybercriminals|criminals|hackers|actors|groups?|markets?|channels|operators|developers|authors)\b|made|developed|nexus|linked|backed|sponsored|aligned|origin)\b/i

const DIRECT_TARGET =
  /(?:\b(?:against|targets?|targeting|targeted|attacked|attack on|attacks on|attacks against|attack against|into|hit|hitting|affecting|compromised|breached|hacked|infected|struck|infiltrated|penetrated|in|on|across|throughout|aimed at|directed at|(?:went|gone|going|goes|go) after|(?:sat|sitting|lurked|lurking|hid|hiding)\s+inside|(?:targeting|hack|breach|compromise|infiltration|surveillance)\s+of)\s+(?:the\s+)?)$/i
const LISTED_IN = /(?:\b(?:in|across|throughout)\s+(?:[A-Z][\w]+,\s+)*(?:[A-Z][\w]+\s+and\s+)?)$/

// Between two members of a list of countries.
const OWN_GOVERNMENTS =
  /\b(?:our|their|its|these|those|both|member|partner|allied)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|respective)\s+)?$/i
const GOVERNMENTS_ACTING =
  /^\s+(?:(?:have|has|had|also|jointly|publicly|formally)\s+)*(?:said|say|says|accused|accuse|blamed|blame|condemned|condemn|attributed|attribute|warned|warn|sanctioned|imposed|issued|announced|joined|agreed|called|urged|linked|expelled|responded|denied|rejected|are|were|of\s+(?:the\s+)?(?:United\s+States|United\s+Kingdom|Five\s+Eyes|allied|partner))\b/i
// Before a state that opens its sentence: nothing, or a dateline ("WARSAW, May 31, 2024 - ").
const SENTENCE_OPENING = new RegExp(String.raw`^\W*(?:${DATELINE}\s*)?(?:The\s+)?$`)
// After it (maybe its service: "'s security service"): blaming someone for an attack, or foiling one.
const VICTIM_SPEAKS_AFTER =
  /^(?:['’]s\s+(?:[a-z][\w-]*\s+){1,3}?)?\s*(?:(?:has|have|had|on\s+\w+)\s+)?(?:(?:summons?|summoned|expels?|expelled)\s+[^,;.]{1,40},\s+(?:and\s+)?)?(?:(?:blames?|blamed|accuses?|accused)\s+[^.;]{1,60}?\b(?:for|of)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?(?:cyber-?attacks?|attacks?|hacks?|hacking|breach|intrusions?|sabotage)|(?:foils?|foiled|thwarts?|thwarted|repels?|repelled|repulsed|blocks?|blocked)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:cyber-?attacks?|attacks?|hacks?|intrusions?|sabotage))\b/
const ATTACK_ON_ITS =
  /\b(?:(?:cyber-?)?attacks?|intrusions?|breach(?:es)?|hacks?|hacking)\s+(?:on|against|of|into)\s+its\s+(?!own\b)/
// ("Russia and neighbouring Belarus": a neighbour added to the list.)
// (And a region listed between two states: "the U.K., Europe, Australia and Japan".)
const LIST_GLUE =
  /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|as well as)\s+)(?:(?:Europe|Asia|Africa|Latin\s+America|South\s+America|North\s+America|Central\s+Asia|Southeast\s+Asia|the\s+Middle\s+East|the\s+Gulf|the\s+Balkans|the\s+Caucasus|the\s+Baltics)(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+))?(?:the\s+)?(?:neighbou?ring\s+)?$/
// Countries named as instances of targeted countries ("other countries, South Korea and …", "nations such as").
// ("other countries affected by the campaign, including …", "countries hit by the attacks include …".)
const COUNTRIES_LISTED =
  /\b(?:countries|nations|states|jurisdictions)(?:\s+(?:affected|hit|targeted|attacked|compromised|breached|impacted)(?:\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+)?)?(?:\s*,|(?:\s*,)?\s+(?:such as|including|like|among them|notably|include|included)\s*,?)\s+(?:the\s+)?$/i
// A state named as the one punished or accused, or as a sponsor ("sanctions against China", "sponsored by the
// Chinese government"); where the attackers are, not their victims ("hackers based in Iran", "arrested in Malaysia",
// "still at large in China"); who speaks ("researchers in Canada", "according to officials in Washington"); the one blamed ("pinning it on China"), the attacker ("attacks by Chinese citizens", "hackers
// linked to Iran"); the one impersonated ("posing as South Korean officials").
const NOT_TARGET_BEFORE =
  /\b(?:(?:sanction\w*|measures|charges|penalties|restrictions|action|accusations?|case|blame|allegations?|indictments?|pressure)\s+(?:\w+\s+)?(?:against|on)|(?:^|\s)by(?:\s+(?:these|those))?|(?:linked\s+to|tied\s+to|affiliated\s+with|working\s+for|on\s+behalf\s+of)|(?:posing\s+as|impersonat\w+|masquerad\w+\s+as|pretend\w*\s+to\s+be|disguised\s+as|spoof\w*)(?:\s+[\w-]+)?|(?:sponsored|backed|run|directed|controlled|operated|funded|employed|tasked|supported)\s+by|(?:pin(?:s|ned|ning)?|blam(?:e|es|ed|ing))\s+(?!(?:\w+ly\s+)?for\b)(?:\w+\s+){0,3}on|according\s+to(?:\s+[\w-]+){0,3}|,\s+(?:after|following|like|joining)|(?:researchers|experts|analysts|prosecutors|investigators|police|counterparts|partners|allies|courts?|judges?|sources|spokes(?:man|woman|person)|authorities|law\s+enforcement)\s+in|(?:servers?|hosting\s+providers?|hosted|VPS|nodes?|data\s+cent(?:er|re)s?|IP\s+addresses)\s+(?:(?:located|based)\s+)?in|(?:headquartered|based|located|registered|incorporated)\s+in\s+[A-Z][\w-]+,|(?:arrested|detained|extradited|at\s+large|hiding|headquartered|(?:hackers|actors?|group|gang|(?<!\b(?:port|telecom\w*|network|mobile|satellite|grid|power|energy|water|rail(?:way)?|airport|terminal|pipeline|shipping|logistics|infrastructure|system|service)\s)operators|attackers|defendants|nationals|suspects|officers|who\s+(?:is|are|was|were))(?:\s+(?:based|located|operating|working))?)\s+(?:in|from|out\s+of))\s+(?:the\s+)?$/i

// A state's name or adjective opening the name of one of its bodies ("Ukraine's Ministry of …", "the Polish Ministry …").
// ("Austria's foreign ministry": after a possessive the body may be written in lower case.)
const OWNED_NAME = /^(?:the\s+)?((?:[A-Z]\.)+|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?:['’]s\s+[A-Za-z]|\s+[A-Z])/

// The verbs and prepositions that make a body their object (not a place: "a case filed in the U.S. District Court").
// (Also the second member of a list: "break into the Wuhan government and China's Ministry of …".)
const OWNED_TARGET =
  /\b(?:against|targets?|targeting|targeted|attacked|(?:cyber-?)?attacks?\s+(?:on|against)|into|hit|hitting|compromised|breached|hacked|infected|struck|infiltrated|penetrated|aimed\s+at|directed\s+at|(?:went|gone|going|goes|go)\s+after|(?:targeting|hack|breach|compromise|infiltration|surveillance)\s+of)\s+(?:the\s+)?(?:[^,.;]{1,50}?\s+and\s+(?:the\s+)?)?$/i
// The people or machines of a body that are hit ("sent lures to officials at Vietnam's Ministry of …").
const STAFF_AT =
  /\b(?:officials|staff|employees|diplomats|personnel|officers|users|accounts|mailboxes|servers|networks|systems|computers)\s+(?:at|of|in)\s+(?:the\s+)?$/i

// The words (lower-case) that DIRECT_TARGET, OWNER_OF, LISTED_IN and COUNTRIES_LISTED end with, before the
// whitespace (and the "the") they end with; LISTED_IN and COUNTRIES_LISTED may also end with a comma instead.
const DIRECT_TARGET_LAST = new Set(
  `against target targets targeting targeted attacked on into hit hitting affecting compromised breached hacked infected
  struck infiltrated penetrated in across throughout at after of inside`
    .split(/\s+/)
    .filter(Boolean),
)
const OWNER_OF_LAST = new Set(['of'])
const LISTED_IN_LAST = new Set(['in', 'across', 'throughout', 'and'])
const COUNTRIES_LISTED_LAST = new Set([
  'countries',
  'nations',
  'states',
  'jurisdictions',
  'as',
  'including',
  'like',
  'include',
  'included',
])
for (const w of ['them', 'notably']) COUNTRIES_LISTED_LAST.add(w)

/**
 * How a stretch of text before a mention ends: `last`, the ASCII word run (lower-case) right before its trailing
 * whitespace ('' when there is no such whitespace or no word there); `beforeThe`, the word run before that when
 * `last` is "the" after whitespace; `comma`, whether a comma comes right before the trailing whitespace (or before
 * the whitespace before that "the").
 */
interface WordsBefore {
  last: string
  beforeThe: string
  comma: boolean
}

function wordsBefore(before: string): WordsBefore {
  const end = spaceStart(before, before.length)
  if (end === before.length) return { last: '', beforeThe: '', comma: false }
  let w = end
  while (w > 0 && isAsciiWordCode(before.charCodeAt(w - 1))) w--
  const last = before.slice(w, end).toLowerCase()
  let beforeThe = ''
  let comma = end > 0 && before.charCodeAt(end - 1) === 44
  if (last === 'the') {
    const e2 = spaceStart(before, w)
    let w2 = e2
    while (w2 > 0 && isAsciiWordCode(before.charCodeAt(w2 - 1))) w2--
    if (e2 < w) {
      beforeThe = before.slice(w2, e2).toLowerCase()
      comma ||= e2 > 0 && before.charCodeAt(e2 - 1) === 44
    }
  }
  return { last, beforeThe, comma }
}

/**
 * Whether an expression ending in `(?:word)\s+(?:the\s+)?$` (a case-insensitive word of `words`, whole at its end)
 * can match the stretch `cue` describes.
 */
function endsWithOneOf(cue: WordsBefore, words: ReadonlySet<string>): boolean {
  return words.has(cue.last) || (cue.beforeThe !== '' && words.has(cue.beforeThe))
}

// An adjective opening a victim that an act names with an article or a count ("breaking into a Swedish SMS operator",
// "sent in May to a Lithuanian defence think tank", "a wiper incident at a Bahraini shipping agent"). DIRECT_TARGET
// takes only "the" there, and its "in" and "on" stay out ("in a Russian-language forum", "hosted on a Russian server").
// (The participles of an act on a victim, shared with VICTIM_AFTER.)
const HIT_PARTICIPLE = String.raw`(?:hit|hacked|breached|targeted|attacked|compromised|infiltrated|penetrated|disrupted|crippled|paraly[sz]ed|infected)`
// The words ARTICLE_TARGET can end with before its whitespace.
const ARTICLE_WORDS = new Set(['a', 'an', 'one', 'two', 'three', 'four', 'five', 'several', 'another'])
const ARTICLE_TARGET = new RegExp(
  String.raw`\b(?:${HIT_PARTICIPLE}|against|targeting|targets|attacking|(?:cyber-?)?attacks?\s+(?:on|against)|into|hitting|struck|(?:incident|attack|breach|intrusion|outage|infection)s?\s+at|sent\s+(?:[\w,]+\s+){0,4}?to)\s+(?:${[...ARTICLE_WORDS].join('|')})\s+$`,
  'i',
)
// A victim named, then described in apposition by its country's adjective: "also hit RasGas, a Qatari natural gas firm".
const APPOSED_VICTIM_BEFORE = new RegExp(
  String.raw`\b(?:${HIT_PARTICIPLE}|hit|struck)\s+(?:the\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3},\s+(?:an?)\s+$`,
)
// What follows an adjective that ARTICLE_TARGET holds: a lower-case noun phrase that is no machine of the attackers'
// ("sent to a Russian server").
const ARTICLE_VICTIM =
  /^\s+(?!(?:[\w-]+\s+){0,2}(?:servers?|domains?|address(?:es)?|infrastructure|hosting|cloud|accounts?|channels?|bots?|nationals?|citizens?|man|woman|hackers?|actors?|groups?|speakers?)\b)[A-Za-z][\w-]*/
// What was taken from a victim ("stole data from", "9.5 gigabytes of data taken from Peru's intelligence agency").
const TAKEN_FROM =
  /\b(?:st(?:ole|olen|eal|eals|ealing)|took|taken|taking|exfiltrat\w+|siphon(?:s|ed|ing)?|leaked|obtained)\s+(?:[\w$.,'’-]+\s+){0,6}?from\s+(?:the\s+)?$/i
const FROM_LAST = new Set(['from'])
// A victim named in the passive right after its name ("Austria's foreign ministry hit by serious cyberattack", "the
// Ministry … was breached"); an active verb ("X hacked Y") is not read here.
const VICTIM_AFTER = new RegExp(
  String.raw`^\s+(?:(?:was|were|is|are|being|(?:has|have|had)\s+been)\s+(?:\w+ly\s+)?${HIT_PARTICIPLE}\b|${HIT_PARTICIPLE}\s+(?:by|in|with)\b)`,
)

/** The expressions read back from a country with the words that gate them, for the test that the gates lose nothing. */
export const TARGET_GATES_FOR_TEST = {
  wordsBefore,
  gates: [
    { re: DIRECT_TARGET, ok: (c: WordsBefore) => endsWithOneOf(c, DIRECT_TARGET_LAST) },
    { re: OWNER_OF, ok: (c: WordsBefore) => endsWithOneOf(c, OWNER_OF_LAST) },
    { re: LISTED_IN, ok: (c: WordsBefore) => c.comma || endsWithOneOf(c, LISTED_IN_LAST) },
    { re: COUNTRIES_LISTED, ok: (c: WordsBefore) => c.comma || endsWithOneOf(c, COUNTRIES_LISTED_LAST) },
    { re: /\bin\s+$/, ok: (c: WordsBefore) => c.last === 'in' },
    { re: ARTICLE_TARGET, ok: (c: WordsBefore) => ARTICLE_WORDS.has(c.last) },
    { re: TAKEN_FROM, ok: (c: WordsBefore) => endsWithOneOf(c, FROM_LAST) },
  ],
}

/** `/^['’]s\s/.test(after)`: an apostrophe (straight or curly), "s" and whitespace open `after`. */
function isPossessiveAt(after: string): boolean {
  const c = after.charCodeAt(0)
  return (c === 39 || c === 0x2019) && after.charCodeAt(1) === 115 && isSpaceCode(after.charCodeAt(2))
}

const OPENS_LIST = /^(?:\s*,|\s+(?:and|or|as well as)\s)/
/** `OPENS_LIST.test(after)`, which needs a comma or whitespace first. */
function opensList(after: string): boolean {
  const c = after.charCodeAt(0)
  return (c === 44 || isSpaceCode(c)) && OPENS_LIST.test(after)
}

/** The guards above with the expressions they stand in for (for the test). */
export const TARGET_GUARDS_FOR_TEST = { isPossessiveAt, opensList, notPlaceAfter: NOT_PLACE_AFTER }

const LOCATED_IN_BEFORE = /\blocated\s+in\s+[A-Z][\w-]+,\s+$/
export function findTargetCountries(
  text: string,
  sents: Sentence[],
  countries: CountryMention[],
  excluded: Span[],
): CountryTarget[] {
  const out: CountryTarget[] = []
  const excludedSet = new SpanMask(excluded)
  const sorted = sortedBySpanStart(countries)
  const { cued } = targetCues(text, sents)
  for (let k = 0; k < sents.length; k++) {
    if (!cued[k]) continue
    const s = sents[k]!
    const inside = sorted
      ? spansInside(countries, s.start, s.end)
      : countries.filter((c) => c.span[0] >= s.start && c.span[1] <= s.end)
    let prev: CountryTarget | undefined
    let prevForm: CountryMention['form'] | undefined
    let blocked: CountryMention | undefined
    for (const c of inside) {
      if (excludedSet.overlaps(c.span)) continue
      const before = text.slice(Math.max(s.start, c.span[0] - 60), c.span[0])
      const after = text.slice(c.span[1], c.span[1] + 60)
      // Targeted when named as the object ("against Ukraine"), as the owner or the modifier of victims ("Ukraine's
      // grid", "Ukrainian banks") or in a list after "in"; tested in that order, stopping at the first that holds.
      // A state punished, not attacked ("sanctions against Russia"), is no target, and neither are the members of its
      // list ("sanctions against China, Russia and North Korea").
      if (blocked !== undefined && LIST_GLUE.test(text.slice(blocked.span[1], c.span[0]))) {
        prev = undefined
        blocked = c
        continue
      }
      blocked = undefined
      // Whether it follows the targeted member before it in a list.
      const nextOfTargets =
        prev !== undefined && out[out.length - 1] === prev && LIST_GLUE.test(text.slice(prev.span[1], c.span[0]))
      // The expressions read backwards from the country (all end with whitespace) are tried only when the words
      // before it can end them.
      const cue = wordsBefore(before)
      // An adjective with no noun after it is a language ("written in Russian").
      const bare =
        c.form === 'adjective' && cue.last === 'in' && /\bin\s+$/.test(before) && !/^[\s-]+[A-Za-z]/.test(after)
      // (The one-character tests stand in for the start of the anchored expressions they guard: NOT_PLACE_AFTER opens
      // with "-", the possessive with an apostrophe, the list opener with a comma or whitespace.)
      const targeted =
        !(after.charCodeAt(0) === 45 && NOT_PLACE_AFTER.test(after)) &&
        !bare &&
        ((endsWithOneOf(cue, DIRECT_TARGET_LAST) && DIRECT_TARGET.test(before)) ||
          (c.form === 'noun' && TARGET_AFTER.test(afterList(text, c.span[1], s.end))) ||
          (endsWithOneOf(cue, OWNER_OF_LAST) && OWNER_OF.test(before)) ||
          (endsWithOneOf(cue, FROM_LAST) && TAKEN_FROM.test(before)) ||
          (c.form === 'adjective' &&
            ARTICLE_WORDS.has(cue.last) &&
            (ARTICLE_TARGET.test(before) || APPOSED_VICTIM_BEFORE.test(before)) &&
            ARTICLE_VICTIM.test(after)) ||
          (isPossessiveAt(after) &&
            (VICTIM_NOUN.test(after.replace(/^['’]s/, '')) || VICTIM_BODY.test(after.replace(/^['’]s/, '')))) ||
          (c.form !== 'metonym' && VICTIM_NOUN.test(after) && !STATE_ITSELF.test(after)) ||
          ((cue.comma || endsWithOneOf(cue, LISTED_IN_LAST)) && LISTED_IN.test(before)) ||
          ((cue.comma || endsWithOneOf(cue, COUNTRIES_LISTED_LAST)) && COUNTRIES_LISTED.test(before)) ||
          // The next member of a list whose member before it is targeted ("in Myanmar, the Philippines, Japan and
          // Singapore", "South Korea and the United States", "Japanese and Korean shipbuilders").
          (nextOfTargets && (c.form === 'noun' || (c.form === 'adjective' && prevForm === 'adjective'))))
      // The punished or accused state is looked for only where it matters: a country that would be targeted, or one
      // that opens a list.
      // (Not the next member of a list of targets: "employees located in Belgium, France, Germany and Poland" is no
      // place "located in Belgium," qualifies.)
      if (
        (targeted || opensList(after)) &&
        NOT_TARGET_BEFORE.test(before) &&
        !(nextOfTargets && LOCATED_IN_BEFORE.test(before))
      ) {
        prev = undefined
        blocked = c
        continue
      }
      let hit: CountryTarget | undefined
      if (targeted) out.push((hit = { country: c.country, text: c.text, span: c.span }))
      // "Germany called in Russia's ambassador after accusing Moscow of a cyberattack on its air traffic control": the
      // subject state owns what "its" names.
      else if (
        c === inside[0] &&
        c.form === 'noun' &&
        /^\W*(?:The\s+)?$/.test(text.slice(s.start, c.span[0])) &&
        ATTACK_ON_ITS.test(s.text)
      )
        out.push((hit = { country: c.country, text: c.text, span: c.span }))
      // "Moldova blames Russia for hack of election commission", "Poland foils cyberattack on big city's water supply",
      // "Norway's security service blames pro-Russian hackers for dam sabotage": a state (or its service) that opens its
      // sentence and blames someone for an attack, or foils one, names an attack on itself.
      else if (
        c === inside[0] &&
        c.form !== 'adjective' &&
        SENTENCE_OPENING.test(text.slice(s.start, c.span[0])) &&
        VICTIM_SPEAKS_AFTER.test(text.slice(c.span[1], Math.min(s.end, c.span[1] + 160)))
      )
        out.push((hit = { country: c.country, text: c.text, span: c.span }))
      prev = hit
      prevForm = c.form
    }
  }
  // A named body of a state as the object ("attacked Ukraine's Ministry of Defence", "targeted the Vietnamese Ministry of
  // Foreign Affairs"): its state, written inside the name, is targeted.
  const ex = excluded.filter((e) => e[1] - e[0] > 4).sort((x, y) => x[0] - y[0])
  let j = 0
  for (let k = 0; k < sents.length && j < ex.length; k++) {
    const s = sents[k]!
    while (j < ex.length && ex[j]![0] < s.start) j++
    for (; j < ex.length && ex[j]![0] < s.end; j++) {
      const e = ex[j]!
      if (!cued[k] || e[1] > s.end) continue
      const m = OWNED_NAME.exec(text.slice(e[0], Math.min(e[1], e[0] + 40)))
      if (!m) continue
      const c = countryForm(gazetteerIdx().countries, m[1]!)
      if (!c || c.form === 'metonym') continue
      const before = text.slice(Math.max(s.start, e[0] - 60), e[0])
      if (
        !(
          OWNED_TARGET.test(before) ||
          STAFF_AT.test(before) ||
          TAKEN_FROM.test(before) ||
          VICTIM_AFTER.test(text.slice(e[1], Math.min(s.end, e[1] + 60)))
        ) ||
        NOT_TARGET_BEFORE.test(before)
      )
        continue
      const at = e[0] + m[0].indexOf(m[1]!)
      out.push({ country: c.country, text: m[1]!, span: [at, at + m[1]!.length] })
    }
  }
  return out
}

// ---------------------------------------------------------------- campaigns

export interface CampaignMention {
  name: string
  span: Span
}

// The verbs of an attack "that hit …" its victim: pattern 3 reads them, and OBJECT_START finds its object after them.
const THAT_HIT = String.raw`that\s+(?:hit|targeted|reached|compromised|struck|affected|infected|shut\s+down|disrupted|crippled|paralys?z?ed|knocked\s+out|took\s+down)`
// What a campaign pattern's object may hold: up to 60 characters to a comma, full stop or line end, an abbreviation's
// stops included ("against U.S. state government networks").
const CAMPAIGN_OBJECT = String.raw`(?:${DOTTED}|[^,.;\n]){3,60}`
export const CAMPAIGN_PATTERNS: RegExp[] = [
  /\b(?:campaign|operation|attack|activity|effort)\s*,?\s+(?:dubbed|named|called|known as|codenamed|code-named)\s+(?:[“"']([A-Z][^”"'\n]{2,40})[”"']|([A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2}))/g,
  // (On one line: "Operation\n\nSecond …" is a heading's last word and the next paragraph's first.)
  /\bOperation[ \t]+[A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+)?/g,
  /\b(?:the\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+(?:(?:hacking|cyber[- ]?espionage|espionage|cyber|(?:spear-?|credential[- ])?phishing|disinformation|influence|malware|ransomware|intrusion|password[- ]spray(?:ing)?|DDoS|hack-and-leak|wiper|smishing|watering[- ]hole)\s+)?campaign\b/g,
  new RegExp(
    String.raw`\b(?:[Tt]he\s+|[Aa]n?\s+)?(?:(?:recent|latest|later|new|high-profile|major|destructive|disruptive|malicious|most recent|attempted|alleged|suspected|(?:spear-?)?phishing|(?:cyber-?)?espionage|ransomware|malware|wiper|hacking|influence|disinformation|DDoS|credential[- ](?:harvesting|phishing)|watering[- ]hole|supply[- ]chain|separate|smaller|larger|earlier|second|further|fresh|cyber|(?:19|20)\d{2}|[A-Z][\w-]*)[^\S\n]+){0,3}(?:[Cc]yber[- ]?attacks?|[Cc]yber[- ]?strikes?|[Aa]ttacks?|[Cc]ampaigns?|[Ii]ntrusions?|[Oo]perations?|[Ee]spionage|[Cc]ompromise|[Bb]reach|[Hh]acks?|[Dd]efacement|[Dd]isruption|[Ss]pear-?phishing(?:\s+wave)?|[Ww]ave)\s+(?:(?:last|this|earlier this)\s+(?:year|month|week)\s+)?(?:on|against|targeting|into|${THAT_HIT}|aimed at|directed (?:at|against))\s+(?:the\s+)?${CAMPAIGN_OBJECT}`,
    'g',
  ),
  /\b(?:the\s+)?(?:[A-Z][\w-]+\s+){1,3}(?:(?:malware|ransomware|wiper|cyber|DDoS|data)\s+)?(?:[Cc]yber-?attacks?|attacks?|supply[- ]chain (?:compromise|attack)|incident|breach|hack|outbreak|intrusions?|compromise|heist|theft|operation)\b(?:\s+(?:on|in)\s+[A-Z][\w-]+(?:\s+in\s+\d{4})?)?/g,
  new RegExp(String.raw`\b(?:defacing|defacement of)\s+${CAMPAIGN_OBJECT}`, 'gi'),
  new RegExp(
    String.raw`\b(?:(?:attempts?|efforts?)\s+to\s+(?:meddle|interfere)\s+in|attempts?\s+to\s+(?:hack(?:\s+into)?|breach|disrupt|sabotage|infiltrate|compromise))\s+${CAMPAIGN_OBJECT}`,
    'gi',
  ),
  new RegExp(
    String.raw`\b(?:the|an?)\s+(?:[\w-]+\s+){0,2}(?:disruption|compromise|hack|hacking|breach|infiltration|theft)\s+of\s+${CAMPAIGN_OBJECT}`,
    'gi',
  ),
  new RegExp(
    String.raw`\b(?:targeting|attacking|hacking|breaching)\s+${CAMPAIGN_OBJECT}(?<=accused\s+(?:\S+\s+){0,3}of\s+(?:targeting|attacking|hacking|breaching)\s+${CAMPAIGN_OBJECT})`,
    'g',
  ),
  /\b(?:recent|new|more recent|latest)\s+campaigns?\s+in\s+[A-Z][a-z]+\s+\d{4}/g,
  // 10: an incident named by one word (mostly its malware's) that a party is punished for or blamed for ("sanctions
  // for NotPetya", "sanctioned over WannaCry", "responsible for SolarWinds").
  // ("charged in connection with NotPetya", "its attribution of the WannaCry ransomware to North Korea".)
  /\b(?:(?:sanction(?:s|ed)?|penali[sz](?:ed|es)|punish(?:ed|es)|blamed?|responsib(?:le|ility)|indicted|charged|accused|attributed|culpable)\s+(?:[a-z]+\s+){0,2}?(?:for|over|in\s+connection\s+with)|attribution\s+of)\s+(?:the\s+)?([A-Z][a-z]+[A-Z][\w-]*)(?=\s*(?:[,.;)]|and\b|or\b|$|(?:ransomware\s+|malware\s+|cyber[- ]?)?(?:attacks?|campaign|incident|outbreak)\b|(?:ransomware\s+|malware\s+|worm\s+)?to\s))/g,
  // 11: a victim hit by an attack, in the passive ("state institutions had been hit by cyberattacks"); the subject is
  // read back from the verb.
  /\b(?:hit|targeted|struck|affected|compromised|breached)\s+by\s+(?:an?\s+|the\s+)?(?:(?:series|string|wave|number)\s+of\s+)?(?:[\w-]+\s+){0,2}?(?:cyber[- ]?attacks?|attacks?|intrusions?|hacks?)\b/g,
  // 12: an incident told by its verb and a named victim ("attacked the US company SolarWinds", "breaking into Sony
  // Pictures", "gone after the Foreign Office", "set their sights on the OPCW"); kept only when the object holds a name.
  /\b(?:attacked|hacked(?:\s+into)?|hacking\s+into|breached|br(?:oke|oken|eaking)\s+into|compromised|infiltrated|targeted|(?:went|gone|going)\s+after|set\s+(?:their|its|his|her)\s+sights\s+on|st(?:ole|olen|ealing)\s+(?:[\w$,.-]+\s+){0,4}?from)\s+(?:the\s+)?(?=[A-Za-z])[^,.;\n]{3,80}/g,
]
// Where each campaign pattern can start. Every match holds a head word (the keyword its wording turns on) and starts
// at a word at most `gaps` runs of whitespace before that head, with only word characters, `-` and whitespace in
// between (`stretchStart`); `gaps` counts the whitespace the pattern can consume before its head, and the first
// word can only be one of `first` (and capitalised words where the pattern allows them):
//  0 `(campaign|operation|…) dubbed …`, 1 `Operation X`, 5 `defacing …`, 6 `attempts to meddle …`, 8 `targeting …`:
//    the match starts at the head (gaps 0).
//  2 `(the )?X( Y)? (cyber espionage )?campaign`: the, X Y, after Y, inside and after the modifier = 5.
//  3 `(The|A|An )?(modifier ){0,3}(Cyber attack|Attack|…) on …`: the article, three modifiers each one more inside
//    "most recent" = 7; the head is the run where the head alternative starts ("Cyber", "Spear", "Attacks", …).
//  4 `(the )?(X ){1,3}(malware )?(attack|supply-chain …|incident|breach|hack)`: the, three words, malware = 5.
//  7 `the (w ){0,2}(disruption|compromise|hack|breach|…) of`: the, two words = 3.
//  9 `(recent|new|more recent|latest) campaigns? in`: inside "more recent" and after it = 2.
// Words are compared without regard to case (for the case-insensitive patterns and `[Cc]`-style words alike; more
// runs than needed is harmless, the pattern itself decides). The `accused` lookbehind of pattern 8 needs the word
// before the match: a text without it is not searched.
const PATTERN_3_HEADS = [
  'cyber*',
  // ("a secret cyber strike on Iran": the head's second word, after "cyber".)
  'strike',
  'strikes',
  'attack',
  'attacks',
  'campaign',
  'campaigns',
  'intrusion',
  'intrusions',
  'operation',
  'operations',
  'espionage',
  'compromise',
  'breach',
  'hack',
  'hacks',
  'defacement',
  'disruption',
  'spear',
  'spearphishing',
  'wave',
]
// Pattern 3's lower-case modifiers (their first words; "most recent" is read from "most").
const PATTERN_3_MODIFIERS = [
  ...['the', 'a', 'an', 'recent', 'latest', 'later', 'new', 'high', 'major', 'destructive', 'disruptive'],
  ...['malicious', 'most', 'attempted', 'alleged', 'suspected', 'phishing', 'spear', 'spearphishing', 'espionage'],
  ...['ransomware', 'malware', 'wiper', 'hacking', 'influence', 'disinformation', 'ddos', 'credential', 'watering'],
  ...['supply', 'separate', 'smaller', 'larger', 'earlier', 'second', 'further', 'fresh', 'cyber'],
]
// Pattern 3's head ("Cyber attacks", "Spear-phishing wave": at most three runs) is followed by a preposition, maybe
// after a time ("operation last year against"): within six runs.
const PATTERN_3_AFTER = new RunWords(['on', 'against', 'targeting', 'into', 'that', 'aimed', 'directed'])
const CAMPAIGN_STARTS: { heads: RunWords; gaps: number; first?: RunWords }[] = [
  { heads: new RunWords(['campaign', 'operation', 'attack', 'activity', 'effort']), gaps: 0 },
  { heads: new RunWords(['operation']), gaps: 0 },
  { heads: new RunWords(['campaign']), gaps: 5, first: new RunWords(['the'], { capitals: true }) },
  {
    heads: new RunWords(PATTERN_3_HEADS),
    gaps: 7,
    first: new RunWords([...PATTERN_3_HEADS, ...PATTERN_3_MODIFIERS], { capitals: true }),
  },
  {
    heads: new RunWords([
      ...['attack', 'attacks', 'cyber*', 'supply', 'incident', 'breach', 'hack', 'outbreak', 'intrusion'],
      ...['intrusions', 'compromise', 'heist', 'theft', 'operation'],
    ]),
    gaps: 5,
    first: new RunWords(['the'], { capitals: true }),
  },
  { heads: new RunWords(['defacing', 'defacement']), gaps: 0 },
  { heads: new RunWords(['attempt', 'attempts', 'effort', 'efforts']), gaps: 0 },
  {
    heads: new RunWords(['disruption', 'compromise', 'hack', 'hacking', 'breach', 'infiltration', 'theft']),
    gaps: 3,
    first: new RunWords(['the', 'a', 'an']),
  },
  { heads: new RunWords(['targeting', 'attacking', 'hacking', 'breaching']), gaps: 0 },
  { heads: new RunWords(['campaign', 'campaigns']), gaps: 2, first: new RunWords(['recent', 'new', 'more', 'latest']) },
  {
    heads: new RunWords(
      `sanction sanctions sanctioned penalised penalized penalises penalizes punished punishes blame blamed
      responsible responsibility indicted charged accused attributed culpable attribution`
        .split(/\s+/)
        .filter(Boolean),
    ),
    gaps: 0,
  },
  { heads: new RunWords(['hit', 'targeted', 'struck', 'affected', 'compromised', 'breached']), gaps: 0 },
  {
    heads: new RunWords(
      `attacked hacked hacking breached broke broken breaking compromised infiltrated targeted went gone going set
      stole stolen stealing`
        .split(/\s+/)
        .filter(Boolean),
    ),
    gaps: 0,
  },
]
// Pattern 10's cue is followed by "for"/"over" within three runs, pattern 11's verb by "by", pattern 7's head by "of".
// ("in" opens "in connection with", "of" follows "attribution".)
const FOR_OVER = new RunWords(['for', 'over', 'in', 'of'])
const BY = new RunWords(['by'])
const OF = new RunWords(['of'])
const CAMPAIGN_STICKY = CAMPAIGN_PATTERNS.map(stickyCopy)
const ATTEMPT_DELIMITED = /\bto\s+(?:meddle|interfere)\b|\s(?:[A-Z]|(?:19|20)\d\d\b)/
const CAMPAIGN_REJECT =
  /^(?:the\s+)?(?:(?:this|that|these|those|a|an|its|their|his|her|our|same|such|to|in|on|for|after|during|each|every|any|one)\s+)?(?:cyber[- ]?)?(?:attack|campaign|activity|operation|intrusion|breach|incident|compromise|hack|outbreak)s?$|^(?:Windows|Linux|Microsoft|Cyber|Security|SCADA|Remcos|Checkpoint)\b|^(?:the\s+)?(?:Business\s+)?(?:E-?mail|DNS|Account|Credential|Domain|Network|System|Server|Host|Cloud|Identity|Data|Web|Website)\s+(?:compromise|intrusions?|breach|hack)\b/i

/** Where each of CAMPAIGN_PATTERNS may start in `text` (see CAMPAIGN_STARTS), ascending (exported for the test). */
export function campaignStarts(text: string): number[][] {
  const runs = wordRuns(text)
  const heads = roleRuns(text)
  return CAMPAIGN_STARTS.map(({ gaps, first }, i) => {
    if (heads[i]!.length === 0 || (i === 8 && !accusedOfVerb(text, runs, heads[i]!))) return []
    const h =
      i === 3
        ? headsBefore(text, runs, heads[i]!, PATTERN_3_AFTER, 6)
        : i === 10
          ? headsBefore(text, runs, heads[i]!, FOR_OVER, 3)
          : i === 11
            ? headsBefore(text, runs, heads[i]!, BY, 1)
            : i === 7
              ? headsBefore(text, runs, heads[i]!, OF, 1)
              : i === 4
                ? headsAfterCapital(text, runs, heads[i]!)
                : heads[i]!
    return startsBeforeHeads(text, runs, h, gaps, first ? { keep: first } : {})
  })
}

// Pattern 4's malware words (and "data": "the Medibank data breach"), between its capitalised words and its head.
const PATTERN_4_MODIFIERS = new Set(['malware', 'ransomware', 'wiper', 'cyber', 'DDoS', 'data'])

/**
 * The heads (run indices, ascending) that pattern 4 can end with: its capitalised words (`[A-Z][\w-]+`, each followed
 * by whitespace) and maybe a malware word (followed by whitespace) come right before the head, so the chunk (run of
 * non-space characters) before the head's whitespace holds a capital, or is a malware word with such a chunk before
 * its own whitespace.
 */
function headsAfterCapital(text: string, runs: WordRuns, heads: readonly number[]): number[] {
  const out: number[] = []
  for (const h of heads) {
    const head = runs.start[h]!
    const e = spaceStart(text, head)
    if (e === head) continue
    const s = chunkStart(text, e)
    if (hasCapital(text, s, e)) out.push(h)
    else if (PATTERN_4_MODIFIERS.has(text.slice(s, e))) {
      const e2 = spaceStart(text, s)
      if (e2 < s && hasCapital(text, chunkStart(text, e2), e2)) out.push(h)
    }
  }
  return out
}

/** The start of the whitespace that ends at `end` (`end` when there is none). */
function spaceStart(text: string, end: number): number {
  let i = end
  while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) i--
  return i
}

/** The start of the run of non-space characters that ends at `end`. */
function chunkStart(text: string, end: number): number {
  let i = end
  while (i > 0 && !isSpaceCode(text.charCodeAt(i - 1))) i--
  return i
}

/** Whether `text` has a capital A–Z in [s, e). */
function hasCapital(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (isAsciiUpperCode(text.charCodeAt(i))) return true
  return false
}

/**
 * Whether pattern 8's lookbehind can hold anywhere in `text`: it reads "accused", whitespace, then "of" after
 * whitespace, whitespace and one of the pattern's verbs, which is then a whole run of `verbs` (the runs that may be
 * its verbs). So some verb run has "of" and whitespace before it, with whitespace before "of" after an "accused".
 */
function accusedOfVerb(text: string, runs: WordRuns, verbs: readonly number[]): boolean {
  const accused = text.indexOf('accused')
  if (accused < 0) return false
  for (const h of verbs) {
    const verb = runs.start[h]!
    let i = verb
    while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) i--
    // text[i - 2, i) is "of", after whitespace at i - 3 that comes after the whole of "accused".
    if (i < verb && i - 3 >= accused + 7 && text.startsWith('of', i - 2) && isSpaceCode(text.charCodeAt(i - 3)))
      return true
  }
  return false
}

const NO_VICTIM_OBJECT =
  /^(?:((?:(?:about|around|some|nearly|almost|over|more\s+than|at\s+least|up\s+to|roughly)\s+)?(?!(?:19|20)\d\d\b)\d[\d,.]*(?:\s|$))|(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b\.?\s*\d|(?:one|some|them|it|this|that)\b(?!\s+(?:[\w-]+\s+)?(?:company|agency|ministry|bank|firm)))/
// The verb of "blamed the attack on X" before a description (X is the party blamed).
// ("blamed for a cyberattack on X": what it is blamed for, whose victim follows "on".)
const BLAMED_BEFORE = /\bblam(?:e|ed|es|ing)\s+(?!for\b)(?:[\w’'-]+\s+){0,2}$/i
// A year (maybe with its month) right after a description: "in 2020", "in May 2023", "in mid-July 2022".
const IN_YEAR_AFTER =
  /\s+in\s+(?:(?:early|late|mid-?|the\s+(?:spring|summer|autumn|fall|winter)\s+of)\s*)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d{2}\b/y
// Patterns whose match ends with an object read up to punctuation: the description is cut where its noun phrase ends.
const OBJECT_PATTERNS = new Set([3, 5, 6, 7, 8])
// Where the object of those patterns starts in a match.
const OBJECT_START = new RegExp(
  // ("the hacking of the Office of …": a gerund heading "of" is the incident's noun, its object after "of".)
  String.raw`(?:^|\s)(?:defacing|defacement\s+of|targeting|attacking|hacking|breaching)\s+(?!of\s)(?:the\s+)?|\s(?:on|against|targeting|into|${THAT_HIT}|aimed\s+at|directed\s+(?:at|against)|of|in)\s+(?:the\s+)?`,
)

// The verb part of pattern 12 (up to its object).
const VERB_12 =
  /^(?:attacked|hacked(?:\s+into)?|hacking\s+into|breached|br(?:oke|oken|eaking)\s+into|compromised|infiltrated|targeted|(?:went|gone|going)\s+after|set\s+(?:their|its|his|her)\s+sights\s+on|st(?:ole|olen|ealing)\s+(?:[\w$,.-]+\s+){0,4}?from)\s+(?:the\s+)?/i
// Objects that are kinds of machine or account, not a named victim ("compromised Microsoft Exchange servers").
const MACHINE_OBJECT =
  /\b(?:servers?|devices?|hosts?|systems?|accounts?|machines?|endpoints?|instances?|routers?|appliances?|users?|customers?|versions?|software|products?|applications?|apps?|platforms?|credentials?|passwords?|files?|emails?|e-mails?|mailboxes?|tenants?|environments?|vulnerabilit(?:y|ies)|flaws?|controllers?|clients?|sites?|websites?|pages?|domains?)$/i
const PRODUCT_NAME =
  /^(?:Microsoft|Windows|Linux|Android|iOS|macOS|Apple|Google|Gmail|Outlook|Office|Exchange|SharePoint|Azure|AWS|Amazon|Citrix|Fortinet|FortiGate|Ivanti|Pulse|Cisco|VMware|Oracle|SAP|Adobe|Chrome|Firefox|Zimbra|Atlassian|Confluence|Jira|GitHub|Docker|Kubernetes|Telegram|WhatsApp|Signal|Facebook|Twitter|LinkedIn|YouTube|Dropbox|OneDrive|Slack|Zoom|Teams|Ubiquiti|MikroTik|Juniper|Palo|SonicWall|Barracuda|MOVEit|Log4j|Apache|Tomcat|WordPress|Joomla|Drupal|Jenkins|PowerShell|Cobalt)$/
// Words that open no named object ("attacked on 29 January", "industries targeted include …").
const NOT_OBJECT_START =
  /^(?:on|in|at|by|with|and|or|include|includes|including|are|were|is|was|to|for|from|as|over|during|since|until)\b/i
// Where the head of the object ends: a preposition, a list or a clause.
const OBJECT_HEAD_END =
  /\s+(?:in|across|at|on|throughout|outside|like|such|including|from|with|via|through|into|to|for|during|since|over|of|by|using|as|between|within)\b/
// Place and time words that are capitalised but name no victim.
const NOT_VICTIM_NAME =
  /^(?:Asia|Asian|Europe|European|America|American|Africa|African|Middle|Near|Far|East|Eastern|West|Western|North|Northern|South|Southern|Central|Southeast|Latin|Pacific|Gulf|Arab|Nordic|Baltic|Balkan|Caucasus|APAC|EMEA|Oceania|Scandinavia|January|February|March|April|May|June|July|August|September|October|November|December)$/
// Singular nouns that end the name of one victim ("the Colonial Pipeline company").
const ONE_VICTIM =
  /^(?:company|firm|agency|authority|laboratory|ministry|department|office|committee|commission|parliament|bank|university|newspaper|broadcaster|exchange|platform|operator|provider|contractor|manufacturer|regulator|hospital|embassy|council|foundation|institute|party|campaign|utility|grid|wallet|account|accounts|website|websites|network|networks|systems|servers|phone|phones|database|portal|mailbox|mailboxes)$/
// A short form in brackets after a name ("(DNC)").
const BRACKETED_SHORT_FORM = /\s*\([A-Za-z0-9.-]{1,12}\)/g
/**
 * Whether the object of a verb-told incident names one victim: the head of its noun phrase (up to a preposition or a
 * list) ends with a name or a singular organisation noun, and holds a name that is no country, region, month or
 * product ("attacked the US company SolarWinds", not "targeted South Korean government agencies", "compromised MS
 * Exchange servers", "targeted organisations in Europe").
 */
function namedVictim(object: string, afterThe = false): boolean {
  if (NOT_OBJECT_START.test(object) || MACHINE_OBJECT.test(object)) return false
  const cut = OBJECT_HEAD_END.exec(object)
  // (A short form in brackets after the name is no word of it: "the Democratic National Committee (DNC)".)
  const head = (cut ? object.slice(0, cut.index) : object).replace(BRACKETED_SHORT_FORM, '')
  // A list of victims names one when one of its members does; a bare word in a list of several is a modifier of the
  // last member ("Uyghur and Tibetan activists").
  const members = head.split(/\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+/).filter(Boolean)
  return members.some((m) => {
    const words = m.split(/\s+/).filter(Boolean)
    return (members.length === 1 || words.length > 1) && namedMember(words, afterThe)
  })
}

/** Whether the words of one member of an object name a victim (see namedVictim). */
function namedMember(words: string[], afterThe: boolean): boolean {
  const last = words[words.length - 1] ?? ''
  // "the Australian parliament's network", "the Iranian port": one state's own body, named by its adjective.
  if (
    afterThe &&
    words.length <= 4 &&
    NATIONAL_NAMES.has((words[0] ?? '').replace(/[’']s$/, '')) &&
    words.slice(1).some((w) => STATE_OWN_BODY.test(w))
  )
    return true
  if (!isVictimName(last) && !ONE_VICTIM.test(last)) return false
  const named = words.filter(isVictimName)
  if (named.length === 0) return false
  // "the Office of Personnel Management" is a body, "Office documents" a product.
  if (afterThe) return true
  return !PRODUCT_NAME.test(named[0]!) && !PRODUCT_NAMES.has(named[0]!)
}
// The one body of a state a national adjective can name ("the Australian parliament", "the Ukrainian railway").
const STATE_OWN_BODY =
  /^(?:parliament|ministry|embassy|grid|port|railway|railways|navy|army|senate|congress|presidency)(?:['’]s)?$/
const NATIONAL_NAMES = new Set(COUNTRIES.flatMap((c) => [...c.name.split(' '), ...c.adjectives, ...c.aliases]))

/**
 * Whether a word of an object is a name that can be a victim's (see namedVictim). At module level, not a closure made
 * per call (tsx wraps each closure it names in a naming call).
 */
function isVictimName(w: string): boolean {
  const bare = w.replace(/[’']s$/, '')
  return (
    /^[A-Z]/.test(bare) &&
    !NATIONAL_NAMES.has(bare) &&
    !NOT_VICTIM_NAME.test(bare) &&
    !/^(?:The|A|An|U\.S\.|US|UK|EU)$/.test(bare) &&
    !/^[A-Z]{2,}s$/.test(bare)
  )
}

/** Whether `pos` opens a sentence or a line (only whitespace after a sentence mark, a line break or the start). */
function atSentenceStart(text: string, pos: number): boolean {
  let i = pos
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--
  return i === 0 || /[.!?\n"“]/.test(text[i - 1]!)
}

const LAW_ENFORCEMENT_OPERATION =
  /-led\b|\b(?:FBI|Europol|Eurojust|Interpol|Police|NCA|BKA|Justice|Department|Court|Takedown|Joint|International)\b/
/** The starts among `words` (word starts) where one of `fixed` stands, each less `off`. */
function startsOfWords(text: string, words: readonly number[], fixed: readonly string[], off = 0): number[] {
  const o: number[] = []
  for (const p of words) if (fixed.some((w) => text.startsWith(w, p))) o.push(p - off)
  return o
}
export function findCampaigns(text: string, masked: Span[], actorSpans: Span[]): CampaignMention[] {
  // (Made when first asked: the actors' spans as a set, and each span's place.)
  let actorSet: SpanSet | undefined
  const actors = (): SpanSet => (actorSet ??= new SpanSet(actorSpans))
  let actorPlaces: Set<string> | undefined
  const actorAt = (): Set<string> => (actorPlaces ??= new Set(actorSpans.map((a) => `${a[0]},${a[1]}`)))
  const out: CampaignMention[] = []
  const mask = new SpanMask(masked)
  const starts = campaignStarts(text)
  for (let i = 0; i < CAMPAIGN_STICKY.length; i++) {
    // The global scan of the pattern, tried only where a match can start.
    for (const m of matchAtStarts(CAMPAIGN_STICKY[i]!, text, starts[i]!)) {
      // "attempts to hack the iPhone of X", "an attempt to disrupt the water carrier in 2020": an attempt on a named
      // victim or in a given year is an incident; "attempts to hack into networks" is none.
      if (i === 6 && !ATTEMPT_DELIMITED.test(m[0])) continue
      const quoted = i === 0 ? (m[1] ?? m[2]) : i === 10 ? m[1] : undefined
      let t = withoutTrailing((quoted ?? m[0]).trim(), false)
      let s = i === 10 ? m.index + m[0].lastIndexOf(t) : m.index + m[0].indexOf(t)
      if (OBJECT_PATTERNS.has(i)) {
        // The object is read again from the text: up to where its noun phrase ends, across lists of modifiers.
        const o = OBJECT_START.exec(t)
        if (!o) continue
        const from = s + o.index + o[0].length
        // "operation on behalf of …", "attacks on the orders of …": no victim.
        if (/^(?:behalf|the\s+(?:orders?|instructions?|basis|part)\b)/i.test(text.slice(from, from + 20))) continue
        // "Operations on encrypted data", "operations into …": computer operations; an operation is run against.
        if (/\b[Oo]perations?\s+(?:on|into)\s/.test(t.slice(0, o.index + o[0].length + 1))) continue
        // A count, a date or a pronoun is no victim ("attacks on at least 50 organizations", "attacks on October 6",
        // "the intrusion into one of …").
        // (A campaign or a wave against a count of victims is still one: "a wave against at least 14 embassies".)
        const nv = NO_VICTIM_OBJECT.exec(text.slice(from, from + 40))
        if (nv && (nv[1] === undefined || !/\b(?:campaign|wave|operation)$/i.test(t.slice(0, o.index)))) continue
        // "blamed the attack on Israel": the party blamed, not the victim.
        if (/\son\s+(?:the\s+)?$/.test(o[0]) && BLAMED_BEFORE.test(text.slice(Math.max(0, s - 40), s))) continue
        t = trimTail(text.slice(s, phraseEnd(text, from)))
        if (s + t.length <= from) continue
        // The year that delimits it ("cyber-attacks on Estonia in 2020"), which the noun phrase leaves out after a state.
        IN_YEAR_AFTER.lastIndex = s + t.length
        const year = IN_YEAR_AFTER.exec(text)
        if (year) t += year[0]
        // "the hack of …", "the breach of …": an incident when what was hit is named ("the 2015 hack of the
        // Bundestag"), not a class ("the theft of credentials").
        // ("a breach of …" only with a named victim: "a breach of the cybersecurity company F5".)
        if (i === 7 && (/\b(?:hack|hacking|breach|infiltration|theft)\s+of\s/i.test(t) || /^an?\s/i.test(t))) {
          if (!namedVictim(text.slice(from, s + t.length), /\bthe\s+$/i.test(text.slice(from - 4, from)))) continue
        }
      } else if (i === 12) {
        // The object, read to where its noun phrase ends, must hold a name.
        const v = VERB_12.exec(t)
        if (!v) continue
        const from = s + v[0].length
        // (Without a capital the object names no victim: see mayHoldCapital.)
        if (!mayHoldCapital(text, from)) continue
        t = trimTail(text.slice(s, phraseEnd(text, from)))
        if (s + t.length <= from || !namedVictim(text.slice(from, s + t.length), /\bthe\s+$/i.test(v[0]))) continue
        if (actors().overlaps([from, s + t.length])) continue
      } else if (i === 11) {
        // The victim before the passive verb is the description's start.
        const from = subjectStart(text, s)
        if (from < 0) continue
        t = text.slice(from, s + t.length)
        s = from
      } else {
        // Stop at clause boundaries the pattern may have swallowed.
        t = t.replace(
          /\s+(?:and|which|that|who|while|when|but|where|as|because|since|after|before|with|by|was|were|is|are|had|has|have)\b.*$/i,
          '',
        )
      }
      // A capitalised possessive or demonstrative at a sentence start is no part of a name ("Its espionage against …").
      const lead = /^(?:Its|Their|His|Her|Our|This|These|Those|Such)\s+/.exec(t)
      if (lead && i !== 10) {
        t = t.slice(lead[0].length)
        s += lead[0].length
      }
      const span: Span = [s, s + t.length]
      if (mask.overlaps(span)) continue
      // One word (t is trimmed: it has whitespace only between words).
      if (!/\s/.test(t) && !quoted) continue
      // (A lower-case "cyber" is a modifier or part of the head, "cyber-attacks on …", not the capitalised word the
      // rejection is for.)
      const lowerCyber = /^cyber[- ]?/.exec(t)
      if (CAMPAIGN_REJECT.test(lowerCyber ? t.slice(lowerCyber[0].length) : t)) continue
      if (actorAt().has(`${span[0]},${span[1]}`)) continue
      // Activity in general ("attacks on organisations"), a description of a named campaign before it ("Operation
      // X, a series of intrusions into …"), an attack named only by the attacker's nationality ("the Russian attack").
      if (i === 3 && (isGenericActivity(text, s, t) || inApposition(text, s))) continue
      // "DDoS attacks", "Destabilisation attacks": a bare plural head with no object names a kind of activity.
      if (namesKindOnly(t)) continue
      if ((i === 2 || i === 4) && onlyNational(t)) continue
      // "IT attack", "DDoS attack": an acronym of a kind of system or attack, not a name.
      if (i === 4 && /^(?:the\s+|an?\s+)?(?:IT|OT|ICS|AI|IoT|SCADA|VPN|DNS|API)\s+\S+$/.test(t)) continue
      // "Operation Aimed at …" in a headline's title case: a preposition or verb, not a name.
      if (
        i === 1 &&
        /^Operation\s+(?:Aimed|Against|Targeting|Targeted|On|In|At|Of|To|For|By|With|Into|That|Which|Was|Is)\b/.test(t)
      )
        continue
      // "the APT31 intrusion set": a cluster's name, not an intrusion.
      if (i === 4 && /intrusion$/.test(t) && /^\s+set\b/.test(text.slice(s + t.length, s + t.length + 6))) continue
      // "Trump campaign officials": an election campaign's staff.
      if (
        i === 2 &&
        /^\s+(?:officials|staff|aides|manager|managers|headquarters|spokesman|spokeswoman|spokesperson|chair|chairman|donors|team|rally|events?)\b/.test(
          text.slice(s + t.length, s + t.length + 20),
        )
      )
        continue
      // "Global operation" at a sentence start: an adjective capitalised, not a name ("the SolarWinds operation").
      if (i === 4 && /^[A-Z]\S*\s+operation$/.test(t) && atSentenceStart(text, s)) continue
      // "an FBI-led operation", "a Europol operation": law enforcement's, not an attacker's.
      if (i === 4 && /\boperation\b/.test(t) && LAW_ENFORCEMENT_OPERATION.test(t)) continue
      // "Token theft", "Data theft" at a sentence start: a technique; a heist is named ("the Ronin Network heist").
      if (i === 4 && /\b(?:theft|heist)$/.test(t)) {
        const named = t.replace(/^the\s+/i, '')
        if (!/^[A-Z]/.test(named) || /^(?:theft|heist)$/i.test(named)) continue
        if (named === t && !/^[A-Z]\S*\s+[A-Z]/.test(t)) continue
      }
      if (anyOverlaps(out, span)) continue
      out.push({ name: t, span })
    }
  }
  // Names a report gives its own campaign: "We call the operation "Dune Relay"", "a campaign, which we call Operation
  // Steppe Courier" (only where a naming verb is written at all).
  const runs = wordRuns(text)
  const roles = roleRuns(text)
  const namedAt = namedCampaignStarts(runs, roles[ROLE_NAMING]!)
  if (namedAt.length > 0) {
    for (const m of matchAtStarts(NAMED_CAMPAIGN_AT, text, namedAt)) {
      let t = (m[1] ?? m[2] ?? m[3])!
      const s = m.index + m[0].lastIndexOf(t)
      let span: Span = [s, s + t.length]
      // "a spear-phishing wave, which we call DHL-2404": the wave in apposition is the campaign, under the name the
      // report gives it (also the name of the cluster behind it, an actor): "DHL-2404 spear-phishing wave".
      const wave = m[3] !== undefined ? WAVE_APPOSED.exec(text.slice(Math.max(0, m.index - 80), m.index)) : null
      if (mask.overlaps(span) || anyOverlaps(out, span)) continue
      if (wave) {
        span = [m.index - wave[0].length + wave[0].indexOf(wave[1]!), span[1]]
        t = `${t} ${wave[1]!}`
      } else if (actors().overlaps(span)) continue
      // "a phishing wave against … that we call X": the name stands for the description before it in its sentence.
      if (m[3] !== undefined) {
        for (let k = out.length - 1; k >= 0; k--) {
          const o = out[k]!
          if (o.span[1] <= m.index && m.index - o.span[1] < 130 && !/[.;!?\n]/.test(text.slice(o.span[1], m.index)))
            out.splice(k, 1)
        }
      }
      out.push({ name: t, span })
    }
  }
  // Incidents a text delimits by what was taken or when: "the theft of $81 million from Bangladesh Bank in February
  // 2016", "the $6.1 million taken from BankIslami Pakistan", "the November 2020 incident", "the 24 August break-in into
  // the e-mail system of the Storting", and events with their year ("the 2018 PyeongChang Winter Olympic Games").
  // Each expression is tried only where its fixed words stand (word runs the finders' one pass already found), from
  // the start that the words before them give: global scans, from every "the", capital or currency sign, or an indexOf
  // walk per word, cost more than the rest of this finder.
  const words = runStarts(runs, roles[ROLE_INCIDENT]!)
  if (words.length) {
    const thefts = startsOfWords(text, words, THEFT_WORDS)
    for (const m of backAnchored(text, thefts, ARTICLE_BACK, THEFT_STICKY, 8)) pushCampaign(out, mask, m)
    for (const m of backAnchored(text, thefts, ARTICLE_BACK, THEFT_WORTH_STICKY, 8)) pushCampaign(out, mask, m)
    for (const m of backAnchored(text, thefts, ARTICLE_BACK, DATED_THEFT_STICKY, 8)) pushCampaign(out, mask, m)
  }
  const months = runStarts(runs, roles[ROLE_MONTH_NAME]!).filter((p) =>
    MONTH_WORDS_CAPITALISED.some((w) => text.startsWith(w, p)),
  )
  for (const m of backAnchored(text, months, DATED_BACK, DATED_INCIDENT_STICKY, 12)) pushCampaign(out, mask, m)
  if (words.length) {
    for (const m of backAnchored(text, startsOfWords(text, words, EVENT_WORDS), YEAR_EVENT_BACK, YEAR_EVENT_STICKY, 80))
      pushCampaign(out, mask, m)
    for (const m of backAnchored(text, startsOfWords(text, words, TAKEN_WORDS), TAKEN_BACK, TAKEN_STICKY, 60))
      pushCampaign(out, mask, m)
    for (const m of backAnchored(
      text,
      startsOfWords(text, words, MALWARE_WORDS),
      MALWARE_BACK,
      MALWARE_ATTACK_STICKY,
      60,
    ))
      pushCampaign(out, mask, m)
    // A name in quotes that the text calls a campaign or operation ("part of the "Ghostwriter" campaign").
    const quoted = startsOfWords(text, words, QUOTED_HEAD_WORDS, 2).filter((p) => text[p] === '"' || text[p] === '”')
    for (const m of backAnchored(text, quoted, QUOTED_BACK, QUOTED_CAMPAIGN_STICKY, 60)) {
      const s = m.index + 1
      const span: Span = [s, s + m[1]!.length]
      if (!mask.overlaps(span) && !anyOverlaps(out, span)) out.push({ name: m[1]!, span })
    }
  }
  // A scandal named with "-gate" ("dubbed CatalanGate", "the Predator-gate affair"): its name, where the text calls it
  // so or calls it a scandal or an affair.
  // (Only where a capitalised word ends in "gate": "investigate" is no such word.)
  for (const m of matchAtStarts(GATE_SCANDAL_AT, text, gateWordStarts(text))) {
    const span: Span = [m.index, m.index + m[0].length]
    if (!mask.overlaps(span) && !anyOverlaps(out, span)) out.push({ name: m[0], span })
  }
  // IT worker schemes and thefts listed by sum and victim (see campaigns14.ts).
  for (const c of findMoreCampaigns(text, (span) => mask.overlaps(span) || anyOverlaps(out, span))) out.push(c)
  // A research post's headline that opens with the name it gives its campaign ("Fuel Line: an APT33 cluster returns
  // to aviation and energy targets").
  const headline = HEADLINE_NAME.exec(text)
  if (headline) {
    const s = headline.index + headline[0].indexOf(headline[1]!)
    const span: Span = [s, s + headline[1]!.length]
    // ("Trend Micro: Pawn Storm set phishing traps for …": a source before the colon, its claim about an actor after.)
    const colon = headline.index + headline[0].indexOf(':')
    const actorNext = actorSpans.some((a) => a[0] > colon && a[0] <= colon + 3)
    if (!mask.overlaps(span) && !actors().overlaps(span) && !anyOverlaps(out, span) && !actorNext)
      out.push({ name: headline[1]!, span })
  }
  // (Not a phrase cut out of a number, "000 victims had been hit by attacks" from "1,000 victims …", nor a candidate's
  // election campaign, "the Joe Biden for President campaign".)
  return out
    .filter(
      (c) =>
        !CUT_NUMBER_BEFORE.test(text.slice(Math.max(0, c.span[0] - 2), c.span[0])) && !POLITICAL_CAMPAIGN.test(c.name),
    )
    .sort((a, b) => a.span[0] - b.span[0])
}
const CUT_NUMBER_BEFORE = /\d[,.]?$/
const POLITICAL_CAMPAIGN =
  /\b(?:President|presidential|election|re-?election|electoral|mayoral|Senate|congressional|parliamentary|political)\s+campaigns?$/i

const MONTH_ALT = 'January|February|March|April|May|June|July|August|September|October|November|December'
const SUM = String.raw`(?:approximately\s+|about\s+|some\s+|nearly\s+|more\s+than\s+)?(?:US)?[$€£][\d.,]+(?:\s*(?:million|billion|bn|m)\b)?(?:\s+(?:USD|dollars|euros))?`
const VICTIM_NAME = String.raw`(?:the\s+)?(?:[a-z][\w-]*\s+){0,4}?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}`
const IN_WHEN = String.raw`(?:\s+in\s+(?:(?:${MONTH_ALT})\s+)?\d{4})?`
const THEFT_RE = new RegExp(
  String.raw`\b(?:the\s+)?(?:theft|heist|robbery)\s+of\s+${SUM}(?:\s+(?:in|of|worth\s+of)\s+(?:[\w-]+\s+){0,3}?)?\s*from\s+${VICTIM_NAME}${IN_WHEN}`,
  'g',
)
const TAKEN_RE = new RegExp(
  String.raw`\b(?:the\s+)?${SUM}\s+(?:taken|stolen|siphoned|drained)\s+from\s+${VICTIM_NAME}${IN_WHEN}`,
  'g',
)
const DATED_INCIDENT_RE = new RegExp(
  String.raw`\b[Tt]he\s+(?:(?:${MONTH_ALT})(?:\s+\d{1,2})?(?:,?\s+\d{4})?|\d{1,2}\s+(?:${MONTH_ALT})(?:\s+\d{4})?)\s+(?:cyber[- ]?attacks?|attacks?|incident|breach|hack|intrusion|break-in)(?:\s+(?:on|into|of|against)\s+${VICTIM_NAME})?`,
  'g',
)
// A theft by its date, what was taken and its named victim: "the theft in August 2017 of athletes' medical records
// from the World Anti-Doping Agency (WADA)".
const DATED_THEFT_RE = new RegExp(
  String.raw`\bthe\s+theft\s+in\s+(?:(?:${MONTH_ALT})\s+)?(?:19|20)\d{2}\s+of\s+[^,.;\n]{3,80}?\s+from\s+(?:the\s+)?[A-Z][\w&'’-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w&'’-]*){0,5}(?:\s+\([A-Z][\w-]{1,10}\))?`,
  'g',
)
const THEFT_WORTH_RE = new RegExp(
  String.raw`\b(?:the\s+)?(?:theft|heist)\s+of\s+(?:cryptocurrency|virtual\s+currency|crypto(?:currency)?\s+assets|digital\s+assets|funds)\s+worth\s+${SUM}(?:\s+from\s+${VICTIM_NAME})?`,
  'g',
)
const MALWARE_ATTACK_RE = new RegExp(
  String.raw`\b(?:the\s+)?[A-Z][\w-]+(?:\s+\d+(?:\.\d+)?)?\s+(?:ransomware|wiper|malware)\s+(?:(?:attacks?|outbreak|campaign)(?:\s+of\s+(?:(?:${MONTH_ALT})\s+)?\d{4})?|of\s+(?:(?:${MONTH_ALT})\s+)?(?:19|20)\d{2}\b)`,
  'g',
)
const QUOTED_CAMPAIGN_RE = /["“]([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})["”]\s+(?:campaign|operation)\b/g
/**
 * `t` without its trailing whitespace, commas, semicolons and colons (and dots when `dots`): what
 * `t.replace(/[\s,;:]+$/, '')` (`/[\s,;:.]+$/`) gives, whose match is the longest such run at the end, without an
 * expression tried at every position of `t`.
 */
export function withoutTrailing(t: string, dots: boolean): string {
  let e = t.length
  for (; e > 0; e--) {
    const c = t.charCodeAt(e - 1)
    if (!(c === 44 || c === 59 || c === 58 || (dots && c === 46) || isSpaceCode(c))) break
  }
  return e === t.length ? t : t.slice(0, e)
}
/** Adds a campaign a whole match names (trailing punctuation off), unless masked or overlapping one found before. */
function pushCampaign(out: CampaignMention[], mask: SpanMask, m: RegExpExecArray): void {
  const t = withoutTrailing(m[0], true)
  const span: Span = [m.index, m.index + t.length]
  if (!mask.overlaps(span) && !anyOverlaps(out, span)) out.push({ name: t, span })
}

/**
 * The matches of `sticky` that start where `back` (anchored at the end) puts the start before each of `heads` (the
 * offsets of the expression's fixed words, ascending), at most `reach` characters before it (the longest opening the
 * expression allows). For expressions made of a variable opening and a fixed part; `back` must match every opening
 * `sticky` allows.
 */
function backAnchored(
  text: string,
  heads: readonly number[],
  back: RegExp,
  sticky: RegExp,
  reach: number,
): RegExpExecArray[] {
  const out: RegExpExecArray[] = []
  // By index, not `for … of` (see matchAtStarts): the head lists come from several kinds of array.
  for (let i = 0; i < heads.length; i++) {
    const h = heads[i]!
    const from = Math.max(0, h - reach)
    const b = back.exec(text.slice(from, h))
    if (!b) continue
    sticky.lastIndex = from + b.index
    const m = sticky.exec(text)
    if (m && (out.length === 0 || m.index >= out[out.length - 1]!.index + out[out.length - 1]![0].length)) out.push(m)
  }
  return out
}
// The first line: two or three capitalised words, a colon, and words about a campaign.
const HEADLINE_NAME =
  /^\s*((?:Operation\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}):\s+[^\n]{0,120}?\b(?:campaign|cluster|operation|intrusion\s+set|lures?|returns|targets|phishing|courts|poses)\b/
const YEAR_EVENT_RE =
  /\bthe\s+(?:19|20)\d{2}\s+(?:(?:[A-Z][\w'’.-]+|presidential|parliamentary|general|federal|midterm|Winter|Summer)\s+){1,4}(?:elections?|Olympics|Olympic\s+Games|Games|World\s+Cup|referendum)\b/g
const TAKEN_STICKY = stickyCopy(TAKEN_RE)
const THEFT_STICKY = stickyCopy(THEFT_RE)
const THEFT_WORTH_STICKY = stickyCopy(THEFT_WORTH_RE)
const DATED_THEFT_STICKY = stickyCopy(DATED_THEFT_RE)
const DATED_INCIDENT_STICKY = stickyCopy(DATED_INCIDENT_RE)
const YEAR_EVENT_STICKY = stickyCopy(YEAR_EVENT_RE)
const GATE_SCANDAL =
  /(?<=\b(?:dubbed|called|so-called|known\s+as|named)\s+["“]?)[A-Z][A-Za-z]+-?[Gg]ate\b|\b[A-Z][A-Za-z]+-?[Gg]ate(?=["”]?\s+(?:scandal|affair)\b)/g
const GATE_SCANDAL_AT = stickyCopy(GATE_SCANDAL)
/**
 * Where GATE_SCANDAL can match, for `matchAtStarts`: the start of the run of ASCII letters before each "gate" or "Gate"
 * that no word character follows (before its hyphen, if one stands before it), when the run opens with a capital and
 * is two letters or more. Every match is such a run ([A-Z][A-Za-z]+, an optional hyphen, [Gg]ate, a word boundary)
 * after a character that is no letter (a boundary, a space or a quote). The global search instead tried the
 * look-behind and the letter runs at every character of the text (about 2% of the extraction on report-sized texts).
 */
function gateWordStarts(text: string): number[] {
  const out: number[] = []
  for (let k = 0; k < 2; k++) {
    const gate = k === 0 ? 'gate' : 'Gate'
    for (let i = text.indexOf(gate); i >= 0; i = text.indexOf(gate, i + 4)) {
      if (isAsciiWordCode(text.charCodeAt(i + 4))) continue
      const end = i > 0 && text.charCodeAt(i - 1) === 45 ? i - 1 : i
      let p = end
      while (p > 0 && (isAsciiUpperCode(text.charCodeAt(p - 1)) || isAsciiLowerCode(text.charCodeAt(p - 1)))) p--
      if (end - p >= 2 && isAsciiUpperCode(text.charCodeAt(p))) out.push(p)
    }
  }
  if (out.length > 1) out.sort((a, b) => a - b)
  return out
}
const THEFT_WORDS = ['theft of', 'heist of', 'robbery of', 'theft in']
const ARTICLE_BACK = /(?:\bthe\s+)?$/
const MONTH_WORDS_CAPITALISED = MONTH_ALT.split('|')
const DATED_BACK = /\b[Tt]he\s+(?:\d{1,2}\s+)?$/
const EVENT_WORDS = ['election', 'Olympics', 'Games', 'Cup', 'referendum']
const YEAR_EVENT_BACK = /\bthe\s+(?:19|20)\d{2}\s+(?:[\w'’.-]+\s+){0,5}$/
const MALWARE_ATTACK_STICKY = stickyCopy(MALWARE_ATTACK_RE)
const QUOTED_CAMPAIGN_STICKY = stickyCopy(QUOTED_CAMPAIGN_RE)
// The fixed part of each (what a scan finds), and the words before it that a match may start with (read backwards
// from the fixed part: the longest such run is where the full expression is tried).
const TAKEN_WORDS = ['taken from', 'stolen from', 'siphoned from', 'drained from']
const TAKEN_BACK =
  /(?:\bthe\s+)?(?:(?:approximately|about|some|nearly|more\s+than)\s+)?(?:US)?[$€£][\d.,]+(?:\s*(?:million|billion|bn|m)\b)?(?:\s+(?:USD|dollars|euros))?\s+$/
const MALWARE_WORDS = ['ransomware ', 'wiper ', 'malware ']
const MALWARE_BACK = /(?:\bthe\s+)?\b[A-Z][\w-]+(?:\s+\d+(?:\.\d+)?)?\s+$/
const QUOTED_HEAD_WORDS = ['campaign', 'operation']
const QUOTED_BACK = /["“][A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}$/

/**
 * Where NAMED_CAMPAIGN_RE can match, ascending, from the runs that are its naming
 * verbs (`verbs`, run indices): every match holds one as a whole run, `(call|name|dub)(s|ed|bed)?` with whitespace
 * after it. Its first branch starts at the verb; its second ("campaign, which we call …") at the run three before it
 * ("campaign", "which", "we", the verb: only a comma and whitespace lie between them).
 */
function namedCampaignStarts(runs: WordRuns, verbs: readonly number[]): number[] {
  const out: number[] = []
  for (const j of verbs) {
    if (j >= 3) out.push(runs.start[j - 3]!)
    // (The third branch, "a wave … that we call X", at the run two before it.)
    if (j >= 2) out.push(runs.start[j - 2]!)
    out.push(runs.start[j]!)
  }
  return out.sort((a, b) => a - b)
}
// The wave or campaign a naming clause stands in apposition to: "a spear-phishing wave, ", "a cluster of phishing
// activity, " (group 1: the description without its article).
const WAVE_APPOSED =
  /\b(?:an?|the|this|that)\s+((?:[\w-]+\s+){0,3}?(?:wave|campaign|operation)|cluster\s+of\s+(?:[\w-]+\s+){0,2}?activity)\s*,\s*$/i
export const NAMED_CAMPAIGN_RE =
  /\b(?:call|name|dub)(?:s|ed|bed|d)?\s+(?:the|this|our)\s+(?:operation|campaign|activity|intrusion\s+set)\s+[“"']?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})|\b(?:campaign|operation),\s+which\s+we\s+(?:call|name|dub)(?:ed|bed)?\s+[“"']?((?:Operation\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})|(?<=\b(?:campaign|operation|wave|activity)\b[^.;]{0,120}\s)(?:that|which)\s+we\s+(?:(?:call|name|dub)(?:ed|bed)?|track(?:ed)?\s+as)\s+[“"']?((?:Operation\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})/g
const NAMED_CAMPAIGN_AT = stickyCopy(NAMED_CAMPAIGN_RE)

// ---------------------------------------------------------------- where the finders start

// The runs the finders start from, found in one pass over the word runs of a text (kept for the last text): the head
// words of each campaign pattern (sets 0 …), months (as run starts and as names), the first words of quantities, CVEs, targeting cues and the first
// words of sector phrases.
const ROLE_MONTH = CAMPAIGN_STARTS.length
const ROLE_MONTH_NAME = ROLE_MONTH + 1
const ROLE_NUMBER = ROLE_MONTH + 2
const ROLE_CVE = ROLE_MONTH + 3
const ROLE_CUE = ROLE_MONTH + 4
const ROLE_SECTOR = ROLE_MONTH + 5
const ROLE_CHARGE = ROLE_MONTH + 6
const ROLE_PARTNER = ROLE_MONTH + 7
const ROLE_INCIDENT = ROLE_MONTH + 8
const ROLE_NAMING = ROLE_MONTH + 9
const ROLE_ALIGN = ROLE_MONTH + 10
// The verb of `extractFromText`'s ALIGN_WITH ("align themselves with this declaration"), as whole runs.
const ALIGN_RUN_WORDS = new RunWords(['align', 'aligns', 'aligned'])
// The naming verbs of NAMED_CAMPAIGN_RE, as whole runs (compared without regard to case: more runs than it needs).
const NAMING_RUN_WORDS = new RunWords(
  ['call', 'name', 'dub'].flatMap((v) => [v, `${v}s`, `${v}ed`, `${v}bed`, `${v}d`]).concat(['track', 'tracked']),
)
// The fixed words of the incident expressions of findCampaigns (thefts, malware attacks, events, quoted names).
const INCIDENT_RUN_WORDS = new RunWords([
  'theft',
  'heist',
  'robbery',
  'taken',
  'stolen',
  'siphoned',
  'drained',
  'ransomware',
  'wiper',
  'malware',
  'campaign',
  'operation',
  'election',
  'elections',
  'olympics',
  'games',
  'cup',
  'referendum',
])
// The words of the partner cue of `extractFromText` (its PARTNER_CUE): each of its matches starts with a word run that
// is or begins with one of these, compared without regard to ASCII case: "partner(s|ing)", "co" before "-",
// "coseal…", "cosign…", "coauthor…", "joint(ly)", "together" before a space.
const PARTNER_RUN_WORDS = new RunWords([
  'partner*',
  'co',
  'coseal*',
  'cosign*',
  'coauthor*',
  'joint*',
  'together',
  'signed',
  'endorsed',
])
const ROLES = new RunWordSets([
  ...CAMPAIGN_STARTS.map((c) => c.heads),
  MONTH_WORDS,
  MONTH_NAMES,
  NUM_FIRST,
  CVE_WORDS,
  CUE_WORDS,
  SECTOR_FIRST,
  CHARGE_RUN_WORDS,
  PARTNER_RUN_WORDS,
  INCIDENT_RUN_WORDS,
  NAMING_RUN_WORDS,
  ALIGN_RUN_WORDS,
])

/** Where NAMED_CAMPAIGN_RE is tried in a text, for the test that every match of its global scan starts there. */
export const NAMED_GATE_FOR_TEST = {
  starts: (text: string) => namedCampaignStarts(wordRuns(text), roleRuns(text)[ROLE_NAMING]!),
}

/** The charge expression with the run-word gate that stands in for it, for the test that the gate loses nothing. */
export const CHARGE_GATE_FOR_TEST = {
  re: CHARGE_WORDS,
  gate: (text: string) => roleRuns(text)[ROLE_CHARGE]!.length > 0,
  /** Where the runs of CHARGE_RUN_WORDS start, ascending. */
  runStarts: (text: string) => runStarts(wordRuns(text), roleRuns(text)[ROLE_CHARGE]!),
}

/**
 * Where a match of the partner cue of `extractFromText` can start in `text`: the starts of the word runs that are
 * one of PARTNER_RUN_WORDS, ascending (from the pass over the document's word runs that the finders share).
 */
export function partnerWordStarts(text: string): number[] {
  return runStarts(wordRuns(text), roleRuns(text)[ROLE_PARTNER]!)
}

/**
 * Whether `text` has a word run "align", "aligns" or "aligned" in any case: every match of `extractFromText`'s
 * ALIGN_WITH (`\balign(?:s|ed)?\s+…`, case-insensitive) starts with one (from the pass the finders share).
 */
export function hasAlignRun(text: string): boolean {
  return roleRuns(text)[ROLE_ALIGN]!.length > 0
}

function roleRuns(text: string): number[][] {
  return ROLES.find(text, wordRuns(text))
}

// ---------------------------------------------------------------- companies that speak

// A name that says something and is nothing else the text names: "Radiant Capital said", "ThreatMon reported",
// "3CX has confirmed", "AsiaNews, the news portal run by PIME, reported". Two or three capitalised words, or one word
// whose shape is a company's (a capital or a digit inside it: "VNDirect", "IssueMakersLab", "3CX", "BI.ZONE"), right
// before a verb of saying.
const SPEAKING_NAME =
  /(?<![\w&.'’-]|[A-Z][\w&.-]*\s|\b(?:of|for|at|in|from|to|by|on|the|with)\s)((?:[A-Z](?:[\w&-]|\.(?=\w))*[a-z0-9](?:[\w&-]|\.(?=\w))*(?:[ \t]+(?:&[ \t]+)?[A-Z](?:[\w&-]|\.(?=\w))*[a-z0-9](?:[\w&-]|\.(?=\w))*){1,2})|[A-Z][a-z]+(?:[A-Z][a-z0-9]*)+|\d+[A-Z][A-Z0-9]*|[A-Z]{2,}[a-z][A-Za-z]*|[A-Z]{2,}\.[A-Z]{2,})(?=(?:,[ \t]+(?:the|an?)[ \t](?:[^,;.]{0,40}?\b(?:portal|site|website|outlet|newspaper|broadcaster|magazine|company|firm|provider|exchange|platform|maker|manufacturer|operator|startup|agency)\b[^,;.]{0,40}),)?[ \t]+(?:(?:has|had|also|later|then|previously)\s+)?(?:said|says|told|confirmed|confirms|announced|announces|stated|reported|reports|wrote|writes|denied|denies|added|disclosed|discloses|warned|warns|believes|believed|suspects|suspected|blamed|blames|described|describes)\b)/g
// Words that make such a name a person's, an office's or an unnamed group's ("President Biden", "Prime Minister",
// "Western Officials"), not a company's.
const NOT_COMPANY_WORDS = new Set(
  `President Prime Minister Secretary Director Chief Deputy Senator Representative Rep Sen General Attorney Spokesman
  Spokeswoman Spokesperson Ambassador Governor Mayor Chancellor King Queen Prince Princess Crown Lt Col Gen Adm Sgt Capt
  Officials Official Police Investigators Researchers Experts Sources Authorities Analysts Prosecutors Officers Judge
  Justice Commissioner Chairman Chair Leader Minister's Mc Mac House White Government Ministry Department Agency Court
  Council Office Embassy Army Navy Military Parliament Congress Senate Party Group Team Unit Lab Labs Lord Lady Sir Dame
  Division Secretariat`
    .split(/\s+/)
    .filter(Boolean),
)
// Surname shapes with a capital inside ("McDonald", "DeSantis", "LaFleur", "VanDyke").
const CAMEL_SURNAME = /^(?:Mc|Mac|De|Di|Du|Da|La|Le|Van|Von|O’|O')[A-Z]/

/**
 * Companies that speak and are nothing else the text names (see SPEAKING_NAME): each found where no span of `taken`
 * (people, actors, organisations, state bodies, countries found before) overlaps it.
 */
export function speakingCompanies(text: string, taken: SpanSet): OrgMention[] {
  const out: OrgMention[] = []
  if (
    !/\b(?:said|says|told|confirm|announc|stated|report|wrote|writes|denied|denies|added|disclos|warn|believe|suspect|blame|describ)/.test(
      text,
    )
  )
    return out
  for (const m of text.matchAll(SPEAKING_NAME)) {
    const name = m[1]!
    const span: Span = [m.index, m.index + name.length]
    if (taken.overlaps(span)) continue
    const words = name.split(/\s+/)
    if (words.some((w) => NOT_ORG_WORDS.has(w) || NOT_COMPANY_WORDS.has(w) || MONTHS.includes(w.toLowerCase())))
      continue
    // ("ZachXBT", "WinRAR": a handle's or a product's shape, capitals closing a word.)
    if (words.length === 1 && (CAMEL_SURNAME.test(name) || /[a-z][A-Z]{2,}$/.test(name))) continue
    // (A person the people finder missed: "Maria Delgado said".)
    if (words.length > 1 && GIVEN_NAMES.has(words[0]!)) continue
    if (COUNTRY_NAME_OR_ADJECTIVE.has(words[0]!) || COUNTRY_NAME_OR_ADJECTIVE.has(name)) continue
    out.push({ name, text: name, span, kind: 'company' })
  }
  return out
}
