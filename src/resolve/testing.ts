// Test helper (never imported by product code): builds resolver actors from the shared ATT&CK actors subset and
// the MISP galaxies, joining records only on explicit evidence — the same kinds the knowledge layer uses:
// MISP mitre-intrusion-set uuid = ATT&CK id, a synonym that is an ATT&CK G-id, Tidal group_attack_id, MISP `related`
// "similar" links, ATT&CK revoked-by. A shared alias alone never joins two records.
import { readFileSync } from 'node:fs'
import { sharedPath } from '../lib/testing.ts'
import { normalizeAlias } from './normalize.ts'
import type { ResolverActor } from './resolver.ts'

/** Where the fixture files are, or undefined when the shared data is absent (tests then skip). */
export const fixturePaths = {
  attack: sharedPath('data', 'mitre-attack', 'enterprise-attack-v18.1-actors-subset.stix21.json'),
  misp: sharedPath('data', 'misp-galaxy', 'clusters'),
}

/** True when every file the fixture needs is present. */
export const haveFixtures = fixturePaths.attack !== undefined && fixturePaths.misp !== undefined

interface MispCluster {
  uuid: string
  value: string
  meta?: {
    synonyms?: string[]
    'name-attribution'?: string[]
    group_attack_id?: string
    external_id?: string
  }
  related?: { 'dest-uuid': string; type: string }[]
}

interface StixLike {
  type: string
  id: string
  name?: string
  aliases?: string[]
  x_mitre_aliases?: string[]
  revoked?: boolean
  relationship_type?: string
  source_ref?: string
  target_ref?: string
  external_references?: { source_name: string; external_id?: string }[]
}

interface RecordRow {
  id: string
  name: string
  type: string
  fromAttack: boolean
  externalIds: string[]
  aliases: Map<string, Set<string>>
}

/** The galaxies read as actor records, and the source label each one's aliases get. */
const ACTOR_GALAXIES = ['mitre-intrusion-set', 'threat-actor', 'microsoft-activity-group', '360net', 'tidal-groups']

export interface Fixture {
  /** Actor groups (type intrusion-set). */
  actors: ResolverActor[]
  /** ATT&CK malware and tools, MISP countries: records of other types. */
  others: ResolverActor[]
  /** ATT&CK intrusion-set id → the actor holding it. */
  actorOfAttackId: Map<string, ResolverActor>
  /** ATT&CK G-id → the actor holding it. */
  actorOfGid: Map<string, ResolverActor>
  /** Every ATT&CK intrusion-set (not revoked): id, G-id, name, aliases. */
  attackGroups: { id: string; gid: string; name: string; aliases: string[] }[]
}

let cached: Fixture | undefined

