/**
 * Threat-actor names a text coins or reports for a cluster: "We track the activity as TTI-2291", "We call the cluster
 * BTR-Cluster-19", "a group Microsoft tracks as Storm-2035", "a threat actor dubbed Void Manticore". Such a name is in
 * no catalogue when the report is new, so neither the alias index nor the vendor name shapes can know it; the sentence
 * says it names an actor. The canonical name is the name as written.
 */
import type { ActorMention } from './actors.ts'
import { namingVerbStarts } from './claims.ts'
import { countryNamed } from './entities.ts'
import { isWordChar } from './matcher.ts'
import {
  isAsciiDigitCode,
  isAsciiWordCode,
  matchAtStarts,
  startsOf,
  stickyCopy,
  textHas,
  wordStartOccurrences,
} from './scan.ts'
import { MONTHS } from './text.ts'

// A name: capitalised words or an identifier with digits ("TTI-2291", "BTR-Cluster-19", "Void Manticore").
// ("Cyber_Horus Group", "Anubis.Hacker": an underscore or a dot inside a name joins its parts.)
const NAME = String.raw`([A-Z][A-Za-z0-9]*(?:(?:-|_|\.(?=[A-Za-z]))[A-Za-z0-9]+)*(?:[ \t]+(?:[A-Z][A-Za-z0-9]+|\d{1,4}(?![\w-]))){0,2})`
// The head nouns that say the thing named is an actor.
const HEAD = String.raw`(?:cluster|activity(?:\s+cluster)?|group|actors?|threat\s+actors?|intrusion\s+set|adversary|operators?|hackers|crew|gang|collective|(?:hacker|hacking)\s+organi[sz]ation)`
const NAMING_VERB = String.raw`(?:call(?:s|ed|ing)?|track(?:s|ed|ing)?|name[sd]?|naming|dub(?:s|bed|bing)?|designat(?:e|es|ed|ing)|label(?:s|l?ed)?|refer(?:s|red)?\s+to)`
// "the operator of this activity", "the actors behind the campaign": the head may be said by what it did.
const OF_ACTIVITY = String.raw`(?:(?:of|behind)\s+(?:it|them|(?:this|the|that|these)\s+(?:[\w-]+\s+)?(?:activity|campaign|operation|wave|intrusions?|attacks?))\s+)?`
// "track the activity as X", "call the cluster X", "refer to this group as X", "track the operator of this activity as X".
const VERB_FIRST = new RegExp(
  String.raw`\b${NAMING_VERB}\s+(?:(?:the|this|these|that|its|their)\s+)?(?:[\w-]+\s+){0,2}?${HEAD}\s+${OF_ACTIVITY}(?:as\s+|under\s+(?:the\s+)?(?:name|moniker|designation)\s+)?${NAME}`,
  'g',
)
// "a hacker organization calling itself "Anonymous 64"", "a group that calls itself X".
const CALLS_ITSELF = new RegExp(
  String.raw`\b${HEAD}\s*,?\s+(?:(?:that|which|who)\s+)?(?:call(?:s|ed|ing)|nam(?:es|ed|ing))\s+(?:itself|themselves)\s+(?:the\s+)?["“]?${NAME}`,
  'g',
)
// "a group Microsoft tracks as X", "a threat actor dubbed X", "the cluster, which it calls X", "a group within
// Sandworm that its analysts call X".
const HEAD_FIRST = new RegExp(
  String.raw`\b${HEAD}\s*,?\s+(?:(?:within|inside)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+)?(?:(?:that|which|whom)\s+)?(?:(?:we|it|they|researchers|(?:its|their|our)\s+(?:analysts|researchers|team)|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+)?${NAMING_VERB}\s+(?:as\s+)?${NAME}`,
  'g',
)

