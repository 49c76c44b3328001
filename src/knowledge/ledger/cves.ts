// Vulnerability timelines. A CVE may be held by several vulnerability objects (the CVE record, the CISA KEV entry,
// the starter pack's own) from different sources with different dates; they are joined by CVE id, never by STIX id.
import { isObject } from '../../lib/json.ts'
import { normalizeAlias } from '../../resolve/index.ts'
import { META_EXT_ID } from '../../stix/mosaic-extensions.ts'
import type { StixObject } from '../../stix/types.ts'
import { type LedgerContext, type PartyRef, type SourceDoc, sourceDoc, within } from './context.ts'

export interface Dated {
  date: string
  /** Who gives the date. */
  source: { id: string | null; name: string; url: string | null }
}

export interface CveExploiter {
  /** The campaign or actor that exploited (targeted) the CVE, as claimed. */
  by: PartyRef
  claim_id: string
  predicate: string
  stated_by: string
  published: string | null
  source: SourceDoc
  /** For a campaign: the actors that conducted it (with the claims saying so, and who states them), its first_seen. */
  actors: { actor: PartyRef; claim_ids: string[]; stated_by: string[] }[]
  first_seen: string | null
}

export interface CveTimeline {
  cve: string
  records: { id: string; origin: string; source: string }[]
  description: string | null
  /** Publication of the CVE record (datePublished), when a CVE record is loaded. */
  published: Dated | null
  /** Patch release date: only when a loaded source states it (the CVE and KEV formats do not). */
  patch: Dated | null
  kev:
    | (Dated & {
        due_date: string | null
        known_ransomware_campaign_use: string | null
        required_action: string | null
      })
    | null
  /** Earliest first_seen of a campaign claimed to exploit it (activity time, from that campaign's source). */
  first_exploited: (Dated & { campaign: PartyRef }) | null
  exploited_by: CveExploiter[]
  events: { date: string; kind: string; summary: string; source: string | null }[]
}

const CVE_RE = /^CVE-\d{4}-\d{4,}$/i

const metaOf = (o: StixObject): Record<string, unknown> | undefined => {
  const ext = o.extensions?.[META_EXT_ID]
  return isObject(ext) ? ext : undefined
}

function originOf(o: StixObject): string {
  const m = metaOf(o)
  return typeof m?.origin === 'string' ? m.origin : 'stix'
}

/** Vulnerability objects named `cve` (case-insensitive), by the alias index. */
export async function vulnerabilityIds(ctx: LedgerContext, cve: string): Promise<string[]> {
  const rows = await ctx.store.aliases(normalizeAlias(cve))
  return [...new Set(rows.filter((r) => r.object_type === 'vulnerability').map((r) => r.object_id))].sort()
}

const sourceName = async (ctx: LedgerContext, id: string | null) => ({ id, name: await ctx.name(id) })

