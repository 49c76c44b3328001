/**
 * Partners who join an attribution. A joint attribution often names its lead first ("The Australian Signals
 * Directorate has publicly blamed APT40 …") and its partners in a later sentence that repeats no claim ("It worked
 * with its Five Eyes partners, New Zealand, Canada, …"). Each partner state attributes what the lead attributed, with
 * the lead's confidence; the claim's evidence is the partner sentence. A partner agency stands for its state, so it
 * adds a claim only when no claim of its state links the same party already ("Co-authors included CISA, the NSA …"
 * after the states were listed).
 */
import { type AttributionClaim, isTargetPosition, mayEndorse, type Party } from './claims.ts'
import type { Sentence } from './text.ts'

/**
 * The claims the partners named in `partnerSentences` join: for each such sentence that states no claim of its own,
 * the claims on threat actors of the last attributor before it. `accused` are the countries attributed as responsible
 * (never partners). Returns the new claims only.
 */
export function partnerAttributions(
  text: string,
  partnerSentences: Sentence[],
  attributions: AttributionClaim[],
  parties: Party[],
  accused: Set<string | undefined>,
): AttributionClaim[] {
  const out: AttributionClaim[] = []
  // Countries that already link each attributed party (by name): a partner agency of one adds nothing.
  const linking = new Map<string, Set<string>>()
  for (const a of attributions) noteLink(linking, a)
  // (The sentences that hold a claim already, by where they start.)
  const claimedAt = new Set(attributions.map((a) => a.sentence.start))
  for (const s of partnerSentences) {
    // A sentence with a claim of its own, or with an attributing word the claim finder could not read, is left alone.
    if (claimedAt.has(s.start) || OWN_CLAIM.test(s.text)) continue
    // The partners must act with the lead ("worked with", "joined", "co-authored"), not merely be partners.
    if (!JOINT_ACTION.test(s.text)) continue
    const lead = leadClaims(attributions, s)
    if (lead.length === 0) continue
    const leader = lead[0]!.attributor
    for (const p of parties) {
      if (p.span[0] < s.start || p.span[1] > s.end) continue
      if (!p.country || accused.has(p.country) || p.country === leader.country || p.name === leader.name) continue
      const state = p.kind === 'country' || p.kind === 'government'
      if (!(state || p.kind === 'agency') || (state && isTargetPosition(text, p, true))) continue
      for (const l of lead) {
        if (linking.get(l.attributed.name)?.has(p.country)) continue
        const claim: AttributionClaim = {
          ...l,
          attributor: p,
          sentence: s,
          span: [s.start, s.end],
          quote: s.text,
        }
        out.push(claim)
        noteLink(linking, claim)
      }
    }
  }
  return out
}

// (And a finding of its own, such as a forecast: "Together with CSE, the NCSC has concluded that APT29 will continue …".)
const OWN_CLAIM =
  /\b(?:attribut(?:ed|es|e|ing)|blam(?:ed|es|e|ing)|accus(?:ed|es|e|ing)|responsible|behind|(?:concluded|found|assesse[sd]|judged?|determined)\s+that)\b/i
const JOINT_ACTION =
  /\b(?:work(?:ed|ing)?\s+(?:closely\s+)?with|join(?:ed|ing|s)?|together\s+with|alongside|co-?(?:seal|sign|author)\w*|(?:signed|endorsed)\s+by|jointly|in\s+(?:partnership|cooperation|co-operation|coordination|concert)\s+with|supported\s+by|backed\s+by)\b/i
/** How far before the partner sentence the lead's claim may be: the partners are named in the same passage. */
const LEAD_WITHIN = 600

/**
 * What the lead's claims link: threat actors, or, in a passage that names none, a state body ("sets out how unit 26165
 * of the GRU …; the advisory has been signed by …").
 */
function leadKind(attributions: AttributionClaim[], s: Sentence): 'actor' | 'state-body' {
  // (Only partners that sign the statement join a claim on a state body: "working together with" names no co-author.)
  if (!SIGNING.test(s.text)) return 'actor'
  for (const a of attributions)
    if (a.sentence.end <= s.start && s.start - a.sentence.end <= LEAD_WITHIN && a.attributed.kind === 'actor')
      return 'actor'
  return 'state-body'
}
const SIGNING = /\b(?:(?:co-?)?signed|co-?sealed|endorsed|co-?authored)\b/i

/**
 * The lead's claims before `s`: those of the last attributor named before it that link threat actors (or bodies).
 * With `anyKind`, the claims of the last attributor whatever they link, when none links a threat actor ("… said
 * Russian military intelligence was responsible. Estonia also joined the attribution").
 */
