// The attribution ledger: one row per statement (never folded per pair), with wording, scale, source and quote,
// the co-signers, what it is about, and the opinions (denials, agreements) that answer it.
import type { Claim } from '../../store/store.ts'
import {
  ATTRIBUTOR_TYPES,
  extraRefs,
  type LedgerContext,
  PARTY_TYPES,
  type PartyRef,
  quoteOf,
  type SourceDoc,
  sinceBound,
  sourceDoc,
  within,
} from './context.ts'

/** An attributor or co-signer, with the government or organisation it speaks for (top of its part-of chain). */
export interface AttributorRef extends PartyRef {
  on_behalf_of: { id: string; name: string }
  /** ISO code of the attributor's country, when the store says where it is (alliances have none). */
  country: string | null
}

export interface LedgerConfidence {
  text: string | null
  scale: string | null
  term: string | null
  stix: number | null
}

/** A denial or agreement (STIX opinion) answering one or more claims. */
export interface OpinionRow {
  claim_id: string
  /** The opinion object; one opinion answering several claims has one claim per answered claim. */
  opinion_id: string
  denier: AttributorRef
  opinion: string
  polarity: 'asserts' | 'denies' | 'retracts'
  published: string | null
  recorded: string
  responds_to: string[]
  quote: string | null
  source: SourceDoc
}

/** One attribution statement as the ledger shows it (the dossier contract's row, plus subject and times). */
export interface AttributionRow {
  claim_id: string
  attributor: AttributorRef
  cosigners: AttributorRef[]
  /** What is attributed: an intrusion set or a campaign. */
  subject: PartyRef
  /** Who it is attributed to, exactly as stated (the MSS, the Chinese state, a territory, an intrusion set). */
  attributed_to: PartyRef
  about: PartyRef[]
  /** Valid time: when the statement became public. */
  published: string | null
  /** Recorded time: when Mosaic learned it. */
  recorded: string
  confidence: LedgerConfidence
  source: SourceDoc
  quote: string | null
  polarity: 'asserts' | 'denies' | 'retracts'
  /** Opinions that answer this statement (denials and agreements), published by the as-of date. */
  responses: { claim_id: string; by: string; opinion: string; published: string | null }[]
}

export interface AttributionQuery {
  /** Attributed party: name, alias or id (case-insensitive). */
  to?: string
  /** Attributor: an identity (with its sub-units) or a country (every identity located there); co-signers count. */
  by?: string
  /** Subject or subject matter: the intrusion set or campaign attributed, or a campaign the statement is about. */
  about?: string
  /** Only statements published on or after this date (YYYY, YYYY-MM, YYYY-MM-DD). */
  since?: string
  /** Count a statement about a sub-unit (HSSD part of MSS) for the party named by `to`. Off by default. */
  units?: boolean
}

/** What a query matched, so a reader sees which names were taken for which records. */
export interface AttributionResult {
  matched: { to?: PartyRef[]; by?: PartyRef[]; about?: PartyRef[] }
  rows: AttributionRow[]
  summary: LedgerSummary
}

export interface LedgerSummary {
  statements: number
  /** Distinct governments, alliances or organisations that issued (attributor) or co-signed the statements. */
  bodies: { id: string; name: string; issued: number; cosigned: number }[]
  /** Statements per attributed party, as stated (nothing rolled up). */
  parties: { party: PartyRef; statements: number; bodies: string[] }[]
}

const ATTRIBUTION = 'attributed-to'

/** Attributor view of an identity id: name, kind, the body it speaks for, its country code. */
export async function attributorRef(ctx: LedgerContext, id: string | null): Promise<AttributorRef> {
  if (id === null)
    return { id: '', name: 'unknown', kind: 'unknown', on_behalf_of: { id: '', name: 'unknown' }, country: null }
  const ref = await ctx.ref(id)
  const top = await ctx.top(id)
  const state = await ctx.stateOf(id, false)
  const country = state ? (await ctx.stateRef(state)).code : null
  return { ...ref, on_behalf_of: { id: top, name: await ctx.name(top) }, country }
}