// "…, which we track as SL-Cluster-12", "a cluster that we call UNK_SmudgedSerpent": what the author names in a relative
// clause is an actor when the name is an identifier with digits or an underscore, whatever noun the clause follows
// ("a phishing wave against …, which we label GB-Cluster-6").
const WE_NAME = new RegExp(
  String.raw`\b(?:which|that)\s+we\s+(?:now\s+|have\s+)?${NAMING_VERB}\s+(?:it\s+|them\s+)?(?:as\s+)?([A-Z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)*(?:[-_]\d{1,6}|_[A-Z][A-Za-z]+))\b(?![-_])`,
  'g',
)

const SOFTWARE_HEAD = /\b(?:malware|software|tool|toolset|backdoor|ransomware|botnet|family)\s+(?:group|cluster)\b/i

// "we tracked a spear-phishing cluster, QTR-2611, that …": an identifier set beside the head noun.
// ("an intrusion set, SM-Cluster-7,": a lettered middle part, and then one digit is enough.)
const APPOSED = new RegExp(
  String.raw`\b${HEAD}\s*,?\s+([A-Z]{2,}[A-Za-z]*(?:-\d{2,6}|-[A-Z][A-Za-z]+-\d{1,6}))\b(?!-)`,
  'g',
)

// Words every match of HEAD holds (lower case, as the case-sensitive expressions write them).
const HEAD_WORDS = [
  'organi',
  'cluster',
  'activity',
  'group',
  'actor',
  'intrusion',
  'adversary',
  'operator',
  'hackers',
  'crew',
  'gang',
  'collective',
]
// Whether a stretch holds one of them: one scan instead of an `includes` per word (the same answer: the expression is
// the words as alternatives, with no flag).
const HEAD_WORD = new RegExp(HEAD_WORDS.join('|'))
// How far a match may reach before and after its verb: the head and its article before, the name after.
const BEFORE_VERB = 90
const AFTER_VERB = 140

/**
 * The names the text coins for actors, with each later whole-word use of them. The expressions are run only on the
 * stretches around a naming verb (found by the claim rules' keyword pass): every match holds one where a word starts, and none reaches further from it than
 * `BEFORE_VERB` characters before or `AFTER_VERB` after (the head, two words and a vendor's name before it; the name,
 * at most four words, after it), so the matches are those a scan of the whole text finds.
 */
export function findNamedClusters(text: string): ActorMention[] {
  // (In ascending order; a superset of the lower-case verbs the case-sensitive expressions match.)
  const verbs = namingVerbStarts(text)
  if (verbs.length === 0) return []
  const names = new Set<string>()
  let covered = -1
  for (const v of verbs) {
    if (v < covered) continue
    const from = Math.max(0, v - BEFORE_VERB)
    // Neighbouring verbs share one stretch.
    let to = Math.min(text.length, v + AFTER_VERB)
    for (const w of verbs) if (w > v && w < to) to = Math.min(text.length, w + AFTER_VERB)
    covered = to
    const stretch = text.slice(from, to)
    // Every match but WE_NAME's holds a head noun ("group", "cluster", …): a stretch without one holds none of them.
    collect(text, stretch, from, names, HEAD_WORD.test(stretch))
  }
  const out: ActorMention[] = []
  for (const name of names)
    for (const i of wordStartOccurrences(text, name, 0)) {
      const end = i + name.length
      // (/[\w-]/ before, /\w/ after, or "-" and /\w/ after: ASCII tests, no u flag; outside the text, no character.)
      const after = text.charCodeAt(end)
      if (
        isAsciiWordCode(text.charCodeAt(i - 1)) ||
        text.charCodeAt(i - 1) === 45 ||
        isAsciiWordCode(after) ||
        (after === 45 && isAsciiWordCode(text.charCodeAt(end + 1)))
      )
        continue
      out.push({ mention: name, canonical: name, span: [i, end], via: 'shape' })
    }
  return out.sort((a, b) => a.span[0] - b.span[0])
}

