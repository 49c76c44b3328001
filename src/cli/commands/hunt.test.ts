import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { test } from 'node:test'
import { repoRoot, sharedPath, skipUnless } from '../../lib/testing.ts'

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

test('mosaic hunt: usage errors exit 3, and --from-db says the store is not ready yet (exit 1)', () => {
  assert.equal(mosaic(['hunt', 'nope']).status, 3)
  assert.equal(mosaic(['hunt', 'exchange']).status, 3)
  const r = mosaic(['hunt', 'logs', repoRoot, '--from-db'])
  assert.equal(r.status, 1)
  assert.match(r.stderr, /not yet/)
})
