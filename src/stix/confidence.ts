/**
 * Confidence wording, kept verbatim and read onto a named scale (issue 4, scope item 2).
 *
 * A reading says what the words are (`text`, exactly as written), which published scale they belong to (`scale`),
 * the scale's own term (`term`) and a STIX 0–100 value (`stix`). Likelihood (ICD 203, UK PHIA, WEP, NATO/Canadian),
 * analytic confidence (low/moderate/high), source reliability and information credibility (Admiralty), statements of
 * fact and legal allegations are separate scales: "high confidence that it is likely" gives two readings.
 *
 * The mapping to STIX is lossless because (scale, term) ↔ stix is one-to-one within each scale
 * (`termFromStix(scale, toStix(scale, term)) === term`), and the wording and scale travel beside the number in the
 * claim extension. Where STIX 2.1 Appendix A defines a scale (None/Low/Med/High, Admiralty credibility, WEP, DNI)
 * its values are used; the others take the midpoint of their published band.
 *
 * Pure: no Node built-ins (this folder must run in the browser).
 */

export type ConfidenceScale =
  | 'icd-203'
  | 'uk-phia'
  | 'wep'
  | 'nato'
  | 'analytic-confidence'
  | 'admiralty-reliability'
  | 'admiralty-credibility'
  | 'estimative-verb'
  | 'statement-of-fact'
  | 'legal-allegation'

/** What a scale measures: probability of the judgement, confidence in it, the source, the information, or neither. */
export type ConfidenceKind = 'likelihood' | 'confidence' | 'reliability' | 'credibility' | 'fact' | 'legal'

export interface ConfidenceReading {
  /** The wording exactly as written. */
  text: string
  scale: ConfidenceScale
  /** The scale's own term ("almost certain", "realistic possibility", "high", "B", "charged"). */
  term: string
  /** STIX 2.1 confidence 0–100, or null where the scale says the value cannot be judged (Admiralty F and 6). */
  stix: number | null
  kind: ConfidenceKind
  /** The probability band of the term in percent, where the scale publishes one. */
  band?: [number, number]
}

/** A reading found inside a longer sentence, with its half-open character span there. */
export interface ConfidenceMatch {
  reading: ConfidenceReading
  span: [number, number]
}

interface Term {
  term: string
  stix: number | null
  band?: [number, number]
}

interface ScaleDef {
  kind: ConfidenceKind
  terms: Term[]
}

/**
 * The scales and their terms. Bands: ICD 203 (ODNI, 2015) §D.6.e; PHIA probability yardstick (UK Professional Head of
 * Intelligence Analysis, 2019); Sherman Kent's "Words of Estimative Probability" (1964); NATO AJP-2.1 / Canadian
 * Intelligence Assessment Secretariat estimative language.
 */
