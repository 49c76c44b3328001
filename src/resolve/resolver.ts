// The actor-name resolver: an in-memory index over actors (groups of records already joined by same-as claims) that
// turns a free-text name into ranked candidates, and never turns a near miss into a candidate.
//
// Evidence tiers, strongest first; a weaker tier is only consulted when every stronger one found nothing, so a
// loose reading can never add a second actor next to a real match:
//   1. the normalised name equals an alias (score 1 for the exact spelling, 0.95 otherwise);
//   2. the loose key (generic affixes like "the … Group" dropped) equals an alias's loose key (0.85) — skipped when the
//      query is literally the name of a record of another type (a malware or tool called "Medusa" is not "Medusa Group");
//   3. the query lists names ("Fancy Bear (APT28)", "APT28 / Sofacy"): every listed name that matches agrees (0.8).
// Several actors on one tier make the answer ambiguous; each then scores its share of the alias's support (number
// of sources claiming it, plus one when it is the actor's display name).
// Near misses (edit distance on the normalised key, shared rare words) and vendor naming schemes are suggestions only.

import { describeNamingScheme, type NamingSchemeMatch, namingScheme } from './naming-schemes.ts'
import { aliasTokens, looseAliasKey, normalizeAlias } from './normalize.ts'

/** One actor as the resolver sees it: the records joined by same-as claims, with every alias and who claims it. */
export interface ResolverActor {
  /** The actor's id (the representative record's STIX id). */
  id: string
  /** Display name. */
  name: string
  /** Every STIX id of the member records. */
  ids: string[]
  /** External ids such as ATT&CK "G0065"; they resolve too. */
  external_ids: string[]
  /** STIX type: intrusion-set, threat-actor (actors) or malware, tool, campaign, location … (other kinds). */
  type: string
  aliases: { name: string; sources: string[] }[]
}

/** One ranked answer. Field order is the output contract. */
export interface Candidate {
  id: string
  name: string
  ids: string[]
  external_ids: string[]
  matched_alias: string
  sources: string[]
  score: number
}

/** A hint that is not a match: a near miss, the vendor scheme a name's shape belongs to, or a record of another type. */
export type Suggestion =
  | {
      kind: 'near-miss'
      text: string
      id: string
      name: string
      alias: string
      reason: 'edit-distance' | 'shared-word'
      score: number
    }
  | ({ kind: 'naming-scheme'; text: string } & NamingSchemeMatch)
  | { kind: 'other-type'; text: string; id: string; name: string; type: string }

/** The answer for one query. Field order is the output contract. */
export interface Resolution {
  query: string
  ambiguous: boolean
  candidates: Candidate[]
  suggestions: Suggestion[]
}

/** Options for one resolve call. */
export interface ResolveOptions {
  /** STIX types that may be candidates; default intrusion-set and threat-actor. */
  types?: readonly string[]
  /** At most this many suggestions (default 5). */
  maxSuggestions?: number
}

/** Options for building the index. */
export interface BuildResolverOptions {
  /** Types resolved when a call gives none (default intrusion-set, threat-actor). */
  defaultTypes?: readonly string[]
  /** Source label given to external ids indexed as aliases (default "external id"). */
  externalIdSource?: string
}

/** A built index. */
export interface Resolver {
  /** Resolve one name. Never throws; an empty or punctuation-only name gives no candidates. */
  resolve(query: string, opts?: ResolveOptions): Resolution
  /** How much the index holds. */
  readonly stats: { actors: number; aliases: number; keys: number }
}

/** The actor types resolved by default. */
export const ACTOR_TYPES: readonly string[] = ['intrusion-set', 'threat-actor']

// One alias of one actor, merged over spellings that normalise alike.
interface Entry {
  actor: number
  key: string
  loose: string
  /** Spellings as written by the sources (first one is shown). */
  forms: string[]
  sources: string[]
  /** True when the alias is the actor's display name. */
  isName: boolean
}

const SCORE_EXACT = 1
const SCORE_NORMALISED = 0.95
const SCORE_LOOSE = 0.85
const SCORE_LISTED = 0.8

const LIST_SPLIT_RE = /\s*(?:[()[\]{}/\\,;|]|\ba\.?k\.?a\.?(?=\s)|\balso known as\b|\bformerly\b)\s*/iu
const LIST_HINT_RE = /[()[\]{}/\\,;|]|\baka\b|\ba\.k\.a\b|\balso known as\b|\bformerly\b/iu

