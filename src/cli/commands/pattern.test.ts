import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { after, test } from 'node:test'
import { repoRoot, tempDir } from '../../lib/testing.ts'

const tmp = tempDir('mosaic-pattern-cli-')
after(() => tmp.cleanup())

/** Run `node bin/mosaic.js pattern …`; returns the exit code and the last stdout line parsed as JSON. */
function mosaic(...args: string[]): { code: number | null; json: Record<string, unknown> } {
  const r = spawnSync(process.execPath, [join(repoRoot, 'bin', 'mosaic.js'), 'pattern', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  })
  const lines = r.stdout.trim().split('\n')
  return { code: r.status, json: JSON.parse(lines[lines.length - 1] ?? 'null') }
}

const observed = join(tmp.dir, 'observed.json')
writeFileSync(
  observed,
  JSON.stringify([
    {
      type: 'bundle',
      id: 'bundle--1',
      objects: [
        {
          type: 'observed-data',
          id: 'observed-data--1',
          first_observed: '2021-03-02T10:00:00Z',
          last_observed: '2021-03-02T10:00:00Z',
          number_observed: 1,
          object_refs: ['ipv4-addr--1'],
        },
        { type: 'ipv4-addr', id: 'ipv4-addr--1', value: '198.51.100.1' },
      ],
    },
    {
      type: 'bundle',
      id: 'bundle--2',
      objects: [
        {
          type: 'observed-data',
          id: 'observed-data--2',
          first_observed: '2021-03-02T10:03:00Z',
          last_observed: '2021-03-02T10:03:00Z',
          number_observed: 1,
          object_refs: ['file--1'],
        },
        { type: 'file', id: 'file--1', name: 'x.aspx' },
      ],
    },
  ]),
)

test('pattern validate prints {valid, errors} and exits 0 for a valid pattern, 1 with the reference wording', () => {
  const good = mosaic('validate', '--pattern', "[file:name = 'x.aspx'] WITHIN 300 SECONDS", '--stix-version', '2.1')
  assert.deepEqual(good, { code: 0, json: { valid: true, errors: [] } })
  const bad = mosaic('validate', '--pattern', '[file:size = ]', '--stix-version', '2.1')
  assert.equal(bad.code, 1)
  assert.equal(bad.json.valid, false)
  assert.match(String((bad.json.errors as string[])[0]), /^FAIL: Error found at line 1:13\. mismatched input '\]'/)
})

test('pattern validate reads --pattern-file verbatim, control characters included', () => {
  const file = join(tmp.dir, 'p.txt')
  writeFileSync(file, "[file:name = 'a\u0001b']")
  assert.deepEqual(mosaic('validate', '--pattern-file', file, '--stix-version', '2.1'), {
    code: 0,
    json: { valid: true, errors: [] },
  })
})

test('pattern match reports matched and the observation indexes of the first binding', () => {
  const r = mosaic(
    'match',
    '--pattern',
    "[ipv4-addr:value = '198.51.100.1'] FOLLOWEDBY [file:name = 'x.aspx'] WITHIN 300 SECONDS",
    '--observed',
    observed,
    '--stix-version',
    '2.1',
  )
  assert.deepEqual(r, { code: 0, json: { matched: true, observation_indexes: [0, 1] } })
  const miss = mosaic('match', '--pattern', "[file:name = 'y.aspx']", '--observed', observed, '--stix-version', '2.1')
  assert.deepEqual(miss, { code: 1, json: { matched: false, observation_indexes: [] } })
})

test('pattern match exits 2 with kind parse for a bad pattern and kind match for WITHIN 0', () => {
  const parse = mosaic('match', '--pattern', '[a:b = null]', '--observed', observed, '--stix-version', '2.1')
  assert.equal(parse.code, 2)
  assert.equal((parse.json.error as { kind: string }).kind, 'parse')
  const match = mosaic(
    'match',
    '--pattern',
    '[a:b = 1] WITHIN 0 SECONDS',
    '--observed',
    observed,
    '--stix-version',
    '2.1',
  )
  assert.equal(match.code, 2)
  assert.equal((match.json.error as { kind: string }).kind, 'match')
})

test('pattern inspect lists qualifiers, observation operators and comparisons', () => {
  const r = mosaic(
    'inspect',
    '--pattern',
    "[obj-type:a.b[*][1].'c-d' NOT ISSUPERSET '1.2.3.4/16'] REPEATS 5 TIMES",
    '--stix-version',
    '2.1',
  )
  assert.deepEqual(r, {
    code: 0,
    json: {
      qualifiers: ['REPEATS 5 TIMES'],
      observation_ops: [],
      comparisons: { 'obj-type': [[['a', 'b', null, 1, 'c-d'], 'NOT ISSUPERSET', "'1.2.3.4/16'"]] },
    },
  })
})

test('pattern equivalent answers with exit 0/1 and a usage error exits 3 with JSON', () => {
  const yes = mosaic(
    'equivalent',
    '--pattern',
    '[a:b=1] OR [a:b=2]',
    '--pattern2',
    '[a:b=2] OR [a:b=1]',
    '--stix-version',
    '2.1',
  )
  assert.deepEqual(yes, { code: 0, json: { equivalent: true } })
  const no = mosaic('equivalent', '--pattern', '[a:b=1] FOLLOWEDBY [a:b=2]', '--pattern2', '[a:b=2] FOLLOWEDBY [a:b=1]')
  assert.deepEqual(no, { code: 1, json: { equivalent: false } })
  const usage = mosaic('validate', '--pattern', '[a:b=1]', '--stix-version', '3.0')
  assert.equal(usage.code, 3)
  assert.ok(typeof usage.json.usage_error === 'string')
})
