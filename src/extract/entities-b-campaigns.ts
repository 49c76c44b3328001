/**
 * Where a campaign description ends. Campaign patterns find a head ("attacks on", "campaign against", "hit by …
 * attacks") and take what follows up to punctuation; the description proper is a noun phrase, which ends at a clause
 * ("… and warned", "… that it …"), a predicate adjective ("called the attack on X unacceptable"), an adverb or a time
 * word, and goes on across a list of modifiers ("intrusions into defence, technology and government targets").
 */
import { COUNTRIES, COUNTRY_NOUNS } from './gazetteer.ts'
import { isAsciiWordCode } from './scan.ts'
import { isSpaceCode } from './text.ts'

// Words that end the noun phrase of a description.
const STOP = new Set(
  `which that who whom whose while when whereas but where as because since after before with by was were is are be
  been being had has have will would could can may might must shall should said says say told to for from than if then
  also yesterday today tonight now again too last this next earlier later recently ago until unless so thus via using
  including during amid despite following according per not nor it they he she we its their his her our them this
  these those there here such grew rose fell began begun came went took made led left stole sent got ran saw spread
  continue continues remain remains appear appears seem seems show shows suggest suggests indicate indicates occur
  occurs happen happens lasted over through bore bears brought caught drew struck meant kept held gave gives showed`
    .split(/\s+/)
    .filter(Boolean),
)
// Words in -ing or -ed that are nouns or adjectives of a victim, not verbs of a clause after it.
const NOT_VERBS = new Set(
  `banking shipping manufacturing gambling engineering mining housing building training meeting trading accounting
  marketing advertising consulting broadcasting publishing printing computing networking hosting gaming lending
  clearing processing financing landing wedding clothing catering ticketing heating recruiting logistics united
  elected detained displaced unnamed related advanced limited armed allied organised organized interested listed
  regulated registered`
    .split(/\s+/)
    .filter(Boolean),
)
// Adverbs in -ly are clause words; these words in -ly are not adverbs.
const NOT_ADVERBS = new Set(['supply', 'family', 'assembly', 'ally', 'rally', 'reply', 'anomaly', 'monopoly'])

