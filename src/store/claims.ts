// Claims derived from STIX objects on write (DESIGN.md: "everything is a claim"). Pure: no database here.
import { isObject } from '../lib/json.ts'
import { CLAIM_EXT_ID, type ClaimExtension, META_EXT_ID, type MetaExtension } from '../stix/mosaic-extensions.ts'
import type { StixObject } from '../stix/types.ts'
import type { Claim, ClaimConfidence, ClaimEvidence } from './store.ts'
import { MOSAIC_NAMESPACE, uuid5 } from './uuid5.ts'

/** Deterministic id of a claim that has no STIX object of its own (e.g. one alias of an intrusion-set). */
export function claimId(...parts: string[]): string {
  return `claim--${uuid5(MOSAIC_NAMESPACE, parts.join('\u0000'))}`
}

/** Object properties whose string lists are names of the object (alias claims by its creator). */
const ALIAS_PROPERTIES = ['aliases', 'x_mitre_aliases', 'x_opencti_aliases', 'x_mosaic_aliases'] as const

/** Types whose names and aliases go into the alias index. */
export const NAMED_TYPES = new Set([
  'intrusion-set',
  'threat-actor',
  'campaign',
  'malware',
  'tool',
  'identity',
  'location',
  'attack-pattern',
  'course-of-action',
  'vulnerability',
  'infrastructure',
  'x-mosaic-legal-action',
])

export function claimExtension(obj: StixObject): ClaimExtension | undefined {
  const ext = obj.extensions?.[CLAIM_EXT_ID]
  return isObject(ext) ? (ext as unknown as ClaimExtension) : undefined
}

export function metaExtension(obj: StixObject): MetaExtension | undefined {
  const ext = obj.extensions?.[META_EXT_ID]
  return isObject(ext) ? (ext as unknown as MetaExtension) : undefined
}

function evidenceOf(obj: StixObject, ext: ClaimExtension | undefined): ClaimEvidence[] {
  const out: ClaimEvidence[] = []
  for (const e of ext?.evidence ?? []) {
    const ev: ClaimEvidence = {}
    if (e.report_ref) ev.report = e.report_ref
    if (e.span) ev.span = e.span
    if (e.quote) ev.quote = e.quote
    if (e.url) ev.url = e.url
    if (e.title) ev.description = e.title
    out.push(ev)
  }
  for (const r of obj.external_references ?? []) {
    if (!isObject(r)) continue
    const ev: ClaimEvidence = {}
    if (typeof r.source_name === 'string') ev.source_name = r.source_name
    if (typeof r.url === 'string') ev.url = r.url
    if (typeof r.external_id === 'string') ev.external_id = r.external_id
    if (typeof r.description === 'string') ev.description = r.description
    out.push(ev)
  }
  return out
}

function confidenceOf(obj: StixObject, ext: ClaimExtension | undefined): ClaimConfidence | null {
  const c: ClaimConfidence = {}
  if (ext?.confidence_text) c.text = ext.confidence_text
  if (ext?.confidence_scale) c.scale = ext.confidence_scale
  if (ext?.confidence_term) c.term = ext.confidence_term
  if (typeof obj.confidence === 'number') c.stix = obj.confidence
  return Object.keys(c).length > 0 ? c : null
}

function publishedOf(obj: StixObject, ext: ClaimExtension | undefined): string | null {
  if (ext?.published === undefined && metaExtension(obj)?.dates_unknown === true) return null
  const p = ext?.published ?? (typeof obj.start_time === 'string' ? obj.start_time : undefined) ?? obj.created
  return p ?? null
}

const OPINION_POLARITY: Record<string, Claim['polarity']> = {
  'strongly-disagree': 'denies',
  disagree: 'denies',
  neutral: 'asserts',
  agree: 'asserts',
  'strongly-agree': 'asserts',
}

