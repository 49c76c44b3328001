// The actor is a view: source records (ATT&CK intrusion-sets, MISP clusters, starter and analyst records) joined by
// same-as evidence — explicit claims (same-as, revoked-by, duplicate-of), shared ATT&CK group ids, and the same record
// name. A shared alias alone never joins two actors; it becomes a proposal. Everything is computed from claims, so as-of and lens views
// are the same computation over fewer claims.
import { isObject } from '../../lib/json.ts'
import { buildResolver, normalizeAlias, type Resolver, type ResolverActor } from '../../resolve/index.ts'
import { MOSAIC_IDENTITY_ID } from '../../stix/mosaic-extensions.ts'
import type { StixObject } from '../../stix/types.ts'
import type { Claim, Store } from '../../store/store.ts'

export const ACTOR_RECORD_TYPES = ['intrusion-set', 'threat-actor'] as const
const JOIN_PREDICATES = ['same-as', 'revoked-by', 'duplicate-of']

export interface ActorAlias {
  name: string
  /** Names of the sources that use this name for the actor. */
  sources: string[]
  source_ids: (string | null)[]
  claims: { claim_id: string; alias: string; source: string; published: string | null; member: string }[]
}

export interface Actor {
  id: string
  name: string
  type: string
  ids: string[]
  external_ids: string[]
  aliases: ActorAlias[]
  /** The claims that join the members (same-as …) and the derived joins (shared ATT&CK id). */
  links: {
    claim_id: string | null
    from: string
    to: string
    predicate: string
    source: string
    published: string | null
  }[]
}

export interface ActorViewOptions {
  /** Only claims published on or before this timestamp. */
  asOf?: string
  /** Only what this source says (matched against source names, case-insensitive). */
  lens?: string
}

interface RecordInfo {
  id: string
  type: string
  name: string
  externalIds: string[]
  createdBy: string | null
  revoked: boolean
  /** An ATT&CK record (it carries x_mitre_* properties). */
  attack: boolean
}

