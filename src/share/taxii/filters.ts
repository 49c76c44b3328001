// TAXII 2.1 filtering (section 3.6): added_after, match[id], match[type], match[version], match[spec_version].
// The order follows the reference server: plain property filters first, then match[version] (default `last`), then
// match[spec_version] (default: each object's latest spec version among what is left), then ordering by date_added.
import type { Result } from '../../lib/result.ts'
import { err, ok } from '../../lib/result.ts'
import type { ObjectRecord } from './backend.ts'
import { normalizeTimestamp } from './timestamp.ts'

/** The match fields an endpoint honours (others are ignored, as TAXII allows). */
export type MatchField = 'id' | 'type' | 'version' | 'spec_version'

/** Parsed filters. A missing list means "no filter" (or the endpoint's default for version and spec_version). */
export interface Filters {
  addedAfter?: string
  ids?: string[]
  types?: string[]
  /** `first`, `last`, `all`, or normalised timestamps. */
  versions?: string[]
  specVersions?: string[]
}

/** Query parameters as the first value of each name. */
export type Query = Readonly<Record<string, string>>

const split = (v: string): string[] =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')

/** Read the filters an endpoint allows from the query; a malformed value is an error message (HTTP 400). */
export function parseFilters(query: Query, allowed: readonly MatchField[]): Result<Filters, string> {
  const f: Filters = {}
  const addedAfter = query.added_after
  if (addedAfter !== undefined) {
    const t = normalizeTimestamp(addedAfter)
    if (!t) return err(`added_after '${addedAfter}' is not a timestamp`)
    f.addedAfter = t
  }
  const has = (field: MatchField) => allowed.includes(field) && query[`match[${field}]`] !== undefined
  if (has('id')) f.ids = split(query['match[id]'] ?? '')
  if (has('type')) f.types = split(query['match[type]'] ?? '')
  if (has('spec_version')) f.specVersions = split(query['match[spec_version]'] ?? '')
  if (has('version')) {
    const versions: string[] = []
    for (const v of split(query['match[version]'] ?? '')) {
      if (v === 'first' || v === 'last' || v === 'all') versions.push(v)
      else {
        const t = normalizeTimestamp(v)
        if (!t) return err(`match[version] '${v}' is not first, last, all or a timestamp`)
        versions.push(t)
      }
    }
    if (versions.length > 0) f.versions = versions
  }
  return ok(f)
}

/** What an absent match[version] / match[spec_version] means at an endpoint. */
export interface FilterDefaults {
  /** `last` for reads; `all` for the versions endpoint and DELETE. */
  version: 'last' | 'all'
  /** `latest` (each object's latest spec version) for reads; `all` for DELETE. */
  specVersion: 'latest' | 'all'
}

const READ_DEFAULTS: FilterDefaults = { version: 'last', specVersion: 'latest' }

/**
 * Apply filters to stored versions and order the result by date_added (stable, so equal dates keep the order the
 * versions were added).
 */
export function applyFilters(
  records: readonly ObjectRecord[],
  f: Filters,
  defaults: FilterDefaults = READ_DEFAULTS,
): ObjectRecord[] {
  const ids = f.ids ? new Set(f.ids) : undefined
  const types = f.types ? new Set(f.types) : undefined
  let out = records.filter(
    (r) =>
      (f.addedAfter === undefined || r.dateAdded > f.addedAfter) &&
      (!ids || ids.has(r.id)) &&
      (!types || types.has(r.type)),
  )
  out = filterVersions(out, f.versions ?? [defaults.version])
  if (f.specVersions || defaults.specVersion === 'latest') out = filterSpecVersions(out, f.specVersions)
  return out
    .map((r, i) => ({ r, i }))
    .sort((a, b) => cmp(a.r.dateAdded, b.r.dateAdded) || a.i - b.i)
    .map((x) => x.r)
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

function filterVersions(records: ObjectRecord[], wanted: readonly string[]): ObjectRecord[] {
  if (wanted.includes('all')) return records
  // Versions of one id form one history across spec versions: first and last are taken over all of them.
  const firstLast = new Map<string, [ObjectRecord, ObjectRecord]>()
  for (const r of records) {
    const fl = firstLast.get(r.id)
    if (!fl) firstLast.set(r.id, [r, r])
    else {
      if (r.version < fl[0].version) fl[0] = r
      if (r.version > fl[1].version) fl[1] = r
    }
  }
  const times = new Set(wanted.filter((w) => w !== 'first' && w !== 'last'))
  const first = wanted.includes('first')
  const last = wanted.includes('last')
  return records.filter((r) => {
    const fl = firstLast.get(r.id)
    return (first && fl?.[0] === r) || (last && fl?.[1] === r) || times.has(r.version)
  })
}

function specTuple(v: string): number[] {
  return v.split('.').map((p) => Number.parseInt(p, 10) || 0)
}

function compareSpec(a: string, b: string): number {
  const x = specTuple(a)
  const y = specTuple(b)
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0)
    if (d !== 0) return d
  }
  return 0
}

function filterSpecVersions(records: ObjectRecord[], wanted: readonly string[] | undefined): ObjectRecord[] {
  if (wanted) {
    const set = new Set(wanted)
    return records.filter((r) => set.has(r.specVersion))
  }
  // No match[spec_version]: keep, per object, only the versions of its latest spec version.
  const latest = new Map<string, string>()
  for (const r of records) {
    const cur = latest.get(r.id)
    if (cur === undefined || compareSpec(r.specVersion, cur) > 0) latest.set(r.id, r.specVersion)
  }
  return records.filter((r) => compareSpec(r.specVersion, latest.get(r.id) ?? r.specVersion) === 0)
}