const round = (x: number): number => Math.round(x * 1000) / 1000

/**
 * Build the resolver index over actors (and, optionally, records of other types such as malware and tools, which
 * then block loose matches on their names and are named in suggestions). Linear in the number of aliases.
 * @example
 * const r = buildResolver(actors)
 * r.resolve('TEMP Periscope').candidates[0]?.name // 'APT40'
 */
export function buildResolver(actors: readonly ResolverActor[], opts: BuildResolverOptions = {}): Resolver {
  const defaultTypes = new Set(opts.defaultTypes ?? ACTOR_TYPES)
  const externalIdSource = opts.externalIdSource ?? 'external id'
  const entries: Entry[] = []
  const byKey = new Map<string, Entry[]>()
  const byLoose = new Map<string, Entry[]>()
  // How well documented each actor is (log of its alias claims): the tie-breaker between actors sharing a name.
  const prior: number[] = new Array<number>(actors.length).fill(0)

  actors.forEach((actor, index) => {
    const own = new Map<string, Entry>()
    const add = (written: string, sources: readonly string[]): void => {
      const key = normalizeAlias(written)
      if (key === '') return
      const form = written.trim().replace(/\s+/g, ' ')
      let e = own.get(key)
      if (!e) {
        e = { actor: index, key, loose: looseAliasKey(written), forms: [], sources: [], isName: false }
        own.set(key, e)
        entries.push(e)
        push(byKey, key, e)
        if (e.loose !== '') push(byLoose, e.loose, e)
      }
      if (!e.forms.includes(form)) e.forms.push(form)
      for (const s of sources) if (!e.sources.includes(s)) e.sources.push(s)
    }
    for (const a of actor.aliases) add(a.name, a.sources)
    add(actor.name, [])
    for (const x of actor.external_ids) add(x, [externalIdSource])
    const nameEntry = own.get(normalizeAlias(actor.name))
    if (nameEntry) nameEntry.isName = true
    let claims = 0
    for (const e of own.values()) claims += e.sources.length
    prior[index] = (actor.external_ids.length > 0 ? 2 : 0) + 0.25 * Math.log2(1 + claims)
  })

  // Built on the first query that needs suggestions: it is most of the build cost and exact lookups never use it.
  let near: NearMissIndex | undefined

  function resolve(query: string, ropts: ResolveOptions = {}): Resolution {
    const types = ropts.types ? new Set(ropts.types) : defaultTypes
    const wanted = (e: Entry): boolean => types.has(actors[e.actor]?.type ?? '')
    const result: Resolution = { query, ambiguous: false, candidates: [], suggestions: [] }
    const key = normalizeAlias(query)
    if (key === '') return result

    let tier = match(query, key, wanted)
    if (tier.length === 0 && LIST_HINT_RE.test(query)) tier = listed(query, wanted)

    result.candidates = rank(tier, query.trim().replace(/\s+/g, ' '))
    result.ambiguous = result.candidates.length > 1
    if (result.candidates.length === 0) result.suggestions = suggest(query, key, wanted, ropts.maxSuggestions ?? 5)
    return result
  }

  // Tiers 1 and 2 for one name: [entry, base score] pairs of the strongest tier that found anything.
  function match(raw: string, key: string, wanted: (e: Entry) => boolean): [Entry, number][] {
    const exactForm = raw.trim().replace(/\s+/g, ' ')
    const same = byKey.get(key) ?? []
    const hits = same.filter(wanted)
    if (hits.length > 0) {
      return hits.map((e) => [e, e.forms.includes(exactForm) ? SCORE_EXACT : SCORE_NORMALISED])
    }
    // The query names a record of another type (a tool, a malware, a country): no loose reading.
    if (same.length > 0) return []
    const loose = looseAliasKey(raw)
    if (loose === '') return []
    return (byLoose.get(loose) ?? []).filter(wanted).map((e) => [e, SCORE_LOOSE])
  }

  // Tier 3: "A (B)", "A / B", "A aka B" — the actors every matching part agrees on.
  function listed(raw: string, wanted: (e: Entry) => boolean): [Entry, number][] {
    const parts = raw.split(LIST_SPLIT_RE).filter((p) => normalizeAlias(p) !== '')
    if (parts.length < 2) return []
    let agreed: Map<number, Entry> | undefined
    for (const part of parts) {
      const hits = match(part, normalizeAlias(part), wanted)
      if (hits.length === 0) continue
      const here = new Map<number, Entry>()
      for (const [e] of hits) if (!here.has(e.actor)) here.set(e.actor, e)
      if (agreed === undefined) agreed = here
      else for (const a of [...agreed.keys()]) if (!here.has(a)) agreed.delete(a)
    }
    return agreed ? [...agreed.values()].map((e) => [e, SCORE_LISTED]) : []
  }

  function rank(hits: [Entry, number][], exactForm?: string): Candidate[] {
    // Best entry per actor; sources are the union over the actor's matching entries.
    const per = new Map<number, { best: Entry; base: number; sources: string[]; weight: number }>()
    for (const [e, base] of hits) {
      const w = Math.max(e.sources.length, 1) + (e.isName ? 0.5 : 0) + (prior[e.actor] ?? 0)
      const cur = per.get(e.actor)
      if (!cur) {
        per.set(e.actor, { best: e, base, sources: [...e.sources], weight: w })
        continue
      }
      for (const s of e.sources) if (!cur.sources.includes(s)) cur.sources.push(s)
      if (base > cur.base || (base === cur.base && w > cur.weight)) {
        cur.best = e
        cur.base = base
        cur.weight = w
      }
    }
    const rows = [...per.values()]
    const total = rows.reduce((n, r) => n + Math.max(r.weight, 1), 0)
    const out = rows.map((r) => {
      const actor = actors[r.best.actor]!
      const share = rows.length === 1 ? 1 : Math.max(r.weight, 1) / total
      return {
        weight: r.weight,
        candidate: {
          id: actor.id,
          name: actor.name,
          ids: actor.ids,
          external_ids: actor.external_ids,
          matched_alias:
            (exactForm !== undefined && r.best.forms.includes(exactForm) ? exactForm : r.best.forms[0]) ?? actor.name,
          sources: r.sources,
          score: round(r.base * share),
        } satisfies Candidate,
      }
    })
    out.sort(
      (a, b) =>
        b.candidate.score - a.candidate.score ||
        b.weight - a.weight ||
        b.candidate.ids.length - a.candidate.ids.length ||
        a.candidate.name.localeCompare(b.candidate.name),
    )
    return out.map((o) => o.candidate)
  }

  function suggest(raw: string, key: string, wanted: (e: Entry) => boolean, max: number): Suggestion[] {
    const out: Suggestion[] = []
    const seen = new Set<string>()
    // Records of other kinds that carry exactly this name.
    const others = (byKey.get(key) ?? []).filter((e) => !wanted(e))
    for (const e of others) {
      const a = actors[e.actor]!
      if (seen.has(a.id)) continue
      seen.add(a.id)
      out.push({
        kind: 'other-type',
        text: `a ${a.type} (${a.name}), not an actor`,
        id: a.id,
        name: a.name,
        type: a.type,
      })
    }
    if (others.length === 0) {
      const scheme = namingScheme(raw)
      if (scheme) out.push({ kind: 'naming-scheme', text: describeNamingScheme(scheme), ...scheme })
    }
    near ??= buildNearMissIndex(entries, byKey)
    for (const n of near.lookup(raw, key, wanted)) {
      const a = actors[n.entry.actor]!
      if (seen.has(a.id)) continue
      seen.add(a.id)
      const alias = n.entry.forms[0] ?? a.name
      out.push({
        kind: 'near-miss',
        text:
          n.reason === 'edit-distance'
            ? `did you mean ${alias} (${a.name})?`
            : `shares a word with ${alias} (${a.name})`,
        id: a.id,
        name: a.name,
        alias,
        reason: n.reason,
        score: n.score,
      })
    }
    return out.slice(0, max)
  }

  return {
    resolve,
    stats: { actors: actors.length, aliases: entries.length, keys: byKey.size },
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k)
  if (list) list.push(v)
  else m.set(k, [v])
}

