// Shared machinery of the ledger views: date bounds, a per-query object cache, names, the part-of graph, the state
// behind a party, and name → id matching over the alias index.
import { MosaicError } from '../../lib/errors.ts'
import { parseUserDate } from '../../lib/time.ts'
import { normalizeAlias } from '../../resolve/index.ts'
import type { StixObject } from '../../stix/types.ts'
import type { Claim, ClaimEvidence, ClaimQuery, Store } from '../../store/store.ts'

/** A party as the views show it: id, display name and kind (STIX type; `identity` adds its class). */
export interface PartyRef {
  id: string
  name: string
  kind: string
}

/** Where a statement was published: the document title and URL. */
export interface SourceDoc {
  title: string | null
  url: string | null
}

const DATE_RE = /^\d{4}(-\d{2}(-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?)?)?$/

/**
 * The upper bound of an `--as-of` date: a day, month or year covers all of it ("2021-07-18" → end of that day), so
 * a claim published "2021-07-19" is after it and one published "2021-07-18" or "2021-07-18T10:00:00Z" is not.
 */
export function asOfBound(value: string | undefined): string | undefined {
  const v = checkedDate(value)
  return v === undefined ? undefined : (parseUserDate(v, true) as string)
}

/** The lower bound of a `--since` date: "2021" → "2021-01-01", "2021-07" → "2021-07-01". */
export function sinceBound(value: string | undefined): string | undefined {
  const v = checkedDate(value)
  if (v === undefined) return undefined
  if (v.length === 4) return `${v}-01-01`
  if (v.length === 7) return `${v}-01`
  return v
}

/** The trimmed date text, or an invalid_input error naming the accepted forms. */
function checkedDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  const v = value.trim()
  if (!DATE_RE.test(v) || Number.isNaN(Date.parse(v.length === 4 ? `${v}-01-01` : v)))
    throw new MosaicError(
      'invalid_input',
      `not a date: ${value} (expected YYYY, YYYY-MM, YYYY-MM-DD or an ISO timestamp)`,
    )
  return v
}

/** True when a date (YYYY-MM-DD or timestamp) is on or before an as-of bound; undated things are kept. */
export function within(date: string | null | undefined, asOf: string | undefined): boolean {
  if (asOf === undefined || date === null || date === undefined) return true
  return date <= asOf
}

/** The first ten characters of a date or timestamp (YYYY-MM-DD), or null. */
export const day = (d: string | null | undefined): string | null => (typeof d === 'string' ? d.slice(0, 10) : null)

/** The document a claim cites: its first evidence with a URL (title from the claim extension or the reference). */
export function sourceDoc(evidence: ClaimEvidence[]): SourceDoc {
  const ev = evidence.find((e) => e.url !== undefined) ?? evidence[0]
  if (!ev) return { title: null, url: null }
  return { title: ev.source_name ?? ev.description ?? null, url: ev.url ?? null }
}

/** The first verbatim quote of a claim's evidence, or null. */
export const quoteOf = (evidence: ClaimEvidence[]): string | null => evidence.find((e) => e.quote)?.quote ?? null

const stringList = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []

/** `extra.cosigners`, `extra.about`, `extra.responds_to` of a claim. */
export const extraRefs = (c: Claim, key: 'cosigners' | 'about' | 'responds_to'): string[] => stringList(c.extra?.[key])

/** Claims that place a party: its parent organisation and its country. */
const LINK_PREDICATES = ['part-of', 'located-at', 'originates-from']

/** Types a `--to` name may name: who something is attributed to. */
export const PARTY_TYPES = ['threat-actor', 'intrusion-set', 'identity', 'location', 'campaign']
/** Types a `--by` or `--authority` name may name. */
export const ATTRIBUTOR_TYPES = ['identity', 'location']

/**
 * Per-query lookups over the store, cached: one `get` per object and one claims query per part-of or state step.
 * Not shared between queries, so a reload or import is seen by the next query.
 */