// "gave the previously unknown threat actor the name MeteorExpress".
const GAVE_NAME = new RegExp(
  String.raw`\bgave\s+(?:(?:the|this|that|these|its)\s+)?(?:[\w-]+\s+){0,3}?${HEAD}\s+the\s+(?:name|moniker|designation)\s+["“]?${NAME}`,
  'g',
)
// "hacker groups named Cyber Hopes Group, Anubis.Hacker and Security Bypass": the names a plural head's naming lists
// after the first.
const MORE_NAMES = new RegExp(String.raw`^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?["“]?${NAME}`)
// "hacker groups named A, B and C", "two gangs calling themselves X and Y" (on one line: "names five hacking groups" in
// a headline is followed by the dateline).
const PLURAL_NAMED = new RegExp(
  String.raw`\b(?:groups|gangs|crews|collectives)[ \t]+(?:named|called|calling[ \t]+themselves|dubbed)[ \t]+(?:the[ \t]+)?["“]?${NAME}`,
  'g',
)

const NAMING = [VERB_FIRST, HEAD_FIRST, APPOSED, CALLS_ITSELF, GAVE_NAME, PLURAL_NAMED, WE_NAME]
const HEADLESS = NAMING.length - 1
// Sticky copies (made once, not per match) that read a match from the whole text.
const NAMING_AT = NAMING.map((re) => new RegExp(re.source, 'y'))

/** The names the expressions find in `stretch` (which starts at `offset` of `text`). */
function collect(text: string, stretch: string, offset: number, names: Set<string>, headed: boolean): void {
  for (let k = headed ? 0 : HEADLESS; k < NAMING.length; k++) {
    const re = NAMING[k]!
    re.lastIndex = 0
    for (let m = re.exec(stretch); m; m = re.exec(stretch)) {
      // A match cut short by the stretch's end would name less than the text does: read it from the whole text.
      if (m.index + m[0].length === stretch.length && offset + stretch.length < text.length) {
        const whole = NAMING_AT[k]!
        whole.lastIndex = offset + m.index
        const w = whole.exec(text)
        if (w) m = Object.assign(w, { index: m.index }) as RegExpExecArray
      }
      const name = m[1]!.replace(/[ \t]+(?:And|Or|The)$/, '')
      // (A plural head's list: each name after the first, read on the whole text.)
      if (re === PLURAL_NAMED) {
        let end = offset + m.index + m[0].length
        for (
          let more = MORE_NAMES.exec(text.slice(end, end + 80));
          more;
          more = MORE_NAMES.exec(text.slice(end, end + 80))
        ) {
          keepCoined(names, more[1]!.replace(/[ \t]+(?:And|Or|The)$/, ''))
          end += more[0].length
        }
      }
      // "activity tracked as Operation Cleaver" names a campaign; "a malware group referred to as X", software.
      const at = offset + m.index
      if (/^Operation\b/.test(name) || SOFTWARE_HEAD.test(text.slice(Math.max(0, at - 24), at + 12))) continue
      keepCoined(names, name)
    }
  }
}

/** Adds a coined name unless it is a country's adjective ("tracks the activity as Russian-sponsored") or a short word. */
function keepCoined(names: Set<string>, name: string): void {
  const first = name.split(/[-\s]/)[0]!
  if (countryNamed(first) || countryNamed(name)) return
  if (!/\d/.test(name) && !/\s/.test(name) && name.length < 5) return
  names.add(name)
}

/** Adds `name` to `names` unless it cannot name a group. */
function keepGroupName(names: Set<string>, name: string, state = false): void {
  const first = name.split(/[\s-]/)[0]!
  // ("Pakistan Cyber Force", "Iranian Cyber Army": a group may take a country's name with a word of its trade; "the
  // Cuba ransomware gang" (`state`) a country's name alone.)
  if (name.length < 3 || NOT_GROUP_NAME.has(first) || (countryNamed(name) && !state)) return
  // ("a suspected South America threat actor", "… threat actor\n\nJune 14, 2023": a region or a month is no group.)
  if (REGION_NAME.test(name) || MONTHS.includes(name.toLowerCase())) return
  if (countryNamed(first) && !state && !NATIONAL_GROUP_NAME.test(name)) return
  names.add(name)
}
/**
 * Groups the text names by their trade ("the ransomware group LockBit", "the Qilin ransomware gang", "the hacktivist
 * collective X"), each whole-word use of the name: a criminal or hacktivist group the alias index may not hold.
 */
