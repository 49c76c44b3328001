// MISP galaxy clusters → STIX 2.1. Actor galaxies become intrusion-sets whose synonyms are alias claims sourced to
// the vendor MISP names (name-attribution → producer) or else to the galaxy; CFR sponsors become sponsored-by claims;
// `related` links become typed claims between clusters. Nothing in the meta is dropped: it travels in META_EXT.
import { isObject } from '../lib/json.ts'
import type { Issue } from '../lib/result.ts'
import { normalizeAlias } from '../resolve/normalize.ts'
import { CLAIM_EXT_ID, META_EXT_ID, MOSAIC_IDENTITY_ID } from '../stix/mosaic-extensions.ts'
import type { ExternalReference, StixObject } from '../stix/types.ts'
import { uuid5 } from '../store/uuid5.ts'

/** Namespace for ids of MISP-derived objects. Fixed forever: ids must be the same on every import. */
const MISP_NS = 'd8a3c1e0-7f52-4b1a-9c3e-6e0b2f4a5d17'

const ACTOR_GALAXIES = new Set([
  'threat-actor',
  'microsoft-activity-group',
  'mitre-intrusion-set',
  '360net-threat-actor',
  'groups',
])

/** The STIX id of a MISP cluster of an actor galaxy (cluster uuids are unique across galaxies). */
export const mispActorId = (clusterUuid: string) => `intrusion-set--${uuid5(MISP_NS, clusterUuid.toLowerCase())}`
export const mispIdentityId = (uuid: string) => `identity--${uuid5(MISP_NS, uuid.toLowerCase())}`
/** Countries are keyed by normalised name so CFR sponsor names and the country galaxy meet on one location. */
export const countryLocationId = (name: string) => `location--${uuid5(MISP_NS, `country:${normalizeAlias(name)}`)}`
const CFR_ID = `identity--${uuid5(MISP_NS, 'cfr-cyber-operations-tracker')}`

/** MISP relation types → Mosaic claim predicates (the typed alias graph). Others are not actor links. */
const RELATED_PREDICATE: Record<string, string> = {
  similar: 'same-as',
  'same-as': 'same-as',
  overlaps: 'overlaps-with',
  'part-of': 'subset-of',
  'revoked-by': 'same-as',
  'linked-to': 'related-to',
  'associated-with': 'related-to',
  'related-to': 'related-to',
}

export interface GalaxyFile {
  type: string
  name: string
  uuid: string
  version?: number
  source?: string
  values: Record<string, unknown>[]
}

export function isGalaxyFile(v: unknown): v is GalaxyFile {
  return isObject(v) && Array.isArray(v.values) && typeof v.type === 'string' && typeof v.uuid === 'string'
}

/** MISP clusters carry no dates: versions are derived from the galaxy version so a newer galaxy updates. */
function galaxyTimestamp(version: number | undefined): string {
  return new Date(Date.UTC(2017, 0, 1) + (version ?? 0) * 1000).toISOString()
}

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : []

function estimative(tags: unknown): string | undefined {
  for (const t of strings(tags)) {
    const m = /^estimative-language:[\w-]+="([^"]+)"$/.exec(t)
    if (m) return m[1]
  }
  return undefined
}

