/**
 * Campaign forms that threat-intelligence writing repeats and the pattern finders of `findCampaigns` miss: the IT
 * worker schemes of indictments and sanctions ("a Russia-based IT worker scheme"), and thefts listed by sum and victim
 * ("thefts … included $308 million from DMM Bitcoin, $50 million from Upbit and …", "the $41 million theft from the
 * betting platform Stake.com"), campaigns "of" an activity ("a sustained campaign of malicious cyber activity") and
 * hybrid campaigns ("Russia's persistent hybrid campaigns").
 */

import { phraseEnd, trimTail } from './entities-b-campaigns.ts'
import { keywordStarts, matchAtStarts, startsOf, stickyCopy, wordStartsBeforeAnchors } from './scan.ts'

export interface FoundCampaign {
  name: string
  span: [number, number]
}

// "a Russia-based IT worker scheme", "fraudulent remote information technology (IT) worker schemes", "Fraudulent IT
// Worker Revenue Schemes" (a headline's title case).
const IT_WORKER_SCHEME =
  /(?:\b(?:[Rr]emote|[Ff]raudulent|[Ii]llicit|[Mm]ulti-[Yy]ear|North\s+Korean|DPRK|[A-Z][a-z]+-[Bb]ased)\s+){0,3}\b(?:IT|[Ii]nformation\s+[Tt]echnology(?:\s+\(IT\))?)\s+[Ww]orkers?\s+(?:(?:[Ff]raud|[Rr]evenue(?:\s+[Gg]eneration)?)\s+)?[Ss]chemes?\b/g

const SUM = String.raw`(?:US)?[$€£]\d[\d.,]*(?:\s*(?:million|billion|bn|m)\b)?`
// A victim's name: capitalised words, maybe after a few lower-case words of its kind ("the crypto betting platform").
const VICTIM = String.raw`(?:the\s+)?(?:[a-z][\w-]*\s+){0,4}?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}`
// "the $41 million theft from X", "the $600 million hack of X".
const SUM_THEFT = new RegExp(
  String.raw`\b(?:the\s+)?${SUM}\s+(?:theft|heist|hack|robbery|exploit)\s+(?:from|of|on)\s+${VICTIM}`,
  'g',
)
// One member of a list of thefts: "$308 million from DMM Bitcoin" (the first after a theft word, the others after a
// comma, "and" or "and of").
const SUM_FROM = new RegExp(String.raw`${SUM}\s+from\s+(${VICTIM})`, 'g')
// A theft word before the list in its sentence.
const THEFT_CUE = /\b(?:thefts?|heists?|stole|stolen|steal(?:ing|s)?|drained|looted|hacks?)\b/i

// Words that describe the extent of a campaign.
const EXTENT = String.raw`(?:sustained|intensifying|ongoing|persistent|systematic|broad|wider|coordinated|long-standing|international|global|wide-ranging|multi-year|years-long|malicious|aggressive|concerted|large-scale)`
// "a sustained campaign of malicious cyber activity", "the intensifying campaign of hybrid activities", "a campaign of
// industrial espionage".
const CAMPAIGN_OF = new RegExp(
  String.raw`\b(?:(?:an?|the|[A-Z][a-z]+[’']s)\s+)?(?:${EXTENT},?\s+(?:and\s+)?){0,3}campaign\s+of\s+(?:(?:malicious|hybrid|cyber|industrial|destabili[sz]ing|disruptive|destructive|hostile)\s+){0,3}(?:activity|activities|espionage|attacks|cyber-?attacks|intrusions|sabotage|disinformation|media\s+manipulation)\b`,
  'g',
)
const CAMPAIGN_OF_AT = stickyCopy(CAMPAIGN_OF)
/**
 * The matches of CAMPAIGN_OF's global search, tried only at the word starts at most seven chunks before a "campaign"
 * (a match is an article or possessive, three extent words each maybe followed by "and", then "campaign").
 */
export function campaignOfMatches(text: string): RegExpExecArray[] {
  return matchAtStarts(CAMPAIGN_OF_AT, text, wordStartsBeforeAnchors(text, keywordStarts(text, ['campaign']), 7))
}
// "Russia's persistent hybrid campaigns", "a broad, coordinated hybrid campaign".
const HYBRID_CAMPAIGN = new RegExp(
  String.raw`\b(?:(?:an?|the|its|their|[A-Z][a-z]+[’']s)\s+)?(?:${EXTENT},?\s+(?:and\s+)?){0,3}hybrid\s+campaigns?\b`,
  'g',
)