function leadClaims(attributions: AttributionClaim[], s: Sentence, anyKind = false): AttributionClaim[] {
  let kind = leadKind(attributions, s)
  let last: AttributionClaim | undefined
  for (const a of attributions) if (a.sentence.end <= s.start && a.attributed.kind === kind) last = a
  if (!last && anyKind) {
    for (const a of attributions) if (a.sentence.end <= s.start) last = a
    if (last) kind = last.attributed.kind as typeof kind
  }
  if (!last || s.start - last.sentence.end > LEAD_WITHIN) return []
  const seen = new Set<string>()
  return attributions.filter((a) => {
    if (a.sentence.start !== last.sentence.start || a.attributor.name !== last.attributor.name) return false
    if (a.attributed.kind !== kind || seen.has(a.attributed.name)) return false
    seen.add(a.attributed.name)
    return true
  })
}

// Agreeing with a claim made before: "The NSA has said that it agrees with this attribution", "the assessment is
// endorsed by …", "…, which is also supported by CISA". Gated on the nouns and participles every match holds, and each
// sentence on the verbs (`mayEndorse`). Exported for the test of that gate.
export const ENDORSE =
  /\b(?:agree[sd]?|concur(?:s|red)?)\s+with\s+(?:this|the|that|these|its|their)\s+(?:(?:UK|US|U\.S\.|British|Canadian|joint|public)\s+)?(?:attribution|assessment|findings?|conclusions?|judge?ments?)\b|\b(?:endorse[sd]?|support(?:s|ed)?|share[sd]?)\s+(?:this|the|that|these)\s+(?:attribution|assessment|findings?|conclusions?)\b|\b(?:is|was|are|were)\s+(?:also\s+)?(?:supported|endorsed|shared)\s+by\b/i