/** Build (once per process) the actors of the shared ATT&CK subset and MISP galaxies. */
export function loadFixture(): Fixture {
  if (cached) return cached
  if (!fixturePaths.attack || !fixturePaths.misp) throw new Error('shared data not present')
  const records = new Map<string, RecordRow>()
  const parent = new Map<string, string>()
  const find = (x: string): string => {
    let r = x
    while (parent.get(r) !== r) r = parent.get(r) ?? r
    let y = x
    while (y !== r) {
      const next = parent.get(y) ?? r
      parent.set(y, r)
      y = next
    }
    return r
  }
  const union = (a: string, b: string): void => {
    if (!parent.has(a) || !parent.has(b)) return
    const ra = find(a)
    const rb = find(b)
    if (ra !== rb) parent.set(rb, ra)
  }
  const record = (id: string, name: string, type: string, fromAttack = false): RecordRow => {
    let r = records.get(id)
    if (!r) {
      r = { id, name, type, fromAttack, externalIds: [], aliases: new Map() }
      records.set(id, r)
      parent.set(id, id)
    }
    if (fromAttack) {
      r.fromAttack = true
      r.name = name
    }
    return r
  }
  const alias = (r: RecordRow, name: string, source: string): void => {
    const n = name.trim()
    if (n === '') return
    let s = r.aliases.get(n)
    if (!s) r.aliases.set(n, (s = new Set()))
    s.add(source)
  }

  const bundle = JSON.parse(readFileSync(fixturePaths.attack, 'utf8')) as { objects: StixLike[] }
  const gidToId = new Map<string, string>()
  const others: ResolverActor[] = []
  const attackGroups: Fixture['attackGroups'] = []
  for (const o of bundle.objects) {
    const gid = o.external_references?.find((x) => x.source_name === 'mitre-attack')?.external_id
    if (o.type === 'intrusion-set' && o.name) {
      const r = record(o.id, o.name, 'intrusion-set', true)
      if (gid) {
        r.externalIds.push(gid)
        gidToId.set(gid, o.id)
      }
      for (const a of [o.name, ...(o.aliases ?? [])]) alias(r, a, 'MITRE ATT&CK')
      if (!o.revoked && gid) attackGroups.push({ id: o.id, gid, name: o.name, aliases: o.aliases ?? [o.name] })
    } else if ((o.type === 'malware' || o.type === 'tool') && o.name) {
      const names = [...new Set([o.name, ...(o.x_mitre_aliases ?? [])])]
      others.push({
        id: o.id,
        name: o.name,
        ids: [o.id],
        external_ids: gid ? [gid] : [],
        type: o.type,
        aliases: names.map((n) => ({ name: n, sources: ['MITRE ATT&CK'] })),
      })
    }
  }
  for (const o of bundle.objects) {
    if (o.type === 'relationship' && o.relationship_type === 'revoked-by' && o.source_ref && o.target_ref) {
      union(o.target_ref, o.source_ref)
    }
  }

  const producer = new Map<string, string>()
  const producers = readGalaxy('producer')
  for (const p of producers) producer.set(p.uuid, p.value)

  const links: [string, string][] = []
  const similar: [string, string][] = []
  for (const galaxy of ACTOR_GALAXIES) {
    const source = `MISP ${galaxy}`
    for (const c of readGalaxy(galaxy)) {
      const id = `intrusion-set--${c.uuid}`
      let name = c.value
      const extra: string[] = []
      const dash = /^(.*?) - ((?:G\d{4})|(?:APT-C-\d+))$/.exec(c.value)
      if (dash?.[1] && dash[2]) {
        name = dash[1]
        extra.push(dash[2])
      }
      const r = record(id, name, 'intrusion-set')
      alias(r, name, source)
      for (const x of extra) {
        if (/^G\d{4}$/.test(x)) links.push([id, x])
        else alias(r, x, source)
      }
      for (const s of c.meta?.synonyms ?? []) {
        if (/^G\d{4}$/.test(s)) links.push([id, s])
        else alias(r, s, source)
      }
      for (const na of c.meta?.['name-attribution'] ?? []) {
        const cut = na.lastIndexOf(':')
        const vendor = producer.get(na.slice(cut + 1))
        const n = na.slice(0, cut)
        if (vendor && r.aliases.has(n)) alias(r, n, vendor)
      }
      if (c.meta?.group_attack_id) links.push([id, c.meta.group_attack_id])
      for (const rel of c.related ?? []) {
        if (rel.type === 'similar') similar.push([id, `intrusion-set--${rel['dest-uuid']}`])
      }
    }
  }
  for (const [a, b] of links) union(a, /^G\d{4}$/.test(b) ? (gidToId.get(b) ?? b) : b)
  // MISP "similar" is looser than same-as: it joins two records only when they also share a name.
  const keys = (id: string): Set<string> => new Set([...(records.get(id)?.aliases.keys() ?? [])].map(normalizeAlias))
  for (const [a, b] of similar) {
    const kb = keys(b)
    if ([...keys(a)].some((k) => kb.has(k))) union(a, b)
  }

  for (const c of readGalaxy('country')) {
    others.push({
      id: `location--${c.uuid}`,
      name: c.value,
      ids: [`location--${c.uuid}`],
      external_ids: [],
      type: 'location',
      aliases: [{ name: c.value, sources: ['MISP country'] }],
    })
  }

  const groups = new Map<string, RecordRow[]>()
  for (const r of records.values()) {
    const root = find(r.id)
    const list = groups.get(root)
    if (list) list.push(r)
    else groups.set(root, [r])
  }
  const actors: ResolverActor[] = []
  const actorOfAttackId = new Map<string, ResolverActor>()
  const actorOfGid = new Map<string, ResolverActor>()
  for (const members of groups.values()) {
    members.sort((a, b) => Number(b.fromAttack) - Number(a.fromAttack) || a.id.localeCompare(b.id))
    const head = members[0]!
    const merged = new Map<string, Set<string>>()
    for (const m of members) {
      for (const [n, s] of m.aliases) {
        let set = merged.get(n)
        if (!set) merged.set(n, (set = new Set()))
        for (const x of s) set.add(x)
      }
    }
    // Display name: the most widely claimed alias; ATT&CK's name breaks ties.
    let display = head.name
    let best = merged.get(head.name)?.size ?? 0
    for (const [n, s] of merged) if (s.size > best) [display, best] = [n, s.size]
    const actor: ResolverActor = {
      id: head.id,
      name: display,
      ids: members.map((m) => m.id),
      external_ids: [...new Set(members.flatMap((m) => m.externalIds))],
      type: 'intrusion-set',
      aliases: [...merged].map(([n, s]) => ({ name: n, sources: [...s] })),
    }
    actors.push(actor)
    for (const m of members) {
      if (m.fromAttack) actorOfAttackId.set(m.id, actor)
      for (const g of m.externalIds) actorOfGid.set(g, actor)
    }
  }
  cached = { actors, others, actorOfAttackId, actorOfGid, attackGroups }
  return cached
}

function readGalaxy(name: string): MispCluster[] {
  const file = `${fixturePaths.misp}/${name}.json`
  return (JSON.parse(readFileSync(file, 'utf8')) as { values: MispCluster[] }).values
}