/** Map one galaxy file to STIX objects. Bad clusters are reported as issues with their JSON path, never thrown. */
export function mapGalaxy(g: GalaxyFile): { objects: StixObject[]; issues: Issue[] } {
  const ts = galaxyTimestamp(g.version)
  const issues: Issue[] = []
  const objects: StixObject[] = []
  const galaxyIdentity = mispIdentityId(g.uuid)
  objects.push({
    type: 'identity',
    spec_version: '2.1',
    id: galaxyIdentity,
    created: ts,
    modified: ts,
    name: `MISP galaxy: ${g.name}`,
    identity_class: 'organization',
    description: `MISP galaxy '${g.type}'${g.source ? ` (source: ${g.source})` : ''}`,
    created_by_ref: MOSAIC_IDENTITY_ID,
  })
  if (ACTOR_GALAXIES.has(g.type)) objects.push(cfrIdentity('2017-01-01T00:00:00.000Z'))
  const common = (meta: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    spec_version: '2.1',
    created: ts,
    modified: ts,
    created_by_ref: galaxyIdentity,
    extensions: {
      [META_EXT_ID]: {
        extension_type: 'property-extension',
        origin: `misp-galaxy:${g.type}`,
        dates_unknown: true,
        meta,
        ...extra,
      },
    },
  })
  const refsOf = (meta: Record<string, unknown>) =>
    strings(meta.refs).map((url) => ({ source_name: 'misp-galaxy-ref', url }))

  g.values.forEach((cluster, i) => {
    const path = `values[${i}]`
    if (!isObject(cluster) || typeof cluster.uuid !== 'string' || typeof cluster.value !== 'string') {
      issues.push({ code: 'invalid_cluster', path, message: 'cluster needs a string uuid and value' })
      return
    }
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(cluster.uuid)) {
      issues.push({ code: 'invalid_uuid', path: `${path}.uuid`, message: `'${cluster.uuid}' is not a UUID` })
      return
    }
    const meta = isObject(cluster.meta) ? cluster.meta : {}
    const keep = { ...meta, uuid: cluster.uuid, related: cluster.related }
    const description = typeof cluster.description === 'string' ? cluster.description : undefined
    if (ACTOR_GALAXIES.has(g.type)) objects.push(...mapActor(g, cluster, meta, keep, description, common, refsOf))
    else if (g.type === 'producer' || g.type === 'intelligence-agency') {
      const id = mispIdentityId(cluster.uuid)
      const obj: StixObject = {
        type: 'identity',
        id,
        ...common(keep),
        name: cluster.value,
        identity_class: 'organization',
        ...(g.type === 'intelligence-agency' ? { sectors: ['government'] } : {}),
        ...(description ? { description } : {}),
        external_references: refsOf(meta),
      }
      const syn = [...strings(meta.synonyms), ...strings(meta.synomyms)]
      if (syn.length) obj.x_mosaic_aliases = syn
      if (obj.external_references?.length === 0) delete obj.external_references
      objects.push(obj)
    } else if (g.type === 'country') {
      const obj: StixObject = {
        type: 'location',
        id: countryLocationId(cluster.value),
        ...common(keep),
        name: cluster.value,
        ...(typeof meta.ISO === 'string' ? { country: meta.ISO } : {}),
        ...(description ? { description } : {}),
      }
      if (!obj.country) obj.region = 'unknown'
      objects.push(obj)
    } else if (g.type === 'sector') {
      const obj: StixObject = {
        type: 'identity',
        id: mispIdentityId(cluster.uuid),
        ...common(keep),
        name: cluster.value,
        identity_class: 'class',
        ...(description ? { description } : {}),
      }
      const syn = strings(meta.synonyms)
      if (syn.length) obj.x_mosaic_aliases = syn
      objects.push(obj)
    } else if (g.type === 'campaigns') {
      const obj: StixObject = {
        type: 'campaign',
        id: `campaign--${uuid5(MISP_NS, cluster.uuid.toLowerCase())}`,
        ...common(keep),
        name: cluster.value,
        ...(description ? { description } : {}),
      }
      for (const k of ['first_seen', 'last_seen'] as const) {
        const t = typeof meta[k] === 'string' ? Date.parse(meta[k] as string) : Number.NaN
        if (!Number.isNaN(t)) obj[k] = new Date(t).toISOString()
      }
      // A period that ends before it starts is a data error upstream: keep the start, the meta keeps both.
      if (typeof obj.first_seen === 'string' && typeof obj.last_seen === 'string' && obj.last_seen < obj.first_seen)
        delete obj.last_seen
      if (typeof meta.campaign_attack_id === 'string')
        obj.external_references = [{ source_name: 'mitre-attack', external_id: meta.campaign_attack_id }]
      objects.push(obj)
    } else {
      // malpedia and other tool/malware galaxies
      const isTool = g.type === 'tool'
      const obj: StixObject = {
        type: isTool ? 'tool' : 'malware',
        id: `${isTool ? 'tool' : 'malware'}--${uuid5(MISP_NS, cluster.uuid.toLowerCase())}`,
        ...common(keep),
        name: cluster.value,
        ...(isTool ? {} : { is_family: true }),
        ...(description ? { description } : {}),
      }
      const syn = strings(meta.synonyms)
      if (syn.length) obj.aliases = syn
      const refs = refsOf(meta)
      if (refs.length) obj.external_references = refs
      objects.push(obj)
    }
  })
  return { objects, issues }
}