export function namedCrimeGroups(text: string): ActorMention[] {
  if (
    !textHas(text, ' group') &&
    !textHas(text, ' gang') &&
    !textHas(text, ' crew') &&
    !textHas(text, ' collective') &&
    !textHas(text, ' actor')
  )
    return []
  const names = new Set<string>()
  // Each trade phrase ("ransomware group"), then the name right after it or right before it.
  // (Tried only where a trade word occurs: every match of TRADE_AT and TRADE_LIST_AT starts with one.)
  const trades = tradeStarts(text)
  for (const m of matchAtStarts(TRADE_STICKY, text, trades)) {
    const end = m.index + m[0].length
    NAME_AFTER.lastIndex = end
    const after = NAME_AFTER.exec(text)
    if (after) keepGroupName(names, after[1]!)
    const from = Math.max(0, m.index - 40)
    const before = NAME_BEFORE.exec(text.slice(from, m.index))
    if (!before) continue
    const at = from + before.index
    // (The name starts a word: not cut by the window, not the end of a longer capitalised name, "Big Qilin ransomware
    // gang".)
    if (isWordChar(text, at - 1) || text.charCodeAt(at - 1) === 45) continue
    if (CAPITAL_WORD_BEFORE.test(text.slice(Math.max(0, at - 20), at))) continue
    keepGroupName(names, before[1]!, RANSOMWARE_TRADE.test(m[0]))
  }
  // "ransomware groups including LockBit, BlackSuit and Play": each name of the list.
  // (Every match holds a list word.)
  const lists =
    textHas(text, 'including') || textHas(text, 'such as') || textHas(text, 'like') || textHas(text, 'among them')
  if (lists)
    for (const m of matchAtStarts(TRADE_LIST_STICKY, text, trades)) {
      LIST_NAMES.lastIndex = m.index + m[0].length
      const list = LIST_NAMES.exec(text)
      if (list) for (const name of list[0].split(LIST_SEPARATOR)) if (name) keepGroupName(names, name)
    }
  // "Silent Crow, a pro-Ukrainian group,", "Conti, the Russian-speaking ransomware group that …": a name the apposition
  // after it says is a hacking group.
  // ("According to the NIS, a North Korean cyber group penetrated …": a source, and the clause's own subject.)
  // (Found from the apposition, which opens with a comma, and then the name that ends at the comma.)
  // (Tried only at the commas that a group noun follows before the next comma: see appositionStarts.)
  const nouns = groupNounStarts(text)
  if (text.includes(', a') || text.includes(', the'))
    for (const m of matchAtStarts(GROUP_APPOSITION_AT, text, appositionStarts(text, nouns))) {
      // ("Talos, the threat intelligence group of Cisco": a defenders' team.)
      if (!cyberModifiers(m[1]!) || DEFENDERS_WORDS.test(m[1]!)) continue
      // ("According to the security firm Qihoo, a Russian state-backed group called Hades …": the apposition names a
      // group of its own.)
      const after = m.index + m[0].length
      if (NAMED_NEXT.test(text.slice(after, after + 24))) continue
      const from = Math.max(0, m.index - 60)
      const name = NAME_AT_COMMA.exec(text.slice(from, m.index))
      if (!name) continue
      const at = from + name.index
      if (isWordChar(text, at - 1) || text.charCodeAt(at - 1) === 45) continue
      if (!SOURCE_BEFORE.test(text.slice(Math.max(0, at - 20), at))) keepGroupName(names, name[0])
    }
  // "pro-Palestinian groups such as Lulzsec Muslims", "GRU-affiliated groups such as A and B", "Russia, where groups
  // such as LockBit are free to launch ransomware attacks": the examples of groups a description (or, for bare
  // "groups", their sentence) says hack.
  // ("The seven groups named by the agency are A, B and C": the groups a text defines by a list, after hacking was
  // named in the sentence or the two before.)
  if (lists || textHas(text, 'namely') || textHas(text, 's:') || textHas(text, 'groups '))
    for (const m of matchAtStarts(GROUPS_SUCH_AS_AT, text, nouns)) {
      // (The words before the noun, found from it: a search that starts at every word would cost more.)
      const mods = MODIFIERS_BEFORE.exec(text.slice(Math.max(0, m.index - 80), m.index))?.[1] ?? ''
      if (!cyberModifiers(mods) && !LINKED_MODIFIER.test(mods)) {
        const context = m[1]
          ? text.slice(Math.max(0, m.index - 400), m.index + m[0].length)
          : sentenceAround(text, m.index, m.index + m[0].length)
        if (!BARE_GROUPS.test(mods) || !(m[1] ? DEFINED_GROUPS_CONTEXT : HACKING_CONTEXT).test(context)) continue
      }
      GROUP_LIST_NAMES.lastIndex = m.index + m[0].length
      const list = GROUP_LIST_NAMES.exec(text)
      if (list) for (const name of list[0].split(LIST_SEPARATOR)) if (name) keepGroupName(names, name)
    }
  // "a group of cybercriminals who call themselves Qilin", "a group known as Qilin is behind the attack": a name a
  // naming phrase gives a group, with its trade in the phrase or an attack in its sentence.
  for (const m of matchAtStarts(GROUP_CALLED_AT, text, calledStarts(text, nouns)))
    if (m[1] || ATTACK_CONTEXT.test(sentenceAround(text, m.index, m.index + m[0].length))) keepGroupName(names, m[2]!)
  const out: ActorMention[] = []
  for (const name of names)
    for (const i of wordStartOccurrences(text, name, 0)) {
      const end = i + name.length
      if (isWordChar(text, i - 1) || isWordChar(text, end)) continue
      out.push({ mention: name, canonical: name, span: [i, end], via: 'shape' })
    }
  return out.sort((a, b) => a.span[0] - b.span[0])
}
// ("the threat actor Foxblade", "the cyber-espionage group X", "the APT group X": a state's hackers are named so too.)
const TRADE = String.raw`(?:(?:ransomware|extortion|hacking|hacker|hacktivist|cybercrime|cybercriminal|cyber-?criminal)\s+(?:group|gang|crew|collective)|(?:threat|APT|espionage|cyber-?espionage|state-(?:sponsored|backed))\s+(?:group|actor))`
// (A name may open with digits before a capital: "the 8Base ransomware gang", "the 3AM ransomware group"; and end with a
// number after a hyphen: "a group known as Kraken-5".)
const GROUP_NAME = String.raw`(?!(?:The|A|An)\s)((?:\d+)?[A-Z][\w.]*[A-Za-z0-9](?:-\d+\b)?(?:[ -][A-Z][\w]*[A-Za-z0-9])?)`
const TRADE_AT = new RegExp(String.raw`\b${TRADE}\b`, 'g')
const TRADE_STICKY = stickyCopy(TRADE_AT)
// The words every trade (TRADE, and TRADE_LIST_AT's) begins with ("hack" for hacking, hacker and hacktivist; "cyber"
// for cybercrime, cybercriminal and cyber-criminal).
const TRADE_WORDS = ['ransomware', 'extortion', 'hack', 'cyber', 'threat', 'APT', 'espionage', 'state-']
// The trade words as one expression (none is a prefix of another, so at most one occurs at a position).
const TRADE_WORD = new RegExp(TRADE_WORDS.join('|'), 'g')
/**
 * Where a trade word occurs in `text`, ascending (a superset of where TRADE_AT and TRADE_LIST_AT can match): the
 * expression's scan, resumed right after each start (see groupNounStarts).
 */
