// The attribution-ledger sections of an actor dossier: sponsors, attributions, denials, legal actions, campaigns,
// CVEs, sectors, countries and a timeline, all as of a date and each with its source.
import type { Claim, Store } from '../../store/store.ts'
import {
  type AttributionRow,
  attributionRows,
  type OpinionRow,
  opinionsAbout,
  resolveAttributors,
} from './attributions.ts'
import { type CampaignRow, campaignRow, cvesOf, type TargetRow, targetsOf } from './campaigns.ts'
import { day, extraRefs, LedgerContext, type PartyRef } from './context.ts'
import { type CveSummary, cveSummary, cveTimeline } from './cves.ts'
import { type LegalActionRow, legalActions } from './legal.ts'

/** The actor as the actors view computes it: member records joined by same-as claims. */
export interface ActorRef {
  id: string
  name: string
  ids: string[]
}

export interface SponsorRow extends PartyRef {
  /** The organisations above it by part-of claims (HSSD → MSS → the PRC government). */
  part_of: PartyRef[]
  predicates: string[]
  sources: { id: string | null; name: string }[]
  claim_ids: string[]
  first_published: string | null
}

export interface TimelineEvent {
  date: string
  kind: 'attribution' | 'denial' | 'agreement' | 'legal-action' | 'campaign-start' | 'campaign-end' | 'targeting'
  summary: string
  ref: string
  source: string | null
}

export interface DossierExtras {
  sponsors: SponsorRow[]
  attributions: AttributionRow[]
  denials: OpinionRow[]
  legal_actions: LegalActionRow[]
  campaigns: CampaignRow[]
  cves: CveSummary[]
  sectors: TargetRow[]
  countries: TargetRow[]
  timeline: TimelineEvent[]
}

const SPONSOR_PREDICATES = ['attributed-to', 'sponsored-by', 'originates-from']

const uniqueById = (claims: Claim[]): Claim[] => {
  const seen = new Set<string>()
  return claims.filter((c) => {
    if (seen.has(c.id)) return false
    seen.add(c.id)
    return true
  })
}

const byPublished = (a: Claim, b: Claim) =>
  (a.published ?? '').localeCompare(b.published ?? '') || a.id.localeCompare(b.id)

/**
 * The ledger sections of the dossier of `actor` (claims about any of `actor.ids` count). `asOf` keeps only what was
 * published by then (valid time); `lens` keeps only statements whose attributor or a co-signer is the named source
 * (an identity with its sub-units, or every identity of a country).
 */
