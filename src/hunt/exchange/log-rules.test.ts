import assert from 'node:assert/strict'
import { test } from 'node:test'
import fc from 'fast-check'
import { httpProxyScanner, iisScanner, type LineScanner, newStats, type ScanContext } from './log-rules.ts'
import { loadIocTables } from './tables.ts'

const iocs = loadIocTables([])
const ctx = (): ScanContext => ({ host: 'H', file: 'f.log', iocs, installRoots: [], findings: [], stats: newStats() })

/** Run lines through the string scanner and the byte scanner; both must produce the same stats and findings. */
function both(make: (c: ScanContext) => LineScanner, lines: string[]) {
  const a = ctx()
  const b = ctx()
  const sa = make(a)
  const sb = make(b)
  lines.forEach((l, i) => {
    sa(l, i + 1)
    const buf = Buffer.from(`xx${l}\nyy,~`, 'utf8')
    sb.bytes!(buf, 2, 2 + Buffer.byteLength(l), i + 1)
  })
  sa.finish?.()
  sb.finish?.()
  return { a, b }
}

test('HttpProxy byte path: same malformed lines, time range and findings as the string path on quoted, broken and anchored lines', () => {
  const { a, b } = both(
    (c) => httpProxyScanner(c, 'Ecp'),
    [
      'DateTime,UserAgent,ClientIpAddress,AnchorMailbox,HttpStatus,UrlStem',
      '2021-03-03T04:00:00.000Z,"a, ""b""",10.0.0.1,Smtp~x@y,200,/owa/',
      '2021-03-03T04:00:01.000Z,"open quote,10.0.0.1,Smtp~x@y,200,/owa/',
      '2021-03-03T04:00:02.000Z,"closed"garbage,10.0.0.1,Smtp~x@y,200,/owa/',
      '2021-03-03T03:59:59.000Z,"ua",10.0.0.2,ServerInfo~a]@EXCH01:444/ecp/DDI/x#,200,/ecp/y.js',
      '"2021-03-03T05:00:00.000Z",ua,"10.0.0.3",Smtp~x@y,200,/owa/',
      '2021-03-03T04:30:00.000Z,"SERVERINFO~ in a quoted agent",10.0.0.4,Smtp~x@y,200,/owa/',
      '',
      'DateTime,UserAgent,ClientIpAddress,AnchorMailbox,HttpStatus,UrlStem',
    ],
  )
  assert.deepEqual(b.stats, a.stats)
  assert.deepEqual(b.findings, a.findings)
  assert.deepEqual(a.stats.malformedLines, [3, 4])
  assert.equal(a.stats.earliest, '2021-03-03T03:59:59.000Z')
  assert.equal(a.stats.latest, '2021-03-03T05:00:00.000Z')
  assert.equal(a.findings.length, 1)
})

test('IIS byte path: same malformed lines, time range and findings as the string path', () => {
  const { a, b } = both(iisScanner, [
    'no header yet',
    '#Fields: date time cs-method cs-uri-stem cs-uri-query c-ip cs(User-Agent) cs(Cookie) sc-status',
    '2021-03-03 04:00:00 GET /owa/ - 10.0.0.1 UA - 200',
    '2021-03-03 04:00:01 POST /ecp/y.js - 10.0.0.1 UA - 200',
    '2021-03-03 03:00:01 GET /aspnet_client/a%2Easpx - 10.0.0.1 UA - 200',
    '2021-03-03 05:00:01 GET /owa/auth/x.aspx cmd=whoami 10.0.0.1 UA - 200',
    '2021-03-03 04:00:01 GET /owa/ - 10.0.0.1 UA X-BEResource=a/b~1 200',
    'too few fields',
    // Stem-only candidates: a decoy and a real ProxyShell query, an allow-listed OWA page, drop locations by status.
    '2021-03-03 04:00:02 GET /autodiscover/autodiscover.json Email=jdoe%40contoso.com&Protocol=ActiveSync 10.0.0.1 UA - 200',
    '2021-03-03 04:00:03 GET /autodiscover/autodiscover.json @x/mapi/nspi/?&Email=autodiscover/autodiscover.json%3F@x 10.0.0.1 UA - 200',
    '2021-03-03 04:00:04 GET /owa/auth/logon.aspx url=https%3a%2f%2fmail 10.0.0.1 UA - 200',
    '2021-03-03 04:00:05 GET /aspnet_client/shell.aspx - 10.0.0.1 UA - 404',
    '2021-03-03 04:00:06 GET /aspnet_client/shell.aspx - 10.0.0.1 UA - 200',
    '2021-03-03 04:00:07 GET /EWS/Exchange.asmx q=net+user 10.0.0.1 UA - 200',
    // User agents on a POST to OWA: an IOC one (found inside a longer agent), and a common one.
    '2021-03-03 04:00:08 POST /owa/auth.owa - 10.0.0.1 x+python-requests/2.25.1+y - 200',
    '2021-03-03 04:00:09 POST /owa/auth.owa - 10.0.0.1 Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64) - 200',
  ])
  assert.deepEqual(b.stats, a.stats)
  assert.deepEqual(b.findings, a.findings)
  assert.deepEqual(a.stats.malformedLines, [1, 8])
  assert.equal(a.stats.earliest, '2021-03-03T03:00:01Z')
  assert.ok(a.findings.length >= 4)
  const late = a.findings.filter((f) => f.source.line! > 8).map((f) => `${f.source.line} ${f.detectionId}`)
  assert.deepEqual(late, ['10 EXH-PS-001', '13 EXH-IIS-003', '14 EXH-IIS-004', '15 EXH-IIS-002'])
})

test('HttpProxy byte path: on random quoted CSV lines, the same malformed lines and time range as the string path', () => {
  // Short fields over an alphabet of commas, quotes and text: quoted fields open, closed, doubled and followed by
  // garbage, before and after the two columns the byte path locates (DateTime is column 0, ClientIpAddress 2).
  const field = fc.constantFrom('a', '', '"', '""', '"a"', '"a,b"', '"a""b"', 'a"b', '"a"b', '1.2.3.4', ',', '"x')
  const line = fc
    .array(field, { minLength: 1, maxLength: 8 })
    .map((rest) => `2021-03-03T04:00:00.000Z,${rest.join(',')}`)
  fc.assert(
    fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), (lines) => {
      const { a, b } = both(
        (c) => httpProxyScanner(c, 'Owa'),
        ['DateTime,UserAgent,ClientIpAddress,AnchorMailbox,HttpStatus,UrlStem', ...lines],
      )
      assert.deepEqual(b.stats, a.stats)
      assert.deepEqual(b.findings, a.findings)
    }),
    { numRuns: 300, seed: 6 },
  )
})