function tradeStarts(text: string): number[] {
  return startsOf(TRADE_WORD, text)
}
// (Not a longer capitalised name cut after two words; "the ransomware gang ALPHV hit" ends at the verb.)
// (On the trade's line: "… a Chinese APT group\n\nTel Aviv, 12 March" is a headline before its dateline. And not a source
// naming or linking the group: "the ransomware gang Microsoft tracks as Storm-0501", "the threat actor Microsoft links
// to the incident".)
const NAME_AFTER = new RegExp(
  String.raw`[ \t]+(?:called\s+|named\s+|known\s+as\s+)?${GROUP_NAME}\b(?![ -][A-Z])(?!\s+(?:tracks|tracked|calls|called|names|named|dubs|dubbed|labels|labelled|labeled|designates|designated|refers|links|linked|ties|tied|attributes|attributed|associates|associated)\b)`,
  'y',
)
const RANSOMWARE_TRADE = /^ransomware\s/i
const NAME_BEFORE = new RegExp(String.raw`${GROUP_NAME}\s+$`)
// A trade's plural and a word that opens a list of examples.
const TRADE_LIST_AT =
  /\b(?:ransomware|extortion|hacking|hacker|hacktivist|cybercrime|cybercriminal|cyber-?criminal)\s+(?:groups|gangs|crews|collectives|operations|operators)\s*,?\s+(?:including|such\s+as|like|among\s+them)\s+/g
