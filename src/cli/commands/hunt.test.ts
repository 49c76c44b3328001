import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { after, test } from 'node:test'
import { repoRoot, sharedPath, skipUnless, tempDir } from '../../lib/testing.ts'
import type { StixObject } from '../../stix/types.ts'
import { openStore } from '../../store/index.ts'

const samples = sharedPath('samples', 'exchange')
const mosaic = (args: string[]) =>
  spawnSync(process.execPath, [join(repoRoot, 'bin', 'mosaic.js'), ...args], { encoding: 'utf8', cwd: repoRoot })

test(
  'mosaic hunt exchange --json prints only the {host, verdict, findings, coverage} document',
  skipUnless(samples),
  () => {
    const r = mosaic([
      'hunt',
      'exchange',
      join(samples!, 'compromised'),
      '--ioc',
      join(samples!, 'test-iocs.csv'),
      '--json',
    ])
    assert.equal(r.status, 0, r.stderr)
    const doc = JSON.parse(r.stdout)
    assert.deepEqual(Object.keys(doc), ['host', 'verdict', 'findings', 'coverage'])
    assert.equal(doc.findings.length, 75)
    assert.equal(doc.verdict, 'compromise-likely')
  },
)

test('mosaic hunt: usage errors exit 3', () => {
  assert.equal(mosaic(['hunt', 'nope']).status, 3)
  assert.equal(mosaic(['hunt', 'exchange']).status, 3)
  assert.equal(mosaic(['hunt', 'logs', repoRoot]).status, 3)
  assert.equal(mosaic(['hunt', 'logs', repoRoot, '--indicators', 'x', '--workers', '0']).status, 3)
})

const tmp = tempDir('mosaic-hunt-cli-')
after(tmp.cleanup)

const T = '2021-03-01T00:00:00.000Z'
const ACTOR = 'intrusion-set--6c0a2f4e-1b43-4c7e-9d53-3f0b1d7a0001'
const IND_IP = 'indicator--6c0a2f4e-1b43-4c7e-9d53-3f0b1d7a0002'
const IND_SEQ = 'indicator--6c0a2f4e-1b43-4c7e-9d53-3f0b1d7a0003'
const IND_NONE = 'indicator--6c0a2f4e-1b43-4c7e-9d53-3f0b1d7a0004'
const common = { spec_version: '2.1', created: T, modified: T }
const indicator = (id: string, pattern: string) => ({
  type: 'indicator',
  id,
  ...common,
  name: id.slice(-4),
  pattern_type: 'stix',
  pattern,
  valid_from: T,
})

test('mosaic hunt logs --from-db --save: database indicators (literal and pattern) sweep the logs, sightings are stored and linked to the actor', async () => {
  const db = join(tmp.dir, 'hunt.db')
  const store = await openStore(db)
  const s = await store.begin()
  for (const o of [
    { type: 'intrusion-set', id: ACTOR, ...common, name: 'Test Actor Hafnium-like' },
    indicator(IND_IP, "[ipv4-addr:value = '198.51.100.1']"),
    indicator(IND_SEQ, "([ipv4-addr:value = '198.51.100.1'] FOLLOWEDBY [file:name = 'x.aspx']) WITHIN 300 SECONDS"),
    indicator(IND_NONE, "[ipv4-addr:value = '203.0.113.99']"),
    {
      type: 'relationship',
      id: 'relationship--6c0a2f4e-1b43-4c7e-9d53-3f0b1d7a0005',
      ...common,
      relationship_type: 'indicates',
      source_ref: IND_IP,
      target_ref: ACTOR,
    },
  ])
    await s.put(o as unknown as StixObject)
  await s.commit()
  await store.close()
  const log = join(tmp.dir, 'u_ex210303.log')
  writeFileSync(
    log,
    [
      '#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query c-ip cs(User-Agent) sc-status',
      '2021-03-03 04:00:05 10.0.0.1 GET /owa/ - 198.51.100.1 UA 200',
      '2021-03-03 04:01:00 10.0.0.1 POST /aspnet_client/x.aspx - 10.0.0.9 UA 200',
    ].join('\r\n'),
  )
  const r = mosaic(['hunt', 'logs', log, '--from-db', '--save', '--db', db, '--json'])
  assert.equal(r.status, 0, r.stderr)
  const doc = JSON.parse(r.stdout)
  assert.deepEqual(
    doc.sightings.map((x: { line: number; indicators: { indicatorId: string }[] }) => [
      x.line,
      x.indicators.map((i) => i.indicatorId),
    ]),
    [[2, [IND_IP]]],
  )
  assert.deepEqual(
    doc.patternMatches.map((m: { indicatorId: string; records: { line: number }[] }) => [
      m.indicatorId,
      m.records.map((x) => x.line),
    ]),
    [[IND_SEQ, [2, 3]]],
  )
  assert.deepEqual(
    doc.actors[IND_IP].map((a: { id: string; name: string }) => [a.id, a.name]),
    [[ACTOR, 'Test Actor Hafnium-like']],
  )
  assert.equal(doc.saved.sightings, 2)

  const check = await openStore(db)
  try {
    const saved = []
    for await (const o of check.objects({ types: ['sighting'] })) saved.push(o as unknown as Record<string, unknown>)
    assert.deepEqual(saved.map((o) => o.sighting_of_ref).sort(), [IND_IP, IND_SEQ])
    const ip = saved.find((o) => o.sighting_of_ref === IND_IP)!
    assert.equal(ip.count, 1)
    assert.equal(ip.first_seen, '2021-03-03T04:00:05Z')
    assert.match(String(ip.id), /^sighting--[0-9a-f-]{36}$/)
    // The sighting became a ledger claim about the indicator, which indicates the actor.
    const claims = await check.claims({ subject: IND_IP, predicate: 'sighted' })
    assert.equal(claims.length, 1)
  } finally {
    await check.close()
  }
})