export function confidenceOf(c: Claim): LedgerConfidence {
  return {
    text: c.confidence?.text ?? null,
    scale: c.confidence?.scale ?? null,
    term: c.confidence?.term ?? null,
    stix: c.confidence?.stix ?? null,
  }
}

/** Opinions (denials and agreements) answering the given claims, grouped per answering claim, as of the context. */
export async function opinionsAbout(ctx: LedgerContext, claimIds: string[]): Promise<OpinionRow[]> {
  if (claimIds.length === 0) return []
  const claims = await ctx.claims({ subject: claimIds, predicate: 'opinion' })
  const byOrigin = new Map<string, Claim[]>()
  for (const c of claims) {
    const list = byOrigin.get(c.origin)
    if (list) list.push(c)
    else byOrigin.set(c.origin, [c])
  }
  await ctx.prefetch(claims.map((c) => c.source ?? ''))
  const rows: OpinionRow[] = []
  for (const [origin, group] of byOrigin) {
    const c = group[0] as Claim
    const declared = extraRefs(c, 'responds_to')
    rows.push({
      claim_id: c.id,
      opinion_id: origin,
      denier: await attributorRef(ctx, c.source),
      opinion: c.object,
      polarity: c.polarity,
      published: c.published,
      recorded: c.recorded,
      responds_to: declared.length > 0 ? declared : group.map((g) => g.subject),
      quote: quoteOf(c.evidence),
      source: sourceDoc(c.evidence),
    })
  }
  return rows.sort((a, b) => `${a.published}${a.claim_id}`.localeCompare(`${b.published}${b.claim_id}`))
}

/** Ledger rows for attribution claims, with their answering opinions. Keeps the claims' order. */
export async function attributionRows(
  ctx: LedgerContext,
  claims: Claim[],
  answering?: OpinionRow[],
): Promise<AttributionRow[]> {
  const opinions =
    answering ??
    (await opinionsAbout(
      ctx,
      claims.map((c) => c.id),
    ))
  await ctx.prefetch(
    claims.flatMap((c) => [
      c.source ?? '',
      c.subject,
      c.object,
      ...extraRefs(c, 'cosigners'),
      ...extraRefs(c, 'about'),
    ]),
  )
  const rows: AttributionRow[] = []
  for (const c of claims) {
    rows.push({
      claim_id: c.id,
      attributor: await attributorRef(ctx, c.source),
      cosigners: await Promise.all(extraRefs(c, 'cosigners').map((id) => attributorRef(ctx, id))),
      subject: await ctx.ref(c.subject),
      attributed_to: await ctx.ref(c.object),
      about: await Promise.all(extraRefs(c, 'about').map((id) => ctx.ref(id))),
      published: c.published,
      recorded: c.recorded,
      confidence: confidenceOf(c),
      source: sourceDoc(c.evidence),
      quote: quoteOf(c.evidence),
      polarity: c.polarity,
      responses: opinions
        .filter((o) => o.responds_to.includes(c.id))
        .map((o) => ({ claim_id: o.claim_id, by: o.denier.name, opinion: o.opinion, published: o.published })),
    })
  }
  return rows
}

/** Attributors a `--by` name stands for: the identities it names with their sub-units, or everyone in a country. */
export async function resolveAttributors(
  ctx: LedgerContext,
  text: string,
): Promise<{ named: string[]; ids: Set<string> }> {
  const named = await ctx.match(text, ATTRIBUTOR_TYPES)
  const direct = new Set(named.filter((id) => id.startsWith('identity--')))
  const locations = named.filter((id) => id.startsWith('location--'))
  if (locations.length > 0) {
    const located = await ctx.store.claims({ object: locations, predicate: 'located-at' })
    for (const c of located) if (c.subject.startsWith('identity--') && c.polarity === 'asserts') direct.add(c.subject)
  }
  return { named, ids: await ctx.withUnits(direct) }
}

const byPublished = (a: Claim, b: Claim) =>
  (a.published ?? '').localeCompare(b.published ?? '') || a.id.localeCompare(b.id)

/**
 * The attribution ledger query: every `attributed-to` statement matching the filters, one row per statement, as of
 * the context's date. `to` matches the attributed party by name or alias exactly as stated (a statement naming
 * "the Chinese state" is not counted for the MSS); with `units`, statements about sub-units (by part-of claims) are
 * counted for the party too, still shown as stated. `by` matches the attributor or a co-signer.
 */