// Tokens of a description: abbreviations with dots ("U.S."), words (with digits, hyphens, apostrophes, "&"), a short
// bracketed acronym ("(OPCW)"), a comma, or any other character (which ends the description).
const TOKEN = /(?:[A-Z]\.){2,}|[\w’'&-]+|\([A-Za-z0-9.-]{1,12}\)|,|\S/g

// Determiners that may open the phrase ("attacks on its energy facilities").
const DETERMINERS = new Set(['its', 'their', 'his', 'her', 'our', 'these', 'those'])

/** Whether `w` (a lower-case word, the `k`th of the phrase) reads as a verb or clause word after a noun phrase. */
function endsPhrase(w: string, k: number, prev: string): boolean {
  if (k === 0 && DETERMINERS.has(w)) return false
  if (w === 'than' && /^(?:more|less|fewer)$/i.test(prev)) return false
  if (STOP.has(w)) return true
  if (k === 0 || w.includes('-') || NOT_VERBS.has(w)) return false
  // After a function word a participle is an adjective ("a list of predetermined targets").
  const afterFunction = /^(?:of|the|an?|in|on|at|to|for|from|with|by|into)$/i.test(prev)
  if (!afterFunction && /^[a-z]{2,}(?:ing|ed)$/.test(w)) return true
  if (/^[a-z]{3,}(?:able|ible|less)$/.test(w)) return true
  return /^[a-z]{3,}ly$/.test(w) && !NOT_ADVERBS.has(w)
}

/**
 * The end of the noun phrase that starts at `from` in `text` (the object or subject of a campaign description), read
 * over at most `max` characters; `from` itself when it holds no word.
 */
export function phraseEnd(text: string, from: number, max = 160): number {
  const limit = Math.min(text.length, from + max)
  const part = text.slice(from, limit)
  TOKEN.lastIndex = 0
  let end = from
  let k = 0
  let joined = false // after "and", "or" or a comma: the next word must start a new member
  let prev = '' // the word before
  let prevEnd = 0
  // After a comma the phrase goes on only as a list closed by "and"/"or" ("defence, technology and government
  // targets"); until then its end stays before the comma.
  let listed = -1
  let firstComma = -1
  // The first line break in `part` at or after prevEnd (-1: none); prevEnd only grows, so it is looked for again
  // only once prevEnd has passed it.
  let newline = part.indexOf('\n')
  for (let m = TOKEN.exec(part); m; m = TOKEN.exec(part)) {
    const tok = m[0]
    const tEnd = from + m.index + tok.length
    // A line break ends it (a heading, a list item): one between the last token and this one.
    if (newline >= 0 && newline < prevEnd) newline = part.indexOf('\n', prevEnd)
    if (newline >= 0 && newline < m.index) break
    prevEnd = m.index + tok.length
    // A token cut by the limit (not by the text's end) is not read.
    if (tEnd >= limit && limit < text.length) break
    if (tok === ',') {
      if (listed < 0) listed = end
      if (firstComma < 0) firstComma = end
      joined = true
      continue
    }
    if (tok.length === 1 && !isAsciiWordCode(tok.charCodeAt(0))) break
    const w = tok.toLowerCase()
    if (w === 'and' || w === 'or' || w === '&') {
      if (listed >= 0) listed = -2 // the list is closed: what follows is read as its last member
      joined = true
      prev = w
      continue
    }
    if (joined && (w === 'the' || w === 'a' || w === 'an')) break
    // "…, and attacks against …": a new description, not a member of this one's list.
    if (joined && /^(?:(?:cyber-?)?attacks?|campaigns?|operations?|intrusions?|hacks?|espionage)$/.test(w)) {
      if (firstComma >= 0) return firstComma
      break
    }
    const c0 = tok.charCodeAt(0)
    if (c0 >= 97 && c0 <= 122) {
      // Inside a capitalised name ("Organisation for the Prohibition of Chemical Weapons").
      const inName =
        /^[A-Z]/.test(prev) && /^(?:for|of|on|de)$/.test(w) && /^\s+(?:the\s+)?[A-Z]/.test(part.slice(prevEnd))
      if (!inName && endsPhrase(w, k, prev)) break
      // After a country a lower-case word goes on only as a noun of its victims ("attacks on Taiwan reach more").
      if (COUNTRY_NOUNS.has(prev) && !joined && !VICTIM_NOUN.test(w)) break
    }
    end = tEnd
    joined = false
    prev = tok
    k++
  }
  return listed >= 0 ? listed : end
}

/**
 * False when the noun phrase that `phraseEnd(text, from, max)` reads can hold no ASCII capital A–Z: none stands
 * between `from` and the first line break or sentence mark (. ; : ! ?) after it, within `max` characters. phraseEnd
 * stops before each of those (a line break between two tokens; the marks are one-character tokens), unless the mark
 * is inside a longer token: a dot in an abbreviation ("U.S.", which begins with a capital, seen first) or in a
 * bracketed acronym ("(e.g.)": at a "(" this answers true). A phrase without a capital names no victim (namedVictim
 * wants a word that begins with one), so a finder can skip reading it.
 */
export function mayHoldCapital(text: string, from: number, max = 160): boolean {
  const limit = Math.min(text.length, from + max)
  for (let i = from; i < limit; i++) {
    const c = text.charCodeAt(i)
    if ((c >= 65 && c <= 90) || c === 40) return true
    if (c === 10 || c === 46 || c === 59 || c === 58 || c === 33 || c === 63) return false
  }
  return false
}

const VICTIM_NOUN =
  /^(?:government|governments|ministry|ministries|networks?|systems?|infrastructure|grid|websites?|institutions?|agencies|banks?|companies|firms|organi[sz]ations?|entities|parliament|military|energy|power|telecoms?|telecommunications|election|elections|officials|citizens|users|customers|businesses|hospitals|embassy|embassies|facilities|sectors?|servers?|utilities|operators|providers|company|firm|agency|authority|laboratory|department|office|corporation|bank|university|newspaper|broadcaster|regulator|operator|provider|contractor|manufacturer|exchange|platform|targets?|state|states|federal|local|county|municipal|defen[cs]e|research|researchers|critical|public|private|health|healthcare|financial|diplomats?|diplomatic|journalists|think)$/

/** `name` without trailing function words or separators ("attacks on the" → "attacks on"). */
export function trimTail(name: string): string {
  let t = name
  for (;;) {
    const u = t.replace(
      /(?:[\s,]+(?:the|a|an|of|in|on|at|to|and|or|&|across|within|throughout|from|with|by|for|into|against|via|over))+$|[\s,;:&-]+$/i,
      '',
    )
    if (u === t) return t
    t = u
  }
}

// A description of a named campaign in apposition ("Operation Cloud Hopper, a series of intrusions into …").
const APPOSITION_BEFORE =
  /[A-Z][\w-]*[”"']?\s*,\s+(?:(?:an?|the)\s+)?(?:series|string|wave|set|spate|campaign)\s+of\s+$/

/** Whether the description starting at `start` is in apposition to a name before it. */
export function inApposition(text: string, start: number): boolean {
  return APPOSITION_BEFORE.test(text.slice(Math.max(0, start - 60), start))
}

// A plural head whose object is a bare class of victims ("campaigns against entities in …", "attacks on
// organisations") describes activity in general, not one campaign.
const GENERIC_PLURAL =
  /^(?:[\w-]+\s+){0,3}?(?:cyber[- ]?)?(?:attacks|campaigns|intrusions|operations|hacks|activities|spear-?phishing)\s+(?:on|against|targeting|into|aimed\s+at)\s+(?:the\s+)?(?:entities|organi[sz]ations|targets|victims|companies|individuals|people|users|citizens|countries|networks|systems|businesses|institutions|sectors|industries|employees|staff|personnel|accounts)\b/i
// An unspecified number of them before a plural head ("a range of cyber espionage operations against the UK").
const SOME_OF =
  /\b(?:a\s+(?:range|number|variety|host)\s+of|various|numerous|multiple|several|many|other|past|previous|prior)\s+(?:[\w-]+\s+){0,2}$/i
/** Whether `name` describes activity in general (a plural head and a bare class of victims). */
// An object that is an unspecified part of a class ("attacks on other industries", "a campaign targeting various
// industries").
const SOME_OBJECT =
  /\s(?:on|against|targeting|into|aimed\s+at|that\s+\w+)\s+(?:other|various|multiple|numerous|several|many|some|all|any|more|a\s+(?:variety|range|number|host)\s+of)\b/i

// A bare plural (no article, possessive or "recent") with lower-case modifiers, aimed at a state, a union or a class
// named in lower case: "cyberattacks against the UK", "operations against Ukraine", "ransomware attacks against the
// United States", "attacks on Ukrainian government institutions". (A date or year delimits it: kept.)
const BARE_PLURAL =
  /^(?:(?:[a-z][\w-]*|DDoS)\s+){0,3}?(?:[Cc]yber[- ]?)?(?:[Aa]ttacks|[Cc]ampaigns|[Ii]ntrusions|[Oo]perations|[Hh]acks)\s+(?:on|against|targeting|into|aimed\s+at)\s+(?:the\s+)?(.+)$/
const BARE_PLURAL_KEPT =
  /^(?:the|its|their|his|her|our|this|these|those|that|recent|latest|last|new|earlier|later|ongoing|current)\b|\d/i
// Capitalised words of an object that name a union or part of a state's name.
const STATE_WORDS = new Set([
  'EU',
  'European',
  'Union',
  'NATO',
  'West',
  'Western',
  'Member',
  'States',
  'United',
  'Kingdom',
  'Republic',
  'Korea',
])
/** Whether every capitalised word of `obj` names a state, its people or a union (none names anything else). */
function genericObject(obj: string): boolean {
  for (const w of obj.split(/[\s,]+/)) {
    if (!/^[A-Z]/.test(w)) continue
    const bare = w.replace(/[’']s$/, '')
    if (!NATIONAL.has(bare) && !STATE_WORDS.has(bare)) return false
  }
  return true
}

// "DDoS attacks", "Destabilisation attacks": a bare plural head with lower-case modifiers and no object names a kind
// of activity (not after a determiner: "these attacks" point back to one campaign).
const BARE_PLURAL_HEAD = new RegExp(
  String.raw`^(?!(?:the|${[...DETERMINERS].join('|')})\s)(?:[a-z][a-z-]*\s+|DDoS\s+){0,2}(?:cyber[- ]?)?(?:attacks|campaigns|intrusions|operations)$`,
)
/** Whether `name` is a bare plural head naming a kind of activity, not one campaign. */
export function namesKindOnly(name: string): boolean {
  return BARE_PLURAL_HEAD.test(name)
}

// "a series of cyberattacks on Estonia", "a multi-year series of intrusions into Kenyan ministries": one delimited set.
const SERIES_OF = /\b(?:series|string|spate)\s+of\s+$/i

export function isGenericActivity(text: string, start: number, name: string): boolean {
  // A year delimits activity against any victims into an incident ("attacks on multiple Syrian companies in 2019").
  if (IN_A_YEAR.test(name)) return false
  if (GENERIC_PLURAL.test(name) || SOME_OBJECT.test(name)) return true
  const bare = BARE_PLURAL.exec(name)
  if (
    bare &&
    !BARE_PLURAL_KEPT.test(name) &&
    genericObject(bare[1]!) &&
    !SERIES_OF.test(text.slice(Math.max(0, start - 30), start))
  )
    return true
  return (
    /^(?:[\w-]+\s+){0,3}?(?:cyber[- ]?)?(?:attacks|campaigns|intrusions|operations|hacks)\b/i.test(name) &&
    SOME_OF.test(text.slice(Math.max(0, start - 40), start))
  )
}

const IN_A_YEAR = /\sin\s+(?:19|20)\d{2}\b/
const NATIONAL = new Set(COUNTRIES.flatMap((c) => [c.name, ...c.adjectives, ...c.aliases]))

/** Whether every capitalised word before the head of `name` is a country or its adjective ("the Russian attack"). */
export function onlyNational(name: string): boolean {
  const words = name.replace(/^(?:the|an?)\s+/i, '').split(/\s+/)
  const caps: string[] = []
  for (const w of words.slice(0, -1)) if (/^[A-Z]/.test(w)) caps.push(w.replace(/[’']s$/, ''))
  return caps.length > 0 && NATIONAL.has(caps.join(' '))
}

// A subject noun phrase before "(was|were|had been …) hit by …": up to five words back, stopped by function words.
const SUBJECT_WORD = /([\w’'&-]+)\s+$/

/**
 * The start of the victim named before a passive "hit by …" at `verbStart` ("state institutions there had been hit
 * by cyberattacks"), or -1 when there is none (a pronoun, a clause word, nothing).
 */
export function subjectStart(text: string, verbStart: number): number {
  let pos = verbStart
  // Auxiliaries and adverbs between subject and verb.
  const aux =
    /(?:^|\s)(?:(?:was|were|is|are|been|be|had|has|have|being|reportedly|also|recently|repeatedly|there)\s+)+$/i
  const a = aux.exec(text.slice(Math.max(0, pos - 60), pos))
  if (!a) return -1
  pos -= a[0].length - (/^\s/.test(a[0]) ? 1 : 0)
  let start = -1
  for (let n = 0; n < 5; n++) {
    const m = SUBJECT_WORD.exec(text.slice(Math.max(0, pos - 40), pos))
    if (!m) break
    const w = m[1]!
    if (STOP.has(w.toLowerCase()) || /^(?:the|an?|of|in|on|and|or)$/i.test(w)) break
    pos -= m[0].length
    start = pos
  }
  // "state institutions there": the adverb before the auxiliaries belongs to the subject's words.
  if (start >= 0 && /^(?:it|they|which|who|that|this|these|those|he|she|we)$/i.test(chunkAt(text, start))) return -1
  return start
}

/**
 * The text from `start` up to the first whitespace after it: `text.slice(start).split(/\s/)[0]` without splitting
 * the rest of the document (isSpaceCode is `\s`).
 */
function chunkAt(text: string, start: number): string {
  let end = start
  while (end < text.length && !isSpaceCode(text.charCodeAt(end))) end++
  return text.slice(start, end)
}