/** Every claim an object states. `recorded` is when Mosaic learned it. */
export function deriveClaims(obj: StixObject, recorded: string): Claim[] {
  if (obj.revoked === true) return []
  // Extracted candidates enter the ledger only once an analyst accepts them (`mosaic review`).
  if (obj.x_mosaic_review === 'pending' || obj.x_mosaic_review === 'rejected') return []
  const ext = claimExtension(obj)
  const markings = Array.isArray(obj.object_marking_refs) ? obj.object_marking_refs : []
  const source = ext?.attributor_ref ?? obj.created_by_ref ?? null
  const base = {
    polarity: ext?.polarity ?? 'asserts',
    source,
    published: publishedOf(obj, ext),
    recorded,
    confidence: confidenceOf(obj, ext),
    evidence: evidenceOf(obj, ext),
    markings,
    origin: obj.id,
  } satisfies Partial<Claim>
  const extra: Record<string, unknown> = {}
  if (ext?.cosigner_refs?.length) extra.cosigners = ext.cosigner_refs
  if (ext?.about_refs?.length) extra.about = ext.about_refs
  if (ext?.responds_to?.length) extra.responds_to = ext.responds_to

  if (obj.type === 'relationship') {
    const s = obj.source_ref
    const t = obj.target_ref
    if (typeof s !== 'string' || typeof t !== 'string' || typeof obj.relationship_type !== 'string') return []
    const claim: Claim = {
      id: obj.id,
      subject: s,
      predicate: ext?.predicate ?? obj.relationship_type,
      object: t,
      literal: false,
      ...base,
    }
    if (Object.keys(extra).length > 0) claim.extra = extra
    return [claim]
  }
  if (obj.type === 'opinion') {
    const refs = Array.isArray(obj.object_refs) ? (obj.object_refs as string[]) : []
    const value = typeof obj.opinion === 'string' ? obj.opinion : 'neutral'
    const polarity = ext?.polarity ?? OPINION_POLARITY[value] ?? 'asserts'
    return refs.map((ref) => {
      const claim: Claim = {
        id: refs.length === 1 ? obj.id : claimId(obj.id, ref),
        subject: ref,
        predicate: 'opinion',
        object: value,
        literal: true,
        ...base,
        polarity,
      }
      if (Object.keys(extra).length > 0) claim.extra = extra
      return claim
    })
  }
  if (obj.type === 'sighting' && typeof obj.sighting_of_ref === 'string') {
    const where = Array.isArray(obj.where_sighted_refs) ? (obj.where_sighted_refs as string[]) : []
    const targets = where.length > 0 ? where : ['']
    return targets.map((w, i) => ({
      id: i === 0 ? obj.id : claimId(obj.id, w),
      subject: obj.sighting_of_ref as string,
      predicate: 'sighted',
      object: w,
      literal: w === '',
      ...base,
      published: (obj.first_seen as string | undefined) ?? base.published,
    }))
  }
  // A report's "also known as" list: a note naming the actor(s) and the aliases the text asserts for them.
  if (obj.type === 'note' && ext?.predicate === 'alias') {
    const refs = Array.isArray(obj.object_refs) ? obj.object_refs.filter((r): r is string => typeof r === 'string') : []
    const names = Array.isArray(obj.x_mosaic_aliases)
      ? obj.x_mosaic_aliases.filter((a): a is string => typeof a === 'string' && a.trim() !== '')
      : []
    return refs.flatMap((ref) =>
      names.map((alias) => ({
        ...base,
        id: claimId(obj.id, ref, 'alias', alias),
        subject: ref,
        predicate: 'alias',
        object: alias.trim(),
        literal: true,
      })),
    )
  }
  if (!NAMED_TYPES.has(obj.type)) return []
  return aliasClaims(obj, base)
}

function aliasClaims(
  obj: StixObject,
  base: Omit<Claim, 'id' | 'subject' | 'predicate' | 'object' | 'literal'>,
): Claim[] {
  const names = new Map<string, Set<string | null>>()
  const add = (alias: unknown, src: string | null) => {
    if (typeof alias !== 'string') return
    const a = alias.trim()
    if (a === '') return
    let set = names.get(a)
    if (!set) names.set(a, (set = new Set()))
    set.add(src)
  }
  add(obj.name, base.source)
  for (const p of ALIAS_PROPERTIES) {
    const list = obj[p]
    if (Array.isArray(list)) for (const a of list) add(a, base.source)
  }
  // Per-alias vendors (MISP name-attribution) override the creator as the source of that alias.
  const meta = metaExtension(obj)
  const aliasSources = isObject(meta?.meta) ? meta.meta.alias_sources : undefined
  if (isObject(aliasSources)) {
    for (const [alias, srcs] of Object.entries(aliasSources)) {
      if (!Array.isArray(srcs) || srcs.length === 0) continue
      names.set(alias, new Set(srcs.filter((s): s is string => typeof s === 'string')))
    }
  }
  const out: Claim[] = []
  for (const [alias, sources] of names) {
    for (const src of sources) {
      out.push({
        ...base,
        // the object's references stay on the object (the claim's origin), not copied into every alias claim
        evidence: [],
        id: claimId(obj.id, 'alias', alias, src ?? ''),
        subject: obj.id,
        predicate: 'alias',
        object: alias,
        literal: true,
        source: src,
        extra: alias === obj.name ? { primary: true } : {},
      })
    }
  }
  return out
}