const TRADE_LIST_STICKY = stickyCopy(TRADE_LIST_AT)
/** A list (sticky): capitalised names of one to `words` words joined by commas, "and" or "or". */
function nameList(words: number): RegExp {
  // ("APT 36": a later word may be a number.)
  const name = String.raw`[A-Z][\w.]*[A-Za-z0-9](?:[ -](?:[A-Z]\w*[A-Za-z0-9]|\d+\b)){0,${words - 1}}`
  return new RegExp(String.raw`${name}(?:(?:,\s+|,?\s+(?:and|or)\s+)${name})*`, 'y')
}
// Names of one or two words; of up to three where a list names groups ("Team Insane PK").
const LIST_NAMES = nameList(2)
const GROUP_LIST_NAMES = nameList(3)
const LIST_SEPARATOR = /,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+/
// "Silent Crow, a pro-Ukrainian group": a name, a comma, and an indefinite description of one to three words before a
// group noun (which `cyberModifiers` checks).
const NAMED_NEXT = /^\s+(?:called|named|dubbed|known\s+as|calling\s+itself)\s+(?:the\s+)?[A-Z0-9]/
const GROUP_APPOSITION = /,\s+(?:an?|the)\s+((?:[\w-]+\s+){1,3})(?:group|collective|gang|crew|outfit)\b/g
const GROUP_APPOSITION_AT = stickyCopy(GROUP_APPOSITION)
// The group nouns: every match of GROUP_CALLED and GROUPS_SUCH_AS starts with one of the first four (at `\b`, which the
// expressions test) or, for GROUP_CALLED, with "actor" (see calledStarts), and every match of GROUP_APPOSITION ends with
// one of the five.
const GROUP_NOUNS = ['group', 'gang', 'collective', 'crew', 'outfit']
// The group nouns as one expression (none is a prefix of another, so at most one occurs at a position).
const GROUP_NOUN = new RegExp(GROUP_NOUNS.join('|'), 'g')
/**
 * Where a group noun occurs in `text` (as written), ascending: the expression's scan (native, faster than a search per
 * noun), resumed right after each start so that no occurrence inside another is skipped.
 */
