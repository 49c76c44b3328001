// Legal actions (x-mosaic-legal-action): indictments, sanctions, arrests, rewards, expulsions.
import { normalizeAlias } from '../../resolve/index.ts'
import { LEGAL_ACTION_TYPE } from '../../stix/mosaic-extensions.ts'
import type { StixObject } from '../../stix/types.ts'
import { type AttributorRef, attributorRef, resolveAttributors } from './attributions.ts'
import { type LedgerContext, PARTY_TYPES, type PartyRef, type SourceDoc, within } from './context.ts'

export interface LegalActionRow {
  id: string
  /** indictment, sanction, arrest, reward, expulsion. */
  type: string
  name: string | null
  authority: AttributorRef
  date: string | null
  subjects: { name: string; kind: string; id: string | null }[]
  charges: string[]
  /** Actors, organisations and campaigns the action concerns. */
  concerns: PartyRef[]
  description: string | null
  source: SourceDoc
}

export interface LegalQuery {
  /** Authority name or alias; a country names every authority located there. Sub-units count. */
  authority?: string
  /** A subject's name (substring, case-insensitive), or an actor or organisation the action concerns. */
  subject?: string
  /** Only actions concerning or naming one of these ids (the dossier's actor). */
  concerning?: string[]
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [])

function subjectsOf(o: StixObject): { name: string; kind: string; id: string | null }[] {
  if (!Array.isArray(o.subjects)) return []
  const out: { name: string; kind: string; id: string | null }[] = []
  for (const s of o.subjects) {
    if (typeof s !== 'object' || s === null) continue
    const r = s as Record<string, unknown>
    if (typeof r.name !== 'string') continue
    out.push({
      name: r.name,
      kind: typeof r.kind === 'string' ? r.kind : 'unknown',
      id: typeof r.ref === 'string' ? r.ref : null,
    })
  }
  return out
}

function sourceOf(o: StixObject): SourceDoc {
  const r = (o.external_references ?? []).find((x) => x.url !== undefined) ?? o.external_references?.[0]
  return { title: r?.source_name ?? null, url: r?.url ?? null }
}

/**
 * Legal actions matching the query, dated on or before the context's as-of date, oldest first. Legal actions are
 * objects, not claims, so this reads every current `x-mosaic-legal-action` (a few dozen); a store index on
 * `concerns_refs` would make the dossier lookup a point query.
 */
export async function legalActions(ctx: LedgerContext, q: LegalQuery = {}): Promise<LegalActionRow[]> {
  const authorities = q.authority === undefined ? undefined : (await resolveAttributors(ctx, q.authority)).ids
  let subjectIds: Set<string> | undefined
  const subjectNorm = q.subject === undefined ? undefined : normalizeAlias(q.subject)
  if (q.subject !== undefined) subjectIds = await ctx.withUnits(await ctx.match(q.subject, PARTY_TYPES))
  const concerning = q.concerning ? new Set(q.concerning) : undefined

  const authorityOf = (o: StixObject) =>
    typeof o.authority_ref === 'string' ? o.authority_ref : (o.created_by_ref ?? null)
  const matched: StixObject[] = []
  for await (const o of ctx.store.objects({ types: [LEGAL_ACTION_TYPE] })) {
    if (!within(typeof o.date === 'string' ? o.date : null, ctx.asOf)) continue
    const authority = authorityOf(o)
    if (authorities && (authority === null || !authorities.has(authority))) continue
    const subjects = subjectsOf(o)
    const refs = [...strings(o.concerns_refs), ...subjects.map((s) => s.id).filter((x): x is string => x !== null)]
    if (concerning && !refs.some((r) => concerning.has(r))) continue
    if (subjectNorm !== undefined) {
      const byName = subjectNorm !== '' && subjects.some((s) => normalizeAlias(s.name).includes(subjectNorm))
      const byRef = refs.some((r) => subjectIds?.has(r))
      if (!byName && !byRef) continue
    }
    matched.push(o)
  }
  await ctx.prefetch(matched.flatMap((o) => [authorityOf(o) ?? '', ...strings(o.concerns_refs)]))
  const rows: LegalActionRow[] = []
  for (const o of matched) {
    const concerns = strings(o.concerns_refs)
    rows.push({
      id: o.id,
      type: typeof o.action_type === 'string' ? o.action_type : 'unknown',
      name: typeof o.name === 'string' ? o.name : null,
      authority: await attributorRef(ctx, authorityOf(o)),
      date: typeof o.date === 'string' ? o.date : null,
      subjects: subjectsOf(o),
      charges: strings(o.charges),
      concerns: await Promise.all(concerns.map((id) => ctx.ref(id))),
      description: typeof o.description === 'string' ? o.description : null,
      source: sourceOf(o),
    })
  }
  return rows.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.id.localeCompare(b.id))
}