// "A smaller set of lures sent to a port operator", "a second wave of phishing e-mails", "a series of intrusions
// against …": one burst of activity a report counts apart, named by its words (and its target, where given).
// The words that set a burst apart from others ("a second wave", "a separate set"); "first" only opens a count.
const APART_WORDS = String.raw`second|third|fourth|separate|smaller|larger|later|earlier|new|further|fresh|short|brief|small|large|final|additional|related|distinct`
const WAVE_OF = new RegExp(
  String.raw`\b(?:[Aa]n?|[Tt]he|[Aa]nother|[Oo]ne|[Tt]his|[Tt]hat)\s+(?:(?:${APART_WORDS}|first)\s+){0,2}(?:set|wave|burst|batch|round|series|run|string)\s+of\s+(?:(?!(?:the|of|and|from|to|in|on|at|by)\b)[\w-]+\s+){0,3}?(?:lures|e-?mails|messages|texts|attacks|cyber-?attacks|intrusions|intrusion\s+attempts)\b`,
  'g',
)
const WAVE_SAID_APART = new RegExp(
  String.raw`^\S+\s+(?:(?:${APART_WORDS})\b|wave\s)|\b(?:lures|e-?mails|messages|texts)$`,
  'i',
)
const WAVE_OF_AT = stickyCopy(WAVE_OF)
// Where a match's noun stands ("wave of", "series\nof"): every match has one, a word start at most three chunks (the
// article, two words that set it apart) after the match's start.
const WAVE_NOUN_OF = /\b(?:set|wave|burst|batch|round|series|run|string)\s+of\b/g
/**
 * The matches of WAVE_OF's global search, tried only at the word starts at most three chunks before the noun of a
 * burst ("set", "wave" … before "of"): the search from every article cost about 1% of the extraction on report-sized
 * texts.
 */
function waveOfMatches(text: string): RegExpExecArray[] {
  return matchAtStarts(WAVE_OF_AT, text, wordStartsBeforeAnchors(text, startsOf(WAVE_NOUN_OF, text), 3))
}
// What a burst of activity was sent to or aimed at.
const SENT_TO_AFTER =
  /(?:\s+(?:that\s+(?:were|was)\s+)?(?:sent|delivered|mailed)\s+(?:in\s+\w+\s+\d{4}\s+)?to|\s+(?:against|targeting|aimed\s+at))\s+/y

// "a spear-phishing operation, which we call CR-Cluster-12", "an intrusion set we call QL-Cluster-7", "a cluster of
// spear-phishing activity, which we track as PML-0417": activity a report names, by the name it gives (the name may
// stand for the group too; not a bare "cluster", which names a group).
const ACTIVITY_WE_CALL =
  /\b(?:[Aa]n?|[Tt]his)\s+(?:(?:[\w-]+\s+){0,3}?(?:operation|campaign|activity|intrusion\s+set|wave)|[\w-]+\s+cluster(?:\s+of\s+(?:[\w-]+\s+){0,2}activity)?|cluster\s+of\s+(?:[\w-]+\s+){0,2}activity),?\s+(?:which\s+|that\s+)?we\s+(?:call|track\s+as|have\s+named|named|designate|refer\s+to\s+as)\s+((?:Operation\s+)?[A-Z][\w]*(?:[-.][\w]+)*)/g

const ACTIVITY_WE_CALL_AT = stickyCopy(ACTIVITY_WE_CALL)
// Every match's "we" (after white space, before it), a word start at most eight chunks after the match's start: the
// article, a word, "cluster", "of", two words, "activity" and "which" ("an espionage cluster of spear-phishing lure
// activity which we call X"; the other forms have fewer).
const WE_WORD = /\bwe\s/g
/**
 * The matches of ACTIVITY_WE_CALL's global search, tried only at the word starts at most eight chunks before a "we"
 * (the search from every article cost about 0.8% of the extraction on report-sized texts).
 */
function activityWeCallMatches(text: string): RegExpExecArray[] {
  return matchAtStarts(ACTIVITY_WE_CALL_AT, text, wordStartsBeforeAnchors(text, startsOf(WE_WORD, text), 8))
}

// ("a small cluster we track as X": a size is no kind of activity.)
const SIZED_CLUSTER = /^\S+\s+(?:small|smaller|large|larger|new|single|separate|distinct)\s+cluster\b/i

// What a campaign is aimed at, maybe after the party that runs it ("by X, the Y, against").
const TARGET_AFTER = /(?:\s+by\s+[^.;\n]{1,80}?,?)?\s+(against|targeting|aimed\s+at|directed\s+(?:at|against))\s+/y