export async function attributions(ctx: LedgerContext, q: AttributionQuery = {}): Promise<AttributionResult> {
  const matched: AttributionResult['matched'] = {}
  let toIds: Set<string> | undefined
  if (q.to !== undefined) {
    const named = await ctx.match(q.to, PARTY_TYPES)
    matched.to = await Promise.all(named.map((id) => ctx.ref(id)))
    toIds = q.units ? await ctx.withUnits(named) : new Set(named)
  }
  let byIds: Set<string> | undefined
  if (q.by !== undefined) {
    const r = await resolveAttributors(ctx, q.by)
    matched.by = await Promise.all(r.named.map((id) => ctx.ref(id)))
    byIds = r.ids
  }
  let aboutIds: Set<string> | undefined
  if (q.about !== undefined) {
    const named = await ctx.match(q.about, PARTY_TYPES)
    matched.about = await Promise.all(named.map((id) => ctx.ref(id)))
    aboutIds = new Set(named)
  }
  const since = sinceBound(q.since)

  let claims: Claim[]
  if (toIds) claims = await ctx.claims({ predicate: ATTRIBUTION, object: [...toIds] })
  else if (aboutIds) {
    // The subject side, plus statements whose subject matter (about) names it; about refs are not indexed.
    const bySubject = await ctx.claims({ predicate: ATTRIBUTION, subject: [...aboutIds] })
    const all = await ctx.claims({ predicate: ATTRIBUTION })
    const ids = new Set(bySubject.map((c) => c.id))
    claims = [...bySubject, ...all.filter((c) => !ids.has(c.id) && extraRefs(c, 'about').some((a) => aboutIds.has(a)))]
  } else claims = await ctx.claims({ predicate: ATTRIBUTION })

  claims = claims.filter((c) => {
    if (c.literal) return false
    if (!within(c.published, ctx.asOf)) return false
    if (since !== undefined && (c.published === null || c.published < since)) return false
    if (aboutIds && !aboutIds.has(c.subject) && !extraRefs(c, 'about').some((a) => aboutIds.has(a))) return false
    if (byIds && !(c.source !== null && byIds.has(c.source)) && !extraRefs(c, 'cosigners').some((s) => byIds.has(s)))
      return false
    return true
  })
  claims.sort(byPublished)
  const rows = await attributionRows(ctx, claims)
  return { matched, rows, summary: summarize(rows) }
}

/** Counts over ledger rows: statements, the distinct bodies issuing or co-signing them, statements per party. */
export function summarize(rows: AttributionRow[]): LedgerSummary {
  const bodies = new Map<string, { id: string; name: string; issued: number; cosigned: number }>()
  const body = (a: AttributorRef) => {
    let b = bodies.get(a.on_behalf_of.id)
    if (!b) bodies.set(a.on_behalf_of.id, (b = { ...a.on_behalf_of, issued: 0, cosigned: 0 }))
    return b
  }
  const parties = new Map<string, { party: PartyRef; statements: number; bodies: Set<string> }>()
  for (const r of rows) {
    body(r.attributor).issued++
    const signers = new Set([r.attributor.on_behalf_of.name])
    for (const c of r.cosigners) {
      if (c.on_behalf_of.id === r.attributor.on_behalf_of.id) continue
      body(c).cosigned++
      signers.add(c.on_behalf_of.name)
    }
    let p = parties.get(r.attributed_to.id)
    if (!p) parties.set(r.attributed_to.id, (p = { party: r.attributed_to, statements: 0, bodies: new Set() }))
    p.statements++
    for (const s of signers) p.bodies.add(s)
  }
  return {
    statements: rows.length,
    bodies: [...bodies.values()].sort(
      (a, b) => b.issued + b.cosigned - (a.issued + a.cosigned) || a.name.localeCompare(b.name),
    ),
    parties: [...parties.values()]
      .map((p) => ({ party: p.party, statements: p.statements, bodies: [...p.bodies].sort() }))
      .sort((a, b) => b.statements - a.statements || a.party.name.localeCompare(b.party.name)),
  }
}