function groupNounStarts(text: string): number[] {
  return startsOf(GROUP_NOUN, text)
}
/** Where GROUP_CALLED can match, ascending: the group nouns (`nouns`) and the places of "actor". */
function calledStarts(text: string, nouns: readonly number[]): number[] {
  const actors = startsOf(ACTOR_WORD, text)
  return actors.length ? [...nouns, ...actors].sort((a, b) => a - b) : (nouns as number[])
}
const ACTOR_WORD = /actor/g
/**
 * Where GROUP_APPOSITION can match, ascending without repeats: a match starts with a comma and holds no other (nor
 * anything else but word characters, "-" and white space after its article), and ends with a group noun. So it starts
 * at the last comma before one of the nouns (`nouns`, from groupNounStarts).
 */
function appositionStarts(text: string, nouns: readonly number[]): number[] {
  const out: number[] = []
  for (const o of nouns) {
    const c = text.lastIndexOf(',', o)
    if (c >= 0 && c !== out[out.length - 1]) out.push(c)
  }
  return out
}
// The name that ends where the apposition's comma stands (the longest of one to three capitalised words).
const NAME_AT_COMMA =
  /(?<![\w-])(?!(?:The|A|An|In|On|At|But|And|Yet|So|Then|This|That)\s)[A-Z][\w.]*[A-Za-z0-9](?:[ -][A-Z]\w*[A-Za-z0-9]){0,2}$/
const SOURCE_BEFORE = /\b(?:according\s+to|said|says|told|per)\s+(?:the\s+)?$/i
// The words of such a description that make the group a hacking group: its trade, or the side it takes.
const CYBER_MODIFIER =
  /^(?:[Pp]ro-[A-Z][\w-]*|[Aa]nti-[A-Z][\w-]*|hacktivist|hacking|hacker|cyber|cybercriminal|cybercrime|ransomware|extortion|threat|espionage|APT|state-(?:backed|sponsored|linked|aligned))$/
