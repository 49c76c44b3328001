// CLI contract of the ledger commands (attributions, stats attributions, cve, legal, starter) on a fresh database.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { after, test } from 'node:test'
import { starterBundle } from '../../knowledge/starter/index.ts'
import { repoRoot, tempDir } from '../../lib/testing.ts'

const tmp = tempDir()
after(() => tmp.cleanup())
const bin = join(repoRoot, 'bin', 'mosaic.js')
const db = join(tmp.dir, 'ledger.db')

function mosaic(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args, '--db', db], { encoding: 'utf8', timeout: 60_000 })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}
const json = (stdout: string) => JSON.parse(stdout) as Record<string, unknown>

const packAttributions = starterBundle().objects.filter(
  (o) => o.type === 'relationship' && o.relationship_type === 'attributed-to',
)

test('stats attributions --by-state --per-year --json: stdout is one JSON document with the pack counts', () => {
  const r = mosaic(['stats', 'attributions', '--by-state', '--per-year', '--json'])
  assert.equal(r.code, 0, r.stderr)
  assert.equal(r.stdout.trim().split('\n').length, 1)
  const s = json(r.stdout) as {
    statements: number
    by_state: { statements: number }[]
    per_year: { statements: number }[]
    by_sector?: unknown
  }
  assert.equal(s.statements, packAttributions.length)
  assert.equal(
    s.by_state.reduce((n, x) => n + x.statements, 0),
    s.statements,
  )
  assert.equal(
    s.per_year.reduce((n, x) => n + x.statements, 0),
    s.statements,
  )
  assert.equal(s.by_sector, undefined, 'only the sections asked for')
})

test('attributions --to MSS --as-of: none of the 19 July statements on the 18th, all of them by the 20th', () => {
  const early = mosaic(['attributions', '--to', 'Ministry of State Security', '--as-of', '2021-07-18', '--json'])
  assert.equal(early.code, 0, early.stderr)
  const e = json(early.stdout) as { attributions: { published: string }[] }
  assert.ok(e.attributions.every((a) => a.published < '2021-07-19'))
  const late = mosaic(['attributions', '--to', 'Ministry of State Security', '--as-of', '2021-07-20', '--json'])
  const l = json(late.stdout) as {
    attributions: { published: string; attributor: { name: string }; confidence: { text: string } }[]
  }
  const july = l.attributions.filter((a) => a.published === '2021-07-19')
  assert.ok(july.some((a) => a.attributor.name === 'Global Affairs Canada' && a.confidence.text === 'confident'))
  assert.ok(july.length >= 6)
})

test('cve and legal: JSON views, bad ids are invalid input (exit 2), unknown CVEs not found (exit 1)', () => {
  const cve = mosaic(['cve', 'CVE-2021-26855', '--json'])
  assert.equal(cve.code, 0, cve.stderr)
  const t = json(cve.stdout) as { cve: string; kev: unknown; exploited_by: { by: { name: string } }[] }
  assert.equal(t.cve, 'CVE-2021-26855')
  assert.equal(t.kev, null, 'no KEV catalog imported in this database')
  assert.ok(t.exploited_by.some((x) => x.by.name === 'Microsoft Exchange Server exploitation 2021'))
  assert.equal(mosaic(['cve', 'not-a-cve']).code, 2)
  const missing = mosaic(['cve', 'CVE-1999-0001'])
  assert.equal(missing.code, 1)
  assert.match(missing.stderr, /CVE-1999-0001/)
  const legal = mosaic(['legal', '--authority', 'US Department of Justice', '--subject', 'Hainan Xiandun', '--json'])
  const rows = (json(legal.stdout) as { legal_actions: { date: string; subjects: { name: string }[] }[] }).legal_actions
  assert.equal(rows.length, 1)
  assert.equal(rows[0]?.date, '2021-07-19')
  assert.equal(rows[0]?.subjects.length, 5)
})

test('starter --reload is idempotent and plain stats keeps its shape; section flags alone are a usage error', () => {
  const r = mosaic(['starter', '--reload', '--json'])
  assert.equal(r.code, 0, r.stderr)
  const out = json(r.stdout) as { created: number; updated: number; unchanged: number }
  assert.deepEqual([out.created, out.updated, out.unchanged], [0, 0, starterBundle().objects.length])
  const stats = json(mosaic(['stats', '--json']).stdout) as { objects: number; byType: Record<string, number> }
  assert.equal(
    stats.byType['x-mosaic-legal-action'],
    starterBundle().objects.filter((o) => o.type === 'x-mosaic-legal-action').length,
  )
  assert.equal(mosaic(['stats', '--by-state']).code, 3)
})
