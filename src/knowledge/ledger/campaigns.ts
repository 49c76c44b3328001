// Campaigns and incidents: period, actors, exploited CVEs, targeted sectors and countries, impact figures with their
// source, and the attribution statements about them (as stated, and rolled up to the state behind each party).
import { isObject } from '../../lib/json.ts'
import { META_EXT_ID } from '../../stix/mosaic-extensions.ts'
import type { StixObject } from '../../stix/types.ts'
import type { Claim } from '../../store/store.ts'
import { type AttributionRow, attributions, type LedgerSummary } from './attributions.ts'
import { day, type LedgerContext, type PartyRef, quoteOf, type SourceDoc, sourceDoc } from './context.ts'
import { type CveSummary, type CveTimeline, cveSummary, cveTimeline } from './cves.ts'

export interface ImpactRow {
  quantity: number
  unit: string
  description: string | null
  approximate: boolean
  source: { id: string | null; name: string; url: string | null }
}

/** A sector or country targeted, with every claim saying so. */
export interface TargetRow {
  id: string
  name: string
  /** STIX industry-sector vocabulary of a sector, or the ISO code of a country. */
  sectors?: string[]
  code?: string | null
  /** Earliest start and latest stop of the targeting claims that give a period. */
  period: { start: string | null; stop: string | null }
  sources: {
    claim_id: string
    stated_by: string
    by: string
    published: string | null
    quote: string | null
    url: string | null
  }[]
}

/** A campaign in a dossier (the dossier contract's row, plus id, aliases and how it is linked to the actor). */
export interface CampaignRow {
  id: string
  name: string
  aliases: string[]
  first_seen: string | null
  last_seen: string | null
  cves: string[]
  impact: ImpactRow[]
  link: { predicate: string; claim_id: string; stated_by: string }[]
}

export interface CampaignView extends Omit<CampaignRow, 'link' | 'cves'> {
  description: string | null
  conducted_by: { actor: PartyRef; predicate: string; claim_id: string; stated_by: string; published: string | null }[]
  cves: CveSummary[]
  cve_timelines: CveTimeline[]
  sectors: TargetRow[]
  countries: TargetRow[]
  attributions: AttributionRow[]
  attribution_summary: LedgerSummary & {
    /**
     * Attributions rolled up to the state behind the party named (MSS → China; an intrusion set is not rolled up):
     * the distinct governments or alliances (attributors and co-signers) per state, with the parties they named.
     */
    by_state: {
      state: { id: string; name: string; code: string | null }
      statements: number
      bodies: string[]
      parties: string[]
    }[]
  }
  sources: SourceDoc[]
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [])

export async function impactOf(ctx: LedgerContext, o: StixObject): Promise<ImpactRow[]> {
  const ext = o.extensions?.[META_EXT_ID]
  const impact = isObject(ext) && Array.isArray(ext.impact) ? ext.impact : []
  const out: ImpactRow[] = []
  for (const i of impact) {
    if (!isObject(i) || typeof i.quantity !== 'number' || typeof i.unit !== 'string') continue
    const src = typeof i.source_ref === 'string' ? i.source_ref : null
    out.push({
      quantity: i.quantity,
      unit: i.unit,
      description: typeof i.description === 'string' ? i.description : null,
      approximate: i.approximate === true,
      source: { id: src, name: await ctx.name(src), url: typeof i.url === 'string' ? i.url : null },
    })
  }
  return out
}

/** CVE ids (names of vulnerability objects) a campaign or actor targets or exploits, as of the context. */
export async function cvesOf(ctx: LedgerContext, subjects: string[]): Promise<string[]> {
  if (subjects.length === 0) return []
  const claims = await ctx.claims({ subject: subjects, predicate: ['targets', 'exploits'] })
  const out = new Set<string>()
  for (const c of claims) {
    if (c.polarity !== 'asserts' || !c.object.startsWith('vulnerability--')) continue
    const name = await ctx.name(c.object)
    if (/^CVE-\d{4}-\d{4,}$/i.test(name)) out.add(name.toUpperCase())
  }
  return [...out].sort()
}