class UnionFind {
  readonly #parent = new Map<string, string>()
  find(x: string): string {
    if (!this.#parent.has(x)) this.#parent.set(x, x)
    let root = x
    while (this.#parent.get(root) !== root) root = this.#parent.get(root) as string
    while (x !== root) {
      const next = this.#parent.get(x) as string
      this.#parent.set(x, root)
      x = next
    }
    return root
  }
  union(a: string, b: string): void {
    const ra = this.find(a)
    const rb = this.find(b)
    // the smaller id becomes the root, so groups come out the same whatever the order of the evidence
    if (ra < rb) this.#parent.set(rb, ra)
    else if (rb < ra) this.#parent.set(ra, rb)
  }
}

function attackIds(obj: StixObject): string[] {
  const out: string[] = []
  for (const r of obj.external_references ?? []) {
    if (
      isObject(r) &&
      r.source_name === 'mitre-attack' &&
      typeof r.external_id === 'string' &&
      /^G\d{4}$/.test(r.external_id)
    )
      out.push(r.external_id)
  }
  return out
}

/** Everything the actor views need, loaded once from the store. */
export class ActorIndex {
  readonly actors: Actor[]
  readonly byMember = new Map<string, Actor>()
  /** Non-actor named things (malware, tools, locations …) as resolver entries, so they are known not to be actors. */
  readonly others: ResolverActor[]
  readonly sourceNames: Map<string, string>

  private constructor(actors: Actor[], others: ResolverActor[], sourceNames: Map<string, string>) {
    this.actors = actors
    this.others = others
    this.sourceNames = sourceNames
    for (const a of actors) for (const id of a.ids) this.byMember.set(id, a)
  }

  static readonly #cache = new WeakMap<Store, Map<string, { revision: string; index: Promise<ActorIndex> }>>()

  /** The index for these options, reused until the store changes (a server answers many dossiers per build). */
  static async cached(store: Store, opts: ActorViewOptions = {}): Promise<ActorIndex> {
    const revision = await store.revision()
    let perStore = ActorIndex.#cache.get(store)
    if (!perStore) ActorIndex.#cache.set(store, (perStore = new Map()))
    const key = `${opts.asOf ?? ''}|${opts.lens ?? ''}`
    const hit = perStore.get(key)
    if (hit && hit.revision === revision) return hit.index
    const index = ActorIndex.build(store, opts)
    perStore.set(key, { revision, index })
    return index
  }

  static async build(store: Store, opts: ActorViewOptions = {}): Promise<ActorIndex> {
    const sourceNames = new Map<string, string>()
    for await (const o of store.objects({ types: ['identity'], includeRevoked: true }))
      if (typeof o.name === 'string') sourceNames.set(o.id, o.name)
    const sourceName = (id: string | null) => (id === null ? 'unknown' : (sourceNames.get(id) ?? id))
    const lens = opts.lens?.toLowerCase()
    const inLens = (src: string | null) => lens === undefined || sourceName(src).toLowerCase().includes(lens)

    const records = new Map<string, RecordInfo>()
    for await (const o of store.objects({ types: [...ACTOR_RECORD_TYPES], includeRevoked: true })) {
      if (opts.asOf && o.created && o.created > opts.asOf) continue
      records.set(o.id, {
        id: o.id,
        type: o.type,
        name: typeof o.name === 'string' ? o.name : o.id,
        externalIds: attackIds(o),
        createdBy: o.created_by_ref ?? null,
        revoked: o.revoked === true,
        attack: Object.keys(o).some((k) => k.startsWith('x_mitre_')),
      })
    }
    const asOf = opts.asOf ? { asOf: opts.asOf } : {}
    const aliasClaims = await store.claims({ predicate: 'alias', ...asOf })
    const joinClaims = await store.claims({ predicate: JOIN_PREDICATES, ...asOf })

    const uf = new UnionFind()
    for (const id of records.keys()) uf.find(id)
    const links: Actor['links'] = []
    for (const c of joinClaims) {
      if (!records.has(c.subject) || !records.has(c.object)) continue
      uf.union(c.subject, c.object)
      links.push({
        claim_id: c.id,
        from: c.subject,
        to: c.object,
        predicate: c.predicate,
        source: sourceName(c.source),
        published: c.published,
      })
    }
    // Records that carry the same ATT&CK group id describe the same group (explicit evidence, not a shared name).
    const byGid = new Map<string, string>()
    for (const r of records.values()) {
      for (const gid of r.externalIds) {
        const first = byGid.get(gid)
        if (first === undefined) byGid.set(gid, r.id)
        else {
          uf.union(first, r.id)
          links.push({
            claim_id: null,
            from: r.id,
            to: first,
            predicate: `shares ATT&CK id ${gid}`,
            source: 'derived',
            published: null,
          })
        }
      }
    }
    // Records of one type under the same name (ATT&CK's "Volt Typhoon" and Microsoft's) are one actor; a name that
    // is only an alias somewhere never joins (that is a proposal, see `mosaic actor proposals`).
    const byName = new Map<string, string>()
    for (const r of records.values()) {
      const key = `${r.type}|${normalizeAlias(r.name)}`
      const first = byName.get(key)
      if (first === undefined) byName.set(key, r.id)
      else if (uf.find(first) !== uf.find(r.id)) {
        uf.union(first, r.id)
        links.push({
          claim_id: null,
          from: r.id,
          to: first,
          predicate: 'same name',
          source: 'derived',
          published: null,
        })
      }
    }
    const groups = new Map<string, string[]>()
    for (const id of records.keys()) {
      const root = uf.find(id)
      let g = groups.get(root)
      if (!g) groups.set(root, (g = []))
      g.push(id)
    }
    const aliasesBySubject = new Map<string, Claim[]>()
    const others = new Map<string, ResolverActor>()
    for (const c of aliasClaims) {
      if (records.has(c.subject)) {
        let l = aliasesBySubject.get(c.subject)
        if (!l) aliasesBySubject.set(c.subject, (l = []))
        l.push(c)
      } else {
        const type = c.subject.slice(0, c.subject.indexOf('--'))
        let o = others.get(c.subject)
        if (!o)
          others.set(
            c.subject,
            (o = { id: c.subject, name: c.object, ids: [c.subject], external_ids: [], type, aliases: [] }),
          )
        if (c.extra?.primary === true) o.name = c.object
        o.aliases.push({ name: c.object, sources: [sourceName(c.source)] })
      }
    }

    const actors: Actor[] = []
    for (const members of groups.values()) {
      const aliasMap = new Map<string, ActorAlias & { spellings: Map<string, number> }>()
      for (const m of members) {
        for (const c of aliasesBySubject.get(m) ?? []) {
          if (!inLens(c.source)) continue
          const key = normalizeAlias(c.object)
          if (key === '') continue
          let a = aliasMap.get(key)
          if (!a)
            aliasMap.set(key, (a = { name: c.object, sources: [], source_ids: [], claims: [], spellings: new Map() }))
          const src = sourceName(c.source)
          if (!a.sources.includes(src)) {
            a.sources.push(src)
            a.source_ids.push(c.source)
          }
          a.spellings.set(c.object, (a.spellings.get(c.object) ?? 0) + 1)
          a.claims.push({ claim_id: c.id, alias: c.object, source: src, published: c.published, member: m })
        }
      }
      if (lens !== undefined && aliasMap.size === 0) continue
      const infos = members.map((m) => records.get(m) as RecordInfo)
      const primary = pickPrimary(infos)
      const aliases = [...aliasMap.values()].map(({ spellings, ...a }) => {
        // the spelling most sources use; ties go to the one with capitals (names as vendors write them)
        a.name = [...spellings].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]?.[0] ?? a.name
        return a
      })
      aliases.sort((x, y) => y.sources.length - x.sources.length || x.name.localeCompare(y.name))
      const name = displayName(aliases, primary)
      const memberSet = new Set(members)
      actors.push({
        id: primary.id,
        name,
        type: primary.type,
        ids: [primary.id, ...members.filter((m) => m !== primary.id).sort()],
        external_ids: [...new Set(infos.flatMap((i) => i.externalIds))].sort(),
        aliases,
        links: links.filter((l) => memberSet.has(l.from)),
      })
    }
    return new ActorIndex(actors, [...others.values()], sourceNames)
  }

  #resolver: Resolver | undefined

  /** The name resolver over this index, built on first use. */
  resolver(): Resolver {
    this.#resolver ??= buildResolver(this.resolverEntries())
    return this.#resolver
  }

  /** Resolver entries: every actor plus every other named thing. */
  resolverEntries(): ResolverActor[] {
    return [
      ...this.actors.map((a) => ({
        id: a.id,
        name: a.name,
        ids: a.ids,
        external_ids: a.external_ids,
        type: a.type,
        aliases: a.aliases.flatMap((al) => {
          const spellings = new Set(al.claims.map((c) => c.alias))
          return [...spellings].map((s) => ({ name: s, sources: al.sources }))
        }),
      })),
      ...this.others,
    ]
  }
}

/** The record that stands for the actor: ATT&CK's (it has the group id and is not revoked), else the richest. */
function pickPrimary(infos: RecordInfo[]): RecordInfo {
  const score = (r: RecordInfo) =>
    (r.revoked ? 0 : 100) + (r.attack ? 10 : 0) + (r.createdBy === MOSAIC_IDENTITY_ID ? 5 : 0)
  return [...infos].sort((a, b) => score(b) - score(a) || a.id.localeCompare(b.id))[0] as RecordInfo
}

/** Default display name: the name the most sources use; ties go to the primary record's own name. */
function displayName(aliases: ActorAlias[], primary: RecordInfo): string {
  const top = aliases[0]
  if (!top) return primary.name
  const best = aliases.filter((a) => a.sources.length === top.sources.length)
  const own = best.find((a) => normalizeAlias(a.name) === normalizeAlias(primary.name))
  return (own ?? top).name
}