export const SCALES: Record<ConfidenceScale, ScaleDef> = {
  'icd-203': {
    kind: 'likelihood',
    terms: [
      { term: 'almost no chance', stix: 5, band: [1, 5] },
      { term: 'very unlikely', stix: 15, band: [5, 20] },
      { term: 'unlikely', stix: 30, band: [20, 45] },
      { term: 'roughly even chance', stix: 50, band: [45, 55] },
      { term: 'likely', stix: 70, band: [55, 80] },
      { term: 'very likely', stix: 85, band: [80, 95] },
      { term: 'almost certain', stix: 95, band: [95, 99] },
    ],
  },
  'uk-phia': {
    kind: 'likelihood',
    terms: [
      { term: 'remote chance', stix: 3, band: [0, 5] },
      { term: 'highly unlikely', stix: 15, band: [10, 20] },
      { term: 'unlikely', stix: 30, band: [25, 35] },
      { term: 'realistic possibility', stix: 45, band: [40, 50] },
      { term: 'likely', stix: 65, band: [55, 75] },
      { term: 'highly likely', stix: 85, band: [80, 90] },
      { term: 'almost certain', stix: 98, band: [95, 100] },
    ],
  },
  wep: {
    kind: 'likelihood',
    terms: [
      { term: 'impossible', stix: 0, band: [0, 0] },
      { term: 'almost certainly not', stix: 10, band: [2, 12] },
      { term: 'probably not', stix: 30, band: [20, 40] },
      { term: 'chances about even', stix: 50, band: [40, 60] },
      { term: 'probable', stix: 70, band: [63, 87] },
      { term: 'almost certain', stix: 90, band: [87, 99] },
      { term: 'certain', stix: 100, band: [100, 100] },
    ],
  },
  nato: {
    kind: 'likelihood',
    terms: [
      { term: 'highly unlikely', stix: 5, band: [0, 10] },
      { term: 'unlikely', stix: 25, band: [10, 40] },
      { term: 'even chance', stix: 50, band: [40, 60] },
      { term: 'likely', stix: 75, band: [60, 90] },
      { term: 'highly likely', stix: 95, band: [90, 100] },
    ],
  },
  'analytic-confidence': {
    kind: 'confidence',
    terms: [
      { term: 'low', stix: 15 },
      { term: 'moderate', stix: 50 },
      { term: 'high', stix: 85 },
      { term: 'very high', stix: 95 },
    ],
  },
  'admiralty-reliability': {
    kind: 'reliability',
    terms: [
      { term: 'A', stix: 95 },
      { term: 'B', stix: 75 },
      { term: 'C', stix: 50 },
      { term: 'D', stix: 25 },
      { term: 'E', stix: 5 },
      { term: 'F', stix: null },
    ],
  },
  'admiralty-credibility': {
    kind: 'credibility',
    terms: [
      { term: '1', stix: 90 },
      { term: '2', stix: 70 },
      { term: '3', stix: 50 },
      { term: '4', stix: 30 },
      { term: '5', stix: 10 },
      { term: '6', stix: null },
    ],
  },
  // Estimative verbs carry a judgement without a calibrated band ("believed", "suspected"): Mosaic's own ordering.
  'estimative-verb': {
    kind: 'likelihood',
    terms: [
      { term: 'possible', stix: 35 },
      { term: 'suspected', stix: 40 },
      { term: 'assessed', stix: 60 },
      { term: 'believed', stix: 62 },
    ],
  },
  'statement-of-fact': {
    kind: 'fact',
    terms: [
      { term: 'asserted', stix: 100 },
      { term: 'confirmed', stix: 99 },
    ],
  },
  'legal-allegation': {
    kind: 'legal',
    terms: [
      { term: 'alleged', stix: 50 },
      { term: 'charged', stix: 60 },
      { term: 'indicted', stix: 65 },
      { term: 'sanctioned', stix: 70 },
      { term: 'convicted', stix: 95 },
    ],
  },
}

/** STIX value of a term on a scale, or undefined when the scale has no such term. */
export function toStix(scale: ConfidenceScale, term: string): number | null | undefined {
  return SCALES[scale].terms.find((t) => t.term === term)?.stix
}

/** The term a STIX value stands for on a scale (the inverse of toStix; exact for values toStix produced). */
export function termFromStix(scale: ConfidenceScale, stix: number | null): string | undefined {
  const terms = SCALES[scale].terms
  if (stix === null) return terms.find((t) => t.stix === null)?.term
  let best: Term | undefined
  for (const t of terms) {
    if (t.stix === null) continue
    if (!best || Math.abs(t.stix - stix) < Math.abs((best.stix ?? 0) - stix)) best = t
  }
  return best?.term
}

interface Pattern {
  re: RegExp
  sticky: RegExp
  scale: ConfidenceScale
  term: string
  keywords: string[]
  starts: string[] | undefined
}