/** Sectors (identity class) and countries (locations) the subjects target, grouped per target with all sources. */
export async function targetsOf(
  ctx: LedgerContext,
  subjects: string[],
): Promise<{ sectors: TargetRow[]; countries: TargetRow[] }> {
  const sectors = new Map<string, TargetRow>()
  const countries = new Map<string, TargetRow>()
  if (subjects.length === 0) return { sectors: [], countries: [] }
  const claims = await ctx.claims({ subject: subjects, predicate: 'targets' })
  await ctx.prefetch(
    claims.flatMap((c) => [c.object, c.origin, c.source ?? '', c.subject]),
    false,
  )
  for (const c of claims) {
    if (c.polarity !== 'asserts') continue
    const isLoc = c.object.startsWith('location--')
    const target = await ctx.obj(c.object)
    if (!isLoc && !(c.object.startsWith('identity--') && target?.identity_class === 'class')) continue
    const map = isLoc ? countries : sectors
    let row = map.get(c.object)
    if (!row) {
      row = { id: c.object, name: await ctx.name(c.object), period: { start: null, stop: null }, sources: [] }
      if (isLoc) row.code = typeof target?.country === 'string' ? target.country.toUpperCase() : null
      else row.sectors = strings(target?.sectors)
      map.set(c.object, row)
    }
    const rel = await ctx.obj(c.origin)
    const start = day(typeof rel?.start_time === 'string' ? rel.start_time : null)
    const stop = day(typeof rel?.stop_time === 'string' ? rel.stop_time : null)
    if (start && (row.period.start === null || start < row.period.start)) row.period.start = start
    if (stop && (row.period.stop === null || stop > row.period.stop)) row.period.stop = stop
    row.sources.push({
      claim_id: c.id,
      stated_by: await ctx.name(c.source),
      by: await ctx.name(c.subject),
      published: c.published,
      quote: quoteOf(c.evidence),
      url: sourceDoc(c.evidence).url,
    })
  }
  const sorted = (m: Map<string, TargetRow>) => [...m.values()].sort((a, b) => a.name.localeCompare(b.name))
  return { sectors: sorted(sectors), countries: sorted(countries) }
}

/** The dossier row of one campaign, linked to the actor by the given claims. */
export async function campaignRow(ctx: LedgerContext, id: string, links: Claim[]): Promise<CampaignRow | undefined> {
  const o = await ctx.obj(id)
  if (!o) return undefined
  const linkRows: CampaignRow['link'] = []
  for (const l of links) linkRows.push({ predicate: l.predicate, claim_id: l.id, stated_by: await ctx.name(l.source) })
  return {
    id,
    name: typeof o.name === 'string' ? o.name : id,
    aliases: strings(o.aliases),
    first_seen: typeof o.first_seen === 'string' ? o.first_seen : null,
    last_seen: typeof o.last_seen === 'string' ? o.last_seen : null,
    cves: await cvesOf(ctx, [id]),
    impact: await impactOf(ctx, o),
    link: linkRows,
  }
}

/** Campaigns whose name or alias matches `text` (or the campaign with that id). */
export async function findCampaigns(ctx: LedgerContext, text: string): Promise<string[]> {
  return ctx.match(text, ['campaign'])
}

/** The full view of one campaign as of the context's date. */
export async function campaignView(ctx: LedgerContext, id: string): Promise<CampaignView | undefined> {
  const o = await ctx.obj(id)
  if (o?.type !== 'campaign') return undefined
  const links = await ctx.claims({ subject: id, predicate: ['conducted-by', 'attributed-to'] })
  const conducted: CampaignView['conducted_by'] = []
  for (const l of links) {
    if (l.polarity !== 'asserts' || !l.object.startsWith('intrusion-set--')) continue
    conducted.push({
      actor: await ctx.ref(l.object),
      predicate: l.predicate,
      claim_id: l.id,
      stated_by: await ctx.name(l.source),
      published: l.published,
    })
  }
  const cveIds = await cvesOf(ctx, [id])
  const timelines = (await Promise.all(cveIds.map((c) => cveTimeline(ctx, c)))).filter(
    (t): t is CveTimeline => t !== undefined,
  )
  const { sectors, countries } = await targetsOf(ctx, [id])
  const ledger = await attributions(ctx, { about: id })
  return {
    id,
    name: typeof o.name === 'string' ? o.name : id,
    aliases: strings(o.aliases),
    description: typeof o.description === 'string' ? o.description : null,
    first_seen: typeof o.first_seen === 'string' ? o.first_seen : null,
    last_seen: typeof o.last_seen === 'string' ? o.last_seen : null,
    conducted_by: conducted,
    cves: timelines.map(cveSummary),
    cve_timelines: timelines,
    sectors,
    countries,
    impact: await impactOf(ctx, o),
    attributions: ledger.rows,
    attribution_summary: { ...ledger.summary, by_state: await byState(ctx, ledger.rows) },
    sources: (o.external_references ?? []).map((r) => ({ title: r.source_name ?? null, url: r.url ?? null })),
  }
}

/** Roll attribution rows up to the state behind the named party (organisations and locations only). */
export async function byState(
  ctx: LedgerContext,
  rows: AttributionRow[],
): Promise<CampaignView['attribution_summary']['by_state']> {
  const groups = new Map<string, { statements: number; bodies: Set<string>; parties: Set<string> }>()
  for (const r of rows) {
    const state = await ctx.stateOf(r.attributed_to.id, false)
    if (state === null) continue
    let g = groups.get(state)
    if (!g) groups.set(state, (g = { statements: 0, bodies: new Set(), parties: new Set() }))
    g.statements++
    g.bodies.add(r.attributor.on_behalf_of.name)
    for (const c of r.cosigners) g.bodies.add(c.on_behalf_of.name)
    g.parties.add(r.attributed_to.name)
  }
  const out: CampaignView['attribution_summary']['by_state'] = []
  for (const [state, g] of groups)
    out.push({
      state: await ctx.stateRef(state),
      statements: g.statements,
      bodies: [...g.bodies].sort(),
      parties: [...g.parties].sort(),
    })
  return out.sort((a, b) => b.statements - a.statements)
}
