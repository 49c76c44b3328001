import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { ObjectRecord } from './backend.ts'
import { applyFilters, parseFilters } from './filters.ts'
import { PageSessions } from './paging.ts'
import { recordFor } from './records.ts'
import { normalizeTimestamp, nowTimestamp } from './timestamp.ts'

const ID = 'indicator--6770298f-0fd8-471a-ab8c-1c658a46574e'

function rec(obj: Record<string, unknown>, dateAdded: string): ObjectRecord {
  const r = recordFor(obj, normalizeTimestamp(dateAdded) ?? '')
  assert.ok(r.ok, r.ok ? '' : r.error)
  return r.value
}

const v1 = rec(
  {
    type: 'indicator',
    spec_version: '2.1',
    id: ID,
    created: '2016-11-03T12:30:59Z',
    modified: '2016-11-03T12:30:59.000Z',
  },
  '2016-11-03T12:30:59.001Z',
)
const v2 = rec(
  {
    type: 'indicator',
    spec_version: '2.1',
    id: ID,
    created: '2016-11-03T12:30:59Z',
    modified: '2016-12-25T12:30:59.444Z',
  },
  '2016-12-27T13:49:59Z',
)
const v3 = rec(
  { type: 'indicator', id: ID, created: '2016-11-03T12:30:59Z', modified: '2017-01-27T13:49:53.935Z' },
  '2017-12-31T13:49:53.935Z',
)

test('normalizeTimestamp pads to microseconds, drops digits past the sixth and rejects non-timestamps', () => {
  assert.equal(normalizeTimestamp('2014-05-08T09:00:00Z'), '2014-05-08T09:00:00.000000Z')
  assert.equal(normalizeTimestamp('2021-12-11T07:17:44.542582Z'), '2021-12-11T07:17:44.542582Z')
  assert.equal(normalizeTimestamp('2021-12-11T07:17:44.1234567Z'), '2021-12-11T07:17:44.123456Z')
  assert.equal(normalizeTimestamp('2021-13-11T07:17:44Z'), undefined)
  assert.equal(normalizeTimestamp('yesterday'), undefined)
  assert.equal(normalizeTimestamp(42), undefined)
})

test('nowTimestamp has six fractional digits and never repeats', () => {
  const a = nowTimestamp()
  const b = nowTimestamp()
  assert.match(a, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/)
  assert.ok(b > a)
})

test('recordFor derives version, spec version and media type; SCOs count as 2.1 versioned by date_added', () => {
  assert.equal(v3.specVersion, '2.0')
  assert.equal(v3.mediaType, 'application/stix+json;version=2.0')
  assert.equal(v3.versionText, '2017-01-27T13:49:53.935Z')
  const sco = rec(
    { type: 'ipv4-addr', id: 'ipv4-addr--9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c81', value: '1.2.3.4' },
    '2020-01-01T00:00:00Z',
  )
  assert.equal(sco.specVersion, '2.1')
  assert.equal(sco.version, '2020-01-01T00:00:00.000000Z')
  const bad = recordFor({ type: 'malware', id: 'indicator--6770298f-0fd8-471a-ab8c-1c658a46574e' }, sco.dateAdded)
  assert.equal(bad.ok, false)
})

test('parseFilters rejects malformed added_after and match[version] values and ignores fields the endpoint lacks', () => {
  assert.equal(parseFilters({ added_after: 'soon' }, ['id']).ok, false)
  assert.equal(parseFilters({ 'match[version]': 'latest' }, ['version']).ok, false)
  const f = parseFilters({ 'match[id]': 'a, b', 'match[type]': 'x' }, ['id'])
  assert.ok(f.ok)
  assert.deepEqual(f.value, { ids: ['a', 'b'] })
})

test('match[version] first/last span spec versions; the default spec filter then keeps what is left', () => {
  const all = [v3, v1, v2]
  assert.deepEqual(applyFilters(all, {}), [v3])
  assert.deepEqual(applyFilters(all, { versions: ['first'] }), [v1])
  assert.deepEqual(applyFilters(all, { versions: ['first', 'last'] }), [v1])
  assert.deepEqual(applyFilters(all, { versions: ['first', 'last'], specVersions: ['2.0', '2.1'] }), [v1, v3])
  // all versions, latest spec version only (2.1), ordered by date_added
  assert.deepEqual(applyFilters(all, { versions: ['all'] }), [v1, v2])
  assert.deepEqual(applyFilters(all, { versions: ['all'], specVersions: ['2.0', '2.1'] }), [v1, v2, v3])
  assert.deepEqual(applyFilters(all, { specVersions: ['2.1'] }), [])
  assert.deepEqual(applyFilters(all, { versions: [v2.version] }), [v2])
  assert.deepEqual(applyFilters(all, { addedAfter: v1.dateAdded, versions: ['first'] }), [v2])
})

test('a next token continues the same result even with another limit, and is refused with other filters', () => {
  const paging = new PageSessions()
  const first = paging.start('k', [1, 2, 3, 4, 5], 2)
  assert.deepEqual(first, { items: [1, 2], more: true, next: first.next })
  const second = paging.resume<number>('k', first.next ?? '', 10)
  assert.ok(second.ok)
  assert.deepEqual(second.value, { items: [3, 4, 5], more: false })
  assert.equal(paging.resume('other', first.next ?? '', 2).ok, false)
  assert.equal(paging.resume('k', 'nonsense', 2).ok, false)
})

test('next tokens expire', () => {
  let now = 0
  const paging = new PageSessions({ ttlMs: 1000, now: () => now })
  const first = paging.start('k', [1, 2], 1)
  now = 2000
  assert.equal(paging.resume('k', first.next ?? '', 1).ok, false)
})
