import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parsePattern } from '../../stix/pattern/index.ts'
import { measure } from './bench.ts'
import { compilePattern, inspectPattern, literalIndicators, type Observation } from './index.ts'

const obs = (objects: Observation['objects']): Observation => ({
  first_observed: '2021-03-02T10:00:00Z',
  last_observed: '2021-03-02T10:00:00Z',
  number_observed: 1,
  objects,
})

test('literalIndicators returns the equality triples of a pure OR of = comparisons', () => {
  assert.deepEqual(
    literalIndicators(
      "[ipv4-addr:value = '198.51.100.1' OR file:hashes.'SHA-256' = 'ab'] OR [domain-name:value = 'x.test']",
    ),
    [
      { objectType: 'ipv4-addr', path: 'value', value: '198.51.100.1' },
      { objectType: 'file', path: "hashes.'SHA-256'", value: 'ab' },
      { objectType: 'domain-name', path: 'value', value: 'x.test' },
    ],
  )
})

test('literalIndicators declines anything needing the evaluator', () => {
  for (const p of [
    "[ipv4-addr:value = 'a' AND ipv4-addr:value = 'b']",
    "[ipv4-addr:value != 'a']",
    "[ipv4-addr:value NOT = 'a']",
    "[ipv4-addr:value = 'a'] WITHIN 5 SECONDS",
    "[ipv4-addr:value = 'a'] AND [ipv4-addr:value = 'b']",
    "[network-traffic:dst_ref.value = 'a']",
    "[file:name LIKE 'a%']",
    '[a:b = ',
  ]) {
    assert.equal(literalIndicators(p), undefined, p)
  }
})

test('compilePattern gives kind parse for syntax and kind match for WITHIN 0 or a mixed IN set', () => {
  const parse = compilePattern('[a:b = ]')
  assert.equal(!parse.ok && parse.error.kind, 'parse')
  const within = compilePattern('[a:b = 1] WITHIN 0 SECONDS')
  assert.equal(!within.ok && within.error.kind, 'match')
  const mixed = compilePattern("[a:b IN (1, 'x')]")
  assert.equal(!mixed.ok && mixed.error.kind, 'match')
})

test('a compiled pattern matches per observation, and match() throws on malformed data', () => {
  const c = compilePattern("[ipv4-addr:value ISSUBSET '198.51.100.0/24']")
  assert.ok(c.ok)
  assert.deepEqual(c.value.match([obs({ a: { type: 'ipv4-addr', value: '198.51.100.9' } })]), {
    matched: true,
    observationIndexes: [0],
  })
  assert.equal(c.value.match([obs({ a: { type: 'ipv4-addr', value: '203.0.113.9' } })]).matched, false)
  assert.throws(() => c.value.match([{ ...obs({}), first_observed: 'yesterday' }]), /first_observed/)
})

test('inspectPattern reports qualifiers, observation operators and NOT-prefixed operators', () => {
  const p = parsePattern(
    "([foo:bar = 1] START t'1932-11-12T15:42:15Z' STOP t'1964-10-23T21:12:26Z' AND [foo:abc < h'12ab']) WITHIN 22 SECONDS OR [frob:baz NOT IN (1,2,3)] REPEATS 31 TIMES",
  )
  assert.ok(p.ok)
  const r = inspectPattern(p.value)
  assert.deepEqual(
    new Set(r.qualifiers),
    new Set(["START t'1932-11-12T15:42:15Z' STOP t'1964-10-23T21:12:26Z'", 'WITHIN 22 SECONDS', 'REPEATS 31 TIMES']),
  )
  assert.deepEqual(new Set(r.observation_ops), new Set(['AND', 'OR']))
  assert.deepEqual(r.comparisons.frob, [[['baz'], 'NOT IN', '(1,2,3)']])
})

test('compiling once is faster than re-parsing per observation (naive evaluator)', () => {
  for (const row of measure(2_000)) assert.ok(row.ratio > 1, JSON.stringify(row))
})