// Joining a claim made before, as its subject: "Estonia and Latvia also joined the attribution, as did the Council",
// "The United Kingdom and Sweden issued statements of support", "NATO Allies stand in solidarity with Germany", "The
// UK welcomed the statement and said it stood with its European partners".
// ("The EU, Canada and Japan joined Washington in condemning the hacking", "… issued statements condemning the
// campaign", "Australia and New Zealand said they had reached the same conclusions": the joiners are the subjects.)
export const ENDORSE_JOINING =
  /\b(?:(?:also\s+)?join(?:s|ed)?\s+(?:in\s+)?(?:the|this|that|these|its|their)\s+(?:(?:joint|public)\s+)?(?:attribution|assessment|condemnation)|issued\s+(?:an?\s+|(?:their|its)\s+(?:own\s+)?)?(?:statements?|declarations?)\s+(?:of|in)\s+support|(?:expressed|expresses|express|voiced|voices|voice|declared|declares|declare)\s+(?:(?:its|their)\s+)?(?:(?:full|strong|firm)\s+)?(?:support|solidarity)|stands?\s+in\s+(?:full\s+)?solidarity\s+with|welcome[sd]?\s+(?:the|this|that)\s+(?:(?:joint|public)\s+)?(?:attribution|statement|declaration|announcement)|st(?:and|ands|ood)\s+(?:firmly\s+)?(?:with|by|alongside)\s+(?:its|their|our)\s+(?:[\w-]+\s+)?(?:partners|allies)|echo(?:ed|es)?\s+(?:the|this|that)\s+(?:attribution|assessment)|join(?:s|ed)?\s+(?:[\w.'’-]+\s+){1,3}?in\s+(?:publicly\s+)?(?:condemning|accusing|attributing|blaming|calling\s+out|denouncing)|issued\s+(?:(?:their|its)\s+(?:own\s+)?|separate\s+|similar\s+)?statements?\s+condemning|reached\s+(?:the\s+)?same\s+(?:conclusions?|assessment))\b/i
// The acts a state joins another in ("joined Washington in condemning"): each a joining that takes up the claim.
const JOINED_ACTS = ['condemning', 'accusing', 'attributing', 'blaming', 'calling out', 'denouncing']
const ENDORSE_WORDS = [
  ...JOINED_ACTS,
  'support',
  'solidarity',
  'statement',
  'declaration',
  'announcement',
  'partners',
  'allies',
  'attribution',
  'assessment',
  'finding',
  'conclusion',
  'judgement',
  'judgment',
  'supported by',
  'endorsed by',
  'shared by',
]
const ENDORSER_KINDS = new Set<Party['kind']>(['agency', 'country', 'government', 'vendor', 'alliance'])

/**
 * The claims of parties that agree with the lead's claims before them ("The NSA has said that it agrees with this
 * attribution …, which is also supported by CISA"): each party named in such a sentence, other than the lead, states
 * the lead's claims on threat actors as fact, with the sentence as evidence. Returns the new claims only, and the
 * parties that only support the statement ("issued statements of support", "stand in solidarity with"): they join
 * it without saying who is responsible.
 */
export function endorsements(
  text: string,
  sents: Sentence[],
  attributions: AttributionClaim[],
  parties: Party[],
  accused: Set<string | undefined>,
): { claims: AttributionClaim[]; supporters: Party[] } {
  const out: AttributionClaim[] = []
  const supporters: Party[] = []
  // Whether the text holds one of ENDORSE_WORDS as written: asked at the first match only (before it nothing is found,
  // so a text without any still gives none, as when it was asked first), as a search of the whole text per word costs
  // more than the few sentence gates.
  let worded: boolean | undefined
  for (const s of sents) {
    // (Only a sentence holding one of the verbs every match holds is searched.)
    const may = mayEndorse(text, s)
    let m = may ? ENDORSE.exec(s.text) : null
    // (Joining as the subject: the parties before the verb endorse, and those after "as did".)
    let subjectsTo = -1
    let asDid = -1
    if (!m && may) {
      m = ENDORSE_JOINING.exec(s.text)
      if (m) {
        subjectsTo = s.start + m.index
        const did = s.text.indexOf(' as did ', m.index + m[0].length)
        if (did >= 0) asDid = s.start + did
      }
    }
    if (!m) continue
    worded ??= ENDORSE_WORDS.some((w) => text.includes(w))
    if (!worded) return { claims: [], supporters: [] }
    if (attributions.some((a) => a.sentence.start === s.start && a.attributed.kind === 'actor')) continue
    // (A lead that links no threat actor, only a state or its body, is joined as a statement: its joiners co-sign it
    // but make no claim of their own, as before this form was read.)
    let lead = leadClaims(attributions, s)
    let statementOnly = false
    // ("The NCSC assesses that APT29 is almost certainly part of the SVR. The NSA, CISA … agree with this attribution":
    // partners that agree with the attribution itself take up its link to a state body, with its wording.)
    let sameWording = false
    if (lead.length === 0) {
      lead = leadClaims(attributions, s, true)
      sameWording =
        subjectsTo < 0 && TAKES_UP_CLAIM.test(m[0]) && lead.length > 0 && lead[0]!.attributed.kind === 'state-body'
      statementOnly = !sameWording
    }
    if (lead.length === 0) continue
    const leader = lead[0]!.attributor
    const named = new Set<string>()
    for (const p of parties) {
      if (p.span[0] < s.start || p.span[1] > s.end || !ENDORSER_KINDS.has(p.kind)) continue
      if (subjectsTo >= 0 && p.span[1] > subjectsTo && (asDid < 0 || p.span[0] < asDid)) continue
      if (p.name === leader.name || named.has(p.name) || (p.country && accused.has(p.country))) continue
      // ("the Australian Signals Directorate's Australian Cyber Security Centre": the centre speaks, not its parent.)
      if (
        POSSESSIVE_OF_NEXT.test(text.slice(p.span[1], p.span[1] + 3)) &&
        parties.some((q) => q.span[0] === p.span[1] + 3 && ENDORSER_KINDS.has(q.kind))
      )
        continue
      if ((p.kind === 'country' || p.kind === 'government') && isTargetPosition(text, p, true)) continue
      named.add(p.name)
      if (statementOnly || (subjectsTo >= 0 && !JOINED_CLAIM.test(m[0]))) {
        supporters.push(p)
        continue
      }
      // (The verb, not the auxiliary of a passive: "is also shared by" → "shared".)
      const verb = m[0]
        .trim()
        .split(/\s+/)
        .find((w) => !/^(?:is|are|was|were|also)$/i.test(w))!
      // (A joining is told by its whole phrase: "stand in solidarity with", "issued statements of support".)
      const told = subjectsTo >= 0 ? m[0].trim() : verb
      for (const l of lead) {
        const claim: AttributionClaim = {
          attributor: p,
          attributed: l.attributed,
          confidenceText: sameWording ? l.confidenceText : told,
          cue: told,
          sentence: s,
          span: [s.start, s.end],
          quote: s.text,
        }
        if (sameWording && l.confidence) claim.confidence = l.confidence
        out.push(claim)
      }
    }
  }
  return { claims: out, supporters }
}
const POSSESSIVE_OF_NEXT = /^['’]s\s$/
// Agreeing with the attribution or assessment itself, not with a statement or its details.
const TAKES_UP_CLAIM = /\b(?:attribution|assessment|findings?|conclusions?|judge?ments?)\b/i
// A joining that takes up the claim itself ("joined the attribution", "echoed the assessment"), not only its statement.
const JOINED_CLAIM = new RegExp(
  ['attribution', 'assessment', 'condemnation', ...JOINED_ACTS, 'conclusion']
    .map((w) => w.replace(' ', String.raw`\s+`))
    .join('|'),
  'i',
)
/** Records that `a`'s attributor's country links its attributed party. */
function noteLink(linking: Map<string, Set<string>>, a: AttributionClaim): void {
  if (!a.attributor.country) return
  let set = linking.get(a.attributed.name)
  if (!set) linking.set(a.attributed.name, (set = new Set()))
  set.add(a.attributor.country)
}