// Longest, most specific phrases first: the first pattern that matches at a position wins.
// Statement-of-fact verbs: every match contains one of these stems and starts with one.
const FACT_VERBS = [
  'attribut',
  'conclud',
  'determined',
  'announced',
  'declared',
  'stated',
  'accused',
  'blamed',
  'named',
  'identified',
]
const C = String.raw`(?:degree|level)\s+of\s+confidence`
// Each phrase with words one of which every match contains (lower case): a sentence without them is not searched;
// and, where it can be said, the words (lower case) every match starts with: `findAllConfidenceWhere` can then try
// the phrase only where one of them starts.
const PHRASES: [string, ConfidenceScale, string, string[], string[]?][] = [
  // analytic confidence
  [
    String.raw`(?:with\s+)?(?:a\s+)?very\s+high\s+(?:${C}|confidence)`,
    'analytic-confidence',
    'very high',
    ['confidence'],
  ],
  [String.raw`(?:with\s+)?(?:a\s+)?high\s+(?:${C}|confidence)`, 'analytic-confidence', 'high', ['confidence']],
  [
    String.raw`(?:with\s+)?(?:a\s+)?(?:moderate|medium)\s+(?:${C}|confidence)`,
    'analytic-confidence',
    'moderate',
    ['confidence'],
  ],
  [String.raw`(?:with\s+)?(?:a\s+)?low\s+(?:${C}|confidence)`, 'analytic-confidence', 'low', ['confidence']],
  [String.raw`highly\s+confident`, 'analytic-confidence', 'high', ['confident'], ['highly']],
  [String.raw`moderately\s+confident`, 'analytic-confidence', 'moderate', ['confident'], ['moderately']],
  [
    String.raw`(?:(?:is|are|am|was|were|remains?|'s|’s|'re|’re)\s+)?(?:fully\s+|very\s+)?confident`,
    'analytic-confidence',
    'high',
    ['confident'],
  ],
  // likelihood: WEP negatives before their positives
  [String.raw`almost\s+certainly\s+not`, 'wep', 'almost certainly not', ['certainly'], ['almost']],
  [String.raw`probably\s+not`, 'wep', 'probably not', ['probably'], ['probably']],
  [String.raw`chances\s+(?:are\s+)?about\s+even`, 'wep', 'chances about even', ['chances'], ['chances']],
  [String.raw`almost\s+no\s+chance`, 'icd-203', 'almost no chance', ['chance'], ['almost']],
  [String.raw`remote\s+(?:chance|possibility)`, 'uk-phia', 'remote chance', ['remote'], ['remote']],
  [String.raw`realistic\s+possibility`, 'uk-phia', 'realistic possibility', ['realistic'], ['realistic']],
  [String.raw`roughly\s+even\s+(?:chance|odds)`, 'icd-203', 'roughly even chance', ['roughly'], ['roughly']],
  [String.raw`even\s+chance`, 'nato', 'even chance', ['chance'], ['even']],
  [
    String.raw`(?:almost|nearly|virtually)\s+certain(?:ly|ty)?`,
    'icd-203',
    'almost certain',
    ['certain'],
    ['almost', 'nearly', 'virtually'],
  ],
  [String.raw`highly\s+(?:unlikely|improbable)`, 'uk-phia', 'highly unlikely', ['highly'], ['highly']],
  [String.raw`very\s+(?:unlikely|improbable)`, 'icd-203', 'very unlikely', ['very'], ['very']],
  [String.raw`highly\s+(?:likely|probable)`, 'uk-phia', 'highly likely', ['highly'], ['highly']],
  [String.raw`very\s+(?:likely|probabl[ey])`, 'icd-203', 'very likely', ['very'], ['very']],
  // "most likely", "extremely likely": read as ICD 203's "very likely", kept as written.
  [
    String.raw`(?:most|extremely)\s+(?:likely|probabl[ey])`,
    'icd-203',
    'very likely',
    ['most', 'extremely'],
    ['most', 'extremely'],
  ],
  [String.raw`(?:unlikely|improbabl[ey])`, 'icd-203', 'unlikely', ['unlikely', 'improbabl'], ['unlikely', 'improbabl']],
  [String.raw`(?:likely|probabl[ey])`, 'icd-203', 'likely', ['likely', 'probabl'], ['likely', 'probabl']],
  [String.raw`(?:in\s+all\s+likelihood)`, 'icd-203', 'likely', ['likelihood']],
  // legal allegations
  [String.raw`convicted`, 'legal-allegation', 'convicted', ['convicted'], ['convicted']],
  [String.raw`(?:indicted|indictments?|indict)`, 'legal-allegation', 'indicted', ['indict'], ['indict']],
  [
    String.raw`(?:criminal\s+)?(?:charged|charges|charging)`,
    'legal-allegation',
    'charged',
    ['charg'],
    ['criminal', 'charg'],
  ],
  [String.raw`(?:allegedly|alleged|alleges|allege|allegations?)`, 'legal-allegation', 'alleged', ['alleg'], ['alleg']],
  // "According to the complaint, X acted at the behest of …": the charging document's account is an allegation.
  [
    String.raw`according\s+to\s+(?:the\s+)?(?:unsealed\s+|criminal\s+)?(?:complaint|indictment|charging\s+documents?|court\s+(?:documents?|filings?|papers))`,
    'legal-allegation',
    'alleged',
    ['according'],
    ['according'],
  ],
  // estimative verbs without a calibrated band
  [
    String.raw`(?:strongly\s+)?(?:believed|believes|believe)`,
    'estimative-verb',
    'believed',
    ['believ'],
    ['strongly', 'believ'],
  ],
  [String.raw`thought\s+to(?:\s+be\b)?`, 'estimative-verb', 'believed', ['thought'], ['thought']],
  // "attackers reputedly linked to Russia", "North Korea appeared to be responsible": a judgement reported, not made.
  [String.raw`(?:reputedly|reputed)`, 'estimative-verb', 'believed', ['reputed'], ['reputed']],
  [String.raw`(?:appears|appeared|appear)(?=\s+to\s)`, 'estimative-verb', 'believed', ['appear'], ['appear']],
  // "can be linked to": a judgement that the link holds, as hedged as "believed" (lexicons read it as moderate).
  [
    String.raw`can\s+be\s+(?:linked|tied|connected|attributed|traced|associated)`,
    'estimative-verb',
    'believed',
    ['can'],
    ['can'],
  ],
  [String.raw`(?:suspected|suspects|suspect)`, 'estimative-verb', 'suspected', ['suspect'], ['suspect']],
  [
    String.raw`(?:possibly|possible|potentially|potential|may\s+have|might\s+(?:have|be)|could\s+(?:have|be))`,
    'estimative-verb',
    'possible',
    ['possib', 'potential', 'may', 'might', 'could'],
    ['possib', 'potential', 'may', 'might', 'could'],
  ],
  [
    String.raw`(?:assesses|assessed|assess|judges|judged|judge)`,
    'estimative-verb',
    'assessed',
    ['assess', 'judg'],
    ['assess', 'judg'],
  ],
  // statements of fact
  [String.raw`(?:confirmed|confirms|confirm)`, 'statement-of-fact', 'confirmed', ['confirm'], ['confirm']],
  [
    String.raw`(?:attributed|attributes|attribute|concluded|concludes|determined|announced|declared|stated|accused|blamed|named|identified)`,
    'statement-of-fact',
    'asserted',
    FACT_VERBS,
    FACT_VERBS,
  ],
]