const DEFENDERS_WORDS = /\b(?:intelligence|research|security|analysis|response|hunting)\b/i
/** True when a description's words ("pro-Ukrainian ", "self-styled hacktivist ") name a hacking group's trade or side. */
function cyberModifiers(words: string): boolean {
  for (const w of words.trim().split(/\s+/)) if (CYBER_MODIFIER.test(w)) return true
  return false
}
// Groups and the words before them (up to three), then a word or a colon that opens a list of examples or members
// ("named seven groups: A, B, …").
const GROUPS_SUCH_AS =
  /\b(?:groups|gangs|collectives|crews)(?:\s*,?\s+(?:including|such\s+as|like|among\s+them|namely)|\s*:|(\s+(?:(?:named|identified|listed|cited|blamed|flagged)\s+(?:by\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?)?(?:are|were|include|included)))\s+(?:the\s+)?/g
const NATIONAL_GROUP_NAME = /\s(?:Cyber|Hackers?|Army|Team|Crew|Legion)(?:\s+(?:Force|Army|Team|Crew))?$/
const DEFINED_GROUPS_CONTEXT = /\b(?:ransomware|hack\w*|cyber-?\w*|APTs?|threat\s+actors?)\b/i
const MODIFIERS_BEFORE = /(?<![\w-])((?:[\w-]+\s+){0,3})$/
// "GRU-affiliated", "Kremlin-linked": a description that ties the groups to a sponsor.
const LINKED_MODIFIER = /-(?:affiliated|linked|backed|sponsored|aligned|nexus)\b/
// Bare groups: nothing before "groups" but the clause's opening words ("where groups such as").
const GROUPS_SUCH_AS_AT = stickyCopy(GROUPS_SUCH_AS)
const BARE_GROUPS =
  /^(?:(?:where|while|and|but|other|some|many|several|the|of|from|by|with|named|identified|listed|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)*$/i
// Words of hacking in a sentence; of an attack, those and the words for one.
const HACKING_WORDS = String.raw`ransomware|hack\w*|cyber-?\w*`
const HACKING_CONTEXT = new RegExp(String.raw`\b(?:${HACKING_WORDS})\b`, 'i')
// "a group of cybercriminals who call themselves Qilin", "a group known as Qilin": a group named by a naming phrase,
// with its trade in the phrase (group 1) or an attack in its sentence.
const GROUP_CALLED = new RegExp(
  String.raw`\b(?:group|gang|collective|crew|actor)(\s+of\s+(?:cyber-?criminals|hackers|hacktivists|ransomware\s+operators))?,?\s+(?:(?:also\s+)?known\s+as|who\s+call\s+themselves|that\s+calls\s+itself|calling\s+(?:itself|themselves)|dubbed|called|named)\s+["“]?${GROUP_NAME}\b(?![ -][A-Z])`,
  'g',
)
const GROUP_CALLED_AT = stickyCopy(GROUP_CALLED)
const ATTACK_CONTEXT = new RegExp(
  String.raw`\b(?:${HACKING_WORDS}|attack\w*|breach\w*|intrusions?|target\w*|espionage|spying|phishing|compromis\w*|infiltrat\w*|malware|stole|steal\w*)\b`,
  'i',
)
/** The text between the dots around [start, end) (the sentence of a match, roughly). */
function sentenceAround(text: string, start: number, end: number): string {
  const to = text.indexOf('.', end)
  return text.slice(text.lastIndexOf('.', start) + 1, to < 0 ? text.length : to)
}
const CAPITAL_WORD_BEFORE = /(?:^|\s)(?!The\s|A\s|An\s)[A-Z][\w-]*\s$/
const REGION_NAME =
  /^(?:(?:North|South|Central|Latin|East|West|Southeast|Southeastern|Eastern|Western|Northern|Southern)\s+)?(?:America|Europe|Asia|Africa|Middle\s+East|Caucasus|Balkans|Gulf|Pacific|Baltics?|Asia[- ]Pacific)$/
const NOT_GROUP_NAME = new Set([
  'The',
  'A',
  'An',
  'This',
  'That',
  'Another',
  'Its',
  'Their',
  'Notorious',
  'Infamous',
  'Prolific',
  'Pro',
  'State',
  'Western',
  'Islamic',
  'No',
  'Some',
  'Other',
  'Several',
  'Many',
  'Both',
])

/**
 * Other members of the numbered series a coined name belongs to ("MB-Cluster-9" → "MB-Cluster-11"), each whole-word
 * occurrence: the prefix up to the number must end in a hyphen and hold a capital letter.
 */
export function numberedSiblings(text: string, coined: ActorMention[]): ActorMention[] {
  const out: ActorMention[] = []
  const prefixes = new Set<string>()
  for (const c of coined) {
    const m = SERIES_NAME.exec(c.mention)
    if (m) prefixes.add(m[1]!)
  }
  if (prefixes.size === 0) return out
  const names = new Set(coined.map((c) => c.mention))
  for (const prefix of prefixes) {
    for (let i = text.indexOf(prefix); i >= 0; i = text.indexOf(prefix, i + 1)) {
      let end = i + prefix.length
      while (end < text.length && isAsciiDigitCode(text.charCodeAt(end))) end++
      if (end === i + prefix.length || isWordChar(text, i - 1) || isWordChar(text, end)) continue
      if (text.charCodeAt(i - 1) === 45 || (text.charCodeAt(end) === 45 && isWordChar(text, end + 1))) continue
      const name = text.slice(i, end)
      if (names.has(name)) continue
      out.push({ mention: name, canonical: name, span: [i, end], via: 'shape' })
    }
  }
  return out
}
const SERIES_NAME = /^([A-Z][A-Za-z]*(?:-[A-Za-z]+)*-)\d+$/

/** The group expressions and where namedCrimeGroups tries them, for the test that the starts miss no match. */
export const GROUP_SCANS_FOR_TEST = {
  apposition: { re: GROUP_APPOSITION, at: GROUP_APPOSITION_AT },
  suchAs: { re: GROUPS_SUCH_AS, at: GROUPS_SUCH_AS_AT },
  called: { re: GROUP_CALLED, at: GROUP_CALLED_AT },
  groupNounStarts,
  calledStarts,
  appositionStarts,
  tradeStarts,
}
