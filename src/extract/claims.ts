/**
 * Claims asserted by a text: attributions (who says who did it, how sure), denials, co-signers, and alias lists
 * ("X, also known as Y and Z"). Sentence-level rules over the mentions found by the entity extractors: an attribution
 * needs a cue (attributed to, accused, behind, sponsored by, -linked …), an attributed party in the cue's slot, and
 * an attributor (the subject of the cue or of a reporting verb, "according to X", "by X", or "we").
 */

import {
  CONFIDENCE_PATTERN_KEYWORDS,
  CONFIDENCE_PATTERN_SCALES,
  CONFIDENCE_PATTERN_STARTS,
  type ConfidenceMatch,
  type ConfidenceReading,
  findAllConfidence,
  findAllConfidenceWhere,
} from '../stix/confidence.ts'
import type { ActorMention } from './actors.ts'
import {
  firstFrom,
  firstInside,
  type KeywordGroup,
  KeywordIndex,
  matchAtOccurrences,
  type Occurrences,
  occursIn,
  stretchEnd,
  stretchStart,
} from './claims-keywords.ts'
import { stateName as governmentName } from './claims-names.ts'
import {
  type CountryMention,
  countryNamed,
  isNumberedBody,
  knownOrgNamed,
  namesStateOrOrg,
  OFFICER_TITLE,
  type OrgMention,
  type PersonMention,
  type Span,
  type StateBodyMention,
} from './entities.ts'
import { givenNameCandidates } from './entities-c-names.ts'
import { COUNTRIES, MEDIA_NAMES, NEWSPAPER_HEADS, SPYWARE_PRODUCTS } from './gazetteer.ts'
import {
  isAsciiAlnumCode,
  isAsciiUpperCode,
  isAsciiWordCode,
  matchAtStarts,
  startsOf,
  stickyCopy,
  textHas,
  wordStartOccurrences,
  wordStartsBeforeAnchors,
} from './scan.ts'
import {
  anyOverlaps,
  countStartingBefore,
  firstStartingAtOrAfter,
  isSpaceCode,
  itemsInside,
  NUMBER_WORDS,
  overlapping,
  overlaps,
  type Sentence,
  sentences,
  sortedBySpanStart,
  spansInside,
  unsoughtUntil,
} from './text.ts'

export type PartyKind =
  | 'country'
  | 'government'
  | 'agency'
  | 'alliance'
  | 'vendor'
  | 'person'
  | 'we'
  | 'actor'
  | 'state-body'
  | 'sponsor'
  | 'individual'
  /** A company named by its shape ("… Technology Company, Limited"): only ever the target of a legal measure. */
  | 'company'

export interface Party {
  /** The name used in summaries. */
  name: string
  text: string
  span: Span
  kind: PartyKind
  country?: string | undefined
  actorId?: string | undefined
  canonical?: string | undefined
  /** A counted group of people a legal measure names ("five Chinese nationals"): see `defendantGroups`. */
  defendants?: true | undefined
  /** A company (not a security vendor by trade): a sanction or charge can name it ("sanctioned Sichuan Silence"). */
  company?: true | undefined
  /** A newspaper, broadcaster or news agency, for "the newspaper reported …". */
  media?: true | undefined
  /** A commercial spyware vendor ("NSO Group", "the Israeli spyware maker X"): see `spywareParties`. */
  spyware?: true | undefined
}

/**
 * A party with every field present, in one order (undefined when absent): all parties then share one hidden class, so
 * the loops over them (`taken`, `sortByStart`, `spansInside`, `partySlots` …) read `span` and `kind` through
 * monomorphic inline caches. Built by literals with different optional fields they had a dozen shapes, and those
 * loads went through V8's megamorphic stub cache (about 1,000 lookups per 2 KB document). JSON leaves undefined
 * fields out and the order is the one the literals gave (country; canonical before actorId; then the flags), so a
 * serialised party is unchanged.
 */
export function party(name: string, text: string, span: Span, kind: PartyKind, country?: string): Party {
  return {
    name,
    text,
    span,
    kind,
    country,
    canonical: undefined,
    actorId: undefined,
    defendants: undefined,
    company: undefined,
    media: undefined,
    spyware: undefined,
  }
}

/** The parties made from a named person (an official, an expert), whatever they speak for: what "He said" points to. */
const PERSON_VOICES = new WeakSet<Party>()
// After a body: its official's title and name ("FBI Director Christopher Wray", "NCSC chief executive Lindy Cameron").
const TITLED_OFFICIAL_AFTER =
  /^\s+(?:[A-Z][a-z]+\s+|chief\s+|deputy\s+){0,2}(?:Director|Chief|Secretary|Minister|Commissioner|Chair(?:man|woman)?|President|Spokes(?:person|man|woman)|spokes(?:person|man|woman)|[Hh]ead|executive|[Oo]fficial|[Dd]irector|[Cc]hief)\s+[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'’-]+){1,2}\b/

export interface AttributionClaim {
  attributor: Party
  attributed: Party
  /** The confidence wording as written (a hedge, or the cue when the text states it as fact). */
  confidenceText: string
  confidence?: ConfidenceReading
  cue: string
  sentence: Sentence
  /** Span of the evidence: the whole sentence. */
  span: Span
  quote: string
  incident?: string
  /** Made in a relative clause about another party ("a group that U.S. officials have linked to …"): a claim the
   * text cites as background, which makes its speaker no co-signer. */
  background?: true
}

export interface DenialClaim {
  denier: Party
  sentence: Sentence
  span: Span
  quote: string
  /** The attributions (by place in the list) it answers: those made before it, within ANSWER_REACH characters. */
  respondsTo: number[]
}

export interface AliasClaim {
  names: { text: string; span: Span }[]
  canonical: string
  actorId?: string
  span: Span
  quote: string
}

const ATTRIBUTOR_KINDS = new Set<PartyKind>(['country', 'government', 'agency', 'alliance', 'vendor', 'person', 'we'])
const ATTRIBUTED_KINDS = new Set<PartyKind>(['country', 'government', 'actor', 'state-body', 'sponsor'])

const NAMED_IN_DOCUMENT =
  /^\s+in\s+(?:an?|the)\s+(?:[\w.]+\s+){0,2}(?:federal\s+|criminal\s+)?(?:indictments?|complaints?|lawsuits?|cases?|filings?)\b/
// What a condemnation or denunciation aims at when it rebuts: "denounced the US accusations", "condemned Washington's
// claims" (a denial's words, not an attribution).
const NOT_REBUTTAL = String.raw`(?!\s+(?:the\s+|these\s+|those\s+|such\s+|its\s+|their\s+|all\s+)?(?:[\w'’.-]+\s+){0,2}(?:accusations?|allegations?|claims?|charges|statements?|reports?|remarks?|sanctions|measures|decisions?|moves?|attributions?|expulsions?|smears?|slander)\b)`
// "people associated with the campaign", "one individual formerly associated with the administration": whom a target
// list describes, not a link of an attacker.
// ("a Netherlands-based security company that belongs to the UK's NCC Group": who owns a company.)
const NOT_AFTER_COMPANY = String.raw`(?<!\b(?:company|firm|subsidiary|brand|business|vendor|start-?up)\s+(?:that|which)\s+(?:now\s+)?)`
// ("projects related to Ukraine", "documents related to the talks": a topic, not a link.)
const NOT_AFTER_TOPIC = String.raw`(?<!\b(?:projects?|work|issues?|matters?|topics?|themes?|subjects?|content|documents?|information|news|questions?|files?|research|polic(?:y|ies)|affairs|data|materials?)\s+(?:\w+ly\s+)?)`
const NOT_AFTER_PEOPLE = String.raw`(?<!\b(?:people|persons?|individuals?|staff|users?|accounts?|voters?|officials?|those|anyone|someone)\s+(?:\w+ly\s+)?)`
const CATCH_ALL = cue(
  new RegExp(
    String.raw`\b(?:accus(?:ed|es|e|ing)|condemn(?:ed|s|ing)?${NOT_REBUTTAL}|denounc(?:ed|es|e|ing)${NOT_REBUTTAL}|blam(?:ed|es|e|ing)|(?<!\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?)suspect(?:ed|s)(?=\s+[^.;]{1,60}?\s+of\s+(?:being\s+behind|having|carrying\s+out|conducting|orchestrating|launching|hacking|attacking|breaching|stealing|(?:the\s+)?(?:attacks?|hacks?|breach|intrusions?)\b|involvement)|\s+(?:the\s+)?[A-Z][\w$-]*(?:\s+[A-Z][\w$-]*)?\s*(?:[.;]|$))|(?<!\b(?:[Vv]ictims?|[Tt]argets?|organi[sz]ations|entities|companies|countries|sectors|institutions)\s+)named|identified|indict(?:ed|ing)|charg(?:ed|ing)|(?<=\b(?:that|which|indictment|complaint)\s)charges|(?<=\b(?:indictment|complaint)\s[^.;]{1,80}\s)charges(?=\s+(?:[A-Z]|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s))|(?<!-)sanction(?:ed|ing)|designat(?:ed|ing)|exposed|unmasked|call(?:ed|ing|s)?\s+out|(?<!\b(?:is|are|was|were|be|been|being)\s+)implicat(?:es|ed|e|ing)(?!\s+in\b))\b`,
    'gi',
  ),
  [
    'implicat',
    'accus',
    'suspect',
    'condemn',
    'denounc',
    'blam',
    'named',
    'identified',
    'indict',
    'charg',
    'sanction',
    'designat',
    'exposed',
    'unmasked',
    'called',
    'calling',
    'calls',
  ],
)
// A finding whose clause holds an activity or an identity: "found that X has been conducting spear-phishing", "concluded
// that it was a sub-group of Y" (not "found that X relies on DLL side-loading").
const FINDING = cue(/\b(?:found|determined|concluded|established|revealed|showed|shown)\s+(?:\w+ly\s+)?that\b/gi, [
  'found',
  'determined',
  'concluded',
  'established',
  'revealed',
  'showed',
  'shown',
])
const FINDING_CLAUSE =
  /\b(?:conduct|carr(?:y|ied)\s+out|behind|responsib|target|attack|compromis|breach|hack|steal|stole|spy|spied|spying|espionage|intrusion|campaign|operation|phishing|exploit|sub-?groups?\s+of|part\s+of|unit\s+of|arm\s+of|members?\s+of|work(?:s|ed|ing)?\s+for|on\s+behalf\s+of|us(?:e|es|ed|ing)\s+(?:[\w-]+\s+){1,3}?against\b)/i
// Legal measures aimed at the party after "against": "announced indictments against", "the charges unsealed on Monday
// against", "filed a criminal complaint against", "imposed sanctions against".
const LEGAL_AGAINST = cue(
  // ("charges of conspiracy to commit an offence against the United States": the charge's name, not whom it is against.)
  /\b(?:indictments?|charges|criminal\s+complaints?|complaints?|sanctions|arrest\s+warrants?|warrants)\b[^.;]{0,50}?(?<!\b(?:offen[cs]es?|crimes?)\s+)\bagainst\b/gi,
  ['indictment', 'charges', 'criminal', 'complaint', 'sanctions', 'arrest', 'warrant'],
)
// A sanction or restrictive measure "on" a person or company it names ("imposed a cyber sanction under the Act on
// Russian national X"); sanctions on a state are a foreign-policy measure, not an attribution (see the filter below).
const LEGAL_ON = cue(/\b(?:sanctions?|restrictive\s+measures)\b[^.;]{0,50}?\bon\b/gi, ['sanction', 'restrictive'])
// "announcing their own designations of Khoroshev", "the indictment of two GRU officers": the person or company a
// measure names after "of".
const LEGAL_OF = cue(/\b(?:designations?|indictments?|prosecutions?|extraditions?)\s+of\b/gi, [
  'designation',
  'indictment',
  'prosecution',
  'extradition',
])
// "The Justice Department's release lists among the defendants A, B, C and D": the people a charge names.
const LISTED_AMONG_DEFENDANTS = String.raw`\b(?:lists?|listed|names?|named)\s+(?:among\s+)?the\s+(?:defendants|accused)`
const DEFENDANTS_LISTED = cue(
  new RegExp(String.raw`${LISTED_AMONG_DEFENDANTS}(?:\s+as)?\b`, 'gi'),
  ['list', 'name'],
  true,
  true,
)
// "The sanctioned units are Unit 26165, Unit 74455 and Unit 29155": the parties a measure names, listed after a copula.
// The counts of people or entities a measure or its list names ("the seven entities", "two men").
const SMALL_COUNTS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']
const MEASURE_PARTICIPLES = ['sanctioned', 'designated', 'listed', 'indicted', 'charged']
const LEGAL_ARE = cue(
  new RegExp(
    String.raw`\b(?:${MEASURE_PARTICIPLES.join('|')}|${SMALL_COUNTS.join('|')})\s+(?:units?|entities|individuals|persons|people|men|women|companies|groups|officers|organi[sz]ations|bodies)\s+(?:are|were|include|included|comprise)\b`,
    'gi',
  ),
  [...MEASURE_PARTICIPLES, ...SMALL_COUNTS],
)
// A counted list is a measure's ("The seven entities include …") only after a sanction or designation just before.
const MEASURED_BEFORE = /\b(?:sanction|designat|blacklist)/i
const MEASURE_PARTICIPLE = new RegExp(`^(?:${MEASURE_PARTICIPLES.join('|')})`, 'i')
// "have linked X to the compromise": the person linked is the one named at once after the verb (see the filter below).
// "membership in APT28", "his part in the HAFNIUM campaign".
const ROLE_IN = cue(/\b(?:alleged\s+)?(?:part|role|involvement|membership)\s+in\b/gi, [
  'alleged',
  'part',
  'role',
  'involvement',
  'membership',
])
const LINKED_PERSON = cue(/\b(?:linked|tied|connected)\b/gi, ['linked', 'tied', 'connected'])
// Cues whose attributed party follows ("sponsored by the PRC", "blamed the intrusion on APT40"), each with the words
// (lower case) every match starts with: the cue is tried only where one of them occurs (see `Cue`).
// Set below, in OBJ_CUES: a state's interests the activity serves.
let INTERESTS: Cue
// Set below, in OBJ_CUES: a state body or government served ("serves the MOIS").
let SERVES: Cue
// Set below, in OBJ_CUES: the people a finding names after its count ("identified three GRU officers …: A, B and C").
let IDENTIFIED_PEOPLE: Cue
// That finding's words up to the names, which also make the people named next parties (MEASURE_BEFORE_PERSON).
const IDENTIFIED_COUNTED = String.raw`(?:identified|named|unmasked|exposed)\s+(?:(?:the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:(?:[A-Z][\w-]*|suspected|alleged)\s+){0,2}(?:officers|agents|hackers|members|individuals|suspects|people|men|operatives|nationals)\b[^.;:]{0,90}:|the\s+(?:two|three|four|five|six|seven|eight|nine|ten)\s+as\b)`
// Set below, in OBJ_CUES: a tool used by an actor; it links only an actor named at once after it.
let USED_BY: Cue
let OVERLAPS: Cue
// Set below, in OBJ_CUES: work done in support of a state; tried only where "support" follows (`needs`).
let IN_SUPPORT: Cue
// Set below, in OBJ_CUES: where the doers or their attack come from; a claim only where someone judges it.
let ORIGIN: Cue
let CAMPAIGN_OF: Cue
const ORIGIN_CAME = /^(?:came|come|comes|coming|originat)/i
// One incident, named in the singular right before where it came from: "the attack", "the intrusion", "it".
const ONE_INCIDENT_CAME =
  /\b(?:(?:the|this|that)\s+(?:[\w-]+\s+)?(?:cyber-?attack|attack|assault|intrusion|hack|breach|incident|operation|compromise)|it)\s+(?:(?:\w+ly|had|has|have)\s+)?$/i
const ORIGIN_SAID =
  /\b(?:said|says|say|told|tells|reported|reports|stated|according\s+to|revealed|reveals|found|finds|showed|shows|established)\b/i
const ORIGIN_JUDGED =
  /\b(?:believ|suspect|think|thought|assess|judg|conclud|determin|likely|probabl|regard|certain|confident|confirm)/i
// "describes a group within Sandworm that its analysts call BadPilot", "a subgroup of Mint Sandstorm sent …": a
// cluster placed inside a known actor is tied to it.
const WITHIN = cue(
  /(?:(?<=\b(?:an?|one|another)\s+(?:new\s+|distinct\s+|separate\s+|small\s+)?(?:group|team|cluster|unit|faction|division|crew)\s+)(?:within|inside)|(?<=\b(?:an?|one|another)\s+(?:new\s+|distinct\s+|separate\s+|small\s+)?)(?:sub-?group|sub-?cluster|sub-?team)\s+(?:of|within|inside)|(?<=\b(?:is|are|was|were)\s+(?:an?\s+)?)subset\s+of)(?=\s)/gi,
  ['within', 'inside', 'subgroup', 'sub-group', 'subcluster', 'sub-cluster', 'subteam', 'sub-team', 'subset'],
  false,
)

// "The Council also listed the web hosting company Stark Industries": the EU's restrictive measures list people and
// entities (only after the Council or the Union: "listed" alone names no measure).
const COUNCIL_LISTED = cue(
  /(?<=\b(?:Council|EU|Union)\s+(?:(?:has|have|also|today|then|further|additionally)\s+){0,2})listed\b/gi,
  ['listed'],
)

// "The fourth target, Korea Sinjin Trading Corporation, is …": a sanctions release counts the parties its measure names.
const ORDINAL_TARGET = cue(
  /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|last|remaining)\s+(?:targets?|designees?)(?=\s*,)/gi,
  [
    'first',
    'second',
    'third',
    'fourth',
    'fifth',
    'sixth',
    'seventh',
    'eighth',
    'ninth',
    'tenth',
    'final',
    'last',
    'remaining',
  ],
)

// "we detected the infamous Sandworm group using a new wiper", "our researchers uncovered a MirrorFace campaign": a
// vendor's finding of an actor's activity (an actor only, named at once).
const DETECTED = cue(/\b(?:detected|uncovered|spotted|observed|caught|flagged)\b/gi, [
  'flagged',
  'detected',
  'uncovered',
  'spotted',
  'observed',
  'caught',
])

const DETECTED_GAP = /^\s+(?:the\s+|an?\s+)?(?:[a-z][\w-]*\s+)?$/

// "Microsoft tracks this group as Storm-0558".
const TRACKED_AS = cue(
  // ("We track the operator of this activity as X", "tracks this cluster of malicious activity under the identifier X".)
  /\btrack(?:s|ed|ing)?\s+(?:them|it|(?:this|these|the)\s+\w+(?:\s+(?:of|behind)\s+(?:this|the|that)?\s*[\w-]+(?:\s+[\w-]+)?|\s+\w+)?)\s+(?:as|under\s+(?:the\s+)?(?:names?|aliases|monikers?|identifiers?|designations?))\b/gi,
  ['track'],
)

// What a finding says of a spyware product or its maker (`spywareParties`), each linking only the spyware party named
// right after it: who made the tools found ("Hacking tools built by RCS Lab were used to spy on", "hacked with spyware
// made by the Israeli surveillance vendor Paragon Solutions") and whom the spyware belonged to ("concluded that it
// belonged to Variston IT"). Not the means of an operation described ("an operation that targeted hundreds, with
// phishing e-mails and with hacking tools sold by NSO Group": the vendor supplied, someone else operated), and not a
// description of a product named before ("Pegasus, made by NSO Group", "Predator, the
// spyware made by Cytrox", "Pegasus is made by NSO Group"): background, which annotations of such reports leave out as
// often as not (measured: a cue on those, or on "hacked with Pegasus" and "traces of Pegasus", found 4 links and 15
// links nobody annotated over the opened sets).
const TOOLS_MADE_BY = cue(
  /(?<!,\s+(?:the|an?)\s+(?:[\w-]+\s+)?)(?<!(?<!\b(?:hacked|infected|targeted|compromised|attacked|surveilled|spied\s+on)\s+)\bwith\s+(?:[\w-]+\s+){0,3})\b(?:tools|toolkits?|spyware|malware|software|implants?|exploits?|trojans?)\s+(?:(?:that|which)\s+(?:was|were|is|are|had\s+been)\s+)?(?:made|developed|built|sold|created|produced|manufactured|marketed|supplied|designed)(?:\s+and\s+(?:sold|marketed|distributed|supplied|operated|developed))?\s+by\b/gi,
  ['tool', 'spyware', 'malware', 'software', 'implant', 'exploit', 'trojan'],
)
const SPYWARE_CUES: Cue[] = [TOOLS_MADE_BY, cue(/\bbelong(?:s|ed|ing)?\s+to\b/gi, ['belong'])]
// The verbs every match of TOOLS_MADE_BY holds after its noun (its `needs`).
const MADE_BY_VERBS = [
  'made',
  'developed',
  'built',
  'sold',
  'created',
  'produced',
  'manufactured',
  'marketed',
  'supplied',
  'designed',
]
const SPYWARE_CUE_SET = new Set(SPYWARE_CUES)
// The other cues that may name a spyware vendor: "attributed the attack software to NSO Group", "accused Paragon of".
const SPYWARE_NAMING_CUE = /^(?:attribut|accus|blam|pinn)/i
// Between a spyware cue and its party: an article, a possessive, two words at most ("made by the Israeli surveillance
// vendor Paragon Solutions").
const SPYWARE_GAP = /^\s+(?:(?:the|an?|its|their|his|her)\s+)?(?:[\w'’-]+\s+){0,2}?$/

const OBJ_CUES: Cue[] = [
  // "offered a reward of up to $10 million for information on X": a wanted group, or "the defendants" (Rewards for
  // Justice; a wanted person by name is not read).
  cue(
    /\brewards?\s+of\s+(?:up\s+to\s+)?(?:US\s*)?\$\s?[\d.,]+\s*(?:million|m|bn|billion)?\s+for\s+information\s+(?:on|about|leading\s+to\s+the\s+(?:arrest|identification|location|conviction)(?:\s+(?:and|or|and\/or)\s+(?:arrest|identification|location|conviction))*\s+of)\b/gi,
    ['reward'],
    true,
    true,
  ),
  // ("attributed the intrusion, which ran from January to May 2025, to X": a date range's "to" is not the cue's.)
  // (Words put in someone's mouth are no attack: "false quotes attributed to Qatar's emir".)
  cue(
    /\b(?:(?<!\b(?:quotes?|quotations?|remarks?|comments?|statements?|words|speech(?:es)?|posts?|tweets?|messages?|letters?)\s+(?:(?:falsely|wrongly|reportedly|incorrectly)\s+)?)attributed|attribut(?:es|e|ing|ions?))\b[^.;]{0,150}?\bto\b(?!\s+(?:(?:mid-|early\s+|late\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:19|20)\d\d\b))/gi,
    ['attribut'],
  ),
  // ("blamed for attacks on X": X is the target, not who is blamed.)
  // ("blamed mainly for attacks on X" too.)
  cue(/\bblam(?:ed|es|e|ing)\b(?!(?:\s+\w+ly)?\s+for\b)[^.;]{0,60}?\bon\b/gi, ['blam']),
  // ("formally pinned the SolarWinds intrusion on a Russian intelligence service".)
  cue(/\bpinn(?:ed|ing)\s+(?:it|them|the\s+(?:[\w-]+\s+){0,2}[\w-]+)\s+on\b/gi, ['pinn']),
  CATCH_ALL,
  // "had established the People's Republic of China as the responsible actor": a finding that names who did it.
  cue(
    /\b(?:established|determined)(?=\s+(?:that\s+)?[^.;]{1,80}?\bas\s+(?:the\s+)?(?:(?:likely|probable|main)\s+)?(?:responsible\s+(?:actor|party|state)|(?:actor|party|state)\s+responsible|culprits?|perpetrators?|those\s+responsible)\b)/gi,
    ['established', 'determined'],
  ),
  // "the global cyber espionage campaign of the Chinese hacking organisation Salt Typhoon": the campaign of a named
  // group (only a group or a state body: "the operation of the servers", "a campaign of disinformation" name none).
  (CAMPAIGN_OF = cue(/\b(?:campaigns?|operations?)\s+of\b/gi, ['campaign', 'operation'], true, false, ['of'])),
  // "warn of an ongoing cyber campaign by the hacker group Kimsuky", "attacks by Sandworm": what a party did, named by
  // its doer.
  cue(
    // ("a smear campaign by Washington", "a propaganda campaign by the West": a denial's words for the accusation.)
    /\b(?<!\b(?:smear|propaganda|disinformation|misinformation|slander|defamation|PR|media|political)\s+)(?:campaigns?|attacks?|operations?|activity|activities|intrusions?|hacks?|espionage|attempts?(?=\s+by\s[^.;]{1,60}?\bto\s+(?:hack|break|breach|infiltrate|penetrate|compromise|attack|access|steal)\b))\s+by\b/gi,
    ['campaign', 'attack', 'operation', 'activit', 'intrusion', 'hack', 'espionage', 'attempt'],
    true,
    false,
    ['by'],
  ),
  // "a network set up by Russia's FSB", "a botnet built by Sandworm": infrastructure or tools named by who made or runs
  // them.
  cue(
    /\b(?:networks?|botnets?|infrastructure|malware|tool(?:s|kits?)?|spyware|backdoors?|implants?|servers?|websites?|personas?)\s+(?:(?:that|which)\s+)?(?:(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+)?(?:set\s+up|created|built|developed|operated|controlled|maintained|established)\s+by\b/gi,
    [
      'network',
      'botnet',
      'infrastructure',
      'malware',
      'tool',
      'spyware',
      'backdoor',
      'implant',
      'server',
      'website',
      'persona',
    ],
  ),
  // Where the doers or their attack come from, as someone judges it: "believes the hackers are based in China", "suspects
  // the message came from a DPRK-linked threat actor", "the attack was suspected to have come from North Korea".
  (ORIGIN = cue(
    /(?<=\b(?:hackers|attackers|actors?|group|intruders?|culprits|perpetrators|operators|attacks?|cyber-?attacks?|hacks?|breach(?:es)?|intrusions?|messages?|e-?mails?|campaigns?|operations?|attempts|(?:many|most|some|several)\s+of\s+(?:them|which))\s+(?:(?:\w+ly|almost|most|were|was|is|are|had|have|has|been|be|to|suspected|believed|thought)\s+){0,4})(?:based\s+in|located\s+in|operating\s+(?:from|out\s+of)|(?:came|come|comes|coming)\s+(?:\w+ly\s+)?from|originat(?:ed|es|ing|e)\s+(?:in|from))\b/gi,
    ['based', 'located', 'operating', 'came', 'come', 'comes', 'coming', 'originat'],
  )),
  WITHIN,
  // "said that it had been carried out from China": the state an operation was run from, named right after "from".
  // "has established links between a state-sponsored group … known as APT40 and the compromise of …".
  cue(
    // (Between a party and an act: "links between Earth Krahang and other Chinese threat actors" compares groups.)
    /\b(?:established|found|identified|confirmed|uncovered)\s+(?:a\s+|clear\s+|strong\s+|direct\s+)?(?:links?|connections?)\s+between\b(?=[^.;]{1,120}?\band\s+(?:the\s+)?(?:\d{4}\s+)?(?:[\w-]+\s+)?(?:compromise|attacks?|intrusions?|hacks?|breach(?:es)?|campaigns?|incidents?|theft|operations?)\b)/gi,
    ['established', 'found', 'identified', 'confirmed', 'uncovered'],
  ),
  // "had found links between the first network and the Preventive Security Service": the party an activity (a network
  // of accounts, a campaign, a cluster) is tied to, named after "and".
  cue(
    /\b(?:established|found|identified|confirmed|uncovered)\s+(?:a\s+|clear\s+|strong\s+|direct\s+)?(?:links?|connections?|ties)\s+between\b(?=\s+(?:the|this|these|that|those|its|their)\s+(?:[\w-]+\s+){0,3}?(?:network|accounts?|campaign|activity|operation|operators?|group|cluster|pages|personas|sites|infrastructure)\s+and\b)/gi,
    ['established', 'found', 'identified', 'confirmed', 'uncovered'],
  ),
  // ("… had been undertaken from the territory of China": the EU's form.)
  cue(
    /\b(?:carried\s+out|conducted|undertaken)\s+(?:\w+ly\s+)?from(?=\s+(?:the\s+)?(?:territory\s+of\s+(?:the\s+)?)?[A-Z])/g,
    ['carried', 'conducted', 'undertaken'],
  ),
  // "he regarded Russia as the main suspect", "saw Iran as the prime suspect": the party a speaker holds suspect.
  cue(
    // ("considered China the most likely origin": the party held to be where the attack came from, "as" left out.)
    /\b(?:regard(?:s|ed)?|consider(?:s|ed)?|sees|saw|view(?:s|ed)?|treat(?:s|ed)?)\b(?=\s+[^.;]{1,60}?\s+(?:as\s+(?:the\s+|a\s+)?(?:main\s+|prime\s+|chief\s+|principal\s+|likely\s+|probable\s+)?(?:suspects?|culprits?|perpetrators?)|(?:as\s+)?the\s+(?:most\s+)?(?:likely|probable)\s+(?:origin|source|culprits?|perpetrators?|attackers?))\b)/gi,
    ['regard', 'consider', 'sees', 'saw', 'view', 'treat'],
  ),
  // "We also assess with low confidence that a smaller wave of … in July 2026 came from the same operators", "It is
  // possible that a burst of … e-mails … also came from X": where something came from, in a clause a judgement opens.
  cue(
    /(?<=\b(?:possible|possibility|likely|probably|assess|assessed|judge|judged|believe|believed|consider|suspect|suspected|suggests?|suggested|indicates?|indicated|confident|certain|sure)\b[^.;]{0,60}?\bthat\s[^.;]{2,220}?)\b(?:came|come|comes|originated|originates)\s+from\b/gi,
    ['came', 'come', 'comes', 'originat'],
  ),
  // "says it was Russian intelligence that broke into its systems": the party a cleft sentence puts forward as the doer.
  cue(
    /\b(?:it|It)\s+(?:was|is|had\s+been)\s+(?:(?:most\s+)?likely\s+|probably\s+|almost\s+certainly\s+)?(?=[^.;]{1,80}?\s(?:that|who)\s+(?:had\s+|has\s+)?(?:broke|hacked|breached|attacked|carried\s+out|launched|stole|compromised|targeted|infiltrated|penetrated|was\s+behind|were\s+behind)\b)/g,
    ['it'],
  ),
  // "publicly placed Andariel within the RGB": the body a speaker puts a group in.
  cue(/\bplac(?:ed|es|e|ing)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s+(?:within|under|inside)\b/g, ['plac']),
  ...SPYWARE_CUES,
  // "identified three GRU officers suspected of involvement in the attacks: A, B and C", "named the three as A, B and
  // C": the people a finding names after its count.
  (IDENTIFIED_PEOPLE = cue(
    new RegExp(String.raw`\b${IDENTIFIED_COUNTED}`, 'gi'),
    ['identified', 'named', 'unmasked', 'exposed'],
    true,
    true,
  )),
  COUNCIL_LISTED,
  ORDINAL_TARGET,
  DETECTED,
  LEGAL_AGAINST,
  LEGAL_ON,
  LEGAL_OF,
  LEGAL_ARE,
  DEFENDANTS_LISTED,
  // "The seven groups named by the agency are A, B and C": the groups a speaker's finding names, listed.
  // ("identified four groups behind the intrusions, which started in 2018: A, B, C and D": listed after a colon.)
  cue(
    /\b(?:groups|actors|gangs)\s+(?:(?:named|identified|blamed|cited|flagged)\s+(?:by\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?)(?:are|were|include|included)\b|\b(?:groups|actors|gangs)\s+behind\s+(?:the|these|those|this)\s+[\w-]+(?:\s*,[^.;:]{0,80})?:/gi,
    ['groups', 'actors', 'gangs'],
  ),
  // What a finding says of its subject: "the agencies found that APT43 has been conducting", "determined that"
  // (see FINDING: the finding must be of an activity or an identity).
  FINDING,
  // "Lazarus and Andariel, hacker groups under North Korea's Reconnaissance General Bureau": a body the groups serve.
  cue(
    // (Not a name a group goes under: "track the same group under the better-known name Lazarus".)
    /\b(?:groups?|units?|teams?|arms?|outfits?|cells?)\s+(?:operating\s+|working\s+)?under\b(?!\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}(?:names?|designations?|labels?|monikers?|aliases?|codenames?)\b)/gi,
    ['groups', 'group', 'unit', 'team', 'arm', 'outfit', 'cell'],
  ),
  // "authorities believe the culprits are the Russian-based syndicate known as REvil": who the culprits are.
  cue(
    /\b(?:culprits?|perpetrators?)\s+(?:(?:of|behind)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?(?:are|were|is|was)\b/gi,
    ['culprit', 'perpetrator'],
  ),
  // "the trail leads to China", "a direct trail to the People's Liberation Army": where the evidence leads.
  cue(
    /\btrails?\s+(?:of\s+(?:the\s+)?[\w-]+\s+)?(?:(?:that\s+)?(?:leads?|led|leading|points?|pointed|pointing|goes|went)\s+)?(?:back\s+)?to\b/gi,
    ['trail'],
  ),
  // "The Dutch government holds Russia responsible for …", "Germany held the GRU responsible": the party after the
  // verb, when "responsible" follows it.
  cue(
    /\bh(?:olds?|eld|olding)(?=\s+(?:the\s+)?[A-Z][^,;.]{0,60}?\s+(?:(?:directly|fully|ultimately|solely|primarily|personally|jointly)\s+)?responsible\b)/g,
    ['hold', 'held'],
  ),
  // "points to", "pointed the finger at", "pointing fingers at"
  cue(/\bpoint(?:s|ed|ing)?\s+(?:(?:the|a|an|its|their)\s+)?(?:(?:accusing\s+)?fingers?\s+)?(?:at|to(?:wards?)?)\b/gi, [
    'point',
  ]),
  // Passive agents: "was carried out by", "is controlled by", "were run by", "funded by", "directly controlled by",
  // "coordinated from Moscow by".
  cue(
    /\b(?:sponsored|backed|directed|steered|run|operated|supported|conducted|carried out|perpetrated|orchestrated|organi[sz]ed|controlled|managed|tasked|funded|financed|paid|bankrolled|hired|commanded|led|founded|launched|mounted|initiated|deployed|executed|committed|staffed|masterminded|undertaken|instigated|ordered|commissioned|overseen|coordinated|employed|exploited|hacked|breached|compromised|attacked|targeted|infiltrated)(?:,?\s+(?:\w+ly|from\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?|on\s+[A-Z][a-z]+day)){0,2},?\s+by\b/gi,
    [
      'sponsored',
      'backed',
      'directed',
      'steered',
      'run',
      'operated',
      'supported',
      'conducted',
      'carried out',
      'perpetrated',
      'orchestrated',
      'organi',
      'controlled',
      'managed',
      'tasked',
      'funded',
      'financed',
      'paid',
      'bankrolled',
      'hired',
      'commanded',
      'led',
      'founded',
      'launched',
      'mounted',
      'initiated',
      'deployed',
      'executed',
      'committed',
      'staffed',
      'masterminded',
      'undertaken',
      'instigated',
      'ordered',
      'commissioned',
      'overseen',
      'coordinated',
      'employed',
      'exploited',
      'hacked',
      'breached',
      'compromised',
      'attacked',
      'targeted',
      'infiltrated',
    ],
    true,
    false,
    // ("carried out by": the word after "carried"; "controlled from Moscow by", "directly controlled by", "targeted on
    // Monday, allegedly by".)
    ['by', 'from', 'out', '*ly', 'on'],
  ),
  cue(
    /\b(?:acting\s+)?on behalf of\b|\b(?:front|cover)\s+(?:(?:company|organi[sz]ation|business|firm)\s+)?for\b|\bwork(?:s|ed|ing)?\s+(?:(?:directly|closely|secretly)\s+)?(?:for|on behalf of|under)\b|\bat the behest of\b|(?<!\b(?:coordinat|support|prais|thank|assist|help|facilitat|disrupt|hamper|continu|complement|fund|prais)\w*\s+)(?<!\b(?:look(?:s|ed|ing)?\s+like|(?:appear|seem)(?:s|ed|ing)?\s+to\s+be)\s+)\bthe work of\b|\bacting for\b|\bat the direction of\b|\bunder the (?:direction|control|command|auspices) of\b|\b(?:collect(?:s|ed|ing)?|gather(?:s|ed|ing)?)\s+(?:intelligence|information)\s+for\b|\bsp(?:y|ying|ies|ied)\s+for\b|\bgenerat(?:e|es|ed|ing)\s+(?:illicit\s+)?(?:revenue|funds)\s+for\b/gi,
    [
      'generat',
      'acting',
      'collect',
      'gather',
      'spy',
      'spying',
      'spies',
      'spied',
      'on behalf of',
      'front',
      'cover',
      'work',
      'at the behest of',
      'the work of',
      'at the direction of',
      'under the',
    ],
  ),
  // "acting on the orders of the MSS", "at the request of" (single spaces, so that every match starts with a keyword).
  cue(/\b(?:on|at|under) (?:the )?(?:orders|instructions?|request) (?:of|from)\b/gi, [
    'on the order',
    'on order',
    'on the instruction',
    'on instruction',
    'on the request',
    'at the order',
    'at the instruction',
    'at the request',
    'under the order',
    'under order',
    'under the instruction',
    'under instruction',
  ]),
  // "operates in support of the IRGC", "acting in direct support of the GRU".
  (IN_SUPPORT = cue(
    /\b(?:operat(?:es|ed|ing|e)|act(?:s|ed|ing)?|work(?:s|ed|ing)?|conduct(?:s|ed|ing)?(?:\s+[\w-]+){1,3}?)\s+in\s+(?:direct\s+)?support\s+of\b/gi,
    ['operat', 'act', 'work', 'conduct'],
  )),
  // A state's interests the activity serves: "serves Iranian state intelligence requirements", "supports the
  // strategic interests of the North Korean government", "aligns with Chinese state objectives", "to advance the
  // mission of the FSB", "acting in the interests of the Chinese government".
  (INTERESTS = cue(
    /\b(?:(?:act(?:s|ed|ing)?\s+in|serv(?:es|ed|ing|e)|supports?|supported|supporting|advanc(?:es|ed|ing|e)|furthers?|furthered|furthering|reflect(?:s|ed|ing)?|answer(?:s|ed|ing)?|fulfil(?:ls?|s|led|ling)?|satisf(?:y|ies|ied|ying)|align(?:s|ed|ing)?\s+with|in\s+line\s+with)\s+(?:the\s+)?(?:(?:strategic|national|geopolitical|intelligence|political|economic|military)\s+)?(?:(?:interests|requirements|objectives|priorities|goals|aims|ambitions|mission)\s+of\s+(?:the\s+)?|(?=(?:[\w'’-]+\s+){1,4}?(?:interests|requirements|objectives|priorities|goals|aims|ambitions)\b))|benefit(?:s|ed|ing|ting)?\s+(?:the\s+)?)/gi,
    [
      'act',
      'serv',
      'support',
      'advanc',
      'further',
      'reflect',
      'answer',
      'fulfil',
      'satisf',
      'align',
      'in line',
      'benefit',
    ],
  )),
  // "the campaign probably serves the Ministry of Intelligence and Security": a state body or government served.
  (SERVES = cue(/\bserv(?:es|ed|ing|e)\s+(?:the\s+)?(?=[A-Z])/g, ['serv'])),
  // "found links between the malware and APT41", "has links to the GRU", "bore the hallmarks of APT28".
  // (Not the ties of diplomacy: "cut all links with Qatar".)
  // ("has ties to X" was tried: across the annotated sets it added 2 claims the golds hold and 8 they do not.)
  cue(
    /\b(?<!\b(?:cut|cuts|cutting|sever(?:s|ed|ing)?|br(?:eak|eaks|oke|oken|eaking)|suspend(?:s|ed|ing)?|restor(?:e|es|ed|ing))\s+(?:off\s+)?(?:all\s+|its\s+|their\s+)?(?:diplomatic\s+|trade\s+)?)links?\s+(?:between\s+[^.;]{1,60}?\s+and|to|with)\b|\b(?:hallmarks?|fingerprints|markings|signatures?|modus\s+operandi|characteristic|typical)\s+of\b/gi,
    ['link', 'hallmark', 'fingerprints', 'markings', 'signature', 'modus', 'characteristic', 'typical'],
  ),
  // "linked to", "tied to", "publicly linked MuddyWater to", "traced (back) to", "traced the attack to".
  // The object may carry an aside between dashes or brackets ("links APT28 - also tracked as Sofacy - to the GRU").
  // ("connect to" and "connects to" with nothing between are a program's: "configured to connect to the attackers".)
  // "links", "ties" and "traces" right before "to" or "with" are nouns ("normalisation of ties with Israel"), unless
  // "we" or "they" does it ("a third set of e-mails we tie to X").
  cue(
    /\b(?:linked|(?:links|ties|traces|link|tie|trace)(?!\s+(?:to|with)\b)|(?<=\b(?:[Ww]e|[Tt]hey)\s+(?:(?:also|now|\w+ly)\s+)?)(?:link|tie|trace)|tied|tying|linking|tracing|connected|connects?(?!\s+(?:back\s+)?(?:to|with)\b)|traced)(?:\s+(?!(?:tried|attempted|sought|began|started|wants|wanted|plans|planned|needs|needed)\b)[\w'’-]+|\s*[(–—]\s*[^.;()–—]{1,80}?[)–—]|\s+-\s+[^.;]{1,80}?\s+-|,\s*[^,.;()]{1,40},){0,6}?\s+(?:back\s+)?(?:to|with)\b/gi,
    [
      'linked',
      'links',
      'link',
      'linking',
      'tied',
      'ties',
      'tie',
      'tying',
      'connect',
      'traced',
      'traces',
      'trace',
      'tracing',
    ],
  ),
  // "we now fold it into Gamaredon", "merged the cluster into APT29": a cluster made part of a group.
  cue(
    /\b(?:fold|merg(?=e)|roll)(?:s|ed|e|ing)?\s+(?:it|them|(?:this|that|the|these|those)\s+(?:[\w-]+\s+){0,2}?(?:activity|cluster|group|set|campaign|operations?))\s+(?:(?:up|back)\s+)?into\b/gi,
    ['fold', 'merg', 'roll'],
  ),
  // A tool tied to the actor that uses it: "a malware framework used by the actor known as Sandworm" (see USED_BY).
  (USED_BY = cue(
    /\b(?:used|deployed|wielded|leveraged)\s+(?:\w+ly\s+)?by\s+(?:(?:the|an?)\s+(?:[\w-]+\s+)?(?:actor|group|hackers)\s+(?:(?:known|tracked|identified|referred\s+to)\s+as|called|dubbed)\s+)?/gi,
    ['used', 'deployed', 'wielded', 'leveraged'],
    true,
    false,
    ['by', '*ly'],
  )),
  cue(
    new RegExp(
      String.raw`${NOT_AFTER_PEOPLE}${NOT_AFTER_COMPANY}\b(?:associated|attributable|affiliated|${NOT_AFTER_TOPIC}related|subordinate|belong(?:s|ed|ing)?|answerable|beholden)(?:\s+(?:directly|largely|mainly|partly|ultimately|primarily|closely))?\s+(?:to|with)\b|\b(?:members?|officers|operatives|agents|hackers|cyberspies)\s+of\b`,
      'gi',
    ),
    [
      'associated',
      'attributable',
      'affiliated',
      'related',
      'subordinate',
      'belong',
      'answerable',
      'beholden',
      'member',
      'officers',
      'operatives',
      'agents',
      'hackers',
      'cyberspies',
    ],
    true,
    false,
    ['to', 'with', 'of', '*ly'],
  ),
  cue(new RegExp(String.raw`${NOT_AFTER_PEOPLE}\bassociate[sd]?\b[^.;]{0,40}?\b(?:to|with)\b`, 'gi'), ['associate']),
  // "APT29 is part of Russia's SVR", "is almost certainly a unit of the GRU", "is the primary cyber sabotage unit of",
  // "is almost certainly a subordinate of FSB Centre 18".
  cue(
    /(?<=\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+\s+){0,2}?(?:(?:a|an|the)\s+(?:[a-z-]+\s+){0,3}?)?)(?:part|unit|arm|branch|element|division|subordinate|group)\s+of\b/gi,
    ['part', 'unit', 'arm', 'branch', 'element', 'division', 'subordinate', 'group'],
    true,
    false,
    ['of'],
  ),
  // "MuddyWater conducts cyber espionage and other malicious operations as part of Iran's Ministry of Intelligence and
  // Security": work done as part of a body named by its name (not "as part of its hybrid war").
  cue(
    /(?<=\b(?:operations|espionage|activit(?:y|ies)|attacks|campaigns?|intrusions|hacking|conducts?|conducted|carries\s+out|carried\s+out)\b[^.;]{0,60}?)\bas\s+part\s+of\b(?=\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?[A-Z])/g,
    ['as'],
    true,
    false,
    ['part'],
  ),
  // "Kimsuky has operated since 2012 within the Reconnaissance General Bureau".
  // ("a subordinate element within Iran's Ministry of Intelligence and Security" too.)
  cue(
    /\b(?:operat(?:es|ed|ing|e)|work(?:s|ed|ing)?|sits?|housed|embedded|element|subordinate)\s+(?:[\w-]+\s+){0,3}?within\b/gi,
    ['operat', 'work', 'sit', 'housed', 'embedded', 'element', 'subordinate'],
  ),
  ROLE_IN,
  // "The involvement of China's People's Liberation Army was highly likely": the party involved.
  // ("an investigation into the possible involvement of Russia" is no claim.)
  cue(
    /(?<!\b(?:investigat\w*|probe|inquiry|enquiry|look(?:s|ed|ing)?)\s+into\s+(?:the\s+)?(?:\w+\s+)?)\b(?:involvement|complicity)\s+of\b/gi,
    ['involvement', 'complicity'],
  ),
  // "Responsibility for the operations has been placed with Centre 18", "responsibility lies with".
  cue(
    /\bresponsibility\b[^.;]{0,90}?\b(?:placed|lies|lay|rests?|rested|laid|put|pinned|assigned)\s+(?:\w+ly\s+)?(?:with|on|upon)\b/gi,
    ['responsibility'],
  ),
  // "it may have some connection to the Lazarus hacking operation", "has connections to the GRU".
  cue(/\bconnections?\s+(?:to|with)\b/gi, ['connection']),
  // "we assess with moderate confidence that X overlaps with Gamaredon": an overlap the speaker judges, with a wording
  // of its confidence before it, links an actor named at once after it.
  // (A bare "overlaps with X" was tried: across the annotated sets it added no claim the golds hold and 7 they do not.)
  (OVERLAPS = cue(/\boverlap(?:s|ped)?\s+(?:\w+ly\s+)?with\b/gi, ['overlap'])),
  // "the attack matched the tactics of APT28".
  cue(
    /\b(?:match(?:es|ed|ing)?|resembl(?:es|ed|ing|e)|mirror(?:s|ed|ing)?|consistent\s+with|similar\s+to|in\s+line\s+with)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:tactics|techniques|TTPs|tradecraft|playbook|methods)(?:,?\s+(?:and\s+)?[\w-]+){0,3}?\s+(?:of|used\s+by)\b/gi,
    ['match', 'resembl', 'mirror', 'consistent', 'similar', 'in line'],
  ),
  LINKED_PERSON,
  cue(/\bconfirmed\b/gi, ['confirmed']),
  // Cues that link only the actor named at once after them (see `ADJACENT_ONLY`): what a vendor saw ("the researchers
  // observed APT29's phishing", "we track this activity as"), and what a cluster is ("this cluster … is MuddyWater").
  cue(/\b(?:saw|seen|observed|spotted|detected|tracked|uncovered|caught)\b/gi, [
    'saw',
    'seen',
    'observed',
    'spotted',
    'detected',
    'tracked',
    'uncovered',
    'caught',
  ]),
  cue(
    /\b(?:activity|cluster|campaign|intrusions?)\b(?:\s*,[^,.;]{1,80},)?\s+(?:is|was|are|were)\s+(?:(?:most\s+)?likely\s+|probably\s+|almost\s+certainly\s+)?(?:(?:the\s+)?work\s+of\s+|part\s+of\s+)?/gi,
    ['activity', 'cluster', 'campaign', 'intrusion'],
  ),
  // The name under which someone tracks the subjects: "the private sector tracks them under the names A, B and C",
  TRACKED_AS,
]
/**
 * "linked X to", "confirmed", what a vendor saw, what a cluster is, how it is tracked: these link only a party that
 * follows at once.
 */
const ADJACENT_ONLY = new Set(OBJ_CUES.slice(-5))
/** What a vendor saw, what a cluster is and how it is tracked: these link only a threat actor. */
const ACTOR_ONLY = new Set(OBJ_CUES.slice(-3))
// Cues whose attributed party comes before ("Russia is to blame", "Iran was behind", "APT40 carried out"), each with
// words one of which every match contains (not at its start): a sentence without any of them is not searched.
// What a tool is used to do when its use is an intrusion ("used Pegasus to spy on", "used stolen credentials to break
// into"): the purposes ACTIVITY and SERVICE_ACTED_AFTER share.
const SPYING_PURPOSES = String.raw`spy\s+on|hack|target|surveil|monitor|infect|break\s+into`
// What a named actor or state did, in active voice ("APT41 hacked", "Midnight Blizzard breached", "Russia has
// targeted"): a claim only of a speaker the sentence names ("the FBI said APT41 hacked …"), with the actor its subject.
const ACTIVITY = cue(
  new RegExp(
    String.raw`\b(?:(?:(?:has|have|had)\s+(?:also\s+)?)?(?:hacked|breached|compromised|infiltrated|penetrated|accessed|steals|hacks|breaches|compromises|infiltrates|broke\s+into|broken\s+into|got\s+into|gotten\s+into|(?:focus|concentrat)(?:ed|es)\s+(?:its\s+(?:attacks|efforts|operations|activity)\s+)?on(?=\s+(?:[\w-]+\s+){0,3}?(?:outlets|organi[sz]ations|institutions|agencies|ministries|companies|businesses|firms|governments|entities|sectors?|industr(?:y|ies)|operators|providers|diplomats|dissidents|activists|journalists|targets|victims)\b)|(?:tasked|ordered|commissioned)\s+(?:the|this|these|that|those)\s+(?:[\w-]+\s+)?(?:operations?|campaigns?|attacks?|intrusions?|activity)|t(?:aken|ook)\s+control\s+of|t(?:aken|ook)\s+over\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:tools|infrastructure|servers|accounts|networks|systems|websites|operations)\b|stole|stolen|extorted|exfiltrated|targeted|attacked|exploited|used\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:vulnerabilit(?:y|ies)|flaws?|exploits?|zero-days?|backdoors?|spyware|implants?|botnets?|routers|proxies|(?:spear-?)?phishing\s+(?:e-?mails|messages|lures)|(?:attack\s+|command-and-control\s+|C2\s+)?infrastructure|(?:[\w-]+\s+)?clusters?)\b|used\s+(?:[\w-]+\s+){1,3}?against\s|us(?:ed|ing)\s+(?:[\w-]+\s+){1,5}?to\s+(?:${SPYING_PURPOSES}|compromise|exploit|eavesdrop\s+on|keep\s+[^.;]{1,40}?\s+under\s+surveillance)\b|gained\s+(?:(?:unauthori[sz]ed|initial|remote)\s+)?access|had\s+(?:(?:unauthori[sz]ed|persistent|long-term|remote)\s+)?access\s+to|sent\s+(?:[\w-]+\s+){0,2}?(?:e-?mails|lures|phishing\s+messages)|made\s+(?:(?:thousands|hundreds|dozens|scores)\s+of\s+|(?:several|many|numerous|repeated|multiple)\s+)?(?:[\w-]+\s+)?(?:attacks|attempts\s+to\s+(?:break|hack|breach|compromise))|spied\s+on|(?:took|siphoned|netted|drained|looted|pilfered)\s+(?:(?:more\s+than|about|around|nearly|over|at\s+least|some|roughly|an\s+estimated|almost)\s+)?(?:US\s*)?\$\s?\d+(?:[.,]\d+)*(?:\s*(?:million|billion|bn|m|k))?|(?:posed|posing)\s+as\s+[^.;]{1,60}?\s+to\s+(?:approach|target|contact|lure|trick|deceive|phish|befriend|gain)\b|impersonat(?:ed|ing)\s+[^.;]{1,60}?\s+(?:to|in\s+order\s+to)\s+(?:approach|target|contact|lure|trick|deceive|phish|befriend|gain|steal)\b|set\s+up\s+(?:[\w-]+\s+){0,2}?(?:fake|false|fictitious|bogus|fraudulent)\s+(?:[\w-]+\s+)?(?:identities|personas|profiles|accounts|websites|companies|news\s+sites|domains)\b|(?:planted|installed)\s+(?:[\w-]+\s+){0,3}?(?:backdoors?|malware|implants?|spyware|web\s*shells?|ransomware|wipers?|trojans?)\b|deployed|infected|defaced|disrupted|pre-?positioned|orchestrated|masterminded|directed(?!\s+(?:at|against|to|toward|towards|from)\b)|(?:obtained|acquired)\s+(?:[\w-]+\s+){0,3}?(?:data|information|records|credentials|files|documents|e-?mails)\b|aimed\s+(?:its|their)\s+(?:[\w-]+\s+){1,3}at|went\s+after|(?:tried|attempted|sought)\s+(?:(?:in|on|during|from|between)\s+[\w\s]{1,40}?\s+)?to\s+(?:obtain|steal|access|breach|hack|compromise|penetrate|infiltrate|break\s+into|gain\s+access|carry\s+out\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:attacks?|operations?|intrusions?)|influence|interfere\s+in|meddle\s+in|sway))|(?:interfered|meddled)\s+in|(?:(?:has|have|had)\s+(?:also\s+)?been|is|are|was|were)\s+(?:working|trying|seeking|attempting)\s+to\s+(?:influence|interfere\s+in|meddle\s+in|sway)|(?:(?:has|have|had)\s+(?:also\s+)?been|is|are|was|were|began|begun|started|continued|continues|kept)\s+(?:(?:also|\w{2,13}ly)\s+){0,2}(?:seen\s+)?(?:hacking|breaching|compromising|infiltrating|penetrating|stealing|targeting|attacking|exploiting|spying\s+on|deploying|infecting|going\s+after|pre-?positioning|using\s+(?:[\w-]+\s+){1,3}?against))\b(?!\s+by\b)`,
    'g',
  ),
  [
    'hacked',
    'hacks',
    'steals',
    'got',
    'gotten',
    'focus',
    'concentrat',
    'siphoned',
    'netted',
    'drained',
    'looted',
    'pilfered',
    'posed',
    'posing',
    'impersonat',
    'set',
    'tasked',
    'ordered',
    'commissioned',
    'breach',
    'compromis',
    'infiltrat',
    'penetrat',
    'stole',
    'extorted',
    'sent',
    'made',
    'broke',
    'taken',
    'took',
    'stealing',
    'exfiltrated',
    'target',
    'attack',
    'exploit',
    'hacking',
    'tried',
    'attempted',
    'sought',
    'gained',
    'access',
    'spied',
    'spying',
    'planted',
    'installed',
    'going',
    'deploy',
    'infect',
    'defaced',
    'disrupted',
    'pre-positi',
    'prepositi',
    'aimed',
    'went',
    'used',
    'using',
    'orchestrated',
    'masterminded',
    'directed',
    'obtained',
    'acquired',
    'interfered',
    'meddled',
    'working',
    'trying',
    'seeking',
    'attempting',
  ],
  false,
)
// The activity verbs a text's own voice uses to tell what an actor did, not that it did it (see Slot.spokenOnly).
const SPOKEN_ACTIVITY = /\b(?:gained|spied|spying|deploy\w*|infect\w*|defaced|disrupted|aimed|went|going|used|using)\b/
// A match is the verb (a keyword), after "has also been", "were also", "had", "began" or nothing.
ACTIVITY.lookback = new Set([
  // ("APT27 had been seen targeting companies": a sighting of the activity.)
  'seen',
  'has',
  'have',
  'had',
  'also',
  'been',
  'is',
  'are',
  'was',
  'were',
  'began',
  'begun',
  'started',
  'continued',
  'continues',
  'kept',
  // ("Lazarus was highly likely targeting", "is actively targeting": any word ending in "ly", see lookbackStarts.)
  '*ly',
])
// The goals of a state right after its adjective: "Russian interests", "Chinese state objectives", "Russian military
// planning", "Russian efforts".
const STATE_GOAL_AFTER =
  /^\s+(?:(?:state|strategic|national|geopolitical|intelligence|political|economic|military)\s+){0,2}(?:interests|requirements|objectives|priorities|goals|aims|ambitions|planning|efforts|agenda)\b/
// The words STATE_GOAL_AFTER can open with (after its white space).
const STATE_GOAL_FIRST_WORDS = new Set([
  'state',
  'strategic',
  'national',
  'geopolitical',
  'intelligence',
  'political',
  'economic',
  'military',
  'interests',
  'requirements',
  'objectives',
  'priorities',
  'goals',
  'aims',
  'ambitions',
  'planning',
  'efforts',
  'agenda',
])
// The verbs of INTERESTS right before such an adjective ("supports Russian military planning", "contribute to Russian
// efforts to disrupt …").
const SERVING_BEFORE =
  /\b(?:serv(?:es|ed|ing|e)|supports?|supported|supporting|advanc(?:es|ed|ing|e)|furthers?|furthered|furthering|align(?:s|ed|ing)?\s+with|in\s+line\s+with|contribut(?:es|ed|ing|e)\s+to)\s+(?:the\s+)?$/i
// The goals a state's interests cue names (see INTERESTS).
const GOAL_NOUNS = ['interests', 'requirements', 'objectives', 'priorities', 'goals', 'aims', 'ambitions', 'mission']
// Between a speaker and the actor whose activity it reports: a verb of saying or finding.
const SPEAKER_VERB =
  /\b(?:said|says|say|told|tells|reported|reports|stated|states|warned|warns|warning|announced|alleged|alleges|allege|assessed|assesses|assess|believes|believe|found|finds|revealed|reveals|disclosed|discloses|shows|showed|confirmed|confirms|wrote|writes|added|noted|notes|claims|claimed|accused|accuses|observed|observes|determined|concluded|according|issued|published|released|confident|confidence)\b/
// Between the actor and its activity verb: a head noun of the actor's people, adverbs and auxiliaries only.
const COMMA_GAP = /^\s*,\s*$/
const PLACE_OF_SUBJECT_BEFORE = /\b(?:based|located|operating|headquartered)\s+(?:in|from|out\s+of)\s+(?:the\s+)?$/i
// A party that is the object of a preposition ("resembles that of UNC5174, a …") is no subject.
const PREPOSITION_RIGHT_BEFORE = /\b(?:of|by|with|from|to|than|for|on|against|at)\s+(?:the\s+)?$/i
// "the group, known as APT42,", "the group, which it identifies as Storm-0558,": a description named in apposition.
// (Or the name alone between commas: "a Chinese state-sponsored hacking group, Volt Typhoon, had compromised".)
const NAMING_APPOSITION_BEFORE =
  /\b(?:group|actor|hackers|attackers|operators|intruders|adversary|cluster|gang|crew|team|unit),\s+(?:(?:(?:also|publicly|commonly)\s+)?(?:known\s+(?:(?:in|among|within|across|to)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?)?as|called|dubbed|named|nicknamed|codenamed|tracked\s+as|(?:which|whom)\s+(?:it|they|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+(?:(?:identifies|tracks|refers\s+to)\s+as|(?:calls|called|names|named|dubs|dubbed)(?:\s+as)?))\s+)?$/
// An apposition that describes the actor before the activity verb: ", a North Korean military hacking unit,".
const DESCRIBING_APPOSITION_GAP =
  /^\s*,\s+(?:(?:an?|the)\s|which\s+(?!(?:the\s+)?[A-Z])|who\s+(?!(?:the\s+)?[A-Z]))[^,;()]{1,80},\s*(?:(?:has|have|had|also|then|later)\s+)*$/
// The names of an alias list up to the last one: "also known as APT28, Fancy Bear and ", "known as APT29 or "; and, as
// the whole gap between an actor and that last name, its apposition: ", also known as ", ", tracked as A, B and ".
const ALIAS_NAMES_BEFORE_LAST = String.raw`(?:also\s+)?(?:known|tracked)\s+as\s+(?:[^;()]*?(?:,|\band|\bor)\s+)?$`
const ALIAS_LIST_BEFORE = new RegExp(String.raw`\b${ALIAS_NAMES_BEFORE_LAST}`)
const ALIAS_APPOSITION_GAP = new RegExp(String.raw`^\s*,\s+${ALIAS_NAMES_BEFORE_LAST}`)
// (After the subject, its short form in brackets and its military unit number: "the GRU's 85th Main Special Service
// Center (GTsSS), military unit 26165, had used".)
// (Also two nouns joined: "Chinese intelligence officers and hackers stole".)
const ACTIVITY_GAP =
  /^(?:\s*\([A-Za-z0-9 .&'’-]{1,40}\)|\))?(?:,\s+(?:military\s+)?unit\s+\d{3,6},)?(?:\s+(?:cyber\s+|ransomware\s+|hacktivist\s+|hacking\s+)?(?:officers|hackers|operatives|actors|agents|operators|affiliates|group|unit|team|crew|gang)(?:\s+and\s+(?:officers|hackers|operatives|agents|operators|spies|contractors))?)?(?:\s+(?:\w+ly|has|have|had|also|both|then|later|since|been|earlier|already|again|once))*\s*$/i
const SUBJ_CUES: Cue[] = [
  cue(
    /\b(?:is|are|was|were|been|be|being)\s+(?:(?:\w+ly|almost|very|most|also|probably|likely|in\s+fact|ultimately|at\s+least|in\s+part)\s+){0,3}(?:(?:the|a)\s+(?:actor|group|force|party)\s+)?(?:behind|responsible|to blame)\b/gi,
    ['behind', 'responsible', 'blame'],
    false,
  ),
  // "Iran was linked to the attempted attack on the water network", "the group is tied to the breach": a party linked to
  // an attack (not to another party, which the link cues read).
  cue(
    /\b(?:is|are|was|were|been|being)\s+(?:(?:\w+ly|also|probably|likely)\s+){0,2}(?:linked|tied|connected)\s+to\s+(?:the|an?|this|that|these|those|last\s+\w+'s)\s+(?:[\w-]+\s+){0,3}?(?:attacks?|cyber-?attacks?|hacks?|hacking|breach(?:es)?|intrusions?|compromises?|incidents?|campaigns?|operations?)\b/gi,
    ['linked', 'tied', 'connected'],
    false,
  ),
  // "APT41 is the likely culprit", "Russia was the prime suspect", "the group is the most probable perpetrator".
  cue(
    /\b(?:is|are|was|were|been|be|being)\s+(?:(?:\w+ly|almost|also|probably)\s+){0,2}(?:the|a|an)\s+(?:(?:most\s+)?(?:likely|probable|prime|main|chief|principal|leading|top|primary)\s+)?(?:culprits?|suspects?|perpetrators?)\b/gi,
    ['culprit', 'suspect', 'perpetrator'],
    false,
  ),
  // A named person may be the one behind it: "Khoroshev is the person behind the persona LockBitSupp".
  cue(
    /\b(?:is|was)\s+(?:\w+ly\s+)?the\s+(?:person|man|woman|individual|hacker|administrator|developer|mastermind|leader|operator)\s+behind\b/gi,
    ['behind'],
    false,
    true,
  ),
  cue(/\b(?:the\s+)?(?:actors?|force|groups?|culprits?|perpetrators?)\s+behind\b/gi, ['behind'], false),
  cue(
    /\b(?:\w+ly\s+)?(?:carried out|carried\s+(?:it|them|this|these)\s+out|took part|perpetrated|orchestrated)\b(?!\s+by)/gi,
    ['carried', 'took part', 'perpetrated', 'orchestrated'],
    false,
  ),
  // "APT41 conducted the operation", "Sandworm launched the attacks", "APT29 ran a phishing campaign": the subject of
  // an attack verb with a cyber object.
  cue(
    /\b(?:\w+ly\s+)?(?:conducted|conducts|launched|launches|staged|mounted|waged|ran|runs)\s+(?:(?:the|a|an|this|these|those|its|their|several|multiple|numerous)\s+)?(?:[\w-]+\s+){0,4}?(?:attacks?|operations?|campaigns?|intrusions?|hacks?|breach(?:es)?|compromises?|cyber-?attacks?|espionage|phishing|sabotage|raids?)\b/gi,
    ['conducted', 'conducts', 'launched', 'launches', 'staged', 'mounted', 'waged', 'ran', 'runs'],
    false,
  ),
  // "FancyBear has run several large credential phishing campaigns", "Gamaredon also kept up its spearphishing
  // campaigns against Ukraine": a cyber campaign run on (a war's "continued its missile attacks" is none; nor is the
  // adjective, "warning of continued malicious cyber activity").
  cue(
    /\b(?:\w+ly\s+)?(?:(?:(?:has|have|had)\s+(?:also\s+)?(?:run|been\s+running)|running|kept\s+up|keeps\s+up|stepped\s+up|ramped\s+up)\s+(?:(?:the|a|an|its|their|several|multiple|numerous|new)\s+)?|(?:continued|continues|resumed|pursued)\s+(?:the|a|an|its|their|several|multiple|numerous)\s+)(?:[\w-]+\s+){0,3}?(?:phishing|spear-?phishing|espionage|cyber-?espionage|hacking|intrusion|malware|cyber|disinformation|influence|DDoS|wiper|ransomware)\s+(?:[\w-]+\s+)?(?:campaigns?|operations?|attacks?|activit(?:y|ies))\b/gi,
    ['run', 'kept', 'keeps', 'stepped', 'ramped', 'continued', 'continues', 'resumed', 'pursued'],
    false,
  ),
  // "Pawn Storm had coordinated attacks on several organisations" (not "Europol coordinated the operation").
  cue(
    /\b(?:\w+ly\s+)?(?:coordinated|coordinates)\s+(?:(?:the|a|an|these|those|its|their|several|multiple)\s+)?(?:[\w-]+\s+){0,2}?(?:attacks|campaigns?|intrusions|hacks|breaches|cyber-?attacks)\b/gi,
    ['coordinated', 'coordinates'],
    false,
  ),
  // "Sandworm's doing", "was likely Pawn Storm's work as well" (not "Russia's work on …", "its work with partners").
  cue(
    /['’]s\s+(?:doing|(?:own\s+)?(?:handi)?work(?!\s+(?:on|to|with|for|in|at|of|against)\b))\b/gi,
    ['doing', 'work', 'handiwork'],
    false,
  ),
  // Legal and state measures aimed at the subject: "Rim Jong Hyok has been indicted", "North Korea is sanctioned over".
  cue(
    /\b(?:is|are|was|were|been|be)\s+(?:(?:\w+ly|also)\s+)?(?:indicted|charged|sanctioned|designated|penali[sz]ed|punished|prosecuted|convicted|sentenced)\b|\b(?:pleaded|pled)\s+guilty\b/gi,
    [
      'indicted',
      'charged',
      'sanctioned',
      'designated',
      'penalised',
      'penalized',
      'punished',
      'prosecuted',
      'convicted',
      'sentenced',
      'pleaded',
      'pled',
    ],
    false,
    true,
  ),
  // "Fancy Bear was the main group suspected of the attacks", "X is suspected in the breach": the party held suspect.
  cue(
    /\b(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:(?:the|a)\s+(?:(?:main|prime|chief|principal|leading|top)\s+)?(?:group|actor|party|suspect|one)\s+)?suspected\s+(?:of|in|over)\s+(?:(?:the|these|those|this|that|a|an)\s+)?(?:(?![\w-]+ing\s)[\w-]+\s+){0,2}?(?:attacks?|cyber-?attacks?|hacks?|hacking|breach(?:es)?|intrusions?|campaigns?|operations?|incidents?)\b/gi,
    ['suspected'],
    false,
  ),
  // "Computer Weekly said LockBit was suspected.": held suspect, with the clause ending there.
  cue(/\b(?:is|are|was|were)\s+(?:\w+ly\s+|also\s+)?suspected(?=\s*[,.;:])/gi, ['suspected'], false),
  // "APT41 was implicated in a 2020 indictment by the US Justice Department": a party a legal document names.
  cue(
    /\b(?:is|are|was|were|been)\s+(?:\w+ly\s+)?(?:implicated|named|cited)\s+in\s+(?:an?|the|its|their)\s+(?:\d{4}\s+)?(?:[\w-]+\s+){0,2}?(?:indictments?|criminal\s+complaints?|charging\s+documents?)\b/gi,
    ['implicat', 'named', 'cited'],
    false,
    true,
  ),
  cue(
    /\bfac(?:es|ed|ing|e)\s+(?:\w+\s+){0,2}?(?:sanctions|charges|penalties|counts)\b/gi,
    ['sanctions', 'charges', 'penalties', 'counts'],
    false,
  ),
  // "X was involved in the attacks", and at the end of a clause: "it is almost certain that the GRU was involved."
  cue(
    /\b(?:is|are|was|were|been|be)\s+(?:(?:\w+ly|almost|also)\s+){0,2}involved(?:\s+in\b|(?=\s*(?:[.;:!?"”]|$)))/gi,
    ['involved'],
    false,
  ),
  // "it is believed to have stolen around $2bn", "the group is suspected of having breached": an act reported as judged.
  cue(
    /\b(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:(?:believed|thought|suspected|alleged|said|understood|reported)\s+(?:to\s+have|of\s+having)\s+(?:\w+ly\s+)?(?:hacked|breached|compromised|stolen|infiltrated|penetrated|attacked|targeted|exploited|carried\s+out|conducted|launched|orchestrated|deployed|broken\s+into|got(?:ten)?\s+into|taken\s+control\s+of)|suspected\s+of\s+(?:ordering|directing|orchestrating|sponsoring|commissioning|carrying\s+out|conducting|launching|hacking|attacking|targeting|breaching|stealing|breaking\s+into|infiltrating|compromising|penetrating|spying\s+on))\b/gi,
    ['believed', 'thought', 'suspected', 'alleged', 'said', 'understood', 'reported'],
    false,
  ),
  // "The group was recently identified by Dutch authorities as responsible": a judgement passed on the subject, by
  // the agent after "by" (who speaks).
  cue(
    /\b(?:is|are|was|were|been|be)\s+(?:\w+ly\s+)?(?:identified|named|singled\s+out|blamed|held\s+responsible|unmasked|outed)\s+by\b/gi,
    ['identified', 'named', 'singled', 'blamed', 'held', 'unmasked', 'outed'],
    false,
  ),
  ACTIVITY,
]

/**
 * A cue expression with its keywords. When `atStart`, every match starts with one of them, and a sticky copy is tried
 * only where one occurs in the sentence: the matches of a global scan of the sentence (`matchAtOccurrences`).
 * Otherwise every match contains one of them, and only a sentence holding one is scanned.
 */
interface Cue {
  re: RegExp
  sticky: RegExp
  keywords: string[]
  atStart: boolean
  /** The keywords in the document's keyword index (set once the index is built, below). */
  group: KeywordGroup
  /** The attributed party may be a named person (the subject of "has been indicted"). */
  persons: boolean
  /**
   * When every match is the keyword's word, white space and one of these words (lower case) whole: the cue is tried
   * only where one follows (`followedBy`), not at every occurrence of its keywords. "*ly" stands for any word ending
   * in "ly" (an adverb, `\w+ly`).
   */
  next?: ReadonlySet<string>
  /**
   * For a cue whose keyword is not at its start: when every match is a few of these words (each followed by white
   * space) and then a keyword occurrence, the sticky copy is tried at the keyword and at the starts of the words of
   * this set right before it only (`lookbackStarts`) instead of scanning the sentence from the first keyword on.
   */
  lookback?: ReadonlySet<string>
  /** When every match holds one of these keywords at a word start after its own: tried only where one follows. */
  needs?: KeywordGroup
  /** The keywords of the cue whose matches need nothing of `needs`. */
  needsNot?: KeywordGroup
}

function cue(re: RegExp, keywords: string[], atStart = true, persons = false, next?: string[]): Cue {
  const c: Cue = { re, sticky: stickyCopy(re), keywords, atStart, group: new Uint8Array(0), persons }
  if (next) c.next = new Set(next)
  return c
}

// Adjectival links: "Chinese state-sponsored hackers", "Russia-linked", "PRC-affiliated actors", "Sandworm-linked".
const ADJ_CUE =
  /^(?:['’]s)?[\s-]*(?:state[\s-]+)?(?:sponsored|backed|linked|affiliated|nexus|aligned|directed|controlled|supported|run)\b/i
const VERB_OBJECT_AFTER = /^\s+(?:the|a|an|its|their|his|her|this|these|that|those|our)\s/i
// Nouns for what a state runs or owns that an attack hits: "a government-affiliated research center".
const VICTIM_NOUN_AFTER =
  /^\s+(?:[\w-]+\s+){0,2}?(?:research\s+(?:cent(?:er|re)s?|institutes?)|institutes?|universit(?:y|ies)|think\s+tanks?|hospitals?|laborator(?:y|ies)|companies|company|firms?|contractors?|banks?|utilit(?:y|ies)|schools?)\b/i
const GROUP_LINKED_BEFORE =
  /\b(?:[Hh]ackers|[Aa]ttackers|[Aa]ctors|[Oo]perators|[Gg]roups|[Ii]ntruders)\s+(?:(?:reputedly|reportedly|allegedly|believed\s+to\s+be|thought\s+to\s+be|suspected\s+of\s+being|widely\s+seen\s+as)\s+)?(?:linked|tied|connected|affiliated)\s+(?:to|with)\s+$/
const TO_WITH = new Set(['to', 'with'])
const SPONSORED_BASED_BEFORE =
  /\b(?:state|government|nation-state)[\s-](?:sponsored|backed)\s+(?:[\w-]+\s+){0,2}?(?:actors?|groups?|hackers|APT|clusters?|adversary|adversaries|operators|entit(?:y|ies)|attackers)\s+(?:based|operating|located)\s+(?:in|from|out\s+of)\s+(?:the\s+)?$/i
const IN_FROM = new Set(['in', 'from', 'of'])
const NO_WORDS = new Set<string>()
const ATTACK_WAS_BEFORE =
  /\b(?:(?:was|is|were|been|be)\s+(?:\w+ly\s+)?an?\s+|(?:target\s+of|hit\s+by|victim\s+of|subjected\s+to|(?:hallmarks|signature|markings)\s+of\s+an?|condemn(?:s|ed|ing)?(?:\s+(?:an?|the))?|(?:detected|reported|observed|uncovered|disclosed|thwarted|foiled|repelled|repulsed|blocked)\s+an?)\s+["“']?(?:[a-z][\w-]*\s+){0,3})$/
const GROUP_NOUN =
  /^\s+(?:(?:state|government|nation-state(?:-level)?|military|intelligence|cyber|threat|hacking|espionage|APT|supply[\s-]chain)\s+){0,2}(?:APT|hackers|hacking group|(?:hacking|hacker|cyber)\s+(?:units?|teams?|cells?)|threat actors?|actors|cyber actors|group|groups|operatives|spies|cyber-?\s?spies|intelligence officers|cyber-?\s?attacks?|cyberattacks?|attacks?|operations?|(?:cyber|hacking|espionage)[\s-]*(?:campaigns?|activit(?:y|ies)))\b/
const REPORT_VERBS =
  /\b(?:announced|announces|announce|said|says|say|stated|states|assess(?:es|ed)?|judges?|judged|concluded|concludes|believes?|believed|confirmed|confirms|claimed|claims|declared|added|warned|revealed|disclosed|determined|describes?|described|wrote|writes|called|has announced|have announced|attributed|accused|blamed|condemn(?:ed|ing|s)?|denounc(?:ed|es|e|ing)|indicted|charged|sanctions|sanctioned|reported|observed|found|associate|points?|told|noted)\b/gi
// Every match of REPORT_VERBS starts with one of these (lower case).
const REPORT_VERB_STARTS = [
  'announc',
  'said',
  'say',
  'state',
  'assess',
  'judge',
  'conclude',
  'believe',
  'confirm',
  'claim',
  'declared',
  'added',
  'warned',
  'revealed',
  'disclosed',
  'determined',
  'describ',
  'wrote',
  'writes',
  'called',
  'has announced',
  'have announced',
  'attributed',
  'accused',
  'blamed',
  'condemn',
  'denounc',
  'indicted',
  'charged',
  'sanction',
  'reported',
  'observed',
  'found',
  'associate',
  'point',
  'told',
  'noted',
]
const REPORT_VERBS_STICKY = stickyCopy(REPORT_VERBS)
// ("There was no doubt", "without doubt", "not only … but also" affirm.)
const NEGATION =
  /\b(?:without(?!\s+(?:a\s+)?doubt\b)|not(?!\s+only\b)|never|no(?!\s+doubt\b)|declined to|refused to|denied|deny|denies|denying|rejects?|rejected|rejecting|dismiss(?:es|ed|ing)?|too early to)\b[^.;]{0,40}$/i
// (A descriptor may stand between: "according to Israeli cybersecurity firm Check Point", "according to researchers at
// ESET"; a state's name or adjective too: "according to the US Justice Department".)
const ACCORDING =
  /\b(?:according to|in the (?:assessment|view|judg(?:e)?ment|words|opinion|analysis) of|as (?:assessed|reported|stated) by)\s+(?:(?:(?:a|an|the)\s+)?(?:new\s+|recent\s+|joint\s+|declassified\s+|internal\s+)?(?:cybersecurity\s+|security\s+)?(?:report|reporting|analysis|assessment|advisory|statement|blog post|study|investigation|documents|files|papers|records)\s+(?:that|which|(?:released|published|issued)(?:\s+(?:on|in|last|this|earlier)\s+[^;.:]{1,40}?)?,?\s+by(?:\s+(?:the\s+)?(?:[\w-]+\s+){0,4}(?:agencies|partners|organi[sz]ations)(?:\s+of\s+(?:[\w-]+\s+){1,2}countries)?:)?|by|from)\s+)?(?:the\s+|an?\s+)?(?:(?:[A-Z][a-z]+\s+)?(?:[a-z][\w-]*\s+){0,2}(?:firm|company|vendor|provider|specialist|magazine|newspaper|daily|weekly|outlet|broadcaster|publication|investigator|researcher|analyst|sleuth|(?:researchers|analysts|experts|investigators)\s+at)\s+(?:the\s+)?|(?:country['’]s|nation['’]s|[A-Z][a-z]+['’]s)\s+(?:[a-z][\w-]*\s+){0,3}(?:body|agency|authority|council|service|regulator|watchdog|ministry),\s+(?:the\s+)?)?(?:(?:U\.?S\.?|U\.?K\.?|E\.?U\.?|[A-Z][a-z]+(?:an|ish|ese|ch|i))\s+)?$/i
// A verb of a new clause between two parties: the second is not listed with the first.
// (And the past of an attack verb: "Hackers of the PLA penetrated Japan's networks" names Japan as the target.)
// (Also a verb's infinitive or what was made to imitate: "built sites to imitate two US institutions".)
const FINITE_VERB =
  /\b(?:is|are|was|were|has|have|had|will|would|said|says|penetrated|hacked|breached|compromised|attacked|targeted|infiltrated|stole|accessed|built|imitat\w*|impersonat\w*|mimic\w*|(?<!-)(?:backed|supported|joined|welcomed))\b|\bto\s+(?!(?:the|a|an|its|their|his|her|be)\b)[a-z]{3,}\s/i
// Doubt before a cue: "it is not yet known whether X is tied to Y", "unclear if".
const DOUBT =
  /\b(?:whether|unclear|unknown|uncertain|not\s+(?:yet\s+)?(?:known|clear|established|confirmed|determined))\b[^.;]{0,60}$/i
// Every match of NEGATION opens with one of these words, every match of DOUBT with one of those (lower case).
const NEGATION_STARTS = [
  'without',
  'no',
  'never',
  'declined to',
  'refused to',
  'den',
  'reject',
  'dismiss',
  'too early to',
]
const DOUBT_STARTS = ['whether', 'unclear', 'unknown', 'uncertain', 'no']

/**
 * `NEGATION.test(text.slice(from, to))`, run only when one of its words (NEGATION_STARTS) starts a word inside the
 * window (from the document's keyword pass), or the window opens inside a word whose rest may begin one: in the window
 * alone `\b` holds at its start, so a cut word ("cannot" → "not") counts there.
 */
function negatedBefore(text: string, kw: Occurrences, from: number, to: number): boolean {
  return (
    (occursIn(kw, NEGATION_WORDS, from, to) || opensCutWord(text, from, 'wndr')) && NEGATION.test(text.slice(from, to))
  )
}

/** `DOUBT.test(text.slice(from, to))`, gated as `negatedBefore` is (on DOUBT_STARTS). */
function doubtedBefore(text: string, kw: Occurrences, from: number, to: number): boolean {
  return (occursIn(kw, DOUBT_WORDS, from, to) || opensCutWord(text, from, 'wun')) && DOUBT.test(text.slice(from, to))
}

/**
 * True when the window from `from` opens inside a word (the character before is an ASCII letter or digit, which the
 * keyword pass does not take for a word start) with one of `firsts` (lower-case letters; any case in the text).
 */
function opensCutWord(text: string, from: number, firsts: string): boolean {
  if (from === 0 || !isAsciiAlnumCode(text.charCodeAt(from - 1))) return false
  const c = text.charCodeAt(from)
  return isAsciiWordCode(c) && firsts.includes(String.fromCharCode(c | 32))
}
// (A full stop after a capital is an abbreviation's or an initial's, "the U.S. National Security Agency", not a clause's end.)
const CLAUSE_END = /(?<![A-Z])\.|;|\s(?:which|who|whom|while|but|whereas)\s/
const DENIAL_CUE =
  /\b(?:reject(?:ed|s|ing)?|den(?:y|ied|ies|ying)|denials?(?=\s+(?:by|from)\s)|denounc(?:ed|es|e|ing)\s+(?:the|these|those|such|its|their)\s+(?:[\w'’.-]+\s+){0,2}?(?:accusations?|allegations?|claims?|charges|reports?)\b|dismiss(?:ed|es|ing)?|refut(?:ed|es|ing)|groundless|baseless|unfounded|unsubstantiated|smear|slander(?:ous)?|calumn(?:y|ies|ious)|accusations?\s+without\s+(?:any\s+)?(?:proof|evidence)|fabricat(?:ed|ion)(?!\s+(?:identit|documents?|personas?|profiles?|r[eé]sum|credentials?|accounts?|IDs?\b))|firmly oppose[sd]?|(?:always|resolutely|consistently)\s+oppose[sd]?\s+all\s+forms|oppose[sd]?\s+all\s+forms|oppose[sd]?\s+(?:hacking|cyber-?attacks|cyber\s+attacks|cyber\s*crime)|firm\s+opposition|(?<!\b[Ww]e\s+(?:(?:have|had|has|found|see|saw|\w+ly)\s+){1,2})no evidence|untrue|(?<=\b(?:is|are|was|were|as)\s+(?:(?:pure|mere|simply|just|blatant)\s+)?)disinformation|false\s+(?:narratives?|information|accusations?|allegations?|claims?|stories|story)|(?<=\b(?:is|are|was|were)\s+)not\s+(?:state[\s-])?(?:sponsored|backed|directed|supported)\s+by|nonsense|absurd|ridiculous|preposterous|(?<=\b(?:is|are|was|were|as|called|calling|described|describing)\s+(?:(?:an?|the|it|them|this|that|these|those|utterly|totally|completely|deeply|extremely|highly)\s+){0,2})irresponsible|(?<=\b(?:is|are|was|were)\s+(?:completely\s+|totally\s+|entirely\s+|simply\s+)?)false\b|fake\s+news|(?:stop|stopped)\s+hyping|(?:stop|stopped|cease)\s+(?:spreading|peddling)\s+(?:disinformation|lies|rumou?rs|false)|(?:pure|sheer|utter|complete|total)\s+(?:fiction|fabrication)|(?:absolutely|completely|totally)\s+silly|disput(?:e|es|ed|ing)\s+(?:any|all|the)\s+(?:involvement|role|responsibility|part|allegations?|accusations?|claims?|findings?|reports?|attribution)|nothing\s+to\s+do\s+with|(?:never|does\s+not|do\s+not)\s+engag(?:e|es|ed|ing)\s+in\s+(?:any\s+(?:form\s+of\s+)?|such\s+)?(?:[\w-]+\s+){0,2}?(?:cyber\w*|hack\w*|espionage|theft|attacks?|spying)|mock(?:ed|ing|s)?\s+(?:the|these|those|such)\s+(?:accusations?|allegations?|claims?|charges)|(?<=\b(?:called|calling|described|describing|dismissed|branded|labell?ed)\s+(?:the|it|them|this|these|those|such)\s+(?:[\w-]+\s+){0,3})(?:politically\s+motivated|sensational|speculative|far-fetched|disinformation|propaganda))\b/i
const DENIAL_STICKY = stickyCopy(DENIAL_CUE)
// A person or state right after "deny" and a thing after it: "denying the DPRK illicit revenue", "deny them access".
const WITHHOLD_AFTER =
  /^\s+(?:(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}|them|him|her|us|it)\s+(?:(?:any|the|its|their|illicit|further|safe)\s+)?(?:access|revenue|funds?|income|entry|visas?|profits?|means|resources|havens?|the\s+ability)\b/
// A speaker named after what it says: ", the embassy said", " said in a statement", "'s foreign ministry said".
const DENIER_AFTER =
  /^(?:['’]s\s+(?:\w+\s+){0,2}?(?:ministry|embassy|spokes\w+|officials?|government|mission))?\s*,?\s*(?:(?:has|have|had)\s+)?(?:said|says|stated|added|told|responded|replied|insisted|countered|wrote)\b/i
// Every match of DENIAL_CUE starts with one of these (lower case).
const DENIAL_STARTS = [
  'reject',
  'den',
  'dismiss',
  'refut',
  'groundless',
  'baseless',
  'unfounded',
  'unsubstantiated',
  'smear',
  'slander',
  'calumn',
  'accusation without',
  'accusations without',
  'fabricat',
  'firmly oppose',
  'always oppose',
  'resolutely oppose',
  'consistently oppose',
  'oppose',
  'firm opposition',
  'no evidence',
  'untrue',
  'disinformation',
  'disput',
  'nothing to do',
  'never engag',
  'does not engag',
  'do not engag',
  'mock',
  'politically motivated',
  'sensational',
  'speculative',
  'far-fetched',
  'propaganda',
  // (The words after "false" and "not" too: the gate of findDenials stays shut for the many sentences with either.)
  'false narrative',
  'false information',
  'false accusation',
  'false allegation',
  'false claim',
  'false stor',
  'not sponsored',
  'not state',
  'not backed',
  'not directed',
  'not supported',
  'nonsense',
  // ("stop hyping" only: "hype up the so-called … threat" is as often the accuser's phrase as the denier's.)
  'stop hyping',
  'stopped hyping',
  'stop spreading',
  'stopped spreading',
  'cease spreading',
  'stop peddling',
  'stopped peddling',
  'cease peddling',
  'absurd',
  'ridiculous',
  'preposterous',
  'irresponsible',
  // ("were false": the lookbehind keeps the many other uses of the word out.)
  'false',
  'fake news',
  ...['pure', 'sheer', 'utter', 'complete', 'total'].flatMap((a) => [`${a} fiction`, `${a} fabrication`]),
  ...['absolutely', 'completely', 'totally'].map((a) => `${a} silly`),
]
/**
 * The matches of `text.matchAll(AGENCIES)`. A match is made of letters, dots and spaces and ends with "agencies": it
 * lies inside a stretch of word characters, dots and spaces around an occurrence of "agencies". The stretch is
 * bounded by characters that are no word characters (or the ends of the text), so \b reads the same in the stretch
 * alone as in the whole text, and each stretch gives the global scan's matches there; other stretches hold none.
 */
function agencyGroups(text: string, kw: Occurrences): RegExpExecArray[] {
  const out: RegExpExecArray[] = []
  let done = 0
  for (let i = firstFrom(kw, 0); i < kw.starts.length; i++) {
    if (AGENCIES_WORD[kw.keys[i]!] !== 1 || kw.starts[i]! < done) continue
    const from = stretchStart(text, kw.starts[i]!, isAgencyChar)
    done = stretchEnd(text, kw.starts[i]!, isAgencyChar)
    AGENCIES.lastIndex = 0
    for (const m of text.slice(from, done).matchAll(AGENCIES)) {
      m.index += from
      out.push(m)
    }
  }
  return out
}

/** True for word characters, dots and white space. */
function isAgencyChar(c: number): boolean {
  return isAsciiWordCode(c) || c === 46 || isSpaceCode(c)
}

const AGENCIES = /\b(?:the\s+)?((?:U\.S\.|US|UK|U\.K\.)\s+)?(?:authoring|partner|participating)\s+agencies\b/gi
const WE = /\b[Ww]e\b/y
const OUR =
  /\b[Oo]ur\s+(?:(?:own|threat|security|research|intelligence|incident\s+response)\s+)?(?:researchers|analysts|experts|investigators|team|teams|assessment|analysis|view|judgement|judgment)\b/y
// Legal papers and prosecutors as the voice of the prosecuting authority; every match starts with a word of the list.
// "An 11-count indictment unsealed today charges …": an indictment named with "a" or "an" speaks too (the match
// starts at "indictment", after the article and up to two words).
const LEGAL_VOICE =
  /\b(?:court\s+(?:documents|filings|records|papers)|prosecutors|the\s+indictment|the\s+(?:(?:two|three|four|five)\s+)?(?:(?:criminal|civil|forfeiture)\s+)?complaints?|(?<=\b[Aa]n?\s+(?:[\w-]+\s+){0,3})(?:indictment|criminal\s+complaint)(?:\s+(?:unsealed|returned|filed|made\s+public)(?:\s+(?:today|yesterday|on\s+[A-Z][a-z]+))?)?|charging\s+documents|grand\s+jury(?:\s+in\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?(?:,\s+[A-Z][\w.]*)?)?)\b(?=(?:\s+in\s+(?:the\s+)?[\w.]+(?:\s+(?:of\s+)?[\w.]+){0,4}?)?\s+(?:\w+ly\s+|has\s+|have\s+|had\s+|further\s+|also\s+)?(?:allege[sd]?|say|says|said|state[sd]?|charge[sd]?|claim(?:s|ed)?|show(?:s|ed)?|describe[sd]?|accuse[sd]?|assert(?:s|ed)?|contend(?:s|ed)?|reveal(?:s|ed)?|identif(?:y|ies|ied)|link(?:s|ed)?|tie[sd]?|indict(?:s|ed)?|returned|announced|unsealed|filed|brought|secured|obtained|concluded|determined|established)\b)/iy
const LEGAL_VOICE_STARTS = [
  'court',
  'prosecutors',
  'the indictment',
  'indictment',
  'criminal',
  'charging',
  'grand',
  'the complaint',
  'the criminal',
  'the civil',
  'the forfeiture',
  'the two',
  'the three',
  'the four',
  'the five',
]
const US_ATTORNEY_TITLE = /\b(?:Attorney\s+General|U\.S\.\s+Attorney)\s+[A-Z]/
const US_CASE =
  /\b(?:federal\s+(?:grand\s+jury|court|prosecutors|charges|indictment|complaint)|U\.S\.\s+District\s+Court|District\s+of\s+[A-Z])/
const PROSECUTOR = /\b(?:Justice|Prosecut|Attorney)/
/**
 * The state other than the US whose prosecutors these are, by its name before them ("British prosecutors"), also before
 * a "federal", "public" or "state" ("German federal prosecutors"), or after "in" ("federal prosecutors in Germany");
 * undefined for the US's and for a city ("prosecutors in Baltimore").
 */
function prosecutorsAbroad(text: string, span: Span): string | undefined {
  const before = PROSECUTORS_STATE_BEFORE.exec(text.slice(Math.max(0, span[0] - 32), span[0]))
  const state =
    countryNamed(before?.[1] ?? '') ?? countryNamed(PLACED_AFTER.exec(text.slice(span[1], span[1] + 40))?.[1] ?? '')
  return state !== undefined && state !== 'United States' ? state : undefined
}
const PROSECUTORS_STATE_BEFORE = /\b([A-Z][a-z]+|UK|U\.K\.)\s+(?:(?:federal|public|state|chief|military)\s+)?$/
const PLACED_AFTER = /^\s+in\s+(?:the\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b/
const US_FILING_BEFORE = /\b(?:federal|grand\s+jury|U\.S\.|US)\s+(?:[\w-]+\s+){0,2}$/
// People counted after a charge: "both men", "the two teenagers".
const COUNTED_PEOPLE = String.raw`(?:the\s+)?(both|two|three|four|five)\s+(?:men|women|defendants|suspects|teenagers|hackers|individuals)\b`
// (`^[^.]*\.?[^.]{0,120}?\b(?:charged|…)\s+COUNTED_PEOPLE` on the window, without its quadratic backtracking: see
// chargedCountedAhead.)
const CHARGED_COUNTED = new RegExp(
  String.raw`\b(?:charged|indicted|charging|indicting|charges\s+against)\s+${COUNTED_PEOPLE}`,
  'i',
)
/**
 * Whether `^[^.]*\.?[^.]{0,120}?` + CHARGED_COUNTED matches `window`: a charge with its counted people whose text before
 * holds no dot, or one dot at most 120 characters before it. That condition only gets harder to meet further on, so
 * the leftmost charge decides.
 */
export function chargedCountedAhead(window: string): boolean {
  const m = CHARGED_COUNTED.exec(window)
  if (m === null) return false
  const k = m.index
  const d = window.indexOf('.')
  if (d < 0 || d >= k) return true
  const d2 = window.indexOf('.', d + 1)
  return (d2 < 0 || d2 >= k) && k - d - 1 <= 120
}
const COUNTED_PEOPLE_AFTER = new RegExp(String.raw`^\s+${COUNTED_PEOPLE}`, 'i')
const US_BEFORE = /\b(?:U\.S\.|US|American|[Ff]ederal)\s+$/
const TRAILING_POLICE = /,\s+(?:the\s+)?police(?:\s+force)?\s+(?:said|say|says|told|added|stated)\b/i
const OPENING_POLICE =
  /^\W*(?:The\s+)?[Pp]olice\s+(?:(?:also|now|still|had|have|has)\s+)*(?:believe[sd]?|say|said|says|suspect(?:s|ed)?|allege[sd]?|think|thought|concluded|determined|found|identified|stated)\b/
const POLICE_NAME =
  /\b[Pp]olice\b|\bNational Office of Investigation\b|\bNational Investigation\b|\bGuardia Civil\b|\bGendarmerie\b|\bCarabinieri\b|\bPolic[ií]a\b|\bPolizei\b|\bPolitie\b/
const STATE_ACTING_AGENCY = /\b(?:Treasury|Foreign Assets Control|Justice|Attorney|Prosecut\w*|State|Foreign)\b/

/**
 * "The Biden administration", "the Obama administration": a capitalised name before a lower-case "administration" is
 * a US presidency (other governments are named "the X government"). Found where "administration" occurs.
 */
function presidentialAdministrations(text: string, kw: Occurrences): Party[] {
  const out: Party[] = []
  for (let i = firstFrom(kw, 0); i < kw.starts.length; i++) {
    if (ADMINISTRATION_WORD[kw.keys[i]!] !== 1) continue
    const at = kw.starts[i]!
    if (text.charCodeAt(at) !== 97 || isAsciiWordCode(text.charCodeAt(at + 14))) continue
    const m = PRESIDENCY.exec(text.slice(Math.max(0, at - 30), at))
    if (!m) continue
    const s = at - m[0].length + m[0].search(/\S/)
    const e = at + 'administration'.length
    out.push(party(governmentName('United States'), text.slice(s, e), [s, e], 'government', 'United States'))
  }
  return out
}
// "the Biden ": a single capitalised surname after "the", not a word that opens the name of a US agency.
const PRESIDENCY =
  /\b[Tt]he\s+(?!(?:US|U\.S\.|American|Federal|National|Trade|Food|Drug|Social|Security|Small|Business|Transportation|General|Veterans|Energy|Information|Enforcement)\s)[A-Z][a-z]{2,}\s+$/
const ADMINISTRATION_WORD_LIST = ['administration']

/** A nationality adjective before a word for people ("Chinese hackers"), without a word of sponsorship. */
function isNationality(p: Party): boolean {
  return p.kind === 'sponsor' && !SPONSOR_WORD.test(p.text)
}
const SPONSOR_WORD = /sponsor|backed|linked|affiliat|nexus|aligned|directed|controlled|supported|\brun\b|\bstate\b/i
const LEGAL_CUE = /indict|charge|sanction|complaint|warrant/i

/**
 * Counted groups of people near a word of a legal measure (indicted, charges, sanctioned, accused, arrested …): "five
 * Chinese nationals", "the seven defendants", "two Russian military intelligence officers". Found at the occurrences
 * of the head nouns, reading the words before each; a group is a party only for legal cues (see `followingParties`).
 */
function defendantGroups(text: string, kw: Occurrences): Party[] {
  const out: Party[] = []
  for (let i = firstFrom(kw, 0); i < kw.starts.length; i++) {
    if (PEOPLE_HEAD_WORDS[kw.keys[i]!] !== 1) continue
    const at = kw.starts[i]!
    // The whole word only ("men", not "members"), near a word of a legal measure; then the words before it.
    const end = kw.ends[i]!
    if (isAsciiWordCode(text.charCodeAt(end))) continue
    if (!occursIn(kw, LEGAL_WORDS, Math.max(0, at - 160), Math.min(text.length, end + 160))) continue
    // ("according to several people briefed on the breach": sources, not defendants.)
    if (SOURCE_AFTER.test(text.slice(end, end + 24))) continue
    const m = DEFENDANT_GROUP.exec(text.slice(Math.max(0, at - 80), end))
    if (!m) continue
    const s = end - m[1]!.length
    const name = m[1]!.replace(/^the\s+/i, '')
    const group = party(name, m[1]!, [s, end], 'individual')
    group.defendants = true
    out.push(group)
  }
  return out
}
const PEOPLE_HEADS = [
  'nationals',
  'hackers',
  'defendants',
  'officers',
  'citizens',
  'individuals',
  'operatives',
  'suspects',
  'men',
  'people',
  'persons',
  'residents',
  'spies',
  'employees',
]
const COUNT_WORDS = [...SMALL_COUNTS, 'a\\s+dozen', 'several', 'multiple']
const DEFENDANT_GROUP = new RegExp(
  `(?:^|[^\\w-])((?:[Tt]he\\s+)?(?:\\d{1,3}|${COUNT_WORDS.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')})\\s+(?:(?:alleged|suspected|accused|more|other|computer|military|intelligence|cyber|[A-Z][A-Za-z]+(?:-[A-Z][A-Za-z]+)?)\\s+){0,3}(?:${PEOPLE_HEADS.join('|')}))$`,
)
const SOURCE_AFTER = /^\s+(?:familiar|acquainted|briefed|informed|close\s+to|with\s+(?:direct\s+)?knowledge)\b/
// The words of legal measures a counted group of people must stand near.
const LEGAL_STARTS = [
  'indict',
  'charg',
  'sanction',
  'accus',
  'prosecut',
  'convict',
  'arrest',
  'extradit',
  'wanted',
  'criminal',
]

/**
 * The name of a numbered unit of a state body ("Centre 18" of the FSB → "FSB Centre 18", "Unit 26165" → "GRU Unit
 * 26165"); other mentions take the body's name.
 */
export function unitName(b: StateBodyMention): string {
  // "IRGC-CEC", "IRGC-QF": a body's acronym with the acronym of one of its commands names the command.
  if (SUB_ACRONYM.test(b.text) && b.text !== b.body.name) return b.text
  const unit = UNIT.exec(b.text)
  if (!unit) return b.body.name
  // The finder may already name the unit with its parent ("Unit 74455" after "GRU" → "GRU Unit 74455"; "Military Unit
  // 26165" → "GRU Unit 26165": the same number).
  if (b.body.name.includes(unit[0]) || b.body.name.endsWith(` ${unit[1]!}`)) return b.body.name
  return b.text.includes(b.body.name) ? b.text.replace(/^the\s+/i, '') : `${b.body.name} ${unit[0]}`
}
const UNIT = /\b(?:Centre|Center|Unit|Military Unit|Bureau|Department|Directorate|Division|Office)\s+(\d+)\b/
const SUB_ACRONYM = /^[A-Z]{2,6}-[A-Z]{2,4}$/

/** Build the parties a text mentions, from the entity mentions. */
const THREAT_ONLY_BEFORE =
  /\b(?:(?:targets?|prey)\s+for|(?:protect|defend|guard|shield)(?:s|ed|ing)?\s+(?:\w+\s+){0,2}?against)\s+(?:the\s+)?$/i
const GOV_SPONSORED = /^[-\s](?:sponsored|backed|linked|affiliated|directed|controlled|supported|aligned)\b/i
// After a government's possessive: its cyber campaigns or operations (not attacks, told in passing of a war).
// (Not what it could do: "North Korea's cyber-attack capabilities".)
// ("Russia's Doppelganger disinformation campaign", "Russia's destabilising actions abroad": named or described.)
const GOV_CAMPAIGNS =
  /^['’]s\s+(?:(?:own|malicious|offensive|ongoing|persistent|covert)\s+)?(?:[A-Z][\w-]+\s+)?(?:cyber-enabled|cyber|hacking|cyber-?espionage|espionage|disinformation|influence|propaganda|sabotage|hybrid)[\s-]*(?:campaigns?|operations?|activit(?:y|ies)|espionage|schemes?|attacks?)\b(?![\s-]+(?:capabilit|capacit|potential|arsenal|forces?\b|units?\b|doctrine|strateg|programmes?\b|programs?\b))|^['’]s\s+(?:destabili[sz]ing|malign)\s+(?:actions|activities|activity)\b/
// "The organization designated today, the X": a measure's noun, its verb, and the apposition that names it.
const MEASURED_NOUN_BEFORE =
  /\b(?:organi[sz]ations?|entit(?:y|ies)|compan(?:y|ies)|firms?|individuals?|persons?)\s+(?:designated|sanctioned|listed)$|\s(?:targets?|designees?)$/i
const APPOSED_MEASURE_GAP = /^\s*(?:today|on\s+[A-Z]\w+(?:\s+\d{1,2})?)?,\s+(?:the\s+)?$/
/**
 * The agency an official's apposition or "of" phrase names right after the official's name (", a supervisory official
 * in the Justice Department's …", " of the FBI's Cyber Division"), if any.
 */
function servedAgency(
  text: string,
  at: number,
  orgs: OrgMention[],
  orgFrom: (at: number) => OrgMention | undefined,
): OrgMention | undefined {
  const c = text.charCodeAt(at)
  if (c !== 44 && c !== 32) return undefined
  const o = orgFrom(at)
  // ("X, Additional Director General of Police, Maharashtra Cyber, said": a capitalised title, then an agency the
  // text names, here or before.)
  if (c === 44) {
    const titled = TITLE_THEN_AGENCY.exec(text.slice(at, at + 90))
    if (titled) {
      const from = at + titled[0].length
      const named = orgs.find((x) => x.kind === 'agency' && text.startsWith(x.text, from))
      if (named) return named
    }
  }
  if (!o || o.span[0] - at > 80) return undefined
  // (An agency of a known state, or a body found by its shape whose head speaks: "X, director of the Directorate for
  // Information Security, said".)
  if (!((o.kind === 'agency' && o.country) || (o.kind === 'organisation' && SPEAKING_HEAD.test(o.name))))
    return undefined
  const gap = text.slice(at, o.span[0])
  // ("X, a former member of the CSIS, told CBC": a former insider speaks for himself.)
  return SERVED_GAP.test(gap) && !FORMER_WORD.test(gap) ? o : undefined
}
const FORMER_WORD = /\b(?:former|ex|retired|onetime|one-time)\b/
const FORMER_APPOSITION = /^,\s+(?:(?:a|an|the)\s+)?(?:former|ex-|retired)/
// A state's ministry as news names it, by the state's adjective: "Czech foreign ministry".
const STATE_MINISTRY_AS_NEWS =
  /^([A-Z][a-z]+)\s+(?:foreign|defen[cs]e|interior|justice|home|finance|digital\s+affairs)\s+ministry$/
// The heads of a body's name that make a body found by its shape speak for itself ("… Centre", "… Bureau").
const SPEAKING_HEAD =
  /\b(?:Agency|Centre|Center|Bureau|Department|Ministry|Office|Directorate|Command|Team|Police|Council|Board|Administration|Commission|Service|Authority|Prosecution|Prosecutors?|Association)\b/
// A newspaper's last word alone after "the", not opening a longer name: "the Journal", "the Post".
// (Not "the Zeitung": a German paper is not named so in English.)
const MEDIA_SHORT = new RegExp(
  String.raw`\bthe\s+(${NEWSPAPER_HEADS.filter((h) => h !== 'Zeitung').join('|')})\b(?!\s+[A-Z])`,
  'g',
)
// The last word of a newspaper's name.
const MEDIA_HEAD = new RegExp(String.raw`\b(?:${NEWSPAPER_HEADS.join('|')})$`)
const SERVED_GAP =
  /^(?:,\s+(?:(?:the|a|an)\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,5}\s+(?:in|at|of|with|for)\s+(?:the\s+)?|\s+of\s+(?:the\s+)?)$/
const TITLE_THEN_AGENCY = new RegExp(
  String.raw`^,\s+(?:${OFFICER_TITLE}|Secretary|Head|Spokes(?:man|woman|person))(?:\s+of\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?,\s+(?:the\s+)?`,
)
// Titles of a prosecutor's office that name no state ("Attorney General", "U.S. Attorney").
const PROSECUTOR_TITLE = String.raw`(?:Deputy\s+|Assistant\s+|Acting\s+)*Attorney\s+General|U\.?S\.?\s+Attorney`
// ("Senior prosecutor X", "Chief Prosecutor X": a prosecutor of the office the text names.)
const STATE_OFFICE_TITLE = new RegExp(
  String.raw`\b(?:${PROSECUTOR_TITLE}|Special\s+Agent\s+in\s+Charge|[Pp]rosecutor)\b`,
)
// The title of a prosecutor alone (not of an agent in charge).
const PROSECUTOR_TITLE_ONLY = new RegExp(String.raw`^(?:${PROSECUTOR_TITLE})$`)
// "The Foreign Secretary, ", "Australia's Minister for Home Affairs, ": an office, then a comma right before the name.
const APPOSED_OFFICE_BEFORE =
  /(?:^|[.!?]\s+|\n|\b[Tt]he\s+)((?:[A-Z][a-z]+\s+){0,3}(?:Secretary|Minister|Chancellor|Ambassador|Spokes(?:man|woman|person))(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){0,3})?),\s+$/
const ACRONYM_AND = /^(?:[Tt]he\s+)?([A-Z][A-Z0-9-]{1,9})\s+and\s+(?:the\s+)?(?=[A-Z])/

/**
 * Whether "charg" or "indict" lies in the 240 characters from `at` (the window a count after a person is sought in;
 * each of its charges starts a word there, where the keyword pass finds it).
 */
function hasChargeWord(text: string, at: number): boolean {
  return occursIn(KEYWORDS.find(text), CHARGE_WORDS, at, at + 240)
}
/** Whether an agency or a state body is named in apposition right after `at`: ", the BfV,", ", the ASD". */
function namedInApposition(text: string, parties: readonly Party[], at: number): boolean {
  const m = APPOSED_NAME_GAP.exec(text.slice(at, at + 8))
  if (!m) return false
  const start = at + m[0].length
  return parties.some((p) => p.span[0] === start && (p.kind === 'agency' || p.kind === 'state-body'))
}
const APPOSED_NAME_GAP = /^,\s+(?:the\s+)?/
/** Whether "according to (the) (X's)" stands right before `at`: a source a claim is credited to. */
function creditedBefore(text: string, at: number): boolean {
  return ACCORDING_TO_BEFORE.test(text.slice(Math.max(0, at - 18), at))
}
// The trade of a security firm right before its name: "the cybersecurity firm", "US cyber firm", "threat intelligence
// company", "security research firm".
const SECURITY_TRADE_BEFORE =
  /\b(?:(?:cyber)?security|cyber|threat[\s-]intelligence|security[\s-]research|incident[\s-]response)\s+(?:firm|company|vendor|provider|consultancy)\s+$/i
/** Between a person and the firm an apposition says the person works at: ", director of threat intelligence at ". */
// "its director, ", "their chief research officer, ": a title the possessive gives to the body named before.
const ITS_OFFICIAL_BEFORE =
  /\b(?:its|their)\s+(?:[a-z][\w-]*\s+){0,3}?(?:director|head|chief|founder|spokes(?:man|woman|person)|president|chair(?:man|woman)?|executive|researcher|analyst|lead|manager|officer),\s+$/
// "…, the lab said", "…, the agency said": the body or firm the possessive before the official named, by its noun.
const OWNER_SPEAKS_AFTER =
  /^,\s+the\s+(lab|laboratory|firm|company|group|organi[sz]ation|agency|bureau|office|ministry|department|service|centre|center)\s+(?:(?:has|had|also)\s+)?(?:said|says|stated|wrote|added|reported|announced|concluded|found)\b/i
const FIRM_NOUN = /^(?:lab|laboratory|firm|company|group|organi[sz]ation)$/i
const FIRM_OFFICIAL_GAP = /^,\s+(?:(?:the|a|an)\s+)?[a-z][^,;.()]{0,60}?\b(?:at|of|with|for)\s+(?:the\s+)?$/
// A list of state adjectives after the first one: a separator, then up to five adjectives of one or two words.
const ADJ_LIST_SEP = String.raw`(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)`
const ADJ_LIST_WORD = String.raw`[A-Z][a-z]+(?:\s[A-Z][a-z]+)?`
const ADJ_LIST_AFTER = new RegExp(`^${ADJ_LIST_SEP}(?:${ADJ_LIST_WORD}${ADJ_LIST_SEP}){0,4}${ADJ_LIST_WORD}`)
const ADJ_LIST_SEPARATOR = new RegExp(ADJ_LIST_SEP)
/** Whether a list of state adjectives goes on after `at` and its last one carries a sponsor claim or a group noun. */
function adjectiveListSponsored(text: string, at: number): boolean {
  const c = text.charCodeAt(at)
  if (c !== 44 && !text.startsWith(' and ', at) && !text.startsWith(' or ', at)) return false
  const list = ADJ_LIST_AFTER.exec(text.slice(at, at + 90))
  if (!list) return false
  for (const w of list[0].split(ADJ_LIST_SEPARATOR)) if (w !== '' && !countryNamed(w)) return false
  const rest = text.slice(at + list[0].length, at + list[0].length + 40)
  return ADJ_CUE.test(rest) || GROUP_NOUN.test(rest)
}
export function buildParties(input: {
  text: string
  actors: ActorMention[]
  countries: CountryMention[]
  bodies: StateBodyMention[]
  orgs: OrgMention[]
  people: PersonMention[]
  personCountry: (p: PersonMention) => string | undefined
}): Party[] {
  const { text } = input
  const parties: Party[] = []
  for (const a of input.actors) {
    const p = party(a.canonical, a.mention, a.span, 'actor')
    p.canonical = a.canonical
    if (a.actorId) p.actorId = a.actorId
    parties.push(p)
  }
  const bodies = input.bodies
  for (let i = 0; i < bodies.length; i++) {
    const b = bodies[i]!
    const next = bodies[i + 1]
    // "FSB Centre 18": the body's name before its numbered unit is one party, the unit.
    if (
      next &&
      next.body.name === b.body.name &&
      UNIT.test(next.text) &&
      /^\s$/.test(text.slice(b.span[1], next.span[0]))
    ) {
      const span: Span = [b.span[0], next.span[1]]
      const name = unitName(next)
      parties.push(party(name, text.slice(span[0], span[1]), span, 'state-body', b.body.country))
      i++
      continue
    }
    parties.push(party(unitName(b), b.text, b.span, 'state-body', b.body.country))
  }
  for (const o of input.orgs) {
    const kind: PartyKind =
      o.kind === 'agency' || o.kind === 'government-body'
        ? 'agency'
        : o.kind === 'alliance'
          ? 'alliance'
          : o.kind === 'vendor'
            ? 'vendor'
            : o.kind === 'company'
              ? 'vendor'
              : 'agency'
    if (o.kind === 'embassy' || o.kind === 'international') continue
    // A company named only as what a link ends with: a party the link names, never a speaker.
    if (o.linkedTo) {
      const company = party(o.name, o.text, o.span, 'company')
      company.company = true
      parties.push(company)
      continue
    }
    // "Department 53", "the 313 General Bureau": a body named by its number is a state's unit, a party a link or a
    // measure names, not a speaker.
    if (o.kind === 'organisation' && isNumberedBody(o.name)) {
      parties.push(party(o.name, o.text, o.span, 'state-body'))
      continue
    }
    // A company found by its shape is a party a sanction or charge can name, never a speaker; unless the text calls it
    // a security firm ("the cybersecurity firm Pikestaff Partners said").
    if (o.kind === 'organisation' && COMPANY_HEAD.test(o.name)) {
      if (SECURITY_TRADE_BEFORE.test(text.slice(Math.max(0, o.span[0] - 40), o.span[0]))) {
        parties.push(party(o.name, o.text, o.span, 'vendor'))
        continue
      }
      const company = party(o.name, o.text, o.span, 'company')
      company.company = true
      parties.push(company)
      continue
    }
    // A newspaper found by its shape ("The Washington Times", "the Dong-A Ilbo") speaks as a company does.
    if (o.kind === 'organisation' && MEDIA_HEAD.test(o.name)) {
      const outlet = party(o.name, o.text, o.span, 'vendor')
      outlet.media = true
      parties.push(outlet)
      continue
    }
    // A name found by its shape speaks for itself only when it is an agency ("… Centre", "… Bureau"), or a state's
    // ministry named as news names it ("the Czech foreign ministry": the state's, by its adjective).
    if (o.kind === 'organisation' && !SPEAKING_HEAD.test(o.name)) {
      const ministry = STATE_MINISTRY_AS_NEWS.exec(o.name)
      const country = ministry ? countryNamed(ministry[1]!) : undefined
      if (!country) continue
      const p = party(o.name, o.text, o.span, 'agency')
      p.country = country
      parties.push(p)
      continue
    }
    // "MIVD and the General Intelligence and Security Service (AIVD)": an acronym listed before the named body is a
    // party of its own (two services that speak together).
    // (ACRONYM_AND holds " and ": other names are not tried.)
    const pair = o.text.includes('and') ? ACRONYM_AND.exec(o.text) : null
    if (pair) {
      const a = o.span[0] + pair[0].indexOf(pair[1]!)
      const first = party(pair[1]!, pair[1]!, [a, a + pair[1]!.length], kind)
      const at = o.span[0] + pair[0].length
      const second = party(o.name, o.text.slice(pair[0].length), [at, o.span[1]], kind)
      if (o.country) first.country = second.country = o.country
      parties.push(first, second)
      continue
    }
    const p = party(o.name, o.text, o.span, kind)
    if (o.country) p.country = o.country
    if (o.kind === 'company') p.company = true
    if (o.kind === 'company' && (MEDIA_NAMES.has(o.name) || o.media)) p.media = true
    parties.push(p)
  }
  // "The Council today imposed restrictive measures …" in a text that names the EU: the Council of the EU, the Union's
  // voice (not in a text that names another council: the Council of Europe, a security council, NATO's).
  if (textHas(text, ' Council') || text.startsWith('Council')) euCouncils(text, parties)
  // "according to the Journal", "the Post reported": a newspaper named again by the last word of its name.
  const outlets = parties.filter((p) => p.media && MEDIA_HEAD.test(p.name))
  if (outlets.length)
    for (const m of text.matchAll(MEDIA_SHORT)) {
      const at = m.index + m[0].length - m[1]!.length
      const span: Span = [at, at + m[1]!.length]
      if (taken(parties, span)) continue
      let named: Party | undefined
      for (const o of outlets) if (o.span[1] <= at && o.name.endsWith(m[1]!)) named = o
      if (!named) continue
      const again = party(named.name, m[1]!, span, 'vendor')
      again.media = true
      parties.push(again)
    }
  // "on-chain investigator ZachXBT", "independent researcher Hexfall": a researcher known by one name speaks, here and
  // wherever the name comes back.
  if (RESEARCHER_WORDS.some((w) => textHas(text, w)))
    for (const m of text.matchAll(RESEARCHER_NAMED)) {
      const name = m[1]!
      if (parties.some((q) => q.name === name)) continue
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
        const span: Span = [at, at + name.length]
        if (
          isAsciiWordCode(text.charCodeAt(at - 1)) ||
          isAsciiWordCode(text.charCodeAt(span[1])) ||
          taken(parties, span)
        )
          continue
        parties.push(party(name, name, span, 'person'))
      }
    }
  // A text that imposes a listing (sanctions, restrictive measures, designations) names its people by their part in a
  // group too ("A and B played a key role in deploying … and are involved in the X group").
  const listing = input.people.length > 0 && LISTING.test(text)
  // The last person made a party, for the others listed after it ("designating A, B, C and D as members of …").
  let lastNamed: Span | undefined
  // Where the surname of each speaking party has been sought from (unsoughtUntil).
  const surnameSought = new Map<string, number>()
  // (The first organisation from a point on, for the agency a person serves: made when first asked.)
  let orgFrom: ((at: number) => OrgMention | undefined) | undefined
  for (const person of input.people) {
    // A person the text charges can be the party a legal measure names ("X has been indicted"); so can a person a
    // sanction or a finding names: "a sanction on Russian national X", "have linked X to the compromise", "X
    // sanctioned over …".
    if (
      person.charged ||
      (lastNamed !== undefined &&
        person.span[0] - lastNamed[1] < 12 &&
        PEOPLE_LIST_GAP.test(text.slice(lastNamed[1], person.span[0]))) ||
      // (An official too: "X, the head of the GRU, is listed because …".)
      MEASURE_AFTER_PERSON.test(text.slice(person.span[1], person.span[1] + 90)) ||
      // "Khoroshev is the person behind the online persona LockBitSupp".
      PERSON_BEHIND_AFTER.test(text.slice(person.span[1], person.span[1] + 60)) ||
      // "… arrested A and B on Tuesday. Prosecutors have charged both men …": the people a count refers back to.
      (hasChargeWord(text, person.span[1]) && chargedCountedAhead(text.slice(person.span[1], person.span[1] + 240))) ||
      // "listed the company X, together with its chief executive A and its owner B": the company's people a listing
      // names with it.
      (listing && COMPANY_PEOPLE_BEFORE.test(text.slice(Math.max(0, person.span[0] - 50), person.span[0]))) ||
      // ("OFAC designated X, a Russian national who …": a description in apposition is no title before the name.)
      ((!person.title || APPOSED_TITLE.test(person.title)) &&
        MEASURE_BEFORE_PERSON.test(text.slice(Math.max(0, person.span[0] - 100), person.span[0]))) ||
      (!person.title && listing && PART_IN_GROUP_AFTER.test(text.slice(person.span[1], person.span[1] + 120))) ||
      // "accused US Senator X of involvement in the attack": a person accused of the act by name.
      accusedOfAct(text, person.span)
    ) {
      parties.push(party(person.name, person.text, person.span, 'individual'))
      lastNamed = person.span
      continue
    }
    // "The Foreign Secretary, David Cameron, said": a title of office in apposition before the name is the person's.
    if (!person.title && text.charCodeAt(person.span[1]) === 44) {
      const apposed = APPOSED_OFFICE_BEFORE.exec(text.slice(Math.max(0, person.span[0] - 80), person.span[0]))
      if (apposed) person.title = apposed[1]!
    }
    if (!person.title) continue
    // "FBI Director Christopher Wray": the agency in the title speaks; its official is no second party.
    const title = person.title
    if (
      anyOverlaps(
        parties,
        [person.span[0] - 40, person.span[0]],
        (q) =>
          q.kind === 'agency' &&
          q.span[1] <= person.span[0] &&
          person.span[0] - q.span[1] < 40 &&
          // ("FBI Deputy Director David Bowdich": the title the person mention carries may follow the agency's name.)
          (title.includes(q.text) || text.slice(q.span[1], person.span[0]).trim() === title),
      )
    )
      continue
    // "Paul Chichester, the NCSC's Director of Operations,": the agency whose official the apposition names speaks.
    if (
      anyOverlaps(
        parties,
        [person.span[1] + 1, person.span[1] + 9],
        (q) =>
          q.kind === 'agency' &&
          q.span[0] > person.span[1] &&
          q.span[0] - person.span[1] <= 8 &&
          /^,\s+(?:the\s+)?$/.test(text.slice(person.span[1], q.span[0])) &&
          /^['’]s\s/.test(text.slice(q.span[1], q.span[1] + 3)),
      )
    )
      continue
    // "Citizen Lab … In a statement attributed to its director, Ron Deibert, the lab said": an official named by the
    // possessive of the body or firm that then speaks by its common noun is that body or firm, the last of its kind
    // named before.
    const ownerNoun = ITS_OFFICIAL_BEFORE.test(text.slice(Math.max(0, person.span[0] - 60), person.span[0]))
      ? OWNER_SPEAKS_AFTER.exec(text.slice(person.span[1], person.span[1] + 50))
      : null
    if (ownerNoun) {
      const firm = FIRM_NOUN.test(ownerNoun[1]!)
      let owner: OrgMention | undefined
      for (const o of input.orgs)
        if (o.span[1] <= person.span[0] && (firm ? o.kind === 'vendor' : o.kind === 'agency') && !o.media) owner = o
      if (owner) {
        parties.push(party(owner.name, person.text, person.span, owner.kind === 'agency' ? 'agency' : 'vendor'))
        continue
      }
    }
    // "Arkham analyst Emmett Gallic", "Mandiant researcher X": a company's researcher speaks for the company the title
    // names (by its name or the name's first word: "Arkham" for "Arkham Intelligence").
    const employer = RESEARCHER_TITLE.test(title)
      ? input.orgs.find(
          (o) =>
            (o.kind === 'vendor' || o.kind === 'company') &&
            (title.startsWith(o.text) || title.startsWith(`${o.text.split(' ')[0]!} `)),
        )
      : undefined
    if (employer) {
      parties.push(party(employer.name, person.text, person.span, 'vendor'))
      continue
    }
    // "Matt Olney, director of threat intelligence at Cisco Talos, said": a firm's official speaks for the firm the
    // apposition names (a person still: "He wrote that …" points back to him).
    orgFrom ??= firstStartingAtOrAfter(input.orgs)
    const next = orgFrom(person.span[1])
    const firm =
      next &&
      (next.kind === 'vendor' || next.kind === 'company') &&
      next.span[0] - person.span[1] <= 80 &&
      FIRM_OFFICIAL_GAP.test(text.slice(person.span[1], next.span[0]))
        ? next
        : undefined
    let p: Party
    // "X, a supervisory official in the Justice Department's National Security Division, said", "Assistant Director X
    // of the FBI's Cyber Division said": the official speaks for the agency the apposition names.
    const served = firm ? undefined : servedAgency(text, person.span[1], input.orgs, orgFrom)
    // "Attorney General Merrick B. Garland" in the Justice Department's release: an official of a prosecuting office
    // whose title names no state speaks for the first agency the text names.
    const lead =
      served ??
      (STATE_OFFICE_TITLE.test(title) && !input.countries.some((c) => title.includes(c.text))
        ? // (The prosecuting office the text names first; a US federal case's with none named: "A federal grand jury
          // … returned an indictment …, Attorney General X announced".)
          // ("The Swedish Prosecution Authority", found by its shape, has no state recorded.)
          (input.orgs.find(
            (o) =>
              ((o.kind === 'agency' && o.country !== undefined) || o.kind === 'organisation') &&
              PROSECUTOR.test(o.name),
          ) ??
          (PROSECUTOR_TITLE_ONLY.test(title) && US_CASE.test(text)
            ? knownOrgNamed('Department of Justice')
            : input.orgs.find((o) => o.kind === 'agency' && o.country !== undefined)))
        : undefined)
    if (lead) p = party(lead.name, person.text, person.span, 'agency', lead.country!)
    else if (firm) p = party(firm.name, person.text, person.span, 'person')
    else {
      // ("Michel Dubois, a former member of the CSIS," or "former ambassador X": a former official speaks for himself.)
      const former =
        FORMER_APPOSITION.test(text.slice(person.span[1], person.span[1] + 30)) ||
        (person.title !== undefined && FORMER_WORD.test(person.title))
      const c = former ? undefined : input.personCountry(person)
      p = party(c ? governmentName(c) : person.name, person.text, person.span, 'person')
      if (c) p.country = c
    }
    parties.push(p)
    PERSON_VOICES.add(p)
    // "Gawkowski wrote on X", "…, Wray said": the official named again by surname speaks as at the first mention.
    const surname = surnameOf(person.name)
    if (!surname) continue
    const key = `${surname}\u0000${p.name}\u0000${p.kind}\u0000${p.country ?? ''}`
    const until = unsoughtUntil(surnameSought, key, person.span[1], text.length)
    for (const at of wordStartOccurrences(text, surname, person.span[1], until)) {
      const end = at + surname.length
      if (/[\w'’-]/.test(text[at - 1] ?? '') || /\w/.test(text[end] ?? '')) continue
      if (!SURNAME_SPEAKS.test(text.slice(end, end + 40)) || taken(parties, [at, end])) continue
      const again = party(p.name, surname, [at, end], p.kind, p.country)
      parties.push(again)
      PERSON_VOICES.add(again)
    }
  }
  const kw = KEYWORDS.find(text)
  // "the Biden administration", "the Trump administration": the US government by its president's name.
  for (const a of presidentialAdministrations(text, kw)) if (!taken(parties, a.span)) parties.push(a)
  // "five Chinese nationals", "seven computer hackers": counted people a legal measure names; the nationality inside is
  // theirs, no sponsor.
  for (const d of defendantGroups(text, kw)) if (!taken(parties, d.span)) parties.push(d)
  // Governments written out: "the UK government", "New Zealand's authorities", "the Government of Canada".
  // The states listed after "the governments of".
  const govList = new Set<Party>()
  coordinatedOfficials(text, input.countries, parties)
  for (const c of input.countries) {
    if (taken(parties, c.span)) continue
    // "the Ministry of State Security of China": the state that closes a state body's name is part of the name.
    if (
      anyOverlaps(
        input.bodies,
        [c.span[0] - 10, c.span[0]],
        (b) => b.span[1] < c.span[0] && c.span[0] - b.span[1] <= 9 && OF_STATE.test(text.slice(b.span[1], c.span[0])),
      )
    )
      continue
    // "pro-Russian hackers", "anti-Western groups": sympathy or hostility, neither a state nor its sponsorship.
    if (
      c.span[0] >= 4 &&
      text.charCodeAt(c.span[0] - 1) === 45 &&
      /\b(?:pro|anti)-$/i.test(text.slice(c.span[0] - 5, c.span[0]))
    )
      continue
    // "Latin America", "South America": a region, not the United States.
    if (
      c.text === 'America' &&
      /\b(?:Latin|South|Central|North)\s+$/.test(text.slice(Math.max(0, c.span[0] - 10), c.span[0]))
    )
      continue
    // The four expressions read the 40 characters after the state; each needs a word of STATE_NEXT_WORDS first.
    const afterEnd = Math.min(text.length, c.span[1] + 40)
    const worded = STATE_NEXT_WORDS.has(wordAfterState(text, c.span[1], afterEnd))
    const after = worded ? text.slice(c.span[1], afterEnd) : ''
    const gov = worded ? GOV_AFTER.exec(after) : null
    const before = text.slice(Math.max(0, c.span[0] - 24), c.span[0])
    // "the Government of Canada", "officials in the Czech Republic", "authorities in Seoul".
    const govOf =
      before.includes('overnment') || before.includes('fficials') || before.includes('uthorities')
        ? /\b(?:[Gg]overnments?\s+of|(?:[Ss]enior\s+|[Gg]overnment\s+)?(?:[Oo]fficials|[Aa]uthorities)\s+(?:in|from))\s+(?:the\s+)?$/.exec(
            before,
          )
        : null
    // "the governments of the United States and South Korea": the states listed after the plural are governments too.
    const last = parties[parties.length - 1]
    const listedGov =
      !gov &&
      !govOf &&
      last?.kind === 'government' &&
      (/^[Gg]overnments\s/.test(last.text) || govList.has(last)) &&
      STATE_LIST_GAP.test(text.slice(last.span[1], c.span[0]))
    if (listedGov) {
      const p = party(governmentName(c.country), c.text, c.span, 'government')
      p.country = c.country
      govList.add(p)
      parties.push(p)
      continue
    }
    // "Finland's security service", "the Dutch military intelligence service": an agency of the state named by what it
    // does, as written (no state body: those of the states the text accuses were found as such before).
    // (Also the state's services speaking together, as written: "Dutch intelligence agencies say", "South Korea's
    // security services named".)
    // ("According to US intelligence agencies, …": the services a claim is credited to, a source cited.)
    // (Read only where a wording asks: most states have none after them.)
    let creditedRead: boolean | undefined
    const described =
      worded &&
      !govOf &&
      (!gov ||
        (/(?:agencies|services|intelligence)$/i.test(gov[0]) &&
          (SPEAKS_AFTER.test(
            text.slice(c.span[1] + gov[0].length, c.span[1] + gov[0].length + 30).replace(ON_DAY, ''),
          ) ||
            (creditedRead ??= creditedBefore(text, c.span[0])))))
        ? DESCRIBED_AGENCY.exec(after)
        : null
    // ("Tokyo police": a city's force, not its state's: the force as written, which speaks; the city is no state.)
    if (described && c.form === 'metonym' && /police/i.test(described[0])) {
      const span: Span = [c.span[0], c.span[1] + described[0].length]
      if (!taken(parties, span)) {
        const name = text.slice(span[0], span[1])
        parties.push(party(name, name, span, 'agency', c.country))
      }
      continue
    }
    if (described) {
      const s = /\bthe\s+$/i.test(text.slice(Math.max(0, c.span[0] - 4), c.span[0])) ? c.span[0] - 4 : c.span[0]
      const span: Span = [c.span[0], c.span[1] + described[0].length]
      // ("Germany's domestic intelligence agency, the BfV, said": the body named in apposition is the one that speaks.)
      if (namedInApposition(text, parties, span[1])) continue
      if (!taken(parties, [s, span[1]])) {
        // ("Ukraine's security service": the body the gazetteer knows as "Security Service of Ukraine", where it does.)
        const known =
          described[0].startsWith("'") || described[0].startsWith('’') ? knownOrgOf(described[0], c.country) : undefined
        // ("the Danish cyber agency" in a text that names Denmark's Centre for Cyber Security: that agency.)
        const named = known ?? namedAgencyOf(text, parties, c.country, described[0])
        parties.push(
          party(
            named ?? text.slice(span[0], span[1]),
            text.slice(s, span[1]),
            span,
            // (Several services speaking together are their state's voice, which co-signs; one is an agency; a state's
            // military intelligence is a body a link names.)
            // (A source cited co-signs nothing.)
            /(?:ies|services|authorities)$/i.test(described[0]) && !(creditedRead ??= creditedBefore(text, c.span[0]))
              ? 'government'
              : /military\s+intelligence$/i.test(described[0])
                ? 'state-body'
                : 'agency',
            c.country,
          ),
        )
        continue
      }
    }
    if (gov || govOf) {
      const s = govOf ? c.span[0] - govOf[0].length : c.span[0]
      const e = gov ? c.span[1] + gov[0].length : c.span[1]
      // "Iranian government-sponsored actors", "the Chinese state-backed group": the government as sponsor.
      let sponsored =
        gov && GOVERNMENT_OR_STATE.test(lastWord(gov[0].trim())) ? GOV_SPONSORED.exec(text.slice(e, e + 40)) : null
      // ("a Taiwanese government-affiliated research center": the state's own body, hit by the attack.)
      if (sponsored && VICTIM_NOUN_AFTER.test(text.slice(e + sponsored[0].length, e + sponsored[0].length + 50)))
        sponsored = null
      if (sponsored && !taken(parties, [s, e + sponsored[0].length])) {
        parties.push(stateParty(text, c.country, s, e + sponsored[0].length, 'sponsor'))
        continue
      }
      // "the Russian government's cyber campaigns against the United States": the campaigns are the government's.
      const campaigns =
        gov && !govOf && GOVERNMENT_OR_STATE.test(lastWord(gov[0].trim()))
          ? GOV_CAMPAIGNS.exec(text.slice(e, e + 50))
          : null
      if (campaigns && !taken(parties, [s, e + campaigns[0].length])) {
        parties.push(stateParty(text, c.country, s, e + campaigns[0].length, 'sponsor'))
        continue
      }
      // "the Russian intelligence services": the state's services as one body, named as written (annotators keep them
      // apart from the government).
      if (
        gov &&
        !govOf &&
        c.form === 'adjective' &&
        /intelligence\s+(?:services|agencies)$/i.test(gov[0]) &&
        !SPEAKS_AFTER.test(text.slice(e, e + 30)) &&
        !taken(parties, [s, e])
      ) {
        const name = text.slice(s, e).replace(/\s+/g, ' ')
        parties.push(party(name, text.slice(s, e), [s, e], 'state-body', c.country))
        continue
      }
      // "South Korea's National Intelligence Service": the words after the state begin its agency's name.
      if (!taken(parties, [s, e])) parties.push(stateParty(text, c.country, s, e, 'government'))
      continue
    }
    // "attackers reputedly linked to Russia", "hackers tied to China": unnamed attackers linked to a state, as "Chinese
    // hackers" (the sponsor party spans the description); "a state-sponsored actor based in China": the state such an
    // actor works from is its sponsor.
    // (Each expression ends with its last word and white space: it runs only where one such word ends the stretch.)
    if (
      c.form === 'noun' &&
      (describedSponsor(text, c, parties, TO_WITH, NO_WORDS, GROUP_LINKED_BEFORE, 12, 60) ||
        describedSponsor(text, c, parties, IN_FROM, THE_WORD, SPONSORED_BASED_BEFORE, 24, 70))
    )
      continue
    // Adjectives that carry a sponsor claim: "Chinese state-sponsored", "Russia-linked", "a Russian APT group".
    let adj = worded ? ADJ_CUE.exec(after) : null
    // "Australia supported the case": without a hyphen the word may be the state's own verb, with its object after it.
    if (adj && !adj[0].includes('-') && VERB_OBJECT_AFTER.test(after.slice(adj[0].length, adj[0].length + 8)))
      adj = null
    // "a Taiwanese government-affiliated research center": what the state runs, a victim, not a sponsored actor.
    if (adj && VICTIM_NOUN_AFTER.test(after.slice(adj[0].length, adj[0].length + 50))) adj = null
    let grp = worded && (c.form === 'adjective' || c.form === 'noun') ? GROUP_NOUN.exec(after) : null
    // "what authorities said was likely a Russian cyberattack": an attack only as what something was, not "Russian
    // cyberattacks on Ukraine" told in passing.
    if (
      grp &&
      /attack|operation|campaign|activit/.test(grp[0]) &&
      !ATTACK_WAS_BEFORE.test(text.slice(Math.max(0, c.span[0] - 30), c.span[0]))
    )
      grp = null
    // "an attractive target for North Korean hackers", "to defend against Russian hackers": hackers only as a threat.
    if (grp && THREAT_ONLY_BEFORE.test(text.slice(Math.max(0, c.span[0] - 40), c.span[0]))) grp = null
    if (adj || grp) {
      const e = c.span[1] + (adj ? adj[0].length : (grp?.[0].length ?? 0))
      parties.push(party(governmentName(c.country), text.slice(c.span[0], e), [c.span[0], e], 'sponsor', c.country))
      continue
    }
    // "Russian, Chinese and Iranian state-sponsored threat actors": each adjective of a list whose last one carries the
    // sponsor claim carries it too.
    if (c.form === 'adjective' && adjectiveListSponsored(text, c.span[1])) {
      parties.push(party(governmentName(c.country), c.text, c.span, 'sponsor', c.country))
      continue
    }
    // "aligns with Russian interests", "serves Chinese objectives": the state whose goals the activity serves.
    if (
      c.form === 'adjective' &&
      spacedWordIn(text, c.span[1], c.span[1] + 40, STATE_GOAL_FIRST_WORDS) &&
      STATE_GOAL_AFTER.test(text.slice(c.span[1], c.span[1] + 40)) &&
      SERVING_BEFORE.test(text.slice(Math.max(0, c.span[0] - 24), c.span[0]))
    ) {
      const e = c.span[1]
      parties.push(party(governmentName(c.country), text.slice(c.span[0], e), [c.span[0], e], 'sponsor', c.country))
      continue
    }
    if (c.form === 'adjective') continue
    // "North Korea's cyber-enabled schemes to evade sanctions": the state's own operations.
    if (c.form === 'noun' && (text.charCodeAt(c.span[1]) === 39 || text.charCodeAt(c.span[1]) === 0x2019)) {
      const own = GOV_CAMPAIGNS.exec(text.slice(c.span[1], c.span[1] + 50))
      if (own && !taken(parties, [c.span[0], c.span[1] + own[0].length])) {
        parties.push(stateParty(text, c.country, c.span[0], c.span[1] + own[0].length, 'sponsor'))
        continue
      }
    }
    // "US security firm ties …", "a U.K. cybersecurity company said": the state only qualifies a company.
    if (worded && COMPANY_QUALIFIED.test(after)) continue
    parties.push(party(governmentName(c.country), c.text, c.span, 'country', c.country))
  }
  // "The U.S. authoring agencies", "the partner agencies": a group of agencies speaking together.
  for (const m of agencyGroups(text, kw)) {
    const span: Span = [m.index, m.index + m[0].length]
    if (taken(parties, span)) continue
    const country = m[1] ? (/U\.?K/.test(m[1]) ? 'United Kingdom' : 'United States') : undefined
    // Without a country: the joint authors, one attributor each (see `JOINT_VOICE`).
    const p = party(country ? m[0].replace(/^the\s+/i, '') : JOINT_VOICE, m[0], span, 'agency')
    if (country) p.country = country
    parties.push(p)
  }
  // "Court documents allege", "prosecutors say": the prosecuting authority the text names speaks through them.
  const legal = matchAtOccurrences(LEGAL_VOICE, text, 0, kw, LEGAL_VOICE_WORDS)
  if (legal.length) {
    const authority = input.orgs.find((o) => PROSECUTOR.test(o.name))
    for (const m of legal) {
      const span: Span = [m.index, m.index + m[0].length]
      if (taken(parties, span)) continue
      // A grand jury is a US institution: with no prosecuting authority named, the US government's charge.
      // (A release in which the Attorney General or a U.S. Attorney announces it: the Justice Department's charge.)
      // "German federal prosecutors", "prosecutors in Germany": another state's, though "federal" alone is read as the
      // US's below.
      const abroad = /^prosecutors/i.test(m[0]) ? prosecutorsAbroad(text, span) : undefined
      const grand = !authority && /^grand/i.test(m[0])
      const byAttorney = grand && US_ATTORNEY_TITLE.test(text)
      const jury = grand && !byAttorney
      // "U.S. prosecutors charged …" with no authority named: the US Department of Justice's.
      // "A federal grand jury indictment", "a U.S. criminal complaint": likewise.
      const usProsecutors =
        byAttorney ||
        (!authority &&
          ((/^prosecutors/i.test(m[0]) && !abroad && US_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) ||
            (/^(?:indictment|criminal)/i.test(m[0]) &&
              US_FILING_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) ||
            // "The indictment alleges …" in a text that names a federal case or a US Attorney (General) and no
            // prosecuting authority: the Justice Department's document.
            (/^(?:the\s+)?(?:indictment|(?:\w+\s+)?complaints?|court|charging)/i.test(m[0]) &&
              (US_CASE.test(text) || US_ATTORNEY_TITLE.test(text)))))
      // "British prosecutors", "Dutch prosecutors": another state's prosecution, its government's charge.
      const foreign = usProsecutors ? undefined : abroad
      if (foreign && authority?.country !== foreign) {
        const g = party(governmentName(foreign), m[0], span, 'government')
        g.country = foreign
        parties.push(g)
        continue
      }
      const p = party(
        authority?.name ??
          (jury
            ? governmentName('United States')
            : usProsecutors
              ? knownOrgNamed('Department of Justice')!.name
              : m[0]),
        m[0],
        span,
        jury ? 'government' : 'agency',
      )
      if (authority?.country) p.country = authority.country
      else if (jury || usProsecutors) p.country = 'United States'
      parties.push(p)
    }
  }
  // Every match of /\b[Ww]e\b/g starts where "we" occurs (any case), and two matches cannot overlap.
  for (const m of matchAtOccurrences(WE, text, 0, kw, WE_WORD))
    parties.push(party('we', m[0], [m.index, m.index + 2], 'we'))
  // "Our researchers attribute", "In our assessment": the author's own voice.
  for (const m of matchAtOccurrences(OUR, text, 0, kw, OUR_WORD))
    parties.push(party('we', m[0], [m.index, m.index + m[0].length], 'we'))
  speakingBodiesAndAccusedAgencies(text, parties)
  anonymousSources(text, parties)
  mediaSources(text, parties)
  relayedSources(text, parties)
  qualifiedSources(text, parties)
  expertSources(text, parties)
  namedSpeakers(text, parties, input.people)
  // (A body named right before its official's title and name speaks through that person: "FBI Director Christopher
  // Wray".)
  for (const p of parties)
    if (p.kind === 'agency' && TITLED_OFFICIAL_AFTER.test(text.slice(p.span[1], p.span[1] + 70))) PERSON_VOICES.add(p)
  spywareParties(text, parties)
  pluralDemonyms(text, parties)
  return sortByStart(parties)
}

/**
 * "the Israelis were believed to have been behind it", "the Saudis were responsible", "the Russians had hacked": a
 * state's people named in the plural with the article, as the subject of a verb, stand for its government (which is
 * how annotators record them). Not elsewhere: "attacks on Russians", "Iranians living abroad" name people.
 */
function pluralDemonyms(text: string, parties: Party[]): void {
  if (!text.includes('s ')) return
  for (const m of text.matchAll(PLURAL_DEMONYM)) {
    const country = PLURAL_DEMONYMS.get(m[2]!)
    if (!country) continue
    const at = m.index + m[0].indexOf(m[2]!)
    const span: Span = [at, at + m[2]!.length]
    if (taken(parties, span)) continue
    const p = party(governmentName(country), m[2]!, span, 'government')
    p.country = country
    parties.push(p)
  }
}
/** "Israelis" → Israel, "North Koreans" → North Korea: the plural of each adjective ending in -n or -i. */
const PLURAL_DEMONYMS: ReadonlyMap<string, string> = new Map(
  COUNTRIES.flatMap((c) => c.adjectives.filter((a) => /[ni]$/.test(a)).map((a) => [`${a}s`, c.name] as const)),
)
const PLURAL_DEMONYM =
  /\b([Tt]he\s+)([A-Z][a-z]+(?:\s[A-Z][a-z]+)?s)(?=\s+(?:(?:\w+ly|also|themselves)\s+)?(?:were|was|are|is|had|have|has|may|might|could|would|must|did|stood|stand|sent|hacked|broke|carried|used|targeted|stole|launched|tried|attempted|planted|ordered|directed|ran|run|spied)\b)/g

/**
 * Marks the commercial spyware vendors among the parties: a known one (SPYWARE_PRODUCTS), or a company the text calls
 * one ("the Israeli spyware maker X", "X, an Israeli private seller of surveillance systems"): parties an attribution,
 * an accusation or a finding of ownership may name (`SPYWARE_CUES`, SPYWARE_NAMING_CUE).
 */
function spywareParties(text: string, parties: Party[]): void {
  for (const p of parties)
    if (
      (p.kind === 'vendor' || p.kind === 'company') &&
      (SPYWARE_PRODUCTS.has(p.name) ||
        SPYWARE_TRADE_BEFORE.test(text.slice(Math.max(0, p.span[0] - 50), p.span[0])) ||
        SPYWARE_TRADE_AFTER.test(text.slice(p.span[1], p.span[1] + 90)))
    )
      p.spyware = true
}
/** A product of the vendors SPYWARE_PRODUCTS knows ("Pegasus", "Predator") as the last word. */
const SPYWARE_PRODUCT_BEFORE = new RegExp(
  String.raw`\b(?:${[...new Set([...SPYWARE_PRODUCTS.values()].flat())].join('|')})\s+$`,
)
// "the Israeli spyware maker", "surveillance vendor", "the hack-for-hire firm": the trade of a company named next.
const SPYWARE_TRADE_BEFORE =
  /\b(?:spyware|surveillance|hack-for-hire|hacking-for-hire|mercenary\s+hacking|offensive\s+cyber)\s+(?:(?:technology|tools?|software|products?)\s+)?(?:company|firm|maker|vendor|developer|manufacturer|seller|supplier|provider|start-?up|outfit|broker)\s+$/i
// "NSO Group, an Israeli private seller of surveillance systems", "Candiru, a secretive Israeli spyware maker,".
const SPYWARE_TRADE_AFTER =
  /^,\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?(?:(?:spyware|surveillance|hack-for-hire)\s+(?:(?:technology|tools?|software|products?)\s+)?(?:company|firm|maker|vendor|developer|manufacturer|seller|supplier|provider|start-?up|outfit)|(?:seller|supplier|provider|maker|developer|vendor)\s+of\s+(?:[\w-]+\s+){0,2}?(?:spyware|surveillance|hacking\s+tools|intrusion\s+software))\b/i

/**
 * "Tietoevry said the attack was carried out by Akira", "Area 1 Security said …": a name the text gives no other kind
 * to, opening a sentence as the subject of a verb of saying, is an organisation that speaks (no gazetteer can list
 * every company and committee). Not a person the text names, not a word that opens sentences ("Officials said").
 */
function namedSpeakers(text: string, parties: Party[], people: readonly PersonMention[]): void {
  // (Found from the verbs, which few places in a text hold: the name before each is read on a short window. One
  // pass finds them all, taken verb by verb as SPEAKER_VERBS lists them.)
  const byVerb: number[][] = SPEAKER_VERBS.map(() => [])
  SPEAKER_VERB_AT.lastIndex = 0
  for (let m = SPEAKER_VERB_AT.exec(text); m; m = SPEAKER_VERB_AT.exec(text))
    byVerb[SPEAKER_VERBS.indexOf(m[0])]!.push(m.index)
  for (const found of byVerb) {
    for (const i of found) {
      const from = Math.max(0, i - 90)
      // (The verb's own space is its match's first character; white space before it belongs to the gap.)
      let end = i
      while (end > from && isSpaceCode(text.charCodeAt(end - 1))) end--
      // The name opens its sentence: it follows the window's last sentence end or line break, else the text's start
      // (not the window's cut). No name or auxiliary holds one of those, so no earlier one can open it.
      let open = end - 1
      // (A dot right before a letter is inside a name, "W.Media", not a sentence's end.)
      while (
        open >= from &&
        (!isSentenceBreakCode(text.charCodeAt(open)) ||
          (text.charCodeAt(open) === 46 && isAsciiUpperCode(text.charCodeAt(open + 1))))
      )
        open--
      if (open < from) {
        if (from > 0) continue
        open = 0
      } else if (text.charCodeAt(open) === 10) open++
      else {
        // (After ". ", ".” ", "? ": a closing quote at most, then a space or tab at least.)
        open++
        if (isClosingQuoteCode(text.charCodeAt(open))) open++
        if (!isBlankCode(text.charCodeAt(open))) continue
        while (isBlankCode(text.charCodeAt(open))) open++
      }
      const subject = text.slice(open, end)
      const m = NAME_BEFORE_VERB.exec(subject)
      if (m) {
        const at = end - m[2]!.length - m[1]!.length
        pushNamedSpeaker(parties, people, m[1]!, at)
        continue
      }
      // "Le360 and Hespress attributed …": two names joined, each a speaker (one may be known already).
      const two = TWO_NAMES_BEFORE_VERB.exec(subject)
      if (!two) continue
      pushNamedSpeaker(parties, people, two[1]!, open)
      pushNamedSpeaker(parties, people, two[2]!, end - two[3]!.length - two[2]!.length)
    }
  }
}
/** A person's last name, by which a text names them again ("Wray"); undefined when too short or the whole name. */
function surnameOf(name: string): string | undefined {
  const surname = name.slice(name.lastIndexOf(' ') + 1)
  return surname.length < 3 || surname === name ? undefined : surname
}
/** Adds the name at `at` as a speaking organisation unless a word of it says otherwise or a party or person has it. */
function pushNamedSpeaker(parties: Party[], people: readonly PersonMention[], name: string, at: number): void {
  const span: Span = [at, at + name.length]
  // (Any word of the name: "Defence Secretary said" is an office, "Security Service said" a body found elsewhere.)
  if (name.split(/[ \t]+/).some((w) => NOT_SPEAKER_NAME.has(w))) return
  if (taken(parties, span) || people.some((p) => overlaps(p.span, span))) return
  parties.push(party(name, name, span, 'vendor'))
}
const SPEAKER_VERBS = [
  ' said',
  ' says',
  ' told',
  ' reported',
  ' wrote',
  ' writes',
  ' concluded',
  ' confirmed',
  ' attributed',
  ' blamed',
  ' accused',
]
// Any of them as a whole word (one regular expression scans a text several times faster than an indexOf per verb).
const SPEAKER_VERB_AT = new RegExp(String.raw`(?:${SPEAKER_VERBS.join('|')})(?!\w)`, 'g')
// A name that opens a sentence (after its end, a line break or the text's start), then auxiliaries, up to the verb.
// (A name: up to three capitalised words, or a word like "e2e"; then the auxiliaries before the verb.)
// ("W.Media likewise wrote": a dot inside a name, and an adverb of agreement before the verb.)
const SPEAKER_NAME = String.raw`(?:[A-Z][\w&-]*(?:\.[A-Z][\w&-]*)*|[a-z]\d\w*)(?:[ \t]+[A-Z0-9][\w&-]*){0,2}`
const AUXILIARIES = String.raw`((?:[ \t]+(?:has|have|had|also|later|likewise|similarly|separately))*)`
const NAME_BEFORE_VERB = new RegExp(`^(${SPEAKER_NAME})${AUXILIARIES}$`)
const TWO_NAMES_BEFORE_VERB = new RegExp(String.raw`^(${SPEAKER_NAME})[ \t]+and[ \t]+(${SPEAKER_NAME})${AUXILIARIES}$`)
/** ".", "!", "?" or a line feed: what may end the sentence before a name that opens the next. */
function isSentenceBreakCode(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 10
}
/** '"', '”' or '’'. */
function isClosingQuoteCode(c: number): boolean {
  return c === 34 || c === 0x201d || c === 0x2019
}
/** A space or a tab. */
function isBlankCode(c: number): boolean {
  return c === 32 || c === 9
}
const NOT_SPEAKER_NAME = new Set(
  'The A An He She It They We You I This That These Those There Here But And Or Yet So However Meanwhile Later Earlier Separately Also Officials Official Police Researchers Researcher Experts Expert Analysts Analyst Investigators Authorities Prosecutors Sources Source Spokesman Spokeswoman Spokesperson Mr Ms Mrs Dr Prof Sir President Minister Secretary Director Chief Head General Colonel Commissioner Ambassador Governor Mayor Senator Representative Defence Defense Foreign Home Prime Deputy Interior Justice Labour Conservative Democrats Republicans Party Lawmakers Lawmaker Legislator Legislators MP MPs Senators Officer Officers Prosecutor Judge Judges Lawyer Lawyers Activist Activists Journalist Journalists Ministers Envoy Diplomat Diplomats Insider Insiders Whistleblower Employee Employees Hacker Attacker Victim Study Survey Attackers Hackers Victims Companies Company Firms Firm Reports Report Media News Security Cybersecurity Government Governments Agency Agencies Ministry Army Military Intelligence Both Neither Each Some Many Most Several Others Another One Two Three Four Five Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December'.split(
    ' ',
  ),
)

/**
 * "according to people familiar with the matter", "Sources briefed on the investigation said": unnamed sources speak
 * under the words that describe them. (Not after a state's adjective: "a U.S. official briefed on the breach" is the
 * state's official, found as such.)
 */
function anonymousSources(text: string, parties: Party[]): void {
  if (!ANONYMOUS_GATE.some((w) => textHas(text, w))) return
  // (Tried only where a match can start: a word at most four chunks before the words that follow its noun, each of
  // which starts a word, where the keyword pass finds it in any case.)
  const starts = wordStartsBeforeAnchors(text, occurrenceStarts(text, ANONYMOUS_WORDS), 4)
  for (const m of matchAtStarts(ANONYMOUS_SOURCE_AT, text, starts)) {
    const span: Span = [m.index, m.index + m[0].length]
    // ("Reuters, citing people briefed on the investigation, reported": the outlet speaks.)
    if (taken(parties, span) || text.slice(Math.max(0, span[0] - 7), span[0]) === 'citing ') continue
    if (
      parties.some(
        (q) => q.span[1] <= span[0] && span[0] - q.span[1] <= 2 && /^\s*$/.test(text.slice(q.span[1], span[0])),
      )
    )
      continue
    // ("Two other people with knowledge of the attack": named without "other", as the first ones were; a count stays,
    // as annotators name such sources with it.)
    parties.push(party(m[0].replace(SOURCE_COUNT, ''), m[0], span, 'person'))
  }
}
const SOURCE_COUNT = /^other\s+/i
/**
 * "Officials told Reuters that …", "Government sources have told the BBC …": unnamed sources whose words an outlet
 * relays speak under the outlet's name (the annotation accepts the outlet as the attributor of what its unnamed sources
 * say, as it does in "Reuters, citing officials, reported").
 */
function relayedSources(text: string, parties: Party[]): void {
  if (!textHas(text, ' told ')) return
  let outletAt: ((at: number) => Party | undefined) | undefined
  for (const m of matchAtStarts(
    RELAYED_SOURCE_AT,
    text,
    wordStartsBeforeAnchors(text, startsOf(RELAYED_NOUN, text), 3),
  )) {
    const span: Span = [m.index, m.index + m[1]!.length]
    if (taken(parties, span)) continue
    outletAt ??= firstStartingAtOrAfter(parties.filter((p) => p.media))
    const outlet = outletAt(m.index + m[0].length)
    if (!outlet || outlet.span[0] !== m.index + m[0].length) continue
    const p = party(outlet.name, m[1]!, span, 'vendor')
    p.media = true
    parties.push(p)
  }
}
const RELAYED_SOURCE =
  /\b((?:(?:[Uu]nnamed|[Aa]nonymous|[Ss]enior|[Gg]overnment|[Ii]ntelligence|[Ss]ecurity|[Mm]ilitary|[Dd]iplomatic|[Pp]olice|[Ii]ndustry)\s+){0,3}(?:[Oo]fficials|[Ss]ources|[Ii]nvestigators|[Ee]xperts))\s+(?:(?:have|has|had|also|later|separately|privately)\s+)*told\s+(?:the\s+)?/g
// (Tried only at the word starts at most three chunks, its words before the noun, before one of its nouns: the global
// search, from every word start, cost several times more on report-sized texts.)
const RELAYED_SOURCE_AT = stickyCopy(RELAYED_SOURCE)
const RELAYED_NOUN = /\b(?:[Oo]fficials|[Ss]ources|[Ii]nvestigators|[Ee]xperts)/g

/**
 * Unnamed speakers the text qualifies by their side or state and who speak: "Western intelligence agencies allege",
 * "Chinese investigators said" (a state's officials are its government, found before). Named as written.
 */
function qualifiedSources(text: string, parties: Party[]): void {
  if (
    !textHas(text, 'Western') &&
    !textHas(text, ' officials') &&
    !textHas(text, ' investigators') &&
    !textHas(text, ' sources')
  )
    return
  for (const m of text.matchAll(QUALIFIED_SOURCE)) {
    // ("British and U.S. intelligence officials": the officials of two states are their governments'.)
    if (/\b(?:and|or)\s+$/.test(text.slice(Math.max(0, m.index - 5), m.index))) continue
    const first = m[2]!
    // ("Dutch officials said", "U.S. officials said": a state's officials named bare speak as its government; counted,
    // former or described ones as themselves: "Two US government officials", "former senior US officials".)
    if (first !== 'Western' && m[0].startsWith(first) && /^\s+officials$/.test(m[1]!.slice(first.length))) continue
    const unplaced = first === 'Western' || first === 'EU'
    const country = unplaced ? undefined : countryNamed(first)
    if (!unplaced && !country) continue
    const at = m.index + m[0].indexOf(m[1]!)
    const span: Span = [at, at + m[1]!.length]
    // ("US officials": the state named inside the source's name gives way to the source, which speaks.)
    const inside = parties.filter((q) => q.span[0] < span[1] && span[0] < q.span[1])
    if (
      inside.some(
        (q) =>
          q.span[0] < span[0] ||
          q.span[1] > span[1] ||
          !(q.kind === 'country' || q.kind === 'government' || q.kind === 'alliance'),
      )
    )
      continue
    for (const q of inside) parties.splice(parties.indexOf(q), 1)
    const p = party(m[1]!, m[1]!, span, 'agency')
    if (country) p.country = country
    parties.push(p)
  }
}
// ("Two US government officials told Reuters", "Three former senior US officials said", "EU officials said": a count
// before the source is not part of its name; "former" and "senior" are.)
const QUALIFIED_SOURCE =
  /\b(?:(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Ss]ome|[Oo]ther|[Mm]any)\s+)?((?:(?:[Ff]ormer|[Ss]enior|[Cc]urrent)\s+)*(Western|EU|US|U\.S\.|UK|U\.K\.|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:(?:government|intelligence|security|defen[cs]e|military|administration|law[\s-]enforcement)\s+)?(?:intelligence\s+agencies|officials|investigators|governments|sources))\s+(?:(?:have|has|had|also|later|widely|previously|publicly)\s+)*(?:allege[sd]?|say|says|said|believe[sd]?|assess(?:es|ed)?|claim(?:s|ed)?|suspect(?:s|ed)?|think|thought|told|linked|blamed|tied|identified|concluded|found)\b/g

/**
 * Security researchers named as a body where they attribute ("Security researchers have attributed MOONSHINE to POISON
 * CARP", "Several threat analysts believe …"): an unnamed source that speaks under the words that describe it. (Not
 * "researchers at Mandiant", who are the firm's.) So do unnamed officials and sources by their side ("One government
 * source told Reuters …").
 */
function expertSources(text: string, parties: Party[]): void {
  if (textHas(text, 'esearchers') || textHas(text, 'xperts') || textHas(text, 'nalysts'))
    describedSources(text, parties, EXPERT_SOURCE_AT, EXPERT_NOUN, 3, 'vendor')
  if (textHas(text, ' source') || textHas(text, ' official'))
    describedSources(text, parties, GOVERNMENT_SOURCE_AT, GOVERNMENT_NOUN, 2, 'person')
}
/**
 * Each match's group 1 not yet a party, as a party of `kind` named as written (its first letter in lower case). The
 * matches are the global search's of the expression `sticky` is a copy of, tried only at the word starts at most
 * `chunks` chunks before a match of `noun` (each of its matches has its noun there): the search from every word start
 * cost several times more on report-sized texts.
 */
function describedSources(
  text: string,
  parties: Party[],
  sticky: RegExp,
  noun: RegExp,
  chunks: number,
  kind: PartyKind,
): void {
  for (const m of matchAtStarts(sticky, text, wordStartsBeforeAnchors(text, startsOf(noun, text), chunks))) {
    const at = m.index + m[0].indexOf(m[1]!)
    const span: Span = [at, at + m[1]!.length]
    if (taken(parties, span)) continue
    parties.push(party(m[1]!.charAt(0).toLowerCase() + m[1]!.slice(1), m[1]!, span, kind))
  }
}
const GOVERNMENT_SOURCE =
  /\b(?:[Aa]|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]everal)\s+((?:government|intelligence|security|senior|diplomatic|military)\s+(?:sources?|officials?))\s+(?:(?:also|later|separately)\s+)?(?:told|said|says)\b/g
const GOVERNMENT_SOURCE_AT = stickyCopy(GOVERNMENT_SOURCE)
// (Its noun comes two chunks after its start: the count or article, the word that describes the source.)
const GOVERNMENT_NOUN = /\b(?:source|official)/g
const EXPERT_SOURCE =
  /\b(?:(?:[Ss]everal|[Ss]ome|[Oo]ther|[Mm]any|[Ii]ndependent)\s+)?((?:[Ss]ecurity|[Cc]ybersecurity|[Cc]yber[- ]security|[Tt]hreat)\s+(?:researchers|experts|analysts)|(?:[Ii]ndependent|[Oo]utside)\s+(?:researchers|experts|analysts)|(?<!\b[A-Z][\w.-]*\s+|\b(?:the|its|their|our|his|her|of|from|at|by|with|for|to)\s+)[Ee]xperts)\s+(?:(?:have|has|had|also|later|widely|previously|separately|independently)\s+)*(?:attributed|linked|tied|said|say|believe[sd]?|blamed|concluded|traced|assessed|assess|suspect(?:ed)?|suggested)\b/g
const EXPERT_SOURCE_AT = stickyCopy(EXPERT_SOURCE)
// (Its noun comes at most three chunks after its start: a count, "Cyber security"; "Experts" opens one alone.)
const EXPERT_NOUN = /\b(?:researchers|[Ee]xperts|analysts)/g
/**
 * A country's or a place's press named as a whole where it reports ("Israeli media reported that …", "local media
 * said"): an unnamed source that speaks under the words that describe it, as a named outlet does.
 */
function mediaSources(text: string, parties: Party[]): void {
  for (const m of mediaMatches(text)) {
    const span: Span = [m.index, m.index + m[1]!.length]
    // (A capitalised word must be a country's adjective: "Greek media", "Israeli media", "Iranian state media".)
    const first = m[1]!.slice(0, m[1]!.indexOf(' '))
    if (!/^(?:[Ll]ocal|[Ss]tate)/.test(first) && !countryNamed(first)) continue
    // ("According to local media reports citing the National Office of Investigation": the reports cite the speaker.)
    if (taken(parties, span) || /according\s+to\s+$/i.test(text.slice(Math.max(0, m.index - 16), m.index))) continue
    parties.push(party(m[1]!, m[1]!, span, 'vendor'))
  }
}
const MEDIA_SOURCE =
  /\b((?:(?:[A-Z][a-z]+\s+)?(?:[Ll]ocal|[Ss]tate(?:[\s-](?:run|owned|controlled))?)|[A-Z][a-z]+)\s+(?:media|press|television|TV))\s+(?:(?:has|have|had|also|later|widely|previously)\s+)?(?:reported|reports|report|said|says|cited|quoted|claimed|claims|named|blamed|identified|linked)\b/y
const MEDIA_NOUNS = [' media ', ' press ', ' television ', ' TV ']
/**
 * The matches of MEDIA_SOURCE (as a global scan would find them: they do not overlap), tried only where a word before
 * one of its nouns starts: every match holds " media ", " press ", " television " or " TV ", with one or two words
 * before it ("Israeli", "state-run", "state run").
 */
function mediaMatches(text: string): RegExpExecArray[] {
  const starts = new Set<number>()
  for (const noun of MEDIA_NOUNS) {
    if (!textHas(text, noun)) continue
    for (let i = text.indexOf(noun); i >= 0; i = text.indexOf(noun, i + 1)) {
      // The one or two words before the noun: their starts.
      let j = i
      for (let w = 0; w < 2 && j > 0; w++) {
        let k = j
        while (k > 0 && !isSpaceCode(text.charCodeAt(k - 1))) k--
        if (k === j) break
        starts.add(k)
        j = k - 1
        while (j > 0 && isSpaceCode(text.charCodeAt(j - 1))) j--
      }
    }
  }
  const out: RegExpExecArray[] = []
  let end = 0
  for (const at of [...starts].sort((a, b) => a - b)) {
    if (at < end) continue
    MEDIA_SOURCE.lastIndex = at
    const m = MEDIA_SOURCE.exec(text)
    if (m) {
      out.push(m)
      end = at + m[0].length
    }
  }
  return out
}
const ANONYMOUS_GATE = ['familiar with', 'briefed on', 'knowledge of', 'close to the']
const ANONYMOUS_SOURCE =
  /\b(?:(?:several|some|two|three|four|five|multiple|many|numerous|other)\s+)?(?:people|persons|sources|officials|(?<=\b(?:a|one|another)\s)(?:person|source|official))\s+(?:(?:familiar|acquainted)\s+with\s+(?:the\s+)?(?:matter|situation|investigation|inquiry|probe|case|incident|breach|attack|hack|discussions|findings|assessment|intelligence)|(?:briefed|informed)\s+(?:on|about)\s+(?:the\s+)?(?:matter|situation|investigation|inquiry|probe|case|incident|breach|attack|hack|findings|intelligence)|close\s+to\s+the\s+(?:investigation|inquiry|probe|matter|case)|with\s+(?:direct\s+)?knowledge\s+of\s+(?:the\s+)?(?:matter|situation|investigation|inquiry|probe|case|incident|breach|attack|hack|findings))\b/gi
const ANONYMOUS_SOURCE_AT = stickyCopy(ANONYMOUS_SOURCE)
// The first word after a match's noun, or ("with knowledge of") its last but one: "familiar", "acquainted", "briefed",
// "informed", "close", "knowledge" (before it at most a number, the noun, "with" and "direct").
const ANONYMOUS_SOURCE_WORDS = ['familiar', 'acquainted', 'briefed', 'informed', 'close', 'knowledge']

/**
 * Intelligence services are named both ways: "China's Ministry of State Security (MSS) on Sunday accused …" has a
 * state body speak, and "accused the US National Security Agency (NSA) of …" has an agency accused. A state body that
 * is the subject of a verb of saying or accusing speaks there; an agency a text accuses is a state body (a party a
 * link names) wherever it is named without a verb of saying after it.
 */
function speakingBodiesAndAccusedAgencies(text: string, parties: Party[]): void {
  let accused: Set<string> | undefined
  for (const p of parties) {
    if (p.kind === 'state-body' && BODY_SPEAKS.test(text.slice(p.span[1], p.span[1] + 40))) p.kind = 'agency'
    else if (
      p.kind === 'agency' &&
      ((mayOpenAccusedOf(text, p.span[1]) &&
        ACCUSED_OF_AFTER.test(text.slice(p.span[1], p.span[1] + 12)) &&
        // (Of a cyber operation: "accused PST of trying to conjure up a threat" is a rebuke, not a link.)
        ACCUSED_OF_CYBER.test(text.slice(p.span[1], p.span[1] + 100)) &&
        ACCUSING_BEFORE.test(text.slice(Math.max(0, p.span[0] - 40), p.span[0]))) ||
        // "The report concluded that the NSA was responsible for the attack": an agency said to be behind an attack.
        (mayOpenResponsible(text, p.span[1]) && RESPONSIBLE_AFTER.test(text.slice(p.span[1], p.span[1] + 60))) ||
        // "El País reported that the Federal Intelligence Service had used Pegasus to spy on …": a security or
        // intelligence service a speaker says did the act.
        (SERVICE_NAME.test(p.name) &&
          SERVICE_ACTED_AFTER.test(text.slice(p.span[1], p.span[1] + 60)) &&
          SAID_THAT_BEFORE.test(text.slice(Math.max(0, p.span[0] - 40), p.span[0]))))
    )
      (accused ??= new Set()).add(p.name)
    // "an entity tied to North Korea's Ministry of Defense", "a company subordinate to the General Political Bureau": a
    // state's agency a company is tied to stands behind it.
    else if (
      p.kind === 'agency' &&
      ((endsWithWordOf(text, Math.max(0, p.span[0] - 30), p.span[0], TO_WORD, THE_WORD) &&
        TIED_TO_BEFORE.test(text.slice(Math.max(0, p.span[0] - 30), p.span[0]))) ||
        // "attributes NoviSpy to the country's Security Information Agency": a security or intelligence service an
        // attribution names.
        (SERVICE_NAME.test(p.name) && ATTRIBUTED_TO_BEFORE.test(text.slice(Math.max(0, p.span[0] - 90), p.span[0])))) &&
      !BODY_SPEAKS.test(text.slice(p.span[1], p.span[1] + 40))
    )
      p.kind = 'state-body'
  }
  if (!accused) return
  for (const p of parties)
    if (p.kind === 'agency' && accused.has(p.name) && !BODY_SPEAKS.test(text.slice(p.span[1], p.span[1] + 40)))
      p.kind = 'state-body'
}
// After a service: the verb that makes it the subject of saying or accusing ("(MSS) on Sunday accused", "said").
const BODY_SPEAKS =
  /^\s*(?:\([A-Z][A-Za-z]*\)\s*)?(?:(?:on|last)\s+[A-Z]\w+\s+|also\s+|has\s+|had\s+|have\s+|further\s+)*(?:said|says|accused|accuses|claimed|claims|alleged|alleges|stated|states|announced|warned|blamed|blames|revealed|disclosed|exposed|named|identified|attributed|spokes(?:person|man|woman))\b/
// An agency accused: "accused the US National Security Agency (NSA) of", "blamed the NSA for".
const ACCUSING_BEFORE =
  /\b(?:accus(?:ed|es|ing)|blam(?:ed|es|ing)|charg(?:ed|es|ing))\s+(?:the\s+)?(?:(?:US|U\.S\.|American|British|UK|Chinese|Russian|Israeli|Iranian)\s+)?$/
const ACCUSED_OF_CYBER =
  /^[^.;]{0,90}?\b(?:cyber|hack|attack|intrusion|espionage|operation|spying|surveillance|breach|infiltrat)/i
const RESPONSIBLE_AFTER =
  /^\s*(?:\([A-Z][A-Za-z]*\)\s*)?(?:was|is|were|are|had\s+been|has\s+been)\s+(?:(?:\w+ly|also|almost|at\s+least)\s+){0,2}(?:responsible\s+for|behind)\s+(?:the\s+|a\s+|an\s+|these\s+|this\s+)?(?:[\w-]+\s+){0,3}?(?:cyber-?attacks?|attacks?|hacks?|hacking|intrusions?|breach(?:es)?|operations?|campaigns?|espionage)\b/
const SERVICE_NAME = /\b(?:Security|Intelligence|Counter-?intelligence|Inteligencia|Inteligência|Surveillance)\b/
// After a service: an act of intrusion or spying ("had hacked", "used Pegasus to spy on").
const SERVICE_ACTED_AFTER = new RegExp(
  String.raw`^\s*(?:\([A-Z][A-Za-z]*\)\s*)?(?:had\s+|has\s+|have\s+)?(?:hacked|breached|infiltrated|spied\s+on|broke\s+into|used\s+(?:[\w-]+\s+){1,3}?to\s+(?:${SPYING_PURPOSES}))\b`,
)
// Before it: a verb of saying and its "that" ("reported that the", "said").
const SAID_THAT_BEFORE =
  /\b(?:said|says|reported|reports|wrote|writes|alleged|alleges|concluded|found|claimed|claims)\s+(?:on\s+[A-Z]\w+\s+)?(?:that\s+)?(?:the\s+)?$/
const ATTRIBUTED_TO_BEFORE = /\battribut(?:es|ed|e|ing)\s+[^.;]{1,60}?\bto\s+(?:the\s+)?(?:[\w-]+['’]s\s+)?$/
const TIED_TO_BEFORE =
  /\b(?:entity|entities|company|companies|firm|front)\s+(?:tied|linked|subordinate|connected)\s+to\s+(?:the\s+)?$/
const ACCUSED_OF_AFTER = /^\s*(?:\([A-Z][A-Za-z]*\)\s*)?(?:of|for)\b/
const ACCUSING_CUE = /^(?:accus|blam)/i
const ACCUSING_IN = /\b(?:accus|blam)/
/**
 * Whether the person at `span` is named right after "accused" or "blamed" (an article and a title at most between: "the
 * former", "US Senator") and what follows accuses them of a cyber act or of involvement ("accused X of involvement",
 * "blamed X for the hacking"), not of anything else ("accused X of lying").
 */
function accusedOfAct(text: string, span: Span): boolean {
  if (!ACCUSING_BEFORE_PERSON.test(text.slice(Math.max(0, span[0] - 60), span[0]))) return false
  return ACCUSED_ACT_AFTER.test(text.slice(span[1], span[1] + 100))
}
const ACCUSING_BEFORE_PERSON =
  /\b(?:accus(?:ed|es|ing)|blam(?:ed|es|ing))\s+(?:(?:the|former|then-?)\s+)*(?:[A-Z][\w.-]*\s+){0,3}$/
// What the person is accused of: the act itself, at once ("of involvement in", "for the cyberattack on", "of hacking"),
// not anything else ("of lying about the attack").
const ACCUSED_ACT_AFTER =
  /^\s*(?:of|for)\s+(?:(?:involvement|a\s+role|being\s+behind|hacking|orchestrating|ordering|directing|carrying\s+out|launching|conducting|sponsoring)\b|(?:(?:the|a|an|its|their|his|her|this|these|those)\s+)?(?:(?!(?:about|to|with|from|that|on|in|of)\b)(?![\w-]+ing\b)[\w-]+\s+){0,3}?(?:cyber-?attacks?|attacks?|hacks?|hacking|intrusions?|breach(?:es)?|espionage|spying|surveillance|operations?|campaigns?)\b)/i
/** The party right after an accusing cue ending at `from`, when it is a person `accusedOfAct` holds accused of the act. */
function accusedPerson(text: string, from: number, end: number, ps: Party[]): Party | undefined {
  const p = ps.find((q) => q.span[0] >= from)
  return p && p.span[1] <= end && p.kind === 'individual' && !p.defendants && accusedOfAct(text, p.span) ? p : undefined
}
const TO_WORD = new Set(['to'])

/** False when ACCUSED_OF_AFTER cannot match after `at`: after any white space, a bracket, "of" or "for". */
function mayOpenAccusedOf(text: string, at: number): boolean {
  const c = codeAfterSpaces(text, at)
  return c === 40 || c === 111 || c === 102
}

/** False when RESPONSIBLE_AFTER cannot match after `at`: after any white space, a bracket or its verb (was, is, …). */
function mayOpenResponsible(text: string, at: number): boolean {
  const c = codeAfterSpaces(text, at)
  return c === 40 || c === 119 || c === 105 || c === 97 || c === 104
}

// The verbs after a state's agencies that make them the doers ("Hungarian state agencies had used").
const DOER_VERB =
  'had|have|has|were|used|hacked|targeted|deployed|bought|acquired|spied|infected|also|likely|probably|may|might|could'
// The words after a state that make it its government: "China's government", "the UK authorities", "Iranian state".
const GOV_AFTER = new RegExp(
  String.raw`^(?:['’]s)?\s+(?:federal\s+|national\s+)?(?:government(?![-\s]+(?:hackers?|(?:cyber\s+)?actors?|hacking\s+groups?|spies|cyber-?spies|operatives)\b)(?:\s+(?:agencies|bodies|departments)(?=\s+(?:are|${DOER_VERB})\b))?|state\s+(?:agencies|bodies)(?=\s+(?:${DOER_VERB})\b)|administration|regime|authorities|officials|ministers|cabinet|services(?=\s+(?:are|were|is|was|have|has|had|for|of)\s)|(?:military|armed\s+forces)(?=\s*[,.;:)]|\s+(?:in|of|and|or|is|are|was|were|has|have|had|which|that|who|for)\b)|intelligence(?:\s+(?:community|agencies|services))?|state(?![-\s]+(?:sponsored|backed|linked|affiliated|nexus|aligned|directed|controlled|supported|run|hackers?|actors?|groups?|APT|cyber|media|institutions|entities|bodies|agencies|organi[sz]ations|websites?|networks?|systems?|infrastructure|targets?)\b))\b`,
  'i',
)
/**
 * The first words (lower case) GOV_AFTER, DESCRIBED_AGENCY, ADJ_CUE and GROUP_NOUN can read after a state, as
 * `wordAfterState` finds it: each expression takes an optional "'s", then spaces (and hyphens, for ADJ_CUE), then one
 * of its words here whole (each is followed by a space, a hyphen or `\b` in the expression). A state followed by any
 * other word ("China and", "Russia,", "Iran in": most) needs none of the four.
 */
const STATE_NEXT_WORDS = new Set([
  // GOV_AFTER
  'federal',
  'national',
  'government',
  'administration',
  'regime',
  'authorities',
  'officials',
  'ministers',
  'cabinet',
  'services',
  'military',
  'armed',
  'intelligence',
  'state',
  // DESCRIBED_AGENCY
  'domestic',
  'foreign',
  'civilian',
  'security',
  'counter',
  'counterintelligence',
  'cyber',
  'cybersecurity',
  'signals',
  'police',
  'spy',
  'secret',
  // ADJ_CUE
  'sponsored',
  'backed',
  'linked',
  'affiliated',
  'nexus',
  'aligned',
  'directed',
  'controlled',
  'supported',
  'run',
  // GROUP_NOUN (case-sensitive: its words lower-cased here are a wider gate)
  'supply',
  'nation',
  'threat',
  'hacking',
  'espionage',
  'apt',
  'hackers',
  'actors',
  'group',
  'groups',
  'operatives',
  'spies',
  'cyberspies',
  'cyberattack',
  'cyberattacks',
  'attack',
  'attacks',
  'operation',
  'operations',
])

/**
 * The word after a state mention ending at `at`, lower-cased, within the text up to `end` (where the expressions'
 * window ends, so a word they see cut short is cut short here too): after an "'s" or "’s" and any white space and
 * hyphens, the run of ASCII word characters (`\w`) that follows.
 */
function wordAfterState(text: string, at: number, end: number): string {
  let i = at
  const c = text.charCodeAt(i)
  if ((c === 39 || c === 0x2019) && i + 2 <= end && (text.charCodeAt(i + 1) | 32) === 115) i += 2
  while (i < end && (isSpaceCode(text.charCodeAt(i)) || text.charCodeAt(i) === 45)) i++
  let j = i
  while (j < end && isAsciiWordCode(text.charCodeAt(j))) j++
  return text.slice(i, j).toLowerCase()
}

/** The gate of the words after a state, with the expressions it stands before, for the test that checks it. */
export const STATE_WORD_GATE_FOR_TEST = {
  expressions: (): RegExp[] => [GOV_AFTER, DESCRIBED_AGENCY, ADJ_CUE, GROUP_NOUN],
  wordAfterState,
  words: STATE_NEXT_WORDS,
}

/**
 * The expressions tested only where `endsWithWordOf` finds one of their last words before the party, and those tested
 * only where the character after the party is there (`mayOpenDateline`, `codeAfterSpaces`), for the test that
 * checks the gates on real text.
 */
export const PARTY_GATES_FOR_TEST = {
  /** `negatedBefore` and `doubtedBefore` with the expressions they stand for. */
  negation: {
    re: (): RegExp => NEGATION,
    gated: (text: string, from: number, to: number) => negatedBefore(text, KEYWORDS.find(text), from, to),
  },
  /** The sponsoring verb and "consistent with" gates, with their expressions (see `partySlots`). */
  stateSponsors: {
    re: (): RegExp => STATE_SPONSORS,
    gate: (text: string, from: number, to: number) => occursIn(KEYWORDS.find(text), SPONSOR_VERB_WORDS, from, to),
  },
  consistent: {
    re: (): RegExp => CONSISTENT_TAIL,
    gate: (text: string, from: number, to: number) =>
      occursIn(KEYWORDS.find(text), CONSISTENT_WORD, from, to) || opensCutWord(text, from, 'c'),
  },
  affiliation: {
    re: (): RegExp => AFFILIATION_BEFORE,
    gated: (text: string, from: number, to: number) => affiliatedBefore(text, KEYWORDS.find(text), from, to),
  },
  relative: (): { re: RegExp; words: ReadonlySet<string> } => ({ re: RELATIVE_SUBJECT, words: RELATIVE_WORDS }),
  lastWord,
  doubt: {
    re: (): RegExp => DOUBT,
    gated: (text: string, from: number, to: number) => doubtedBefore(text, KEYWORDS.find(text), from, to),
  },
  before: (): { re: RegExp; words: ReadonlySet<string>; articles: ReadonlySet<string> }[] => [
    { re: GOV_HIT_BEFORE, words: GOV_HIT_WORDS, articles: THE_WORD },
    { re: GOV_TARGET_BEFORE, words: GOV_TARGET_WORDS, articles: ARTICLE_WORDS },
    { re: STATE_HIT_BEFORE, words: STATE_HIT_WORDS, articles: THE_WORD },
    { re: BASED_IN_BEFORE, words: STATE_PLACE_WORDS, articles: THE_WORD },
    { re: STATE_TARGET_BEFORE, words: STATE_PLACE_WORDS, articles: THE_WORD },
    { re: NATIONAL_OF_BEFORE, words: STATE_PLACE_WORDS, articles: THE_WORD },
    { re: MEASURE_VERB_BEFORE, words: MEASURE_VERB_WORDS, articles: THE_WORD },
  ],
  endsWithWordOf,
  /** Each expression on the text after a position, with the gate that must pass there for it to match. */
  after: (): { re: RegExp; gate: (text: string, at: number) => boolean }[] => [
    { re: DATELINE_AFTER, gate: mayOpenDateline },
    { re: NEWS_AGENCY_AFTER, gate: (text, at) => codeAfterSpaces(text, at) === 40 },
    { re: CASE_CAPTION_AFTER, gate: (text, at) => codeAfterSpaces(text, at) === 118 },
    { re: BASED_AFTER, gate: (text, at) => text.charCodeAt(at) === 45 },
    { re: OWNED_AFTER, gate: (text, at) => text.charCodeAt(at) === 45 },
  ],
}

/**
 * A state named after a description of the unnamed actors it sponsors (`re`, which ends with a word of `words` and
 * white space, read over the `reach` characters before it): pushes the sponsor party that spans the description and
 * the state, and says whether it did.
 */
function describedSponsor(
  text: string,
  c: CountryMention,
  parties: Party[],
  words: ReadonlySet<string>,
  articles: ReadonlySet<string>,
  re: RegExp,
  min: number,
  reach: number,
): boolean {
  if (c.span[0] <= min || !endsWithWordOf(text, Math.max(0, c.span[0] - 60), c.span[0], words, articles)) return false
  const m = re.exec(text.slice(Math.max(0, c.span[0] - reach), c.span[0]))
  if (!m) return false
  const span: Span = [c.span[0] - m[0].length, c.span[1]]
  if (taken(parties, span)) return false
  parties.push(party(governmentName(c.country), text.slice(span[0], span[1]), span, 'sponsor', c.country))
  return true
}

/**
 * "British and U.S. intelligence officials identified …", "United States and South Korean agencies have linked …": two
 * states coordinated before the noun of their officials, who speak (a verb follows), are each a government. The first
 * is named by itself; the second with the noun, unless GOV_AFTER reads it there.
 */
function coordinatedOfficials(text: string, countries: CountryMention[], parties: Party[]): void {
  if (!textHas(text, ' and ')) return
  for (let i = 0; i + 1 < countries.length; i++) {
    const a = countries[i]!
    const b = countries[i + 1]!
    if (b.span[0] - a.span[1] > 6 || !/^\s+and\s+$/.test(text.slice(a.span[1], b.span[0]))) continue
    const noun = OFFICIALS_AFTER.exec(text.slice(b.span[1], b.span[1] + 80))
    if (!noun || taken(parties, a.span)) continue
    parties.push(stateParty(text, a.country, a.span[0], a.span[1], 'government'))
    if (
      !GOV_AFTER.test(text.slice(b.span[1], b.span[1] + 40)) &&
      !taken(parties, [b.span[0], b.span[1] + noun[1]!.length])
    )
      parties.push(stateParty(text, b.country, b.span[0], b.span[1] + noun[1]!.length, 'government'))
  }
}
const OFFICIALS_AFTER =
  /^(\s+(?:(?:intelligence|security|law[\s-]enforcement|government|cyber(?:security)?)\s+)?(?:officials|agencies|authorities|governments|services))\s+(?:(?:\w+ly|have|has|had|also|jointly)\s+)*(?:said|say|says|linked|tied|attributed|blamed|identified|accused|named|assessed|assess|believe|believed|concluded|found|traced|warned|stated|announced)\b/

/** A state named by the words from `s` to `end` of the text, as a government or as a sponsor. */
function stateParty(text: string, country: string, s: number, end: number, kind: 'government' | 'sponsor'): Party {
  return party(governmentName(country), text.slice(s, end), [s, end], kind, country)
}

function taken(parties: Party[], span: Span): boolean {
  return anyOverlaps(parties, span)
}

/** Each "the Council" alone as the European Union, when the text names the Union and no other council. */
function euCouncils(text: string, parties: Party[]): void {
  const eu = parties.find((p) => p.kind === 'alliance' && p.name === 'European Union')
  if (!eu || OTHER_COUNCIL.test(text)) return
  for (const m of text.matchAll(THE_COUNCIL)) {
    const span: Span = [m.index + m[0].length - 7, m.index + m[0].length]
    if (!taken(parties, span)) parties.push(party(eu.name, 'Council', span, 'alliance'))
  }
}
const THE_COUNCIL = /\b[Tt]he\s+Council\b(?!\s+(?:of|on|for)\b)/g
const OTHER_COUNCIL =
  /\b(?:Council\s+of\s+Europe|Security\s+Council|North\s+Atlantic\s+Council|(?:State|City|Town|County|Human\s+Rights|Research|Arctic|Nordic)\s+Council)\b/
/**
 * Sort by span start, keeping the order of equal starts: what the stable `parties.sort((a, b) => a.span[0] -
 * b.span[0])` gives. Insertion sort: the parties come in a few runs that are each nearly in order, and a few dozen
 * of them sort faster without a comparator call per comparison. Hundreds of them (a report) sort faster by that stable
 * sort, which merges the runs instead of moving each party of a later run back over those of the earlier ones.
 */
function sortByStart(parties: Party[]): Party[] {
  if (parties.length > 64) return parties.sort(byStart)
  for (let i = 1; i < parties.length; i++) {
    const p = parties[i]!
    const start = p.span[0]
    let j = i - 1
    if (parties[j]!.span[0] <= start) continue
    while (j >= 0 && parties[j]!.span[0] > start) {
      parties[j + 1] = parties[j]!
      j--
    }
    parties[j + 1] = p
  }
  return parties
}
const byStart = (a: Party, b: Party): number => a.span[0] - b.span[0]

interface Slot {
  cue: string
  cueSpan: Span
  attributed: Party[]
  /** A cue word or phrase (not an adjective such as "Chinese state-sponsored"). */
  explicit: boolean
  /** What an actor did ("APT41 hacked"): claimed only by a speaker named before the actor or as the speaker after. */
  activity?: true
  /**
   * An activity verb that describes what an actor did more than that it did it ("gained access", "deployed"): a claim
   * only of a speaker the sentence names, never of the text's own voice.
   */
  spokenOnly?: true
  /** Who makes the claim, when the slot's own words say so ("charged with treason in Ukraine"). */
  by?: Party
  /** `by` is the subject of a relative clause about another party: background the text cites. */
  relative?: true
}

function partiesIn(parties: Party[], s: Sentence): Party[] {
  return parties.filter((p) => p.span[0] >= s.start && p.span[1] <= s.end)
}

// A subordinate clause opening before a candidate (not the "as" of "as well as", "known as", "tracks as").
const SUBORDINATE_GAP =
  /\s(?:(?<!\b(?:well|known|tracks?|tracked|tracking|call(?:s|ed)?|named|dubbed|to|identified|designated|such|also|same|listed|labell?ed|classified|described|regarded|seen)\s)as|while|when|whereas|although|though)\s+(?:the\s+)?$/
/** The attributed parties right after a cue: the first one and any joined to it by "," or "and". */
/** An intelligence agency other states accuse (it speaks elsewhere): the doer after a doer's "by" (`DOER_BY_END`). */
function accusedAgency(p: Party): boolean {
  return p.kind === 'agency' && ACCUSED_AGENCIES.has(p.name)
}
const ACCUSED_AGENCIES = new Set(['NSA', 'CIA', 'GCHQ', 'US Cyber Command'])
const DOER_BY_END = /(?:\bby|\bwork\s+of)\s*$/
// ("charged a Russian national, X, with"; "charged two suspected members, X, 22, and Y, 28": the people named after the
// words for them.)
const PERSON_APPOSED_GAP =
  /^\s+(?:(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:national|citizen|man|woman|resident|hacker|officer|developer|administrator|programmer|suspect|defendant|businessman|businesswoman|entrepreneur|engineer|scientist|employee|executive|contractor)|(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[\w-]+\s+){0,3}?(?:nationals|citizens|men|women|residents|hackers|officers|members|suspects|defendants|individuals|people|persons|developers|administrators|programmers|operators|businessmen|engineers|scientists|employees|executives|contractors))\s*,\s*$/
function followingParties(
  text: string,
  from: number,
  end: number,
  ps: Party[],
  persons = false,
  measure = false,
  spyware = false,
): Party[] {
  const window = text.slice(from, Math.min(end, from + 110))
  let linkTo: boolean | undefined
  const stop = CLAUSE_END.exec(window)
  const limit = from + (stop ? stop.index : window.length)
  const cands = ownersDropped(
    text,
    ps.filter(
      (p) =>
        p.span[0] >= from &&
        p.span[0] < limit &&
        (ATTRIBUTED_KINDS.has(p.kind) ||
          // "carried out by the U.S. National Security Agency": an intelligence agency another state accuses is the
          // doer after a doer's "by" (elsewhere the agency speaks).
          (accusedAgency(p) && DOER_BY_END.test(text.slice(Math.max(0, from - 10), from))) ||
          (persons && p.defendants) ||
          (measure && (MEASURE_TARGET.has(p.kind) || p.company)) ||
          // "linked the deployment of both malware packages to … Sichuan Dianke Network Security Technology Co., Ltd.":
          // a company named by its shape is what a link to it names.
          (p.kind === 'company' && (linkTo ??= LINK_TO_END.test(text.slice(Math.max(0, from - 140), from)))) ||
          // A spyware vendor after a cue that may name one ("attributed the attack software to NSO Group", "accused
          // Paragon of targeting", "it belonged to Variston IT").
          (spyware && p.spyware === true)) &&
        // "part of the Justice Department's DPRK RevGen initiative": a state named in an agency's programme.
        !(p.kind === 'country' && AGENCY_POSSESSIVE_BEFORE.test(text.slice(Math.max(0, p.span[0] - 16), p.span[0]))) &&
        // "an Israel-based private-sector firm", "Yanbian Silverstar, located in the People's Republic of China": where
        // someone sits, not who stands behind.
        !(
          p.kind === 'country' &&
          text.charCodeAt(p.span[1]) === 45 &&
          BASED_AFTER.test(text.slice(p.span[1], p.span[1] + 7))
        ) &&
        !(p.kind === 'country' && LOCATED_IN_BEFORE.test(text.slice(Math.max(0, p.span[0] - 30), p.span[0]))) &&
        // "a hack-for-hire group it links to a New Delhi firm": the city a company sits in, not a state behind it.
        !(
          (p.kind === 'country' || p.kind === 'government') &&
          PLACE_OF_COMPANY_AFTER.test(text.slice(p.span[1], p.span[1] + 40))
        ),
    ),
  )
  // A company an attack hit is its target ("the 2014 cyberattack on Sony Pictures Entertainment"); the "on" or
  // "against" of a measure's own phrase names its target ("imposed sanctions on Media Land").
  while (
    cands.length &&
    cands[0]!.company &&
    !(
      measure &&
      MEASURE_OBJECT_GAP.test(text.slice(from, cands[0]!.span[0])) &&
      !ATTACK_ON_BEFORE.test(text.slice(Math.max(0, from - 30), from))
    ) &&
    COMPANY_TARGET_BEFORE.test(text.slice(Math.max(0, cands[0]!.span[0] - 20), cands[0]!.span[0]))
  )
    cands.shift()
  if (cands.length === 0) return []
  const out = [cands[0]!]
  // The first party must come soon after the cue (articles and adjectives in between), in the phrase the cue opens
  // ("traced the operations to Fuzhou, a city close to Taiwan" names no party).
  // ("The organization designated today, the Korea Kumjung … Corporation, has …": the measure's noun in apposition.)
  // ("identified several malicious tools that many Chinese state-sponsored groups use": the party is the subject of a
  // relative clause about the things the cue names.)
  if (
    cands[0]!.span[0] - from > 70 ||
    TOOLS_RELATIVE_GAP.test(text.slice(from, cands[0]!.span[0])) ||
    (text.slice(from, cands[0]!.span[0]).includes(',') &&
      !(
        measure &&
        APPOSED_MEASURE_GAP.test(text.slice(from, cands[0]!.span[0])) &&
        MEASURED_NOUN_BEFORE.test(text.slice(Math.max(0, from - 40), from))
      ) &&
      // "charged a Russian national, Dmitry Khoroshev, with …": the person named after the word for them.
      !(cands[0]!.kind === 'individual' && PERSON_APPOSED_GAP.test(text.slice(from, cands[0]!.span[0]))) &&
      // "linked … to a Chengdu-based contractor, Sichuan Dianke …": the company named after the word for it.
      !(cands[0]!.kind === 'company' && COMPANY_APPOSED_GAP.test(text.slice(from, cands[0]!.span[0]))))
  )
    return []
  for (let i = 1; i < cands.length; i++) {
    const gap = text.slice(out[out.length - 1]!.span[1], cands[i]!.span[0])
    // "the Ministry of State Security, China's spy agency, and …": a state named in a description of the party before
    // it is no party of the list (the list goes on after it).
    if (
      cands[i]!.kind === 'country' &&
      /^,\s+$/.test(gap) &&
      STATE_DESCRIBES_AFTER.test(text.slice(cands[i]!.span[1], cands[i]!.span[1] + 60))
    )
      continue
    // (A list's gap, commas, brackets, white space and "and" or "or", holds no word that the expressions on the gap
    // before LISTED_GAP need: they are not read there.)
    const plain = isPlainListGap(gap)
    // "attributed to APT28 by the German government", "…, according to Canadian officials": who says so, not listed;
    // "Sandworm, a group that Western governments have tied to the GRU": a clause with its own subject, another claim.
    // "Kimsuky, a group that U.S. authorities believe is …": the party opens a relative clause as its subject.
    // "accuse China of cyber espionage, after the United States, Britain and Canada": others compared, not accused.
    if (
      !plain &&
      (AGENT_OR_SOURCE.test(gap) ||
        OWN_SUBJECT_IN_GAP.test(gap) ||
        RELATIVE_SUBJECT.test(gap) ||
        COMPARED_IN_GAP.test(gap) ||
        ACCUSED_OF_DOING.test(gap))
    )
      break
    // "TA453, a group that overlaps with the activity other vendors track as Charming Kitten, APT42 and …": groups an
    // overlap names are not the claim's.
    if (!plain && OVERLAP_GAP.test(gap)) break
    // "within the MOIS, and its tactics resemble those of the Iranian groups Lyceum and CopyKittens": a coordinated
    // clause with a subject of its own.
    if (!plain && CLAUSE_AND_GAP.test(gap)) break
    // "the Main Centre for Special Technologies (GTsST) of Russia's GRU": the unit's parent names where it sits.
    // "tie X to Y and describe it as likely part of Z": a second predicate with its own object is another claim.
    if (!plain && NEW_PREDICATE.test(gap)) break
    // "working for the Iranian state, and that the campaign probably serves the MOIS": a second "that" clause.
    if (!plain && COMPLEMENT_IN_GAP.test(gap)) break
    // "blames Russia for the cyberattack as the Cuba ransomware gang claims it": a subordinate clause's own subject.
    if (!plain && SUBORDINATE_GAP.test(gap)) break
    // "the threat actor linked to Russia, known as APT28, was behind": a name given after a state is the subject's.
    // (Not after a description of a group: "the work of a Chinese group known as Black Vine" names the group.)
    if (
      !plain &&
      out[out.length - 1]!.kind !== 'actor' &&
      KNOWN_AS_GAP.test(gap) &&
      !(out[out.length - 1]!.kind === 'sponsor' && GROUP_NOUN_END.test(out[out.length - 1]!.text))
    )
      break
    // "condemning malicious cyber activity by Russia, and New Zealand said …": a party that a verb of saying follows
    // is the subject of its own clause.
    if (SPEAKS_AFTER.test(text.slice(cands[i]!.span[1], cands[i]!.span[1] + 24))) break
    if (
      !plain &&
      out[out.length - 1]!.kind === 'state-body' &&
      cands[i]!.kind === 'state-body' &&
      PARENT_OF_UNIT.test(gap)
    )
      continue
    // "named APT28, a group known for its hostility to Seoul, as the attacker": the object of a preposition in an
    // apposition describing the party before.
    // (Not where the preposition is a link's own: "named APT33, an actor the agency ties to Iran, as …".)
    if (!plain && APPOSITION_OBJECT_GAP.test(gap) && !LINK_PREPOSITION_END.test(gap)) break
    // "tied to China's MSS, and with Tonto Team, which FireEye …": a phrase with a preposition other than the cue's is
    // parallel to an earlier one ("overlapped with APT41 …, and with Tonto Team"), not the cue's list.
    const prep = plain ? null : AND_PREPOSITION_GAP.exec(gap)
    if (
      prep &&
      !endsWithWordOf(text, Math.max(0, from - 16), from, PREPOSITION_WORD[prep[1]!.toLowerCase()]!, THE_WORD)
    )
      break
    const listed = LISTED_GAP.test(gap)
    // A company is named by the measure itself or listed with what it names, not found further on.
    if (cands[i]!.company && !listed) continue
    if (listed || (gap.length < 70 && (plain || !FINITE_VERB.test(gap)))) out.push(cands[i]!)
  }
  // A list of companies goes on past the window while its names follow one another ("linked to three China-based
  // companies, A Co. Ltd., B Co., Ltd. and C Co., Ltd.": such names are long).
  const last = out[out.length - 1]
  if (last?.kind === 'company' && last.span[1] > limit - 40)
    for (const p of ps) {
      const tail = out[out.length - 1]!
      if (p.span[0] < tail.span[1] || p.span[0] >= end) continue
      if (p.kind !== 'company' || !isPlainListGap(text.slice(tail.span[1], p.span[0]))) break
      out.push(p)
    }
  return out
}

const TOOLS_RELATIVE_GAP =
  /\b(?:tools|malware|software|backdoors?|implants?|vulnerabilit(?:y|ies)|flaws?|exploits?|techniques|methods|tactics|infrastructure|domains|servers|families|utilities)\s+(?:that|which)\s+(?:(?:many|some|several|other|most|various|the|these|those)\s+)*$/i
const APPOSITION_OBJECT_GAP =
  /^,\s+(?:an?|the)\s+[^,;()]*\b(?:to|of|against|on|toward|towards|for|with|from|at)\s+(?:the\s+)?$/
const LINK_PREPOSITION_END =
  /\b(?:ties|tie|tied|links|link|linked|connects|connected|attributes|attributed|traces|traced|belongs|belonged)\s+(?:to|with)\s+(?:the\s+)?$/
const COMPLEMENT_IN_GAP = /\b(?:and|but|while|whereas)\s+(?:that|whether)\s/i
const AND_PREPOSITION_GAP = /,\s+and\s+(with|from|against|on|in|at|by|to)\s+(?:the\s+)?$/i
// Each preposition AND_PREPOSITION_GAP takes, as the one-word set `endsWithWordOf` compares the cue's last word with.
const PREPOSITION_WORD: Record<string, ReadonlySet<string>> = Object.fromEntries(
  ['with', 'from', 'against', 'on', 'in', 'at', 'by', 'to'].map((w) => [w, new Set([w])]),
)

/**
 * True when `gap` holds only white space, commas, brackets and the words "and" and "or" (any case): the gap of a list
 * ("X, Y and Z", "X (Y)"). Each expression `followingParties` reads on a gap before LISTED_GAP (AGENT_OR_SOURCE …
 * PARENT_OF_UNIT) and FINITE_VERB needs a word of its own there, whole (after `\b` or white space), so none matches
 * such a gap.
 */
function isPlainListGap(gap: string): boolean {
  for (let i = 0; i < gap.length; ) {
    const c = gap.charCodeAt(i)
    if (isSpaceCode(c) || c === 44 || c === 40 || c === 41) {
      i++
      continue
    }
    let j = i
    while (j < gap.length && (gap.charCodeAt(j) | 32) >= 97 && (gap.charCodeAt(j) | 32) <= 122) j++
    if (j === i) return false
    const w = j - i
    const a = gap.charCodeAt(i) | 32
    if (
      !(w === 3 && a === 97 && (gap.charCodeAt(i + 1) | 32) === 110 && (gap.charCodeAt(i + 2) | 32) === 100) &&
      !(w === 2 && a === 111 && (gap.charCodeAt(i + 1) | 32) === 114)
    )
      return false
    i = j
  }
  return true
}
// After a state's name, a description of a body of it: "'s spy agency", "'s main civilian intelligence service".
const STATE_DESCRIBES_AFTER =
  /^['’]s\s+(?:[a-z][\w-]*\s+){0,3}(?:agency|service|ministry|bureau|unit|arm|police|army|military|directorate|department)\b/
/** A noun phrase that ends in a noun for a group of attackers ("a Chinese espionage group"). */
export const GROUP_NOUN_END =
  /\b(?:group|actor|APT|cluster|hackers|gang|unit|team|crew|outfit|collective|adversary|operators?)$/
const KNOWN_AS_GAP = /^\s*,?\s*(?:also\s+)?(?:known|tracked|referred\s+to)\s+as\s+$|^\s*,?\s*aka\s+$/i
// Between parties listed together: "and", "or", "also known as", a bracket, an apposition.
// (An item may open with where it sits: "A, North Macedonia-based B and Ireland-based C".)
const LISTED_GAP =
  /^[\s,()]*(?:and\s+|or\s+|also known as|aka|formerly|\(|,\s*(?:a|an|the)\b[^,]{0,60})?[\s,()]*(?:(?:and\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}-based\s+)?$/i
const TARGETS_BEFORE = /\b(?:attacks?\s+(?:on|against)|targeting|targeted|hacked|breached|compromised)\b[^.;]{0,70}$/i
// Before the announcing subject: the sentence's start, a dateline or a date.
const ANNOUNCING_SUBJECT =
  /^(?:[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3}(?:,[^-–—]{0,30})?\s*[-–—]\s*)?(?:On\s+\w+(?:\s+\d{1,2})?,?\s+)?(?:The\s+|the\s+)?(?:U\.S\.\s+)?$/
const ANNOUNCES =
  /^(?:\s*\([A-Z][A-Za-z]*\))?(?:['’]s\s+[\w\s]{0,30}?)?\s+(?:today\s+|on\s+\w+\s+|has\s+|have\s+)?(?:announced|unsealed|published|issued|released|filed|charged|sanctioned|designated|imposed|said|stated)\b/
// People referred back to as a sentence's subject: "They", "The defendants", "The three men".
const PEOPLE_SUBJECTS = 'defendants|accused|suspects|men|women'
// (The counts from two to ten.)
const PEOPLE_COUNTS = SMALL_COUNTS.slice(0, 9).join('|')
// (A sentence that may open with them: the count alone will do.)
const PEOPLE_OPENING = new RegExp(
  String.raw`^\W*(?:They|The\s+(?:${PEOPLE_SUBJECTS}|${PEOPLE_COUNTS})|All\s+(?:${PEOPLE_COUNTS}))\b`,
)
const PEOPLE_PRONOUN = new RegExp(
  String.raw`^\W*(?:They|The\s+(?:${PEOPLE_SUBJECTS}|(?:${PEOPLE_COUNTS})\s+(?:men|women|defendants|officers|hackers|nationals))|All\s+(?:${PEOPLE_COUNTS})(?:\s+(?:men|women|defendants|suspects))?)\s+$`,
)
const OFFICE_BEFORE = /\b(?:President|Minister|Secretary|Senator|Governor|Chancellor|Premier|Mayor)\s+$/
const PERSON_PRONOUN = /(?:^\W*|[;:]\s+|\b(?:and|but)\s+)(?:He|he|She|she)\s+$/
const APPOSITION_OF = /^,\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}$/
const MEASURE_OBJECT_GAP = /^\s*(?:the\s+)?$/
const ATTACK_ON_BEFORE = /\b(?:(?:cyber-?)?attacks?|hack(?:s|ing)?|breach(?:es)?|intrusions?)\s+(?:on|against)\s*$/i
const COMPANY_TARGET_BEFORE = /\b(?:on|against|at|into|targeting|hit|breached|compromised)\s+(?:the\s+)?$/i
const PARENT_OF_UNIT = /^\s*\)?\s*(?:\([^()]*\)\s*)?of\s+(?:the\s+)?(?:\S+['’]s\s+)?$/
const COMPANY_HEAD =
  /\b(?:Company|Co\.?|Corp\.?|Corporation|Inc\.?|Ltd\.?|Limited|LLC|GmbH|PLC|JSC|ZRT|AD|Technologies|Holdings|Consortium|Motors|Aerospace|Partners|Solutions)(?:,?\s+(?:Ltd\.?|Limited|Inc\.?|LLC|ZRT|AD))?$/
// Who a legal measure can name besides states, bodies and actors: charged people (companies are flagged `company`).
const MEASURE_TARGET = new Set<PartyKind>(['individual', 'company'])
const COMPANY_APPOSED_GAP =
  /^\s+(?:an?|the|two|three|four|five|several)\s+(?:[\w-]+\s+){0,3}?(?:company|companies|contractors?|firms?|entit(?:y|ies)|businesses)\s*,\s*$/i
// A link cue whose object follows "to": "linked …/has been linked to", "tied to", "traced (back) to", "attributed … to".
const LINK_TO_END =
  /\b(?:link(?:ed|s|ing)?|tie[ds]?|tying|trac(?:ed|es|ing)|connect(?:ed|s|ing)?|attribut(?:ed|es|ing))\b[^.;:]*?\s(?:back\s+)?to\s*$/i
const MEASURE_WORD = /sanction|designat|indict|charg|listed|prosecut|extradit|defendants/i
const AGENT_OR_SOURCE = /\b(?:by|according\s+to|said|says|say)\b/i
const BELONGING_BEFORE =
  /\b(?:accounts?|mailboxes|inboxes|systems|networks|devices?|servers?|computers?|laptops?|(?:mobile\s+)?phones?|wallets?|addresses|machines?|websites|sites|domains|entities|organi[sz]ations|companies|firms|individuals|people|persons|officials|staff|employees|facilities|institutions)\s+(?:(?:directly|closely)\s+)?$/i
const LISTING = /\b(?:sanction(?:s|ed)|restrictive\s+measures|designat(?:ed|es|ion)|listings?)\b/i
// A person's part in a group, right after the person (an apposition may stand between): "… are members of",
// "… played a key role in". Group 1 or 2 is the cue.
const PART_IN_GROUP = String.raw`(?:\s*,[^,]{1,60},)?\s*,?\s+(?:(?:is|are|was|were)\s+(?:also\s+)?(members?\s+of|part\s+of|involved\s+in|affiliated\s+with)|(played\s+(?:a|an)\s+(?:[\w-]+\s+)?role\s+in))\b`
const MEMBER_SUBJECT = new RegExp(`^${PART_IN_GROUP}`)
// (Also through the other people listed with the person: "A and B played …", "A, B and C are members of …".)
const PART_IN_GROUP_AFTER = new RegExp(
  String.raw`^(?:\s*(?:,\s*(?:and\s+)?|and\s+)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})*${PART_IN_GROUP}`,
)
// Between two people listed, an age may stand: "A, 36, B, 42, and C, 39".
// (An age and an apposition may follow each: "A, 29, a Russian national, and B"; "A, 33, and his co-defendant B".)
const PEOPLE_LIST_GAP =
  /^(?:,\s*\d{1,3})?(?:,\s*(?:a|an)\s+[^,;.]{1,60})?\s*(?:,\s*(?:and\s+)?|and\s+)(?:(?:his|her|their)\s+(?:co-?defendants?|co-?conspirators?|superiors?|partners?|associates?|colleagues?|accomplices?),?\s+)?$/
// Between two states listed: "Czechia, Estonia and the United Kingdom".
// The company a state's name qualifies (see buildParties; read only after a word of STATE_NEXT_WORDS, so its trade word
// is one of those).
const COMPANY_QUALIFIED =
  /^\s+(?:security|cybersecurity|cyber(?:-?security)?|intelligence|threat\s+intelligence)\s+(?:firm|company|vendor|giant|maker|provider|outfit|start-?up|contractor|researchers)\b/
const STATE_LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$/
const CHARGED_SUBJECT =
  /^(?:,\s*\d{1,3},(?:[^,]{1,80},)?|\s*,[^,]{1,80},)?\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:also\s+)?(charged|indicted|listed|designated|sanctioned)\b(?!\s+(?:as|in\s+(?:the\s+)?(?:annex|list)))/
/** Whether a sentence opens a numbered paragraph ("6. The organization …"). */
function isNumberedParagraph(t: string): boolean {
  const c = t.charCodeAt(0)
  if (c < 48 || c > 57) return false
  return NUMBERED_PARAGRAPH.test(t)
}
const NUMBERED_PARAGRAPH = /^\d{1,2}\.(?:\s+[A-Z]|$)/
const IT_MEASURED = /^It\s+(?:is|was|has\s+been)\s+(?:also\s+)?(designated|sanctioned)\b/
const COMPANY_MEASURED =
  /^\s*(?:\([^()]{1,30}\))?\s*(?:,[^,]{1,60}(?:,[^,]{1,40})?,)?\s+(?:was|were|is|are|has\s+been|have\s+been)\s+(?:also\s+)?(designated|sanctioned)\b/
const BODY_PEOPLE = /^\s+(?:cyber\s+)?(?:actors|hackers|operatives|cyber\s+operators)\b/
// After a sponsor adjective: the group it describes, named by a vendor or agency in a relative clause.
const TRACKED_BY =
  /^(?:\s+[\w-]+){0,3}?\s+(?:group|actor|cluster|hackers|operators|crew|collective)\s+(?:that|which|whom)\s+(?:the\s+)?/
const TRACKS_AS = /^\s+(?:(tracks|calls|names|dubs|refers\s+to)(?:\s+it)?(?:\s+as)?)\s+["“]?/
// A described group named in a relative clause by whoever tracks it, whatever describes it ("A hackers-for-hire group
// that the internet watchdog Citizen Lab calls Dark Basin", "by a previously undocumented group based in Lebanon,
// which the Microsoft Threat Intelligence Center (MSTIC) tracks as POLONIUM"): the words before the one who tracks it,
// and between it and the name. "compromises … by an actor it calls Deep Panda": the sentence's speaker tracks the
// agent it names (a group it tracks that something is attributed to is that cue's).
// ("A group of hackers that the Dallas-based cyber intelligence firm iSight Partners calls the Sandworm Team": the
// group's members, and a place-based description of the tracker, may stand between.)
const GROUP_THAT_BEFORE =
  /\b(?:group|actor|cluster|hackers|operators|crew|collective|operation|gang|adversary|network)(?:\s+of\s+(?:hackers|attackers|operators|spies))?(?:\s+(?:based|operating|active)\s+in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?\s*,?\s+(?:that|which|whom)\s+(?:the\s+)?(?:(?:[a-z][\w-]*|[A-Z][a-z]+-based)\s+){0,4}$/
const NAMES_IT_AS =
  /^(?:\s*\([A-Z][\w-]*\))?\s+(?:(?:also|internally|publicly|now)\s+)?(tracks|calls|names|dubs|refers\s+to)(?:\s+(?:it|them))?(?:\s+as)?\s+(?:the\s+)?["“]?$/
const GROUP_IT_NAMES =
  /\bby\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:group|actor|cluster|hackers|operators|crew|collective|operation|gang|adversary|network)\s+(?:that\s+|which\s+)?(?:it|they)\s+(?:(?:also|internally|publicly|now)\s+)?(tracks|calls|names|dubs|refers\s+to)(?:\s+(?:it|them))?(?:\s+as)?\s+["“]?$/
// After a party's possessive, the act it owns (see OWN_ACT_BEFORE).
const OWN_ACT_AFTER = /^['’]s\s+(response|retaliation|revenge|reply|answer|handiwork|doing|work)\b/
// Before the party: the act is said to be it ("the attack was the Iranian government's response", "was probably
// Russia's revenge").
const OWN_ACT_BEFORE = /\b(?:is|was|were|are|be|been)\s+(?:(?:\w+ly|most\s+likely)\s+)?(?:the\s+)?$/i
/**
 * Whether the speaker `a` stands in a relative clause that describes a threat actor named right before it ("APT10, a
 * group that U.S. authorities and others believe is affiliated with …"): what it says is background to the claim about
 * the actor, not an attribution the speaker makes in the text's own story.
 */
function describesActorBefore(text: string, s: Sentence, ps: Party[], a: Party): boolean {
  const from = Math.max(s.start, a.span[0] - 90)
  const m = DESCRIBED_ACTOR_CLAUSE.exec(text.slice(from, a.span[0]))
  if (!m) return false
  const at = from + m.index
  return ps.some((q) => q.kind === 'actor' && q.span[1] === at)
}
// ", a group that ", ", a cyberespionage group which the ": a relative clause describing the actor before the comma.
const DESCRIBED_ACTOR_CLAUSE =
  /,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:group|actor|cluster|unit|gang|crew|outfit|collective|APT)\s+(?:that|which|whom)\s+(?:the\s+)?$/
/** The slot of an actor named in a relative clause by whoever tracks the group described before it (GROUP_THAT_BEFORE). */
function namedByTracker(text: string, s: Sentence, ps: Party[], actor: Party): Slot | undefined {
  const from = Math.max(s.start, actor.span[0] - 160)
  for (let i = ps.length - 1; i >= 0; i--) {
    const by = ps[i]!
    if (by.span[1] > actor.span[0]) continue
    if (by.span[1] < from) break
    if (by.kind !== 'vendor' && by.kind !== 'agency') continue
    const m = NAMES_IT_AS.exec(text.slice(by.span[1], actor.span[0]))
    // (An acronym in brackets after the name is a party of its own: "Center (MSTIC) tracks".)
    if (!m) continue
    if (!GROUP_THAT_BEFORE.test(text.slice(Math.max(s.start, by.span[0] - 60), by.span[0]))) return undefined
    return { cue: m[1]!, cueSpan: [by.span[1], actor.span[0]], attributed: [actor], explicit: true, by }
  }
  const it = GROUP_IT_NAMES.exec(text.slice(Math.max(s.start, actor.span[0] - 90), actor.span[0]))
  if (!it) return undefined
  const at = actor.span[0] - it[0].length
  return { cue: it[1]!, cueSpan: [at, actor.span[0]], attributed: [actor], explicit: true }
}
const CHARGED_BEFORE_LIST =
  /\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:also\s+)?(charged|indicted|designated|sanctioned)(?:\s+as\s+well|\s+too)?\s*:\s*$/
const WITH_PARTNER_BEFORE =
  /\b(?:(?:investigations?|inquiry|probe|cooperation|co-operation|collaboration|partnership|coordination|consultation|work(?:ed|ing)?|together|jointly)\s+(?:closely\s+)?with|alongside)\s+(?:the\s+)?(?:[\w.'’-]+(?:\s+[\w.'’-]+){0,5}?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?)?$/
// What a speaker does right after its name ("Dutch intelligence agencies say …").
const SPEAKS_AFTER =
  /^\s+(?:have\s+|has\s+|had\s+)?(?:\w+ly\s+)?(?:named|blamed|accused|attributed|linked|identified|say|says|said|assess(?:es|ed)?|believe[sd]?|warn(?:s|ed)?|conclude[sd]?|f(?:i|ou)nd|state[sd]?|report(?:s|ed)?|announce[sd]?|confirm(?:s|ed)?)\b/
const FORECAST_CLAUSE =
  /^\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}?\s+(?:will|would|is\s+(?:expected|likely|set)\s+to|are\s+(?:expected|likely|set)\s+to)\s+(?:\w+ly\s+)?(?:continue|keep|remain|persist|try|attempt|seek|target|use|pose)\b/
// ("South Korean police formally attributed …": a state's police, as written.)
// ("Danish intelligence on Thursday blamed": the state's intelligence named bare, as the subject of a verb of saying.)
/** The known organisation a state's described agency names ("'s security service" of Ukraine: "Security Service of Ukraine"). */
/**
 * The one agency the text names that a description of a state's agency ("cyber agency", "spy agency", "security
 * police") stands for: of the same state (by the party's country or the state named right before it: "Denmark's Centre
 * for Cyber Security") and with the description's key word in its name; undefined when none or several.
 */
function namedAgencyOf(text: string, parties: Party[], country: string, described: string): string | undefined {
  const head = DESCRIPTION_HEADS.find(([word]) => word.test(described))?.[1]
  if (!head) return undefined
  let found: string | undefined
  for (const p of parties) {
    if (p.kind !== 'agency' || p.media || !head.test(p.name)) continue
    const before = STATE_RIGHT_BEFORE.exec(text.slice(Math.max(0, p.span[0] - 30), p.span[0]))
    if ((p.country ?? (before ? countryNamed(before[1]!) : undefined)) !== country) continue
    if (found !== undefined && found !== p.name) return undefined
    found = p.name
  }
  return found
}
const STATE_RIGHT_BEFORE = /([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?:['’]s)?\s+$/
// A description's key word, first match first, and the word the agency's name must hold.
const DESCRIPTION_HEADS: [RegExp, RegExp][] = [
  [/cyber/i, /\bCyber/],
  [/spy|intelligence/i, /\bIntelligence\b/],
  [/police/i, /\bPolice\b/],
  [/security/i, /\bSecurity\b/],
]
function knownOrgOf(described: string, country: string): string | undefined {
  const words = described.slice(2).trim().split(/\s+/)
  const name = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()).join(' ')
  return knownOrgNamed(`${name} of ${country}`)?.name ?? knownOrgNamed(`${name} of the ${country}`)?.name
}
const DESCRIBED_AGENCY =
  /^(?:['’]s)?\s+(?:(?:national|federal|domestic|foreign|military|civilian)\s+)?(?:(?:security|intelligence|counter-?intelligence|cyber(?:\s*security)?|signals\s+intelligence|secret)(?:\s+and\s+intelligence)?\s+(?:services?|agency|agencies|authority|authorities)|(?:cyber\s+)?spy\s+(?:services?|agency|agencies)|(?:security\s+)?police(?:\s+(?:force|agency|service))?|(?:(?:public|state|chief|general)\s+)?prosecutor(?:[- ]general)?['’]s\s+office|(?:public\s+)?prosecution\s+(?:service|authority)|attorney[- ]general['’]s\s+office|(?<=\bmilitary\s+)intelligence(?!\s+(?:on|officers?|sources?|officials?)\b)|intelligence(?=\s+(?:on\s+[A-Z]\w+\s+)?(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+)?(?:named|blamed|accused|attributed|linked|identified|says?|said|assess(?:es|ed)?|believe[sd]?|warn(?:s|ed)?|conclude[sd]?|found|report(?:s|ed)?|announce[sd]?|confirm(?:s|ed)?)\b))\b(?!\s+of\b)/i
// ("Israeli military intelligence": a state's military intelligence is one body, wherever it is named; "Belgium's federal
// prosecutor's office": a state's prosecution as written.)
// "on Thursday " before the verb.
const ON_DAY = /^\s+on\s+[A-Z]\w+(?=\s)/
// (…, and "Lazarus, a group known to South Korean and U.S. intelligence": who knows of it, not who stands behind it.)
// "accused Moscow of trying to destabilise Poland because of the aid it supplies to Ukraine": what the accused did,
// and why, name its targets and others, not more accused.
const ACCUSED_OF_DOING = /\b(?:of|for)\s+(?:\w+ly\s+)?\w+ing\b|\bbecause\b|\bdue\s+to\b/i
const AGENCY_POSSESSIVE_BEFORE = /\b(?:Department|Ministry|Office|Agency|Bureau|FBI|DOJ|Treasury)['’]s\s+$/
const NEW_PREDICATE = /\band\s+(?:\w+ly\s+)?[a-z]+\s+(?:it|them)\b/
const COMPARED_IN_GAP = /\b(?:after|following|like|unlike|than|joining|known\s+to)\b/i

/**
 * Without the states named only as the owners of the state body that follows ("Iran's Ministry of Intelligence",
 * "Russia's FSB"): the body is the party.
 */
function ownersDropped(text: string, cands: Party[]): Party[] {
  if (cands.length < 2) return cands
  return cands.filter((p, i) => {
    const prev = cands[i - 1]
    // "the Reconnaissance General Bureau, a military intelligence agency of North Korea": the body's owner.
    if (
      prev?.kind === 'state-body' &&
      (p.kind === 'country' || p.kind === 'government') &&
      /^,\s*(?:a|an|the)\s+[\w\s-]{0,50}\bof\s+(?:the\s+)?$/.test(text.slice(prev.span[1], p.span[0]))
    )
      return false
    const next = cands[i + 1]
    // "FSB Centre 18", "Unit 26165 of the GRU": the body named as the owner of its numbered unit.
    if (p.kind === 'state-body') {
      if (
        next?.kind === 'state-body' &&
        next.name.startsWith(`${p.name} `) &&
        /^\s*$/.test(text.slice(p.span[1], next.span[0]))
      )
        return false
      if (
        prev?.kind === 'state-body' &&
        prev.name.startsWith(`${p.name} `) &&
        /^\s*(?:of|in|within|at)\s+(?:the\s+)?(?:\w+['’]s\s+)?$/.test(text.slice(prev.span[1], p.span[0]))
      )
        return false
    }
    if (next?.kind !== 'state-body' || (p.kind !== 'country' && p.kind !== 'government')) return true
    return !/^['’]s?\s*$/.test(text.slice(p.span[1], next.span[0]))
  })
}

const RESIDENCE_BEFORE = /\b(?:of|from)\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?,\s+$/
function precedingParty(text: string, to: number, ps: Party[], persons = false): Party[] {
  const cands = ps.filter(
    (p) =>
      p.span[1] <= to &&
      p.span[1] >= to - 120 &&
      (ATTRIBUTED_KINDS.has(p.kind) || (persons && p.kind === 'individual')) &&
      // "Aleksandr Stepanov, 39, of Novosibirsk, Russia, is charged": where the subject lives.
      !(
        p.kind === 'country' &&
        endsWithCommaSpace(text, Math.max(0, p.span[0] - 40), p.span[0]) &&
        RESIDENCE_BEFORE.test(text.slice(Math.max(0, p.span[0] - 40), p.span[0]))
      ),
  )
  if (cands.length === 0) return []
  let last = cands[cands.length - 1]!
  // "Rim, a citizen of North Korea, has been indicted": the head of the apposition is the subject.
  for (let i = cands.length - 2; i >= 0; i--) {
    const g = text.slice(cands[i]!.span[1], last.span[0])
    if (!APPOSITION_WITH_PARTY.test(g) || !/^\s*,/.test(text.slice(last.span[1], to))) break
    last = cands[i]!
    cands.length = i + 1
  }
  // "Lazarus and Andariel, hacker groups under North Korea's RGB, carried out": the last party sits in an apposition
  // closed right before the cue; the subject is the party before its opening comma.
  if (cands.length > 1 && CLOSED_APPOSITION.test(text.slice(last.span[1], to))) {
    const open = text.lastIndexOf(',', last.span[0])
    for (let i = cands.length - 2; i >= 0; i--) {
      const c = cands[i]!
      if (c.span[1] > open) continue
      // ("the GRU's 85th Main Special Service Center (GTsSS), military unit 26165, had used": a state body's unit
      // number in apposition to it.)
      const bodyUnit =
        c.kind === 'state-body' &&
        last.kind === 'state-body' &&
        /^\)?$/.test(text.slice(c.span[1], open)) &&
        /^,\s+$/.test(text.slice(open, last.span[0]))
      if (bodyUnit || (c.span[1] === open && APPOSITION_OPENING.test(text.slice(open, last.span[0])))) {
        last = c
        cands.length = i + 1
      }
      break
    }
  }
  const gap = text.slice(last.span[1], to)
  // (The length first: the relative pronoun is looked for in long gaps only.)
  // A closed clause about an actor between it and the cue ("MuddyWater, which is part of Iran's Ministry of
  // Intelligence and Security, targeted", "MirrorFace, believed to be linked to China, was behind") leaves it the
  // subject. (The clause opens with a comma.)
  // (Or about a state body: "the Reconnaissance General Bureau, the North's intelligence organisation in charge of
  // espionage against the South, had hacked".)
  const closed =
    (last.kind === 'actor' || last.kind === 'state-body') &&
    gap.charCodeAt(0) === 44 &&
    CLOSED_RELATIVE_BEFORE_CUE.test(gap)
  if (
    holdsStop(text, last.span[1], to) ||
    (gap.length > 60 && RELATIVE_WORD.test(gap.replace(NO_SMALL_LETTERS, '')) && !closed)
  )
    return []
  // "a China-based threat group that has conducted": where the subject sits, not the subject.
  if (last.kind === 'country' && BASED_GAP.test(gap)) return []
  // The party must be the subject of the cue, not of a reporting verb before it ("X said that attacks launched").
  // (Unless the verb is a relative clause's about it: "Anonymous Sudan, an online group that the Justice Department
  // says is responsible for …", "X, which US officials believe was behind …".)
  REPORT_VERBS.lastIndex = 0
  // ("APT28 is believed to be behind": a passive hedge about the party, not a verb of another subject.)
  // ("Moscow, he said, had orchestrated": a speaker set off by commas leaves the party the subject.)
  const unspoken = gap.replace(MEDIAL_SPEAKER_GAP, ' ')
  if (REPORT_VERBS.test(unspoken) && !RELATIVE_REPORT_GAP.test(gap) && !PASSIVE_HEDGE_GAP.test(gap) && !closed)
    return []
  // "the UK, EU, US …": parties listed together; "APT10, the Chinese hacking group that carried out": an apposition.
  const out = [last]
  for (let i = cands.length - 2; i >= 0; i--) {
    const g = text.slice(cands[i]!.span[1], out[0]!.span[0])
    if (AND_GAP.test(g) || APPOSITION_GAP.test(g)) out.unshift(cands[i]!)
    else break
  }
  return out
}
const RELATIVE_WORD = /\b(?:which|who|that)\b/
// A speaker set off by commas right after the subject: ", he said,", ", the ministry said,".
const MEDIAL_SPEAKER_GAP =
  /^,\s+(?:he|she|they|it|the\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:said|says|added|wrote|stated|noted|insisted|argued),\s+/
// After a party in an apposition, up to the cue: the closing comma (a possessive or a few words may come first).
const CLOSED_APPOSITION = /^(?:['’]s)?[^,;.]{0,40},\s*$/
// The opening of such an apposition: a description in lower case ("hacker groups under", "a unit of", "which is
// connected to").
const APPOSITION_OPENING =
  /^,\s+(?:(?:a|an|the|two|three|both)\s+)?[a-z][\w-]*(?:\s+[\w-]+){0,5}\s+(?:under|of|from|in|for|with|by|within|inside|at|to)\s+(?:the\s+)?(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}['’]s\s+)?$/
// Between a party and a cue it is the subject of: a relative clause whose own subject says so.
const RELATIVE_REPORT_GAP =
  /^\s*,\s+(?:(?:which|whom)\s+|(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:group|actor|gang|crew|collective|unit|organi[sz]ation|outfit|cluster|hackers)\s+(?:that\s+|which\s+|whom\s+)?)(?:the\s+)?(?:[\w.&'’-]+\s+){1,4}(?:says?|said|believes?|believed|assess(?:es|ed)?|alleges?|alleged|considers?|suspects?|thinks?)\s+$/
const PASSIVE_HEDGE_GAP =
  /^\s+(?:is|are|was|were|had\s+been|has\s+been|have\s+been)\s+(?:(?:\w+ly|also|now)\s+)?(?:believed|thought|said|reported|assessed|judged|alleged|claimed|suspected|understood|considered)(?:\s+to)?\s*$/i
const NO_SMALL_LETTERS = /^[^a-z]*/
const BASED_GAP = /^[-\s]*based\b/i
const AND_GAP = /^[\s,]*(?:and\s+)?[\s,]*$/
const APPOSITION_GAP = /^,\s+(?:the|a|an)\s+$/

// ("Sky News, which was first to report that …": a relative clause whose subject the company is.)
// ("Anthropic, the US artificial intelligence company, says", "Anthropic, which tracks the group as X, said": an
// apposition or a relative clause closed before the verb.)
// (A corporate suffix the name did not take may follow it: "UnitedHealth Group confirmed".)
// ("Le360 and Hespress attributed …": another name may be joined to the company before the verb.)
const COMPANY_SAYS =
  /^(?:\s+and\s+(?:[A-Z][\w&.-]*[ \t]+){0,3}[A-Z][\w&.-]*)?(?:\s+(?:Group|Inc\.?|Corp\.?|Corporation|Ltd\.?|Holdings|plc|AG|SE|LLC)(?=\s))?(?:\s+|,\s+which\s+(?:was\s+(?:the\s+)?first\s+to\s+|had\s+|has\s+)?|,\s+(?:(?:the|an?)\s+[^,;.()]{1,50}|(?:which|who)\s+[^,;.()]{1,60}|citing\s+[^,;.()]{1,60}),\s+)(?:(?:has|had|have)\s+)?(?:also\s+|likewise\s+)?(?:(?:\w+ly|(?<=^\s+)(?:first|later|earlier))\s+)?(?:says|said|say|stated|states|believes|believed|suspects|suspected|claims|claimed|told|announced|confirmed|reported|report|assesses|assessed|attributed|attributes|blamed|blames|describes|described|wrote|writes|linked|links|named|names|tied|ties|traced|traces|identified|identifies|(?:has\s+)?(?:learned|learnt))\b/
const RESEARCHER_NOUNS = ['investigator', 'researcher', 'analyst', 'sleuth']
// A title that names a company's researcher: "Arkham analyst", "Check Point senior researcher".
const RESEARCHER_TITLE = /\b(?:researchers?|analysts?|investigators?|sleuths?|experts?|scientists?|engineers?)$/
const RESEARCHER_WORDS = RESEARCHER_NOUNS.map((w) => `${w} `)
const RESEARCHER_NAMED = new RegExp(
  String.raw`\b(?:${RESEARCHER_NOUNS.join('|')}) ([A-Z][\w-]{2,}[A-Za-z0-9])\b(?![ -][A-Z])`,
  'g',
)
// ("headquartered in", "traced several internet addresses to a city in north-eastern China": where, not who.)
const LOCATED_IN_BEFORE =
  /\b(?:(?:located|headquartered|registered|incorporated|situated)\s+in|(?:a|the)\s+(?:city|town|region|province|village|port)\s+(?:[\w-]+\s+){0,3}?in)\s+(?:the\s+)?(?:[a-z][\w-]*\s+)?$/
const OWNER_AFTER = /^\s+(?:owner|parent)\b/

// Between two parties of one list: "the NSA, the FBI and CISA", "the UK's NCSC".
// ("Ukrainian officials and the security firm ESET said": the next one's trade may stand before its name.)
// (The trade that may stand before the next one's name: "the security firm".)
const TRADE_BEFORE_NAME = String.raw`(?:(?:[\w-]+\s+){0,2}(?:firm|company|vendor)\s+)?`
const LIST_GAP = new RegExp(String.raw`^[\s,]*(?:and\s+)?(?:the\s+)?${TRADE_BEFORE_NAME}$|^['’]s\s+$`)

/**
 * False when another attributor-capable party stands between `p` and the verb at `verb` other than in a list with it:
 * the verb is that party's ("… officials, according to firm X, which found …": "found" is not the officials').
 */
const AND_LIST_GAP = new RegExp(String.raw`^,?\s+and\s+(?:the\s+)?${TRADE_BEFORE_NAME}$`)
/** Whether `a` is listed with a later party of `found` right before its verb of saying ("A and the firm B said"). */
function saidNextListed(text: string, a: Party, found: Party[]): boolean {
  for (const q of found)
    if (
      q.span[0] >= a.span[1] &&
      q.span[0] - a.span[1] < 40 &&
      // (Joined by "and": "… support for Ukraine, DDIS said" lists no speakers.)
      AND_LIST_GAP.test(text.slice(a.span[1], q.span[0])) &&
      SAID_NEXT.test(text.slice(q.span[1], q.span[1] + 12))
    )
      return true
  return false
}

function listedUpTo(text: string, p: Party, capable: Party[], verb: number): boolean {
  const between = capable.filter((q) => q.span[0] >= p.span[1] && q.span[1] <= verb)
  if (between.length === 0) return true
  between.sort((a, b) => a.span[0] - b.span[0])
  let end = p.span[1]
  for (const q of between) {
    if (q.span[0] < end) continue
    if (!LIST_GAP.test(text.slice(end, q.span[0]))) return false
    end = q.span[1]
  }
  return true
}

/** True when a full stop or a semicolon stands between `from` and `to`: `/[.;]/.test(text.slice(from, to))`. */
function holdsStop(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (c === 46 || c === 59) return true
  }
  return false
}

// The text between a name and a party inside its apposition: ", a citizen of ", ", an officer of the ".
// "X, through the operations of Y, was involved in".
const APPOSITION_WITH_PARTY = /^,\s+[\w\s-]{0,50}\b(?:of|from|in|for|with|by)\s+(?:the\s+)?$/

const WAS_TARGET_AFTER =
  /^\s+(?:(?:is|was|were|are|has\s+been|had\s+been|have\s+been)\s+)(?:also\s+|among\s+)?(?:(?:a|an|the|one\s+of\s+the)\s+)?(?:(?:main|key|latest|new|prime|frequent)\s+)?(?:targets?|victims?)\b/i
export function isTargetPosition(text: string, p: Party, asAttributor = false): boolean {
  // "against other EU Member States": a union's members are named, not the union.
  if (p.kind === 'alliance') return MEMBERS_AFTER.test(text.slice(p.span[1], p.span[1] + 24))
  // "attacks on Mongolian government bodies": a government the attacks hit speaks for nothing.
  // (Each expression on the words before the party ends in one of its words, then white space and an optional article:
  // it is tested only when `endsWithWordOf` finds such a word there, within the same window.)
  // "Attacks on the networks of Taiwan's government departments": departments the attacks hit are no voice either.
  if (p.kind === 'government' && asAttributor) {
    const from = Math.max(0, p.span[0] - 24)
    return (
      (endsWithWordOf(text, from, p.span[0], GOV_HIT_WORDS, THE_WORD) &&
        GOV_HIT_BEFORE.test(text.slice(from, p.span[0]))) ||
      (TARGET_NOUN.test(text.slice(p.span[1], p.span[1] + 30)) && NETWORKS_OF_BEFORE.test(text.slice(from, p.span[0])))
    )
  }
  // "defacing Ukrainian government websites", "against the Albanian government": a government as the target.
  if (p.kind === 'government' && !asAttributor) {
    if (TARGET_NOUN.test(text.slice(p.span[1], p.span[1] + 30))) return true
    const from = Math.max(0, p.span[0] - 20)
    return (
      endsWithWordOf(text, from, p.span[0], GOV_TARGET_WORDS, ARTICLE_WORDS) &&
      GOV_TARGET_BEFORE.test(text.slice(from, p.span[0]))
    )
  }
  // "to damage the networks of Acme Health": a company whose networks are attacked is a victim.
  if (p.company) return NETWORKS_OF_BEFORE.test(text.slice(Math.max(0, p.span[0] - 24), p.span[0]))
  if (p.kind !== 'country') return false
  // "The Netherlands was also a target of the campaign": a state the sentence calls a target or victim.
  if (asAttributor && WAS_TARGET_AFTER.test(text.slice(p.span[1], p.span[1] + 40))) return true
  // "the Russia-Ukraine war", "US-China relations": a state in a compound of states names no party.
  if (
    (text.charCodeAt(p.span[0] - 1) === 45 && /[A-Za-z]/.test(text.charAt(p.span[0] - 2))) ||
    (text.charCodeAt(p.span[1]) === 45 && /[A-Z]/.test(text.charAt(p.span[1] + 1)))
  )
    return true
  // "the FBI's Washington field office": a city in an office's name.
  if (
    spacedWordIn(text, p.span[1], p.span[1] + 16, OFFICE_FIRST_WORDS) &&
    OFFICE_AFTER.test(text.slice(p.span[1], p.span[1] + 16))
  )
    return true
  // "a national from East London", "in Northern Ireland": a region named after a place is where someone lives.
  if (
    endsWithWordOf(text, Math.max(0, p.span[0] - 10), p.span[0], REGION_WORDS, NO_WORDS) &&
    REGION_BEFORE.test(text.slice(Math.max(0, p.span[0] - 10), p.span[0]))
  )
    return true
  const from = Math.max(0, p.span[0] - 40)
  // "part of the Kremlin's ongoing effort to destabilise Ukraine": the state a harmful aim is aimed at.
  if (holdsHarmVerb(text) && HARM_VERB_BEFORE.test(text.slice(from, p.span[0]))) return true
  if (asAttributor) {
    // "Singapore's worst cyber attack": the state an attack of its is said to have hit.
    const c = text.charCodeAt(p.span[1])
    if ((c === 39 || c === 0x2019) && POSSESSED_ATTACK_AFTER.test(text.slice(p.span[1], p.span[1] + 50))) return true
    if (!endsWithWordOf(text, from, p.span[0], STATE_HIT_WORDS, THE_WORD)) return false
    const before = text.slice(from, p.span[0])
    return (
      STATE_HIT_BEFORE.test(before) &&
      // "together with partners in Australia", "agencies from Canada", "counterparts in Japan": who speaks with them.
      !PARTNERS_IN_BEFORE.test(before)
    )
  }
  if (endsWithWordOf(text, from, p.span[0], STATE_PLACE_WORDS, THE_WORD)) {
    const before = text.slice(from, p.span[0])
    // Where the actor sits, not what it hits: "two outfits based in North Korea", "operating out of Iran", "a
    // state-sponsored actor from the People's Republic of China".
    if (BASED_IN_BEFORE.test(before)) return false
    if (STATE_TARGET_BEFORE.test(before)) return true
    // A person's nationality: "a citizen of North Korea"; a war's victim: "its invasion of Ukraine".
    if (NATIONAL_OF_BEFORE.test(before)) return true
  }
  return mayOpenStateTarget(text, p.span[1]) && STATE_TARGET_AFTER.test(text.slice(p.span[1], p.span[1] + 30))
}
// (Asked of every state in every position: the text is searched once for any of the verbs.)
const HARM_VERB_WORD =
  /destabili[sz]|undermin|weaken|intimidat|punish|coerc|sabotag|interfer|meddl|spy\s+on|spying\s+on|spied\s+on/i
let harmText: string | undefined
let harmFound = false
function holdsHarmVerb(text: string): boolean {
  if (text !== harmText) {
    harmText = text
    harmFound = HARM_VERB_WORD.test(text)
  }
  return harmFound
}
const HARM_VERB_BEFORE =
  /\b(?:destabili[sz](?:e|es|ed|ing)|undermin(?:e|es|ed|ing)|weaken(?:s|ed|ing)?|intimidat(?:e|es|ed|ing)|punish(?:es|ed|ing)?|coerc(?:e|es|ed|ing)|sabotag(?:e|es|ed|ing)|(?:interfer(?:e|es|ed|ing)|meddl(?:e|es|ed|ing))\s+in|(?:spy|spying|spied)\s+on)\s+(?:the\s+)?$/i
const POSSESSED_ATTACK_AFTER =
  /^['’]s\s+(?:(?:worst|biggest|largest|latest|first|recent|major|serious|\w+est)\s+)?(?:[\w-]+\s+){0,2}?(?:cyber[\s-]?attacks?|attacks?|hacks?|breach(?:es)?|data\s+breach|intrusions?)\b/i
const GOV_HIT_BEFORE =
  /\b(?:attacks?\s+(?:on|against)|against|targeting|targeted|hit|into|breaching|breached)\s+(?:the\s+)?$/i
const NETWORKS_OF_BEFORE = /\b(?:networks?|systems?|computers?|websites?|servers?)\s+of\s+(?:the\s+)?$/i
const GOV_HIT_WORDS = new Set(['on', 'against', 'targeting', 'targeted', 'hit', 'into', 'breaching', 'breached'])
const GOV_TARGET_BEFORE = /\b(?:against|targeting|targeted|attacked|into|hit|across|at)\s+(?:the\s+|an?\s+)?$/i
const GOV_TARGET_WORDS = new Set(['against', 'targeting', 'targeted', 'attacked', 'into', 'hit', 'across', 'at'])
const STATE_HIT_BEFORE =
  /\b(?:against|targeting|targeted|attacked|on|into|in|hit|at|of|invaded|invading|through|via|(?<!according\s)to)\s+(?:the\s+)?$/i
const STATE_HIT_WORDS = new Set([
  'against',
  'targeting',
  'targeted',
  'attacked',
  'on',
  'into',
  'in',
  'hit',
  'at',
  'of',
  'invaded',
  'invading',
  'through',
  'via',
  'to',
])
const PARTNERS_IN_BEFORE =
  /\b(?:partners?|agencies|counterparts|authorities|officials|allies|governments?)\s+(?:in|from|of)\s+(?:the\s+)?$/i
const BASED_IN_BEFORE =
  /\b(?:hackers?|outfits?|groups?|actors?|operators?|crews?|gangs?|units?|teams?|APTs?)\s+(?:(?:\w+\s+)?(?:based|headquartered|operating|working|stationed)\s+(?:in|from|out\s+of)|from)\s+(?:the\s+)?$/i
const STATE_TARGET_BEFORE =
  /\b(?:against|targeting|targeted|attacked|affecting|on|into|in|hit|at|with|from|across|for)\s+(?:the\s+)?$/i
const NATIONAL_OF_BEFORE =
  /\b(?:citizens?|nationals?|residents?|natives?|invasion|occupation|annexation)\s+of\s+(?:the\s+)?$/i
// The last words of BASED_IN_BEFORE, STATE_TARGET_BEFORE and NATIONAL_OF_BEFORE.
const STATE_PLACE_WORDS = new Set([
  'in',
  'from',
  'of',
  'against',
  'targeting',
  'targeted',
  'attacked',
  'affecting',
  'on',
  'into',
  'hit',
  'at',
  'with',
  'across',
  'for',
])
const MEMBERS_AFTER = /^\s+[Mm]ember\s+(?:[Ss]tates|countries|nations|governments)\b/
const OFFICE_AFTER = /^\s+(?:field\s+office|office|bureau|station)\b/
// The words OFFICE_AFTER can open with (after its white space).
const OFFICE_FIRST_WORDS = new Set(['field', 'office', 'bureau', 'station'])
const REGION_BEFORE = /\b(?:East|West|North|South|Central|Greater|Eastern|Western|Northern|Southern)\s+$/
// REGION_BEFORE's words, lower-cased for endsWithWordOf.
const REGION_WORDS = new Set(
  ['East', 'West', 'North', 'South', 'Central', 'Greater', 'Eastern', 'Western', 'Northern', 'Southern'].map((w) =>
    w.toLowerCase(),
  ),
)
/**
 * False when STATE_TARGET_AFTER cannot match after `at`: after any white space it opens with "and", an apostrophe or
 * "national", "citizen", "resident" (any case).
 */
function mayOpenStateTarget(text: string, at: number): boolean {
  const c = codeAfterSpaces(text, at)
  const l = c | 32
  return l === 97 || l === 110 || l === 99 || l === 114 || c === 39 || c === 0x2019
}
const STATE_TARGET_AFTER =
  /^\s*(?:and its allies|['’]s\s+(?:power|energy|parliament|government|critical|networks?|systems?|election)|(?:nationals?|citizens?|residents?)\b)/i
const THE_WORD = new Set(['the'])
const ARTICLE_WORDS = new Set(['the', 'a', 'an'])

/**
 * False when an expression that ends "\b(?:<one of words>)\s+(?:<article>\s+)?$" (case-insensitively) cannot match
 * `text.slice(from, to)`: the run of `\w` characters before the white space that ends the slice (cut at `from`, as the
 * expression sees it) must be one of `words`, or one of `articles` after such a word. (The expression may ask more;
 * this only says where it is worth running.) Lower-case ASCII words: without the `u` flag no other character matches
 * an ASCII letter case-insensitively.
 */
function endsWithWordOf(
  text: string,
  from: number,
  to: number,
  words: ReadonlySet<string>,
  articles: ReadonlySet<string>,
): boolean {
  let e = to
  while (e > from && isSpaceCode(text.charCodeAt(e - 1))) e--
  let b = e
  while (b > from && isAsciiWordCode(text.charCodeAt(b - 1))) b--
  if (isWordOf(words, text, b, e)) return true
  if (!isWordOf(articles, text, b, e)) return false
  e = b
  while (e > from && isSpaceCode(text.charCodeAt(e - 1))) e--
  b = e
  while (b > from && isAsciiWordCode(text.charCodeAt(b - 1))) b--
  return isWordOf(words, text, b, e)
}

// Per set of words (module constants), its words by length.
const WORDS_BY_LENGTH = new WeakMap<ReadonlySet<string>, (string[] | undefined)[]>()
/**
 * `words.has(str.slice(b, e).toLowerCase())` for a run of ASCII word characters (`\w`), without the slice: compared
 * code unit by code unit with the words of its length (lower-casing such a run only folds A-Z).
 */
/** Whether str[b, e) is a word ending in "ly" of at least four letters and `words` allows one ("*ly"). */
function isLyWord(words: ReadonlySet<string>, str: string, b: number, e: number): boolean {
  return e - b >= 4 && str.charCodeAt(e - 2) === 108 && str.charCodeAt(e - 1) === 121 && words.has('*ly')
}
function isWordOf(words: ReadonlySet<string>, str: string, b: number, e: number): boolean {
  let byLength = WORDS_BY_LENGTH.get(words)
  if (byLength === undefined) {
    byLength = []
    for (const w of words) (byLength[w.length] ??= []).push(w)
    WORDS_BY_LENGTH.set(words, byLength)
  }
  const n = e - b
  const candidates = byLength[n]
  if (candidates === undefined) return false
  for (const w of candidates) {
    let i = 0
    while (i < n) {
      const c = str.charCodeAt(b + i)
      if ((c >= 65 && c <= 90 ? c + 32 : c) !== w.charCodeAt(i)) break
      i++
    }
    if (i === n) return true
  }
  return false
}

// A judgement with a wording of its confidence before a "that" clause: "we assess with moderate confidence that".
const JUDGED_OVERLAP_BEFORE =
  /\b(?:assess(?:es|ed)?|judges?|judged|considers?|considered|believes?|believed)\b[^.;]{0,40}?\b(?:confidence|likely|probabl[ey]|possib(?:le|ly|ility)|certain(?:ly)?)\b[^.;]{0,20}?\bthat\b[^.;]*$/i
const STATE_USER_KINDS = new Set<PartyKind>(['government', 'state-body'])
const TOOL_USED_BEFORE =
  /\b(?:spyware|malware|implants?|exploits?|tools?|software|[A-Z][\w-]+)\s+(?:(?:being|was|were|is|are|had\s+been|has\s+been|have\s+been)\s+)?$/
// The cues of a legal measure (a sanction, designation, charge or listing), which may name people and companies.
const LEGAL_CUES = new Set<Cue>([
  CATCH_ALL,
  DEFENDANTS_LISTED,
  LEGAL_AGAINST,
  LEGAL_ON,
  LEGAL_OF,
  LEGAL_ARE,
  COUNCIL_LISTED,
  ORDINAL_TARGET,
])
// The probes of a cue's match and its surroundings (module constants: a literal in the loop makes an object per test).
const BY_NEXT = /^\s+by\b/
const OPERATION_BEFORE =
  /\b(?:operations?|efforts?|takedowns?|investigations?|disruptions?|probes?|raids?|exercises?|initiatives?|seizures?)\s*,?\s*(?:\w+ly\s+)?$/i
const OPERATION_AFTER =
  /^\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:operations?|efforts?|takedowns?|investigations?|disruptions?|probes?|raids?|exercises?|initiatives?)\b/i
const FOR_NEXT = /^(?:\s+\w+ly)?\s+for\b/
// A sponsor's word before a named actor's seat: "a state-sponsored actor based in China".
const STATE_SPONSORED_BEFORE = /\b(?:state|nation-state|government)[\s-](?:sponsored|backed|directed|aligned)\b/i
// What follows "took part" when the part is in a police operation: "with Eurojust", "in the operation".
const PART_WITH_NEXT =
  /^\s+(?:with\s+[A-Z]|in\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:operations?|efforts?|takedowns?|investigations?|disruptions?|probes?|raids?|exercises?|initiatives?)\b)/
// Police forces as the subject: "law enforcement from 17 countries, among them …", "police in six countries".
const POLICING_SUBJECT_BEFORE =
  /\b(?:law[\s-]+enforcement|police(?:\s+forces)?|prosecutors|investigators)\s+(?:agencies\s+|authorities\s+|officers\s+)?(?:from|of|in)\s+(?:\d+|\w+)\s+(?:other\s+)?(?:countries|nations|states|jurisdictions)\b/i
const AS_NEXT = /^\s+as\b/
const MEMBERS_CUE = /^(?:members?|officers|operatives|agents|hackers|cyberspies)\s+of$/i
const LINKED_CUE = /^(?:linked|tied|connected|belong(?:s|ed|ing)?)\b/i
const NAMED_CUE = /^named$/i
const DESIGNATE_CUE = /^designat/i
const CHARGE_CUE = /indict|charg/i
// ("which is charging X": the relative pronoun is the subject, not the object.)
const RELATIVE_AGENT_BEFORE =
  /\b(?:whom|which)\s+(?!(?:is|are|was|were|has|have|had)\s)(?:the\s+)?[\w.]+(?:\s+[\w.]+)?\s+$/i
const COPULA_BEFORE = /\b(?:also|is|are|was|were|been|being)\s+$/i

const TARGET_NOUN =
  /^\s+(?:websites?|web\s?sites|networks?|systems?|agenc(?:y|ies)|entities|targets?|bod(?:y|ies)|institutions?|servers?|e-?mails?|accounts?|departments?|ministr(?:y|ies)|employees|staff|portals?|infrastructure|computers?|devices|data|officials|contractors?|suppliers?|facilit(?:y|ies)|offices?|personnel)\b/i

/** Find attribution claims sentence by sentence. */
export function findAttributions(
  text: string,
  sents: Sentence[],
  parties: Party[],
  /** Receives the parties an explicit cue links while no attributor says so ("the group works for the Chinese state"). */
  unattributed?: Party[],
  /** The document's own voice (the author its header names): it states the links no one else is said to. */
  voice?: Party,
): AttributionClaim[] {
  const out: AttributionClaim[] = []
  const sorted = sortedBySpanStart(parties)
  const kw = KEYWORDS.find(text)
  // The attributors of the last sentence that named its own.
  let speaker: Party[] = []
  // The last threat actor named before the current sentence, for "attribute the activity to that group".
  let lastActor: Party | undefined
  // The last actor named before the current sentence under a name no index knows (a cluster the text coins), for
  // "we link that wave to the cluster".
  let lastCoined: Party | undefined
  let prevSentenceParties: Party[] = []
  // The last party of each attributor kind named before the current sentence, for "The bureau named …", "He said …".
  const lastOfKind = new Map<PartyKind, Party>()
  // The last party of each kind that spoke (attributed something), for "The minister said …" with no minister named.
  const lastVoice = new Map<PartyKind, Party>()
  // The distinct agencies named before the current sentence, in order, for "the two services said".
  const agencyHistory: Party[] = []
  // (And the security firms, for "both firms", "the two companies".)
  const vendorHistory: Party[] = []
  // The last newspaper, broadcaster or news agency named before the current sentence, for "the newspaper reported".
  // (And the last that is a newspaper, not a wire or a broadcaster, for "the newspaper" or "the paper".)
  const lastMedia: MediaSeen = {}
  // The agency whose own release this is, when it acts for its state (a treasury, a justice or foreign ministry; not
  // its cyber agency): the state acting in the text is that agency.
  const actingVoice =
    voice?.kind === 'agency' && voice.country && STATE_ACTING_AGENCY.test(voice.name) ? voice : undefined
  // The police force the text names, for "…, police said" (looked up once, when needed; null when there is none).
  let police: Party | null | undefined
  // The people the last sentence naming any named, for "They are charged …".
  let lastIndividuals: Party[] = []
  // The last party made from a named person, before the current sentence ("FBI Director X …. He said …": the FBI).
  let lastPersonVoice: Party | undefined
  for (const s of sents) {
    const named = prevSentenceParties.filter((p) => p.kind === 'individual')
    if (named.length) lastIndividuals = named
    for (let i = prevSentenceParties.length - 1; i >= 0; i--)
      if (prevSentenceParties[i]!.kind === 'actor') {
        lastActor = prevSentenceParties[i]
        break
      }
    for (let i = prevSentenceParties.length - 1; i >= 0; i--)
      if (prevSentenceParties[i]!.kind === 'actor' && prevSentenceParties[i]!.actorId === undefined) {
        lastCoined = prevSentenceParties[i]
        break
      }
    for (const p of prevSentenceParties) {
      if (ATTRIBUTOR_KINDS.has(p.kind)) lastOfKind.set(p.kind, p)
      if (PERSON_VOICES.has(p)) lastPersonVoice = p
      if (p.kind === 'agency' && !agencyHistory.some((q) => q.name === p.name)) agencyHistory.push(p)
      if (p.kind === 'vendor' && !p.media && !p.company && !vendorHistory.some((q) => q.name === p.name))
        vendorHistory.push(p)
      if (p.media) {
        lastMedia.last = p
        if (!WIRE_OR_BROADCAST.test(p.name)) lastMedia.paper = p
      }
    }
    // "6. The organization designated today …": a numbered paragraph of a release is its author's again.
    if (voice && isNumberedParagraph(s.text)) speaker = []
    const ps = sorted ? spansInside(parties, s.start, s.end) : partiesIn(parties, s)
    // ("It is also designated today.": the sentence before may hold the pronoun's company.)
    const itOpens = s.text.startsWith('It ') && prevSentenceParties.length > 0
    const previous = prevSentenceParties
    prevSentenceParties = ps
    // "The Department of Justice today unsealed an indictment.": an agency or state announcing as the subject of the
    // text's first announcement speaks for what follows, until another speaker does.
    if (speaker.length === 0 && ps.length) {
      const first = ps[0]!
      if (
        (first.kind === 'agency' ||
          first.kind === 'government' ||
          first.kind === 'country' ||
          first.kind === 'alliance') &&
        ANNOUNCING_SUBJECT.test(text.slice(s.start, first.span[0])) &&
        ANNOUNCES.test(text.slice(first.span[1], Math.min(s.end, first.span[1] + 40)))
      )
        speaker = [first]
    }
    // "Ukraine's CERT-UA said on Thursday it had found a new malware family.": a party reporting as its sentence's
    // subject speaks for the links the next sentences state without a speaker ("It is attributed to APT28").
    const reporter = reportingSubject(text, s, ps)
    if (reporter) {
      speaker = [reporter]
      lastVoice.set(reporter.kind, reporter)
    }
    // Without a party to attribute to, only a sentence that may point back to the last actor named can hold a claim
    // ("attributed the intrusion to the group", "blamed the hackers for").
    if (
      !ps.some(
        (p) => isAttributedKind(p) || MEASURE_TARGET.has(p.kind) || p.company || p.spyware || accusedAgency(p),
      ) &&
      !(lastActor && occursIn(kw, BACK_REFERENCE_WORDS, s.start, s.end)) &&
      !(lastIndividuals.length && PEOPLE_OPENING.test(s.text)) &&
      // ("accused X of involvement": a person accused by name.)
      !(ps.some((p) => p.kind === 'individual') && ACCUSING_IN.test(s.text)) &&
      !itOpens
    )
      continue
    const slots: Slot[] = []
    const objMatches = objCueMatches(s, kw)
    // (The cues that matched, in the order of OBJ_CUES: not a walk over all of them.)
    for (const ci of objMatches.cues) {
      const c = OBJ_CUES[ci]!
      for (const m of objMatches.byCue[ci]!) {
        const cs = s.start + m.index
        const ce = cs + m[0].length
        if (negatedBefore(text, kw, Math.max(s.start, cs - 40), cs)) continue
        if (doubtedBefore(text, kw, Math.max(s.start, cs - 80), cs)) continue
        // A party right after the cue is its object ("pointed the finger at Moscow", "blamed it on Iran").
        // A passive catch-all cue names its agent next ("sanctioned by the U.S."), not the party it links.
        if (c === CATCH_ALL && BY_NEXT.test(text.slice(ce, ce + 4))) continue
        // "an international operation, coordinated by the United States", "took part in an operation against X": who
        // runs or joins an operation against the attackers is no attacker.
        if (m[0].endsWith('by') && OPERATION_BEFORE.test(text.slice(Math.max(s.start, cs - 40), cs))) continue
        if (c === ROLE_IN && OPERATION_AFTER.test(text.slice(ce, ce + 60))) continue
        // "it was blamed for attacks on …": the one blamed is the subject; what follows "for" is what it did.
        // ("was blamed mainly for attacks on …" too.)
        if (c === CATCH_ALL && FOR_NEXT.test(text.slice(ce, ce + 20))) continue
        // "attacks on … members of the Trump administration": members a campaign hit belong to no one it names.
        // (The cue's first letter first: m, o, a, h or c; l, t, c or b.)
        const cueFirst = m[0].charCodeAt(0) | 32
        if (
          (cueFirst === 109 || cueFirst === 111 || cueFirst === 97 || cueFirst === 104 || cueFirst === 99) &&
          MEMBERS_CUE.test(m[0]) &&
          TARGETS_BEFORE.test(text.slice(Math.max(s.start, cs - 80), cs))
        )
          continue
        // "e-mail accounts linked to the U.S. government": what belongs to a party (a target), not who stands behind.
        if (
          (cueFirst === 108 || cueFirst === 116 || cueFirst === 99 || cueFirst === 98) &&
          LINKED_CUE.test(m[0]) &&
          BELONGING_BEFORE.test(text.slice(Math.max(s.start, cs - 30), cs))
        )
          continue
        // "We have named the activity cluster described here X": a name given, not a claim.
        if (c === CATCH_ALL && NAMED_CUE.test(m[0]) && NAMED_OBJECT.test(text.slice(ce, ce + 40))) continue
        // "founded by the previously designated Aleksandr Dugin": a measure named as an attribute, an earlier act.
        if (
          c === CATCH_ALL &&
          ATTRIBUTIVE_MEASURE.test(m[0]) &&
          ATTRIBUTIVE_BEFORE.test(text.slice(Math.max(s.start, cs - 24), cs))
        )
          continue
        // "a group we've designated as TGR-UNK-0044": a name given, not a measure.
        if (c === CATCH_ALL && DESIGNATE_CUE.test(m[0]) && AS_NEXT.test(text.slice(ce, ce + 4))) continue
        // "He is also named in a U.S. federal indictment": the document that names him, not a party it names.
        if (c === CATCH_ALL && NAMED_IN_DOCUMENT.test(text.slice(ce, ce + 60))) continue
        // "seven others whom the US designated in 2019 and …": the measure's object is the relative pronoun's.
        if (c === CATCH_ALL && RELATIVE_AGENT_BEFORE.test(text.slice(Math.max(s.start, cs - 40), cs))) continue
        // "which is also identified as APT29": an alias list, not a claim.
        if (
          c === CATCH_ALL &&
          AS_NEXT.test(text.slice(ce, ce + 4)) &&
          COPULA_BEFORE.test(text.slice(Math.max(s.start, cs - 12), cs))
        )
          continue
        if (c === FINDING && !FINDING_CLAUSE.test(text.slice(ce, Math.min(s.end, ce + 160)))) continue
        // "concluded that APT29 will likely continue to target …": a forecast of what it will do, not a link.
        if (c === FINDING && FORECAST_CLAUSE.test(text.slice(ce, Math.min(s.end, ce + 90)))) continue
        // A legal measure may name the counted people it targets ("charged five Chinese nationals").
        // ("The fourth target, X," only in a text that names a measure.)
        if (c === ORDINAL_TARGET && !LISTING.test(text)) continue
        // ("The seven entities include …": a count names a measure's parties only right after the measure.)
        if (
          c === LEGAL_ARE &&
          !MEASURE_PARTICIPLE.test(m[0]) &&
          !MEASURED_BEFORE.test(text.slice(Math.max(0, cs - 400), cs))
        )
          continue
        // ("A hacking group based in China broke into …" only places the group.)
        // (Where an attack came from is also what a speaker says: "FireEye said the intrusions came from a group it
        // tracks as TEMP.Periscope".)
        // (Only a group or a state body: "said the attacks originated from Bangladesh, Pakistan and …" is geography.)
        const saidOrigin = c === ORIGIN && !ORIGIN_JUDGED.test(text.slice(s.start, cs))
        if (saidOrigin && !(ORIGIN_CAME.test(m[0]) && ORIGIN_SAID.test(text.slice(s.start, cs)))) continue
        // ("… that POLONIUM is an operational group based in Lebanon": a named actor's seat only describes it; the
        // origin is the claim only for doers with no name.)
        // (Unless the seat is a sponsor's: "described Volt Typhoon as a state-sponsored actor based in China".)
        if (
          c === ORIGIN &&
          ps.some((p) => p.kind === 'actor' && p.span[0] >= s.start && p.span[1] <= cs && cs - p.span[1] < 80) &&
          !STATE_SPONSORED_BEFORE.test(text.slice(Math.max(s.start, cs - 60), cs))
        )
          continue
        const legal = LEGAL_CUES.has(c)
        // A sanction, designation or charge may also name a company or a charged person ("sanctioned the cybersecurity
        // company Sichuan Silence … and one of its employees, Guan Tianfeng").
        let attributed = followingParties(
          text,
          ce,
          s.end,
          ps,
          legal,
          (legal && MEASURE_WORD.test(m[0])) || c === LINKED_PERSON || c === ORDINAL_TARGET || c === IDENTIFIED_PEOPLE,
          SPYWARE_CUE_SET.has(c) || SPYWARE_NAMING_CUE.test(m[0]),
        )
        if (legal && LEGAL_CUE.test(m[0])) attributed = attributed.filter((p) => !isNationality(p))
        // "accused US Senator Marco Rubio of involvement in the attack": a person accused of the act by name.
        if (attributed.length === 0 && ACCUSING_CUE.test(m[0])) {
          const p = accusedPerson(text, ce, s.end, ps)
          if (p) attributed = [p]
        }
        // "have charged both men", "indicted the two teenagers": the people named last, as many as counted.
        if (legal && lastIndividuals.length) {
          const counted = COUNTED_PEOPLE_AFTER.exec(text.slice(ce, ce + 30))
          if (counted) {
            const word = counted[1]!.toLowerCase()
            const n = word === 'both' ? 2 : NUMBER_WORDS[word]!
            if (n <= lastIndividuals.length) attributed = lastIndividuals.slice(-n)
          }
        }
        // (The actor a cluster sits in, not the name a relative clause gives the cluster after it.)
        if (c === WITHIN) attributed = attributed.slice(0, 1)
        // (A state too where one incident came from one state: "the FBI said the attack came from Russia".)
        if (
          saidOrigin &&
          !(
            attributed.length === 1 &&
            (attributed[0]!.kind === 'country' || attributed[0]!.kind === 'government') &&
            ONE_INCIDENT_CAME.test(text.slice(Math.max(s.start, cs - 40), cs))
          )
        )
          attributed = attributed.filter((p) => p.kind === 'actor' || p.kind === 'state-body')
        // "We track the activity as CL-Cluster-22": a name the text coins for its own cluster attributes nothing; a
        // catalogued actor's name does ("Microsoft tracks this group as Storm-0558").
        if (c === TRACKED_AS) attributed = attributed.filter((p) => p.kind !== 'actor' || p.actorId !== undefined)
        // "we attribute the activity to that group": the description points back to the last actor named.
        if (
          attributed.length === 0 &&
          !ADJACENT_ONLY.has(c) &&
          c !== FINDING &&
          groupReference(text, ce) &&
          // "the harm attributed to the group had fallen": a participle after a noun, with no object and no auxiliary,
          // states no one's claim.
          !(BARE_PARTICIPLE.test(m[0]) && !AUXILIARY_BEFORE.test(text.slice(Math.max(s.start, cs - 24), cs)))
        ) {
          let back: Party | undefined
          for (const p of ps) if (p.kind === 'actor' && p.span[1] <= cs) back = p
          // "we link that wave to the cluster": a cluster is the text's own (a name no index knows, "SML-Cluster-12"),
          // not the known group it was said to be.
          if ((back ?? lastActor)?.actorId !== undefined && clusterReference(text, ce)) {
            let coined: Party | undefined
            for (const p of ps) if (p.kind === 'actor' && p.span[1] <= cs && p.actorId === undefined) coined = p
            back = coined ?? lastCoined ?? back
          }
          back ??= lastActor
          if (back) attributed = [back]
        }
        // A party right after the cue is its object ("pointed the finger at Moscow", "blamed it on Iran"); a list
        // whose first party is a target ("in Russia and India") is a list of targets.
        if (attributed.length && isTargetPosition(text, attributed[0]!) && !atOnce(text, ce, attributed[0]!))
          attributed = []
        // (The states listed after a target are targets too: "affecting Czechia, Estonia, Germany and Latvia".)
        {
          let prevTarget: Party | undefined
          attributed = attributed.filter((p) => {
            const target =
              (isTargetPosition(text, p) ||
                (prevTarget !== undefined &&
                  p.kind === 'country' &&
                  STATE_LIST_GAP.test(text.slice(prevTarget.span[1], p.span[0])))) &&
              !atOnce(text, ce, p)
            prevTarget = target ? p : undefined
            return !target
          })
        }
        // "its role in supplying military aid to Ukraine": what someone does, and for whom, is no group it is part of.
        // ("a key role in deploying the Conti and Trickbot malware" does link the group the malware names.)
        if (
          c === ROLE_IN &&
          attributed.length &&
          /\b\w+ing\b[^.;]*\b(?:to|for|from|with|against)\s+(?:\S+\s+){0,2}$/.test(
            text.slice(ce, attributed[0]!.span[0]),
          )
        )
          attributed = []
        if (ACTOR_ONLY.has(c) || c === DETECTED) attributed = attributed.filter((p) => p.kind === 'actor')
        if (SPYWARE_CUE_SET.has(c))
          attributed = attributed.slice(0, 1).filter(
            (p) =>
              p.spyware === true &&
              SPYWARE_GAP.test(text.slice(ce, p.span[0])) &&
              // ("bought the Pegasus spyware made by NSO Group": a named product's description.)
              !SPYWARE_PRODUCT_BEFORE.test(text.slice(Math.max(0, cs - 30), cs)),
          )
        if (c === CAMPAIGN_OF)
          attributed = attributed.filter(
            (p) =>
              p.kind === 'actor' || p.kind === 'state-body' || (p.kind === 'sponsor' && GROUP_NOUN_END.test(p.text)),
          )
        // (Named at once: an article and an adjective at most between, "detected the infamous Sandworm group".)
        if (c === DETECTED)
          attributed = attributed.slice(0, 1).filter((p) => DETECTED_GAP.test(text.slice(ce, p.span[0])))
        if (c === LINKED_PERSON || c === LEGAL_ON || c === LEGAL_OF)
          // (A named person or company: "two individuals" is a count, which a sanction's own list names elsewhere; or a
          // named group: "imposed sanctions on the Iranian cyber threat group APT39".)
          attributed = attributed.filter(
            (p) =>
              (p.kind === 'individual' && !p.defendants) ||
              p.company === true ||
              (p.kind === 'actor' && c !== LINKED_PERSON),
          )
        // "joined Western sanctions against Russia over its invasion of Ukraine": sanctions against a state are a
        // foreign-policy measure too (charges and warrants against people stay claims).
        if (c === LEGAL_AGAINST && /^sanction/i.test(m[0]))
          attributed = attributed.filter((p) => p.kind !== 'country' && p.kind !== 'government')
        if (c === OVERLAPS) {
          const first = attributed[0]
          if (
            first?.kind !== 'actor' ||
            !/^\s*$/.test(text.slice(ce, first.span[0])) ||
            !JUDGED_OVERLAP_BEFORE.test(text.slice(s.start, cs))
          )
            continue
          attributed = [first]
        }
        // (Or a state or its body right after, for a spyware or a tool named just before: "found Hermit being used by the
        // government of Kazakhstan".)
        if (
          c === USED_BY &&
          !(
            attributed[0] &&
            ((attributed[0].kind === 'actor' && attributed[0].span[0] - ce < 3) ||
              (STATE_USER_KINDS.has(attributed[0].kind) &&
                /^\s*(?:the\s+)?$/.test(text.slice(ce, attributed[0].span[0])) &&
                TOOL_USED_BEFORE.test(text.slice(Math.max(s.start, cs - 40), cs))))
          )
        )
          continue
        // The interests served are a state's as such ("Iranian state", "the North Korean government"), not a
        // country's goals at large ("support Russia's goals").
        if (c === INTERESTS || c === SERVES)
          attributed = attributed.filter(
            (p) => p.kind === 'government' || p.kind === 'sponsor' || p.kind === 'state-body',
          )
        // "charges against five officers of the GRU": the counted people are named by the body they serve, which is
        // the party the charge links; they are not a party of their own.
        if (legal && attributed.length > 1)
          attributed = attributed.filter(
            (p, i) =>
              !p.defendants ||
              !attributed.some(
                (q, j) => j > i && q.kind !== 'individual' && DEFENDANTS_OF.test(text.slice(p.span[1], q.span[0])),
              ),
          )
        // "sanctions on 16 members of X", "exposed more members of X": naming a group's members says nobody is
        // responsible for anything; a charge is a claim, and the members of a state body ("officers of the GRU") tie
        // it to the state.
        // (So do "sanctions against LockBit affiliates", and the group a person the measure names leads or belongs to:
        // "designated X, a Russian national and a leader of the LockBit group".)
        if (!(legal && CHARGE_CUE.test(m[0])))
          attributed = attributed.filter(
            (p) =>
              p.kind !== 'actor' ||
              !(
                (endsWithWordOf(text, Math.max(s.start, p.span[0] - 80), p.span[0], OF_WORD, THE_WORD) &&
                  MEMBERS_OF.test(text.slice(Math.max(s.start, p.span[0] - 80), p.span[0]))) ||
                (mayOpenGroupPeople(text, p.span[1]) &&
                  GROUP_PEOPLE_AFTER.test(text.slice(p.span[1], p.span[1] + 24))) ||
                // ("for his role in developing LockBit ransomware": the group's malware, which a role is in.)
                (c === ROLE_IN && GROUP_MALWARE_AFTER.test(text.slice(p.span[1], p.span[1] + 16))) ||
                personBefore(text, attributed, p, PERSON_ROLE_IN_GROUP_GAP)
              ),
          )
        // "charges Sorokin, also known as VantaBoss, Vantablack and kotik": a person's handles, one of them the name of
        // a group, are the person's.
        if (attributed.length > 1)
          attributed = attributed.filter(
            (p) => p.kind !== 'actor' || !personBefore(text, attributed, p, PERSON_AKA_GAP),
          )
        // "confirmed" only links when the party follows at once ("confirmed Volt Typhoon intrusions").
        if (ADJACENT_ONLY.has(c) && !(attributed[0] && attributed[0].span[0] - ce < 3)) continue
        // "serves Iranian state requirements": the verb alone names the link.
        const label =
          c === INTERESTS || c === SERVES
            ? m[0].trim().split(/\s+/)[0]!
            : c === USED_BY
              ? m[0].trim().split(/\s+/).slice(0, 2).join(' ')
              : cueWords(m[0])
        // A tool used by an actor is a claim only of a speaker the sentence names, as an actor's activity is.
        if (c === USED_BY) slots.push({ cue: label, cueSpan: [cs, ce], attributed, explicit: false, activity: true })
        else if (attributed.length) slots.push({ cue: label, cueSpan: [cs, ce], attributed, explicit: true })
      }
    }
    subjectSlots(text, s, ps, kw, slots, lastActor, lastIndividuals)
    partySlots(text, s, ps, slots, kw)
    // "Liaoning China Trade, a company based in China, has shipped … It is also designated today.": the pronoun is the
    // company or body the sentence before opened with.
    if (itOpens) {
      const m = IT_MEASURED.exec(s.text)
      const subject = m ? previous[0] : undefined
      if (m && subject && (subject.company || subject.kind === 'state-body')) {
        const at = s.start + m[0].length - m[1]!.length
        slots.push({ cue: m[1]!, cueSpan: [at, at + m[1]!.length], attributed: [subject], explicit: true })
      }
    }
    if (slots.length === 0) continue
    const attributedSpans: Span[] = []
    for (const sl of slots) for (const p of sl.attributed) attributedSpans.push(p.span)
    // "a state-sponsored espionage group that U.S. officials have linked to China's Ministry of State Security": the
    // subject of the relative clause that holds the cue makes that claim (and only that one).
    for (const sl of slots) {
      if (sl.by || !sl.explicit) continue
      const subject = ps.find(
        (p) =>
          ATTRIBUTOR_KINDS.has(p.kind) &&
          p.span[1] <= sl.cueSpan[0] &&
          sl.cueSpan[0] - p.span[1] < 40 &&
          (CLAUSE_SUBJECT_GAP.test(text.slice(p.span[1], sl.cueSpan[0])) ||
            // "the operation, which the United States assesses was conducted by": a verb of judging, then the cue.
            JUDGED_GAP.test(text.slice(p.span[1], sl.cueSpan[0]))) &&
          (RELATIVE_AFTER_NOUN.test(text.slice(Math.max(s.start, p.span[0] - 40), p.span[0])) ||
            COMMA_WHICH_BEFORE.test(text.slice(Math.max(s.start, p.span[0] - 12), p.span[0]))),
      )
      if (subject) {
        sl.by = subject
        sl.relative = true
      }
    }
    const found = findAttributors(text, s, ps, slots, attributedSpans, kw)
    // The found parties a source citation names ("according to X", or listed with one so cited), read once per sentence
    // when a slot first asks.
    let cited: Set<Party> | undefined
    const isCited = (a: Party) =>
      (cited ??= new Set(found.filter((q) => accordingOrListed(text, s, kw, q, found)))).has(a)
    const seen = new Set<string>()
    // With one attributor and one attributed party in one slot no pair can repeat: no keys to build.
    const single = slots.length === 1 && found.length === 1 && slots[0]!.attributed.length === 1
    // The sentence's confidence wordings, read once for all its slots.
    const wordings = sentenceConfidence(s, kw)
    let spoke = false
    // A described speaker the sentence opens with ("The Tokyo-based firm blamed …"), who speaks on as "it" when no named
    // one does.
    let described: Party | undefined
    for (const slot of slots) {
      // An attributor inside a relative clause after the cue speaks only to what follows it ("run by X, which the
      // NCSC assesses to be subordinate to Y").
      // "a group that Western governments have tied to Y": the cue has a subject of its own in a relative clause.
      let attributors = slot.by
        ? [slot.by]
        : found.filter(
            (a) =>
              !inLaterClause(text, slot, a) &&
              // What an actor did is claimed by a speaker named before it ("the FBI said APT41 hacked") or named as the
              // speaker after it (", the FBI said"), not by a party of the object ("GopherWhisper targeted the
              // Mongolian government").
              // (Also a source cited after the claim: "APT28 broke into …, according to Microsoft"; and a speaker after
              // its verb at the sentence's end: "…, said Microsoft".)
              (!slot.activity ||
                (a.span[1] <= slot.attributed[0]!.span[0] &&
                  (SPEAKER_VERB.test(text.slice(a.span[1], slot.attributed[0]!.span[0])) ||
                    ACCORDING_TO_BEFORE.test(text.slice(Math.max(0, a.span[0] - 36), a.span[0])) ||
                    isCited(a))) ||
                SAID_NEXT.test(text.slice(a.span[1], a.span[1] + 12)) ||
                (a.span[0] >= slot.cueSpan[1] &&
                  (isCited(a) || saidBefore(text, s, a) || TRAILING_SAID.test(text.slice(a.span[1], s.end))))) &&
              // "Russia's cyber operations … weaken Western support for Ukraine, DDIS said": after a link a party carries
              // itself, only a party that says so speaks.
              (slot.explicit ||
                slot.activity ||
                a.span[1] <= slot.cueSpan[0] ||
                SAID_NEXT.test(text.slice(a.span[1], a.span[1] + 12)) ||
                isCited(a) ||
                // ("…, Ukrainian officials and the security firm ESET said": the speakers listed before the verb.)
                saidNextListed(text, a, found)) &&
              !(
                a.span[1] <= slot.cueSpan[0] &&
                occursIn(kw, RELATIVE_PRONOUN_WORDS, a.span[1], slot.cueSpan[0]) &&
                OWN_SUBJECT_CLAUSE.test(text.slice(a.span[1], slot.cueSpan[0]))
              ) &&
              // "Iran says X has ties to Israel, while Israeli media reported that …": a later speaker of a coordinated
              // clause speaks for the cues of its clause.
              !found.some(
                (q) =>
                  q !== a &&
                  q.name !== a.name &&
                  a.span[1] <= q.span[0] &&
                  q.span[1] <= slot.cueSpan[0] &&
                  LATER_SPEAKER_OPENING.test(text.slice(a.span[1], q.span[0])) &&
                  // (Or the later party is the cue's own subject: "…, and the FBI has linked members of the group to".)
                  (SAID_NEXT_CLAUSE.test(text.slice(q.span[1], q.span[1] + 30)) ||
                    AUXILIARIES_ONLY.test(text.slice(q.span[1], slot.cueSpan[0]))),
              ),
          )
      // "Symantec has described Billbug as …; we assess it likely that …": "we" with a clause of its own speaks for the
      // cues after it, the parties before it for the cues before it (see findAttributors).
      const ownWe = attributors.length > 1 ? attributors.find((a) => a.kind === 'we') : undefined
      if (ownWe)
        attributors =
          slot.cueSpan[0] >= ownWe.span[1]
            ? [ownWe]
            : attributors.filter((a) => a !== ownWe && a.span[1] <= ownWe.span[0])
      // "X, the group's leader, was tasked by the FSB to attack NATO allies, the agency said": a speaker described at the
      // sentence's end speaks for it, not the parties inside what it says.
      if (attributors.length && attributors.every((a) => a.kind !== 'we')) {
        const tail = TRAILING_DESCRIBED.exec(text.slice(slot.cueSpan[1], s.end))
        if (
          tail &&
          SENTENCE_END_AFTER_SPEAKER.test(text.slice(slot.cueSpan[1] + tail.index + tail[0].length, s.end)) &&
          attributors.every((a) => a.span[1] <= slot.cueSpan[1] + tail.index)
        ) {
          const ref = referredSpeaker(text, s, slot, lastOfKind, lastVoice, agencyHistory, lastMedia, lastPersonVoice)
          if (ref) attributors = [ref]
        }
      }
      // "The NPA stated that X is believed to be linked to Y, … through its joint investigation with the FBI and DC3": the
      // partners the speaker worked with, after the cue, do not say so themselves.
      if (attributors.length)
        attributors = attributors.filter(
          (a) =>
            a.span[1] <= slot.cueSpan[0] ||
            !WITH_PARTNER_BEFORE.test(text.slice(Math.max(s.start, a.span[0] - 60), a.span[0])),
        )
      // "We recall that Germany attributed activity to APT 28, a threat actor sponsored by the GRU": the description of
      // a party another cue names is the voice of the sentence ("we"), not of the parties it reports.
      if (
        attributors.length &&
        slots.some(
          (o) =>
            o !== slot &&
            // (The apposition opens with a comma right after the party: no slice of the text for any other.)
            o.attributed.some(
              (p) => text.charCodeAt(p.span[1]) === 44 && APPOSITION_OF.test(text.slice(p.span[1], slot.cueSpan[0])),
            ),
        )
      ) {
        const we = ps.filter((p) => p.kind === 'we' && p.span[1] <= slot.cueSpan[0])
        if (we.length) attributors = we
      }
      // "a company the FBI says works for the MSS", "APT33, which US officials believe is run by": the speaker of the
      // clause right before the cue speaks for it alone.
      if (attributors.length > 1) {
        // Not when the cue's own subject sits between them ("X, Y and Z said it was behind": all three say so).
        const subject = slot.attributed[0]!.span
        const inner = attributors.find(
          (a) =>
            a.span[1] <= slot.cueSpan[0] &&
            !(subject[0] >= a.span[1] && subject[1] <= slot.cueSpan[0]) &&
            (INNER_SPEAKER.test(text.slice(a.span[1], slot.cueSpan[0])) ||
              // "a theft that South Korean police formally attributed to Lazarus": the relative clause's own subject.
              (CLAUSE_SUBJECT_GAP.test(text.slice(a.span[1], slot.cueSpan[0])) &&
                RELATIVE_SUBJECT.test(text.slice(Math.max(0, a.span[0] - 12), a.span[0])))),
        )
        // ("APT29, which the United States and Britain have linked to the SVR": with the parties listed with it.)
        if (inner) attributors = listedBefore(text, inner, attributors)
      }
      // "…, police said Thursday", "Police believe that …": the police force the text names (anywhere in it) speaks.
      if (
        attributors.length === 0 &&
        s.text.includes('olice') &&
        (TRAILING_POLICE.test(s.text) || OPENING_POLICE.test(s.text))
      ) {
        police ??= parties.find((p) => p.kind === 'agency' && POLICE_NAME.test(p.name)) ?? null
        if (police) attributors = [police]
      }
      // "The foreign ministry said that an investigation by X had established …": the opening subject that reports
      // speaks, not the agent inside what it reports.
      if (
        attributors.length &&
        slot.explicit &&
        attributors.every(
          (a) => a.span[0] > s.start + 30 && AGENT_BY_BEFORE.test(text.slice(Math.max(0, a.span[0] - 10), a.span[0])),
        ) &&
        DESCRIBED_REPORTER_OPENING.test(s.text)
      ) {
        const ref = referredSpeaker(text, s, slot, lastOfKind, lastVoice, agencyHistory, lastMedia, lastPersonVoice)
        if (ref) attributors = [ref]
      }
      // A sentence that states a link without saying who says so continues the last speaker's account ("Responsibility
      // … has been placed with Centre 18"; "China is penalised for …").
      if (attributors.length === 0 && slot.explicit) {
        // "The bureau named …", "She told reporters …": the subject points back to the last party of its kind.
        // "the two services put it …": the last two agencies named before the sentence.
        const group = numberedVoices(text, s, slot, agencyHistory, vendorHistory)
        const ref = group
          ? undefined
          : referredSpeaker(text, s, slot, lastOfKind, lastVoice, agencyHistory, lastMedia, lastPersonVoice)
        if (ref && described === undefined && DESCRIBED_SUBJECT.test(s.text)) described = ref
        // "Several governments have linked …", "Other researchers tie …": unnamed others speak, not the last speaker.
        attributors = group
          ? group
          : ref
            ? [ref]
            : unnamedSubject(text, s, slot) || selfClaimed(text, ps, slot)
              ? []
              : // "Sandworm is widely believed to be part of the GRU": what is commonly held is the author's background,
                // not the last speaker's claim.
                definesActor(text, s, ps) || COMMONLY_HELD.test(s.text)
                ? // "The Lazarus Group is a cybercrime group … run by the North Korean government.": what the text
                  // says a group is, its background, is the author's, not the last speaker's.
                  voice
                  ? [voice]
                  : []
                : speaker.length ||
                    !voice ||
                    (occursIn(kw, RELATIVE_PRONOUN_WORDS, s.start, slot.cueSpan[0]) &&
                      OWN_SUBJECT_CLAUSE.test(text.slice(s.start, slot.cueSpan[0])))
                  ? speaker
                  : [voice]
      } else if (attributors.length) spoke = true
      // "The company described Volt Typhoon as a state-sponsored actor based in China": a described speaker opening the
      // sentence says what its link words carry.
      // ("The hacking group accessed systems used by staff, the newspaper said.": or closing it.)
      if (
        attributors.length === 0 &&
        !slot.explicit &&
        (describedSpeakerOpens(s.text) || describedSpeakerCloses(text, s, slot))
      ) {
        const ref = referredSpeaker(text, s, slot, lastOfKind, lastVoice, agencyHistory, lastMedia, lastPersonVoice)
        if (ref) attributors = [ref]
      }
      // "Hackers linked to Iran target Israeli water facilities, cybersecurity firm says": a headline's described firm
      // is the first named in the text after it.
      if (attributors.length === 0 && s.start === sents[0]!.start && HEADLINE_FIRM_SAYS.test(s.text)) {
        // (A security firm, not the company the headline says was hit: "… breached JumpCloud …, researchers say".)
        const firm = parties.find((p) => p.span[0] >= s.end && p.kind === 'vendor' && !p.media && !p.company)
        if (firm) attributors = [firm]
      }
      // "According to the report, APT41 hacked …", "It said APT41 hacked …", "Its researchers said …": what the last
      // speaker's report or the speaker itself says, when the sentence opens by pointing back to it.
      if (attributors.length === 0 && !slot.explicit) {
        if (speaker.length && REPORT_REFERENCE_OPENING.test(s.text)) attributors = speaker
        else if (OWN_RESEARCHERS_OPENING.test(s.text)) {
          const vendor = lastVoice.get('vendor') ?? lastOfKind.get('vendor')
          if (vendor) attributors = [vendor]
        }
      }
      // What the text states in its author's voice ("Russian state-sponsored actors", "The group deployed WhisperGate")
      // is the author's claim.
      if (attributors.length === 0 && voice && !slot.explicit && !slot.spokenOnly && !unnamedSubject(text, s, slot))
        attributors = [voice]
      if (attributors.length === 0) {
        if (unattributed && slot.explicit && SPONSORING_CUE.test(slot.cue)) unattributed.push(...slot.attributed)
        continue
      }
      // In an agency's own release, its state acting ("Today the United States … is designating") is the agency.
      if (actingVoice)
        attributors = attributors.map((a) =>
          (a.kind === 'country' || a.kind === 'government') && a.country === actingVoice.country ? actingVoice : a,
        )
      // A later coordinated clause that links another party has its own wording ("X was responsible …, and that the
      // group almost certainly operates as part of Y"): none of it qualifies this slot.
      const other = slots.find(
        (o) =>
          o !== slot &&
          o.attributed.some((p) => p.span[0] > slot.cueSpan[1]) &&
          !o.attributed.some((p) => slot.attributed.some((q) => q.name === p.name)),
      )
      const confidence = bestConfidence(
        wordings,
        s,
        slot.cueSpan,
        other ? other.attributed[0]!.span[0] : undefined,
        s.text.includes(';') && attributors.every((a) => sameClause(text, s, a.span, slot.cueSpan)),
      )
      const hedge = confidence
        ? undefined
        : (cueHedge(text, s, slot.cueSpan) ??
          (slot.explicit ? undefined : predicateHedge(text, slot.cueSpan)) ??
          topDegree(text, s, slot.cueSpan) ??
          judgedPossible(text, s, slot.cueSpan, slot.attributed) ??
          modalHedge(text, s, slot.cueSpan))
      for (const a of attributors) {
        // (Whether the attributor's claims are background: read once, at its first claim.)
        let background: boolean | undefined
        for (const t of slot.attributed) {
          if (isNamedCampaign(text, t)) continue
          if (a.country && t.country && a.country === t.country && t.kind !== 'state-body') continue
          if (overlaps(a.span, t.span)) continue
          if (!single) {
            const key = `${a.name}|${t.name}|${slot.cue}`
            if (seen.has(key)) continue
            seen.add(key)
          }
          // ("a campaign by a suspected Chinese state-sponsored group": that party alone is only suspected.)
          const own = confidence || hedge ? undefined : suspectedParty(text, t)
          const claim: AttributionClaim = {
            attributor: a,
            attributed: t,
            confidenceText: confidence?.reading.text ?? hedge?.text ?? own?.text ?? slot.cue,
            cue: slot.cue,
            sentence: s,
            span: [s.start, s.end],
            quote: s.text,
          }
          if (confidence) claim.confidence = confidence.reading
          else if (hedge) claim.confidence = hedge
          else if (own) claim.confidence = own
          if ((background ??= slot.relative === true || describesActorBefore(text, s, ps, a))) claim.background = true
          out.push(claim)
        }
      }
    }
    // The voice of a relative clause ("X, which the NCSC assesses to be …") does not carry on to the next sentences.
    if (spoke) {
      const voices = found.filter(
        (a) =>
          slots.some((sl) => !inLaterClause(text, sl, a)) &&
          !(
            endsWithWordOf(text, Math.max(0, a.span[0] - 12), a.span[0], RELATIVE_WORDS, THE_WORD) &&
            RELATIVE_SUBJECT.test(text.slice(Math.max(0, a.span[0] - 12), a.span[0]))
          ),
      )
      // ("A hacking group that CrowdStrike calls Putter Panda has been spying on …, the firm said.": the speaker a
      // closing description refers to, when the sentence names one of its kind, speaks on.)
      if (!voices.length) {
        const closing = closingDescribedKind(s.text)
        const same = closing ? found.filter((a) => closing.has(a.kind) && !a.media) : []
        if (same.length === 1) voices.push(same[0]!)
      }
      if (voices.length) speaker = voices
      for (const v of voices) lastVoice.set(v.kind, v)
    } else if (described && !speaker.length) speaker = [described]
  }
  legalAllegations(text, out)
  return out
}

/**
 * What prosecutors state in a case ("The two officers worked for the JSSD, according to the department", "The release
 * lists among the defendants …") is an allegation, as its indictment or charges are: a claim of a prosecuting body
 * stated as fact, in a sentence that speaks of the case or follows one that does, takes the case's word as written
 * ("indicted", "charges", "alleges") as its wording, the nearest before it in the text.
 */
function legalAllegations(text: string, claims: AttributionClaim[]): void {
  let lastSentence: Sentence | undefined
  let word: string | undefined
  // The case's words in the text, read once when a claim first needs them (claims come in text order).
  let words: RegExpExecArray[] | undefined
  for (const c of claims) {
    if (c.confidence || !PROSECUTING_BODY.test(c.attributor.name) || LEGAL_WORDING.test(c.confidenceText)) continue
    // (Not what a relative clause has the body say: "running Elfin, a group that the Justice Department says is
    // responsible for …" is its own statement, beside the charges.)
    if (RELATIVE_SUBJECT.test(text.slice(Math.max(0, c.attributor.span[0] - 12), c.attributor.span[0]))) continue
    if (c.sentence !== lastSentence) {
      lastSentence = c.sentence
      const from = Math.max(0, c.sentence.start - 400)
      const inCase = CASE_WORD.test(c.sentence.text) || CASE_WORD.test(text.slice(from, c.sentence.start))
      word = undefined
      if (inCase) {
        // (The case's word nearest before the sentence's end, in the sentence or before it.)
        words ??= [...text.matchAll(LEGAL_WORDING_ALL)]
        for (const m of words) {
          if (m.index + m[0].length > c.sentence.end) break
          word = m[0]
        }
      }
    }
    if (word) c.confidenceText = word
  }
}
// (PROSECUTOR, the orgs' test, in lower case too: a party named as written, "Paris prosecutors" → "prosecutors".)
const PROSECUTING_BODY = /\b(?:Justice|Attorney|[Pp]rosecut\w*)\b/
const LEGAL_WORDING = /\b(?:alleg\w*|indict\w*|charged|charges)\b/i
const LEGAL_WORDING_ALL = /\b(?:allegedly|alleges|alleged|allege|indictment|indicted|indict|charged|charges)\b/gi
const CASE_WORD = /\b(?:indict\w*|charged|charges|complaints?|defendants?|alleg\w*|prosecutors?)\b/i

/** The party that opens sentence `s` as the subject of a verb of reporting or finding, if any. */
function reportingSubject(text: string, s: Sentence, ps: Party[]): Party | undefined {
  let p = ps[0]
  // "Ukraine's CERT-UA said": the owner's agency reports.
  if (p && ps[1] && /^['’]s\s+$/.test(text.slice(p.span[1], ps[1].span[0]))) p = ps[1]
  if (!p || !REPORTER_KINDS.has(p.kind) || p.span[0] - s.start > 40) return undefined
  if (!REPORTER_OPENING.test(text.slice(s.start, p.span[0]))) return undefined
  return REPORTS_AFTER.test(text.slice(p.span[1], Math.min(s.end, p.span[1] + 60))) ? p : undefined
}
const REPORTER_KINDS = new Set<PartyKind>(['agency', 'vendor', 'government', 'country', 'person', 'alliance'])
// Before the subject: a short opening ("In January, ", "On Thursday ") or the possessive's owner ("Ukraine's ").
const REPORTER_OPENING =
  /^\W*(?:(?:In|On|Last|Earlier|Later|This|Since)\b[^,]{0,25},?\s+)?(?:the\s+|The\s+)?(?:[\w.-]+['’]s\s+)?$/
const REPORTS_AFTER =
  /^(?:\s*\([^()]{1,20}\))?\s+(?:(?:has|have|had|also|on\s+\w+|this\s+week|today|yesterday)\s+)*(?:said|says|reported|reports|announced|announces|stated|found|finds|discovered|detected|observed|warned|warns|wrote|published|issued|confirmed|revealed)\b/

/** An actor before `cs` whose describing apposition reaches it: "APT38, a North Korean military hacking unit, stole". */
function describedBefore(text: string, p: Party, cs: number): boolean {
  return (
    p.kind === 'actor' &&
    p.span[1] < cs &&
    // (The gap opens with a comma.)
    codeAfterSpaces(text, p.span[1]) === 44 &&
    DESCRIBING_APPOSITION_GAP.test(text.slice(p.span[1], cs))
  )
}
/** An actor before `cs` followed by a closed relative or participle clause that reaches it ("MuddyWater, which is part of the MOIS, targeted"). */
function closedClauseBefore(text: string, p: Party, cs: number): boolean {
  return (
    (p.kind === 'actor' || p.kind === 'state-body') &&
    p.span[1] < cs &&
    cs - p.span[1] <= 170 &&
    text.charCodeAt(p.span[1]) === 44 &&
    CLOSED_RELATIVE_BEFORE_CUE.test(text.slice(p.span[1], cs)) &&
    // ("resembles that of UNC5174, a threat actor that …, exploited": the object of a preposition is no subject.)
    !PREPOSITION_RIGHT_BEFORE.test(text.slice(Math.max(0, p.span[0] - 12), p.span[0]))
  )
}
/**
 * The slots of the cues whose attributed party is their subject, before them ("APT41 is behind"). A definite
 * description as the subject ("officials said the group was behind") points back to the actor named last before it,
 * in the sentence or, failing that, `lastActor` from an earlier one.
 */
// (Also a participle clause that describes the subject: "MirrorFace, believed to be linked to China, was behind",
// "APT28, controlled by the GRU, had hacked"; a description of the group in apposition: "Kimsuky, a state-backed
// North Korean hacking group widely known for …, might have been behind"; where it comes from: "Sandworm Team, from
// the GRU, has been exploiting".)
const CLOSED_RELATIVE_BEFORE_CUE =
  /^,\s*(?:which|who|from|within|inside|(?:a|an|the)(?=\s+[^,;.]{0,60}?\b(?:group|actor|unit|team|gang|crew|cluster|collective|outfit|APT|agency|service|organi[sz]ation|bureau|directorate|arm)\b)|(?:(?:widely|long|also)\s+)?(?:believed|thought|said|reported|suspected|alleged|known|understood)\s+to\s+(?:be|have)|(?:(?:widely|reportedly|allegedly|also)\s+)?(?:controlled|run|directed|backed|sponsored|operated|overseen|tasked|linked|tied|affiliated|associated|connected|attributed)\s+(?:by|to|with))\s[^,;.]{1,140},\s*(?:(?:has|had|have|also|\w+ly|might|may|could|would|must|been|be)\s+)*$/
const PRONOUN_RIGHT_BEFORE = /\b(?:it|they)\s+(?:(?:\w+ly|has|have|had|also|been)\s+)*$/i
function subjectSlots(
  text: string,
  s: Sentence,
  ps: Party[],
  kw: Occurrences,
  slots: Slot[],
  lastActor: Party | undefined,
  lastIndividuals: Party[] = [],
): void {
  for (const c of SUBJ_CUES) {
    for (const m of cueMatches(c, s, kw)) {
      const cs = s.start + m.index
      if (negatedBefore(text, kw, Math.max(s.start, cs - 45), cs)) continue
      if (doubtedBefore(text, kw, Math.max(s.start, cs - 80), cs)) continue
      // "law enforcement from 17 countries, among them A and B, took part with Eurojust": who joins a police operation
      // is no attacker.
      if (
        m[0].endsWith('part') &&
        (PART_WITH_NEXT.test(text.slice(cs + m[0].length, cs + m[0].length + 60)) ||
          POLICING_SUBJECT_BEFORE.test(text.slice(s.start, cs)))
      )
        continue
      let listed = precedingParty(text, cs, ps, c.persons)
      // "X is an organisation of the Iranian government and is responsible for": the second predicate's subject is
      // the clause's subject, X (the party in the first predicate stays linked too).
      if (listed.length && COPULA_CUE.test(m[0]) && AND_BETWEEN.test(text.slice(listed[0]!.span[1], cs))) {
        const subj = ps.find(
          (p) =>
            p.span[1] <= listed[0]!.span[0] &&
            p.span[0] >= s.start &&
            isAttributedKind(p) &&
            FIRST_PREDICATE.test(text.slice(p.span[1], listed[0]!.span[0])),
        )
        if (subj) listed = [subj, ...listed]
      }
      // "MirrorFace, which it said was linked to the Chinese state, had carried out …": the subject before a closed
      // relative clause, not a party inside it.
      if (listed.length) {
        const subject = ps.find((q) => q.span[1] <= listed[0]!.span[0] && closedClauseBefore(text, q, cs))
        if (subject) listed = [subject]
      }
      // "… is a subordinate of FSB Centre 18, and that it was responsible for …": a pronoun after the party found is
      // the clause's subject, the actor it points back to.
      if (listed.length && PRONOUN_RIGHT_BEFORE.test(text.slice(Math.max(s.start, cs - 30), cs))) {
        const ref = subjectReference(text, s, cs, ps, lastActor)
        if (ref && ref.span[0] >= listed[listed.length - 1]!.span[1]) listed = [ref]
      }
      if (listed.length === 0) {
        // (A legal measure's passive may have "It" for its subject: see IT_OPENS.)
        const ref = subjectReference(text, s, cs, ps, lastActor, c.persons)
        if (ref) listed = [ref]
        // "They are charged in seven counts": the people the sentence before named.
        else if (c.persons && lastIndividuals.length && PEOPLE_PRONOUN.test(text.slice(s.start, cs)))
          // (Not an official named in passing: "vote for then-President X. They are also charged …".)
          listed = lastIndividuals.filter(
            (p) => !OFFICE_BEFORE.test(text.slice(Math.max(0, p.span[0] - 24), p.span[0])),
          )
        // "… ; he is also charged with …": the one person named last, in this sentence or the one before.
        else if (c.persons && PERSON_PRONOUN.test(text.slice(Math.max(s.start, cs - 40), cs))) {
          let last: Party | undefined
          for (const p of ps) if (p.kind === 'individual' && p.span[1] <= cs) last = p
          last ??= lastIndividuals[lastIndividuals.length - 1]
          if (last) listed = [last]
        }
      }
      // "two of the Chinese hackers were charged": a legal measure names people; their nationality is no sponsor.
      if (c.persons) listed = listed.filter((p) => !isNationality(p))
      let attributed = listed[0] && isTargetPosition(text, listed[0]) ? [] : listed
      // An activity verb: its subject right before it, and no claim without a speaker in the sentence.
      if (c === ACTIVITY) {
        // "reported that the Iranian-linked group had targeted": the description stands for the actor named before it.
        if (attributed[attributed.length - 1]?.kind === 'sponsor') {
          const ref = subjectReference(text, s, cs, ps, lastActor)
          if (ref && ref.span[0] < attributed[attributed.length - 1]!.span[0]) attributed = [ref]
        }
        // "APT38, a North Korean military hacking unit, stole": the actor before a describing apposition.
        // (Also when the apposition names a party of its own: "Agrius, an attack group affiliated with the MOIS, had
        // tried".)
        const apposed =
          attributed.find((p) => describedBefore(text, p, cs) || closedClauseBefore(text, p, cs)) ??
          (attributed.length
            ? ps.find(
                (p) =>
                  describedBefore(text, p, cs) &&
                  !PREPOSITION_RIGHT_BEFORE.test(text.slice(Math.max(0, p.span[0] - 12), p.span[0])),
              )
            : undefined)
        if (apposed) attributed = [apposed]
        const last = attributed[attributed.length - 1]
        // ("the group, known as APT42, targeted": the actor named in the description's apposition; "…, also known as
        // APT28, Fancy Bear and Forest Blizzard, had been exploiting": the last name of its alias list.)
        if (
          !last ||
          !(
            apposed ||
            ACTIVITY_GAP.test(text.slice(last.span[1], cs).replace(MEDIAL_SPEAKER_GAP, ' ')) ||
            (COMMA_GAP.test(text.slice(last.span[1], cs)) &&
              (NAMING_APPOSITION_BEFORE.test(text.slice(Math.max(s.start, last.span[0] - 50), last.span[0])) ||
                (last.kind === 'actor' &&
                  ALIAS_LIST_BEFORE.test(text.slice(Math.max(s.start, last.span[0] - 80), last.span[0])))))
          )
        )
          continue
        // "a group with a Chinese nexus targeting": a sponsor adjective carries its own link.
        if (last.kind === 'sponsor') continue
        if (BASED_GAP.test(text.slice(last.span[1], cs))) continue
        // "Lazarus, also known as APT38, compromised …": the actor the alias apposition names stands as the subject (the
        // head before it, which a speaker's verb reaches: "SentinelOne said Lazarus, …").
        if (last.kind === 'actor' && COMMA_GAP.test(text.slice(last.span[1], cs))) {
          const head = ps.find(
            (p) =>
              p.kind === 'actor' &&
              p.span[1] < last.span[0] &&
              p.span[0] >= s.start &&
              ALIAS_APPOSITION_GAP.test(text.slice(p.span[1], last.span[0])),
          )
          if (head) attributed = [head]
        }
        // ("A hacking group based in China broke into": the place of the subject is not its subject.)
        if (
          last.kind === 'country' &&
          PLACE_OF_SUBJECT_BEFORE.test(text.slice(Math.max(0, last.span[0] - 24), last.span[0]))
        )
          continue
        const slot: Slot = {
          cue: m[0].trim(),
          cueSpan: [cs, cs + m[0].length],
          attributed,
          explicit: false,
          activity: true,
        }
        if (SPOKEN_ACTIVITY.test(m[0])) slot.spokenOnly = true
        slots.push(slot)
        continue
      }
      if (attributed.length) {
        const slot: Slot = { cue: m[0].trim(), cueSpan: [cs, cs + m[0].length], attributed, explicit: true }
        // "he is also charged with treason in Ukraine": the state whose courts charge.
        const by = c.persons ? chargingState(text, ps, cs + m[0].length) : undefined
        if (by) slot.by = by
        slots.push(slot)
      }
    }
  }
}

/**
 * The actor a definite description right before a cue stands for ("said the group was behind", "believe the hackers
 * carried out"): the actor named last before the description, as a party whose text and span are the description's.
 */
function subjectReference(
  text: string,
  s: Sentence,
  cs: number,
  ps: Party[],
  lastActor: Party | undefined,
  it = false,
): Party | undefined {
  const from = Math.max(s.start, cs - 120)
  const m =
    SUBJECT_REFERENCE.exec(text.slice(from, cs)) ??
    (it && from === s.start ? IT_OPENS.exec(text.slice(from, cs)) : null)
  if (!m) return undefined
  const start = from + m.index + m[0].indexOf(m[1]!)
  // "the NCA, the FBI and other partners announced that they had taken control of …": "they" after speakers joined by
  // "and" or named by a plural ("partners", "authorities") is the speakers themselves.
  if (/^they$/i.test(m[1]!) && PLURAL_SPEAKERS_BEFORE.test(text.slice(s.start, start))) return undefined
  let back = lastActor
  for (const p of ps) if (p.kind === 'actor' && p.span[1] <= start) back = p
  if (!back) return undefined
  return { ...back, text: m[1]!, span: [start, start + m[1]!.length] }
}
// A definite description of a threat actor as the subject of the cue that follows: at the start of the sentence or a
// clause, or after a verb of saying or judging ("said the group", "believe the hackers", "assessed that the actor");
// a pronoun only after such a verb ("said it was behind", "concluded that they were responsible").
// The words of a description of a threat actor ("threat group", "hackers", "the same actor" without its determiner).
const GROUP_DESCRIPTION = String.raw`(?:(?:threat|state-sponsored|state-backed|espionage|cyber-?espionage|hacking|hacker|cyber|APT|ransomware)\s+)?(?:group|actors?|cluster|crew|gang|outfit|operators?|collective|adversary|hackers|attackers|intruders)`
// The verbs of saying or judging a subject may follow.
const JUDGING_VERB = String.raw`(?:that|said|says|say|believes?|believed|assess(?:es|ed)?|thinks?|thought|suspects?|suspected|concluded|found|judges?|judged)`
const PLURAL_SPEAKERS_BEFORE =
  /\b(?:partners|authorities|agencies|police|governments|officials|investigators|prosecutors)\s+(?:\w+\s+){0,2}?(?:announced|said|say|says|stated|confirmed|reported)\s+(?:that\s+)?$/i
// "APT41 … . It was indicted by the U.S. Justice Department in 2020": "It" opening the sentence of a legal measure's
// passive is the actor named last (elsewhere "It was behind …" is as often an attack or a report).
const IT_OPENS = /^(It)\s+(?:(?:\w+ly|has|had|also|been|was|is)\s+)*$/
const SUBJECT_REFERENCE = new RegExp(
  String.raw`(?:^|[,;:—–]\s*|\b(?:${JUDGING_VERB}|and|but|whether)\s+)((?:the|this|that|these|those)\s+(?:same\s+)?(?:[A-Z][a-z]+-(?:linked|backed|based|sponsored|affiliated|aligned)\s+)?${GROUP_DESCRIPTION}|(?<=\b${JUDGING_VERB}\s+)(?:it|they))\s+(?:(?:\w+ly|has|have|had|also|been|almost\s+certainly)\s+)*$`,
  'i',
)

/** The slots of parties that carry their own link: sponsor adjectives, a state that sponsors, identities, "-linked". */
const FALSE_FLAG_BEFORE =
  /\b(?:look(?:s|ed|ing)?\s+like|(?:appear|seem)(?:s|ed|ing)?\s+to\s+be|pos(?:e|es|ed|ing)\s+as|impersonat\w*|masquerad\w*\s+as|disguis\w*\s+(?:(?:itself|themselves|himself|herself|its\s+\w+|their\s+\w+)\s+)?as|false\s+flag)\b[^.;]{0,40}$/i
const BODY_PEOPLE_NAMED = /\s(?:hackers|cyber\s+(?:units?|forces))$/
function partySlots(text: string, s: Sentence, ps: Party[], slots: Slot[], kw: Occurrences): void {
  // Named people a measure lists, as the subject of their part in a group: "A and B are members of the X group",
  // "C and D played a key role in deploying …".
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]!
    if (p.kind !== 'individual' || p.defendants) continue
    const people = [p]
    let j = i + 1
    while (
      j < ps.length &&
      ps[j]!.kind === 'individual' &&
      !ps[j]!.defendants &&
      // (A person's age may stand between: "A, 36, B, 42, and C, 39, are charged".)
      PEOPLE_LIST_GAP.test(text.slice(people[people.length - 1]!.span[1], ps[j]!.span[0]))
    )
      people.push(ps[j++]!)
    const lastEnd = people[people.length - 1]!.span[1]
    const after = text.slice(lastEnd, Math.min(s.end, lastEnd + 130))
    // "X, a former employee of …, is also charged with treason in Ukraine": the person charged.
    const charged = CHARGED_SUBJECT.exec(after)
    if (charged) {
      const at = lastEnd + charged.index
      const end = at + charged[0].length
      const slot: Slot = { cue: charged[1]!, cueSpan: [at, end], attributed: people, explicit: true }
      const by = chargingState(text, ps, end)
      if (by) slot.by = by
      slots.push(slot)
    }
    // "The hackers they worked with are charged as well: A, 29, a Russian national, and B, 22, …": the list after the
    // colon is of the people charged.
    const before = CHARGED_BEFORE_LIST.exec(text.slice(Math.max(s.start, p.span[0] - 60), p.span[0]))
    if (before && !charged) {
      const at = p.span[0] - before[0].length + before[0].indexOf(before[1]!)
      slots.push({ cue: before[1]!, cueSpan: [at, at + before[1]!.length], attributed: people, explicit: true })
    }
    const m = MEMBER_SUBJECT.exec(after)
    if (m) {
      const at = lastEnd + m.index
      slots.push({ cue: (m[1] ?? m[2])!, cueSpan: [at, at + m[0].length], attributed: people, explicit: true })
    }
    i = j - 1
  }
  // Sponsor adjectives and actor-linked names carry their own link.
  for (const p of ps) {
    // "We have not observed any link to other Russian groups": a sponsor adjective under negation or doubt.
    // ("tried to make look like the work of North Korean and Chinese hackers": a false flag names no sponsor.)
    if (
      p.kind === 'sponsor' &&
      !negatedBefore(text, kw, Math.max(s.start, p.span[0] - 40), p.span[0]) &&
      !doubtedBefore(text, kw, Math.max(s.start, p.span[0] - 80), p.span[0]) &&
      !FALSE_FLAG_BEFORE.test(text.slice(Math.max(s.start, p.span[0] - 60), p.span[0]))
    ) {
      const slot: Slot = {
        cue: p.text.slice(p.text.search(SPACE_OR_HYPHEN) + 1).trim() || p.text,
        cueSpan: p.span,
        attributed: [p],
        explicit: false,
      }
      // "A Russian state-sponsored group that Microsoft tracks as Secret Blizzard": the vendor that tracks the group
      // describes it, and names it.
      const tracked = TRACKED_BY.exec(text.slice(p.span[1], Math.min(s.end, p.span[1] + 80)))
      if (tracked) {
        const at = p.span[1] + tracked[0].length
        const by = ps.find((q) => q.span[0] === at && (q.kind === 'vendor' || q.kind === 'agency'))
        const m = by && TRACKS_AS.exec(text.slice(by.span[1], by.span[1] + 40))
        if (by && m) {
          slot.by = by
          const named = ps.find((q) => q.kind === 'actor' && q.span[0] === by.span[1] + m[0].length)
          if (named)
            slots.push({ cue: m[1]!, cueSpan: [by.span[1], named.span[0]], attributed: [named], explicit: true, by })
        }
      }
      slots.push(slot)
    }
    if (p.kind === 'actor') {
      const named = namedByTracker(text, s, ps, p)
      if (named) slots.push(named)
    }
    // "the attack was the Iranian government's response to a cartoon contest", "was Russia's revenge": an act said to be
    // a party's own answer or work.
    if (
      (p.kind === 'government' || p.kind === 'country' || p.kind === 'state-body' || p.kind === 'actor') &&
      (text.charCodeAt(p.span[1]) === 39 || text.charCodeAt(p.span[1]) === 0x2019)
    ) {
      const own = OWN_ACT_AFTER.exec(text.slice(p.span[1], p.span[1] + 30))
      if (own && OWN_ACT_BEFORE.test(text.slice(Math.max(s.start, p.span[0] - 40), p.span[0])))
        slots.push({
          cue: own[1]!,
          cueSpan: [p.span[1], p.span[1] + own[0].length],
          attributed: [p],
          explicit: true,
        })
    }
    // "Korea Mangyongdae Computer Technology Company (KMCTC) was designated for …": a company a measure names as subject.
    if (p.company || p.kind === 'state-body' || (p.kind === 'individual' && !p.defendants)) {
      // (Its verb, "designated" or "sanctioned", starts a word where the keyword pass finds it.)
      const m = occursIn(kw, DESIGNATE_OR_SANCTION, p.span[1], Math.min(s.end, p.span[1] + 110))
        ? COMPANY_MEASURED.exec(text.slice(p.span[1], Math.min(s.end, p.span[1] + 110)))
        : null
      if (m) {
        const at = p.span[1] + m[0].length - m[1]!.length
        slots.push({ cue: m[1]!, cueSpan: [at, at + m[1]!.length], attributed: [p], explicit: true })
      }
    }
    // "Russian FSB Center 16 cyber actors", "GRU hackers": a state body's people, like a sponsor adjective.
    const people =
      p.kind === 'state-body' ? BODY_PEOPLE.exec(text.slice(p.span[1], Math.min(s.end, p.span[1] + 30))) : null
    if (people)
      slots.push({
        cue: people[0].trim(),
        cueSpan: [p.span[0], p.span[1] + people[0].length],
        attributed: [p],
        explicit: false,
      })
    // "Russian military hackers tried to knock out …": an army's hackers named as one party, likewise.
    else if (p.kind === 'state-body' && BODY_PEOPLE_NAMED.test(p.text))
      slots.push({ cue: p.text, cueSpan: p.span, attributed: [p], explicit: false })
    // "the government of the DPRK sponsors cyber actors", "Iran directs hacking groups", "Russian intelligence services
    // had tasked the group": a state or its services as the sponsor.
    if (p.kind === 'country' || p.kind === 'government' || p.kind === 'state-body') {
      // (Only where one of its verbs starts a word in the window: STATE_SPONSOR_VERBS.)
      const to = Math.min(s.end, p.span[1] + 90)
      const m = occursIn(kw, SPONSOR_VERB_WORDS, p.span[1], to) ? STATE_SPONSORS.exec(text.slice(p.span[1], to)) : null
      if (m && !isTargetPosition(text, p))
        slots.push({
          cue: m[1]!,
          cueSpan: [p.span[1], p.span[1] + m[0].length],
          attributed: [p],
          explicit: true,
        })
      // "Russia's military intelligence service, the GRU, founded and funded CARR", "the MSS runs APT40": the sponsor
      // of the group named at once after its verb.
      const next = ps.find((q) => q.span[0] >= p.span[1])
      const verb =
        next?.kind === 'actor' && next.span[0] - p.span[1] < 60
          ? SPONSORS_NAMED_GAP.exec(text.slice(p.span[1], next.span[0]))
          : null
      if (verb && !isTargetPosition(text, p)) {
        const at = p.span[1] + verb[0].indexOf(verb[1]!)
        slots.push({ cue: verb[1]!, cueSpan: [at, at + verb[1]!.length], attributed: [p], explicit: true })
      }
    }
    // "it is almost certainly the SVR", "UNC2452 is APT29", "the group is likely part of the GRU": an identity stated
    // of a pronoun, a description or another actor.
    if ((p.kind === 'actor' || p.kind === 'state-body') && p.span[0] - s.start > 4) {
      const from = Math.max(s.start, p.span[0] - 80)
      const before = text.slice(from, p.span[0])
      const m = IDENTITY_TAIL.exec(before)
      // (CONSISTENT_TAIL, only where "consistent" opens a word of the window, or may, cut by its start.)
      const con =
        m || !(occursIn(kw, CONSISTENT_WORD, from, p.span[0]) || opensCutWord(text, from, 'c'))
          ? null
          : CONSISTENT_TAIL.exec(before)
      // "The tooling is consistent with APT33 activity".
      if (con) {
        const at = from + con.index
        slots.push({ cue: 'consistent with', cueSpan: [at, p.span[0]], attributed: [p], explicit: true })
      }
      if (m) {
        const at = from + m.index
        const head = text.slice(Math.max(s.start, at - 40), at)
        let subject = IDENTITY_SUBJECT.test(head) || /\s(?:it|them)\s+as\s/.test(m[0])
        if (!subject)
          for (const q of ps) if (q !== p && q.kind === 'actor' && q.span[1] === at && q.name !== p.name) subject = true
        if (subject) slots.push({ cue: m[0].trim(), cueSpan: [at, p.span[0]], attributed: [p], explicit: true })
      }
    }
    // "X has been conducting spear-phishing since 2012 for the RGB": an actor's work done for a state body.
    if (p.kind === 'state-body' && p.span[0] - s.start > 4) {
      const m = FOR_BODY.exec(text.slice(Math.max(s.start, p.span[0] - 16), p.span[0]))
      if (m && ps.some((q) => (q.kind === 'actor' || q.defendants) && q.span[1] <= p.span[0] - m[0].length))
        slots.push({ cue: 'for', cueSpan: [p.span[0] - m[0].length, p.span[0]], attributed: [p], explicit: true })
    }
    // ACTOR_LINK starts with "-": other actors need no slice.
    if (p.kind === 'actor' && text.charCodeAt(p.span[1]) === 45) {
      const m = ACTOR_LINK.exec(text.slice(p.span[1], p.span[1] + 20))
      if (m)
        slots.push({
          cue: `${p.text}${m[0]}`,
          cueSpan: [p.span[0], p.span[1] + m[0].length],
          attributed: [p],
          explicit: false,
        })
    }
  }
}

const COPULA_CUE = /^(?:is|are|was|were)\b/i
const FIRST_PREDICATE = /^\s+(?:is|are|was|were)\s+(?:an?|the|one)\b[^,.;]*$/i
const ACCORDING_TO_BEFORE = /\baccording\s+to\s+(?:the\s+)?(?:\S+['’]s\s+)?$/i
const SAID_NEXT = /^\s*,?\s*(?:said|says|reported|stated|told|added|noted|wrote)\b/
const AND_BETWEEN = /^\s*,?\s+and\s+$/
const SPACE_OR_HYPHEN = /[\s-]/

/** True when the party follows the cue ending at `ce` at once (after spaces and "the" at most). */
function atOnce(text: string, ce: number, p: Party): boolean {
  return /^\s*(?:the\s+)?$/.test(text.slice(ce, p.span[0]))
}

/** The state whose courts charge ("charged with treason in Ukraine"), in the charge's phrase after `end`. */
function chargingState(text: string, ps: Party[], end: number): Party | undefined {
  return ps.find(
    (q) =>
      (q.kind === 'country' || q.kind === 'government') &&
      q.span[0] > end &&
      // (In the charge's own phrase: not after a comma, "accused of sabotage in Europe, including in Latvia".)
      /^[^.;,]{0,60}?\s+in\s+(?:the\s+)?$/.test(text.slice(end, q.span[0])),
  )
}

/** True when the slot's cue has an unnamed plural subject of its own: "Several governments have publicly linked". */
function unnamedSubject(text: string, s: Sentence, slot: Slot): boolean {
  return UNNAMED_SUBJECT.test(text.slice(Math.max(s.start, slot.cueSpan[0] - 80), slot.cueSpan[0]))
}
const UNNAMED_SUBJECT =
  /(?:^|[;:,]\s*|\b(?:and|but|while|whereas)\s+)(?:(?:several|some|many|other|multiple|various|numerous|western|foreign|unnamed|independent|security|outside|third-party|cybersecurity|cyber|private|industry|intelligence|allied|early|earlier|initial|first|later|local|media|press|news)\s+)*(?:governments|researchers|officials|analysts|vendors|companies|firms|experts|reports|sources|outlets|agencies|countries|states)(?:\s+(?:on|about|from|in|of|at)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s+(?:(?:\w+ly|have|has|had|also)\s+)*(?:(?:allege|say|said|believe|assess|claim|report|suspect|think)(?:s|d|ed)?\s+(?:that\s+)?[^,;.]{0,60})?$/i

// Between counted people and the body they serve: " of the ", " of North Korea's ".
const DEFENDANTS_OF = /^\s+of\s+(?:the\s+)?(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}['’]s\s+)?$/

// "LockBit affiliates", "the group's members": the people of a group after its name.
const GROUP_PEOPLE_AFTER = /^(?:['’]s)?\s+(?:members|affiliates|associates)\b/
const OF_WORD = new Set(['of'])

/** False when GROUP_PEOPLE_AFTER cannot match after `at`: after an "'s", if any, and white space, its noun. */
function mayOpenGroupPeople(text: string, at: number): boolean {
  const c = text.charCodeAt(at)
  const from = (c === 39 || c === 0x2019) && text.charCodeAt(at + 1) === 115 ? at + 2 : at
  return spacedWordIn(text, from, at + 24, GROUP_PEOPLE_NOUNS)
}
const GROUP_PEOPLE_NOUNS = new Set(['members', 'affiliates', 'associates'])
// Between a person and a name in the person's alias list.
const PERSON_AKA_GAP = /^,?\s+(?:also\s+)?(?:known\s+as|aka|a\.k\.a\.)\s+[^.;()]{0,60}$/
// "LockBit ransomware": the malware named after its group.
const GROUP_MALWARE_AFTER = /^\s+(?:ransomware|malware)\b/
// Between a person and the group the person's apposition says the person leads or belongs to.
const PERSON_ROLE_IN_GROUP_GAP =
  /^,\s+(?:an?|the)\s[^,;()]{0,60}?\b(?:leader|member|head|chief|administrator|developer|founder|co-founder|affiliate|operator|boss)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/
/** Whether a person among `parties` ends before `p` with `gap` between them (an apposition, an alias list). */
function personBefore(text: string, parties: Party[], p: Party, gap: RegExp): boolean {
  return parties.some(
    (q) => q.kind === 'individual' && q.span[1] <= p.span[0] && gap.test(text.slice(q.span[1], p.span[0])),
  )
}
// The members of a group as the object of a measure ("sanctions on 16 members of", "exposed more members of"); not
// an identity ("believed to be members of", "hackers assessed to be members of").
const MEMBERS_OF =
  /\b(?:on|against|exposed|unmasked|sanctioned|sanctioning|designated|designating|named|naming|identified|identifying)\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|\w+teen|\w+ty|more|several|other|further|additional|some|many|the|its|their|key|senior|leading)\s+)*(?:members?|affiliates?|associates?)\s+of\s+(?:the\s+)?$/i

// The cues that say who stands behind the activity (not who named or saw it): their party is a sponsor even when the
// text does not say who links it.
const SPONSORING_CUE =
  /sponsor|backed|direct|behalf|behest|work|\brun\b|control|fund|financ|task|attribut|linked|tied|affiliat|belong|part of|unit of|members? of|agents? of|officers of|operated|ordered|command|responsib|behind|carried out|orchestrat|perpetrat|subordinate|answerable/i

// A relative clause with its own subject right before a cue: "that Western governments have", "which officials".
// The same inside the gap between two listed parties: a relative pronoun followed by a subject, not by a verb.
// (A possessive and its noun, then a verb: "…, and its tactics resemble …", "…, but their tools show …".)
const CLAUSE_AND_GAP = /,\s*(?:and|but|while)\s+(?:its|their|his|her)\s+[a-z][\w-]*\s+[a-z]+\b/
const OVERLAP_GAP = /\boverlap(?:s|ped|ping)?\s+with\b/i
const OWN_SUBJECT_IN_GAP =
  /\b(?:group|actor|cluster|unit|campaign|operation|company|firm|outfit|crew|gang|collective)\s+(?:that|which|whom)\s+(?:the\s+)?[A-Z][\w.'’-]*\s+(?:[a-z][\w'’-]*\s+){0,3}(?:(?:have|has|had|say|says|said|believe|believes|assess|assesses|consider|considers|think|thinks|suspect|suspects)\s+)/
/** True when the sentence opens by saying what an actor is ("The Lazarus Group is a cybercrime group …"). */
function definesActor(text: string, s: Sentence, ps: Party[]): boolean {
  const first = ps[0]
  return (
    first !== undefined &&
    first.kind === 'actor' &&
    first.span[0] - s.start < 6 &&
    DEFINES_AFTER.test(text.slice(first.span[1], first.span[1] + 60))
  )
}
const DEFINES_AFTER = /^(?:\s*,[^,;]{1,50},)?\s+(?:is|was)\s+(?:a|an|one\s+of)\s/
// A coordinated clause opens before a later speaker: ", while", "; ", ", but", ", whereas".
// (The later speaker's own qualifier may stand before it: ", and New Zealand's GCSB said".)
const LATER_SPEAKER_OPENING = /(?:,\s*(?:while|whereas|but|and)|;|\bwhile|\bwhereas)\s+(?:the\s+)?[^,;]{0,30}$/i
// Auxiliaries and at most one past participle: the gap from a subject to its cue ("has linked members of").
const AUXILIARIES_ONLY = /^\s+(?:(?:has|have|had|also|later|since|then)\s+)*(?:[a-z]+ed\s+)?$/
const SAID_NEXT_CLAUSE =
  /^\s+(?:(?:also|later|separately|has|have|had)\s+)?(?:reported|reports|said|says|say|told|tells|stated|claimed|claims|believes?|assessed|assesses|concluded|found)\b/i
const OWN_SUBJECT_CLAUSE =
  /\b(?:group|actor|cluster|unit|campaign|operation|company|firm|outfit|crew|gang|collective)\s+(?:that|which|whom)\s+(?:(?!(?:is|are|was|were|be|been|being|has|have|had)\b)[\w'’-]+\s+){1,4}(?:(?:have|has|had)\s+)?(?:\w+ly\s+)?$/i

// A reporting verb between a speaker and the cue it speaks for: " says ", " believe is ", " has said was ".
const INNER_SPEAKER =
  /^\s+(?:(?:authorities|officials|agencies|investigators|intelligence|government|and|others|other)\s+){0,4}(?:\w+ly\s+)?(?:(?:has|have|had)\s+)?(?:says?|said|believes?|believed|assess(?:es|ed)?|judges?|judged|claims?|claimed|contends?|alleges?|alleged|thinks?|suspects?|suspected)\s+(?:that\s+)?(?:it\s+|they\s+)?(?:(?:is|are|was|were)\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3})?)?$/i

// A verb of founding, funding or running between a state (or its body) and the group it names at once: "founded and
// funded", "runs", "had set up", "controls the" (after the comma that closes an apposition: "…, the GRU, founded").
const SPONSORS_NAMED_GAP =
  /^,?\s+(?:\w+ly\s+|also\s+)?(?:(?:has|have|had)\s+(?:\w+ly\s+)?)?((?:founded|created|established|set\s+up|formed)(?:\s+and\s+(?:funded|financed|ran|directed|controlled|trained))?|funds|funded|financed|runs|ran|controls|controlled|directs|directed|oversees|oversaw|operates|operated|commands|commanded|sponsors|sponsored|backs|backed)\s+(?:the\s+)?$/
// A state's verb of sponsorship with its cyber actors as object.
const STATE_SPONSORS =
  /^(?:\s*\([^()]{1,24}\))?(?:['’]s\s+government)?\s+(?:\w+ly\s+|also\s+)?(?:(?:has|have|had)\s+(?:\w+ly\s+)?)?(sponsors|sponsored|backs|backed|directs|directed|funds|funded|tasks|tasked|controls|controlled|employs|employed|runs|ran)\s+(?:the\s+|a\s+|several\s+|many\s+|numerous\s+|various\s+)?(?:\w+\s+){0,2}?(?:(?:cyber|hacking|threat|APT|state|malicious|criminal|espionage)[\s-]+)?(?:actors?|groups?|hackers|operators|units?|crews?|teams?|gangs?|campaigns|operations|hacking)\b/i

// Every match of STATE_SPONSORS holds one of these at a word start after the state (its verb; the window starts at the
// state's end, so no word is cut there).
const STATE_SPONSOR_VERBS = ['sponsor', 'backs', 'backed', 'direct', 'fund', 'task', 'control', 'employ', 'runs', 'ran']

// "… for the ", "… for Russia's ": the state body an actor's work is done for.
const FOR_BODY = /\sfor\s+(?:the\s+)?(?:\w+['’]s\s+)?$/

// "… is almost certainly the ", "… are likely part of the ": the identity verb before a party, with its hedge.
// ("… the group almost certainly operates as part of Russian intelligence services": the hedge before the verb.)
// ("describe it as likely a sub-cluster of the": what a speaker calls the group it names.)
const IDENTITY_TAIL =
  /\s(?:(?:is|are|was|were)\s+(?:also\s+)?(?:(?:most\s+|very\s+|highly\s+)?likely\s+|probably\s+|almost\s+certainly\s+|in\s+fact\s+)?(?:(?:believed|thought|assessed|judged|suspected|understood)\s+to\s+be\s+)?|(?:(?:most\s+|very\s+|highly\s+)?likely\s+|probably\s+|almost\s+certainly\s+)?(?:operates|operated|acts|acted|works|worked)\s+as\s+(?=(?:a\s+|an\s+)?(?:subgroup|sub-group|sub-?cluster|subset|part|unit|element|arm)\s+of\s)|(?:describes?|described|describing|considers?|considered|regards?|regarded|sees?|saw)\s+(?:it|them)\s+as\s+(?:(?:most\s+|very\s+|highly\s+)?likely\s+|probably\s+|possibly\s+|almost\s+certainly\s+)?(?=(?:a\s+|an\s+)?(?:subgroup|sub-group|sub-?cluster|subset|part|unit|element|arm)\s+of\s))(?:(?:a\s+|an\s+)?(?:subgroup|sub-group|sub-?cluster|subset|part|unit|element|arm)\s+of\s+)?(?:the\s+)?(?:[A-Z][a-z]+['’]s\s+|(?:threat\s+)?(?:actor|group)\s+|(?:Russian|Chinese|Iranian|North\s+Korean|General|Staff|Main|Military|State)\s+(?:(?:General|Staff|Main|Military|State)\s+)*|(?:PRC|DPRK|Chinese|Russian|Iranian|North\s+Korean)[\s-]+state[\s-](?:sponsored|backed)\s+)?$/i
// "is consistent with (previous) activity of the ": evidence pointing to a party.
const CONSISTENT_TAIL =
  /\bconsistent\s+with\s+(?:(?:the|previous|prior|known|earlier|past|historical|previously\s+reported)\s+){0,2}(?:(?:activity|operations|campaigns|attacks|tradecraft|TTPs|tools|tooling|techniques)\s+(?:of|by|attributed\s+to)\s+)?(?:the\s+)?$/i
// The pronoun or description the identity is stated of.
// ("the actors responsible are almost certainly …", "those responsible for the attack were".)
const IDENTITY_SUBJECT =
  /(?:^|[^\w-])(?:[Ii]t|[Tt]hey|(?:[Tt]his|[Tt]hat|[Tt]he)\s+(?:[A-Z][a-z]+(?:n|an|ian|ese|ish|i|ch)\s+)?(?:group|actor|cluster|attackers?|hackers?|intruders?|operators?|culprits?|perpetrators?|adversary|threat\s+actors?)|(?:[Tt]he\s+(?:threat\s+|cyber\s+)?(?:actors?|hackers|attackers|group|parties)|[Tt]hose)\s+responsible(?:\s+for\s+(?:it|this|them|the\s+[\w-]+(?:\s+[\w-]+)?))?|(?:[Tt]his|[Tt]hat)\s+(?:activity|campaign|operation|intrusion|wave|cluster\s+of\s+activity))$/

const AGENT_BY_BEFORE = /\bby\s+(?:the\s+)?$/
const DESCRIBED_REPORTER_OPENING =
  /^\W{0,3}(?:The|This)\s+(?:[a-z]+\s+)?(?:bureau|agency|department|ministry|service|office|government|company|firm)\s+(?:said|says|stated|announced|reported)\b/
/**
 * True when the party a slot links speaks for itself in the sentence: "a group calling itself Solntsepyok said on
 * Telegram that it had carried out the operation" is the group's own claim, not the last speaker's.
 */
function selfClaimed(text: string, ps: Party[], slot: Slot): boolean {
  return slot.attributed.some(
    (t) =>
      t.kind === 'actor' &&
      ps.some(
        (p) =>
          p.kind === 'actor' &&
          p.name === t.name &&
          p.span[1] <= slot.cueSpan[0] &&
          SELF_SPEAKS.test(text.slice(p.span[1], p.span[1] + 30)),
      ),
  )
}
const SELF_SPEAKS =
  /^\s*,?\s+(?:(?:has|had|also|later|then)\s+)?(?:said|says|claimed|claims|announced|wrote|posted|boasted|stated)\b/
const COMMONLY_HELD =
  /\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:widely|generally|commonly|broadly|long|often)\s+(?:believed|thought|considered|seen|regarded|reported|understood|assumed|assessed)\b/i
// (Also the authors of a joint statement and their document: "The agencies assessed with high confidence that …",
// "The advisory said …".)
const DESCRIBED_SPEAKER_OPENING =
  /^\W{0,3}(?:(?:The|This)\s+(?:[a-z]+\s+)?(?:bureau|agency|department|ministry|service|office|government|company|firm|centre|center|newspaper|paper)|(?:The|These)\s+(?:(?:co-?)?authoring\s+|partner\s+|participating\s+)?(?:agencies|governments|partners|co-?authors|signatories)|(?:The|This|Its|Their)\s+(?:joint\s+)?(?:cybersecurity\s+)?(?:advisory|statement|alert|bulletin))\s+(?:(?:also|further|then|jointly)\s+)?(?:said|says|say|stated|state|announced|reported|described|describes|describe|assessed|assesses|assess|believes|believe|added|noted|wrote|writes|warned|warns|warn|disclosed|discloses|revealed|reveals|found|finds|concluded|concludes|confirmed|confirms)\b/
// A sentence opening that points back to the last speaker or its report: "According to the report, …", "The study
// found …", "It said …" (a vendor's own researchers are its own: OWN_RESEARCHERS_OPENING).
const REPORT_REFERENCE_OPENING =
  /^\W{0,3}(?:(?:According\s+to|Citing|In)\s+(?:the|its|their|this|that)\s+(?:(?:new|latest|full|same|unsealed|annual|joint|technical|\d+-page)\s+)?(?:report|study|analysis|research|investigation|findings|blog(?:\s+post)?|post|paper|assessment|white\s*paper|indictment|complaint|court\s+(?:documents|filings?|papers))\b[^,;.]{0,40},|(?:The|Its|Their|This|That)\s+(?:(?:new|latest|full|same)\s+)?(?:report|study|analysis|research|investigation|findings|blog(?:\s+post)?|paper|assessment)\s+(?:also\s+|further\s+)?(?:said|says|found|finds|concluded|concludes|shows|showed|states|stated|notes|noted|reveals|revealed|warned|warns|added|adds|alleges|alleged)\b|(?:(?:In\s+(?:a|its|their)\s+(?:[\w-]+\s+){0,3}?(?:statement|report|post|briefing|release|update)|On\s+[A-Z][a-z]+day|Last\s+(?:week|month|year|[A-Z][a-z]+day))(?:\s+on\s+[A-Z][a-z]+day)?,?\s+(?:it|they)|It|They)\s+(?:also\s+|further\s+)?(?:said|says|reported|found|concluded|added|noted|wrote|stated|warned|believes|assessed|assesses)\b)/
// (After a phrase that sets the scene: "After a forensic examination of the device(,) the researchers concluded".)
const OWN_RESEARCHERS_OPENING =
  /^\W{0,3}(?:(?:After|Following|On\s+the\s+basis\s+of|Based\s+on)\s+[^,;.]{1,60}?,?\s+(?=the\s+(?:researchers|analysts)\b))?(?:(?:Its|Their|The\s+(?:company|firm|vendor)['’]s)\s+(?:\w+\s+)?|[Tt]he\s+)(?:researchers|analysts)\s+(?:\w+ly\s+)?(?:said|say|says|wrote|write|writes|found|find|finds|reported|report|reports|assess(?:ed|es)?|believe[sd]?|concluded|noted|added|stated)\b/
// The described speakers a comma sets off: "…, the company said", "…, the researchers said, …".
const DESCRIBED_SPEAKERS =
  'company|firm|vendor|bureau|agency|department|ministry|service|office|government|researchers|analysts|newspaper|paper|broadcaster|outlet'
// (Or a pronoun: "APT41, he said, was behind …", "…, she added.": the person named last.)
const MEDIAL_DESCRIBED = new RegExp(
  String.raw`,\s+(?:(?:the|The)\s+(${DESCRIBED_SPEAKERS})|(he|she))\s+(?:said|says|added|wrote|stated|reported),`,
)
// A described speaker between a party and the verb of saying after it: that verb's own subject.
const DESCRIBED_SUBJECT_OF_VERB = new RegExp(
  String.raw`,\s+(?:the|The)\s+(?:[\w-]+\s+){0,3}?(?:${DESCRIBED_SPEAKERS})\s+(?:(?:has|have|had|also)\s+)?$`,
)
// ("…, the California-based security firm said": a description of up to three words.)
const TRAILING_DESCRIBED = new RegExp(
  String.raw`,\s+(?:(?:the|The)\s+(?:[\w-]+\s+){0,3}?(${DESCRIBED_SPEAKERS})|(he|she))\s+(?:said|say|says|added|wrote|stated|reported)\b`,
)
// The nouns of a body a description refers back to ("the bureau", "the ministry").
const DESCRIBED_BODIES =
  'bureau|agency|department|ministry|service|office|directorate|regulator|centre|center|authority|commission'
// The agent a cue describes: "named by the agency".
const AGENT_DESCRIBED = new RegExp(
  String.raw`\bby\s+the\s+(?:(${DESCRIBED_BODIES})|(company|firm|vendor|researchers))\b`,
)
// A sentence opening with a pronoun or a definite description of a speaker: "He told", "The bureau named".
const DESCRIBED_SUBJECT = new RegExp(
  String.raw`^\W{0,3}(?:(He|She)|(?:The|These)\s+((?:(?:co-?)?authoring\s+|partner\s+|participating\s+)?(?:agencies|governments|partners|co-?authors|signatories))|(?:The|This|That)\s+(?:(?:foreign|interior|defen[cs]e|justice|finance|national|federal|security|intelligence)\s+)?(?:(${DESCRIBED_BODIES})|(government|administration)|((?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?-based\s+|[A-Z][a-z]+\s+(?=(?:cyber)?security\s))?(?:company|firm|vendor|security\s+(?:firm|company|vendor)|cybersecurity\s+(?:firm|company))|(?:(?:US|U\.S\.|American)\s+)?(?:tech(?:nology)?|software|internet)\s+(?:giant|company|firm)))|(?:The|the)\s+(?:\w+\s+)?(?:minister|ambassador|spokes(?:person|man|woman)|official|secretary|director)|(?:The|This|Its|Their)\s+(?:(?:joint|central|main|key|principal|latest|new)\s+)?((?:cybersecurity\s+)?(?:advisory|statement|alert|bulletin|warning|findings?|conclusion))|(?:The|This|That)\s+(Council|council|Union|bloc|[Aa]lliance)|(?:(?:The|This|That)|(?:According\s+to|Citing)\s+the)\s+(?:[a-z]+\s+)?(newspaper|paper|daily|broadcaster|outlet|news\s+agency|news\s+site|magazine|weekly|publication|Times|Post|Journal|Herald|Tribune|Gazette|Telegraph|Chronicle|Guardian)(?:(?:['’]s)?\b|(?<=newspaper|paper|broadcaster|outlet|magazine)s['’](?=\s+(?:report|reporting|story|article|investigation)\b)))`,
)
// A headline's speaker described as a firm at its end: ", cybersecurity firm says", ", researchers say".
const HEADLINE_FIRM_SAYS =
  /,\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?(?:firm|company|vendor|researchers)\s+(?:says|say|finds|find|warns|warn)\s*$/
/**
 * Whether a described speaker opens the sentence, after a time or a source if any ("In its annual report, the agency
 * said").
 */
/** `last` with the parties of `among` listed right before it ("the United States and Britain"), in text order. */
function listedBefore(text: string, last: Party, among: Party[], gap = LIST_JOIN, reach = 8): Party[] {
  const out = [last]
  let cur = last
  for (;;) {
    let prev: Party | undefined
    for (const a of among) if (a.span[1] <= cur.span[0] && (!prev || a.span[1] > prev.span[1])) prev = a
    if (!prev || cur.span[0] - prev.span[1] > reach || !gap.test(text.slice(prev.span[1], cur.span[0]))) break
    out.unshift(prev)
    cur = prev
  }
  return out
}
const LIST_JOIN = /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$/
/** The party kinds a described speaker closing a sentence stands for ("…, the security firm said." → vendor). */
function closingDescribedKind(sentence: string): ReadonlySet<PartyKind> | undefined {
  const tail = closingDescription(sentence)
  if (!tail?.[1]) return undefined
  return /^(?:company|firm|vendor|researchers|analysts)$/.test(tail[1])
    ? VENDOR_KIND
    : /^(?:government)$/.test(tail[1])
      ? STATE_KIND
      : /^(?:bureau|agency|department|ministry|service|office)$/.test(tail[1])
        ? AGENCY_KIND
        : undefined
}
const VENDOR_KIND: ReadonlySet<PartyKind> = new Set<PartyKind>(['vendor'])
const STATE_KIND: ReadonlySet<PartyKind> = new Set<PartyKind>(['government', 'country'])
const AGENCY_KIND: ReadonlySet<PartyKind> = new Set<PartyKind>(['agency'])
/** Whether a described speaker set off by a comma after the slot's cue closes the sentence ("…, the company said."). */
function describedSpeakerCloses(text: string, s: Sentence, slot: Slot): boolean {
  return closingDescription(text.slice(slot.cueSpan[1], s.end)) !== null
}
/** The first described speaker set off by a comma in `stretch` (TRAILING_DESCRIBED), when it closes the stretch. */
function closingDescription(stretch: string): RegExpExecArray | null {
  const tail = TRAILING_DESCRIBED.exec(stretch)
  return tail && SENTENCE_END_AFTER_SPEAKER.test(stretch.slice(tail.index + tail[0].length)) ? tail : null
}
function describedSpeakerOpens(sentence: string): boolean {
  if (DESCRIBED_SPEAKER_OPENING.test(sentence)) return true
  const lead = LEAD_IN.exec(sentence)
  return lead !== null && DESCRIBED_SPEAKER_OPENING.test(`T${sentence.slice(lead[0].length + 1)}`)
}
// A time or a source before a described speaker: "On Sunday the ministry said", "In a statement, the agency said",
// "Presenting its annual report, the service disclosed".
const LEAD_IN =
  /^\W{0,3}(?:On|Last|Earlier|Later|Meanwhile|Separately|However|Also|In\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|report|release|post|note|update|briefing|interview)|At\s+the\s+time(?:\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?|(?!According\b)[A-Z][a-z]+ing(?=\s+(?:its|their|the|to|on|at|with|about)\s))\b[^,;.]{0,30}?,?\s+(?=the\s)/

/**
 * The name of the attributor "The agencies", "The governments", "The partners": the co-signers of a joint statement,
 * which the caller puts in its place once it knows them.
 */
export const JOINT_VOICE = 'the joint authors'

/**
 * The last agencies (or security firms) named, when a counted description of them is the subject of the slot's cue ("the
 * two services", "both firms").
 */
function numberedVoices(text: string, s: Sentence, slot: Slot, history: Party[], firms: Party[]): Party[] | undefined {
  const m = NUMBERED_AGENCIES.exec(text.slice(s.start, slot.cueSpan[0]))
  if (!m) return undefined
  const n = m[1] ? COUNT_OF[m[1].toLowerCase()]! : 2
  // ("Both firms had tied MuddyWater to Iran": the last security firms named.)
  const from = m[2] ? firms : history
  return from.length >= n ? from.slice(-n) : undefined
}
const NUMBERED_AGENCIES =
  /\b(?:the\s+(two|three|four|five)|both)\s+(?:(?:intelligence|security|cyber(?:security)?|partner|research)\s+)?(?:services|agencies|(firms|companies|vendors))\b/i
const COUNT_OF: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 }

/** The last outlet named before a sentence, and the last newspaper (see findAttributions). */
interface MediaSeen {
  last?: Party
  paper?: Party
}
// News agencies and broadcasters: not "the newspaper" a story refers back to.
const WIRE_OR_BROADCAST =
  /^(?:Reuters|Associated Press|AP|Agence France-Presse|AFP|Bloomberg(?: News)?|Xinhua|TASS|Interfax|RIA Novosti|ANSA|dpa|Deutsche Presse-Agentur|Kyodo|BBC|CNN|NHK|Al Jazeera)$|\b(?:News|Press|Agency|Radio|TV|Television|Broadcasting)\b/
/** The party a sentence's pronoun or description subject points back to, when it is the subject of the slot's cue. */
function referredSpeaker(
  text: string,
  s: Sentence,
  slot: Slot,
  lastOfKind: Map<PartyKind, Party>,
  lastVoice: Map<PartyKind, Party>,
  agencies: Party[],
  media: MediaSeen,
  personVoice?: Party,
): Party | undefined {
  // (Or at the sentence's end, after the cue: "…, the company said.")
  // (Or set off by commas before it: "Together with its responders, the company said, it attributes …".)
  const trailing =
    TRAILING_DESCRIBED.exec(text.slice(slot.cueSpan[1], s.end)) ??
    MEDIAL_DESCRIBED.exec(text.slice(s.start, slot.cueSpan[0]))
  // ("…, the researchers said": the vendor's researchers; "Its analysts wrote that …" too.)
  if (
    (trailing && (trailing[1] === 'researchers' || trailing[1] === 'analysts')) ||
    (!trailing && OWN_RESEARCHERS_OPENING.test(text.slice(s.start, slot.cueSpan[0])))
  )
    return lastVoice.get('vendor') ?? lastOfKind.get('vendor')
  // ("The seven groups named by the agency are …": the agent the cue itself describes.)
  const agent = trailing ? null : AGENT_DESCRIBED.exec(text.slice(slot.cueSpan[0], slot.cueSpan[1]))
  if (agent) return agent[1] ? lastOfKind.get('agency') : (lastVoice.get('vendor') ?? lastOfKind.get('vendor'))
  // ("On Sunday the ministry said …", "In a statement, the agency said …": a time or a source may come first.)
  let head = trailing ? (trailing[2] ? 'He ' : `The ${trailing[1]}`) : text.slice(s.start, slot.cueSpan[0])
  let shift = 0
  const lead = trailing ? null : LEAD_IN.exec(head)
  if (lead) {
    shift = lead[0].length
    head = `T${head.slice(shift + 1)}`
  }
  const m = DESCRIBED_SUBJECT.exec(head)
  if (!m) return undefined
  // "The newspaper reported …", "According to the paper, …": the outlet named last; "according to the Journal": the
  // outlet of that name ("The Wall Street Journal"), when it is the one named last.
  if (m[8]) {
    const last = /^(?:newspaper|paper|daily|weekly)$/.test(m[8]) ? (media.paper ?? media.last) : media.last
    return /^[A-Z]/.test(m[8]) && last && !last.name.endsWith(m[8]) ? undefined : last
  }
  // "The agencies found …": the partners of a joint statement, one attributor each (see `JOINT_VOICE`).
  if (m[2]) {
    const at = s.start + shift + m.index + m[0].length - m[2].length
    return party(JOINT_VOICE, m[2], [at, at + m[2].length], 'agency')
  }
  // "the ministry": the last body named with that word in its name, else the last agency.
  if (m[3]) {
    const noun = m[3].toLowerCase()
    for (let i = agencies.length - 1; i >= 0; i--)
      if (agencies[i]!.name.toLowerCase().includes(noun)) return agencies[i]
    return lastOfKind.get('agency')
  }
  if (m[4]) return lastOfKind.get('government') ?? lastOfKind.get('country')
  // "The company attributes the attacks to …": the vendor that last spoke, not one merely named since ("a Chrome flaw
  // Google patched").
  if (m[5]) return lastVoice.get('vendor') ?? lastOfKind.get('vendor')
  // "The advisory explains", "Its central warning is that": the joint authors' document speaks for them.
  if (m[6]) {
    const at = s.start + shift + m.index + m[0].length - m[6].length
    return party(JOINT_VOICE, m[6], [at, at + m[6].length], 'agency')
  }
  // "The Council also listed …": the Union or alliance named before.
  if (m[7]) return lastOfKind.get('alliance')
  // "He said …": the person named last, whatever body the person speaks for ("FBI Director X …. He said": the FBI).
  const person = lastOfKind.get('person')
  if (m[1] && personVoice && (!person || person.span[0] <= personVoice.span[0])) return personVoice
  // "The foreign secretary said …" with no official named before: the government that last spoke.
  return person ?? lastVoice.get('government') ?? lastVoice.get('country')
}

// A definite description or pronoun right after an attributing cue that points back to a threat actor.
/** True when a description pointing back to a threat actor follows `at` ("to the group"), not one naming its own
 * ("to the ransomware group LockBit"). */
function groupReference(text: string, at: number): boolean {
  const m = GROUP_REFERENCE.exec(text.slice(at, at + 40))
  return m !== null && !/^\s+[A-Z0-9]/.test(text.slice(at + m[0].length, at + m[0].length + 3))
}
/** Whether the group description at `at` is of a cluster ("the same cluster", "that cluster"). */
function clusterReference(text: string, at: number): boolean {
  return CLUSTER_REFERENCE.test(text.slice(at, at + 40))
}
const CLUSTER_REFERENCE = /^\s+(?:that|this|the\s+same|the)\s+(?:[\w-]+\s+)?cluster\b/i
const BARE_PARTICIPLE = /^\w+ed\s+(?:to|on)$/i
const AUXILIARY_BEFORE = /\b(?:is|are|was|were|be|been|being|has|have|had|\w+ly)\s+$/i
// The head nouns such a description ends with (lower case: see GROUP_REFERENCE).
const GROUP_REFERENCE_NOUNS = [
  'group',
  'actor',
  'cluster',
  'crew',
  'gang',
  'outfit',
  'operator',
  'collective',
  'adversary',
  'hackers',
  'attackers',
  'intruders',
]
// (Not "the group of hackers": a noun of its own; but "accused the group of stealing" is the group.)
const GROUP_REFERENCE = new RegExp(
  String.raw`^\s+(?:(?:that|this|these|those|the\s+same|the\s+aforementioned|the\s+said|the)\s+${GROUP_DESCRIPTION}|(?:it|them))\b(?!\s*(?:,|\s+(?:of(?!\s+[a-z]+ing\b)|in|behind|that|which|who)\b))`,
  'i',
)

/** Whether `before` (the words before a party) ends as "a former member of (the) …", "ex-officer at …". */
function formerOfBefore(before: string): boolean {
  return (before.includes('former') || before.includes('ex-')) && FORMER_OF_BEFORE.test(before)
}
// A former insider's old body: "a former member of the", "ex-officer of".
const FORMER_OF_BEFORE =
  /\b(?:former|ex-)\s*(?:[\w-]+\s+){0,2}?(?:member|officer|employee|official|director|head|chief|agent|analyst|spy|operative|deputy|staffer)\s+(?:of|at|with|in)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,1}$/
// "the NCSC, part of GCHQ, …": the body named as the parent of a speaker does not speak.
const PART_OF =
  /,\s*(?:(?:(?:a|an|the)\s+)?(?:part|unit|division|branch|arm|component|member|subsidiary|department|element)\s+of|(?:now\s+|which\s+is\s+)?(?:owned|acquired|bought)\s+by)\s+(?:the\s+)?$/i
// Between a state body and the state named after it as the end of its name.
const OF_STATE = /^\s+of\s+(?:the\s+)?$/
const RELATIVE_SUBJECT = /\b(?:which|that|whom|who)\s+(?:the\s+)?$/i
const JUDGED_GAP =
  /^\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?(?:assess(?:es|ed)?|believes?|believed|says?|said|thinks?|judges?|judged|suspects?|suspected|claims?|claimed|alleges?|alleged)\s+(?:(?:is|was|were|are|had\s+been|has\s+been|have\s+been|has|have)\s+)?(?:\w+ly\s+)?(?:carried\s+out\s+)?$/i
// (The speaker may be introduced by its trade or its country: "which the security firm FireEye has said has links to",
// "a group that the U.S. Department of Justice has tied to".)
const SPEAKER_INTRO = String.raw`(?:the\s+)?(?:U\.S\.\s+|U\.K\.\s+|(?:[\w-]+\s+){0,2}(?:firm|company|vendor|agency|outfit)\s+)?$`
const COMMA_WHICH_BEFORE = new RegExp(String.raw`,\s+(?:which|whom)\s+` + SPEAKER_INTRO)
// A relative pronoun after the noun it describes ("a group that", "the cluster, which"), not "said that".
const RELATIVE_AFTER_NOUN = new RegExp(
  String.raw`\b(?:group|actor|unit|cluster|campaign|hackers|organi[sz]ation|entity|network|gang|crew|team|operation|activity|attacks?|malware|tool|body|outfit|collective),?\s+(?:that|which|whom)\s+` +
    SPEAKER_INTRO,
  'i',
)

/** A cue as the confidence wording of a stated fact: a long one ("linked the attacks to") by its ends ("linked to"). */
function cueWords(cue: string): string {
  // ("groups behind the intrusions, which started in 2018:": a list after a colon, by its opening words.)
  if (cue.endsWith(':')) return cue.split(/\s+/).slice(0, 2).join(' ')
  if (cue.length <= 30) return cue
  const words = cue.trim().split(/\s+/)
  const verb = words[words.length - 2]!
  return PLACED_VERB.test(verb)
    ? `${words[0]} ${verb} ${words[words.length - 1]}`
    : `${words[0]} ${words[words.length - 1]}`
}
const PLACED_VERB = /^(?:placed|lies|lay|rests?|rested|laid|put|pinned|assigned|back)$/i

/** True when the text before `at` (from `from`, its sentence's start) puts it in doubt: "not yet known whether …". */
export function inDoubt(text: string, from: number, at: number): boolean {
  return DOUBT_CLAUSE.test(text.slice(Math.max(from, at - 130), at))
}
// Doubt over the whole clause up to a mention ("whether X is tied to A or to B").
const DOUBT_CLAUSE =
  /\b(?:whether|unclear|unknown|uncertain|not\s+(?:yet\s+)?(?:known|clear|established|confirmed|determined))\b[^.;,]{0,110}$/i

/** True when the attributor stands in a relative clause that opens after the slot's cue. */
function inLaterClause(text: string, slot: Slot, a: Party): boolean {
  // (", which …", ", a group that …"; ", a group the Australian Signals Directorate says is …": no pronoun.)
  return (
    a.span[0] > slot.cueSpan[1] &&
    (/,\s*(?:(?:a|an|the)\s+[\w-]+(?:\s+[\w-]+)?\s+)?(?:which|who|whom|whose|that)\b/.test(
      text.slice(slot.cueSpan[1], a.span[0]),
    ) ||
      CONTACT_CLAUSE_BEFORE.test(text.slice(Math.max(slot.cueSpan[1], a.span[0] - 40), a.span[0])) ||
      // "… considered China the most likely origin, and one person familiar with the case told Der Spiegel …": the
      // speaker of a coordinated clause after the cue speaks for its own clause only.
      (LATER_SPEAKER_OPENING.test(text.slice(slot.cueSpan[1], a.span[0])) &&
        SAID_NEXT_CLAUSE.test(text.slice(a.span[1], a.span[1] + 30))))
  )
}
const CONTACT_CLAUSE_BEFORE =
  /,\s*an?\s+(?:[\w-]+\s+)?(?:group|actor|cluster|unit|company|firm|gang|crew|outfit)\s+(?:the\s+)?$/

const ACTOR_LINK = /^-(?:linked|affiliated|related|attributed)\b/
// ("the threat actor linked to Russia, known as APT28": a short phrase may describe the group before its name; "a
// group it called Black Vine", "a group that Microsoft dubbed …": a speaker's own name for it.)
const GROUP_NAMED =
  /\b(?:groups?|actors?|gangs?|crews?|teams?|clusters?|outfits?|units?|hackers|collective|adversary|APT)(?:\s+(?:linked|tied|connected|affiliated|associated|aligned)\s+(?:to|with)\s+[^,.;]{1,25}?)?(?:\s+(?:(?:that|which)\s+)?(?:it|they|we|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?))?\s*,?\s+(?:(?:also|now|publicly|commonly|widely|best|better)\s+)?(?:dubbed|named|nicknamed|called|codenamed|known\s+as)\s*[“"']?$/i
const DATELINE_AFTER =
  /^,?\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2})(?:,?\s+\d{4})?\s*[-–—(]|^,?\s+(?:[A-Z][a-z]+\s+)?\([A-Z][\w. ]*\)\s*[-–—]/
const NAMED_OBJECT =
  /^\s+(?:it|them|this|these|the\s+(?:new\s+)?(?:activity|cluster|group|actor|threat|campaign|operation))\b/i
const NAMED_CAMPAIGN = /(?:dubbed|named|nicknamed|called|codenamed|known as)\s*[“"']?$/i

/**
 * False when NAMED_CAMPAIGN cannot match `text.slice(from, to)`: before a quote, if any, and white space, its naming
 * word ends in "d" or "s" (any case).
 */
function mayEndNamedCampaign(text: string, from: number, to: number): boolean {
  let e = to
  const q = text.charCodeAt(e - 1)
  if (e > from && (q === 0x201c || q === 34 || q === 39)) e--
  while (e > from && isSpaceCode(text.charCodeAt(e - 1))) e--
  const l = text.charCodeAt(e - 1) | 32
  return e > from && (l === 100 || l === 115)
}

function isAttributedKind(p: Party): boolean {
  return ATTRIBUTED_KINDS.has(p.kind) || p.kind === 'individual'
}

const NAMED_AS_RESPONSIBLE_AFTER =
  /^(?:\s+and\s+[^.;,]{1,40}|,\s+(?:an?|the)\s[^.;]{1,100}?,)?\s+as\s+(?:the\s+)?(?:(?:main|prime|chief|likely|probable)\s+)?(?:(?:party|parties|actor|group|one)\s+)?(?:culprits?|perpetrators?|responsible|those\s+responsible|behind|attackers?|suspects?|(?:man|men|force|group|actor)\s+behind)\b/i

/** A name introduced as a campaign name ("campaign dubbed “Salt Typhoon”") is not a party. */
function isNamedCampaign(text: string, p: Party): boolean {
  return (
    p.kind === 'actor' &&
    mayEndNamedCampaign(text, Math.max(0, p.span[0] - 20), p.span[0]) &&
    NAMED_CAMPAIGN.test(text.slice(Math.max(0, p.span[0] - 20), p.span[0])) &&
    // "a hacking group known as APT31": the name of a group.
    !GROUP_NAMED.test(text.slice(Math.max(0, p.span[0] - 75), p.span[0])) &&
    // "the bureau named Kimsuky as the culprit": naming someone as responsible, not a name given.
    // ("named APT29, a state-sponsored actor affiliated with the SVR, as the party responsible": an apposition between.)
    !NAMED_AS_RESPONSIBLE_AFTER.test(text.slice(p.span[1], p.span[1] + 150))
  )
}

/** The matches of a cue in a sentence, as `s.text.matchAll(c.re)` gives them (see `Cue`). */
function cueMatches(c: Cue, s: Sentence, kw: Occurrences): RegExpExecArray[] {
  if (c.atStart) return matchAtOccurrences(c.sticky, s.text, s.start, kw, c.group)
  if (c.lookback !== undefined) return matchAtStarts(c.sticky, s.text, lookbackStarts(s, kw, c.group, c.lookback))
  const first = firstInside(kw, c.group, s.start, s.end)
  if (first < 0) return []
  // A match is made of word characters, spaces and apostrophes only, and holds a keyword: none starts before the
  // stretch of such characters that leads up to the first keyword, so the scan can start there.
  c.re.lastIndex = stretchStart(s.text, first - s.start, isCueChar)
  // What matchAll gives, without its copy of the expression (no match is empty).
  const out: RegExpExecArray[] = []
  for (let m = c.re.exec(s.text); m; m = c.re.exec(s.text)) out.push(m)
  return out
}

/**
 * The places (in the sentence) where a match of a cue with `lookback` may start: each occurrence of its keywords that
 * lies inside the sentence, and the starts of the runs of `\w` before it that are words of `words` (compared in lower
 * case: a case-sensitive cue gets a wider set of places), or, where `words` holds "*ly", words of up to 15 letters
 * ending in "ly", each separated from the next by white space only. Sorted, for `matchAtStarts`.
 */
function lookbackStarts(s: Sentence, kw: Occurrences, group: KeywordGroup, words: ReadonlySet<string>): number[] {
  const out: number[] = []
  const str = s.text
  for (let i = firstFrom(kw, s.start); i < kw.starts.length && kw.starts[i]! < s.end; i++) {
    if (group[kw.keys[i]!] !== 1 || kw.ends[i]! > s.end) continue
    let at = kw.starts[i]! - s.start
    out.push(at)
    for (;;) {
      let j = at
      while (j > 0 && isSpaceCode(str.charCodeAt(j - 1))) j--
      if (j === at) break
      let w = j
      while (w > 0 && isAsciiWordCode(str.charCodeAt(w - 1)) && j - w <= 4) w--
      // (A longer word only as an adverb, where the words allow one: "*ly".)
      if (w > 0 && isAsciiWordCode(str.charCodeAt(w - 1)) && words.has('*ly'))
        while (w > 0 && isAsciiWordCode(str.charCodeAt(w - 1)) && j - w <= 14) w--
      if (
        w === j ||
        (w > 0 && isAsciiWordCode(str.charCodeAt(w - 1))) ||
        !(isLyWord(words, str, w, j) || isWordOf(words, str, w, j))
      )
        break
      out.push(w)
      at = w
    }
  }
  return out.length > 1 ? out.sort((a, b) => a - b) : out
}

/** The matches of the cues of OBJ_CUES in a sentence. */
interface CueMatches {
  /** By cue number; undefined for a cue without a match. */
  byCue: (RegExpExecArray[] | undefined)[]
  /** The numbers of the cues with a match, ascending. */
  cues: number[]
}

/**
 * The matches of every cue of OBJ_CUES in the sentence, as `cueMatches` gives them, in one walk over the sentence's
 * keyword occurrences: at each, the sticky copies of the cues whose keywords include it are tried, each cue resuming
 * after its last match as a global scan does (`matchAtOccurrences`).
 */
function objCueMatches(s: Sentence, kw: Occurrences): CueMatches {
  const out: (RegExpExecArray[] | undefined)[] = []
  const matched: number[] = []
  const pos = OBJ_POS.fill(0)
  const last = OBJ_LAST.fill(-1)
  const end = s.start + s.text.length
  for (let i = firstFrom(kw, s.start); i < kw.starts.length && kw.starts[i]! < end; i++) {
    const cues = OBJ_BY_KEY[kw.keys[i]!]!
    if (cues.length === 0) continue
    const st = kw.starts[i]! - s.start
    for (const ci of cues) {
      if (st < pos[ci]! || st === last[ci]) continue
      last[ci] = st
      const next = OBJ_CUES[ci]!.next
      if (next !== undefined && !followedBy(s.text, st, next)) continue
      const needs = OBJ_CUES[ci]!.needs
      if (
        needs !== undefined &&
        OBJ_CUES[ci]!.needsNot?.[kw.keys[i]!] !== 1 &&
        firstInside(kw, needs, kw.ends[i]!, s.end) < 0
      )
        continue
      const sticky = OBJ_CUES[ci]!.sticky
      sticky.lastIndex = st
      const m = sticky.exec(s.text)
      if (m === null) continue
      const found = out[ci]
      if (found === undefined) {
        out[ci] = [m]
        matched.push(ci)
      } else found.push(m)
      pos[ci] = m[0].length === 0 ? st + 1 : st + m[0].length
    }
  }
  if (matched.length > 1) matched.sort((a, b) => a - b)
  return { byCue: out, cues: matched }
}

/**
 * True when the word (run of `\w`) at `at` is followed by white space (after a comma, if any) and one of `words`
 * (lower case; any case in the text) whole, up to a character that is no `\w` or the end: what a cue with `next` needs
 * (the cues are case-insensitive and without the `u` flag, so only ASCII letters fold). "*ly" in `words` takes any word of three
 * characters or more ending in "ly".
 */
function followedBy(str: string, at: number, words: ReadonlySet<string>): boolean {
  let i = at
  while (i < str.length && isAsciiWordCode(str.charCodeAt(i))) i++
  // (A comma may come first: "targeted, allegedly by".)
  if (str.charCodeAt(i) === 44) i++
  const gap = i
  while (i < str.length && isSpaceCode(str.charCodeAt(i))) i++
  if (i === gap) return false
  let j = i
  while (j < str.length && isAsciiWordCode(str.charCodeAt(j))) j++
  if (j - i >= 3 && (str.charCodeAt(j - 1) | 32) === 121 && (str.charCodeAt(j - 2) | 32) === 108 && words.has('*ly'))
    return true
  return j - i <= 4 && isWordOf(words, str, i, j)
}

/** True for the characters a cue of SUBJ_CUES can match: `\w`, `\s` and apostrophes. */
function isCueChar(c: number): boolean {
  return isAsciiWordCode(c) || c === 39 || c === 0x2019 || isSpaceCode(c)
}

/**
 * The confidence wordings of the sentence that `bestConfidence` can choose: `findAllConfidence(s.text)` without the
 * readings of the patterns after the last one whose scale ranks below 2 (estimative verbs, statements of fact).
 * `bestConfidence` passes over those readings, and as they are read after all the others they hide none of them
 * (a reading is dropped only for overlapping one found before it): the best wording is the same. The keyword tests
 * are read off `kw`.
 */
function sentenceConfidence(s: Sentence, kw: Occurrences): ConfidenceMatch[] {
  // A pattern is tried when the sentence holds one of its keywords: at the places where its start words occur when
  // it has them (all of them, in order: the occurrences are sorted), else by a scan of the sentence.
  const tries: (boolean | number[])[] = new Array(CONFIDENCE_PATTERN_KEYWORDS.length).fill(false)
  const starts: (number[] | undefined)[] = new Array(USED_CONFIDENCE_PATTERNS)
  for (let i = firstFrom(kw, s.start); i < kw.starts.length && kw.starts[i]! < s.end; i++) {
    const key = kw.keys[i]!
    for (const p of CONFIDENCE_STARTS_BY_KEY[key]!) (starts[p] ??= []).push(kw.starts[i]! - s.start)
    if (kw.ends[i]! > s.end) continue
    for (const p of CONFIDENCE_BY_KEY[key]!) tries[p] = true
  }
  for (let p = 0; p < USED_CONFIDENCE_PATTERNS; p++)
    if (tries[p] && CONFIDENCE_PATTERN_STARTS[p]) tries[p] = starts[p] ?? false
  return findAllConfidenceWhere(s.text, tries)
}

/** How many confidence patterns (from the first) `sentenceConfidence` tries: up to the last ranked below 2. */
const USED_CONFIDENCE_PATTERNS = CONFIDENCE_PATTERN_SCALES.reduce((n, scale, i) => (rank(scale) < 2 ? i + 1 : n), 0)

/**
 * "a campaign by a suspected Chinese state-sponsored group": a sponsor the cue names is itself only suspected; so is a
 * party named as the suspect ("named the Iranian government as the suspected culprit").
 */
function suspectedParty(text: string, p: Party): ConfidenceReading | undefined {
  if (
    !(p.kind === 'sponsor' && SUSPECTED_BEFORE.test(text.slice(Math.max(0, p.span[0] - 14), p.span[0]))) &&
    !SUSPECT_AFTER.test(text.slice(p.span[1], p.span[1] + 50))
  )
    return undefined
  return findAllConfidence('suspected')[0]?.reading
}
const SUSPECTED_BEFORE = /\b(?:an?\s+|the\s+)?suspected\s+$/i
// "named the Iranian government as the suspected culprit": a party named as the suspected one (not "the prime suspect",
// a noun the annotation reads as stated).
const SUSPECT_AFTER =
  /^\s+(?:as|is|was|are|were)\s+(?:the|a)\s+(?:(?:main|prime|chief|principal|leading|likely)\s+)?suspected\s+(?:culprit|perpetrator|attacker|source|party|actor|hacker|author)s?\b/

/**
 * An estimative verb that hedges the cue itself, in the few words before it or inside it ("is believed to be
 * sponsored by", "suspected of working for", "may have been behind"), with no clause break between; "assesses" and
 * "judges" state the attributor's finding and are passed over. Read only when the sentence gives no calibrated or
 * legal wording for the cue.
 */

function cueHedge(text: string, s: Sentence, cue: Span): ConfidenceReading | undefined {
  const from = Math.max(s.start, cue[0] - 40)
  const window = text.slice(from, cue[1])
  if (!HEDGE_WORD.test(window)) return thatClauseHedge(text, s, cue)
  let best: ConfidenceReading | undefined
  for (const m of findAllConfidence(window)) {
    if (m.reading.scale !== 'estimative-verb' || m.reading.term === 'assessed') continue
    if (from + m.span[1] < cue[0] && /[,;:]/.test(text.slice(from + m.span[1], cue[0]))) continue
    best = m.reading
  }
  return best
}
/**
 * "Police believe that a series of hacks of the agency in 2016 and 2017 was carried out by X": a speaker's estimative
 * verb before the "that" clause that holds the cue hedges it, however long the clause's subject (in its clause: no
 * semicolon and no second coordinated "that" between).
 */
function thatClauseHedge(text: string, s: Sentence, cue: Span): ConfidenceReading | undefined {
  const from = Math.max(s.start, cue[0] - 160)
  const window = text.slice(from, cue[0])
  const m = THAT_CLAUSE_HEDGE.exec(window)
  if (!m) return undefined
  return findAllConfidence(m[1]!)[0]?.reading
}
// (The "that" may be left out before a clause whose subject opens with a determiner: "believes the operation … was
// carried out by".)
const THAT_CLAUSE_HEDGE =
  /\b((?:believes?|believed|suspects?|suspected|thinks?|thought))\s+(?:that|(?=(?:the|this|these|those|its|their)\s))\s*(?![^;]*?(?:\band\s+that\b|;))[^;]*$/

/**
 * "Hackers from two Chinese state-backed groups are suspected of breaking into …": a sponsor adjective's noun phrase
 * whose own predicate is hedged takes the hedge.
 */
function predicateHedge(text: string, cue: Span): ConfidenceReading | undefined {
  const m = PREDICATE_HEDGE.exec(text.slice(cue[1], cue[1] + 60))
  if (!m) return undefined
  return findAllConfidence(m[1]!)[0]?.reading
}
/**
 * "we consider a link to the Belarusian government possible": the judgement of the link the cue names, given after
 * its party.
 */
function judgedPossible(text: string, s: Sentence, cue: Span, attributed: Party[]): ConfidenceReading | undefined {
  const last = attributed[attributed.length - 1]
  if (!last || !JUDGING_BEFORE.test(text.slice(Math.max(s.start, cue[0] - 40), cue[0]))) return undefined
  return POSSIBLE_AFTER.test(text.slice(last.span[1], Math.min(s.end, last.span[1] + 24))) ? POSSIBLE : undefined
}
const POSSIBLE = findAllConfidence('possible')[0]?.reading
/**
 * "UNC2448 might also operate under the control of the IRGC": a modal before the verb whose phrase is the cue (the
 * lexicon reads "might be" and "might have" only).
 */
function modalHedge(text: string, s: Sentence, cue: Span): ConfidenceReading | undefined {
  const m = MODAL_BEFORE_CUE.exec(text.slice(Math.max(s.start, cue[0] - 40), cue[0]))
  return m && POSSIBLE ? { ...POSSIBLE, text: m[1]! } : undefined
}
const MODAL_BEFORE_CUE = /\b(might|may|could)\s+(?:also\s+|well\s+|even\s+|still\s+)?(?!(?:be|have)\b)[a-z]+\s+$/
const JUDGING_BEFORE =
  /\b(?:consider|considers|considered|deem|deems|deemed|judge|judges|judged|regard|regards|regarded|find|finds|found|think|thinks)\s+(?:(?:a|an|the|any|some)\s+)?(?:[\w-]+\s+){0,2}$/i
const POSSIBLE_AFTER = /^\s+(?:as\s+)?(?:quite\s+|entirely\s+)?possible\b/i
const PREDICATE_HEDGE =
  /^[\s-]*(?:[a-z][\w-]*\s+){0,2}?(?:is|are|was|were)\s+(?:(?:also|now|widely)\s+)?((?:suspected|believed|thought|reputed)\s+(?:of|to))\b/
const HEDGE_WORD = /believ|thought|suspect|possib|potential|reputed|appear|may|might|could|can\s+be/i

/**
 * "assesses with the highest level of probability that", "with the highest degree of confidence": the top of the
 * likelihood scale (UK usage), before the cue in its sentence. Read only when the sentence gives no other wording.
 */
function topDegree(text: string, s: Sentence, cue: Span): ConfidenceReading | undefined {
  const window = text.slice(Math.max(s.start, cue[0] - 160), cue[0])
  if (!window.includes('highest')) return undefined
  const m = TOP_DEGREE.exec(window)
  if (!m) return undefined
  return { text: m[0], scale: 'uk-phia', term: 'almost certain', stix: 98, kind: 'likelihood', band: [95, 100] }
}
const TOP_DEGREE =
  /\b(?:with\s+)?the\s+highest\s+(?:possible\s+)?(?:level|degree)\s+of\s+(?:probability|confidence|certainty)\b/i

function rank(scale: string): number {
  return scale === 'statement-of-fact' ? 3 : scale === 'estimative-verb' ? 2 : scale === 'legal-allegation' ? 1 : 0
}

const EARLIER_CLAUSE = /,\s*and\s+(?:it|they|the\s+group|that)\s/
const RELATIVE_AFTER_WORDING = /,\s*(?:which|who|whom)\s[^,]*$|,\s+(?:an?|the)\s[^,;]*?\bthat\s[^,]*$/

/** Whether two spans of a sentence lie between the same semicolons. */
function sameClause(text: string, s: Sentence, a: Span, b: Span): boolean {
  if (a[0] < s.start || a[1] > s.end) return false
  return !text.slice(Math.min(a[1], b[1]), Math.max(a[0], b[0])).includes(';')
}

// The members of a list of names before the one at the end of a text ("Canada, Germany and the ").
const NAMES_LISTED_BEFORE = String.raw`(?:(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+))*(?:the\s+)?$`
/**
 * `PARTNERS_INCLUDING_BEFORE.test(text.slice(from, to))`, read only where the window holds "including", "such" or
 * "among", one of which every match holds.
 */
function partnersListedBefore(text: string, from: number, to: number): boolean {
  const w = text.slice(from, to)
  return (w.includes('including') || w.includes('such') || w.includes('among')) && PARTNERS_INCLUDING_BEFORE.test(w)
}
// A sentence that opens with the partners it lists: "Partners including Australia, Canada and ".
const PARTNERS_OPENING = new RegExp(
  String.raw`^\W{0,3}(?:(?:Other|Several|International|Allied|Key)\s+)?(?:[Pp]artners|[Aa]llies|[Cc]ountries|[Gg]overnments|[Nn]ations)\s*,?\s+(?:including|such\s+as)\s+${NAMES_LISTED_BEFORE}`,
)
// States listed as partners ("partners, including Canada, Germany and ").
export const PARTNERS_INCLUDING_BEFORE = new RegExp(
  String.raw`\b(?:partners|allies|countries|governments|nations|agencies)\s*,?\s+(?:including|such\s+as|among\s+them)\s+${NAMES_LISTED_BEFORE}`,
)
// Agencies named by the states they belong to, listed ("agencies in Australia, Canada, Germany and the United States");
// AGENCIES_OF_WORD finds the head alone.
const AGENCIES_OF = String.raw`\b(?:agencies|authorities|counterparts|services)\s+(?:in|from|of)\s`
export const AGENCIES_OF_WORD = new RegExp(AGENCIES_OF)
export const AGENCIES_OF_BEFORE = new RegExp(String.raw`${AGENCIES_OF}+${NAMES_LISTED_BEFORE}`)
const ATTRIBUTIVE_MEASURE = /^(?:designated|sanctioned|indicted|charged)$/i
const ATTRIBUTIVE_BEFORE = /\b(?:the|a|an)\s+(?:(?:previously|already|formerly|earlier|once|recently|\w+ly)\s+)?$/i
/**
 * False when INVESTIGATING_AFTER cannot match `text.slice(at, to)`: it opens with "'s" (an office of the party) or,
 * after any white space, with its auxiliary.
 */
function mayInvestigateAfter(text: string, at: number, to: number): boolean {
  const c = text.charCodeAt(at)
  return c === 39 || c === 0x2019 || INVESTIGATING_AUXILIARIES.has(wordAfterSpaces(text, at, to))
}
const INVESTIGATING_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have'])
const INVESTIGATING_AFTER =
  /^(?:['’]s\s+(?:[A-Z][\w-]*\s+){0,3}(?:field\s+)?(?:office|division|unit|team|bureau)\s+)?\s*(?:is|are|was|were|has\s+been|have\s+been)\s+(?:now\s+|also\s+)?(?:investigating|probing|looking\s+into)\b/
const ATTRIBUTIVE_HEDGE = /^(?:likely|probable|possible)$/i
const AUDIENCE_AFTER =
  /^\s+(?:[a-z][\w-]*\s+){0,2}(?:conferences?|summits?|meetings?|forums?|panels?|hearings?|audiences?|events?|sessions?|gatherings?|workshops?|seminars?|symposi(?:um|a))\b/
const ARTICLE_BEFORE = /\b(?:the|a|an|its|their)\s+$/i
const NOUN_AFTER = /^\s+(?!(?:that|to|be|been|the|a|an)\b)[a-z]+(?:\s|[,.;])/
const COORDINATED_CLAUSE = /[,;]\s*(?:and|but|while|whereas)\s/
const WHAT_WAS_BEFORE =
  /\bwhat\s+(?:was|is|were|are|appeared\s+to\s+be|appears\s+to\s+be|seemed\s+to\s+be|seems\s+to\s+be)\s+$/i
function bestConfidence(
  all: ConfidenceMatch[],
  s: Sentence,
  cue: Span,
  /** Where a later slot's cue starts: wording in a coordinated clause before it is that slot's. */
  next?: number,
  /** The claim's speakers are in the cue's own clause between semicolons. */
  ownClause = false,
): ConfidenceMatch | undefined {
  let best: ConfidenceMatch | undefined
  for (const m of all) {
    if (rank(m.reading.scale) >= 2) continue
    // ("Mandiant tracks the group as UNC4736, but we assess with moderate confidence that …": wording after a contrast
    // with a speaker of its own is that clause's.)
    if (s.start + m.span[0] > cue[1] && /,\s*but\s+(?:we|they)\b/.test(s.text.slice(cue[1] - s.start, m.span[0])))
      continue
    // "ahead of the likely renewal of the agreement": an adjective of a noun after an article qualifies that noun.
    if (
      // (Its words are six or eight characters long.)
      (m.span[1] - m.span[0] === 6 || m.span[1] - m.span[0] === 8) &&
      ATTRIBUTIVE_HEDGE.test(s.text.slice(m.span[0], m.span[1])) &&
      ARTICLE_BEFORE.test(s.text.slice(Math.max(0, m.span[0] - 6), m.span[0])) &&
      NOUN_AFTER.test(s.text.slice(m.span[1], m.span[1] + 20))
    )
      continue
    // "had targeted three organizations … in what was likely a financially motivated attack": wording after "what was"
    // describes the act, not who did it.
    if (s.start + m.span[0] > cue[1] && WHAT_WAS_BEFORE.test(s.text.slice(Math.max(0, m.span[0] - 30), m.span[0])))
      continue
    // Wording in a relative clause opening after the cue qualifies that clause ("run by X, which … almost certainly"); so
    // does wording in an aside after it (", including records that could reveal people charged with …"; "identified the
    // hackers as X, one of several groups alleged to operate on North Korea's behalf").
    if (
      s.start + m.span[0] > cue[1] &&
      /,\s*(?:which|who|whom|whose|including|one\s+of)\b/.test(s.text.slice(cue[1] - s.start, m.span[0]))
    )
      continue
    // Wording in a later coordinated clause qualifies that clause ("X was responsible …, and that the group almost
    // certainly operates …"; "belongs to a cluster we track as X, and we assess with high confidence that X is Y").
    if (
      next !== undefined &&
      s.start + m.span[0] > cue[1] &&
      /(?:,\s*|;\s*|\s)and\s+(?:that|we|it|they|the)\b|;|\sand\s+(?:\w+ly\s+)?[a-z]+\s+(?:it|them)\b/.test(
        s.text.slice(cue[1] - s.start, m.span[0]),
      )
    )
      continue
    // ("X began targeting …, and Y probably compromised …": wording after the later clause's own subject is its.)
    if (
      next !== undefined &&
      s.start + m.span[0] >= next &&
      next >= cue[1] &&
      COORDINATED_CLAUSE.test(s.text.slice(cue[1] - s.start, next - s.start))
    )
      continue
    // Wording across a semicolon is another clause's ("Ukrainian authorities have named X as a unit of the FSB; we judge
    // it highly likely that …"), whichever side the cue is on, when the claim's speakers are in the cue's own clause.
    if (
      ownClause &&
      s.text.slice(Math.min(m.span[1], cue[1] - s.start), Math.max(m.span[0], cue[0] - s.start)).includes(';')
    )
      continue
    // Wording in an earlier coordinated clause qualifies that clause ("it is most likely controlled by X, and it may
    // have some connection to Y": "most likely" is not Y's).
    if (s.start + m.span[1] <= cue[0] && EARLIER_CLAUSE.test(s.text.slice(m.span[1], cue[0] - s.start))) continue
    // Wording before a relative clause that holds the cue is the main clause's ("an indictment charges two men with
    // leading X, an online group that the department says is responsible for …": "charges" is not the group's).
    if (s.start + m.span[1] <= cue[0] && RELATIVE_AFTER_WORDING.test(s.text.slice(m.span[1], cue[0] - s.start)))
      continue
    if (!best || rank(m.reading.scale) < rank(best.reading.scale)) best = m
    else if (rank(m.reading.scale) === rank(best.reading.scale)) {
      if (Math.abs(s.start + m.span[0] - cue[0]) < Math.abs(s.start + best.span[0] - cue[0])) best = m
    }
  }
  return best
}

function findAttributors(
  text: string,
  s: Sentence,
  ps: Party[],
  slots: Slot[],
  attributedSpans: Span[],
  kw: Occurrences,
): Party[] {
  const capable = ps.filter(
    (p) =>
      ATTRIBUTOR_KINDS.has(p.kind) &&
      !attributedSpans.some((x) => overlaps(x, p.span)) &&
      // "the FBI's Washington field office is investigating the hack … carried out by X": who investigates does not
      // say who did it.
      !(
        mayInvestigateAfter(text, p.span[1], Math.min(s.end, p.span[1] + 60)) &&
        INVESTIGATING_AFTER.test(text.slice(p.span[1], Math.min(s.end, p.span[1] + 60)))
      ) &&
      // "issued together with 15 international partners, including Canada, Germany and Italy, the FBI said": the
      // partners listed in an opening phrase join the statement; its subject speaks.
      // ("Partners including Australia, Canada and New Zealand have also attributed …": partners that open the
      // sentence are its subject.)
      !(
        (p.kind === 'country' || p.kind === 'government') &&
        partnersListedBefore(text, Math.max(s.start, p.span[0] - 120), p.span[0]) &&
        !PARTNERS_OPENING.test(text.slice(s.start, p.span[0]))
      ) &&
      // "could connect the infrastructure that CERT-UA had reported to X": a party inside the cue describes its object.
      // ("attributed by Unit 42 to X": the agent of a passive cue speaks).
      !slots.some(
        (sl) =>
          p.span[0] > sl.cueSpan[0] &&
          p.span[1] < sl.cueSpan[1] &&
          !BY_BEFORE.test(text.slice(Math.max(sl.cueSpan[0], p.span[0] - 8), p.span[0])),
      ) &&
      !isTargetPosition(text, p, true) &&
      // "told an EU cybersecurity conference in Sofia": a party that only qualifies the audience addressed.
      !(
        text.charCodeAt(p.span[1]) === 32 &&
        ARTICLE_BEFORE.test(text.slice(Math.max(s.start, p.span[0] - 6), p.span[0])) &&
        AUDIENCE_AFTER.test(text.slice(p.span[1], Math.min(s.end, p.span[1] + 50)))
      ) &&
      // (PART_OF opens with a comma.)
      !(
        text.lastIndexOf(',', p.span[0] - 1) >= Math.max(s.start, p.span[0] - 30) &&
        PART_OF.test(text.slice(Math.max(s.start, p.span[0] - 30), p.span[0]))
      ) &&
      !ownsNextAgency(text, p, ps) &&
      // "X, a former member of the Canadian Security Intelligence Service (CSIS), told CBC …": a former insider speaks
      // for himself, not for the body he left.
      // (Sought in the 60 characters before the party only: not in the rest of the text, once per party.)
      !formerOfBefore(text.slice(Math.max(s.start, p.span[0] - 60), p.span[0])) &&
      // "DPRK nationals working from countries such as China and Russia": places listed, not speakers; nor where
      // someone lives ("of Novosibirsk, Russia,").
      !(p.kind === 'country' && listedPlace(text, p, ps) && !PARTNERS_OPENING.test(text.slice(s.start, p.span[0]))) &&
      !(
        p.kind === 'country' &&
        endsWithCommaSpace(text, Math.max(0, p.span[0] - 40), p.span[0]) &&
        RESIDENCE_BEFORE.test(text.slice(Math.max(0, p.span[0] - 40), p.span[0]))
      ) &&
      // "e-mails that pretend to come from the State Service of Special Communications": a body impersonated, not a
      // speaker.
      !(
        endsWithWordOf(text, Math.max(s.start, p.span[0] - 40), p.span[0], IMPERSONATED_LAST_WORDS, THE_WORD) &&
        IMPERSONATED_BEFORE.test(text.slice(Math.max(s.start, p.span[0] - 40), p.span[0]))
      ) &&
      // "Congressional Budget Office hacked; Chinese state-backed hackers suspected": the victim of the attack; "the
      // networks of ten ministries and agencies, BIN among them": one of the victims listed.
      !(
        spacedWordIn(text, p.span[1], p.span[1] + 24, VICTIM_FIRST_WORDS) &&
        VICTIM_AFTER.test(text.slice(p.span[1], p.span[1] + 24))
      ) &&
      // "HSE attack: NCSC and Gardai point to …": an organisation named before the attack on it.
      !(
        p.kind !== 'country' &&
        p.kind !== 'government' &&
        spacedWordIn(text, p.span[1], p.span[1] + 30, ORG_ATTACKED_FIRST_WORDS, true) &&
        ORG_ATTACKED_AFTER.test(text.slice(p.span[1], p.span[1] + 30))
      ) &&
      !(
        spacedWordIn(text, p.span[1], p.span[1] + 14, AMONG_WORD) &&
        AMONG_THEM_AFTER.test(text.slice(p.span[1], p.span[1] + 14))
      ) &&
      // "Anthropic, the US artificial intelligence company, says": a state describing the party before it.
      !(p.kind === 'country' && describesPartyBefore(text, p, ps)) &&
      // "besides Israel, FireEye said, the group went after …": a party set apart as an exception or an addition.
      !EXCEPT_BEFORE.test(text.slice(Math.max(s.start, p.span[0] - 16), p.span[0])) &&
      // "as Russia's invasion of Ukraine was absorbing officials' attention": a state owning a thing that is none of its
      // voices does not speak.
      !(
        (p.kind === 'country' || p.kind === 'government') &&
        text.charCodeAt(p.span[1]) !== 32 &&
        OWNED_THING_AFTER.test(text.slice(p.span[1], p.span[1] + 40))
      ) &&
      // "Department of Defense networks are targeted by …": a body whose networks or systems were hit is their owner,
      // not a speaker.
      !(
        p.kind === 'agency' &&
        text.charCodeAt(p.span[1]) === 32 &&
        OWN_ASSETS_AFTER.test(text.slice(p.span[1], p.span[1] + 24))
      ) &&
      // "The U.S. security firm SentinelOne … said": a state describing the company after it.
      !(p.kind === 'country' && describesCompanyAfter(text, p, ps)) &&
      // "A US newspaper reported", "Taiwan's Central News Agency reported": the outlet speaks, not its state.
      !((p.kind === 'country' || p.kind === 'government') && describesMediaAfter(text, p, ps)) &&
      // "officials told Reuters": the outlet listens, it does not speak; "designated Integrity Tech": the object of a
      // measure does not speak either.
      !(
        endsWithWordOf(text, Math.max(s.start, p.span[0] - 16), p.span[0], MEASURE_VERB_WORDS, THE_WORD) &&
        MEASURE_VERB_BEFORE.test(text.slice(Math.max(s.start, p.span[0] - 16), p.span[0]))
      ) &&
      // "The EU expressed solidarity with Germany and condemned …": the party supported does not speak (unless a
      // relative clause makes it the subject: "solidarity with Estonia, France and …, which have attributed").
      !(
        endsWithWordOf(text, Math.max(s.start, p.span[0] - 30), p.span[0], SUPPORTED_PREPOSITIONS, THE_WORD) &&
        SUPPORTED_BEFORE.test(text.slice(Math.max(s.start, p.span[0] - 30), p.span[0])) &&
        !RELATIVE_AFTER_LIST.test(text.slice(p.span[1], Math.min(s.end, p.span[1] + 120)))
      ) &&
      // (The expressions on the words after the party are tested only when the character they open with, or the
      // first after white space, is there: a hyphen, a bracket, a capital, a digit, a "v".)
      !(
        p.kind === 'country' &&
        text.charCodeAt(p.span[1]) === 45 &&
        BASED_AFTER.test(text.slice(p.span[1], p.span[1] + 7))
      ) &&
      // "WASHINGTON, March 25 (Reuters) -": the news agency's dateline, not a speaker; nor the dateline's country ("THE
      // HAGUE, Netherlands (AP) —"), nor the owner of a firm ("Google-owned cybersecurity firm Mandiant").
      !(text.charCodeAt(p.span[0] - 1) === 40 && CLOSING_DATELINE.test(text.slice(p.span[1], p.span[1] + 4))) &&
      !(codeAfterSpaces(text, p.span[1]) === 40 && NEWS_AGENCY_AFTER.test(text.slice(p.span[1], p.span[1] + 36))) &&
      // "Seoul, 4 March 2024 - The NIS announced": the dateline's place.
      !(mayOpenDateline(text, p.span[1]) && DATELINE_AFTER.test(text.slice(p.span[1], p.span[1] + 40))) &&
      !(text.charCodeAt(p.span[1]) === 45 && OWNED_AFTER.test(text.slice(p.span[1], p.span[1] + 7))) &&
      // "United States v. X": a case's caption names a party to it, not a speaker; "an employee of a Russian Ministry of
      // Defense institute", "officers of the FSB": whom someone works for, not who speaks.
      !(codeAfterSpaces(text, p.span[1]) === 118 && CASE_CAPTION_AFTER.test(text.slice(p.span[1], p.span[1] + 6))) &&
      !affiliatedBefore(text, kw, Math.max(s.start, p.span[0] - 40), p.span[0]) &&
      !listedAfterTarget(text, p, ps) &&
      // "PST, which investigated together with the JCCC, links": a party in a relative clause about the subject.
      !inRelativeClause(text, s, p, ps) &&
      // A company that is no security vendor speaks only as the subject of a verb of saying ("Radiant Capital says the
      // theft was the work of …"), not as the victim named near a cue ("the theft from the company DMM Bitcoin by …").
      !(
        p.company &&
        p.kind === 'vendor' &&
        !COMPANY_SAYS.test(text.slice(p.span[1], p.span[1] + 100)) &&
        !accordingBefore(text, s, kw, p)
      ),
  )
  if (capable.length === 0) return []
  // "according to X", "in the assessment of X"
  // ("according to security researchers at Google owner Alphabet": the owner named after it is the source.)
  const acc = capable.filter(
    (p) => accordingBefore(text, s, kw, p) && !OWNER_AFTER.test(text.slice(p.span[1], p.span[1] + 8)),
  )
  // ("U.S. officials believe Iranian hackers were behind …, according to two people familiar with the matter": unnamed
  // sources are the reporter's; the subject named before the cue speaks, and they do not.)
  if (
    acc.length &&
    acc.every(unnamedSource) &&
    capable.some(
      (p) =>
        !acc.includes(p) &&
        !unnamedSource(p) &&
        slots.some((sl) => sl.cueSpan[0] >= p.span[1] && sl.cueSpan[0] < acc[0]!.span[0]),
    )
  ) {
    for (let i = capable.length - 1; i >= 0; i--) if (acc.includes(capable[i]!)) capable.splice(i, 1)
  } else if (acc.length) return withListed(text, acc, capable)
  // "…, Google said on Wednesday.": a speaker reported after the claim, at the end of its sentence, speaks for all of it
  // (the people the claim names before it are its objects: "the campaigns of President X").
  const trailing = capable.filter(
    (p) =>
      p.span[1] < s.end &&
      // (TRAILING_SPEAKER_BEFORE holds a comma.)
      text.lastIndexOf(',', p.span[0] - 1) >= Math.max(s.start, p.span[0] - 8) &&
      TRAILING_SPEAKER_BEFORE.test(text.slice(Math.max(s.start, p.span[0] - 8), p.span[0])) &&
      TRAILING_SAID.test(text.slice(p.span[1], s.end)),
  )
  if (
    trailing.length &&
    !capable.some((p) => !trailing.includes(p) && SPEAKS_NEXT.test(text.slice(p.span[1], p.span[1] + 40)))
  )
    return withListed(text, trailing, capable)
  // "…, said Microsoft.": the speaker after its verb, at the sentence's end.
  const inverted = capable.filter((p) => saidBefore(text, s, p))
  if (inverted.length) return inverted
  // passive agent: "accused by the UK government", "rejected by"
  const agent = capable.filter((p) => {
    // (The object may stand between: "linked to Unit 74455 of Russia's GRU by the US Department of Justice".)
    const from = Math.max(s.start, p.span[0] - 80)
    return occursIn(kw, PASSIVE_AGENT_WORDS, from, p.span[0]) && PASSIVE_AGENT.test(text.slice(from, p.span[0]))
  })
  if (agent.length) return agent
  // Subjects: attributor-capable parties before the first cue or reporting verb of the sentence.
  let firstCue = Number.POSITIVE_INFINITY
  for (const sl of slots) if (sl.cueSpan[0] < firstCue) firstCue = sl.cueSpan[0]
  const verbs = matchAtOccurrences(REPORT_VERBS_STICKY, s.text, s.start, kw, REPORT_VERB_WORDS).map(
    (m) => s.start + m.index,
  )
  const out: Party[] = []
  for (const p of capable) {
    const nextVerb = verbs.find((v) => v >= p.span[1])
    // The subject of its own clause: "…, and we attribute the activity to", "; Mandiant attributes it to".
    const beforeCue =
      p.span[1] <= firstCue ||
      slots.some(
        (sl) =>
          sl.explicit &&
          sl.cueSpan[0] >= p.span[1] &&
          sl.cueSpan[0] - p.span[1] < 40 &&
          CLAUSE_SUBJECT_GAP.test(text.slice(p.span[1], sl.cueSpan[0])) &&
          CLAUSE_OPENING.test(text.slice(Math.max(s.start, p.span[0] - 24), p.span[0])),
      )
    const subjectOfVerb =
      nextVerb !== undefined &&
      nextVerb - p.span[1] < 90 &&
      !holdsStop(text, p.span[1], nextVerb) &&
      listedUpTo(text, p, capable, nextVerb) &&
      // ("… in the United States and Japan from Shanghai, the California-based security firm said": the verb has a
      // described subject of its own.)
      !DESCRIBED_SUBJECT_OF_VERB.test(text.slice(p.span[1], nextVerb))
    // "The board blamed failures at Microsoft and said …", "X criticised Microsoft and said …": the object of the verb
    // after an earlier party is not the subject of the "said" coordinated after it.
    if (
      subjectOfVerb &&
      AND_SAID_AFTER.test(text.slice(p.span[1], Math.min(s.end, p.span[1] + 40))) &&
      capable.some(
        (q) =>
          q.span[1] <= p.span[0] &&
          p.span[0] - q.span[1] < 80 &&
          VERB_THEN_OBJECT.test(text.slice(q.span[1], p.span[0])),
      )
    )
      continue
    // "tension between Iran and Israel", "hacks of the JAXA": the object of a preposition is no subject (but "a spokesman
    // for the ministry", "researchers at Cisco" speak through their people).
    if (beforeCue && !subjectOfVerb && prepositionObject(text, s, p)) continue
    // "In a filing with the Securities and Exchange Commission, HPE said …": a party inside the sentence's opening
    // phrase is no subject of the verb after it.
    if (
      subjectOfVerb &&
      text.charCodeAt(p.span[1]) === 44 &&
      OPENING_PHRASE.test(text.slice(s.start, p.span[0])) &&
      prepositionObject(text, s, p)
    )
      continue
    if (beforeCue || subjectOfVerb) {
      // An agency named after its country ("the UK's National Cyber Security Centre") stands with it.
      out.push(p)
    }
  }
  // "The Foreign Office said today that the UK, Georgia and partners have exposed …": the reported clause has subjects
  // of its own before the cue; they attribute, the speaker only reports them.
  for (let i = 1; i < out.length; i++) {
    const q = out[i]!
    if (q.span[1] <= firstCue && REPORTED_THAT.test(text.slice(out[i - 1]!.span[1], q.span[0]))) {
      out.splice(0, i)
      break
    }
  }
  // "Gawkowski said Poland's cyberspace was the most attacked in the European Union and attributed most incidents to
  // Russia": a cue joined by "and" after a reported clause shares the speaker's subject; the clause's parties are not it.
  if (out.length > 1 && firstCue < Number.POSITIVE_INFINITY && COORDINATED_CUE.test(text.slice(s.start, firstCue))) {
    const said = verbs.find((v) => v >= out[0]!.span[1] && v < firstCue)
    if (said !== undefined) {
      const kept = out.filter((p) => p.span[1] <= said)
      if (kept.length) out.splice(0, out.length, ...kept)
    }
  }
  // Prefer real names over "we" when both are there (unless "we" opens a clause of its own after them: "Symantec has
  // described Billbug as …; we assess it likely that …", "Mandiant tracks it as UNC4736, but we assess …": each clause
  // keeps its speaker, see the slot loop).
  const named = out.filter((p) => p.kind !== 'we')
  const we = out.find((p) => p.kind === 'we')
  if (
    we &&
    named.length &&
    named.every((p) => p.span[1] <= we.span[0]) &&
    OWN_WE_CLAUSE.test(text.slice(named[named.length - 1]!.span[1], we.span[0]))
  )
    return out
  return named.length ? named : out
}
const AND_SAID_AFTER =
  /^(?:\s+(?:for|in|over|and|to)\s+(?:the\s+|its\s+|their\s+)?[a-z]+){0,2}\s+and\s+(?:also\s+|later\s+|then\s+)?(?:said|says|added|stated|concluded|wrote|noted|found|determined|assessed)\b/
// A verb right after the earlier party, then its object up to the party, in one clause.
const VERB_THEN_OBJECT =
  /^\s+(?:(?:has|have|had|also|\w+ly)\s+)?(?!(?:said|says|and|or|was|were|is|are)\b)[a-z]+(?:ed|es|s)\s(?:(?!\bthat\b)[^,;])*$/
/** An unnamed source the text describes ("two people familiar with the matter"): a person with no name or state. */
function unnamedSource(p: Party): boolean {
  return p.kind === 'person' && !p.country && p.name === p.text && UNNAMED_SOURCE.test(p.name)
}
const UNNAMED_SOURCE = /\b(?:familiar|briefed|knowledge|anonymity|sources?|people|persons|officials?)\b/i
const OPENING_PHRASE =
  /^\W{0,3}(?:In|On|At|After|Before|During|Following|Through|Under|With|Within|Amid|Despite|Since)\s[^,;.]*$/
const OWN_WE_CLAUSE = /(?:;|,\s*(?:but|and|while|whereas|although|though)|\s(?:but|while|whereas))\s+$/

/**
 * True when `p` is the object of a preposition ("between Iran and Israel", "hacks of the JAXA", "in Germany") and no
 * word for its people stands before the preposition ("a spokesman for the ministry", "researchers at Cisco").
 */
function prepositionObject(text: string, s: Sentence, p: Party): boolean {
  const before = text.slice(Math.max(s.start, p.span[0] - 60), p.span[0])
  const m = PREPOSITION_BEFORE.exec(before)
  if (!m) return false
  // ("a month after US Cyber Command had tied MuddyWater to Tehran": a conjunction opening a clause of its own.)
  if (CONJUNCTION_PREPOSITION.test(m[0]) && CLAUSE_VERB_AFTER.test(text.slice(p.span[1], p.span[1] + 30))) return false
  // ("in coordination with the Department of Justice, which is charging …": the subject of its own relative clause.)
  if (RELATIVE_AFTER.test(text.slice(p.span[1], p.span[1] + 24))) return false
  return !PEOPLE_OF_BEFORE.test(before.slice(0, m.index))
}
const RELATIVE_AFTER = /^\s*(?:\([^()]*\))?\s*,\s*(?:which|who)\s/
const CONJUNCTION_PREPOSITION = /^(?:after|before)\s/
const EXCEPT_BEFORE =
  /\b(?:[Bb]esides|[Bb]eyond|[Ee]xcept(?:\s+for)?|[Uu]nlike|[Aa]part\s+from|[Aa]side\s+from|[Oo]ther\s+than)\s+(?:the\s+)?$/
// After a state's possessive: a lower-case word that is none of the words naming its voices or what they say
// ("Russia's invasion"; not "India's charge that", "Bulgaria's ex-president").
const OWN_ASSETS_AFTER =
  /^\s+(?:networks?|systems?|servers?|computers?|(?:e-?mail\s+)?accounts?|e-?mails?|websites?|infrastructure|databases?|devices?|mailboxes|inboxes)\b/
const OWNED_THING_AFTER =
  /^['’]s\s+(?!(?:government|administration|officials?|authorities|leaders?|leadership|president|prime|foreign|interior|defen[cs]e|justice|home|state|national|federal|top|chief|senior|deputy|main|military|intelligence|security|spy|cyber(?:security)?|counter-?intelligence|police|prosecutors?|embassy|mission|ambassador|envoy|diplomats?|spokes\w+|ministers?|ministry|cabinet|parliament|congress|senate|digital|communications|signals|armed|own|new|former|ex|then|acting|data|charges?|accusations?|allegations?|claims?|assessments?|statements?|findings|conclusions?|reports?|position|view|warnings?|response|reaction|verdict|announcement)\b)[a-z]/
const CLAUSE_VERB_AFTER =
  /^\s+(?:\([^()]*\)\s+)?(?:had|has|have|was|were|is|are|did|(?:first\s+|publicly\s+|formally\s+)?[a-z]+ed)\b/
// A preposition, then an article, a possessive or up to two lower-case or listed words ("Iran and").
const PREPOSITION_BEFORE =
  /\b(?:of|between|in|on|at|from|against|with|for|to|into|about|over|across|within|towards?|by|under|through|via|after|behind)\s+(?:(?:the|a|an|its|their|his|her|[A-Z][\w.'’-]*\s+and|[a-z][\w-]*)\s+){0,2}$/
const PEOPLE_OF_BEFORE =
  /\b(?:spokes(?:man|woman|person|people|persons)|officials?|ministers?|secretary|researchers?|analysts?|experts?|officers?|directors?|head|chief|representatives?|investigators?|staff|members?|teams?|employees|agents?|envoys?|ambassadors?|prosecutors?|lawyers?|counsel|sources?|units?|divisions?|arms?|branch|office|council|presidency|government|agenc(?:y|ies)|services|authorities|counterparts|findings|reports?|statements?|assessments?|analys[ie]s|investigations?|conclusions|advisor(?:y|ies)|research|data)\s*$/i

/**
 * Whether "according to", "in the assessment of" … stands right before `p` in its sentence. The expression is tested on
 * the stretch before the party only when one of its words lies inside the stretch.
 */
function accordingBefore(text: string, s: Sentence, kw: Occurrences, p: Party): boolean {
  const from = Math.max(s.start, p.span[0] - 160)
  return occursIn(kw, ACCORDING_WORDS, from, p.span[0]) && ACCORDING.test(text.slice(from, p.span[0]))
}

// Before a person a sanction, designation or finding names: the measure's verb, or the person's nationality after
// "on"/"against" ("on Russian national").
// ("Two of the persons listed, A and B, are …": the people a listing names, in apposition.)
const APPOSED_TITLE = /^(?:an?|the)\s/
const MEASURE_BEFORE_PERSON = new RegExp(
  String.raw`(?:\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[A-Z][a-z]+\s+){0,2}(?:nationals|individuals|persons|people|men|women|officials|officers|executives),\s+(?:[A-Z][\w'’-]+\s+){0,3}?(?:(?:[A-Z][\w'’-]+,?\s+){1,4})?(?:and\s+)?|\b(?:persons|individuals|people)\s+(?:listed|designated|sanctioned),\s+(?:[A-Z][\w'’-]+\s+){0,3}?(?:and\s+)?|\b(?:sanctioned|sanctioning|designated|designating|linked|identified|named|listed|unmasked|exposed)\s+(?:the\s+)?(?:(?:[A-Z][a-z]+\s+){0,2}(?:bankers?|brokers?|nationals?|officials?|officers?|executives?|operatives?|facilitators?|representatives?)\s+)?|\b(?:on|against)\s+(?:[A-Z][a-z]+\s+)?(?:national|citizen|hacker|officer|resident)\s+|\b(?:sanctions?|restrictive\s+measures|travel\s+bans?|asset\s+freezes?)\s+(?:[a-z]+\s+){0,2}?(?:on|against)\s+(?:[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4},\s+){0,4}(?:and\s+)?|\b(?:designations?|indictment|extradition|prosecution)\s+of\s+|\b(?:${MEASURE_PARTICIPLES.join('|')})\s+(?:individuals|persons|people|men|women|officers)\s+(?:are|were|include|included)\s+|${LISTED_AMONG_DEFENDANTS}\s+(?:as\s+)?|\b${IDENTIFIED_COUNTED}\s+)$`,
)
const COMPANY_PEOPLE_BEFORE =
  /\b(?:together\s+with|and|as\s+well\s+as)\s+its\s+(?:[a-z-]+\s+){0,2}(?:executive|owner|director|founder|head|chairman|officer|manager)\s+$/
const MEASURE_AFTER_PERSON =
  /^\s*(?:,[^,]{1,60}(?:,[^,]{1,40})?,\s*)?(?:was\s+|has\s+been\s+|is\s+)?(?:also\s+)?(?:sanctioned|designated|listed\s+because)\b/
const PERSON_BEHIND_AFTER =
  /^\s*(?:,[^,]{1,60},\s*)?(?:is|was)\s+(?:\w+ly\s+)?the\s+(?:person|man|woman|individual|hacker|administrator|developer|mastermind|leader|operator)\s+behind\b/
const CASE_CAPTION_AFTER = /^\s+v\.?\s+[A-Z]/
const BY_BEFORE = /\bby\s+(?:the\s+)?$/i
const SUPPORTED_BEFORE = /\b(?:solidarity|support|sympathy)\s+(?:with|for|to)\s+(?:the\s+)?$/i
const SUPPORTED_PREPOSITIONS = new Set(['with', 'for', 'to'])
// (A list of parties, then a relative pronoun: ", France and the United States, which have …".)
const RELATIVE_AFTER_LIST = /^[^.;:]*?,\s+(?:which|who)\s/
const MEASURE_VERB_BEFORE = /\b(?:told|designated|designating|sanctioned|sanctioning|indicted|charged)\s+(?:the\s+)?$/i
const MEASURE_VERB_WORDS = new Set([
  'told',
  'designated',
  'designating',
  'sanctioned',
  'sanctioning',
  'indicted',
  'charged',
])
const BASED_AFTER = /^-based\b/i
// After a place, the company it qualifies: " firm", " IT company", " software contractor".
const PLACE_OF_COMPANY_AFTER =
  /^\s+(?:[a-z][\w-]*\s+){0,2}(?:firm|company|companies|contractor|start-?up|business|vendor|subsidiary)\b/
const AMONG_THEM_AFTER = /^\s+among\s+them\b/
const OWNED_AFTER = /^-owned\b/
const CLOSING_DATELINE = /^\)\s*[-–—]/
const NEWS_AGENCY_AFTER = /^\s*\([A-Z][\w.&' ]{0,30}\)\s*[-–—]/

/** The code of the first character at or after `at` that is no white space (`\s`); NaN at the end of the text. */
function codeAfterSpaces(text: string, at: number): number {
  while (at < text.length && isSpaceCode(text.charCodeAt(at))) at++
  return text.charCodeAt(at)
}

/**
 * Whether white space stands at `at` and the word after it (see `wordAfterSpaces`, inside the text up to `to`) is one of
 * `words`: the gate of an expression that reads, after a party, white space and then one of those words.
 */
function spacedWordIn(
  text: string,
  at: number,
  to: number,
  words: ReadonlySet<string>,
  /** The words are lower-case, for an expression that ignores case. */
  anyCase = false,
): boolean {
  if (!isSpaceCode(text.charCodeAt(at))) return false
  const word = wordAfterSpaces(text, at, to)
  return words.has(anyCase ? word.toLowerCase() : word)
}
const AMONG_WORD: ReadonlySet<string> = new Set(['among'])

/**
 * The run of ASCII word characters (`\w`) after the white space (if any) at `at`, as written, inside the text up to
 * `to` (where an expression's window ends: a word it sees cut short is cut short here too). An expression anchored at
 * `at` that asks for white space and then one of some words followed by white space or `\b` can match only where this
 * is one of the words.
 */
function wordAfterSpaces(text: string, at: number, to: number): string {
  const end = Math.min(to, text.length)
  let i = at
  while (i < end && isSpaceCode(text.charCodeAt(i))) i++
  let j = i
  while (j < end && isAsciiWordCode(text.charCodeAt(j))) j++
  return text.slice(i, j)
}

/** True when `text.slice(from, to)` ends with a comma and white space (what ",\s+$" asks). */
function endsWithCommaSpace(text: string, from: number, to: number): boolean {
  let e = to
  if (e <= from || !isSpaceCode(text.charCodeAt(e - 1))) return false
  while (e > from && isSpaceCode(text.charCodeAt(e - 1))) e--
  return e > from && text.charCodeAt(e - 1) === 44
}

/** True when a comma lies in [from, to). */
function commaInside(text: string, from: number, to: number): boolean {
  for (let i = to - 1; i >= from; i--) if (text.charCodeAt(i) === 44) return true
  return false
}

/**
 * False when DATELINE_AFTER cannot match after `at`: both its forms open with an optional comma and white space, then
 * a digit, a capital or (in the second) a bracket.
 */
function mayOpenDateline(text: string, at: number): boolean {
  const c = codeAfterSpaces(text, text.charCodeAt(at) === 44 ? at + 1 : at)
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 40
}
const AFFILIATION_BEFORE =
  /(?:\b(?:employees?|officers?|members?|agents?|staff|personnel|operatives?)\s+(?:of|at|in)\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,2}|\bwork(?:s|ed|ing)?\s+for\s+(?:the\s+|an?\s+)?)$/i
const TRAILING_SPEAKER_BEFORE = /,\s*(?:the\s+)?$/
/**
 * Whether `p` is a speaker after its verb that ends its sentence: "…, said Microsoft.", "…, says the NCSC in a
 * statement."
 */
function saidBefore(text: string, s: Sentence, p: Party): boolean {
  // (Asked of every party that may speak: the window alone is read, not the text back to its last comma.)
  const before = text.slice(Math.max(s.start, p.span[0] - 90), p.span[0])
  return (
    before.includes(',') &&
    SAID_BEFORE_SPEAKER.test(before) &&
    SENTENCE_END_AFTER_SPEAKER.test(text.slice(p.span[1], s.end))
  )
}
// (Also the organisation of a person who speaks: '…," said John Smith, chief analyst at Mandiant.')
const SAID_BEFORE_SPEAKER =
  /,["”’]?\s+(?:said|says|added|wrote|writes|reported|reports|warned|warns)\s+(?:(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]*(?:,\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){1,4}?|\s+)(?:at|of|for|with|from)\s+)?(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?$/
// A participle closing a sentence after its speaker: "…, the newspaper said, citing people familiar with the matter."
const CLOSING_PARTICIPLE = String.raw`,\s+(?:citing|quoting|without|adding|noting|declining)\b[^;]*?`
const SENTENCE_END_AFTER_SPEAKER = new RegExp(
  String.raw`^(?:['’]s\s+[\w -]{1,30}?)?(?:\s+(?:on|in|late|early|this|last|earlier|today|yesterday)\b[^,;]{0,40}(?:,\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}),?\s+\d{4})?)?(?:${CLOSING_PARTICIPLE})?\s*[.;:"”]*\s*$`,
)
// Every match of AFFILIATION_BEFORE holds one of these at a word start (or, cut by the window's start, at its start).
const AFFILIATION_STARTS = ['employee', 'officer', 'member', 'agent', 'staff', 'personnel', 'operative', 'work']
const RELATIVE_WORDS = new Set(['which', 'that', 'whom', 'who'])
const GOVERNMENT_OR_STATE = /^(?:government|state)$/i

/** `AFFILIATION_BEFORE.test(text.slice(from, to))`, gated on its words as `negatedBefore` is. */
function affiliatedBefore(text: string, kw: Occurrences, from: number, to: number): boolean {
  return (
    (occursIn(kw, AFFILIATION_WORDS, from, to) || opensCutWord(text, from, 'eomaspw')) &&
    AFFILIATION_BEFORE.test(text.slice(from, to))
  )
}

/** The last word of a trimmed string: `str.split(/\s+/).pop()`. */
function lastWord(str: string): string {
  let i = str.length
  while (i > 0 && !isSpaceCode(str.charCodeAt(i - 1))) i--
  return str.slice(i)
}
// A party that is the subject of its own verb of saying ("The FBI said …, Microsoft reported"): the one reported.
const SPEAKS_NEXT =
  /^\s+(?:(?:has|have|had|also)\s+)?(?:said|says|stated|announced|reported|believes|assessed|assesses|attributed|concluded|confirmed|alleged|accused|blamed)\b/
// (Also through a person titled by the party: ", CISA Director Jen Easterly said.")
const TRAILING_SAID = new RegExp(
  String.raw`^(?:['’]s\s+[\w -]{1,30}?|\s+(?:[A-Z][a-z]+\s+){0,2}(?:Director|Chief|Secretary|Minister|Commissioner|Chair(?:man|woman)?|President|[Ss]pokes(?:person|man|woman)|head|chief|official|researcher|analyst)(?:\s+[A-Z][\w'’-]*){1,3})?\s+(?:said|says|reported|reports|announced|stated|wrote|writes|added|noted|(?:has\s+|have\s+)?(?:learned|learnt)|told\s+[\w .]{1,30}?|(?:have\s+|has\s+)?(?:concluded|determined|established))(?:\s+(?:on|in|late|early|this|last|earlier|today|yesterday)\b[^,;]{0,40})?(?:${CLOSING_PARTICIPLE})?\s*(?:[.;:"”]|$)`,
)

/** True when `p` sits in a relative clause (", which …") opened after another attributor-capable party. */
function inRelativeClause(text: string, s: Sentence, p: Party, ps: Party[]): boolean {
  const from = Math.max(s.start, p.span[0] - 100)
  // (The expression holds a comma.)
  const m = commaInside(text, from, p.span[0]) ? RELATIVE_OPEN.exec(text.slice(from, p.span[0])) : null
  if (!m) return false
  // "The company, whose staff includes several former US government officials, said": what a "whose" clause names
  // belongs to the subject; it does not speak.
  if (m[1] === 'whose') return true
  const at = from + m.index
  return (
    ps.some((q) => q !== p && ATTRIBUTOR_KINDS.has(q.kind) && q.span[1] <= at && q.span[0] >= s.start) &&
    // ("Secret Blizzard, which CISA has attributed to Center 16 of the FSB": the clause's own subject, with its cue.)
    !RELATIVE_SUBJECT_CUE_AFTER.test(text.slice(p.span[1], p.span[1] + 40))
  )
}
const RELATIVE_OPEN = /,\s*(which|who|whose)\s+[^,.;]*$/
const RELATIVE_SUBJECT_CUE_AFTER =
  /^\s+(?:(?:has|have|had)\s+)?(?:(?:also|previously|publicly|formally)\s+)?(?:attributed|linked|tied|blamed)\b/

/** "targets in China, Taiwan and Japan": a state listed after one in target position is a target too. */
function listedAfterTarget(text: string, p: Party, ps: Party[]): boolean {
  if (p.kind !== 'country' && p.kind !== 'government') return false
  let cur = p
  for (let i = ps.indexOf(p) - 1; i >= 0; i--) {
    const prev = ps[i]!
    if (prev.kind !== 'country' && prev.kind !== 'government') return false
    if (!/^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?:the\s+)?$/.test(text.slice(prev.span[1], cur.span[0])))
      return false
    if (isTargetPosition(text, prev, true)) return true
    cur = prev
  }
  return false
}

/** "The United States Department of Justice", "the UK's NCSC": the state named as the owner of the agency it opens. */
/** A state named as one of the places something is in or comes from ("countries such as China and Russia"). */
function listedPlace(text: string, p: Party, ps: Party[]): boolean {
  const before = text.slice(Math.max(0, p.span[0] - 30), p.span[0])
  if (PLACE_BEFORE.test(before)) return true
  if (!LIST_AND_BEFORE.test(before)) return false
  // (The state listed before it, if it is one such place: "such as China and Russia".)
  const prev = ps.filter((q) => q.span[1] <= p.span[0] && q.kind === 'country').pop()
  return (
    prev !== undefined &&
    /^(?:,\s*|\s+and\s+|,\s+and\s+)$/.test(text.slice(prev.span[1], p.span[0])) &&
    PLACE_BEFORE.test(text.slice(Math.max(0, prev.span[0] - 30), prev.span[0]))
  )
}
const IMPERSONATED_BEFORE =
  /\b(?:(?:pretend|purport|claim|appear|seem)(?:s|ed|ing)?\s+to\s+(?:come|be)\s+from|(?:supposedly|allegedly|ostensibly)\s+(?:come|comes|coming|came|sent)\s+from|in\s+the\s+name\s+of|impersonat(?:e|es|ed|ing)|pos(?:e|es|ed|ing)\s+as|spoof(?:s|ed|ing)?|masquerad(?:e|es|ed|ing)\s+as|disguised\s+as)\s+(?:the\s+)?$/i
// The last words IMPERSONATED_BEFORE can end with (before an article): it is tested only after one of them.
const IMPERSONATED_LAST_WORDS = new Set([
  'from',
  'of',
  'as',
  'impersonate',
  'impersonates',
  'impersonated',
  'impersonating',
  'spoof',
  'spoofs',
  'spoofed',
  'spoofing',
])
// The words VICTIM_AFTER can open with (after its white space): an auxiliary or the verb.
const VICTIM_FIRST_WORDS = new Set([
  'was',
  'were',
  'is',
  'are',
  'has',
  'have',
  'had',
  'hacked',
  'breached',
  'compromised',
  'infiltrated',
  'penetrated',
])
const ORG_ATTACKED_AFTER =
  /^\s+(?:(?:ransomware|cyber|data)[\s-]?)?(?:attack|hack|breach|intrusion|incident)s?\b(?!\s+(?:on|against|by)\b)/i
// The first words (lower-cased) ORG_ATTACKED_AFTER can match at, in any case as the expression reads: a modifier alone
// ("ransomware attack", "cyber-attack"), or the noun with the modifier written into it ("cyberattack", "databreach").
const ORG_ATTACKED_FIRST_WORDS: ReadonlySet<string> = new Set([
  'ransomware',
  'cyber',
  'data',
  ...['', 'ransomware', 'cyber', 'data'].flatMap((m) =>
    ['attack', 'hack', 'breach', 'intrusion', 'incident'].flatMap((n) => [`${m}${n}`, `${m}${n}s`]),
  ),
])
const VICTIM_AFTER =
  /^\s+(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+)?(?:hacked|breached|compromised|infiltrated|penetrated)\b/
/** Whether a state is a word of an apposition that describes the party before it ("Anthropic, the US … company,"). */
function describesPartyBefore(text: string, p: Party, ps: Party[]): boolean {
  const m = DESCRIBING_OPENING.exec(text.slice(Math.max(0, p.span[0] - 8), p.span[0]))
  if (!m) return false
  const comma = p.span[0] - m[0].length
  return ps.some((q) => q.span[1] === comma) && DESCRIBED_NOUN_AFTER.test(text.slice(p.span[1], p.span[1] + 60))
}
/** True when a state's name describes the company named right after it ("the U.S. security firm SentinelOne"). */
function describesCompanyAfter(text: string, p: Party, ps: Party[]): boolean {
  return qualifiesNext(text, p, ps, (q) => q.kind === 'vendor' || q.company === true, 50, COMPANY_DESCRIPTION_GAP)
}
/** Whether state party `p` describes or owns the news outlet after it ("a US newspaper", "Taiwan's Central News Agency"). */
function describesMediaAfter(text: string, p: Party, ps: Party[]): boolean {
  const after = text.slice(p.span[1], p.span[1] + 60)
  if (MEDIA_NOUN_AFTER.test(after)) return true
  // (An outlet's name must follow at once: "Taiwan's Central News Agency".)
  return MEDIA_NAME_AFTER.test(after) && qualifiesNext(text, p, ps, (q) => q.media === true, 40, MEDIA_OWNER_GAP)
}
/** Whether the party right after `p`, one `is` accepts, starts within `reach` characters with only `gap` between. */
function qualifiesNext(text: string, p: Party, ps: Party[], is: (q: Party) => boolean, reach: number, gap: RegExp) {
  const next = ps.find((q) => q.span[0] >= p.span[1])
  return (
    next !== undefined && is(next) && next.span[0] - p.span[1] < reach && gap.test(text.slice(p.span[1], next.span[0]))
  )
}
const MEDIA_NOUN_AFTER =
  /^(?:['’]s)?\s+(?:(?:state|state-run|state-owned|state-controlled|official|leading|main|national|local|public|private|top|largest|biggest|major|business|financial|English-language|[\w-]+-language|online)\s+)*(?:newspapers?|papers?|dail(?:y|ies)|broadcasters?|news\s+(?:agency|agencies|outlets?|sites?|channels?|websites?|service|portal)|outlets?|tabloids?|magazines?|weekl(?:y|ies)|television|TV|radio|press|media|wire\s+service)\b/
const MEDIA_NAME_AFTER =
  /^(?:['’]s)?\s+(?:(?:state|state-run|official|leading|main|national|public)\s+)?(?:the\s+)?[A-Z]/
const MEDIA_OWNER_GAP = /^(?:['’]s)?\s+(?:(?:state|state-run|official|leading|main|national|public)\s+)?(?:the\s+)?$/
const COMPANY_DESCRIPTION_GAP =
  /^\s+(?:[a-z][\w-]*\s+){0,2}(?:firm|company|giant|vendor|provider|maker|outfit|start-?up|corporation)\s+$/
const DESCRIBING_OPENING = /,\s+(?:the|a|an)\s+$/
const DESCRIBED_NOUN_AFTER = /^(?:\s+[a-z][\w-]*){1,5},/
const PLACE_BEFORE =
  /\b(?:such\s+as|including(?:\s+in)?|like|working\s+from|operating\s+from|based\s+in|located\s+in|living\s+in|residing\s+in)\s+(?:the\s+)?$/
const LIST_AND_BEFORE = /(?:,|\band)\s+(?:the\s+)?$/

function ownsNextAgency(text: string, p: Party, ps: Party[]): boolean {
  // "the Department of the Treasury's Office of Foreign Assets Control": a department named as the owner of its office.
  if (p.kind === 'agency') {
    const next = ps.find((q) => q.span[0] >= p.span[1])
    return next?.kind === 'agency' && OWNER_GAP.test(text.slice(p.span[1], next.span[0]))
  }
  if (p.kind !== 'country' && p.kind !== 'government' && p.kind !== 'vendor') return false
  const next = ps.find((q) => q.span[0] >= p.span[1])
  // "Google's Threat Analysis Group": a company named as the owner of its team.
  if (p.kind === 'vendor') return next?.kind === 'vendor' && OWNER_GAP.test(text.slice(p.span[1], next.span[0]))
  // ("North Korea's Reconnaissance General Bureau": the state owns its body, which speaks for itself or not at all.)
  return (
    (next?.kind === 'agency' && STATE_OWNER_GAP.test(text.slice(p.span[1], next.span[0]))) ||
    (next?.kind === 'state-body' && OWNER_GAP.test(text.slice(p.span[1], next.span[0])))
  )
}
const OWNER_GAP = /^['’]s\s+$/
const STATE_OWNER_GAP = /^(?:['’]s)?\s*$/

// A reporting verb and "that" between a speaker and the subject of the clause it reports: " said today that the ".
// Right before a cue: "and" joining it to the verb of saying before ("said … and attributed").
const COORDINATED_CUE = /[^,;]\s+and\s+(?:\w+ly\s+)?$/
// After an official's surname: a verb of saying or of attribution ("Gawkowski said", "Wray told reporters").
const SURNAME_SPEAKS =
  /^\s+(?:(?:has|have|had|also)\s+)?(?:said|says|wrote|writes|told|tells|added|stated|states|noted|warned|claimed|attributed|blamed|accused)\b/
const REPORTED_THAT =
  /^\s+(?:\w+ly\s+)?(?:(?:has|have|had)\s+)?(?:said|says|stated|states|announced|announces|confirmed|confirms|noted|notes|explained|explains|declared|declares|reported|reports|told\s+(?:a\s+|the\s+)?(?:(?:press|news)\s+conference|\w+))\s+(?:(?:today|yesterday|on\s+\w+|in\s+a\s+statement)\s+)?that\s+(?:the\s+)?$/i
// Between a clause's subject and its cue: adverbs and auxiliaries only ("we now attribute", "Mandiant has attributed").
const CLAUSE_SUBJECT_GAP =
  /^\s+(?:(?:\w+ly|now|also|therefore|thus|further|have|has|had|can|could|would|do|does|did|now)\s+){0,3}$/i
// A clause opens before the subject: ", and", "; ", ", but", ", so".
const CLAUSE_OPENING = /(?:[;:]|,\s*(?:and|but|so|thus|hence|therefore)?|\b(?:and|but|so))\s+(?:the\s+)?$/i

const PASSIVE_AGENT =
  /\b(?:accused|blamed|attributed|named|implicated|condemned|identified|called out|sanctioned|indicted|charged|prosecuted|exposed|spotted|seen|observed|uncovered|detected|discovered|tracked|reported|linked|tied|traced|connected)\b[^.;]{0,50}\bby\s+(?:(?:the|a|an)\s+)?(?:U\.S\.\s+|US\s+|U\.K\.\s+|UK\s+)?$/i
// Every match of PASSIVE_AGENT holds one of these (lower case); every match of ACCORDING one of the next.
const PASSIVE_AGENT_KEYWORDS = [
  'accused',
  'implicat',
  'blamed',
  'attributed',
  'named',
  'condemned',
  'identified',
  'called out',
  'sanctioned',
  'indicted',
  'charged',
  'prosecuted',
  'exposed',
  'spotted',
  'seen',
  'observed',
  'uncovered',
  'detected',
  'discovered',
  'tracked',
  'reported',
  'linked',
  'tied',
  'traced',
  'connected',
]
const ACCORDING_KEYWORDS = [
  'according to',
  'assessment',
  'view',
  'judg',
  'words',
  'opinion',
  'analysis',
  'as assessed',
  'as reported',
  'as stated',
]

// Between an attributor and one listed with it: "X and Y", "X, Y", "the UK's NCSC".
// (An acronym in brackets may close a name: "the Federal Bureau of Investigation (FBI), the …".)
const LISTED_WITH_GAP = /^(?:\s*\([A-Z][\w&.'’-]{1,12}\))?[\s,'’s]*(?:and\s+)?[\s,]*(?:the\s+)?$/

/**
 * Whether "according to" stands before `a`, or before the first of the parties of `found` listed with it ("according to
 * the FBI, CISA and the Australian Signals Directorate").
 */
function accordingOrListed(text: string, s: Sentence, kw: Occurrences, a: Party, found: Party[]): boolean {
  return listedBefore(text, a, found, LISTED_WITH_GAP, 10).some((q) => accordingBefore(text, s, kw, q))
}
function withListed(text: string, first: Party[], capable: Party[]): Party[] {
  const out = [...first]
  for (const p of capable) {
    if (out.includes(p)) continue
    const last = out[out.length - 1]!
    if (p.span[0] >= last.span[1] && LISTED_WITH_GAP.test(text.slice(last.span[1], p.span[0]))) out.push(p)
  }
  return out
}

/** Explicit rejections of an attribution, with who rejects. */
export function findDenials(
  text: string,
  sents: Sentence[],
  orgs: OrgMention[],
  countries: CountryMention[],
  attributions: AttributionClaim[],
  people: readonly PersonMention[] = [],
): DenialClaim[] {
  const out: DenialClaim[] = []
  const accusedCountries = new Set(attributions.map((a) => a.attributed.country).filter((c): c is string => !!c))
  const kw = KEYWORDS.find(text)
  const attributors = new Set(attributions.map((a) => a.attributor.country).filter((c): c is string => !!c))
  const orgsInside = itemsInside(orgs)
  const countriesInside = itemsInside(countries)
  // The people a claim accuses or a charge names, with where each is first so named (a denial after that may be theirs).
  const accusedPeople: { name: string; from: number }[] = []
  for (const a of attributions)
    if (a.attributed.kind === 'individual') accusedPeople.push({ name: a.attributed.name, from: a.sentence.start + 1 })
  for (const p of people) if (p.charged) accusedPeople.push({ name: p.name, from: p.span[1] })
  // Where the first claim's sentence starts: a sentence after it has a claim before it to answer.
  let firstClaim = Number.POSITIVE_INFINITY
  for (const a of attributions) if (a.sentence.start < firstClaim) firstClaim = a.sentence.start
  for (const s of sents) {
    // (A sentence where no denial word starts holds no cue: no search, and no arrays for none.)
    if (!startsInside(kw, DENIAL_WORDS, s.start, s.start + s.text.length)) continue
    // "denying the DPRK illicit revenue": to deny someone something is to withhold it, not to reject a claim.
    const cues = matchAtOccurrences(DENIAL_STICKY, s.text, s.start, kw, DENIAL_WORDS).filter(
      (m) =>
        !(/^den/i.test(m[0]) && WITHHOLD_AFTER.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 40))),
    )
    if (cues.length === 0) continue
    const sentence: Span = [s.start, s.end]
    const claimBefore = firstClaim < s.start
    // (Having no evidence of something is no rejection of a claim, for the deniers read from a sentence's people.)
    const rejects = !/^no\s/i.test(cues[0]![0])
    let denier: Party | undefined
    // The denier speaks: it stands before the rejection ("the embassy rejected") or is named as the speaker after it
    // ("…, the embassy said"); a body or state named inside what is rejected ("accusations of an attack on the
    // defence ministry", "narratives friendly to Russia") does not deny.
    const firstCue = s.start + cues[0]!.index
    const speaks = (x: { span: Span }) =>
      x.span[1] <= firstCue ||
      DENIER_AFTER.test(text.slice(x.span[1], Math.min(s.end, x.span[1] + 40))) ||
      // "The accusations were rejected by the embassy": the agent of a passive rejection.
      /\bby\s+(?:the\s+)?$/i.test(text.slice(Math.max(s.start, x.span[0] - 8), x.span[0]))
    // The start of the first cue at or after `at` (-1 for none).
    const cueAfter = (at: number) => {
      for (const m of cues) if (s.start + m.index >= at) return s.start + m.index
      return -1
    }
    // (Not a body the sentence says was hit: "Ukraine's defence ministry and two state banks hit by cyber-attack; Kremlin
    // denies involvement", "took data from Cambodia's foreign ministry".)
    const emb = orgsInside(sentence).find(
      (o) =>
        (o.kind === 'embassy' || /ministry|spokes/i.test(o.name)) &&
        speaks(o) &&
        !BODY_HIT_AFTER.test(text.slice(o.span[1], Math.min(s.end, o.span[1] + 60))) &&
        !BODY_HIT_BEFORE.test(text.slice(Math.max(s.start, o.span[0] - 20), o.span[0])),
    )
    // (An embassy as written: "the Chinese Embassy in Washington" is named by its city, as annotators record it; one
    // written without its host, by the fuller mention `findOrgs` resolved it to: "the Russian Embassy in Germany".)
    if (emb)
      denier = {
        name:
          emb.kind !== 'embassy'
            ? emb.name
            : WITH_HOST.test(emb.name) && !WITH_HOST.test(emb.text)
              ? emb.name
              : emb.text.replace(/^the\s+/i, ''),
        text: emb.text,
        span: emb.span,
        kind: 'government',
      }
    // "Vladimir Dzhabarov, first deputy chairman of the foreign affairs committee of Russia's Federation Council, told
    // TASS the reports were … groundless": a person described in apposition, the subject of the verb of saying.
    if (!denier) {
      // (Not "said … he had no evidence of the attack": no rejection of a claim.)
      const m = rejects ? APPOSED_SPEAKER.exec(text.slice(s.start, firstCue)) : null
      if (m) {
        const at = s.start + m.index + m[0].indexOf(m[1]!)
        const p = people.find((q) => q.span[0] === at)
        if (p) denier = party(p.name, p.text, p.span, 'individual')
      }
    }
    if (!denier) {
      const c = countriesInside(sentence).find(
        (x) =>
          accusedCountries.has(x.country) &&
          speaks(x) &&
          // ("Seoul's spy agency says North Korea tried to steal vaccine data, rejects lawmaker's claim": a state inside
          // what another state's voice says.)
          !(
            SAID_BEFORE_STATE.test(text.slice(s.start, x.span[0])) &&
            countriesInside(sentence).some((y) => y.span[1] <= x.span[0] && y.country !== x.country)
          ) &&
          // "Russian officials", "the Iranian mission to the UN": an adjective naming the state's own voice.
          (x.form !== 'adjective' || STATE_VOICE.test(text.slice(x.span[1], x.span[1] + 30))),
      )
      if (c)
        denier = { name: governmentName(c.country), text: c.text, span: c.span, kind: 'government', country: c.country }
    }
    if (!denier && claimBefore) {
      // After an attribution, a state that is the subject of the rejection ("Beijing firmly opposed the accusations"),
      // unless it is one of the attributors.
      // "Beijing firmly opposed", "China's foreign ministry denied", "Chinese officials rejected"; also before a later
      // cue ("… to smear and slander China, and that China firmly opposed this").
      const c = countriesInside(sentence).find((x) => {
        const cue = cueAfter(x.span[1])
        if (cue < 0 || attributors.has(x.country)) return false
        const gap = text.slice(x.span[1], cue)
        const voice = STATE_VOICE_OF.exec(gap)
        if (x.form === 'adjective' && !voice) return false
        return DENIER_SUBJECT_GAP.test(voice ? ` ${gap.slice(voice[0].length)}` : gap)
      })
      if (c)
        denier = { name: governmentName(c.country), text: c.text, span: c.span, kind: 'government', country: c.country }
    }
    // "At the time, foreign ministry spokeswoman Hua Chunying denied the allegations": an unplaced foreign ministry's
    // spokesperson, as the subject of the rejection, speaks for the one state the earlier claims accuse.
    if (!denier && accusedCountries.size === 1) {
      const m = UNPLACED_SPOKESPERSON.exec(text.slice(s.start, firstCue))
      if (m) {
        const country = [...accusedCountries][0]!
        const at = s.start + m.index + m[0].length - m[1]!.length
        denier = {
          name: governmentName(country),
          text: m[1]!,
          span: [at, at + m[1]!.length],
          kind: 'government',
          country,
        }
      }
    }
    // "Apple rejected the accusation": a company an earlier claim implicates, as the subject of the rejection.
    if (!denier) {
      const o = orgsInside(sentence).find(
        (x) =>
          (x.kind === 'vendor' || x.kind === 'company' || x.kind === 'organisation') &&
          x.span[1] <= firstCue &&
          DENIER_SUBJECT_GAP.test(text.slice(x.span[1], firstCue)) &&
          attributions.some((a) => a.sentence.end <= s.start && a.quote.includes(x.text)),
      )
      if (o) denier = { name: o.name, text: o.text, span: o.span, kind: 'vendor' }
    }
    // "The BIA denied any wrongdoing": a body or company the text named before, as the subject of the rejection after
    // an attribution.
    if (!denier && claimBefore) {
      const o = orgsInside(sentence).find(
        (x) =>
          (x.kind === 'agency' || x.kind === 'organisation' || x.kind === 'company') &&
          x.span[1] <= firstCue &&
          DENIER_SUBJECT_GAP.test(text.slice(x.span[1], firstCue)) &&
          orgs.some((y) => y.name === x.name && y.span[1] <= s.start),
      )
      if (o) denier = { name: o.name, text: o.text, span: o.span, kind: 'government' }
    }
    // "APT28 emphatically denies any ties to …", "The hackers deny …": a group an earlier claim accuses, named (or, the
    // only one accused, referred to) as the subject of the rejection.
    if (!denier) {
      const accusedActors = new Map<string, Party>()
      for (const a of attributions)
        if (a.sentence.start < s.start && a.attributed.kind === 'actor')
          accusedActors.set(a.attributed.name, a.attributed)
      if (accusedActors.size) {
        const head = text.slice(s.start, firstCue)
        for (const t of accusedActors.values()) {
          // (Named as the claim named it, or by its name: "the Russia-based gang was behind …" then "LockBit denied …".)
          for (const form of t.text === t.name ? [t.text] : [t.text, t.name]) {
            const at = head.lastIndexOf(form)
            if (at < 0 || !ACTOR_DENIER_GAP.test(head.slice(at + form.length))) continue
            denier = { name: t.name, text: form, span: [s.start + at, s.start + at + form.length], kind: 'actor' }
            break
          }
          if (denier) break
        }
        const ref = !denier && accusedActors.size === 1 ? GROUP_REFERENCE_SUBJECT.exec(head) : null
        if (ref) {
          const t = [...accusedActors.values()][0]!
          denier = {
            name: t.name,
            text: ref[1]!,
            span: [s.start + ref.index, s.start + ref.index + ref[1]!.length],
            kind: 'actor',
          }
        }
      }
    }
    // "Kasatkin denies the accusations", "Kivimäki denied all the charges", "Boykov and his lawyer reject the
    // allegations": a person an earlier claim accuses or charges, named (in full or by surname) as the subject of the
    // rejection.
    // (In the order the names were first accused or charged.)
    if (!denier && accusedPeople.length) denier = personDenier(text, s, firstCue, accusedPeople, PERSON_DENIER_GAP)
    // "the embassy said … it firmly rejected": the last embassy or ministry named before, as the subject here.
    // ("…, NIS said on Tuesday, but the agency denied a lawmaker's account": an agency named before in the sentence; "The
    // mission": the mission named before.)
    if (!denier && firstClaim <= s.start) {
      const ref = BODY_REFERENCE.exec(text.slice(s.start, firstCue))
      const head = ref?.[1]?.toLowerCase()
      const agency = head === 'agency' || head === 'service'
      if (ref && (agency || claimBefore)) {
        const upTo = agency ? s.start + ref.index : s.start
        let last: OrgMention | undefined
        for (const o of orgs)
          if (
            o.span[1] <= upTo &&
            (head === 'embassy'
              ? o.kind === 'embassy'
              : head === 'mission'
                ? o.kind === 'embassy' && /mission/i.test(o.name)
                : agency
                  ? o.kind === 'agency' && !o.media
                  : /ministry/i.test(o.name))
          )
            last = o
        if (last)
          denier = {
            name: last.name,
            text: ref[0].trim(),
            span: [s.start + ref.index, s.start + ref.index + ref[0].length],
            kind: 'government',
          }
      }
    }
    // "Moscow denies the allegation", "Halvorn Softworks denied any involvement in the operation", "Kivimäki denied all
    // the charges": a state, organisation or person right before a verb of denial whose object is an accusation, whether
    // or not the claims found before name it.
    if (!denier)
      denier = accusationDenier(
        text,
        s,
        cues[0]!,
        firstCue,
        orgsInside(sentence),
        countriesInside(sentence),
        people,
        attributions,
      )
    // "A researcher at the PLA's Academy of Military Science, Li Ming, said the accusations were unfounded": after a
    // claim, a person who is the subject of the verb of saying before the rejection.
    if (!denier && rejects && claimBefore) {
      const p = people.find(
        (q) =>
          q.span[0] >= s.start &&
          q.span[1] <= firstCue &&
          PERSON_SAID_AFTER.test(text.slice(q.span[1], Math.min(firstCue, q.span[1] + 20))),
      )
      if (p) denier = party(p.name, p.text, p.span, 'individual')
    }
    if (!denier) continue
    // What the denial answers: the claims made before it, within ANSWER_REACH characters (all of them in an article or
    // a report; in a compilation of many, those of its own part, so that one denial repeated through a long text does
    // not answer every claim before it, which made the output grow with the square of the text's length).
    const respondsTo: number[] = []
    for (let i = 0; i < attributions.length; i++) {
      const at = attributions[i]!.sentence.start
      if (at < s.start && s.start - at <= ANSWER_REACH) respondsTo.push(i)
    }
    out.push({ denier, sentence: s, span: [s.start, s.end], quote: s.text, respondsTo })
  }
  return out
}

/**
 * The subject of a denial whose object is an accusation (ACCUSATION_DENIED): a state named as a noun or by its capital,
 * an organisation, or a person, right before the verb (adverbs and auxiliaries between).
 */
function accusationDenier(
  text: string,
  s: Sentence,
  cue: RegExpExecArray,
  at: number,
  orgs: OrgMention[],
  countries: CountryMention[],
  people: readonly PersonMention[],
  attributions: AttributionClaim[],
): Party | undefined {
  // ("Morawiecki called the reports fake news": the rejection's words for an accusation the subject calls so.)
  const calling = CALLING_ACCUSATION_END.test(text.slice(Math.max(s.start, at - 80), at))
  if (
    !calling &&
    (!DENYING_VERB.test(cue[0]) || !ACCUSATION_DENIED.test(text.slice(at + cue[0].length, at + cue[0].length + 60)))
  )
    return undefined
  const subject = (x: { span: Span }) =>
    x.span[1] <= at && x.span[0] >= s.start && DENIER_SUBJECT_GAP.test(text.slice(x.span[1], at))
  // (Not a party that attributes: "Canada attributed the campaign to APT41. Canada rejected claims that it had delayed.")
  const c = countries.find(
    (x) => x.form !== 'adjective' && subject(x) && !attributions.some((a) => a.attributor.country === x.country),
  )
  if (c) return { name: governmentName(c.country), text: c.text, span: c.span, kind: 'government', country: c.country }
  const o = orgs.find(
    (x) => x.kind !== 'embassy' && !x.media && subject(x) && !attributions.some((a) => a.attributor.name === x.name),
  )
  if (o)
    return {
      name: o.name,
      text: o.text,
      span: o.span,
      kind: o.kind === 'vendor' || o.kind === 'company' ? 'vendor' : 'government',
    }
  const p = people.find((x) => subject(x))
  if (p) return party(p.name, p.text, p.span, 'individual')
  // (A person named before, here by surname: "Kivimäki denied".)
  return personDenier(
    text,
    s,
    at,
    people.map((q) => ({ name: q.name, from: q.span[1] })),
    DENIER_SUBJECT_GAP,
  )
}

/**
 * The first of `named` (each named before the sentence: `from` at or before its start) written in full or by surname
 * as the subject of the denial at `at`, only `gap` between the name and the verb; each name tried once.
 */
function personDenier(
  text: string,
  s: Sentence,
  at: number,
  named: readonly { name: string; from: number }[],
  gap: RegExp,
): Party | undefined {
  const head = text.slice(s.start, at)
  const seen = new Set<string>()
  for (const { name, from } of named) {
    if (from > s.start || seen.has(name)) continue
    seen.add(name)
    const surname = surnameOf(name)
    for (const form of surname ? [name, surname] : [name]) {
      const i = head.lastIndexOf(form)
      if (i < 0 || (i > 0 && /[\w'’-]/.test(head[i - 1]!))) continue
      if (gap.test(head.slice(i + form.length)))
        return party(name, form, [s.start + i, s.start + i + form.length], 'individual')
    }
  }
  return undefined
}
// A verb of calling an accusation something, right before the words of rejection: "called the reports", "branded the
// accusations as".
const CALLING_ACCUSATION = String.raw`(?:called|calls|calling|branded|brands|labell?ed|labels|termed|terms|described|describes)\s+(?:the|these|those|such|this|it|them)\s+(?:[\w'’-]+\s+){0,2}?(?:reports?|accusations?|allegations?|claims?|findings?|revelations?|stories|story|charges)\s+(?:as\s+)?(?:an?\s+)?`
const CALLING_ACCUSATION_END = new RegExp(String.raw`\b${CALLING_ACCUSATION}$`, 'i')
// The verbs of ACCUSATION_DENIER: to deny, reject, refute or dismiss.
const DENYING_VERB = /^(?:den|reject|refut|dismiss)/i
// What is denied: the accusation itself, or any part in what was done ("denied any involvement", "denied being connected
// to the hackers").
const ACCUSATION_DENIED =
  /^\s+(?:(?:all|any|the|these|those|such|its|their|that|this|those|having|ever)\s+){0,2}(?:[\w-]+\s+){0,2}?(?:allegations?|accusations?|charges|claims?|involvement|responsibility|wrongdoing|role|links?|connections?|ties|reports?|being\s+(?:connected|involved|behind|linked|responsible)|(?:any|all)\s+(?:part|knowledge)|carrying\s+out|conducting|launching|orchestrating|hacking|meddling|interfering|spying)\b/i
// How far back in the text a denial's answer reaches (about 25 pages).
const ANSWER_REACH = 50_000
// A foreign ministry's spokesperson named with no state, as the subject at the sentence's start or after a time phrase.
// ("… spokesperson Mao Ning called the claim politically motivated disinformation": the words the spokesperson gives
// the claim.)
const UNPLACED_SPOKESPERSON =
  /^(?:[^,]{0,30},\s+)?((?:the\s+)?[Ff]oreign\s+[Mm]inistry\s+spokes(?:man|woman|person)(?:\s+[A-Z][\w'’-]+){1,3})\s+(?:(?:has|had|also|firmly|strongly|flatly)\s+)?(?:(?:called|described|labell?ed|termed|branded)\s+(?:the|these|those|such|this|that|its|their)\s+(?:[\w-]+\s+)?(?:claims?|reports?|accusations?|allegations?|findings?|statements?|advisory)\s+(?:as\s+)?(?:an?\s+)?)?$/
// A verb after an actor's name: the name is a sentence's subject ("…, APT31 is regarded", "…, X has been").
const ANCHOR_VERB_AFTER = /^\s+(?:is|was|are|were|has|have|had|remains|operates|targets|uses)\b/
// An aside between a subject and its verb: "Beijing, for its part, denies", "Moscow, in turn, rejected".
const SUBJECT_ASIDE = String.raw`(?:,\s+(?:for\s+(?:its|his|her|their)\s+part|on\s+(?:its|his|her|their)\s+(?:part|side)|meanwhile|however|in\s+turn|in\s+response|in\s+reply|for\s+now)\s*,)?`
// Between a subject (a state or its voice too) and its rejection: nothing but auxiliaries and adverbs ("Apple has
// flatly rejected", "Moscow has consistently denied"), after an aside; or a verb of calling the claim what the
// rejection's words say ("Morawiecki called the reports fake news", "branded the accusations as baseless").
const DENIER_SUBJECT_GAP = new RegExp(
  String.raw`^${SUBJECT_ASIDE}\s+(?:(?:has|have|had|also|firmly|strongly|swiftly|quickly|immediately|repeatedly|flatly|angrily|publicly|consistently|always|long|routinely|categorically|vehemently|emphatically)\s+){0,2}(?:${CALLING_ACCUSATION})?$`,
  'i',
)
const SAID_BEFORE_STATE = /\b(?:says|said|say|claims|claimed|believes|believed|reports|reported)\s+(?:that\s+)?$/
const PERSON_SAID_AFTER = /^,?\s+(?:said|says|told|added|stated|wrote)\b/
// A person at a sentence's start, described in apposition by a role, then a verb of saying.
const APPOSED_SPEAKER =
  /^(?:[^,]{0,30},\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}),\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}(?:chairman|chairwoman|chair|member|senator|lawmaker|deputy|MP|head|director|official|adviser|advisor|spokes(?:man|woman|person))\b[^,;]{0,100},\s+(?:told|said|says|stated|added|wrote)\b/
// An embassy's name with its host: "… Embassy in Germany".
const WITH_HOST = /\sin\s/
// Auxiliaries and adverbs between a denier and its verb.
const DENIER_ADVERBS = 'has|have|had|also|firmly|strongly|emphatically|categorically|repeatedly|flatly|publicly'
// After a person who denies: adverbs, or the person's lawyer beside him ("Boykov and his lawyer reject").
const PERSON_DENIER_GAP =
  /^(?:\s+and\s+(?:his|her|their)\s+(?:lawyers?|attorneys?|counsel))?\s+(?:(?:has|have|had|also|firmly|strongly|flatly|repeatedly|consistently|publicly|through\s+(?:his|her)\s+(?:lawyer|attorney),?)\s+){0,2}$/i
// Between an accused group and its rejection: adverbs, or "said it", "said that it".
const ACTOR_DENIER_GAP = new RegExp(
  String.raw`^\s+(?:(?:${DENIER_ADVERBS}|initially|at\s+first|first|later|quickly|swiftly)\s+){0,2}(?:(?:said|says)\s+(?:that\s+)?(?:it|they)\s+(?:(?:has|have|had|also|firmly|strongly|emphatically)\s+)?)?$`,
  'i',
)
// "The hackers", "The group" as the subject of a rejection, at the sentence's start.
const GROUP_REFERENCE_SUBJECT = new RegExp(
  String.raw`^((?:The|the)\s+(?:hackers|group|gang|attackers|hacking\s+group|hacker\s+group))\s+(?:(?:${DENIER_ADVERBS})\s+){0,2}$`,
)
// "the embassy", "the ministry" as a subject, at the start of the sentence or after a date or place phrase.
const BODY_HIT_AFTER =
  /^(?:\s+and\s+[^,;.]{0,40}?)?\s+(?:(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+)?(?:hit|hacked|attacked|breached|targeted|compromised)\b/
const BODY_HIT_BEFORE = /\b(?:from|at|into|against|targeting|targeted|hacked|breached|attacked)\s+(?:the\s+)?$/
const BODY_REFERENCE =
  /(?:^|[,;]\s*(?:but\s+)?|^(?:On|In|Later|Then|On\s+\w+day)\b[^,]{0,30}?\s)(?:the|The)\s+(embassy|mission|(?:foreign\s+)?ministry|agency|service)\b/
// The same after a possessive, at the start of the gap to a cue: "'s foreign ministry", " officials".
const STATE_VOICE_OF =
  /^(?:['’]s)?\s+(?:government|officials?|authorities|mission|diplomats?|spokes(?:man|woman|person)|foreign\s+ministry|ministry|embassy|leaders?|president|state\s+media)\b/i
const STATE_VOICE =
  /^\s+(?:government|officials?|authorities|mission|diplomats?|spokes(?:man|woman|person)|foreign\s+ministry|ministry|embassy|leaders?|president|state\s+media)\b/i

/** `DENIAL_CUE.test(s.text)`, trying the expression only where a word its matches start with occurs. */
function hasDenialCue(s: Sentence, kw: Occurrences): boolean {
  return matchAtOccurrences(DENIAL_STICKY, s.text, s.start, kw, DENIAL_WORDS).length > 0
}

const ALIAS_TRIGGER =
  /\b(?:(?:also|otherwise|more commonly|publicly|alternatively|widely|commonly|best|better|variously|sometimes)\s+){0,2}(?:known|tracked|identified|referred to|reported|called|named|designated|labell?ed|dubbed)(?:\s+(?:variously|also|alternatively|publicly|elsewhere))?(?:\s+by\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}|\s+(?:in|among|within|across)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:community|industry|sector|world|field)|\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:researchers|analysts|experts|vendors|industry))?\s+as\b|\b(?:calls|called|names|named|dubs|dubbed|tracks|tracked|labels|labell?ed)\s+(?:it|them|the\s+(?:group|threat|actor|activity|cluster|adversary|operators|hackers))\s+(?:as\s+)?(?=["“]?[A-Z0-9])|\bgave\s+(?:it|them)\s+the\s+name\b|\b(?:which|whom)\s+(?:[A-Z][\w-]*\s+){1,3}(?:tracks|calls|names|dubs|labels|refers\s+to)(?:\s+(?:it|them))?(?:\s+as)?(?=\s+["“]?[A-Z0-9])|\baka\b|\ba\.k\.a\.?|\bformerly(?:\s+known\s+as)?\b|\bpreviously(?:\s+known\s+as)?\b|\b(?:also\s+)?(?:goes|go|went|going)\s+by\s+(?:the\s+)?(?:names?|aliases|monikers?)?|\b(?:under|by)\s+the\s+(?:(?:better-known|better\s+known|more\s+common|more\s+familiar|common|familiar)\s+)?(?:names?|aliases|monikers?)\b|\bnames\s+(?:that\s+)?(?:researchers|vendors|companies|analysts|security\s+(?:firms|companies))\s+(?:use|have\s+used|give|gave)\s+for\s+(?:the\s+|this\s+|that\s+)?(?:[\w()-]+\s+){0,6}?(?:group|actor|cluster|APT\)?|unit|threat|adversary)\s*:|\bidentif(?:y|ies|ied)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+['’]s\s+)?(?:activity|operations|intrusions)\s+as\b|\bunder\s+(?:(?:other|several|various|many|different|multiple)\s+)?names,?\s+(?:including|such\s+as)\b|\balso\s+(?:called|dubbed|named)\b|\b(?:that\s+|which\s+)?(?:other\s+|some\s+|several\s+|many\s+)?(?:vendors|researchers|trackers|companies|firms|security\s+(?:firms|companies|vendors)|analysts)\s+(?:also\s+)?(?:track|call|name|label|dub|refer\s+to)(?:\s+(?:it|them))?(?:\s+as)?(?=\s+["“]?[A-Z0-9])|\b(?:a\s+number\s+of|several|many|various|multiple|numerous)\s+(?:other\s+|different\s+)?(?:names|aliases|monikers)(?:\s*,\s*|\s+)(?:among\s+them|including|such\s+as)\b/gi
const ALIAS_TRIGGER_STICKY = stickyCopy(ALIAS_TRIGGER)
// Every match of ALIAS_TRIGGER starts with one of these (lower case).
const ALIAS_TRIGGER_STARTS = [
  'also',
  'otherwise',
  'more commonly',
  'publicly',
  'alternatively',
  'widely',
  'commonly',
  'best',
  'better',
  'variously',
  'sometimes',
  'known',
  'tracked',
  'identified',
  'identify',
  'identifies',
  'referred to',
  'reported',
  'called',
  'named',
  'designated',
  'label',
  'dubbed',
  'aka',
  'a.k.a',
  'formerly',
  'previously',
  'goes by',
  'go by',
  'went by',
  'going by',
  'under the',
  'under names',
  'under other',
  'under several',
  'under various',
  'under many',
  'under different',
  'under multiple',
  'by the',
  'a number of',
  'several',
  'many',
  'various',
  'multiple',
  'numerous',
  'which',
  'whom',
  'calls',
  'names',
  'dubs',
  'tracks',
  'labels',
  'gave',
  'that',
  'other',
  'some',
  'vendors',
  'researchers',
  'trackers',
  'companies',
  'firms',
  'security',
  'analysts',
]
// A naming phrase: a vendor's name for a group ("called the threat", "tracks it as", "gave it the name").
const NAMING = /^(?:calls|called|names|named|dubs|dubbed|tracks|tracked|labels|labell?ed|gave)\s+(?:it|them|the)\b/i
// The words before an alias list without a named subject that say the names are a group's.
const GROUP_BEFORE_LIST =
  /\b(?:groups?|actors?|clusters?|them|it|they|hackers|teams?|gangs?|APT|operators?|adversar(?:y|ies)|crews?|outfits?|(?:are|is|was|were)(?:\s+also)?)(?:\s+(?:(?:also|publicly|commonly|variously)\s+)?(?:tracked|known|referred\s+to|identified|designated|reported)(?:\s+(?:in|among|within|across)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:community|industry|sector|world|field))?)?\s*[,(]?\s*$/i
// A plural word for groups before the list ("the hacker groups known as"): the names may be several groups'.
const PLURAL_GROUPS_BEFORE =
  /\b(?:groups|actors|clusters|teams|gangs|crews|outfits|adversaries)\s+(?:(?:also|publicly|commonly|variously)\s+)?(?:tracked|known|referred\s+to|identified|designated|reported)?\s*[,(]?\s*$/i

// Capitalised words, with the small connecting words of names between them ("Guardians of Peace", "Sword of Justice").
const NAME_ITEM = /^(?:the\s+|The\s+)?[A-Z0-9][\w.&'’-]*(?:\s+(?:(?:of|for|de|del|al|the)\s+)?[A-Z0-9][\w.&'’-]*){0,4}$/
// (Also "or alternatively", "and also": "known as Strontium, or alternatively Fancy Bear or APT28".)
const LIST_SEP = String.raw`,\s*(?:(?:and|or)\s+(?:(?:alternatively|also)\s+)?)?|\s+and\s+(?:also\s+)?|\s+or\s+(?:alternatively\s+)?|\s*\/\s*`
const LIST_SEPARATOR = new RegExp(`(${LIST_SEP})`)
const LIST_SEPARATOR_ONLY = new RegExp(`^(?:${LIST_SEP})$`)

let triggersText: string | undefined
let triggersFound: RegExpExecArray[] = []
/**
 * `text.matchAll(ALIAS_TRIGGER)`: every match starts where a word of ALIAS_TRIGGER_STARTS occurs. Kept for the last
 * text (the pipeline reads a document's alias lists twice; the matches are only read).
 */
function aliasTriggers(text: string): RegExpExecArray[] {
  if (text !== triggersText) {
    const kw = KEYWORDS.find(text)
    const starts: number[] = []
    for (let i = 0; i < kw.starts.length; i++) {
      const key = kw.keys[i]!
      if (ALIAS_TRIGGER_WORDS[key] !== 1) continue
      if (VENDOR_NAMING_OPENERS[key] === 1 && !namingVerbAhead(text, kw, i)) continue
      starts.push(kw.starts[i]!)
    }
    triggersFound = matchAtStarts(ALIAS_TRIGGER_STICKY, text, starts)
    triggersText = text
  }
  return triggersFound
}

/**
 * The words that open only the two vendor naming forms of ALIAS_TRIGGER ("which Microsoft tracks as", "that other
 * vendors call", "security firms track it as"), most of them common ("that", "which", "security": nine in ten of the
 * expression's tries in news text, none a match). Both forms reach their verb of naming (track, call, name, label,
 * dub, refer, in any case and after white space: where the keyword pass finds it) through word characters, hyphens
 * and white space only. Where such a word opens a longer start word of another form ("otherwise", "sometimes"), that
 * word occurs at the same place and is tried.
 */
const VENDOR_NAMING_OPENER_WORDS = [
  'that',
  'which',
  'whom',
  'other',
  'some',
  'vendors',
  'researchers',
  'trackers',
  'companies',
  'firms',
  'security',
  'analysts',
]

/**
 * False when no verb of naming (NAMING_VERB_STEMS) starts after occurrence `i` of the keyword pass before the first
 * character after it that is no `\w`, hyphen or white space: the vendor naming forms cannot match there.
 */
function namingVerbAhead(text: string, kw: Occurrences, i: number): boolean {
  const at = kw.starts[i]!
  let stop = at
  while (stop < text.length) {
    const c = text.charCodeAt(stop)
    if (!isAsciiWordCode(c) && c !== 45 && !isSpaceCode(c)) break
    stop++
  }
  for (let j = i + 1; j < kw.starts.length && kw.starts[j]! < stop; j++)
    if (kw.starts[j]! > at && NAMING_VERB_WORDS[kw.keys[j]!] === 1) return true
  return false
}

const QUOTE_CODES = new Set([34, 39, 0x201c, 0x2018])

/**
 * The names listed from `from`: items separated by commas, "and", "or" and slashes, each a capitalised name of up to
 * four words (quotes around it and a bracketed vendor after it, "Fancy Bear (CrowdStrike)", set aside), up to the
 * first item that is not a name. Inside brackets the list ends at the closing bracket.
 */
const ORG_AS = /^\s*([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})\s+as\s+/
function listedNames(text: string, from: number, inParen: boolean): { text: string; span: Span }[] {
  // Most triggers are followed by a lower-case word ("known as a", "by the way"): no list, nothing to split.
  let i = from
  while (i < text.length && (isSpaceCode(text.charCodeAt(i)) || QUOTE_CODES.has(text.charCodeAt(i)))) i++
  const first = text.charCodeAt(i)
  if (first >= 97 && first <= 122 && !text.startsWith('the ', i)) return []
  const tail = text.slice(from, from + 300)
  let endIdx: number
  if (inParen) {
    // The closing bracket of the list, past the brackets of vendor names inside it.
    let depth = 0
    endIdx = -1
    for (let i = 0; i < tail.length; i++) {
      const ch = tail[i]
      if (ch === '(') depth++
      else if (ch === ')') {
        if (depth === 0) {
          endIdx = i
          break
        }
        depth--
      }
    }
  } else endIdx = tail.search(/[.;:](?=\s|$)|[;\n]|\s(?:is|are|was|were|has|have|had)\s|\s[—–]\s|\s--?\s/)
  const listText = endIdx >= 0 ? tail.slice(0, endIdx) : tail
  const items: { text: string; span: Span }[] = []
  let pos = from
  // Whether the names so far each came with their vendor ("X by Microsoft and Y by Mandiant"): then a name without
  // one is a vendor of a shared "by" ("UNC2452/Dark Halo by FireEye and Volexity respectively").
  let byVendor = false
  for (const raw of listText.split(LIST_SEPARATOR)) {
    if (LIST_SEPARATOR_ONLY.test(raw)) {
      pos += raw.length
      continue
    }
    // "Name (Vendor)", "Name by Microsoft", "by Microsoft as Name": the name; quotes around a name are not part of it.
    const vendor = /\s*\([^()]*\)\s*$|\s+by\s+(?:the\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}\s*$/.exec(raw)
    let core = vendor ? raw.slice(0, vendor.index) : raw
    const byAs = /^\s*by\s+(?:the\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}\s+as\s+/.exec(core)
    if (byAs) {
      pos += byAs[0].length
      core = core.slice(byAs[0].length)
    }
    // "which Microsoft tracks as X and Mandiant as Y": a known organisation before "as" is the one naming, not a name.
    const orgAs = ORG_AS.exec(core)
    if (orgAs && namesStateOrOrg(orgAs[1]!)) {
      pos += orgAs[0].length
      core = core.slice(orgAs[0].length)
    }
    const by = vendor !== null && !vendor[0].includes('(')
    if (byVendor && !by && !byAs) break
    if (by) byVendor = true
    const lead = core.length - core.trimStart().length
    let t = core.trim()
    let skip = lead
    const q = /^["“‘']+/.exec(t)
    if (q) {
      skip += q[0].length
      t = t.slice(q[0].length)
    }
    t = t.replace(/["”’']+$/, '')
    if (t !== '') {
      if (!NAME_ITEM.test(t)) {
        // The last name of a list may run into the sentence ("… and TA427 in May"): its capitalised words.
        const lead = /^[A-Z0-9][\w.&'’-]*(?:\s+[A-Z0-9][\w.&'’-]*){0,4}(?=\s+[a-z])/.exec(t)
        if (lead && items.length > 0 && /\b(?:and|or)\s+$/.test(text.slice(pos - 5, pos + skip)))
          items.push({ text: lead[0], span: [pos + skip, pos + skip + lead[0].length] })
        break
      }
      items.push({ text: t, span: [pos + skip, pos + skip + t.length] })
    }
    pos += raw.length
  }
  return items
}

/**
 * The actor an alias list after `ts` names, written before it: "X (also known as …)", "X, which is also known as",
 * "X is also known as", "X, which is operated by …, is also known as", "X and also tracked as" (X itself listed
 * after an earlier trigger).
 */
function anchorBefore(
  text: string,
  ts: number,
  actors: ActorMention[],
  inParen: boolean,
  longest: number,
): ActorMention | undefined {
  const before = text.slice(Math.max(0, ts - 200), ts)
  const base = ts - before.length
  if (inParen) return endingAt(actors, base + before.lastIndexOf('('), 12, longest)
  // "X, which is", "X, who has been", "X," and "X and"
  // "X, the group also known as", "X, a group that other trackers call".
  const rel =
    /,\s*(?:which|who)\s+(?:(?:is|are|was|were|has been|have been)\s+)?$|,\s*$|\s+and\s+$|,\s*(?:while|whereas)\s+$|[^\S\n]+[—–][^\S\n]*$|[^\S\n]+--?[^\S\n]+$|,\s*(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?(?:group|actor|cluster|crew|gang|outfit|collective|threat\s+actor|APT\s+group)\s+(?:(?:that|which)\s+(?:is|are|has\s+been|have\s+been)\s+)?$/i.exec(
      before,
    )
  if (rel) {
    const a = endingAt(actors, base + rel.index, 2, longest)
    if (a) return a
  }
  // "Turla - widely reported to be Russian and also known as …": the name before a dash and an aside.
  const aside = DASH_ASIDE_AND.exec(before)
  if (aside) {
    const a = endingAt(actors, base + aside.index, 2, longest)
    if (a) return a
  }
  // "X is", "X has been", "X, which is operated by FSB officers, is": the subject before the verb (and before a
  // relative clause between commas).
  const verb = /\s+(?:is|are|was|were|has been|have been|had been)\s+$/i.exec(before)
  if (verb) {
    const a = endingAt(actors, base + verb.index, 2, longest)
    if (a) return a
    const clause = /,\s*(?:which|who)\b[^.;()]{1,140},$/i.exec(before.slice(0, verb.index))
    if (clause) return endingAt(actors, base + clause.index, 2, longest)
  }
  return undefined
}

/**
 * A second name of actor `a` written at `span` ("CARR" after "Cyber Army of Russia Reborn"): an alias claim of the two,
 * and a mention of the second (into `mentions`, when given: not when the index found it already).
 */
function secondName(
  text: string,
  a: ActorMention,
  name: string,
  span: Span,
  mentions: ActorMention[] | undefined,
  claims: AliasClaim[],
): void {
  if (mentions) {
    const am: ActorMention = { mention: name, canonical: a.canonical, span, via: 'alias-list' }
    if (a.actorId) am.actorId = a.actorId
    mentions.push(am)
  }
  const c: AliasClaim = {
    names: [
      { text: a.mention, span: a.span },
      { text: name, span },
    ],
    canonical: a.canonical,
    span: [a.span[0], span[1]],
    quote: text.slice(a.span[0], span[1]),
  }
  if (a.actorId) c.actorId = a.actorId
  claims.push(c)
}
const DASH_ASIDE_AND = /[^\S\n]+[-—–][^\S\n]+[^-—–.;()\n]{1,80}?\s+and\s+$/
// "Predatory Sparrow, or Gonjeshke Darande in Persian,": a known actor's name in another language.
const OTHER_LANGUAGE_NAME =
  /^,\s+or\s+([A-Z][\w$.-]*(?:\s+[A-Z][\w$.-]*){0,3})\s+in\s+(?:Persian|Farsi|Russian|Chinese|Mandarin|Arabic|Korean|Hebrew|Ukrainian|Turkish|Japanese|Vietnamese|Spanish|Portuguese|French|German)\b/
const INITIALS_AFTER = /^ \(([A-Z][A-Z0-9]{1,7})\)/
/** The initials of a name's capitalised words ("Cyber Army of Russia Reborn" → "CARR"); "" for a one-word name. */
export function initialsOf(name: string): string {
  const words = name.split(/\s+/).filter((w) => /^[A-Z]/.test(w))
  return words.length < 2 ? '' : words.map((w) => w[0]).join('')
}

/** The last actor (in list order) that ends at most `slack` characters before `end`: `[...actors].reverse().find`. */
function endingAt(actors: ActorMention[], end: number, slack: number, longest: number): ActorMention | undefined {
  // (The actors are in text order: those starting after `end` end after it, and the walk back stops where even the
  // longest mention, `longest` characters, could not reach `end - slack`.)
  for (let i = countStartingBefore(actors, end + 1) - 1; i >= 0; i--) {
    const a = actors[i]!
    if (a.span[0] < end - slack - longest) break
    if (a.span[1] <= end && end - a.span[1] <= slack) return a
  }
  return undefined
}

// A verb whose subject owns the names that follow: "X was first seen in 2009 and goes by many names, among them",
// "X has several aliases, including", "X is known by various names such as".
const SUBJECT_VERB_BEFORE =
  /\b(?:goes|go|went|has|have|had|uses|use|used|(?:is|are|was|were)\s+(?:also\s+)?known)(?:\s+(?:also\s+)?by)?\s+$/i

/**
 * The actor that opens the sentence holding `at` ("The X group", "X"), when no other actor stands between it and `at`.
 */
function sentenceSubject(text: string, at: number, actors: ActorMention[]): ActorMention | undefined {
  let st = at
  while (st > 0 && at - st < 300) {
    const c = text.charCodeAt(st - 1)
    if (c === 10 || ((c === 46 || c === 63 || c === 33) && isSpaceCode(text.charCodeAt(st)))) break
    st--
  }
  const head = /^\s*(?:The\s+)?/.exec(text.slice(st, st + 8))![0].length
  const inside = actors.filter((a) => a.span[0] >= st && a.span[1] <= at)
  const first = inside[0]
  if (!first || first.span[0] !== st + head) return undefined
  // The verb is the subject's own: right after it ("X has"), or after a clause of its own joined by "and" ("X was
  // first seen in 2009 and goes by"), not inside a relative clause ("X attacked a firm that goes by").
  const between = text.slice(first.span[1], at).replace(SUBJECT_VERB_BEFORE, '')
  if (!/^[\s-]*(?:group\s*)?$|\s+and\s+$/i.test(between) || /\b(?:that|which|who|whom|whose)\b/i.test(between))
    return undefined
  return inside.every((a) => a.canonical === first.canonical) ? first : undefined
}

/** The first actor, else the first alias mention, that overlaps the span. */
function known(actors: ActorMention[], mentions: ActorMention[], span: Span): ActorMention | undefined {
  return firstOverlapping(actors, span) ?? firstOverlapping(mentions, span)
}
/** The first item of `items` (by place) that overlaps `span` (and for which `where` holds). */
function firstOverlapping(
  items: ActorMention[],
  span: Span,
  where?: (a: ActorMention) => boolean,
): ActorMention | undefined {
  let found = overlapping(items, span)
  if (where) found = found.filter(where)
  if (found.length <= 1) return found[0]
  let first = items.length
  for (const a of found) first = Math.min(first, items.indexOf(a))
  return items[first]
}

/** Whether `name` is the last word of a person's name the text gives in full ("Dmitry Yuryevich Khoroshev"). */
function isSurnameOfPerson(text: string, name: string): boolean {
  if (name.includes(' ')) return false
  // (The last words of the text's full names, found once per text: a long report asks for many names.)
  if (surnamesOf !== text) {
    surnamesOf = text
    surnames.clear()
    for (const c of givenNameCandidates(text)) {
      const space = c.name.lastIndexOf(' ')
      if (space >= 0) surnames.add(c.name.slice(space + 1))
    }
  }
  return surnames.has(name)
}
let surnamesOf: string | undefined
const surnames = new Set<string>()

/**
 * Alias lists the text asserts: "X (also known as A, B and C)", "X, which is also identified as A, B", "X (formerly Y)",
 * "X, which also goes by the names A and B", "X, which is run by …, is also known as A", "Also known as Y, X is …",
 * "tracked under the names A, B and C" (the names alone), "X (Y)" in a title. The names become actor mentions of X's
 * actor.
 */
export function findAliasLists(
  text: string,
  actors: ActorMention[],
): { claims: AliasClaim[]; mentions: ActorMention[] } {
  const claims: AliasClaim[] = []
  const mentions: ActorMention[] = []
  const triggers = aliasTriggers(text)
  // The last name a vendor gave a group in a naming phrase ("Microsoft called the threat X"), for a second one in the
  // same sentence ("…, while CrowdStrike gave it the name Y"): two names of one group.
  let named: { span: Span; end: number } | undefined
  let sorted: ActorMention[] = []
  let sortedFor = -1
  let longest = 0
  for (const m of triggers) {
    const ts = m.index
    const te = ts + m[0].length
    const before = text.slice(Math.max(0, ts - 80), ts)
    const inParen = /\(\s*$/.test(before)
    let items = listedNames(text, te, inParen)
    if (items.length === 0) continue
    let anchor: ActorMention | undefined
    if (NAMING.test(m[0])) {
      const first = items[0]!
      const prev = named
      named = { span: first.span, end: first.span[1] }
      const between = prev ? text.slice(prev.end, ts) : ''
      anchor =
        prev && between.length < 200 && !/[.!?](?:\s|$)|\n/.test(between)
          ? known(actors, mentions, prev.span)
          : undefined
      if (!anchor || overlaps(anchor.span, first.span)) continue
      items = [first]
    } else {
      // (The actors and the mentions found so far in text order, sorted again only when a mention has been added.)
      if (sortedFor < 0) {
        sorted = [...actors, ...mentions].sort((x, y) => x.span[0] - y.span[0])
        for (const x of sorted) longest = Math.max(longest, x.span[1] - x.span[0])
      } else
        for (let j = sortedFor; j < mentions.length; j++) {
          // (After every item starting where it starts, as the stable sort of the actors and mentions puts it.)
          const m = mentions[j]!
          sorted.splice(countStartingBefore(sorted, m.span[0] + 1), 0, m)
          longest = Math.max(longest, m.span[1] - m.span[0])
        }
      sortedFor = mentions.length
      anchor = anchorBefore(text, ts, sorted, inParen, longest)
    }
    if (!anchor && SUBJECT_VERB_BEFORE.test(before)) anchor = sentenceSubject(text, ts, actors)
    if (!anchor && (/^\s*$|[.\n-]\s*$/.test(before.slice(-3)) || ts === 0 || /^[A-Z]/.test(m[0]))) {
      // "Also known as Blind Eagle, APT-C-36 is …": the anchor follows the list.
      const after = items[items.length - 1]!.span[1]
      anchor = firstOverlapping(actors, [after, after + 5], (a) => a.span[0] >= after && a.span[0] - after <= 4)
      // The list read on past the comma into the anchor ("Also known as Zirconium and Judgment Panda, APT31 is …"):
      // the last name, a known actor that a verb follows, is the anchor.
      const last = items[items.length - 1]!
      const lastActor = items.length >= 2 ? known(actors, mentions, last.span) : undefined
      if (
        !anchor &&
        lastActor &&
        /^,/.test(text.slice(items[items.length - 2]!.span[1], last.span[0]).trim()) &&
        ANCHOR_VERB_AFTER.test(text.slice(last.span[1], last.span[1] + 12))
      ) {
        anchor = lastActor
        items = items.slice(0, -1)
      }
    }
    if (!anchor && (inParen || /,\s*(?:which|who)?\s*(?:is|are|was|has been)?\s*$/i.test(before))) {
      // An unknown name whose alias list holds a known actor: "Turla (also tracked as Secret Blizzard …)".
      const listedActor = actors.find((a) => items.some((it) => overlaps(it.span, a.span)))
      const head =
        /([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})\s*(?:\(|,\s*(?:which|who)?\s*(?:is|are|was|has been)?)\s*$/.exec(before)
      // (A state, a state body or an organisation before the list is no name of the group: "a unit of the IRGC,
      // known to researchers as …".)
      // (Nor is a person's surname: "charges Khoroshev, also known as LockBitSupp, LockBit and putinkrab" lists a man's
      // handles, one of them his group's name.)
      if (listedActor && head && !namesStateOrOrg(head[1]!) && !isSurnameOfPerson(text, head[1]!)) {
        const s = ts - (before.length - head.index)
        const mention = head[1]!
        anchor = { mention, canonical: listedActor.canonical, span: [s, s + mention.length], via: 'alias-list' }
        if (listedActor.actorId) anchor.actorId = listedActor.actorId
        if (!actors.some((a) => overlaps(a.span, anchor!.span))) mentions.push(anchor)
      }
    }
    let names: { text: string; span: Span }[]
    if (anchor) {
      if (items.some((it) => overlaps(it.span, anchor!.span))) continue
      names = [{ text: anchor.mention, span: anchor.span }, ...items]
    } else {
      // "the private sector tracks them under the names A, B and C": the listed names, one of them a known actor.
      // The names must be a group's: after a word for a group ("an actor group tracked as", "these actors are also
      // known as", "tracks them under the names"), not after "the campaigns known as"; or all names the index already
      // gives one group ("a military intelligence agency …, known to security researchers as the Lazarus Group or APT
      // 38").
      const listed = items.map((it) => known(actors, mentions, it.span))
      const listedActor = listed.find((a) => a !== undefined)
      if (items.length < 2 || !listedActor) continue
      const groups = new Set(listed.map((a) => a?.canonical).filter((c) => c !== undefined)).size
      if (!GROUP_BEFORE_LIST.test(before) && !(groups === 1 && listed.every((a) => a !== undefined))) continue
      // "the hacker groups known as APT 27, APT 30 and APT 31": several groups, each its own, not one group's names.
      if (PLURAL_GROUPS_BEFORE.test(before) && groups > 1) continue
      anchor = listedActor
      names = items
    }
    for (const it of items) {
      if (known(actors, mentions, it.span)) continue
      const am: ActorMention = { mention: it.text, canonical: anchor.canonical, span: it.span, via: 'alias-list' }
      if (anchor.actorId) am.actorId = anchor.actorId
      mentions.push(am)
    }
    const s = Math.min(...names.map((n) => n.span[0]))
    const e = Math.max(...names.map((n) => n.span[1]))
    const c: AliasClaim = { names, canonical: anchor.canonical, span: [s, e], quote: text.slice(s, e) }
    if (anchor.actorId) c.actorId = anchor.actorId
    claims.push(c)
  }
  // "Predatory Sparrow, or Gonjeshke Darande in Persian": the same group's name in another language.
  for (const a of actors) {
    if (text.charCodeAt(a.span[1]) !== 44) continue
    const m = OTHER_LANGUAGE_NAME.exec(text.slice(a.span[1], a.span[1] + 80))
    if (!m) continue
    const at = a.span[1] + m[0].indexOf(m[1]!)
    const span: Span = [at, at + m[1]!.length]
    const other = actors.find((b) => overlaps(b.span, span))
    if (other && other.canonical !== a.canonical) continue
    secondName(text, a, m[1]!, span, other ? undefined : mentions, claims)
  }
  // "the Cyber Army of Russia Reborn (CARR)": an actor's name followed by its initials in brackets.
  for (const a of actors) {
    if (text.charCodeAt(a.span[1]) !== 32 || text[a.span[1] + 1] !== '(') continue
    const m = INITIALS_AFTER.exec(text.slice(a.span[1], a.span[1] + 14))
    if (!m || initialsOf(a.mention) !== m[1]) continue
    const at = a.span[1] + m[0].indexOf(m[1]!)
    const span: Span = [at, at + m[1]!.length]
    if (actors.some((b) => overlaps(b.span, span))) continue
    secondName(text, a, m[1]!, span, mentions, claims)
  }
  // "APT-C-36 (BLIND EAGLE)": a known actor followed by another known name of the same actor in brackets.
  for (let i = 0; i + 1 < actors.length; i++) {
    const a = actors[i]!
    const b = actors[i + 1]!
    // The cheap tests first: most neighbours are not "X (Y)".
    if (text[b.span[1]] !== ')' || a.canonical !== b.canonical || a.mention === b.mention) continue
    if (/^\s*\(\s*$/.test(text.slice(a.span[1], b.span[0]))) {
      const c: AliasClaim = {
        names: [
          { text: a.mention, span: a.span },
          { text: b.mention, span: b.span },
        ],
        canonical: a.canonical,
        span: [a.span[0], b.span[1]],
        quote: text.slice(a.span[0], b.span[1]),
      }
      if (a.actorId) c.actorId = a.actorId
      claims.push(c)
    }
  }
  return { claims, mentions }
}

/**
 * Where a naming verb ("call", "track", "name", "dub", "designate", "label", "refer") starts a word in `text`, from the
 * one keyword pass the claim rules share (any case): the coined-name finder (actors-named.ts) looks only around them.
 */
export function namingVerbStarts(text: string): number[] {
  const kw = KEYWORDS.find(text)
  const out: number[] = []
  for (let i = 0; i < kw.starts.length; i++) if (NAMING_VERB_WORDS[kw.keys[i]!] === 1) out.push(kw.starts[i]!)
  return out
}
const NAMING_VERB_STEMS = ['call', 'track', 'nam', 'dub', 'designat', 'label', 'refer']

/**
 * False when no endorsement (claims-partners' ENDORSE: "agrees with this attribution", "supports the assessment", "is
 * also shared by") can match in the sentence: every match holds one of these verbs where a word starts (after `\b`
 * or white space), and the keyword pass finds each such place, in any case. The endorsement rule thus runs its
 * expression, which can start at any "is" or "was", only on the few sentences with such a verb.
 */
export function mayEndorse(text: string, s: Sentence): boolean {
  return occursIn(KEYWORDS.find(text), ENDORSE_WORDS, s.start, s.end)
}
/** The verbs every endorsement holds, and the words every joining holds (see `mayEndorse`). */
export const ENDORSE_STEMS: readonly string[] = [
  'agree',
  'concur',
  'endorse',
  'support',
  'share',
  // (Joining: every match of ENDORSE_JOINING holds one of these or "support"; not "issued" or "stand", which open
  // many sentences that join nothing.)
  'join',
  'solidarity',
  'welcome',
  'partners',
  'allies',
  'echo',
  // ("… issued statements condemning the campaign", "… reached the same conclusions".)
  'condemn',
  'reach',
]

// The keywords of every rule, found in one pass per document (`KeywordIndex.find` keeps the last document's).
const KEYWORDS = new KeywordIndex([
  ...[...OBJ_CUES, ...SUBJ_CUES].flatMap((c) => c.keywords),
  ...GROUP_REFERENCE_NOUNS,
  ...NAMING_VERB_STEMS,
  ...ANONYMOUS_SOURCE_WORDS,
  ...ENDORSE_STEMS,
  ...NEGATION_STARTS,
  ...DOUBT_STARTS,
  ...STATE_SPONSOR_VERBS,
  ...MADE_BY_VERBS,
  'consistent',
  ...AFFILIATION_STARTS,
  ...GOAL_NOUNS,
  ...REPORT_VERB_STARTS,
  ...DENIAL_STARTS,
  ...ALIAS_TRIGGER_STARTS,
  'agencies',
  'we',
  'our',
  ...LEGAL_VOICE_STARTS,
  ...PEOPLE_HEADS,
  ...LEGAL_STARTS,
  ...ADMINISTRATION_WORD_LIST,
  ...PASSIVE_AGENT_KEYWORDS,
  ...ACCORDING_KEYWORDS,
  ...CONFIDENCE_PATTERN_KEYWORDS.slice(0, USED_CONFIDENCE_PATTERNS).flat(),
  ...CONFIDENCE_PATTERN_STARTS.slice(0, USED_CONFIDENCE_PATTERNS).flatMap((k) => k ?? []),
])
for (const c of [...OBJ_CUES, ...SUBJ_CUES]) c.group = KEYWORDS.group(c.keywords)
// The words every charge of CHARGED_COUNTED begins with.
const CHARGE_WORDS = KEYWORDS.group(['charg', 'indict'])
const ANONYMOUS_WORDS = KEYWORDS.group(ANONYMOUS_SOURCE_WORDS)
// The stems of the verbs of a measure (extract.ts' MEASURED_GROUP_WORDS: "designated", "sanctioned", …).
const MEASURE_VERB_STEMS = KEYWORDS.group(['designat', 'sanction', 'charg', 'indict'])

/** True when an occurrence of a keyword of `group` starts in [from, to) (where `matchAtOccurrences` tries one). */
function startsInside(o: Occurrences, group: KeywordGroup, from: number, to: number): boolean {
  for (let i = firstFrom(o, from); i < o.starts.length && o.starts[i]! < to; i++)
    if (group[o.keys[i]!] === 1) return true
  return false
}

/** The starts (ascending) of the keyword pass's occurrences in `text` of the keywords of `group`. */
function occurrenceStarts(text: string, group: KeywordGroup): number[] {
  const kw = KEYWORDS.find(text)
  const out: number[] = []
  for (let i = 0; i < kw.starts.length; i++) if (group[kw.keys[i]!] === 1) out.push(kw.starts[i]!)
  return out
}

/**
 * Where "designat", "sanction", "charg" or "indict" starts a word in `text` (any case), ascending: the places of the
 * verbs of a measure ("designated", "sanctioned", "charged", "indicted") after white space.
 */
export function measureVerbStarts(text: string): number[] {
  return occurrenceStarts(text, MEASURE_VERB_STEMS)
}
// "operates in support of": every match holds "support" after its verb.
IN_SUPPORT.needs = KEYWORDS.group(['support'])
// "Hacking tools built by RCS Lab": tried only where a verb of making follows its noun.
TOOLS_MADE_BY.needs = KEYWORDS.group(MADE_BY_VERBS)
// "serves … requirements", "in line with the strategic interests of": every match but "benefits (the)" holds a word
// of the goals served after its verb.
INTERESTS.needs = KEYWORDS.group(GOAL_NOUNS)
INTERESTS.needsNot = KEYWORDS.group(['benefit'])
/** Per keyword number: the numbers of the cues of OBJ_CUES whose keywords include it. */
const OBJ_BY_KEY: number[][] = KEYWORDS.keywords.map((_, id) =>
  OBJ_CUES.flatMap((c, i) => (c.group[id] === 1 ? [i] : [])),
)
const OBJ_POS = new Int32Array(OBJ_CUES.length)
const OBJ_LAST = new Int32Array(OBJ_CUES.length)
const REPORT_VERB_WORDS = KEYWORDS.group(REPORT_VERB_STARTS)
const DENIAL_WORDS = KEYWORDS.group(DENIAL_STARTS)
const ALIAS_TRIGGER_WORDS = KEYWORDS.group(ALIAS_TRIGGER_STARTS)
const VENDOR_NAMING_OPENERS = KEYWORDS.group(VENDOR_NAMING_OPENER_WORDS)
// The relative pronouns of OWN_SUBJECT_CLAUSE, each after white space in its matches.
const RELATIVE_PRONOUN_WORDS = KEYWORDS.group(['that', 'which', 'whom'])
const DESIGNATE_OR_SANCTION = KEYWORDS.group(['designat', 'sanction'])
const AGENCIES_WORD = KEYWORDS.group(['agencies'])
const PEOPLE_HEAD_WORDS = KEYWORDS.group(PEOPLE_HEADS)
const ADMINISTRATION_WORD = KEYWORDS.group(ADMINISTRATION_WORD_LIST)
const LEGAL_WORDS = KEYWORDS.group(LEGAL_STARTS)
const BACK_REFERENCE_WORDS = KEYWORDS.group(['attribut', ...GROUP_REFERENCE_NOUNS])
const NAMING_VERB_WORDS = KEYWORDS.group(NAMING_VERB_STEMS)
const ENDORSE_WORDS = KEYWORDS.group(ENDORSE_STEMS)
const NEGATION_WORDS = KEYWORDS.group(NEGATION_STARTS)
const SPONSOR_VERB_WORDS = KEYWORDS.group(STATE_SPONSOR_VERBS)
const CONSISTENT_WORD = KEYWORDS.group(['consistent'])
const AFFILIATION_WORDS = KEYWORDS.group(AFFILIATION_STARTS)
const DOUBT_WORDS = KEYWORDS.group(DOUBT_STARTS)
const WE_WORD = KEYWORDS.group(['we'])
const OUR_WORD = KEYWORDS.group(['our'])
const LEGAL_VOICE_WORDS = KEYWORDS.group(LEGAL_VOICE_STARTS)
const PASSIVE_AGENT_WORDS = KEYWORDS.group(PASSIVE_AGENT_KEYWORDS)
const ACCORDING_WORDS = KEYWORDS.group(ACCORDING_KEYWORDS)
/** Per keyword number: the confidence patterns whose keywords include it. */
const CONFIDENCE_BY_KEY: number[][] = KEYWORDS.keywords.map((k) =>
  CONFIDENCE_PATTERN_KEYWORDS.slice(0, USED_CONFIDENCE_PATTERNS).flatMap((ks, i) => (ks.includes(k) ? [i] : [])),
)
/** Per keyword number: the confidence patterns whose start words include it. */
const CONFIDENCE_STARTS_BY_KEY: number[][] = KEYWORDS.keywords.map((k) =>
  CONFIDENCE_PATTERN_STARTS.slice(0, USED_CONFIDENCE_PATTERNS).flatMap((ks, i) => (ks?.includes(k) ? [i] : [])),
)

/**
 * The expressions that are tried only where one of their keywords occurs, with those keywords: `atStart` when every
 * match starts with one, else every match contains one. Exported for the test that checks this on real text.
 */
export const KEYWORD_RULES: readonly { re: RegExp; keywords: readonly string[]; atStart: boolean }[] = [
  ...[...OBJ_CUES, ...SUBJ_CUES].map((c) => ({ re: c.re, keywords: c.keywords, atStart: c.atStart })),
  { re: REPORT_VERBS, keywords: REPORT_VERB_STARTS, atStart: true },
  { re: DENIAL_CUE, keywords: DENIAL_STARTS, atStart: true },
  { re: ALIAS_TRIGGER, keywords: ALIAS_TRIGGER_STARTS, atStart: true },
  { re: WE, keywords: ['we'], atStart: true },
  { re: OUR, keywords: ['our'], atStart: true },
  { re: LEGAL_VOICE, keywords: LEGAL_VOICE_STARTS, atStart: true },
  { re: AGENCIES, keywords: ['agencies'], atStart: false },
  { re: PASSIVE_AGENT, keywords: PASSIVE_AGENT_KEYWORDS, atStart: false },
  { re: ACCORDING, keywords: ACCORDING_KEYWORDS, atStart: false },
]

/** The fast scans, for the test that compares them with plain global scans on real text. */
export const FAST_SCANS = {
  /** The cues tried only where one of their `next` words follows, with the test of it. */
  nextWordCues: (): { re: RegExp; next: ReadonlySet<string> }[] =>
    OBJ_CUES.flatMap((c) => (c.next ? [{ re: c.re, next: c.next }] : [])),
  /** The cues that need a keyword after their start, with the test of it at a match. */
  needingCues: (): { re: RegExp; needs: (text: string, s: Sentence, m: RegExpExecArray) => boolean }[] =>
    OBJ_CUES.flatMap((c) =>
      c.needs
        ? [
            {
              re: c.re,
              needs: (text: string, s: Sentence, m: RegExpExecArray) => {
                const kw = KEYWORDS.find(text)
                const at = s.start + m.index
                // The end of the keyword occurrence the match starts with.
                let end = at
                for (let i = firstFrom(kw, at); i < kw.starts.length && kw.starts[i] === at; i++) {
                  if (c.group[kw.keys[i]!] !== 1) continue
                  if (c.needsNot?.[kw.keys[i]!] === 1) return true
                  end = Math.max(end, kw.ends[i]!)
                }
                return end > at && firstInside(kw, c.needs!, end, s.end) >= 0
              },
            },
          ]
        : [],
    ),
  followedBy,
  /** The alias-list triggers of `text`, as `text.matchAll(aliasTrigger)` gives them. */
  aliasTriggers: (text: string) => aliasTriggers(text),
  aliasTrigger: ALIAS_TRIGGER,
  cues: [...OBJ_CUES, ...SUBJ_CUES].map((c) => c.re),
  /** The matches of cue `i` (of `cues`) in the sentence, as `s.text.matchAll(cues[i])` gives them. */
  cueMatches: (i: number, text: string, s: Sentence) =>
    cueMatches([...OBJ_CUES, ...SUBJ_CUES][i]!, s, KEYWORDS.find(text)),
  /** The number of OBJ_CUES (the first of `cues`). */
  objCount: OBJ_CUES.length,
  /** `objCueMatches`: the matches of each of the first `objCount` cues in the sentence, in one walk. */
  objCueMatches: (text: string, s: Sentence) => objCueMatches(s, KEYWORDS.find(text)).byCue,
  agencies: AGENCIES,
  /** The matches of `text.matchAll(agencies)`. */
  agencyGroups: (text: string) => agencyGroups(text, KEYWORDS.find(text)),
  /** `DENIAL_CUE.test(s.text)`. */
  hasDenialCue: (text: string, s: Sentence) => hasDenialCue(s, KEYWORDS.find(text)),
  denialCue: DENIAL_CUE,
  /** The wording `bestConfidence` picks for a cue starting at `cueStart` in the sentence. */
  bestConfidence: (text: string, s: Sentence, cueStart: number) =>
    bestConfidence(sentenceConfidence(s, KEYWORDS.find(text)), s, [cueStart, cueStart]),
  /** `bestConfidence` over given wordings. */
  bestOf: (all: ConfidenceMatch[], s: Sentence, cueStart: number) => bestConfidence(all, s, [cueStart, cueStart]),
}

/** The gates of speed round 18a with the expressions they stand before, for the test that checks them. */
export const GATES_18A_FOR_TEST = {
  /** Gates on the text after a party at `at` (the expression reads `text.slice(at, at + window)`). */
  after: [
    {
      re: INVESTIGATING_AFTER,
      window: 60,
      gate: (text: string, at: number, to: number) => mayInvestigateAfter(text, at, to),
    },
    {
      re: VICTIM_AFTER,
      window: 24,
      gate: (text: string, at: number, to: number) => spacedWordIn(text, at, to, VICTIM_FIRST_WORDS),
    },
    {
      re: AMONG_THEM_AFTER,
      window: 14,
      gate: (text: string, at: number, to: number) => spacedWordIn(text, at, to, AMONG_WORD),
    },
    {
      re: OFFICE_AFTER,
      window: 16,
      gate: (text: string, at: number, to: number) => spacedWordIn(text, at, to, OFFICE_FIRST_WORDS),
    },
    { re: ACCUSED_OF_AFTER, window: 12, gate: (text: string, at: number) => mayOpenAccusedOf(text, at) },
    { re: RESPONSIBLE_AFTER, window: 60, gate: (text: string, at: number) => mayOpenResponsible(text, at) },
    {
      re: STATE_GOAL_AFTER,
      window: 40,
      gate: (text: string, at: number, to: number) => spacedWordIn(text, at, to, STATE_GOAL_FIRST_WORDS),
    },
    { re: STATE_TARGET_AFTER, window: 30, gate: (text: string, at: number) => mayOpenStateTarget(text, at) },
    { re: GROUP_PEOPLE_AFTER, window: 24, gate: (text: string, at: number) => mayOpenGroupPeople(text, at) },
    {
      re: DESCRIBING_APPOSITION_GAP,
      window: 120,
      gate: (text: string, at: number) => codeAfterSpaces(text, at) === 44,
    },
    {
      re: COMPANY_MEASURED,
      window: 110,
      gate: (text: string, at: number, to: number) => occursIn(KEYWORDS.find(text), DESIGNATE_OR_SANCTION, at, to),
    },
  ],
  /** Gates on the text before a party at `to` (the expression reads `text.slice(to - window, to)`). */
  before: [
    { re: RESIDENCE_BEFORE, window: 40, gate: endsWithCommaSpace },
    {
      re: REGION_BEFORE,
      window: 10,
      gate: (text: string, from: number, to: number) => endsWithWordOf(text, from, to, REGION_WORDS, NO_WORDS),
    },
    {
      re: TIED_TO_BEFORE,
      window: 30,
      gate: (text: string, from: number, to: number) => endsWithWordOf(text, from, to, TO_WORD, THE_WORD),
    },
    { re: RELATIVE_OPEN, window: 100, gate: commaInside },
    {
      re: MEMBERS_OF,
      window: 80,
      gate: (text: string, from: number, to: number) => endsWithWordOf(text, from, to, OF_WORD, THE_WORD),
    },
    { re: NAMED_CAMPAIGN, window: 20, gate: mayEndNamedCampaign },
    {
      re: PARTNERS_INCLUDING_BEFORE,
      window: 120,
      gate: (text: string, from: number, to: number) => partnersListedBefore(text, from, to),
    },
    {
      re: OWN_SUBJECT_CLAUSE,
      window: 120,
      gate: (text: string, from: number, to: number) => occursIn(KEYWORDS.find(text), RELATIVE_PRONOUN_WORDS, from, to),
    },
  ],
  /** The gap of a list, with the expressions `followingParties` no longer reads on it. */
  plainGap: {
    gate: isPlainListGap,
    expressions: [
      AGENT_OR_SOURCE,
      OWN_SUBJECT_IN_GAP,
      RELATIVE_SUBJECT,
      COMPARED_IN_GAP,
      ACCUSED_OF_DOING,
      NEW_PREDICATE,
      COMPLEMENT_IN_GAP,
      SUBORDINATE_GAP,
      KNOWN_AS_GAP,
      PARENT_OF_UNIT,
      FINITE_VERB,
    ],
  },
  /** An expression gated on the length of the string it reads. */
  lengths: [{ re: ATTRIBUTIVE_HEDGE, lengths: [6, 8] }],
  /** Cue expressions gated on the first letter of the cue (lower-cased by `| 32`). */
  cueFirst: [
    { re: MEMBERS_CUE, letters: 'moahc' },
    { re: LINKED_CUE, letters: 'ltcb' },
  ],
}

/** ACTIVITY's matches in each sentence of a text: as the cue finds them (at its keywords and the words its lookback
 * walks over before them) and as a global scan of the sentence finds them, for the test that checks they agree. */
export const ACTIVITY_FOR_TEST = {
  matches(text: string): [string[], string[]][] {
    const kw = KEYWORDS.find(text)
    const show = (m: RegExpExecArray) => `${m.index}:${m[0]}`
    return sentences(text).map((s) => {
      ACTIVITY.re.lastIndex = 0
      return [cueMatches(ACTIVITY, s, kw).map(show), [...s.text.matchAll(ACTIVITY.re)].map(show)]
    })
  },
}
