/**
 * Report text → everything Mosaic extracts from it, each item with its span(s), and the extraction summary in the
 * schema of the extraction development set (actors, aliases_asserted, state_sponsors, organizations, individuals,
 * attributions, denials, cosigners, campaigns, cves, sectors, countries_targeted, numbers, iocs, dates).
 */

import { groupBy } from '../lib/collections.ts'
import { normalizeAlias } from '../resolve/normalize.ts'
import { type ActorMatcher, type ActorMention, findActorShapes } from './actors.ts'
import { findNamedClusters, namedCrimeGroups, numberedSiblings } from './actors-named.ts'
import { type AttrCandidate, attributionCandidates } from './attr-model.ts'
import {
  AGENCIES_OF_BEFORE,
  AGENCIES_OF_WORD,
  type AliasClaim,
  type AttributionClaim,
  buildParties,
  type DenialClaim,
  findAliasLists,
  findAttributions,
  findDenials,
  GROUP_NOUN_END,
  inDoubt,
  initialsOf,
  JOINT_VOICE,
  measureVerbStarts,
  PARTNERS_INCLUDING_BEFORE,
  type Party,
  party,
  unitName,
} from './claims.ts'
import { headerAuthor, reportAuthor } from './claims-author.ts'
import { listOwner } from './claims-cosigners.ts'
import { stateName as governmentName } from './claims-names.ts'
import { endorsements, partnerAttributions } from './claims-partners.ts'
import { relativeClaims } from './claims-relative.ts'
import { selfClaims } from './claims-self.ts'
import {
  alsoSectorOf,
  type CampaignMention,
  type CountryMention,
  type CveMention,
  capitalNamed,
  countryNamed,
  type DateMention,
  findCampaigns,
  findCountries,
  findCves,
  findDates,
  findNumbers,
  findOrgs,
  findPeople,
  findSectors,
  findStateBodies,
  findTargetCountries,
  hasAlignRun,
  isNumberedBody,
  knownOrgNamed,
  type NumberMention,
  type OrgMention,
  type PersonMention,
  partnerWordStarts,
  type SectorMention,
  type Span,
  type StateBodyMention,
  speakingCompanies,
} from './entities.ts'
import { COUNTRIES, OFFICIAL_STATE } from './gazetteer.ts'
import { findIocs, type Ioc, type NonIoc } from './iocs.ts'
import { isWordChar } from './matcher.ts'
import { matchAtStarts, stickyCopy, textHas, wordStartOccurrences, wordStartsBeforeAnchors } from './scan.ts'
import {
  anyOverlaps,
  countBelow,
  DATELINE,
  firstStartingAtOrAfter,
  isSpaceCode,
  itemsInside,
  lastEndingAtOrBefore,
  NUMBER_WORDS,
  overlapping,
  overlaps,
  type Sentence,
  SpanSet,
  sentences,
  sortedBySpanStart,
  spansInside,
} from './text.ts'

export interface ExtractOptions {
  /** The compiled alias index; without it actors are recognised by shape and by alias lists in the text only. */
  matcher?: ActorMatcher
  /** Who published the report (summaries name "we" after it). */
  publisher?: string
  /** The publisher's own domains (never indicators). */
  publisherDomains?: string[]
  /** Receives every attribution candidate with its features (for training the pair scorer, attr-model.ts). */
  attrCandidates?: AttrCandidate[]
}

export interface Extraction {
  text: string
  actors: ActorMention[]
  aliasClaims: AliasClaim[]
  countries: CountryMention[]
  stateBodies: StateBodyMention[]
  orgs: OrgMention[]
  people: PersonMention[]
  parties: Party[]
  attributions: AttributionClaim[]
  denials: DenialClaim[]
  sponsors: { name: string; text: string; span: Span; country?: string }[]
  cosigners: { name: string; span: Span; via: string }[]
  campaigns: CampaignMention[]
  cves: CveMention[]
  sectors: SectorMention[]
  countriesTargeted: { country: string; text: string; span: Span }[]
  numbers: NumberMention[]
  iocs: Ioc[]
  nonIocs: NonIoc[]
  dates: DateMention[]
}