/** The timeline of one CVE as of the context's date, or undefined when no vulnerability object has that name. */
export async function cveTimeline(ctx: LedgerContext, cveId: string): Promise<CveTimeline | undefined> {
  const cve = cveId.trim().toUpperCase()
  if (!CVE_RE.test(cve)) return undefined
  const ids = await vulnerabilityIds(ctx, cve)
  const objects = (await Promise.all(ids.map((id) => ctx.obj(id)))).filter(
    (o): o is StixObject => o !== undefined && typeof o.name === 'string' && o.name.toUpperCase() === cve,
  )
  if (objects.length === 0) return undefined
  const t: CveTimeline = {
    cve,
    records: [],
    description: null,
    published: null,
    patch: null,
    kev: null,
    first_exploited: null,
    exploited_by: [],
    events: [],
  }
  for (const o of objects) {
    const origin = originOf(o)
    t.records.push({ id: o.id, origin, source: await ctx.name(o.created_by_ref ?? null) })
    if (typeof o.description === 'string' && (t.description === null || origin === 'cve-record'))
      t.description = o.description
    const meta = metaOf(o)?.meta
    if (origin === 'cve-record' && typeof o.created === 'string' && within(o.created, ctx.asOf)) {
      const src = await sourceName(ctx, o.created_by_ref ?? null)
      t.published = { date: o.created, source: { ...src, url: `https://www.cve.org/CVERecord?id=${cve}` } }
    }
    if (
      origin === 'cisa-kev' &&
      isObject(meta) &&
      typeof meta.dateAdded === 'string' &&
      within(meta.dateAdded, ctx.asOf)
    ) {
      const src = await sourceName(ctx, o.created_by_ref ?? null)
      t.kev = {
        date: meta.dateAdded,
        source: { ...src, url: 'https://www.cisa.gov/known-exploited-vulnerabilities-catalog' },
        due_date: typeof meta.dueDate === 'string' ? meta.dueDate : null,
        known_ransomware_campaign_use:
          typeof meta.knownRansomwareCampaignUse === 'string' ? meta.knownRansomwareCampaignUse : null,
        required_action: typeof meta.requiredAction === 'string' ? meta.requiredAction : null,
      }
    }
  }

  const claims = await ctx.claims({ object: ids, predicate: ['targets', 'exploits'] })
  await ctx.prefetch(
    claims.flatMap((c) => [c.subject, c.source ?? '']),
    false,
  )
  for (const c of claims) {
    if (c.polarity !== 'asserts') continue
    const by = await ctx.ref(c.subject)
    const row: CveExploiter = {
      by,
      claim_id: c.id,
      predicate: c.predicate,
      stated_by: await ctx.name(c.source),
      published: c.published,
      source: sourceDoc(c.evidence),
      actors: [],
      first_seen: null,
    }
    if (by.kind === 'campaign') {
      const camp = await ctx.obj(c.subject)
      row.first_seen = typeof camp?.first_seen === 'string' ? camp.first_seen : null
      const links = await ctx.claims({
        subject: c.subject,
        predicate: ['conducted-by', 'attributed-to'],
      })
      for (const l of links) {
        if (l.polarity !== 'asserts' || !l.object.startsWith('intrusion-set--')) continue
        const by = await ctx.name(l.source)
        const known = row.actors.find((a) => a.actor.id === l.object)
        if (known) {
          known.claim_ids.push(l.id)
          if (!known.stated_by.includes(by)) known.stated_by.push(by)
        } else row.actors.push({ actor: await ctx.ref(l.object), claim_ids: [l.id], stated_by: [by] })
      }
      if (row.first_seen && (t.first_exploited === null || row.first_seen < t.first_exploited.date)) {
        const doc = sourceDoc(c.evidence)
        t.first_exploited = {
          date: row.first_seen,
          campaign: by,
          source: { id: c.source, name: row.stated_by, url: doc.url },
        }
      }
    }
    t.exploited_by.push(row)
  }

  const ev = (date: string | null | undefined, kind: string, summary: string, source: string | null) => {
    if (date) t.events.push({ date: date.slice(0, 10), kind, summary, source })
  }
  ev(
    t.first_exploited?.date,
    'first-exploitation',
    `first seen exploited (${t.first_exploited?.campaign.name})`,
    t.first_exploited?.source.name ?? null,
  )
  ev(t.published?.date, 'published', `${cve} published`, t.published?.source.name ?? null)
  ev(t.patch?.date, 'patch', 'patch released', t.patch?.source.name ?? null)
  ev(t.kev?.date, 'kev-added', 'added to the CISA KEV catalog', t.kev?.source.name ?? null)
  if (t.kev?.due_date) ev(t.kev.due_date, 'kev-due', 'KEV remediation due date', t.kev.source.name)
  for (const x of t.exploited_by) {
    const actors = x.actors.map((a) => a.actor.name).join(', ')
    ev(
      x.published,
      'exploitation-claim',
      `${x.stated_by}: ${x.by.name}${actors ? ` (${actors})` : ''} ${x.predicate} ${cve}`,
      x.source.title,
    )
  }
  t.events.sort((a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind))
  return t
}

/** The one-line view of a CVE in a dossier or campaign: dates only. */
export interface CveSummary {
  cve: string
  published: string | null
  kev_date_added: string | null
  first_exploited: string | null
  exploited_by: string[]
}

export function cveSummary(t: CveTimeline): CveSummary {
  return {
    cve: t.cve,
    published: t.published ? t.published.date.slice(0, 10) : null,
    kev_date_added: t.kev?.date ?? null,
    first_exploited: t.first_exploited ? t.first_exploited.date.slice(0, 10) : null,
    exploited_by: [...new Set(t.exploited_by.flatMap((x) => [x.by.name, ...x.actors.map((a) => a.actor.name)]))],
  }
}