const PATTERNS: Pattern[] = PHRASES.map(([src, scale, term, keywords, starts]) => {
  const source = String.raw`(?<![\p{L}\p{N}])(?:${src})(?![\p{L}\p{N}])`
  return { re: new RegExp(source, 'giu'), sticky: new RegExp(source, 'iuy'), scale, term, keywords, starts }
})

const ADMIRALTY = /^\s*([A-F])\s*[-/]?\s*([1-6])\s*$/
const RELIABILITY_WORDS: [RegExp, string][] = [
  [/^completely reliable$/i, 'A'],
  [/^usually reliable$/i, 'B'],
  [/^fairly reliable$/i, 'C'],
  [/^not usually reliable$/i, 'D'],
  [/^unreliable$/i, 'E'],
  [/^reliability cannot be judged$/i, 'F'],
]
const CREDIBILITY_WORDS: [RegExp, string][] = [
  [/^confirmed by other sources$/i, '1'],
  [/^probably true$/i, '2'],
  [/^possibly true$/i, '3'],
  [/^doubtfully true$|^doubtful$/i, '4'],
  [/^improbable$/i, '5'],
  [/^truth cannot be judged$/i, '6'],
]

function reading(text: string, scale: ConfidenceScale, term: string): ConfidenceReading {
  const def = SCALES[scale]
  const t = def.terms.find((x) => x.term === term)
  const r: ConfidenceReading = { text, scale, term, stix: t?.stix ?? null, kind: def.kind }
  if (t?.band) r.band = t.band
  return r
}