/** Extract entities and claims from report text. Pure; offsets refer to `text`. */
export function extractFromText(text: string, options: ExtractOptions = {}): Extraction {
  const sents = sentences(text)
  const { iocs, nonIocs } = findIocs(text, options.publisherDomains)
  // Built by pushing, not by spreading two mapped arrays: an empty and a full mapped array have different element
  // kinds, and the spread's map check then deoptimised this function on every other document.
  const masked: Span[] = []
  for (const i of iocs) masked.push(i.span)
  for (const n of nonIocs) masked.push(n.span)
  // URLs anywhere (also reference links) hide what is inside them.
  masked.push(...linkSpans(text))

  // Actors: alias index, then shapes, then alias lists asserted by the text.
  const mask = new SpanSet(masked)
  let actors: ActorMention[] = options.matcher ? options.matcher.find(text) : []
  actors = actors.filter((a) => !mask.overlaps(a.span))
  for (const s of findActorShapes(text)) {
    if (mask.overlaps(s.span)) continue
    if (anyOverlaps(actors, s.span)) continue
    actors.push(s)
  }
  // Names the text coins for a cluster ("We track the activity as TTI-2291"), and the same series' other numbers ("A
  // second, smaller cluster, TTI-2307, …"): a vendor numbers its clusters under one prefix.
  const coined = findNamedClusters(text)
  for (const s of coined.concat(numberedSiblings(text, coined), namedCrimeGroups(text))) {
    if (mask.overlaps(s.span) || anyOverlaps(actors, s.span)) continue
    actors.push(s)
  }
  actors.sort((a, b) => a.span[0] - b.span[0])
  // A shape-only name takes the canonical of an indexed actor it is listed with.
  const aliasLists = findAliasLists(text, actors)
  actors = actors.concat(aliasLists.mentions).sort((a, b) => a.span[0] - b.span[0])
  // (Without new mentions the actors are those the first pass read: it would find the same lists again, whose claims
  // the dedupe below drops.)
  const second: typeof aliasLists =
    aliasLists.mentions.length > 0 ? findAliasLists(text, actors) : { claims: [], mentions: [] }
  for (const m of second.mentions) if (!anyOverlaps(actors, m.span)) actors.push(m)
  actors.sort((a, b) => a.span[0] - b.span[0])
  // Names learnt from the text's own alias lists are actors wherever else they occur.
  const learnt = new Set<string>()
  for (const m of aliasLists.mentions.concat(second.mentions)) {
    if (m.mention.length < 4 || learnt.has(m.mention)) continue
    learnt.add(m.mention)
    for (const start of wholeWordOccurrences(text, m.mention)) {
      const span: Span = [start, start + m.mention.length]
      if (mask.overlaps(span) || anyOverlaps(actors, span)) continue
      const am: ActorMention = { mention: m.mention, canonical: m.canonical, span, via: 'alias-list' }
      if (m.actorId) am.actorId = m.actorId
      actors.push(am)
    }
  }
  actors.sort((a, b) => a.span[0] - b.span[0])
  const aliasClaims = dedupeAliasClaims(aliasLists.claims.concat(second.claims))
  unifyCanonicals(actors, aliasClaims)

  const actorSpans = spansOf(actors)
  const stateBodies = findStateBodies(text, masked, actorSpans)
  const bodySpans = spansOf(stateBodies)
  const actorNames = new Set<string>()
  for (const a of actors) actorNames.add(a.mention).add(a.canonical)
  const orgs = findOrgs(text, masked, actorSpans.concat(bodySpans)).filter((o) => !actorNames.has(o.name))
  initialsOfOrgs(text, orgs, new SpanSet(masked.concat(actorSpans, bodySpans)))
  const orgSpans = spansOf(orgs)
  const named = new SpanSet(orgSpans.concat(bodySpans, actorSpans))
  const countries = findCountries(text, masked).filter((c) => !named.overlaps(c.span))
  const known = new Set<string>()
  for (const c of countries) known.add(c.text)
  for (const o of orgs) known.add(o.name)
  const people = findPeople(text, sents, masked.concat(actorSpans, orgSpans, bodySpans), notPersonName(known))
  employers(text, people, orgs, named, countries)
  // "Radiant Capital said", "ThreatMon reported": a company named only as a speaker (see speakingCompanies).
  const speaking = speakingCompanies(
    text,
    new SpanSet(masked.concat(actorSpans, spansOf(orgs), bodySpans, spansOf(countries), spansOf(people))),
  )
  if (speaking.length) {
    orgs.push(...speaking)
    orgs.sort((a, b) => a.span[0] - b.span[0])
  }

  const parties = buildParties({
    text,
    actors,
    countries,
    bodies: stateBodies,
    orgs,
    people,
    personCountry: personCountryIn(text, countries, stateBodies, orgs),
  })
  const unattributed: Party[] = []
  // The author a press release, advisory or vendor post names in its header states what no one else is said to.
  const header = options.publisher ? undefined : headerAuthor(text, orgs)
  const voice: Party | undefined = options.publisher
    ? party(options.publisher, options.publisher, [0, 0], 'vendor')
    : header &&
      party(
        header.name,
        header.text,
        header.span,
        header.kind === 'vendor' || header.kind === 'company'
          ? 'vendor'
          : header.kind === 'alliance'
            ? 'alliance'
            : 'agency',
        header.country ? header.country : undefined,
      )
  // A vendor the header names by its shape alone ("Tidewater Threat Intelligence | 18 November 2025") is an organisation
  // the text names.
  if (header && header.span[1] > header.span[0] && !orgs.some((o) => overlaps(o.span, header.span))) {
    orgs.push(header)
    orgs.sort((a, b) => a.span[0] - b.span[0])
  }
  // "… after the Government designated 11 individuals": in a state's own release (a ministry's, in its English
  // version) "the Government" alone is the author's government.
  if (voice?.kind === 'agency' && voice.country && text.includes(' Government')) {
    const before = parties.length
    for (const m of text.matchAll(OWN_GOVERNMENT)) {
      const span: Span = [m.index + m[0].length - 10, m.index + m[0].length]
      if (anyOverlaps(parties, span)) continue
      parties.push(party(governmentName(voice.country), 'Government', span, 'government', voice.country))
    }
    if (parties.length > before) parties.sort((a, b) => a.span[0] - b.span[0])
  }
  let attributions = findAttributions(text, sents, parties, unattributed, voice)
  // Resolve "we" to the publisher when known, else to the author the text names (its header, byline or own voice).
  const firstWe = attributions.find((a) => a.attributor.kind === 'we')
  const author =
    options.publisher ??
    header?.name ??
    (firstWe ? reportAuthor(text, orgs, firstWe.attributor.span[0])?.name : undefined)
  if (author) {
    for (const a of attributions)
      if (a.attributor.kind === 'we') a.attributor = { ...a.attributor, name: author, kind: 'vendor' }
  } else {
    // With no author known, "we" is the firm or agency named last before it ("Mandiant published a report. … We
    // attribute this activity to APT29."), never "we" itself.
    // (A party the claim rules know as a speaker: not an organisation found by its shape alone, "Threat Intelligence
    // Blog".)
    let lastEndingBy: ((at: number) => Party | undefined) | undefined
    for (const a of attributions) {
      if (a.attributor.kind !== 'we') continue
      lastEndingBy ??= lastEndingAtOrBefore(parties.filter(firmOrAgency))
      const last = lastEndingBy(a.attributor.span[0])
      if (last) a.attributor = { ...a.attributor, name: last.name, kind: last.kind, country: last.country }
    }
  }
  attributions = attributions.filter((a) => a.attributor.name !== a.attributed.name && !arrestRequest(text, a))
  // "originated from China and Hong Kong": a special administrative region is where traffic came from, no state that
  // answers for it.
  attributions = attributions.filter(
    (a) =>
      !(a.attributed.country && NO_STATE_OF_ITS_OWN.has(a.attributed.country) && STATE_KINDS.has(a.attributed.kind)),
  )
  // Accused states are the attributed countries: drop attributions *by* them. A state that is both (a rejection read
  // as a counter-claim: "China dismissed the charge by Washington that it was to blame") is accused only when it is
  // named as responsible at least as often as it names another state or state body.
  const asAttributed = new Map<string, number>()
  const asAttributor = new Map<string, number>()
  for (const a of attributions) {
    const c = a.attributed.country
    // (Every voice of a state counts, whatever it links, actors and people too: a release whose agencies make seven
    // claims is not its state's accusation by one stray link that names the state.)
    const by = a.attributor.country
    if (by && by !== c && STATE_VOICE_KINDS.has(a.attributor.kind))
      asAttributor.set(by, (asAttributor.get(by) ?? 0) + 1)
    if (!c || a.attributed.kind === 'actor') continue
    asAttributed.set(c, (asAttributed.get(c) ?? 0) + 1)
  }
  const accused = new Set<string>()
  for (const [c, n] of asAttributed) if (n >= (asAttributor.get(c) ?? 0)) accused.add(c)
  // Its officials and its government do not accuse it either (a person placed in the accused state by the nearest
  // name before them: "… point the finger at Moscow. Foreign Minister X said …").
  attributions = attributions.filter(
    (a) => !(STATE_VOICE_KINDS.has(a.attributor.kind) && a.attributor.country && accused.has(a.attributor.country)),
  )

  attributions = countedGroupsNamed(attributions, parties)
  attributions = measuredGroupsNamed(text, sents, attributions, people)
  attributions = measureLists(text, sents, attributions, parties, people)
  attributions = chargedInLegalClaims(text, attributions, parties, people)
  attributions = chargedByTheAuthority(text, sents, attributions, parties, people)
  attributions = namedInRole(text, sents, attributions, parties)
  attributions = describedActorSponsors(text, attributions, actors)

  // A counted group ("nine Iranian nationals", "seven individuals") is the party of a claim only where its people go
  // unnamed: when the same attributor's claims name people one by one, they are the parties.
  const namesPeople = new Set<string>()
  for (const a of attributions)
    if (a.attributed.kind === 'individual' && !a.attributed.defendants) namesPeople.add(a.attributor.name)
  if (namesPeople.size)
    attributions = attributions.filter((a) => !(a.attributed.defendants && namesPeople.has(a.attributor.name)))

  // One claim per attributor, attributed party, confidence and sentence: several cues for one link in a sentence ("run by
  // agents of the GRU", "members of a group belonging to the FSB that is responsible") state it once.
  const claimKeys = new Set<string>()
  attributions = attributions.filter((a) => {
    const c = a.confidence
    const level = c ? `${c.scale}:${c.stix ?? c.term}` : 'fact'
    // Per sentence: the same link stated again elsewhere is another claim (another incident, another occasion).
    const key = `${a.attributor.name}\u0000${a.attributed.name}\u0000${level}\u0000${a.sentence.start}`
    if (claimKeys.has(key)) return false
    claimKeys.add(key)
    return true
  })

  // A headline that states flatly a link the body hedges ("Chinese hackers targeted …, Kaspersky says" over "are
  // suspected of breaking into …, according to Kaspersky") compresses the same claim: the body's wording stands.
  // The same in one sentence: "attributed to a suspected China-nexus group" is one hedged link to China, not a flat one
  // beside it. (One pass: only flat claims are dropped, and only hedged ones fill the two sets.)
  const hedged = new Set<string>()
  const hedgedIn = new Set<string>()
  for (const a of attributions) {
    if (!a.confidence) continue
    if (a.sentence.start > 0) hedged.add(pairKey(a))
    if (HEDGE_KINDS.has(a.confidence.kind)) hedgedIn.add(`${pairKey(a)}\u0000${a.sentence.start}`)
  }
  if (hedged.size || hedgedIn.size)
    attributions = attributions.filter(
      (a) =>
        a.confidence ||
        !((a.sentence.start === 0 && hedged.has(pairKey(a))) || hedgedIn.has(`${pairKey(a)}\u0000${a.sentence.start}`)),
    )

  // Claims of responsibility: a group names itself (after the filter above, which drops a party linked to itself).
  for (const c of selfClaims(text, sents, parties)) attributions.push(c)
  // What a relative clause says its speaker holds of the party before it ("the Lazarus group, which the agencies say has
  // been running …"), unless the sentence's own cues read the same claim.
  // (A set of the claims' keys, not a walk of the claims for each: a long text holds many of both.)
  const relative = relativeClaims(text, sents, parties)
  if (relative.length) {
    const claimKey = (a: AttributionClaim) => `${a.attributor.name}\u0000${a.attributed.name}\u0000${a.sentence.start}`
    const made = new Set(attributions.map(claimKey))
    for (const c of relative)
      if (!made.has(claimKey(c))) {
        made.add(claimKey(c))
        attributions.push(c)
      }
  }

  // A state's denial through its ministry or embassy and the same state's words around it ("China firmly opposes all
  // forms of cyberattack, he said") are one denial: the named body's.
  const denials = oneDenialPerState(findDenials(text, sents, orgs, countries, attributions, people))
  embassyHosts(text, denials)

  // State sponsors: attributed states and state bodies, sponsor adjectives, and every state body named.
  const sponsors: Extraction['sponsors'] = []
  // A state or state body linked as responsible is a sponsor, whether or not the text says who links it ("hackers
  // working for the Russian government", "the group operates on behalf of the Chinese state").
  // (Two loops, not one over a flattened copy of both lists: `flat` is a slow builtin, 1% of the extraction.)
  for (const a of attributions) addLinkedSponsor(sponsors, a.attributed)
  for (const t of unattributed) addLinkedSponsor(sponsors, t)
  for (const p of parties) if (p.kind === 'sponsor') addSponsor(sponsors, p.name, p.text, p.span, p.country)
  // A body named only where the text doubts a link ("not yet known whether X is tied to the MSS") is no sponsor.
  const doubted = new Set(stateBodies.map((b) => b.body.name))
  for (const b of stateBodies)
    if (!inDoubt(text, sentenceStart(sents, b.span[0]), b.span[0])) doubted.delete(b.body.name)
  for (const b of stateBodies) {
    if (doubted.has(b.body.name)) continue
    const unit = unitName(b)
    addSponsor(sponsors, unit, b.text, b.span, b.body.country)
    // "GRU Unit 74455" names the GRU too.
    if (unit !== b.body.name && b.text.includes(b.body.name))
      addSponsor(sponsors, b.body.name, b.text, b.span, b.body.country)
  }

  // A state body linked as responsible stands for its state: the state is a sponsor too ("a group associated with the
  // Ministry of State Security of China" makes China one).
  for (const a of attributions)
    if (a.attributed.kind === 'state-body' && a.attributed.country)
      addSponsor(
        sponsors,
        governmentName(a.attributed.country),
        a.attributed.text,
        a.attributed.span,
        a.attributed.country,
      )

  // Co-signers: governments and alliances that attribute, and the governments of partner agencies.
  const cosigners: Extraction['cosigners'] = []
  const accusedCountries = new Set(attributions.map((a) => a.attributed.country).filter(Boolean))
  // A vendor's own report (its header names it, and it speaks as a vendor): the services it cites are background.
  const vendorReport =
    voice?.kind === 'vendor' ||
    (voice !== undefined &&
      attributions.some((a) => a.attributor.kind === 'vendor' && a.attributor.name === voice.name))
  // "Today the United States, in coordination with the United Kingdom, is designating …": a state the attributing one
  // acts with, in the claim's sentence before its cue.
  const coordinated = new Set<number>()
  // (Only the parties inside the sentence, found by their starts when they are in order of them, as buildParties gives
  // them: the same parties, in the same order, as a walk over all.)
  const byStart = sortedBySpanStart(parties)
  for (const a of attributions) {
    if (a.background || coordinated.has(a.sentence.start) || !STATE_VOICE_KINDS.has(a.attributor.kind)) continue
    coordinated.add(a.sentence.start)
    for (const q of byStart ? spansInside(parties, a.sentence.start, a.sentence.end) : parties) {
      if (
        q.span[0] < a.sentence.start ||
        q.span[1] > a.sentence.end ||
        (q.kind !== 'country' && q.kind !== 'government')
      )
        continue
      if (!q.country || accusedCountries.has(q.country)) continue
      if (COORDINATED_WITH_BEFORE.test(text.slice(Math.max(a.sentence.start, q.span[0] - 60), q.span[0])))
        addCosigner(cosigners, governmentName(q.country), q.span, 'coordinating state')
    }
  }
  // "…, according to a joint advisory by the FBI, CISA, the CSE and the AFP": one claim made by the agencies of several
  // states, each of which joins (partner agencies stand for their governments).
  const agencyStates = new Map<string, Map<string, Span>>()
  for (const a of attributions) {
    const p = a.attributor
    if (a.background || p.kind !== 'agency' || !p.country || accusedCountries.has(p.country)) continue
    const key = `${a.sentence.start}\u0000${a.cue}`
    let states = agencyStates.get(key)
    if (!states) agencyStates.set(key, (states = new Map()))
    if (!states.has(p.country)) states.set(p.country, p.span)
  }
  for (const states of agencyStates.values())
    if (states.size >= 2)
      for (const [country, span] of states) addCosigner(cosigners, governmentName(country), span, 'partner agency')
  for (const a of attributions) {
    const p = a.attributor
    if (a.background) continue
    if (p.kind === 'alliance') addCosigner(cosigners, p.name, p.span, 'attributor')
    else if (
      (p.kind === 'country' || p.kind === 'government' || p.kind === 'person') &&
      p.country &&
      !accusedCountries.has(p.country)
    )
      addCosigner(cosigners, governmentName(p.country), p.span, 'attributor')
    // A prosecution or a sanction is an act of the state whose authority brings it ("court documents allege", "indicted
    // by", "OFAC designated"); an agency's technical finding (a CERT's notice) is not.
    // (Not in a vendor's report, where a prosecution is background to the vendor's own attribution.)
    else if (
      p.kind === 'agency' &&
      p.country &&
      voice?.kind !== 'vendor' &&
      (a.confidence?.scale === 'legal-allegation' || STATE_MEASURE.test(a.cue)) &&
      !accusedCountries.has(p.country)
    )
      addCosigner(cosigners, governmentName(p.country), p.span, 'prosecuting or sanctioning authority')
    // A national security, intelligence or police service's attribution stands for its government ("the BfV", "Korean
    // National Police Agency", "Finland's security service"); a CERT's technical finding does not (dev08). (Not the
    // US's agencies: their findings come with the DOJ's or the Treasury's measures, or as joint advisories.)
    else if (
      p.kind === 'agency' &&
      p.country &&
      p.country !== 'United States' &&
      !vendorReport &&
      STATE_SERVICE.test(p.name) &&
      !accusedCountries.has(p.country)
    )
      addCosigner(cosigners, governmentName(p.country), p.span, 'national security or police service')
  }
  // The per-sentence test runs only on sentences where a word of the cue begins a word run (see partnerWordStarts; a
  // sentence starts after whitespace and ends before it, so a match in a sentence starts a run of the document).
  const cueAt = partnerWordStarts(text)
  // The governments and the organisations inside each sentence, in their order (found for all sentences at once: a
  // filter of every list per sentence cost more than the rest of this function on report-sized texts).
  const govsIn = cueAt.length > 0 ? bySentence(sents, parties.filter(isGovernment)) : []
  const orgsIn = cueAt.length > 0 ? bySentence(sents, orgs) : []
  // Every party inside each sentence, in text order (made when a partner sentence first needs it).
  let partiesBySentence: (Party[] | undefined)[] | undefined
  let nextCue = 0
  const partnerSentences: Sentence[] = []
  for (let k = 0; nextCue < cueAt.length && k < sents.length; k++) {
    const s = sents[k]!
    while (nextCue < cueAt.length && cueAt[nextCue]! < s.start) nextCue++
    if (nextCue === cueAt.length || cueAt[nextCue]! >= s.end) continue
    if (!PARTNER_CUE.test(s.text)) continue
    // A partner sentence may name partners who join a lead's claim (see partnerAttributions); only one holding an
    // organisation or a government can name a co-signer.
    partnerSentences.push(s)
    const govs = govsIn[k] ?? NONE
    const sentOrgs = orgsIn[k] ?? NONE
    // "The advisory has been signed by the United Kingdom, the United States, Germany …": the states named as signing.
    // (The states listed after "signed by", not others the sentence names: "a letter co-signed by Representatives A and
    // B … misused against the United States".)
    const signed = SIGNED_BY.exec(s.text)
    if (signed) {
      let from = s.start + signed.index + signed[0].length
      partiesBySentence ??= bySentence(sents, parties)
      for (const p of partiesBySentence[k] ?? NONE) {
        if (p.span[0] < from || p.span[1] > s.end) continue
        if (p.kind !== 'country' || !p.country || !SIGNER_LIST_GAP.test(text.slice(from, p.span[0]))) break
        if (!accusedCountries.has(p.country)) addCosigner(cosigners, governmentName(p.country), p.span, 'signing state')
        from = p.span[1]
      }
    }
    // "issued together with 15 international partners, including Canada, Germany and Italy": the states listed join.
    // (In a statement issued with them, not "an exercise with partners such as …".)
    // "cyber security agencies in Australia, Canada and the United States published joint advisories": the states whose
    // agencies are listed join, as their agencies would.
    const including =
      (s.text.includes('including') || s.text.includes('such as') || s.text.includes('among them')) &&
      ISSUED_WITH.test(s.text)
    const agenciesOf = AGENCIES_OF_WORD.test(s.text)
    if (including || agenciesOf)
      for (const p of (partiesBySentence ??= bySentence(sents, parties))[k] ?? NONE) {
        if (p.span[0] < s.start || p.span[1] > s.end || p.kind !== 'country' || !p.country) continue
        if (accusedCountries.has(p.country)) continue
        if (
          (including && PARTNERS_INCLUDING_BEFORE.test(text.slice(Math.max(s.start, p.span[0] - 120), p.span[0]))) ||
          (agenciesOf && AGENCIES_OF_BEFORE.test(text.slice(Math.max(s.start, p.span[0] - 160), p.span[0])))
        )
          addCosigner(cosigners, governmentName(p.country), p.span, 'partner government')
      }
    if (sentOrgs.length === 0 && govs.length === 0) continue
    for (const o of sentOrgs) {
      // An agency listed under its country ("agencies of the Republic of Korea: the National Police Agency …").
      const country = o.kind === 'agency' ? (listOwner(text, s.start, o.span[0], countries) ?? o.country) : undefined
      if (country) addCosigner(cosigners, governmentName(country), o.span, 'partner agency')
      // ("working with its Five Eyes partners, the United States, …": an alliance that only qualifies the partners.)
      if (o.kind === 'alliance' && !ALLIANCE_QUALIFIES.test(text.slice(o.span[1], o.span[1] + 24)))
        addCosigner(cosigners, o.name, o.span, 'partner')
    }
    // "The governments of the United States and South Korea have jointly issued": the states themselves.
    for (const p of govs)
      if (p.country && !accusedCountries.has(p.country))
        addCosigner(cosigners, governmentName(p.country), p.span, 'partner government')
  }

  // "The agencies found …" in a joint statement: each co-signing government attributes.
  if (attributions.some((a) => a.attributor.name === JOINT_VOICE)) {
    const accusedNames = new Set([...accusedCountries].map((c) => governmentName(c!)))
    const joint = cosigners.filter((c) => !accusedNames.has(c.name))
    // With no co-signing state known, the agencies that make the statement's other claims are its authors ("ANCSA
    // assesses …; KFCDO judges …; the authoring agencies link it …").
    const agencies = joint.length ? [] : [...new Set(attributions.filter(agencyVoice).map((a) => a.attributor.name))]
    attributions = attributions.flatMap((a) => {
      if (a.attributor.name !== JOINT_VOICE) return [a]
      if (agencies.length >= 2)
        return agencies.map((name) => ({ ...a, attributor: { ...a.attributor, name, kind: 'agency' as const } }))
      // "CISA, the NSA and the FBI issued an advisory. The agencies assessed …": with neither, the agencies listed
      // last, in the claim's sentence or before it.
      if (joint.length === 0) {
        const listed = agenciesListedLast(sents, parties, a.span[0])
        if (listed.length >= 2)
          return listed.map((name) => ({ ...a, attributor: { ...a.attributor, name, kind: 'agency' as const } }))
      }
      // "partner agencies" with none named: the group as written.
      if (joint.length === 0 && /authoring|partner|participating/i.test(a.attributor.text))
        return [{ ...a, attributor: { ...a.attributor, name: a.attributor.text.replace(/^the\s+/i, '') } }]
      const out: typeof attributions = []
      for (const c of joint) {
        if (attributions.some((b) => b.attributor.name === c.name && b.attributed.name === a.attributed.name)) continue
        out.push({ ...a, attributor: { ...a.attributor, name: c.name, kind: 'government' } })
      }
      return out
    })
  }

  // "… Iceland, Liechtenstein and Norway … align themselves with this declaration": the states that join a statement.
  // (Only when the text has a run "align(s|ed)", which every match starts with, is the text searched for "align".)
  if (hasAlignRun(text) && text.includes('align')) {
    for (const s of sents) {
      if (!ALIGN_WITH.test(s.text)) continue
      for (const c of countries)
        if (within(c.span, s) && !accusedCountries.has(c.country))
          addCosigner(cosigners, governmentName(c.country), c.span, 'aligned state')
    }
  }

  // Partners named after a lead's claim join it ("It worked with its Five Eyes partners, New Zealand, Canada …").
  if (partnerSentences.length) {
    const joined = partnerAttributions(text, partnerSentences, attributions, parties, accusedCountries)
    for (const a of joined) {
      attributions.push(a)
      if (a.attributor.kind === 'country' || a.attributor.kind === 'government')
        addCosigner(cosigners, governmentName(a.attributor.country!), a.attributor.span, 'partner government')
    }
  }

  // Parties that agree with a claim made before ("The NSA has said that it agrees with this attribution").
  // (A state, a state's agency or an alliance that agrees with, joins or supports a claim co-signs it.)
  const endorsed = endorsements(text, sents, attributions, parties, accusedCountries)
  for (const p of [...endorsed.claims.map((a) => a.attributor), ...endorsed.supporters]) {
    if ((p.kind === 'country' || p.kind === 'government' || p.kind === 'agency') && p.country)
      addCosigner(cosigners, governmentName(p.country), p.span, 'endorsing government')
    else if (p.kind === 'alliance') addCosigner(cosigners, p.name, p.span, 'endorsing alliance')
  }
  for (const a of endorsed.claims) attributions.push(a)

  const campaigns = findCampaigns(text, masked, actorSpans)
  // What each attribution is about: the campaign or incident its sentence names, else the last one named shortly
  // before it in the same paragraph (the bundle links the same campaign as the claim's subject).
  // (The first campaign in the list inside the claim's span, else the last one before it: each found among the few
  // campaigns near the claim.)
  const campaignsInside = itemsInside(campaigns)
  let campaignPlace: Map<CampaignMention, number> | undefined
  for (const a of attributions) {
    let about: CampaignMention | undefined = campaignsInside(a.span)[0]
    if (!about) {
      const place = (campaignPlace ??= new Map(campaigns.map((c, i) => [c, i])))
      for (const c of overlapping(campaigns, [a.span[0] - 400, a.span[0]]))
        if (
          c.span[1] <= a.span[0] &&
          a.span[0] - c.span[1] < 400 &&
          (!about || place.get(c)! > place.get(about)!) &&
          !text.slice(c.span[1], a.span[0]).includes('\n\n')
        )
          about = c
    }
    if (about) a.incident = about.name
  }
  const sectors = findSectors(text, sents, masked.concat(orgSpans))
  // A public body the attacks hit names its sector ("attacks on the Dutch Ministry of Defence", "breached the national
  // parliament", "targeted the Dutch police").
  for (const o of orgs) {
    const sector = publicBodySector(o.name)
    if (sector === '' || !HIT_BEFORE.test(text.slice(Math.max(0, o.span[0] - 60), o.span[0]))) continue
    const name = /Police/.test(sector) ? 'law enforcement' : 'government'
    // (A ministry of foreign affairs or of defence also names the diplomatic or the defence sector.)
    for (const n of [name, name === 'government' ? alsoSectorOf(o.name) : undefined])
      if (n && !sectors.some((x) => x.sector === n)) sectors.push({ sector: n, text: o.text, span: o.span })
  }
  // Accused parties are not targets; an attributing state can be one ("state institutions there had been hit").
  const partySpans = spansOf(attributions.map((a) => a.attributed))
  // A state the text names as a sponsor is not among those it hit (in one of 97 annotated documents with a sponsor was
  // the sponsor's own country a target: NotPetya's spread into Russia).
  // (The states linked as responsible, not every state whose body the text names: "people associated with the Israel
  // Defense Forces" were targets.)
  const sponsorCountries = new Set<string | undefined>(accusedCountries)
  for (const p of parties) if (p.kind === 'sponsor') sponsorCountries.add(p.country)
  for (const t of unattributed) sponsorCountries.add(t.country)
  const countriesTargeted = findTargetCountries(text, sents, countries, partySpans.concat(orgSpans)).filter(
    (c) => !sponsorCountries.has(c.country),
  )
  const cves = findCves(text)
  const cveSpans = spansOf(cves)
  const entitySpans = masked.concat(orgSpans, actorSpans, bodySpans, cveSpans)
  const dates = findDates(text, masked.concat(cveSpans))
  const numbers = findNumbers(text, entitySpans.concat(dates.map((d) => d.span)))

  const finalAttributions = attributions.filter((a) => !a.attributed.defendants)
  if (options.attrCandidates) {
    const lastSpeaker = lastEndingAtOrBefore(parties.filter(firmOrAgency))
    const nameOf = (p: Party, asAttributor: boolean): string | undefined => {
      if (p.kind === 'we') return author ?? lastSpeaker(p.span[0])?.name
      if (!asAttributor && p.kind === 'actor') return withTextName(p.name, p.text)
      return p.name
    }
    for (const c of attributionCandidates(text, sents, parties, finalAttributions, nameOf))
      options.attrCandidates.push(c)
  }
  return {
    text,
    actors,
    aliasClaims,
    countries,
    stateBodies,
    orgs,
    people,
    parties,
    // A counted group that stays unnamed ("charged nine Iranian nationals", "sanctioned 47 Iranian individuals") is the
    // object of a measure, not a party annotators record as attributed (it still made its authority a co-signer and
    // kept its nationality from the targets above).
    attributions: finalAttributions,
    denials,
    sponsors,
    cosigners,
    campaigns,
    cves,
    sectors,
    countriesTargeted,
    numbers,
    iocs,
    nonIocs,
    dates,
  }
}