function mapActor(
  g: GalaxyFile,
  cluster: Record<string, unknown>,
  meta: Record<string, unknown>,
  keep: Record<string, unknown>,
  description: string | undefined,
  common: (meta: Record<string, unknown>, extra?: Record<string, unknown>) => Record<string, unknown>,
  refsOf: (meta: Record<string, unknown>) => { source_name: string; url: string }[],
): StixObject[] {
  const uuid = (cluster.uuid as string).toLowerCase()
  const id = mispActorId(uuid)
  // The mitre-* galaxies name clusters "Leviathan - G0065": the name is "Leviathan", the G-id an external id.
  const raw = cluster.value as string
  const gidSuffix = /^(.*\S)\s+-\s+(G\d{4})$/.exec(raw)
  const name = gidSuffix ? (gidSuffix[1] as string) : raw
  const out: StixObject[] = []
  const synonyms = strings(meta.synonyms).filter((s) => s.trim() !== '' && s !== name)
  // name-attribution: "NAME:producer-uuid" — that producer (vendor) uses that name.
  const aliasSources: Record<string, string[]> = {}
  for (const entry of strings(meta['name-attribution'])) {
    const m = /^(.*):([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i.exec(entry)
    if (!m) continue
    const alias = (m[1] as string).trim()
    ;(aliasSources[alias] ??= []).push(mispIdentityId(m[2] as string))
    if (alias !== name && !synonyms.includes(alias)) synonyms.push(alias)
  }
  // External ATT&CK group ids: from meta, from Tidal, or a synonym that is a G-id.
  const gids = new Set<string>()
  for (const k of ['external_id', 'group_attack_id']) if (typeof meta[k] === 'string') gids.add(meta[k] as string)
  if (gidSuffix) gids.add(gidSuffix[2] as string)
  for (const s of [name, ...synonyms]) if (/^G\d{4}$/.test(s)) gids.add(s)
  const externalRefs: Record<string, unknown>[] = [...gids].map((gid) => ({
    source_name: 'mitre-attack',
    external_id: gid,
    url: `https://attack.mitre.org/groups/${gid}`,
  }))
  externalRefs.push(...refsOf(meta))
  const obj: StixObject = {
    type: 'intrusion-set',
    id,
    ...common(Object.keys(aliasSources).length ? { ...keep, alias_sources: aliasSources } : keep),
    name,
    ...(description ? { description } : {}),
    ...(synonyms.length ? { aliases: [...new Set(synonyms)] } : {}),
  } as StixObject
  if (externalRefs.length) obj.external_references = externalRefs as unknown as ExternalReference[]
  if (cluster.revoked === true) obj.revoked = true
  out.push(obj)

  // The MISP mitre-intrusion-set cluster uuid is the ATT&CK intrusion-set's own id: explicit evidence of same-as.
  if (g.type === 'mitre-intrusion-set') {
    out.push(link(g, id, `intrusion-set--${uuid}`, 'same-as', 'mitre-intrusion-set cluster uuid = ATT&CK id'))
  }
  // CFR's suspected state sponsor: a sponsored-by claim whose source is CFR.
  const sponsor = typeof meta['cfr-suspected-state-sponsor'] === 'string' ? meta['cfr-suspected-state-sponsor'] : ''
  if (sponsor.trim()) {
    out.push({
      type: 'relationship',
      spec_version: '2.1',
      id: `relationship--${uuid5(MISP_NS, `${uuid}|sponsor|${sponsor}`)}`,
      created: common({}).created as string,
      modified: common({}).modified as string,
      created_by_ref: CFR_ID,
      relationship_type: 'attributed-to',
      source_ref: id,
      target_ref: countryLocationId(sponsor),
      description: `CFR Cyber Operations Tracker: suspected state sponsor ${sponsor}`,
      extensions: {
        [META_EXT_ID]: { extension_type: 'property-extension', origin: `misp-galaxy:${g.type}`, dates_unknown: true },
        [CLAIM_EXT_ID]: {
          extension_type: 'property-extension',
          predicate: 'sponsored-by',
          confidence_text: 'suspected',
          ...(typeof meta['attribution-confidence'] === 'string'
            ? { confidence_scale: 'misp-attribution-confidence', confidence_term: meta['attribution-confidence'] }
            : {}),
        },
      },
      external_references: [{ source_name: 'cfr', url: 'https://www.cfr.org/cyber-operations/' }],
    })
    out.push({
      type: 'location',
      spec_version: '2.1',
      id: countryLocationId(sponsor),
      created: '2017-01-01T00:00:00.000Z',
      modified: '2017-01-01T00:00:00.000Z',
      name: sponsor,
      region: 'unknown',
    })
  }
  for (const [j, rel] of (Array.isArray(cluster.related) ? cluster.related : []).entries()) {
    if (!isObject(rel) || typeof rel['dest-uuid'] !== 'string' || typeof rel.type !== 'string') continue
    const predicate = RELATED_PREDICATE[rel.type]
    if (!predicate) continue
    const dest = (rel['dest-uuid'] as string).toLowerCase()
    const conf = estimative(rel.tags)
    out.push(link(g, id, mispActorId(dest), predicate, `MISP related[${j}] ${rel.type}`, rel.type, conf))
  }
  return out
}

function link(
  g: GalaxyFile,
  from: string,
  to: string,
  predicate: string,
  why: string,
  mispType?: string,
  confidence?: string,
): StixObject {
  const ts = galaxyTimestamp(g.version)
  return {
    type: 'relationship',
    spec_version: '2.1',
    id: `relationship--${uuid5(MISP_NS, `${from}|${predicate}|${to}`)}`,
    created: ts,
    modified: ts,
    created_by_ref: mispIdentityId(g.uuid),
    relationship_type: mispType && mispType !== predicate ? mispType : 'related-to',
    source_ref: from,
    target_ref: to,
    description: why,
    extensions: {
      [META_EXT_ID]: { extension_type: 'property-extension', origin: `misp-galaxy:${g.type}`, dates_unknown: true },
      [CLAIM_EXT_ID]: {
        extension_type: 'property-extension',
        predicate,
        ...(confidence ? { confidence_text: confidence, confidence_scale: 'misp-estimative-language' } : {}),
      },
    },
  }
}

/** The CFR identity that sources sponsor claims, included once per import of an actor galaxy. */
export function cfrIdentity(ts: string): StixObject {
  return {
    type: 'identity',
    spec_version: '2.1',
    id: CFR_ID,
    created: ts,
    modified: ts,
    name: 'Council on Foreign Relations (Cyber Operations Tracker)',
    identity_class: 'organization',
    external_references: [{ source_name: 'cfr', url: 'https://www.cfr.org/cyber-operations/' }],
  }
}