export async function dossierExtras(
  store: Store,
  actor: ActorRef,
  opts: { asOf?: string; lens?: string },
): Promise<DossierExtras> {
  const ctx = new LedgerContext(store, opts.asOf)
  const ids = [...new Set([actor.id, ...actor.ids])]
  const idSet = new Set(ids)
  const lens = opts.lens === undefined ? undefined : (await resolveAttributors(ctx, opts.lens)).ids
  const inLens = (c: Claim) =>
    lens === undefined ||
    (c.source !== null && lens.has(c.source)) ||
    extraRefs(c, 'cosigners').some((s) => lens.has(s))

  const asSubject = await ctx.claims({
    subject: ids,
    predicate: [...SPONSOR_PREDICATES, 'conducted-by'],
  })
  const asObject = await ctx.claims({ object: ids, predicate: ['attributed-to', 'conducted-by'] })

  // Campaigns: those conducted by or attributed to the actor, and those its attributions are about.
  const campaignLinks = new Map<string, Claim[]>()
  const link = (campaign: string, c: Claim) => {
    const l = campaignLinks.get(campaign)
    if (l) l.push(c)
    else campaignLinks.set(campaign, [c])
  }
  for (const c of asObject) if (c.subject.startsWith('campaign--') && c.polarity === 'asserts') link(c.subject, c)
  for (const c of asSubject)
    if (c.predicate === 'attributed-to')
      for (const a of extraRefs(c, 'about')) if (a.startsWith('campaign--')) link(a, c)
  const campaignIds = [...campaignLinks.keys()].sort()

  // Attributions: of the actor, to the actor, and of its campaigns.
  const ofCampaigns =
    campaignIds.length > 0 ? await ctx.claims({ subject: campaignIds, predicate: 'attributed-to' }) : []
  const attributionClaims = uniqueById([
    ...asSubject.filter((c) => c.predicate === 'attributed-to'),
    ...asObject.filter((c) => c.predicate === 'attributed-to'),
    ...ofCampaigns,
  ])
    .filter((c) => !c.literal && inLens(c))
    .sort(byPublished)
  const opinions = await opinionsAbout(
    ctx,
    attributionClaims.map((c) => c.id),
  )
  const attributions = await attributionRows(ctx, attributionClaims, opinions)
  const denials = opinions.filter((o) => o.polarity === 'denies')

  // Sponsors: who the actor itself is attributed to, sponsored by, or originates from, grouped per party.
  const sponsorMap = new Map<string, SponsorRow>()
  for (const c of asSubject) {
    if (!SPONSOR_PREDICATES.includes(c.predicate) || c.polarity !== 'asserts' || c.literal || !inLens(c)) continue
    if (idSet.has(c.object)) continue
    let row = sponsorMap.get(c.object)
    if (!row) {
      const part: PartyRef[] = []
      let cur = c.object
      const seen = new Set([cur])
      for (;;) {
        const next = (await ctx.parents(cur)).find((p) => !seen.has(p))
        if (next === undefined) break
        seen.add(next)
        part.push(await ctx.ref(next))
        cur = next
      }
      row = {
        ...(await ctx.ref(c.object)),
        part_of: part,
        predicates: [],
        sources: [],
        claim_ids: [],
        first_published: null,
      }
      sponsorMap.set(c.object, row)
    }
    if (!row.predicates.includes(c.predicate)) row.predicates.push(c.predicate)
    if (!row.sources.some((s) => s.id === c.source)) row.sources.push({ id: c.source, name: await ctx.name(c.source) })
    row.claim_ids.push(c.id)
    if (c.published && (row.first_published === null || c.published < row.first_published))
      row.first_published = c.published
  }
  const sponsors = [...sponsorMap.values()].sort(
    (a, b) => b.claim_ids.length - a.claim_ids.length || a.name.localeCompare(b.name),
  )

  const legal = await legalActions(ctx, { concerning: ids })

  const campaigns: CampaignRow[] = []
  for (const id of campaignIds) {
    const row = await campaignRow(ctx, id, campaignLinks.get(id) ?? [])
    if (row) campaigns.push(row)
  }
  campaigns.sort((a, b) => (a.first_seen ?? '').localeCompare(b.first_seen ?? '') || a.name.localeCompare(b.name))

  const cveIds = [...new Set([...campaigns.flatMap((c) => c.cves), ...(await cvesOf(ctx, ids))])].sort()
  const cves: CveSummary[] = []
  for (const id of cveIds) {
    const t = await cveTimeline(ctx, id)
    if (t) cves.push(cveSummary(t))
  }

  const { sectors, countries } = await targetsOf(ctx, [...ids, ...campaignIds])
  if (lens !== undefined) {
    // The lens keeps targeting statements by the trusted sources only.
    const lensNames = new Set<string>()
    for (const id of lens) lensNames.add(await ctx.name(id))
    for (const list of [sectors, countries])
      for (let i = list.length - 1; i >= 0; i--) {
        const row = list[i] as TargetRow
        row.sources = row.sources.filter((s) => lensNames.has(s.stated_by))
        if (row.sources.length === 0) list.splice(i, 1)
      }
  }

  const timeline = buildTimeline(attributions, opinions, legal, campaigns, sectors)
  return { sponsors, attributions, denials, legal_actions: legal, campaigns, cves, sectors, countries, timeline }
}

function buildTimeline(
  attributions: AttributionRow[],
  opinions: OpinionRow[],
  legal: LegalActionRow[],
  campaigns: CampaignRow[],
  sectors: TargetRow[],
): TimelineEvent[] {
  const events: TimelineEvent[] = []
  const add = (
    date: string | null,
    kind: TimelineEvent['kind'],
    summary: string,
    ref: string,
    source: string | null,
  ) => {
    const d = day(date)
    if (d) events.push({ date: d, kind, summary, ref, source })
  }
  for (const a of attributions) {
    const wording = a.confidence.text ? ` ("${a.confidence.text}")` : ''
    const co = a.cosigners.length > 0 ? ` with ${a.cosigners.map((c) => c.name).join(', ')}` : ''
    add(
      a.published,
      'attribution',
      `${a.attributor.name}${co} attributes ${a.subject.name} to ${a.attributed_to.name}${wording}`,
      a.claim_id,
      a.source.title,
    )
  }
  for (const o of opinions) {
    const verb = o.polarity === 'denies' ? 'denies' : 'agrees with'
    add(
      o.published,
      o.polarity === 'denies' ? 'denial' : 'agreement',
      `${o.denier.name} ${verb} ${o.responds_to.length} statement(s)${o.quote ? `: "${o.quote}"` : ''}`,
      o.opinion_id,
      o.source.title,
    )
  }
  for (const l of legal) {
    const who = l.subjects.map((s) => s.name).join(', ')
    add(l.date, 'legal-action', `${l.authority.name}: ${l.type}${who ? ` of ${who}` : ''}`, l.id, l.source.title)
  }
  for (const c of campaigns) {
    add(c.first_seen, 'campaign-start', `${c.name} begins`, c.id, null)
    add(c.last_seen, 'campaign-end', `${c.name} ends`, c.id, null)
  }
  for (const s of sectors) {
    const first = s.sources[0]
    if (s.period.start && first)
      add(
        s.period.start,
        'targeting',
        `${first.by} targets ${s.name} (per ${first.stated_by})`,
        first.claim_id,
        first.url,
      )
  }
  return events.sort(
    (a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind) || a.ref.localeCompare(b.ref),
  )
}
