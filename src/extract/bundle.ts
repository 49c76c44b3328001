/**
 * Extraction → a candidate STIX 2.1 bundle: the report (keeping its text, so every span can be shown again), the
 * entities, and the claims (attributions as relationships, denials as opinions, asserted alias lists as notes), each
 * claim carrying Mosaic's claim extension with the evidence (report id, span, quote) and the confidence wording.
 * Everything is marked `x_mosaic_review: "pending"` until an analyst accepts it.
 */
import * as crypto from 'node:crypto'
import { CLAIM_EXT_ID, type ClaimExtension, META_EXT_ID, type MetaExtension } from '../stix/mosaic-extensions.ts'
import type { Bundle, StixObject } from '../stix/types.ts'
import type { Party } from './claims.ts'
import type { Extraction } from './extract.ts'
import { itemsInside } from './text.ts'

/** TLP 2.0 marking definitions (the ids published with the TLP 2.0 STIX extension). */
export const TLP_MARKINGS: Record<string, string> = {
  clear: 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
  white: 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
  green: 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
  amber: 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
  'amber+strict': 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
  red: 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
}

export interface BundleOptions {
  title?: string
  publisher?: string
  /** Publication date of the report (YYYY-MM-DD or timestamp); default: now. */
  published?: string
  url?: string
  source?: string
  format?: string
  tlp?: string
  /** Fixed "now" for reproducible output (tests). */
  now?: string
}

// One-shot hashing creates no Hash object per id: a bundle makes hundreds of ids, and the Hash objects' native memory
// made garbage collection a third of the bundle's cost.
const sha1 = (s: string): Buffer => crypto.hash('sha1', s, 'buffer') as unknown as Buffer

// Ids asked for again (the same party in many claims, the same indicator in many reports) come from here.
const ID_CACHE = new Map<string, string>()
const ID_CACHE_MAX = 20_000
// Keys at least this long (a report's whole text) are hashed in two parts and never kept: joining them to the prefix
// would copy the text, and a map lookup would hash all of it again.
const LONG_KEY = 512

/** Deterministic STIX id from a type and a key (UUIDv5-shaped, SHA-1 over a Mosaic namespace). */
export function stableId(type: string, key: string): string {
  if (key.length >= LONG_KEY)
    return uuidShaped(type, crypto.createHash('sha1').update(`mosaic-extract|${type}|`).update(key).digest())
  const input = `mosaic-extract|${type}|${key}`
  let id = ID_CACHE.get(input)
  if (id === undefined) {
    id = uuidShaped(type, sha1(input))
    if (ID_CACHE.size >= ID_CACHE_MAX) ID_CACHE.clear()
    ID_CACHE.set(input, id)
  }
  return id
}

/**
 * `stableId` for a key that holds the report's own id (a claim, campaign or note of this report): such a key is never
 * asked for by another report, so it is hashed without the cache, where it would only push out the shared ids (and
 * grow the map whose lookups every id pays for). The same id as `stableId` gives.
 */
function reportScopedId(type: string, key: string): string {
  if (key.length >= LONG_KEY) return stableId(type, key)
  return uuidShaped(type, sha1(`mosaic-extract|${type}|${key}`))
}

function uuidShaped(type: string, h: Buffer): string {
  h[6] = (h[6]! & 0x0f) | 0x50
  h[8] = (h[8]! & 0x3f) | 0x80
  const x = h.subarray(0, 16).toString('hex')
  return `${type}--${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`
}

function ts(d?: string): string {
  if (!d) return new Date().toISOString()
  if (/^\d{4}-\d{2}-\d{2}$/.test(d)) return `${d}T00:00:00.000Z`
  const t = new Date(d)
  return Number.isNaN(t.getTime()) ? new Date().toISOString() : t.toISOString()
}