/** Priority of a kind when several readings are in one sentence: calibrated wording beats verbs. */
const KIND_RANK: Record<ConfidenceScale, number> = {
  'analytic-confidence': 0,
  'icd-203': 0,
  'uk-phia': 0,
  wep: 0,
  nato: 0,
  'admiralty-reliability': 0,
  'admiralty-credibility': 0,
  'legal-allegation': 1,
  'estimative-verb': 2,
  'statement-of-fact': 3,
}

/** Each pattern's keywords (lower case), in the order `findAllConfidenceWhere` numbers the patterns. */
export const CONFIDENCE_PATTERN_KEYWORDS: readonly (readonly string[])[] = PATTERNS.map((p) => p.keywords)
/** Each pattern's scale, in the same order: the scale of its readings (unless `prefer` moves them). */
export const CONFIDENCE_PATTERN_SCALES: readonly ConfidenceScale[] = PATTERNS.map((p) => p.scale)
/** Each pattern's start words (lower case; undefined where none are given): every match starts with one of them. */
export const CONFIDENCE_PATTERN_STARTS: readonly (readonly string[] | undefined)[] = PATTERNS.map((p) => p.starts)

/**
 * Every confidence wording inside a sentence, left to right, non-overlapping, each with its span.
 * `prefer` re-reads ambiguous likelihood terms on another scale (a UK text: "highly likely" is PHIA either way,
 * "almost certain" moves from ICD 203 to PHIA).
 */
export function findAllConfidence(sentence: string, prefer?: ConfidenceScale): ConfidenceMatch[] {
  // Case-insensitive with the u flag: ſ (long s) matches s, and K (Kelvin sign) lower-cases to k.
  let lower = sentence.toLowerCase()
  if (lower.includes('\u017f')) lower = lower.replace(/\u017f/g, 's')
  const mayMatch = PATTERNS.map((p) => p.keywords.some((k) => lower.includes(k)))
  return findAllConfidenceWhere(sentence, mayMatch, prefer)
}

/**
 * `findAllConfidence` for a caller that already knows which keywords the sentence holds (one pass over a whole
 * document). `tries[i]` says how to look for pattern i: false or undefined, not at all; true, by a scan of the
 * sentence; an array, only at those ascending offsets (repeats allowed).
 *
 * The result is the same as `findAllConfidence` whenever `tries[i]` is not false for every pattern one of whose
 * `CONFIDENCE_PATTERN_KEYWORDS[i]` the lower-cased sentence contains (a pattern matches only text that contains one
 * of its keywords), and an array holds every offset where one of `CONFIDENCE_PATTERN_STARTS[i]` occurs (lower-cased):
 * trying a sticky copy at every place a match can start gives the matches of the scan (as `matchAtStarts`).
 */