/** The end of `name` without a trailing dot or a cut abbreviation's dot ("Stake.com." → "Stake.com"). */
function trimName(name: string): string {
  return name.replace(/[.,;:’']+$/, '')
}

/** Adds a campaign named `name` from `start` (to `end`, else its trimmed name's end) unless taken or overlapping. */
function pushFound(
  out: FoundCampaign[],
  taken: (span: [number, number]) => boolean,
  name: string,
  start: number,
  end?: number,
): void {
  const t = trimName(name)
  const span: [number, number] = [start, end ?? start + t.length]
  if (t.length > 3 && !taken(span) && !out.some((o) => o.span[0] < span[1] && span[0] < o.span[1]))
    out.push({ name: t, span })
}
/**
 * A match with its target, also after the party that runs it: "… by Russia's military intelligence service, the GRU,
 * against Western logistics entities".
 */
function pushAimed(
  text: string,
  out: FoundCampaign[],
  taken: (span: [number, number]) => boolean,
  m: RegExpExecArray,
): void {
  const target = objectAfter(text, TARGET_AFTER, m.index + m[0].length)
  if (target) pushFound(out, taken, `${m[0]} ${target.words} ${target.object}`, m.index, target.end)
  else pushFound(out, taken, m[0], m.index)
}
/**
 * The object `link` (a sticky expression whose group 1, if any, is its words: "against", "sent to") introduces at
 * `at`: the noun phrase after it, up to where it ends, when it is longer than two characters.
 */
function objectAfter(
  text: string,
  link: RegExp,
  at: number,
): { words: string | undefined; object: string; end: number } | undefined {
  link.lastIndex = at
  const l = link.exec(text)
  if (!l) return undefined
  const from = at + l[0].length
  const object = trimTail(text.slice(from, phraseEnd(text, from)))
  return object.length > 2 ? { words: l[1], object, end: from + object.length } : undefined
}
/**
 * Campaigns of the forms above in `text`, each unless `taken` says its span is masked or already found (the caller's
 * test, so that these never replace what the pattern finders found).
 */
export function findMoreCampaigns(text: string, taken: (span: [number, number]) => boolean): FoundCampaign[] {
  const out: FoundCampaign[] = []
  if (/[Ww]orker/.test(text)) {
    for (const m of text.matchAll(IT_WORKER_SCHEME)) pushFound(out, taken, m[0], m.index)
  }
  if (text.includes('campaign')) {
    for (const m of campaignOfMatches(text)) {
      // "Its campaign of malicious activity is ongoing": a group's activity in general.
      if (/\b(?:its|their)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) continue
      pushAimed(text, out, taken, m)
    }
    if (text.includes('hybrid')) for (const m of text.matchAll(HYBRID_CAMPAIGN)) pushFound(out, taken, m[0], m.index)
  }
  if (/\b(?:set|wave|burst|batch|round|series|run|string)\s+of\b/.test(text)) {
    for (const m of waveOfMatches(text)) {
      const to = objectAfter(text, SENT_TO_AFTER, m.index + m[0].length)
      if (to) {
        pushFound(out, taken, text.slice(m.index, to.end), m.index, to.end)
        continue
      }
      // (Bare, "a series of cyberattacks" is how a text speaks of attacks in general: a burst counted apart says which
      // one it is, "a second wave of attacks", or what was sent, "a set of lures"; a wave is one by its word.)
      if (WAVE_SAID_APART.test(m[0])) pushFound(out, taken, m[0], m.index)
    }
  }
  if (text.includes(' we ')) {
    for (const m of activityWeCallMatches(text)) {
      if (SIZED_CLUSTER.test(m[0])) continue
      const name = m[1]!
      const at = m.index + m[0].length - name.length
      pushFound(out, taken, name, at)
    }
  }
  if (/[$€£]\d/.test(text)) {
    for (const m of text.matchAll(SUM_THEFT)) pushFound(out, taken, m[0], m.index)
    for (const m of text.matchAll(SUM_FROM)) {
      // In a sentence about thefts, before the sum ("thefts attributed to the DPRK included $308 million from …").
      const sentenceStart = Math.max(text.lastIndexOf('. ', m.index), text.lastIndexOf('\n', m.index), 0)
      if (!THEFT_CUE.test(text.slice(sentenceStart, m.index))) continue
      // A victim is named: its last word is capitalised and no month or weekday ("from January").
      const victim = m[1]!
      if (
        /^(?:the\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/.test(
          victim,
        )
      )
        continue
      pushAimed(text, out, taken, m)
    }
  }
  return out
}