// At module level, not closures made per call (tsx wraps each closure it names in a naming call).
/**
 * The spans of `items`, in an array made from a literal: arrays that `map` returns carry no allocation-site feedback,
 * so an empty one and a full one have different element kinds, and using them as receivers (`a.concat(b)`) made V8
 * deoptimise extractFromText over and over (about 900 times in 5,000 documents).
 */
function spansOf(items: readonly { span: Span }[]): Span[] {
  const out: Span[] = []
  for (const x of items) out.push(x.span)
  return out
}

/**
 * The names of the agencies that the last sentence naming two or more of them names, among the sentences up to the
 * one holding `at` (none when no such sentence).
 */
function agenciesListedLast(sents: readonly Sentence[], parties: readonly Party[], at: number): string[] {
  let i = sents.findIndex((s) => s.end > at)
  if (i < 0) i = sents.length - 1
  for (; i >= 0; i--) {
    const s = sents[i]!
    const names = new Set<string>()
    for (const p of parties) if (p.kind === 'agency' && p.name !== JOINT_VOICE && within(p.span, s)) names.add(p.name)
    if (names.size >= 2) return [...names]
  }
  return []
}
/** The span lies inside the sentence. */
function within(span: Span, s: Sentence): boolean {
  return span[0] >= s.start && span[1] <= s.end
}

const NONE: never[] = []

/** A firm or an agency, not a newspaper: who "we" is when no author is known. */
function firmOrAgency(p: Party): boolean {
  return (p.kind === 'vendor' || p.kind === 'agency') && !p.media
}

function isGovernment(p: Party): boolean {
  return p.kind === 'government'
}

/**
 * Per sentence (by index), the items whose span lies `within` it, in the items' order; undefined for a sentence with
 * none (exported for the test). Sentences are ascending and disjoint, so a span lies only inside the last sentence
 * starting at or before it (or, when empty, also inside those ending where it is): the items are placed by a binary
 * search each, which gives what filtering the items for every sentence gives.
 */