export function findAllConfidenceWhere(
  sentence: string,
  tries: ArrayLike<boolean | readonly number[] | undefined>,
  prefer?: ConfidenceScale,
): ConfidenceMatch[] {
  const found: ConfidenceMatch[] = []
  for (let i = 0; i < PATTERNS.length; i++) {
    const how = tries[i]
    if (!how) continue
    const p = PATTERNS[i]!
    if (how === true) {
      p.re.lastIndex = 0
      for (let m = p.re.exec(sentence); m; m = p.re.exec(sentence)) addMatch(found, p, m, prefer)
      continue
    }
    // The matches of the scan, in order: after a match, the scan resumes at its end (no match is empty).
    let pos = 0
    for (const at of how) {
      if (at < pos) continue
      p.sticky.lastIndex = at
      const m = p.sticky.exec(sentence)
      if (m === null) continue
      addMatch(found, p, m, prefer)
      pos = at + m[0].length
    }
  }
  return found.sort((a, b) => a.span[0] - b.span[0])
}

/** A match of a pattern, unless it overlaps one found before (an earlier pattern wins). */
function addMatch(found: ConfidenceMatch[], p: Pattern, m: RegExpExecArray, prefer?: ConfidenceScale): void {
  const s = m.index
  const e = s + m[0].length
  for (const f of found) if (f.span[0] < e && s < f.span[1]) return
  found.push({ reading: onScale(m[0], p.scale, p.term, prefer), span: [s, e] })
}

function onScale(text: string, scale: ConfidenceScale, term: string, prefer?: ConfidenceScale): ConfidenceReading {
  if (prefer && prefer !== scale && SCALES[scale].kind === 'likelihood' && SCALES[prefer].kind === 'likelihood') {
    if (SCALES[prefer].terms.some((t) => t.term === term)) return reading(text, prefer, term)
  }
  return reading(text, scale, term)
}

/**
 * The wording that best states how sure a sentence is: calibrated likelihood or confidence first, then a legal
 * allegation, then an estimative verb, then a statement of fact. Undefined when the sentence has none.
 */
export function findConfidence(sentence: string, prefer?: ConfidenceScale): ConfidenceMatch | undefined {
  const all = findAllConfidence(sentence, prefer)
  let best: ConfidenceMatch | undefined
  for (const m of all) if (!best || KIND_RANK[m.reading.scale] < KIND_RANK[best.reading.scale]) best = m
  return best
}

/**
 * Read a confidence wording given on its own ("almost certainly", "with high confidence", "B2", "usually reliable",
 * "charged"). Undefined when it is not on any known scale. An Admiralty grade such as "B2" gives the reliability
 * reading (its credibility: `parseAdmiralty`).
 */
export function parseConfidence(text: string, prefer?: ConfidenceScale): ConfidenceReading | undefined {
  const t = text.trim()
  if (t === '') return undefined
  const adm = parseAdmiralty(t)
  if (adm) return adm.reliability ?? adm.credibility
  const m = findConfidence(t, prefer)
  if (!m) return undefined
  return { ...m.reading, text }
}

/** An Admiralty (NATO STANAG 2511) grade: "B2", "B-2", "A", "3", "usually reliable", "probably true". */
export function parseAdmiralty(
  text: string,
): { reliability?: ConfidenceReading; credibility?: ConfidenceReading } | undefined {
  const t = text.trim()
  const m = ADMIRALTY.exec(t)
  if (m) {
    return {
      reliability: reading(t, 'admiralty-reliability', m[1]!),
      credibility: reading(t, 'admiralty-credibility', m[2]!),
    }
  }
  if (/^[A-F]$/.test(t)) return { reliability: reading(t, 'admiralty-reliability', t) }
  if (/^[1-6]$/.test(t)) return { credibility: reading(t, 'admiralty-credibility', t) }
  for (const [re, term] of RELIABILITY_WORDS)
    if (re.test(t)) return { reliability: reading(t, 'admiralty-reliability', term) }
  for (const [re, term] of CREDIBILITY_WORDS)
    if (re.test(t)) return { credibility: reading(t, 'admiralty-credibility', term) }
  return undefined
}