export function buildBundle(x: Extraction, opts: BundleOptions = {}): Bundle {
  const now = opts.now ?? new Date().toISOString()
  const published = ts(opts.published ?? now)
  const reportId = stableId('report', `${opts.url ?? opts.source ?? ''}|${x.text}`)
  const markings = opts.tlp
    ? [TLP_MARKINGS[opts.tlp.toLowerCase().replace(/^tlp:/, '')]].filter((m): m is string => !!m)
    : []
  const objects = new Map<string, StixObject>()
  // Objects are made as `Object.assign(base(type, id), { ...fields })`, not `{ ...base(type, id), ...fields }`: the
  // same keys in the same order, but under Node 20 each property written after a spread into a literal takes a slow
  // path (a new map each time): about 2 µs per property, most of a bundle's cost, against some 0.1 µs per object.
  const base = (type: string, id: string): StixObject => {
    const o: StixObject = { type, spec_version: '2.1', id, created: now, modified: now, x_mosaic_review: 'pending' }
    if (markings.length) o.object_marking_refs = markings
    return o
  }
  const add = (o: StixObject) => {
    if (!objects.has(o.id)) objects.set(o.id, o)
    return o.id
  }
  const evidence = (span: [number, number]) => ({ report_ref: reportId, span, quote: x.text.slice(span[0], span[1]) })

  let publisherId: string | undefined
  if (opts.publisher) {
    publisherId = stableId('identity', `org|${opts.publisher}`)
    add(Object.assign(base('identity', publisherId), { name: opts.publisher, identity_class: 'organization' }))
  }

  const actorIds = new Map<string, string>()
  for (const a of x.actors) {
    if (actorIds.has(a.canonical)) continue
    const known = a.actorId && /^(?:intrusion-set|threat-actor)--/.test(a.actorId) ? a.actorId : undefined
    const id = known ?? stableId('intrusion-set', a.canonical)
    actorIds.set(a.canonical, id)
    if (!known) add(Object.assign(base('intrusion-set', id), { name: a.canonical }))
  }
  const partyId = (p: Party): string => {
    if (p.kind === 'actor')
      return (
        actorIds.get(p.canonical ?? p.name) ??
        add(Object.assign(base('intrusion-set', stableId('intrusion-set', p.name)), { name: p.name }))
      )
    if (p.kind === 'we' && publisherId) return publisherId
    const cls = p.kind === 'person' && !p.country ? 'individual' : 'organization'
    const id = stableId('identity', `${cls}|${p.name}`)
    // The first party of a name makes its identity (later ones would be dropped by `add` anyway).
    if (objects.has(id)) return id
    const o: StixObject = Object.assign(base('identity', id), {
      name: p.kind === 'we' ? 'report author' : p.name,
      identity_class: cls,
    })
    if (p.kind === 'country' || p.kind === 'government' || p.kind === 'sponsor' || p.kind === 'person')
      o.sectors = ['government-national']
    return add(o)
  }

  const campaignIds: { id: string; span: [number, number] }[] = []
  for (const c of x.campaigns) {
    const id = reportScopedId('campaign', `${reportId}|${c.name}`)
    add(
      Object.assign(base('campaign', id), {
        name: c.name,
        extensions: { [CLAIM_EXT_ID]: claimExt({ evidence: [evidence(c.span)] }) },
      }),
    )
    campaignIds.push({ id, span: c.span })
  }
  for (const v of x.cves) {
    add(
      Object.assign(base('vulnerability', stableId('vulnerability', v.id)), {
        name: v.id,
        external_references: [{ source_name: 'cve', external_id: v.id }],
      }),
    )
  }

  const attributionIds: string[] = []
  const campaignsInside = itemsInside(campaignIds)
  const actorsInside = itemsInside(x.actors)
  x.attributions.forEach((a) => {
    const target = partyId(a.attributed)
    const attributor = partyId(a.attributor)
    // What the attribution is about: a campaign named in the sentence, else an actor in it, else the report.
    const about = campaignsInside(a.span)[0]?.id
    const actorInSentence = actorsInside(a.span).find((m) => actorIds.get(m.canonical) !== target)
    const source = about ?? (actorInSentence ? actorIds.get(actorInSentence.canonical)! : reportId)
    const ext: ClaimExtension = {
      extension_type: 'property-extension',
      published: published.slice(0, 10),
      confidence_text: a.confidenceText,
      polarity: 'asserts',
      attributor_ref: attributor,
      evidence: [evidence(a.span)],
    }
    if (a.confidence) {
      ext.confidence_scale = a.confidence.scale
      ext.confidence_term = a.confidence.term
    } else {
      ext.confidence_scale = 'statement-of-fact'
      ext.confidence_term = 'asserted'
    }
    if (about) ext.about_refs = [about]
    const cos = x.cosigners.filter((c) => c.span[0] >= a.span[0] && c.span[1] <= a.span[1])
    if (cos.length > 1) ext.cosigner_refs = cos.map((c) => stableId('identity', `organization|${c.name}`))
    const id = reportScopedId(
      'relationship',
      `${reportId}|attr|${a.attributor.name}|${a.attributed.name}|${a.span[0]}|${a.cue}`,
    )
    const rel: StixObject = Object.assign(base('relationship', id), {
      relationship_type: 'attributed-to',
      source_ref: source,
      target_ref: target,
      created_by_ref: publisherId ?? attributor,
      start_time: published,
      extensions: { [CLAIM_EXT_ID]: ext as unknown as Record<string, unknown> },
    })
    const stix = a.confidence?.stix
    rel.confidence = typeof stix === 'number' ? stix : 100
    add(rel)
    attributionIds.push(id)
  })

  for (const d of x.denials) {
    const denier = partyId(d.denier)
    const answers = d.respondsTo.map((i) => attributionIds[i]).filter((s): s is string => !!s)
    const ext = claimExt({
      polarity: 'denies',
      evidence: [evidence(d.span)],
      responds_to: answers,
      attributor_ref: denier,
    })
    add(
      Object.assign(base('opinion', reportScopedId('opinion', `${reportId}|${d.denier.name}|${d.span[0]}`)), {
        opinion: 'strongly-disagree',
        explanation: d.quote,
        authors: [d.denier.name],
        object_refs: answers.length ? answers : [reportId],
        created_by_ref: denier,
        extensions: { [CLAIM_EXT_ID]: ext },
      }),
    )
  }

  for (const c of x.aliasClaims) {
    const actor =
      actorIds.get(c.canonical) ??
      add(Object.assign(base('intrusion-set', stableId('intrusion-set', c.canonical)), { name: c.canonical }))
    const o: StixObject = Object.assign(base('note', reportScopedId('note', `${reportId}|alias|${c.span[0]}`)), {
      abstract: 'alias list asserted by the report',
      content: c.names.map((n) => n.text).join(', '),
      object_refs: [actor],
      x_mosaic_aliases: c.names.map((n) => n.text),
      extensions: { [CLAIM_EXT_ID]: claimExt({ predicate: 'alias', evidence: [evidence(c.span)] }) },
    })
    if (publisherId) o.created_by_ref = publisherId
    add(o)
  }

  for (const i of x.iocs) {
    add(
      Object.assign(base('indicator', stableId('indicator', `${i.type}|${i.value}`)), {
        name: i.value,
        pattern: stixPattern(i.type, i.value),
        pattern_type: 'stix',
        valid_from: published,
        indicator_types: ['malicious-activity'],
        extensions: { [CLAIM_EXT_ID]: claimExt({ evidence: [evidence(i.span)] }) },
      }),
    )
  }

  const meta: MetaExtension = {
    extension_type: 'property-extension',
    origin: 'mosaic-extract',
    meta: { text: x.text, format: opts.format ?? 'text', source: opts.source ?? null, url: opts.url ?? null },
    impact: x.numbers.map((n) => ({
      quantity: n.value,
      unit: n.unit,
      description: x.text.slice(n.span[0], n.span[1]),
    })),
  }
  const refs = [...objects.keys()]
  const report: StixObject = Object.assign(base('report', reportId), {
    name: opts.title ?? firstLine(x.text),
    published,
    report_types: ['threat-report'],
    object_refs: refs.length ? refs : [reportId],
    extensions: { [META_EXT_ID]: meta as unknown as Record<string, unknown> },
  })
  if (publisherId) report.created_by_ref = publisherId
  if (opts.url) report.external_references = [{ source_name: opts.publisher ?? 'source', url: opts.url }]
  return { type: 'bundle', id: reportScopedId('bundle', `${reportId}|${now}`), objects: [report, ...objects.values()] }
}

function claimExt(e: Omit<ClaimExtension, 'extension_type'>): Record<string, unknown> {
  return Object.assign({ extension_type: 'property-extension' }, e)
}

/** The first line with more than white space, trimmed and cut at 200 characters ('report' when there is none). */
function firstLine(text: string): string {
  // Line by line from the start instead of splitting the whole text: the first non-blank line is usually the first.
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    const l = text.slice(start, end).trim()
    if (l !== '') return l.slice(0, 200)
    start = end + 1
  }
  return 'report'
}

function stixPattern(type: string, value: string): string {
  const v = value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")
  switch (type) {
    case 'ipv4':
      return `[ipv4-addr:value = '${v}']`
    case 'ipv6':
      return `[ipv6-addr:value = '${v}']`
    case 'domain':
      return `[domain-name:value = '${v}']`
    case 'url':
      return `[url:value = '${v}']`
    case 'email':
      return `[email-addr:value = '${v}']`
    case 'md5':
      return `[file:hashes.MD5 = '${v}']`
    case 'sha1':
      return `[file:hashes.'SHA-1' = '${v}']`
    case 'sha256':
      return `[file:hashes.'SHA-256' = '${v}']`
    default:
      return `[file:hashes.'SHA-512' = '${v}']`
  }
}
