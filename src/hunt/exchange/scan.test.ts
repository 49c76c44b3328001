import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { sharedPath, skipUnless } from '../../lib/testing.ts'
import { huntExchange } from './scan.ts'

const samples = sharedPath('samples', 'exchange')
const testIocs = sharedPath('samples', 'exchange', 'test-iocs.csv')

/** The (detection, severity, file, line) rows of EXPECTED.md's table. */
function expectedRows(md: string): string[] {
  const rows: string[] = []
  for (const line of md.split('\n')) {
    const m = /^\| \d+ \| (EXH-[A-Z0-9-]+) \| (\w+) \| `([^`]+)` \| ([-\d]+) \|/.exec(line)
    if (m) rows.push(`${m[1]} ${m[2]} ${m[3]} ${m[4]}`)
  }
  return rows
}

test(
  'the compromised sample yields exactly the findings of EXPECTED.md, in the spec order',
  skipUnless(samples),
  async () => {
    const expected = expectedRows(readFileSync(join(samples!, 'EXPECTED.md'), 'utf8'))
    assert.equal(expected.length, 75)
    const report = await huntExchange(join(samples!, 'compromised'), { iocFiles: [testIocs!] })
    const got = report.findings
      .filter((f) => f.detectionId !== 'EXH-YARA')
      .map((f) => `${f.detectionId} ${f.severity} ${f.source.file} ${f.source.line ?? '-'}`)
    assert.deepEqual(got, expected)
    assert.equal(report.host, 'EXCH01')
    assert.equal(report.verdict, 'compromise-likely')
  },
)

test(
  'the compromised sample reports the cross-check timestamps and client IPs of EXPECTED.md',
  skipUnless(samples),
  async () => {
    const md = readFileSync(join(samples!, 'EXPECTED.md'), 'utf8')
    const report = await huntExchange(join(samples!, 'compromised'), { iocFiles: [testIocs!] })
    let checked = 0
    for (const line of md.split('\n')) {
      const m = /^\| (\d+) \| (EXH-[A-Z0-9-]+) \| \w+ \| `[^`]+` \| [-\d]+ \| ([^|]*) \| ([^|]*) \|/.exec(line)
      if (!m) continue
      const f = report.findings[Number(m[1]) - 1]!
      assert.equal(f.detectionId, m[2])
      if (m[3]!.trim() !== '') {
        assert.equal(f.timestamp, m[3]!.trim(), `row ${m[1]}`)
        checked++
      }
      if (m[4]!.trim() !== '') assert.equal(f.clientIp, m[4]!.trim(), `row ${m[1]}`)
    }
    assert.ok(checked > 50)
  },
)

test('the clean sample yields no finding, with or without the test IOC file', skipUnless(samples), async () => {
  const withTest = await huntExchange(join(samples!, 'clean'), { iocFiles: [testIocs!] })
  assert.deepEqual(withTest.findings, [])
  assert.equal(withTest.verdict, 'no-indicators')
  const without = await huntExchange(join(samples!, 'clean'))
  assert.deepEqual(without.findings, [])
  assert.equal(withTest.coverage.windows.find((w) => w.name === 'proxylogon')?.covered, true)
})

test('every finding of the compromised sample has the §7.1 fields', skipUnless(samples), async () => {
  const report = await huntExchange(join(samples!, 'compromised'), { iocFiles: [testIocs!] })
  const keys = [
    'detectionId',
    'title',
    'severity',
    'cves',
    'host',
    'source',
    'timestamp',
    'clientIp',
    'userAgent',
    'method',
    'path',
    'query',
    'status',
    'user',
    'extracted',
    'iocMatches',
    'evidence',
    'recommendation',
  ]
  for (const f of report.findings) assert.deepEqual(Object.keys(f), keys)
  const ssrf = report.findings.find((f) => f.detectionId === 'EXH-PL-001')!
  assert.equal(ssrf.source.type, 'httpproxy')
  assert.equal(ssrf.method, 'POST')
  assert.equal(ssrf.path, '/ecp/y.js')
  assert.equal(ssrf.status, 200)
  const ioc = report.findings.find((f) => f.detectionId === 'EXH-IOC-001')!
  assert.equal(ioc.iocMatches[0]?.value, '104.140.114.110')
  assert.match(ioc.iocMatches[0]?.source_url ?? '', /^https:/)
})