export class LedgerContext {
  readonly store: Store
  /** The as-of bound (end of the given day), or undefined for "everything known". */
  readonly asOf: string | undefined
  readonly #objects = new Map<string, StixObject | undefined>()
  readonly #links = new Map<string, Claim[]>()
  readonly #claims = new Map<string, Promise<Claim[]>>()
  readonly #children = new Map<string, string[]>()
  readonly #state = new Map<string, string | null>()

  constructor(store: Store, asOf?: string) {
    this.store = store
    this.asOf = asOfBound(asOf)
  }

  /** Claims matching `q`, published by the as-of date (undated claims are kept, as the store does). */
  claims(q: Omit<ClaimQuery, 'asOf'>): Promise<Claim[]> {
    // Views ask the same question more than once (a campaign's actors for each of its CVEs): answer it once.
    const key = JSON.stringify(q)
    let hit = this.#claims.get(key)
    if (!hit) {
      hit = this.store.claims(this.asOf === undefined ? q : { ...q, asOf: this.asOf })
      this.#claims.set(key, hit)
    }
    return hit
  }

  async obj(id: string): Promise<StixObject | undefined> {
    if (this.#objects.has(id)) return this.#objects.get(id)
    const o = await this.store.get(id)
    this.#objects.set(id, o)
    return o
  }

  async name(id: string | null): Promise<string> {
    if (id === null) return 'unknown'
    const o = await this.obj(id)
    return typeof o?.name === 'string' ? o.name : id
  }

  async ref(id: string): Promise<PartyRef> {
    const o = await this.obj(id)
    const type = id.slice(0, id.indexOf('--'))
    const kind =
      type === 'identity' && typeof o?.identity_class === 'string'
        ? `identity:${o.identity_class}`
        : type === 'location' && typeof o?.country === 'string'
          ? 'country'
          : type
    return { id, name: typeof o?.name === 'string' ? o.name : id, kind }
  }

  /**
   * Load, in a few set-wise queries, the objects `ids` and (with `links`) their part-of, located-at and
   * originates-from claims, walking up the part-of and location chain. Views call this before building rows, so
   * each row then costs no query (per-id queries were ~0.5 ms a row with ATT&CK and MISP loaded).
   */
  async prefetch(ids: Iterable<string>, links = true): Promise<void> {
    let frontier = [...new Set(ids)].filter((id) => id !== '' && !(links ? this.#links.has(id) : this.#objects.has(id)))
    while (frontier.length > 0) {
      const needObjects = frontier.filter((id) => !this.#objects.has(id))
      for (let i = 0; i < needObjects.length; i += 500) {
        const chunk = needObjects.slice(i, i + 500)
        for (const id of chunk) this.#objects.set(id, undefined)
        for await (const o of this.store.objects({ ids: chunk })) this.#objects.set(o.id, o)
      }
      if (!links) return
      const next = new Set<string>()
      for (let i = 0; i < frontier.length; i += 500) {
        const chunk = frontier.slice(i, i + 500)
        for (const id of chunk) this.#links.set(id, [])
        for (const c of await this.store.claims({ subject: chunk, predicate: LINK_PREDICATES })) {
          if (c.polarity !== 'asserts' || c.literal) continue
          this.#links.get(c.subject)?.push(c)
          if (!this.#links.has(c.object)) next.add(c.object)
        }
      }
      frontier = [...next]
    }
  }

  async #linksOf(id: string): Promise<Claim[]> {
    let l = this.#links.get(id)
    if (!l) {
      const claims = await this.store.claims({ subject: id, predicate: LINK_PREDICATES })
      l = claims.filter((c) => c.polarity === 'asserts' && !c.literal)
      this.#links.set(id, l)
    }
    return l
  }

  /** Direct parents by `part-of` claims (an agency's ministry, a provincial office's ministry). */
  async parents(id: string): Promise<string[]> {
    return [...new Set((await this.#linksOf(id)).filter((c) => c.predicate === 'part-of').map((c) => c.object))]
  }

  /** Direct sub-units by `part-of` claims. */
  async children(id: string): Promise<string[]> {
    let c = this.#children.get(id)
    if (!c) {
      const claims = await this.store.claims({ object: id, predicate: 'part-of' })
      c = [...new Set(claims.filter((x) => x.polarity === 'asserts').map((x) => x.subject))]
      this.#children.set(id, c)
    }
    return c
  }

  /** The top of the part-of chain: the government or organisation a body speaks for (itself when it has none). */
  async top(id: string): Promise<string> {
    let cur = id
    const seen = new Set([id])
    for (;;) {
      const next = (await this.parents(cur)).find((p) => !seen.has(p))
      if (next === undefined) return cur
      seen.add(next)
      cur = next
    }
  }

  /** `ids` and every sub-unit under them (transitively). */
  async withUnits(ids: Iterable<string>): Promise<Set<string>> {
    const out = new Set(ids)
    const todo = [...out]
    while (todo.length > 0) {
      const id = todo.pop() as string
      for (const c of await this.children(id))
        if (!out.has(c)) {
          out.add(c)
          todo.push(c)
        }
    }
    return out
  }

  /**
   * The country (location id) behind a party: a location is itself; an organisation or identity is where it is
   * located (else where its parent is); with `viaGroups`, an intrusion set is where it originates from (as claimed).
   * Null when the store holds no such claim.
   */
  async stateOf(id: string, viaGroups = true): Promise<string | null> {
    const key = `${viaGroups ? 'g' : 'o'}${id}`
    if (this.#state.has(key)) return this.#state.get(key) as string | null
    this.#state.set(key, null) // guards against part-of cycles
    let state: string | null = null
    if (id.startsWith('location--')) state = id
    else {
      const preds = id.startsWith('intrusion-set--')
        ? viaGroups
          ? ['originates-from', 'located-at']
          : []
        : ['located-at', 'originates-from']
      if (preds.length > 0) {
        const links = await this.#linksOf(id)
        const loc = preds
          .map((p) => links.find((c) => c.predicate === p && c.object.startsWith('location--')))
          .find((c) => c !== undefined)
        if (loc) state = loc.object
        else for (const p of await this.parents(id)) if ((state = await this.stateOf(p, viaGroups))) break
      }
    }
    this.#state.set(key, state)
    return state
  }

  /** A country as shown in counts: ISO code when the location has one (so MISP and starter locations meet). */
  async stateRef(locationId: string): Promise<{ id: string; name: string; code: string | null }> {
    const o = await this.obj(locationId)
    return {
      id: locationId,
      name: typeof o?.name === 'string' ? o.name : locationId,
      code: typeof o?.country === 'string' ? o.country.toUpperCase() : null,
    }
  }

  /**
   * Ids whose name or alias matches `text` (case-, punctuation- and diacritic-insensitive), limited to `types`:
   * an exact alias match when there is one, else every name or alias containing the text; a STIX id matches itself.
   */
  async match(text: string, types: string[]): Promise<string[]> {
    const t = text.trim()
    if (/^[a-z][a-z0-9-]*--[0-9a-f-]{36}$/.test(t)) return (await this.obj(t)) ? [t] : []
    const norm = normalizeAlias(t)
    if (norm === '') return []
    const typeOk = (id: string) => types.includes(id.slice(0, id.indexOf('--')))
    const exact = [...new Set((await this.store.aliases(norm)).map((r) => r.object_id))].filter(typeOk)
    if (exact.length > 0) return exact.sort()
    const out = new Set<string>()
    for (const hit of await this.store.search(t, { types, limit: 10 })) {
      const o = await this.obj(hit.id)
      const names = [o?.name, ...stringList(o?.aliases), ...stringList(o?.x_mitre_aliases)]
      if (names.some((n) => typeof n === 'string' && normalizeAlias(n).includes(norm))) out.add(hit.id)
    }
    return [...out].sort()
  }
}