// ---------------------------------------------------------------------------------------------------------------
// Near misses. Symmetric-delete index (every key and every key with one character removed) finds every key within
// one edit and many within two, in a handful of map lookups; an optimal-string-alignment distance then confirms.
// Rare shared words ("Kryptonite" → "Kryptonite Panda") come from a word index that ignores words used by many actors
// ("panda", "group") so a family word alone never suggests anything.

interface NearMiss {
  entry: Entry
  reason: 'edit-distance' | 'shared-word'
  score: number
}

const MIN_FUZZY_LENGTH = 4
const MAX_WORD_ACTORS = 3

// Longer keys are pasted sentences, not names: no fuzzy matching (and no quadratic work on them).
const MAX_FUZZY_LENGTH = 48

function maxDistance(len: number): number {
  return len < MIN_FUZZY_LENGTH || len > MAX_FUZZY_LENGTH ? 0 : len < 8 ? 1 : 2
}

function digitsOf(s: string): string {
  return s.replace(/\D+/g, ' ').trim()
}

interface NearMissIndex {
  lookup(raw: string, key: string, wanted: (e: Entry) => boolean): NearMiss[]
}

function buildNearMissIndex(entries: readonly Entry[], byKey: Map<string, Entry[]>): NearMissIndex {
  // Most variants belong to one key, so a bare string until a second key shares it (half the allocations).
  const deletes = new Map<string, string | string[]>()
  const addVariant = (v: string, key: string): void => {
    const cur = deletes.get(v)
    if (cur === undefined) deletes.set(v, key)
    else if (typeof cur === 'string') {
      if (cur !== key) deletes.set(v, [cur, key])
    } else if (!cur.includes(key)) cur.push(key)
  }
  for (const key of byKey.keys()) {
    if (maxDistance(key.length) === 0) continue
    addVariant(key, key)
    for (let i = 0; i < key.length; i++) addVariant(key.slice(0, i) + key.slice(i + 1), key)
  }
  const words = new Map<string, Entry[]>()
  for (const e of entries) {
    for (const t of new Set(aliasTokens(e.forms[0] ?? ''))) {
      if (t.length >= 3 && !/^\d+$/.test(t)) push(words, t, e)
    }
  }
  const wordActors = new Map<string, number>()
  for (const [t, list] of words) wordActors.set(t, new Set(list.map((e) => e.actor)).size)

  function lookup(raw: string, key: string, wanted: (e: Entry) => boolean): NearMiss[] {
    const found = new Map<Entry, NearMiss>()
    const limit = maxDistance(key.length)
    if (limit > 0) {
      const probes = new Set<string>([key])
      for (let i = 0; i < key.length; i++) probes.add(key.slice(0, i) + key.slice(i + 1))
      const keys = new Set<string>()
      for (const p of probes) {
        const hit = deletes.get(p)
        if (typeof hit === 'string') keys.add(hit)
        else if (hit) for (const k of hit) keys.add(k)
      }
      for (const k of keys) {
        if (k === key) continue
        // Codes differ by their numbers: APT41 is not a typo of APT40.
        if (digitsOf(k) !== digitsOf(key)) continue
        const d = osaDistance(key, k, limit)
        if (d > limit) continue
        const score = round(1 - d / Math.max(key.length, k.length))
        for (const e of byKey.get(k) ?? []) if (wanted(e)) keep(found, { entry: e, reason: 'edit-distance', score })
      }
    }
    const qTokens = new Set(aliasTokens(raw).filter((t) => t.length >= 3))
    for (const t of qTokens) {
      if ((wordActors.get(t) ?? 0) > MAX_WORD_ACTORS) continue
      for (const e of words.get(t) ?? []) {
        if (!wanted(e)) continue
        const eTokens = new Set(aliasTokens(e.forms[0] ?? ''))
        let shared = 0
        for (const x of qTokens) if (eTokens.has(x)) shared++
        const score = round((0.8 * shared) / new Set([...qTokens, ...eTokens]).size)
        keep(found, { entry: e, reason: 'shared-word', score })
      }
    }
    return [...found.values()].sort((a, b) => b.score - a.score)
  }
  return { lookup }
}

function keep(found: Map<Entry, NearMiss>, n: NearMiss): void {
  const cur = found.get(n.entry)
  if (!cur || n.score > cur.score) found.set(n.entry, n)
}

/** Optimal string alignment distance (Levenshtein plus adjacent transposition), stopping early above `limit`. */
export function osaDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  const n = b.length
  let prev2 = new Array<number>(n + 1).fill(0)
  let prev = Array.from({ length: n + 1 }, (_, j) => j)
  let cur = new Array<number>(n + 1).fill(0)
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i
    let rowMin = i
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1)
      cur[j] = v
      if (v < rowMin) rowMin = v
    }
    if (rowMin > limit) return limit + 1
    ;[prev2, prev, cur] = [prev, cur, prev2]
  }
  return prev[n]!
}