export function bySentence<T extends { span: Span }>(
  sents: readonly Sentence[],
  items: readonly T[],
): (T[] | undefined)[] {
  const out: (T[] | undefined)[] = []
  for (const x of items) {
    let lo = 0
    let hi = sents.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (sents[mid]!.start <= x.span[0]) lo = mid + 1
      else hi = mid
    }
    for (let k = lo - 1; k >= 0 && sents[k]!.end >= x.span[1]; k--)
      if (within(x.span, sents[k]!)) (out[k] ??= []).push(x)
  }
  return out
}

function addSponsor(sponsors: Extraction['sponsors'], name: string, t: string, span: Span, country?: string): void {
  if (sponsors.some((s) => s.name === name)) return
  const s: Extraction['sponsors'][number] = { name, text: t, span }
  if (country) s.country = country
  sponsors.push(s)
}

/**
 * "The Russian embassy rejected the accusations" in a story datelined BERLIN: an embassy that denies with no host
 * named in the text (`findDenials` takes the host of a fuller mention of the same embassy, as `findOrgs` resolved it)
 * is named with the dateline's state: "Russian Embassy in Germany".
 */
function embassyHosts(text: string, denials: DenialClaim[]): void {
  let dateline: string | undefined | null = null
  for (const d of denials) {
    const m = BARE_EMBASSY.exec(d.denier.name)
    if (!m) continue
    const sender = COUNTRIES.find((c) => c.adjectives.includes(m[1]!) || c.name === m[1])
    if (!sender) continue
    if (dateline === null) dateline = datelineCountry(text)
    if (!dateline || dateline === sender.name) continue
    const host =
      dateline === 'United Kingdom' ? 'the UK' : dateline === 'United States' ? 'the United States' : dateline
    d.denier = { ...d.denier, name: `${sender.adjectives[0] ?? m[1]} Embassy in ${host}` }
  }
}
const BARE_EMBASSY = /^([A-Z][a-z]+)(?:['’]s)?\s+[Ee]mbassy$/

// A place with no state of its own to answer for what comes from it, and the party kinds that stand for a state.
const NO_STATE_OF_ITS_OWN = new Set(['Hong Kong'])
const STATE_KINDS = new Set(['country', 'government', 'sponsor'])

/** Denials by a state as such ("PRC Government") dropped where a body of the same state denies too. */
function oneDenialPerState(denials: DenialClaim[]): DenialClaim[] {
  if (denials.length < 2) return denials
  const asState = (d: DenialClaim) =>
    d.denier.country !== undefined && d.denier.name === governmentName(d.denier.country)
  const bodies = new Set<string>()
  // (And the states with a body other than an embassy that denies: an embassy is a voice of its own, the foreign
  // ministry speaks for the state.)
  const notEmbassy = new Set<string>()
  for (const d of denials) {
    if (asState(d)) continue
    const c = d.denier.country ?? countryNamedFirst(d.denier.name)
    if (!c) continue
    bodies.add(c)
    if (!/\b[Ee]mbassy\b/.test(d.denier.name)) notEmbassy.add(c)
  }
  if (bodies.size)
    return denials.filter(
      (d) => !(asState(d) && bodies.has(d.denier.country!) && !ownDenial(d, !notEmbassy.has(d.denier.country!))),
    )
  // "China rejected the findings. Foreign Ministry spokesman X said …": a ministry the text does not place, beside
  // the one state that denies, is that state's.
  const states = denials.filter(asState)
  // (Its name opens with no state: UNPLACED_MINISTRY names none.)
  const unplaced = denials.some((d) => d.denier.country === undefined && UNPLACED_MINISTRY.test(d.denier.name))
  return states.length === 1 && unplaced ? denials.filter((d) => d !== states[0]) : denials
}
const UNPLACED_MINISTRY = /^(?:Foreign\s+Ministry|Ministry\s+of\s+Foreign\s+Affairs|Embassy)$/
/**
 * "Moscow has denied any role." beside "The Russian Embassy called the accusations …": the state's own denial, in a
 * sentence of its own, where the body that denies too is an embassy; not a headline (the first line, or one with no
 * full stop) nor words a speaker of the body says ("China firmly opposes …, the embassy said").
 */
function ownDenial(d: DenialClaim, besideEmbassy: boolean): boolean {
  if (d.sentence.start === 0) return false
  const q = d.sentence.text
  // (Beside a ministry, which speaks for the state, only a standing denial is the state's own: "Beijing has repeatedly
  // denied being behind the intrusions.")
  if (!besideEmbassy && !STANDING_DENIAL.test(q)) return false
  return q.endsWith('.') && !BODY_SPEAKS.test(q) && !DATELINE_LEAD.test(q)
}
const STANDING_DENIAL =
  /\b(?:has|have)\s+(?:long|repeatedly|consistently|always|routinely|regularly)\s+(?:denied|rejected|dismissed)\b|\b(?:routinely|regularly|consistently|repeatedly|always)\s+(?:denies|rejects|dismisses)\b/
// A story's lead after its dateline ("MANILA - China on Monday rejected …"): the summary of the body's words below.
const DATELINE_LEAD = new RegExp(`^${DATELINE}`)
const BODY_SPEAKS =
  /\b(?:he|she|they|it|the\s+(?:spokes\w+|embassy|ministry|minister|statement|diplomat))\s+(?:said|says|added|stated|told|wrote|writes)\b|\b(?:said|says|added|wrote|according\s+to)\s+(?:the\s+)?(?:spokes\w+|embassy|ministry|minister|statement)\b/i
/** The country a body's name opens with ("Chinese Foreign Ministry", "Russia's Embassy"). */
function countryNamedFirst(name: string): string | undefined {
  return countryNamed(name.split(/\s+/)[0]!.replace(/['’]s$/, ''))
}
const STATE_MEASURE = /sanction|designat|indict|charg/i
export const ALIGN_WITH =
  /\balign(?:s|ed)?\s+(?:themselves|itself)\s+with\s+(?:this|the)\s+(?:declaration|statement)\b/i
/** A state or state body linked as responsible is a sponsor. */
function addLinkedSponsor(sponsors: Extraction['sponsors'], t: Party): void {
  if (t.kind === 'country' || t.kind === 'government' || t.kind === 'sponsor' || t.kind === 'state-body')
    addSponsor(sponsors, t.name, t.text, t.span, t.country)
}

// After an alliance's name, the partners it qualifies: "Five Eyes partners", "NATO allies", "EU member states" (not
// "the Five Eyes countries", which may be who issues a joint advisory).
const ALLIANCE_QUALIFIES =
  /^\s+(?:partners?|partner\s+(?:agencies|countries|nations|states|governments)|allies|member\s+(?:states|countries|nations))\b/
const ISSUED_WITH =
  /\b(?:issued|published|released|announced|signed|made)\s+(?:[\w-]+\s+){0,2}?(?:together\s+with|jointly\s+with|alongside|in\s+(?:partnership|cooperation|coordination)\s+with)\b/i
const COORDINATED_WITH_BEFORE =
  /\b(?:in\s+(?:close\s+)?coordination\s+with|jointly\s+with|in\s+partnership\s+with|together\s+with)\s+(?:the\s+)?(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?,?\s+(?:and\s+)?(?:the\s+)?)*$/
function addCosigner(cosigners: Extraction['cosigners'], name: string, span: Span, via: string): void {
  if (!cosigners.some((c) => c.name === name)) cosigners.push({ name, span, via })
}

/** Start of the last sentence starting at or before `at` (0 when none does). */
function sentenceStart(sents: readonly Sentence[], at: number): number {
  // (The sentences are in text order: the last one starting at or before `at`, found by halving.)
  let lo = 0
  let hi = sents.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sents[mid]!.start <= at) lo = mid + 1
    else hi = mid
  }
  return lo > 0 ? sents[lo - 1]!.start : 0
}

// Words that make a candidate no person's name.
// (Also the last words of company names: "Mitsubishi Electric", "Kawasaki Heavy Industries", "Korea Telecom".)
const NOT_PERSON_WORD =
  /\b(?:Government|Ministry|Agency|Centre|Center|Office|Labs?|Security|Intelligence|Cyber|Research|Threat|Network|Team|Group|Advanced|Persistent|Foreign|Defence|Defense|State|National|Republic|House|Minister|Secretary|President|Electric|Electronics|Industries|Motors|Airlines|Airways|Telecom|Telecommunications|Holdings|Technologies|Networks|Pharmaceuticals|Petroleum|Insurance|Semiconductor|Shipbuilding|Logistics)\b/

/** The test `findPeople` drops names by: a country or organisation found, or an institution word. */
function notPersonName(known: Set<string>): (n: string) => boolean {
  return (n) => known.has(n) || NOT_PERSON_WORD.test(n)
}

export const STATE_LINKED_AFTER = /^[\s-]*(?:state[\s-]+)?(?:sponsored|backed|linked|affiliated)/i
const STATE_LINKED_AT = /[\s-]*(?:state[\s-]+)?(?:sponsored|backed|linked|affiliated)/iy

/**
 * `STATE_LINKED_AFTER.test(text.slice(at, at + 30))`, tried at `at` in the text itself (no copy). The expression has no
 * look-ahead and no end anchor, so a match in the 30 characters is a match in the text, and the text's first match
 * (in the expression's order of preference) is the slice's when it ends within them; a longer one (a long run of
 * spaces) is left to the slice. First the letters it must reach after spaces and hyphens: s, b, l or a (the i flag
 * without u folds ASCII letters only).
 */
export function stateLinkedAfter(text: string, at: number): boolean {
  let p = at
  const end = Math.min(text.length, at + 30)
  while (p < end) {
    const c = text.charCodeAt(p)
    if (c !== 45 && !isSpaceCode(c)) break
    p++
  }
  const l = text.charCodeAt(p) | 32
  if (l !== 115 && l !== 98 && l !== 108 && l !== 97) return false
  STATE_LINKED_AT.lastIndex = at
  const m = STATE_LINKED_AT.exec(text)
  if (m === null) return false
  return m.index + m[0].length <= at + 30 || STATE_LINKED_AFTER.test(text.slice(at, at + 30))
}
/**
 * A person's country: the nearest state named before the person that is not accused in the text (named as state
 * sponsored, backed, linked or affiliated). The accused states depend on the text and its countries only, so they are
 * found once, at the first question, rather than for every person asked about.
 */
function personCountryIn(
  text: string,
  countries: CountryMention[],
  bodies: StateBodyMention[],
  orgs: OrgMention[],
): (p: PersonMention) => string | undefined {
  let accused: Set<string> | undefined
  let dateline: string | undefined
  // (Made when first asked: the lists do not change while people are read.)
  let bodyFrom: ((at: number) => StateBodyMention | undefined) | undefined
  let orgFrom: ((at: number) => OrgMention | undefined) | undefined
  let companyNames: Set<string> | undefined
  let stateBy: ((at: number) => CountryMention | undefined) | undefined
  return (p) => {
    // "President Barack Obama": a head of state or government, a foreign minister or their spokesperson.
    const official = OFFICIAL_STATE.get(p.name)
    if (official) return official
    // "X, the head of the GRU,", "X, a 29-year-old officer of the GTsSS,": the state body the person serves.
    // (The bodies are in text order: only the first one after the person can be the one it serves.)
    bodyFrom ??= firstStartingAtOrAfter(bodies)
    const b = bodyFrom(p.span[1])
    if (b && b.span[0] - p.span[1] <= 70 && SERVES_BODY.test(text.slice(p.span[1], b.span[0]))) return b.body.country
    // ("Jane Roe, head of the Police Security Service (PST),": an agency of a state, named the same way.)
    orgFrom ??= firstStartingAtOrAfter(orgs)
    const o = orgFrom(p.span[1])
    if (
      o?.country &&
      o.kind === 'agency' &&
      o.span[0] - p.span[1] <= 70 &&
      SERVES_BODY.test(text.slice(p.span[1], o.span[0]))
    )
      return o.country
    // "Blake Darche, a co-founder of Area 1 Security,": a company's people serve no state.
    if (CORPORATE_APPOSITION.test(text.slice(p.span[1], p.span[1] + 60))) return undefined
    if (accused === undefined) {
      accused = new Set<string>()
      // (Also a state whose partisans the text names: "a pro-Kremlin hacker group", "the pro-Russian group Killnet".)
      for (const c of countries)
        if (stateLinkedAfter(text, c.span[1]) || partisanOf(text, c.span[0])) accused.add(c.country)
    }
    // "FBI Director Christopher Wray": the agency in the title says whose official the person is.
    if (p.title) {
      const title = p.title
      const byTitle = titleCountry(title)
      if (byTitle) return byTitle
      // "Sherrod DeGrippo, Microsoft's director of threat intelligence": a company's official serves no state.
      companyNames ??= new Set(orgs.filter((o) => o.kind === 'vendor' || o.kind === 'company').map((o) => o.text))
      for (const name of companyNames) if (title.includes(name)) return undefined
      // "chief executive François Locoh-Donou": a company's office, whatever state the text named before.
      if (CORPORATE_TITLE.test(title)) return undefined
    }
    // The state named just before the person, in the same sentence ("Russian Foreign Minister Sergei Lavrov",
    // "China's foreign ministry spokesperson Lin Jian"); a state named sentences before is often the one the text
    // accuses, not the person's.
    const notAccused = accused
    stateBy ??= lastEndingAtOrBefore(countries.filter((c) => !notAccused.has(c.country)))
    const last = stateBy(p.span[0])
    if (last && p.span[0] - last.span[1] <= NEAR_PERSON && !SENTENCE_BREAK.test(text.slice(last.span[1], p.span[0])))
      return last.country
    // An official with no state at hand: the state of the dateline's city ("BUCHAREST, Dec 5 -"); else the last state
    // named before the person. (Anyone else, with no state named right before them, speaks for no state: "Omer Levy,
    // a cyber expert at a university," is not the government of the state the text named last.)
    if (p.title && OFFICIAL_WORD.test(p.title)) {
      dateline ??= datelineCountry(text) ?? ''
      if (dateline && !accused.has(dateline)) return dateline
      // ("Foreign Secretary David Cameron told Parliament": a title only one state uses.)
      const used = TITLE_STATE.get(p.title.replace(/^(?:the|then|former)\s+/i, '').toLowerCase())
      if (used && !accused.has(used)) return used
      return last?.country
    }
    return undefined
  }
}
// Titles of office one state uses, for an official with no state named near: the UK's secretaries of state are named
// by their department ("Foreign Secretary"), the US's Secretary of Defense is the "Defense" one.
const TITLE_STATE = new Map<string, string>([
  ['foreign secretary', 'United Kingdom'],
  ['home secretary', 'United Kingdom'],
  ['defence secretary', 'United Kingdom'],
  ['chancellor of the exchequer', 'United Kingdom'],
  ['defense secretary', 'United States'],
  ['taoiseach', 'Ireland'],
])
const NEAR_PERSON = 80
/** Whether "pro-" stands right before `at` ("pro-Kremlin", "pro-Russian"). */
function partisanOf(text: string, at: number): boolean {
  return at >= 4 && text.charCodeAt(at - 1) === 45 && /^pro-$/i.test(text.slice(at - 4, at))
}
const CORPORATE_APPOSITION =
  /^,\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){0,2}?(?:co-?founder|founder|chief\s+(?:executive|technology|research|security)\s+officer|CEO|CTO|CISO|researcher|analyst|(?:threat\s+)?intelligence\s+analyst|engineer|scientist)\s+(?:of|at|with)\s/i
const CORPORATE_TITLE =
  /^(?:(?:the|its|their)\s+)?(?:chief\s+(?:executive|technology|information|operating|financial|security|information\s+security)(?:\s+officer)?|CEO|CTO|CISO|co-?founder|founder|chairman|chairwoman|managing\s+director)$/i
const SENTENCE_BREAK = /[.!?]\s|\n/
const OFFICIAL_WORD = /minister|secretary|president|chancellor|ambassador|spokes|prime|premier|official|envoy|diplomat/i
/** The state of a dateline's city at the head of the text ("BUCHAREST, Dec 5, 2024 -"), when the text names it. */
function datelineCountry(text: string): string | undefined {
  const m = DATELINE_CITY.exec(text.slice(0, 600))
  if (!m) return undefined
  const city = (m[1] ?? m[2]!)
    .toLowerCase()
    .replace(/(^|[\s'-])([a-z])/g, (_, a: string, b: string) => a + b.toUpperCase())
  return capitalNamed(city)
}
// "BUCHAREST, Dec 5, 2024 -", "THE HAGUE, Netherlands (AP) -", "SEOUL (Reuters) -": a city in capitals opening a line.
// ("Berlin, 3 May 2024": a city written in lower case opens a dateline only before a date.)
const DATELINE_CITY =
  /(?:^|\n)[ \t]*(?:THE\s+)?(?:([A-Z][A-Z'-]{2,}(?:\s[A-Z][A-Z'-]{2,})?)(?:,\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+)|\s*\(|\s+[-–—])|([A-Z][a-z]+(?:\s[A-Z][a-z]+)?),\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+\d{1,2}\b|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b))/

/**
 * "HPE said" after "Hewlett Packard Enterprise": an organisation named elsewhere by the initials of its name's words
 * (three to six, "and", "of", "for" and "the" left out) is that organisation where the initials stand as a word of their
 * own. Added to `orgs`, which stays in text order.
 */
function initialsOfOrgs(text: string, orgs: OrgMention[], taken: SpanSet): void {
  let added = false
  const seen = new Set<string>()
  for (const o of orgs.slice()) {
    if (seen.has(o.name)) continue
    seen.add(o.name)
    // (Every other word a capitalised one: its initials are the name's, `initialsOf`.)
    if (!o.name.split(/\s+/).every((w) => INITIALS_SKIP.has(w) || /^[A-Z][a-z]/.test(w))) continue
    const initials = initialsOf(o.name)
    if (initials.length < 3 || initials.length > 6) continue
    for (const at of wordStartOccurrences(text, initials, 0)) {
      const end = at + initials.length
      if (isWordChar(text, at - 1) || isWordChar(text, end)) continue
      if (taken.overlaps([at, end]) || anyOverlaps(orgs, [at, end])) continue
      const m: OrgMention = { name: o.name, text: initials, span: [at, end], kind: o.kind }
      if (o.country) m.country = o.country
      orgs.push(m)
      added = true
    }
  }
  if (added) orgs.sort((a, b) => a.span[0] - b.span[0])
}
const INITIALS_SKIP = new Set(['and', 'of', 'for', 'the', '&'])

// The parties that speak for a state: it, its government, its officials and its agencies.
const STATE_VOICE_KINDS = new Set<Party['kind']>(['country', 'person', 'government', 'agency'])

// The head words of a public body's name, and the words before a body that make it what the attacks hit.
const PUBLIC_BODY_SECTOR =
  /\b(?:Ministry|Ministries|Department|Parliament|Bundestag|Senate|Government|Police|Chancellery)\b/
/**
 * The first match of PUBLIC_BODY_SECTOR in an organisation's name, '' for none. The names recur (the gazetteer's, in
 * text after text): each is read once. (Bounded: cleared when it grows large.)
 */
function publicBodySector(name: string): string {
  let sector = PUBLIC_BODY_SECTORS.get(name)
  if (sector === undefined) {
    sector = PUBLIC_BODY_SECTOR.exec(name)?.[0] ?? ''
    if (PUBLIC_BODY_SECTORS.size >= 2000) PUBLIC_BODY_SECTORS.clear()
    PUBLIC_BODY_SECTORS.set(name, sector)
  }
  return sector
}
const PUBLIC_BODY_SECTORS = new Map<string, string>()
const HIT_BEFORE =
  /\b(?:against|target(?:ed|ing|s)?|attacks?\s+on|attacked|hit|hitting|breach(?:ed|ing)?|breach\s+of|compromis(?:ed|ing)|compromise\s+of|intrusions?\s+(?:into|at|on)|into|infiltrat(?:ed|ing)|hack(?:ed|ing)?|hack\s+of|spying\s+on|phishing\s+(?:of|against))\s+(?:the\s+)?(?:networks?\s+of\s+(?:the\s+)?|systems?\s+of\s+(?:the\s+)?)?(?:[A-Z][\w'’-]*\s+){0,2}$/

// The words between a person and the state body an apposition says the person serves.
const SERVES_BODY =
  /^,\s+(?:(?:the|a|an)\s+[^,;.]{0,40}|(?:deputy\s+|acting\s+)?(?:head|chief|director|deputy|spokes(?:person|man|woman))(?:\s+[^,;.]{0,20})?)\b(?:of|at|in|with|for)\s+(?:the\s+|[A-Z][a-z]+['’]s\s+)?$/

/**
 * The country of a state agency a title names ("FBI Director", "NSA chief", "Justice Department spokesman"): the
 * gazetteer's form made of one to four of its words.
 */
function titleCountry(title: string): string | undefined {
  // Titles recur (within a text and across texts): each is read once. (Bounded: cleared when it grows large.)
  const known = TITLE_COUNTRY.get(title)
  if (known !== undefined) return known === '' ? undefined : known
  const country = titleCountryOf(title)
  if (TITLE_COUNTRY.size >= 2000) TITLE_COUNTRY.clear()
  TITLE_COUNTRY.set(title, country ?? '')
  return country
}
// Title → the country its agency gives, '' for none.
const TITLE_COUNTRY = new Map<string, string>()
function titleCountryOf(title: string): string | undefined {
  const words = title.split(/\s+/)
  for (let i = 0; i < words.length; i++)
    for (let j = Math.min(words.length, i + 4); j > i; j--) {
      const o = knownOrgNamed(words.slice(i, j).join(' '))
      if (o?.kind === 'agency' && o.country) return o.country
    }
  return undefined
}

// "the Government" alone, not "the Government of X" nor "the Government's own …" read as its name.
const OWN_GOVERNMENT = /\bthe\s+Government(?!\s+of\b|[\w-])/g

// A link as `extractFromText` masks it: the sticky copy of /\b(?:https?|hxxps?):\S+/gi, tried at `linkStarts`.
const LINK_AT = /\b(?:https?|hxxps?):\S+/iy

/**
 * The spans of the matches of /\b(?:https?|hxxps?):\S+/gi in `text` (found by its sticky copy at `linkStarts`; exported
 * for the equivalence test).
 */
export function linkSpans(text: string): Span[] {
  const out: Span[] = []
  for (const m of matchAtStarts(LINK_AT, text, linkStarts(text))) out.push([m.index, m.index + m[0].length])
  return out
}

/**
 * Every position where LINK_AT can match, ascending (repeats possible): a match is "http", "https", "hxxp" or "hxxps"
 * (ASCII letters in any case: no u flag, so no other letter folds onto them) and then a ":", so it starts four or
 * five characters before a ":" preceded by "p" or "s" in either case.
 */
function linkStarts(text: string): number[] {
  const out: number[] = []
  for (let i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) {
    const before = text.charCodeAt(i - 1) | 32
    if (before !== 112 && before !== 115) continue
    if (i >= 5) out.push(i - 5)
    if (i >= 4) out.push(i - 4)
  }
  return out
}

// Between the states a "signed by" lists: commas, "and", an article, "the governments of".
const SIGNER_LIST_GAP = /^[\s,]*(?:and\s+)?(?:the\s+)?(?:governments?\s+of\s+(?:the\s+)?)?$/
/**
 * Words naming partners. Every match starts with a word run of entities.ts's PARTNER_RUN_WORDS, where
 * partnerWordStarts finds them (exported for the test of that gate).
 */
const SIGNED_BY = /\b(?:(?:co-?)?signed|co-?sealed|endorsed)\s+(?:on\s+)?by\b/i
export const PARTNER_CUE =
  /\bpartner(?:s|ing)?\b|\bco-?(?:seal|sign|author)|\b(?:signed|endorsed)\s+by\b|\bjoint(?:ly)?\s+(?:advisor(?:y|ies)|statements?|announcements?|releases?)|\bjointly\s+(?:\w+\s+)?(?:issued|released|published|produced|authored|signed|announced|attributed|condemned|blamed|accused)\b|\btogether with\b/i

/**
 * Where `word` occurs in `text` with no letter or digit on either side, scanning on after each occurrence: the
 * matches of the global expression (?<![\p{L}\p{N}])word(?![\p{L}\p{N}]) with the u flag, found by indexOf instead
 * of compiling an expression per word (the first mention of a word wins; later equal words found nothing new).
 */
function wholeWordOccurrences(text: string, word: string): number[] {
  const out: number[] = []
  for (let i = text.indexOf(word); i >= 0; ) {
    const end = i + word.length
    if (!letterOrDigitBefore(text, i) && !letterOrDigitAt(text, end)) {
      out.push(i)
      i = text.indexOf(word, end)
    } else i = text.indexOf(word, i + 1)
  }
  return out
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u
/** The code point starting at `i` is a letter or digit. */
function letterOrDigitAt(text: string, i: number): boolean {
  const c = text.codePointAt(i)
  if (c === undefined) return false
  return c <= 0xffff ? isWordChar(text, i) : LETTER_OR_DIGIT.test(String.fromCodePoint(c))
}
/** The code point ending just before `i` is a letter or digit. */
function letterOrDigitBefore(text: string, i: number): boolean {
  if (i <= 0) return false
  const lo = text.charCodeAt(i - 1)
  const start = lo >= 0xdc00 && lo <= 0xdfff && i >= 2 && (text.charCodeAt(i - 2) & 0xfc00) === 0xd800 ? i - 2 : i - 1
  return letterOrDigitAt(text, start)
}

function dedupeAliasClaims(claims: AliasClaim[]): AliasClaim[] {
  const out: AliasClaim[] = []
  const seen = new Set<string>()
  for (const c of claims) {
    const key = `${c.span[0]},${c.span[1]}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push(c)
  }
  return out
}

/** Mentions tied by an asserted alias list share one canonical name: the indexed one when there is one. */
function unifyCanonicals(actors: ActorMention[], claims: AliasClaim[]): void {
  if (claims.length === 0) return
  // (Each actor's place in the list, and the actors under each canonical name: a claim reads the few actors its names
  // overlap and renames the actors of a few names, not the whole list each time.)
  const place = new Map(actors.map((a, i) => [a, i]))
  const byCanonical = groupBy(actors, (a) => a.canonical)
  for (const c of claims) {
    const found = new Set<ActorMention>()
    for (const n of c.names) for (const a of overlapping(actors, n.span)) found.add(a)
    const members = [...found].sort((a, b) => place.get(a)! - place.get(b)!)
    // The Mandiant APTnn name where one of the names has it (the convention for canonical names), else the first
    // indexed name's.
    const indexed =
      members.find((m) => m.via === 'alias-index' && /^APT\s?\d+$/.test(m.canonical)) ??
      members.find((m) => m.via === 'alias-index')
    const canon = indexed?.canonical ?? c.canonical
    const ids = new Set(members.map((m) => m.canonical))
    for (const id of ids) {
      if (id === canon) continue
      const renamed = byCanonical.get(id)
      if (!renamed) continue
      byCanonical.delete(id)
      for (const a of renamed) a.canonical = canon
      const same = byCanonical.get(canon)
      if (same) same.push(...renamed)
      else byCanonical.set(canon, renamed)
    }
    c.canonical = canon
  }
}

// A person's employer named right after them: "Kev Breen of Immersive Labs", "Jane Doe at Harbor Analytics": up to
// four capitalised words, not a state or a place the text names as one, nor a word that opens a title or a date.
const EMPLOYER_AFTER =
  /^\s+(?:of|at|from)\s+((?:[A-Z][\w&.'’-]*[a-z0-9][\w&.'’-]*|[A-Z]{2,}\d*)(?:\s+(?:[A-Z][\w&.'’-]*|&)){0,3})\b(?!['’]s\b|\s+(?:of|in|and|University)\b)/
const NOT_EMPLOYER =
  /^(?:The|This|That|These|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Congress|Parliament|State|Homeland|Justice|Defense|Defence|Staff)\b/

/** Adds to `orgs` the employers named after people (see EMPLOYER_AFTER) that no other finder took. */
function employers(
  text: string,
  people: PersonMention[],
  orgs: OrgMention[],
  named: SpanSet,
  countries: CountryMention[],
): void {
  const added: OrgMention[] = []
  for (const p of people) {
    const m = EMPLOYER_AFTER.exec(text.slice(p.span[1], p.span[1] + 80))
    if (!m) continue
    const name = m[1]!
    const start = p.span[1] + m[0].length - name.length
    const span: Span = [start, start + name.length]
    if (NOT_EMPLOYER.test(name) || named.overlaps(span) || countries.some((c) => overlaps(c.span, span))) continue
    if (countryNamed(name) || people.some((q) => overlaps(q.span, span))) continue
    added.push({ name, text: name, span, kind: 'company' })
  }
  if (added.length === 0) return
  orgs.push(...added)
  orgs.sort((a, b) => a.span[0] - b.span[0])
}

/** The extraction summary: the schema of the extraction development set's README. */
export interface ExtractionSummary {
  actors: { mention: string; canonical: string; span: [number, number] }[]
  aliases_asserted: { names: string[] }[]
  state_sponsors: { name: string; mention: string }[]
  organizations: { name: string; canonical: string; mention: string }[]
  individuals: { name: string; charged: boolean }[]
  attributions: {
    attributor: string
    attributed_to: string
    incident?: string
    confidence_text: string
    evidence: string
    evidence_span: [number, number]
  }[]
  denials: { denier: string; evidence: string; evidence_span: [number, number] }[]
  cosigners: string[]
  campaigns: { name: string; span: [number, number] }[]
  cves: string[]
  sectors: string[]
  countries_targeted: string[]
  numbers: { value: number; unit: string }[]
  iocs: { type: string; value: string }[]
  dates: { value: string }[]
}

const ACRONYM_ONLY = /^[A-Z][A-Z0-9&-]{1,7}$/
export function summarize(x: Extraction): ExtractionSummary {
  const uniq = <T>(xs: T[], key: (t: T) => string) => {
    const seen = new Set<string>()
    return xs.filter((t) => {
      const k = key(t)
      if (seen.has(k)) return false
      seen.add(k)
      return true
    })
  }
  const sponsorNames = new Set(x.sponsors.map((s) => s.name))
  return {
    actors: x.actors.map((a) => ({
      mention: a.mention,
      canonical: withTextName(a.canonical, a.mention),
      span: a.span,
    })),
    aliases_asserted: x.aliasClaims.map((c) => ({ names: c.names.map((n) => n.text) })),
    state_sponsors: x.sponsors.map((s) => ({ name: s.name, mention: s.text })),
    organizations: uniq(
      // (A state's unit named by its number is listed as an organisation too.)
      x.orgs.filter((o) => !sponsorNames.has(o.name) || isNumberedBody(o.name)),
      (o) => o.name.toLowerCase(),
      // An acronym is named as the text writes it ("BND", not the gazetteer's "Federal Intelligence Service"): the
      // form a reader (and an annotator) knows it by; the gazetteer's name stays as `canonical`.
    ).map((o) => ({ name: ACRONYM_ONLY.test(o.text) ? o.text : o.name, canonical: o.name, mention: o.text })),
    individuals: uniq(x.people, (p) => p.name).map((p) => ({ name: p.name, charged: p.charged })),
    attributions: uniq(
      x.attributions,
      (a) =>
        `${a.attributor.name}|${a.attributed.name}|${a.confidence?.scale ?? a.cue}|${a.confidence?.term ?? ''}|${a.sentence.start}`,
    ).map((a) => ({
      attributor: a.attributor.name,
      attributed_to:
        a.attributed.kind === 'actor' ? withTextName(a.attributed.name, a.attributed.text) : a.attributed.name,
      ...(a.incident ? { incident: a.incident } : {}),
      confidence_text: a.confidenceText,
      evidence: a.quote,
      evidence_span: a.span,
    })),
    // (Every denial with its own evidence: a denier may reject two claims, in two places.)
    denials: x.denials.map((d) => ({
      denier: d.denier.name,
      evidence: d.quote,
      evidence_span: d.span,
    })),
    cosigners: x.cosigners.map((c) => c.name),
    campaigns: uniq(x.campaigns, (c) => c.name.toLowerCase()).map((c) => ({ name: c.name, span: c.span })),
    cves: [...new Set(x.cves.map((c) => c.id.toUpperCase()))],
    sectors: [...new Set(x.sectors.map((s) => s.sector))],
    countries_targeted: [...new Set(x.countriesTargeted.map((c) => c.country))],
    numbers: uniq(x.numbers, (n) => `${n.value}|${n.unit}`).map((n) => ({ value: n.value, unit: n.unit })),
    iocs: uniq(x.iocs, (i) => `${i.type}|${i.value}`).map((i) => ({ type: i.type, value: i.value })),
    dates: [...new Set(x.dates.map((d) => d.value))].map((value) => ({ value })),
  }
}

/**
 * An actor's name in the summary: the resolver's canonical name, and after it in brackets the name the text uses when
 * that is another ("Gamaredon Group (Gamaredon)", "APT44 (Sandworm)"). The canonical name is the catalogue's (ATT&CK,
 * MISP, the starter pack); a reader or another catalogue may know the group only by the text's name, and the schema
 * reads a bracketed short form as a name of its own ("Advanced Persistent Threat Group 31 (APT31)"). A description
 * ("the group") adds nothing.
 */
function withTextName(canonical: string, mention: string): string {
  if (!TEXT_NAME.test(mention) || normalizeAlias(mention) === normalizeAlias(canonical) || mention.includes('('))
    return canonical
  return `${canonical} (${mention})`
}
// (A name opens with a capital or a digit; a description that opens a sentence does too: "The group was behind".)
const TEXT_NAME = /^(?!(?:The|This|That|These|Those|A|An|Its|Their|Our|Such)\s)[A-Z0-9]/

/**
 * "Spanish police have arrested a Russian programmer at the request of the United States": the state asking for an
 * arrest (for an extradition) is not tied to the one arrested, as the state whose orders hackers follow is ("acting at
 * the request of the MSS").
 */
function arrestRequest(text: string, a: AttributionClaim): boolean {
  const at = a.attributed.span[0]
  if (at <= a.sentence.start) return false
  const before = text.slice(Math.max(a.sentence.start, at - 60), at)
  // (Only hackers' work is done at a state's request: "acting at the request of the GRU".)
  return REQUEST_BEFORE.test(before) && !ACTING_AT_REQUEST.test(before)
}
// "arrested … at the request of the United States", "Interpol warrants issued at the request of Switzerland and the
// United States" (a list of states asking).
const REQUEST_BEFORE =
  /\b(?:at|on|upon|following) (?:the )?request of (?:the )?(?:[A-Z][\w.-]*(?: [A-Z][\w.-]*)?,? (?:and |or )?(?:the )?)?$/
const ACTING_AT_REQUEST = /\b(?:act|work|operat|hack|spy|spie)\w* (?:at|on|upon) (?:the )?request of\b/i

// The names of national security, intelligence and police services (not CERTs or cyber centres).
const STATE_SERVICE =
  /\b(?:Police|Intelligence|Security\s+(?:Service|Bureau|Agency|Police)|Protection\s+of\s+the\s+Constitution|Investigation)\b|^(?:NIS|BfV|Supo|PET|PST|Säpo|SAPO|KAPO|SBU|AIVD|MIVD|DGSI|DGSE|ASIO|CSIS|MI5|KNPA|NPA|BKA|MJIB|GUR|VSD|Kripos)$/i

/**
 * "A grand jury has indicted four North Korean nationals" … "Kim, Kang, Jong and Chang travelled to …": a counted group
 * whose people the text names later, as many charged people as the count, stands for each of them (one claim each),
 * unless a claim names those people already.
 */
function countedGroupsNamed(attributions: AttributionClaim[], parties: Party[]): AttributionClaim[] {
  if (!attributions.some((a) => a.attributed.defendants)) return attributions
  const people = parties.filter((p) => p.kind === 'individual' && !p.defendants)
  if (people.length < 2) return attributions
  // The names some claim already gives a party, and the same by attributor.
  const claimed = new Set(attributions.map((b) => b.attributed.name))
  const claimedBy = new Set(attributions.map((b) => `${b.attributor.name}\u0000${b.attributed.name}`))
  const out: AttributionClaim[] = []
  for (const a of attributions) {
    const w = a.attributed.defendants ? COUNT_IN_GROUP.exec(a.attributed.text) : null
    const n = w ? (NUMBER_WORDS[w[1]!.toLowerCase()] ?? Number(w[1])) : 0
    let named = n >= 2 ? distinctPeople(people, (p) => p.span[0] > a.attributed.span[1]) : []
    // "The defendants are A, B, C, D and E. … All five defendants are charged with …": the people named before it.
    if (n >= 2 && named.length !== n) {
      const before = distinctPeople(people, (p) => p.span[1] <= a.attributed.span[0])
      if (before.length === n) named = before
    }
    // (Not when some claim names them already: "OFAC is today designating A, B, … G" after "seven individuals".)
    // ("OFAC sanctioned two individuals …" and then "OFAC designated A …", "B was also designated": the people's own
    // claims stand for the group's.)
    if (n >= 2 && named.length === n) {
      if (named.every((p) => claimed.has(p.name))) continue
      // Each person no claim of the same attributor names ("… charges against four Iranian nationals …"; "Harooni is
      // also charged with …": the group's claim still names the others).
      for (const p of named)
        if (!claimedBy.has(`${a.attributor.name}\u0000${p.name}`)) out.push({ ...a, attributed: p })
      continue
    }
    out.push(a)
  }
  return out
}
/** The people `keep` accepts, one per name, in text order. */
function distinctPeople(people: Party[], keep: (p: Party) => boolean): Party[] {
  const out: Party[] = []
  for (const p of people) if (keep(p) && !out.some((q) => q.name === p.name)) out.push(p)
  return out
}

// The confidence readings that hedge a link (a legal allegation beside a flat statement is another claim).
const HEDGE_KINDS = new Set(['likelihood', 'confidence'])

/**
 * "APT29, the Russian espionage group also known as …", "a Chinese espionage group it called Black Vine": a nationality
 * in the description of a named actor that the same speaker links in the same sentence describes the actor; it is no
 * claim of its own that the state is responsible. (A state named by itself, "backed by Russia", is kept: only the
 * adjective phrases ending in a group noun are read so.)
 */
function describedActorSponsors(
  text: string,
  attributions: AttributionClaim[],
  actors: readonly ActorMention[],
): AttributionClaim[] {
  let drop: Set<AttributionClaim> | undefined
  // (The claims on actors by sentence, and the actors by canonical name, made when first needed.)
  let bySentence: Map<number, AttributionClaim[]> | undefined
  let byCanonical: Map<string, ActorMention[]> | undefined
  for (const c of attributions) {
    const s = c.attributed
    if (s.kind !== 'sponsor' || !GROUP_NOUN_END.test(s.text)) continue
    bySentence ??= groupBy(
      attributions.filter((d) => d.attributed.kind === 'actor'),
      (d) => d.sentence.start,
    )
    byCanonical ??= groupBy(actors, (m) => m.canonical)
    for (const d of bySentence.get(c.sentence.start) ?? []) {
      if (d.attributor.name !== c.attributor.name) continue
      const canonical = d.attributed.canonical ?? d.attributed.name
      const described = (byCanonical.get(canonical) ?? []).some(
        (m) =>
          m.canonical === canonical &&
          ((m.span[1] <= s.span[0] && APPOSED_DESCRIPTION.test(text.slice(m.span[1], s.span[0]))) ||
            (m.span[0] >= s.span[1] && NAMED_AFTER_DESCRIPTION.test(text.slice(s.span[1], m.span[0])))),
      )
      if (described) {
        drop ??= new Set()
        drop.add(c)
        break
      }
    }
  }
  return drop ? attributions.filter((a) => !drop.has(a)) : attributions
}
// "APT29, the Russian …", "Turla (also Snake), a Russian …": the description right after the name.
const APPOSED_DESCRIPTION = /^(?:\s*\([^()]{1,60}\))?\s*,\s+(?:the|a|an)\s+$/
// "… group it calls Black Vine", "… group (that) Microsoft tracks as", "… group known as", "… group dubbed", "the
// Russian hacking group Fancy Bear": the name the description introduces.
const NAMED_AFTER_DESCRIPTION =
  /^\s+$|^\s*,?\s+(?:(?:(?:that|which)\s+)?(?:it|they|we|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+(?:calls?|called|tracks|tracked|dubs|dubbed|names|named|refers\s+to|identifies|identified)(?:\s+as)?|(?:(?:also|publicly|commonly|now)\s+)?(?:known|tracked|referred\s+to|identified)\s+as|called|dubbed|named|codenamed)\s+["“]?$/

function agencyVoice(a: AttributionClaim): boolean {
  return a.attributor.kind === 'agency' && a.attributor.name !== JOINT_VOICE && !a.background
}

/** The attributor and attributed party of a claim, as one key. */
function pairKey(a: AttributionClaim): string {
  return `${a.attributor.name}\u0000${a.attributed.name}`
}

/**
 * "OFAC also designated … The four individuals designated today form the company's board. A is its chief executive; B
 * is …": a counted group that a measure names as its subject, with as many people named right after it, stands for
 * each of them; the measure is the last one the text told of before it (its attributor designates them too).
 */
function measuredGroupsNamed(
  text: string,
  sents: Sentence[],
  attributions: AttributionClaim[],
  people: PersonMention[],
): AttributionClaim[] {
  if (!MEASURED_GROUP_WORDS.some((w) => textHas(text, w))) return attributions
  const added: AttributionClaim[] = []
  // (Tried only at the word starts up to six chunks before a verb: "the four individuals who have been designated".)
  // (Each verb starts a word, where the claims' keyword pass finds its stem in any case.)
  const starts = wordStartsBeforeAnchors(text, measureVerbStarts(text), 6)
  for (const m of matchAtStarts(MEASURED_GROUP_AT, text, starts)) {
    const n = NUMBER_WORDS[m[1]!.toLowerCase()] ?? Number(m[1])
    if (!(n >= 2)) continue
    const verb = m[2]!.slice(0, 5).toLowerCase()
    const lead = attributions.filter((a) => a.span[0] < m.index && a.cue.toLowerCase().includes(verb)).pop()
    if (!lead) continue
    const end = m.index + m[0].length
    const named: PersonMention[] = []
    for (const p of people)
      if (p.span[0] >= end && p.span[0] - end < 600 && !named.some((q) => q.name === p.name)) named.push(p)
    if (named.length < n) continue
    const s = sents.find((x) => x.start <= m.index && m.index < x.end)
    if (!s) continue
    for (const p of named.slice(0, n)) {
      if (attributions.some((a) => a.attributor.name === lead.attributor.name && a.attributed.name === p.name)) continue
      added.push({
        ...lead,
        attributed: party(p.name, p.text, p.span, 'individual'),
        sentence: s,
        span: [s.start, s.end],
        quote: s.text,
      })
    }
  }
  return added.length ? attributions.concat(added) : attributions
}
/**
 * "According to the indictment, the defendants, A, B and C, are officers of Unit 61398", "The grand jury charged A, 37;
 * B, 34; …": a legal claim (a charge, an indictment) whose sentence names people the text holds charged is a claim on
 * each of them too, by the same attributor and in the same words, where no claim of that attributor names them yet.
 */
function chargedInLegalClaims(
  text: string,
  attributions: AttributionClaim[],
  parties: Party[],
  people: PersonMention[],
): AttributionClaim[] {
  if (!people.some((p) => p.charged) || !attributions.some((a) => a.confidence?.kind === 'legal')) return attributions
  const charged = new Set<string>()
  for (const p of people) if (p.charged) charged.add(p.name)
  const claimedBy = new Set(attributions.map((b) => `${b.attributor.name}\u0000${b.attributed.name}`))
  const individuals = parties.filter((p) => p.kind === 'individual').sort((x, y) => x.span[0] - y.span[0])
  const out = attributions.slice()
  for (const a of attributions) {
    if (a.confidence?.kind !== 'legal') continue
    // Only a person the charge's words reach: one right after a word of the charge ("the defendants, A", "charged A"),
    // or listed right after such a person ("A, 37; B, 34; …") — not "its leader, X" at the end of a long sentence or
    // "Special Counsel X's indictment".
    let prevEnd = -1
    for (const q of individuals) {
      if (q.span[0] < a.sentence.start || q.span[1] > a.sentence.end) continue
      const reached =
        !POSSESSIVE_AFTER.test(text.slice(q.span[1], q.span[1] + 2)) &&
        ((prevEnd >= 0 && q.span[0] - prevEnd <= 60 && !/[.:]/.test(text.slice(prevEnd, q.span[0]))) ||
          CHARGE_WORD_BEFORE.test(text.slice(Math.max(a.sentence.start, q.span[0] - 60), q.span[0])))
      prevEnd = reached ? q.span[1] : -1
      if (!reached || q.defendants || !charged.has(q.name)) continue
      const key = `${a.attributor.name}\u0000${q.name}`
      if (claimedBy.has(key)) continue
      claimedBy.add(key)
      out.push({ ...a, attributed: q })
    }
  }
  return out
}
const POSSESSIVE_AFTER = /^['’]s/

/**
 * "A grand jury charged nine Iranian nationals … Gholamreza Rafatnejad and Ehsan Mohammadi …", "In a separate complaint,
 * a Ukrainian man, Oleksandr Didenko, is accused of running laptop farms": a person the text holds charged whom no claim
 * names yet, in a text whose legal claims (charges, indictments, allegations) come from a state authority, is that
 * authority's allegation too, in the words of the person's own sentence where it has a word of the charge. The
 * authority is the attributor of most legal claims on people, else of most legal claims (the first named on a tie).
 * The evidence is the sentence that charges the person, else the person's first.
 */
function chargedByTheAuthority(
  text: string,
  sents: Sentence[],
  attributions: AttributionClaim[],
  parties: Party[],
  people: PersonMention[],
): AttributionClaim[] {
  if (!people.some((p) => p.charged)) return attributions
  const claimed = new Set(attributions.map((a) => a.attributed.name))
  const waiting = new Set<string>()
  // (Not a name that is the start of another's, "Zhang Zhang" beside "Zhang Zhang-Gui".)
  for (const p of people)
    if (p.charged && !claimed.has(p.name) && !people.some((q) => q.name.startsWith(`${p.name}-`))) waiting.add(p.name)
  if (waiting.size === 0) return attributions
  // The authority: its legal claims on people count first, its other legal claims break ties.
  const score = new Map<string, number>()
  const template = new Map<string, AttributionClaim>()
  for (const a of attributions) {
    if (a.confidence?.kind !== 'legal' || !AUTHORITY_KINDS.has(a.attributor.kind)) continue
    const onPerson = a.attributed.kind === 'individual'
    const name = a.attributor.name
    score.set(name, (score.get(name) ?? 0) + (onPerson ? 1000 : 1))
    if (!template.has(name) || (onPerson && template.get(name)!.attributed.kind !== 'individual')) template.set(name, a)
  }
  let authority: AttributionClaim | undefined
  let best = 0
  for (const [name, n] of score)
    if (n > best) {
      best = n
      authority = template.get(name)
    }
  if (!authority?.confidence) return attributions
  const out = attributions.slice()
  for (const name of waiting) {
    let chosen: { party: Party; sentence: Sentence; word: RegExpExecArray | null } | undefined
    // (Not a person the text names with an office or has speak: the prosecutor, the agent, the counsel who brought the
    // indictment, the victim's chairman.)
    if (parties.some((q) => q.kind === 'individual' && q.name === name && officialOrSpeaker(text, q.span))) continue
    for (const q of parties) {
      if (q.kind !== 'individual' || q.name !== name || q.defendants) continue
      const sentence = sents.find((s) => s.start <= q.span[0] && q.span[1] <= s.end)
      if (!sentence) continue
      const word = LEGAL_WORD.exec(sentence.text)
      if (!chosen || (word && !chosen.word)) chosen = { party: q, sentence, word }
      if (word) break
    }
    if (!chosen) continue
    const { party: q, sentence, word } = chosen
    const wording = word ? word[0] : authority.confidenceText
    // The authority a sentence of the charge itself names before the person, where it names one ("the US Justice
    // Department unsealed charges against A and B" in a story of an arrest by another country's police; not "According
    // to the FBI's investigation, two of the defendants, A and B, founded …").
    let attributor = authority.attributor
    if (word)
      for (const r of parties)
        if (AUTHORITY_KINDS.has(r.kind) && r.span[0] >= sentence.start && r.span[1] <= q.span[0]) attributor = r
    out.push({
      ...authority,
      attributor,
      attributed: q,
      confidenceText: wording,
      confidence: { ...authority.confidence, text: wording },
      sentence,
      span: [sentence.start, sentence.end],
      quote: text.slice(sentence.start, sentence.end),
    })
  }
  return out
}
const AUTHORITY_KINDS = new Set<Party['kind']>(['government', 'agency'])
/**
 * "OFAC identified Yuliya Pankratova as the leader of CARR", "the NCA named Dmitry Khoroshev as the gang's leader": a
 * speaker who names a person as a leader, member, administrator or developer of a group links that person to it, in
 * the words of its verb. The speaker is the party right before the verb (auxiliaries and adverbs between).
 */
function namedInRole(
  text: string,
  sents: Sentence[],
  attributions: AttributionClaim[],
  parties: Party[],
): AttributionClaim[] {
  let out: AttributionClaim[] | undefined
  for (const q of parties) {
    if (q.kind !== 'individual' || q.defendants) continue
    const verb = NAMING_VERB_BEFORE.exec(text.slice(Math.max(0, q.span[0] - 50), q.span[0]))
    if (!verb || !ROLE_IN_GROUP_AFTER.test(text.slice(q.span[1], q.span[1] + 120))) continue
    const sentence = sents.find((x) => x.start <= q.span[0] && q.span[1] <= x.end)
    if (!sentence) continue
    const verbStart = q.span[0] - verb[0].length
    let speaker: Party | undefined
    for (const p of parties)
      if (
        SPEAKER_KINDS_OF_ROLE.has(p.kind) &&
        p.span[0] >= sentence.start &&
        p.span[1] <= verbStart &&
        SPEAKER_TO_VERB_GAP.test(text.slice(p.span[1], verbStart))
      )
        speaker = p
    if (!speaker) continue
    const claimed = (out ?? attributions).some(
      (a) => a.attributor.name === speaker.name && a.attributed.name === q.name,
    )
    if (claimed) continue
    out ??= attributions.slice()
    out.push({
      attributor: speaker,
      attributed: q,
      confidenceText: verb[1]!,
      cue: verb[1]!,
      sentence,
      span: [sentence.start, sentence.end],
      quote: text.slice(sentence.start, sentence.end),
    })
  }
  return out ?? attributions
}
const NAMING_VERB_BEFORE = /\b(identified|named|unmasked|outed|exposed)\s+$/
// (The role of someone else's: "as the leader of CARR", "as the gang's leader", "as Media Land's general director"; not
// "as its new chief executive".)
const ROLE_IN_GROUP_AFTER =
  /^,?\s+as\s+(?:(?:(?:the|a|an|one\s+of\s+the)\s+)?(?:[\w-]+\s+){0,2}?(?:leaders?|members?|administrators?|operators?|heads?|founders?|developers?|masterminds?|organi[sz]ers?|affiliates?)\s+of\b|(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}?[\w-]+['’]s\s+(?:[\w-]+\s+){0,2}?(?:leaders?|members?|administrators?|operators?|heads?|founders?|developers?|directors?|masterminds?|organi[sz]ers?|affiliates?)\b)/
const SPEAKER_KINDS_OF_ROLE = new Set<Party['kind']>(['agency', 'government', 'country', 'vendor'])
const SPEAKER_TO_VERB_GAP = /^\s+(?:(?:has|have|had|also|publicly|today|formally|on\s+[A-Z][a-z]+)\s+)*$/

/** A person's mention right after an office ("U.S. Attorney X", "its chairman X") or before a word of speech. */
function officialOrSpeaker(text: string, span: Span): boolean {
  return (
    OFFICE_BEFORE.test(text.slice(Math.max(0, span[0] - 40), span[0])) ||
    SPEECH_AFTER.test(text.slice(span[1], span[1] + 100))
  )
}
const OFFICE_BEFORE =
  /\b(?:Attorney|Counsel|Director|Charge|Agent|Secretary|Minister|Chairman|chairman|Judge|judge|Senator|Commissioner|President|Prosecutor|Spokesperson|spokes(?:man|woman|person))\s+$/
const SPEECH_AFTER = /^(?:,[^,.;]{1,80},)?\s+(?:said|says|told|added|stated|noted|wrote)\b/
// The words of a charge that the confidence lexicon reads as an allegation.
const LEGAL_WORD = /\b(?:charged|charges|indicted|indictment|indict|alleges?|alleged|allegedly|accused)\b/i
// A word of a charge before a person: "the defendants, ", "charged ", "According to the indictment, ".
const CHARGE_WORD_BEFORE =
  /\b(?:charg(?:ed|es|ing)|indict(?:ed|ment|ments|ing)|defendants?|accused|complaints?|prosecutors?|convicted|sentenced|alleges?)\b[^.;:]*$/i

/**
 * The parties a measure lists after it: "identified three GRU officers suspected of involvement: A, B and C", "OFAC
 * designated the following officials:" and a bulleted list, "The defendants are A, 23, and B, 20, both of Texas; C …",
 * "The sanctioned units are Unit 26165, Unit 74455 and Unit 29155". Each person or unit listed is the measure's party,
 * with the wording of the measure's claim: the claim in the sentence, else the last claim of a measure before it (by
 * the sentence's subject, when it names one).
 */
function measureLists(
  text: string,
  sents: Sentence[],
  attributions: AttributionClaim[],
  parties: Party[],
  people: PersonMention[],
): AttributionClaim[] {
  const measures = attributions.filter((a) => MEASURE_CUE.test(a.cue))
  if (measures.length === 0) return attributions
  // (Lookups that do not walk the lists for each sentence: a long text may hold many.)
  const peopleIn = itemsInside(people)
  const partiesIn = itemsInside(parties)
  const bySentenceEnd = measures.slice().sort((a, b) => a.sentence.end - b.sentence.end)
  const ends = bySentenceEnd.map((a) => a.sentence.end)
  const claimed = new Set(attributions.map((a) => `${a.attributor.name}\u0000${a.attributed.name}`))
  const added: AttributionClaim[] = []
  for (const s of sents) {
    let from = -1
    let to = s.end
    let leadIn: Sentence | undefined = s
    const colon = s.text.indexOf(':')
    if (colon >= 0 && MEASURE_VERB_LIST.test(s.text.slice(0, colon))) {
      from = s.start + colon + 1
      // ("… the following officials:" and then one item a line.)
      if (/^\s*$/.test(text.slice(from, s.end))) to = bulletListEnd(text, s.end)
    } else {
      const m = LISTED_ARE.exec(s.text)
      if (!m) continue
      from = s.start + m.index + m[0].length
      leadIn = undefined
    }
    if (to - from < 5) continue
    const subject = leadIn ? partiesIn([s.start, from]).find((p) => SPEAKER_KINDS_OF_MEASURES.has(p.kind)) : undefined
    // The measure's claim in the sentence, else the last one before it (within reach, by the subject if named).
    let lead = measures.find((a) => a.sentence.start === s.start)
    for (let i = countBelow(ends, s.start + 1) - 1; !lead && i >= 0; i--) {
      const a = bySentenceEnd[i]!
      if (s.start - a.sentence.end >= MEASURE_LIST_REACH) break
      if (!subject || a.attributor.name === subject.name) lead = a
    }
    if (!lead) continue
    const items: Party[] = peopleIn([from, to]).map((p) => party(p.name, p.text, p.span, 'individual'))
    for (const p of partiesIn([from, to]))
      if ((p.kind === 'state-body' || p.kind === 'actor' || p.company) && !anyOverlaps(items, p.span)) items.push(p)
    // ("- Milad Mansuri;": a bulleted item that is only a name is a person where the list is one of people.)
    if (to > s.end && PEOPLE_LIST_NOUN.test(s.text.slice(0, colon)))
      for (const line of bulletItems(text, s.end, to)) {
        if (items.some((p) => p.span[0] >= line[0] && p.span[0] < line[1])) continue
        const m = NAME_ITEM.exec(text.slice(line[0], line[1]))
        if (m) items.push(party(m[1]!, m[1]!, [line[0], line[0] + m[1]!.length], 'individual'))
      }
    if (new Set(items.map((p) => p.name)).size < 2) continue
    for (const p of items.sort((a, b) => a.span[0] - b.span[0])) {
      const key = `${lead.attributor.name}\u0000${p.name}`
      if (claimed.has(key)) continue
      claimed.add(key)
      added.push({ ...lead, attributed: p, sentence: s, span: [s.start, s.end], quote: s.text })
    }
  }
  return added.length ? attributions.concat(added) : attributions
}
// The cues of legal measures and of findings that name suspects.
const MEASURE_CUE = /\b(?:charg|indict|sanction|designat|identif|accus|arrest|named)/i
// A measure with a plural noun for what it lists, before a colon: "designated the following officials:", "identified
// three GRU officers suspected of involvement in the attacks:".
// (The nouns for people, PEOPLE_LIST_NOUNS, and for bodies.)
const PEOPLE_LIST_NOUNS =
  'officials|officers|individuals|persons|people|men|women|nationals|suspects|defendants|members'
const MEASURE_VERB_LIST = new RegExp(
  String.raw`\b(?:charg|indict|sanction|designat|identif|accus|arrest|nam)\w*\b[^:]{0,80}\b(?:${PEOPLE_LIST_NOUNS}|entities|units|companies|firms|groups|actors)\b[^:]{0,80}$`,
  'i',
)
// "The defendants are", "The sanctioned units are", "The individuals sanctioned are", "Those charged are".
const LISTED_ARE =
  /\b(?:[Tt]he|[Tt]hose)\s+(?:defendants|suspects|(?:sanctioned|designated|indicted|charged)\s+(?:units|individuals|entities|persons|people|men|officers)|(?:units|individuals|entities|persons|people|men|officers)\s+(?:sanctioned|designated|indicted|charged)|charged|indicted|sanctioned)\s+(?:are|were|include|included)\b/
const SPEAKER_KINDS_OF_MEASURES = new Set<Party['kind']>(['agency', 'government', 'country', 'alliance'])
// How far after its claim a measure's list may come.
const MEASURE_LIST_REACH = 2000
/** Where a list of one item a line ("- A;", "• B", "1. C") that starts after `at` ends. */
function bulletListEnd(text: string, at: number): number {
  let end = at
  let p = at
  for (;;) {
    while (p < text.length && (text[p] === '\n' || text[p] === '\r' || text[p] === ' ')) p++
    const m = BULLET_ITEM.exec(text.slice(p, p + 8))
    if (!m) break
    const nl = text.indexOf('\n', p)
    end = nl < 0 ? text.length : nl
    p = end
  }
  return end
}
const BULLET_ITEM = /^(?:[-•*–]|\d{1,2}[.)])\s/
/** The text of each item (after its marker) of a list of one item a line between `from` and `to`. */
function bulletItems(text: string, from: number, to: number): Span[] {
  const out: Span[] = []
  for (let p = from; p < to; ) {
    const nl = text.indexOf('\n', p)
    const end = nl < 0 || nl > to ? to : nl
    const m = BULLET_ITEM.exec(text.slice(p, end).trimStart())
    if (m) {
      const start = p + (text.slice(p, end).length - text.slice(p, end).trimStart().length) + m[0].length
      out.push([start, end])
    }
    p = end + 1
  }
  return out
}
const PEOPLE_LIST_NOUN = new RegExp(String.raw`\b(?:${PEOPLE_LIST_NOUNS})\b`, 'i')
// An item that is a name of two to five capitalised words, alone or before its description.
const NAME_ITEM = /^([A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){1,4})\s*(?:[;,.]|$)/u

// The number words of the shared table, as alternatives of an expression.
const NUMBER_WORD_NAMES = Object.keys(NUMBER_WORDS).join('|')
// (Every match holds one of the measure's verbs as written.)
const MEASURED_GROUP_WORDS = ['designated', 'sanctioned', 'charged', 'indicted']
const MEASURED_GROUP = new RegExp(
  String.raw`\b[Tt]he\s+(\d{1,2}|${NUMBER_WORD_NAMES})\s+(?:individuals|persons|people|men|women|nationals|defendants)\s+(?:(?:who|that)\s+(?:were|have\s+been)\s+)?(${MEASURED_GROUP_WORDS.join('|')})\b`,
  'gi',
)
const MEASURED_GROUP_AT = stickyCopy(MEASURED_GROUP)

// A count in a counted group's words ("four North Korean nationals"), by the shared table of number words.
const COUNT_IN_GROUP = new RegExp(String.raw`\b(\d{1,3}|${NUMBER_WORD_NAMES})\b`, 'i')
