import assert from 'node:assert/strict'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { after, test } from 'node:test'
import { gzipSync } from 'node:zlib'
import { tempDir } from '../../lib/testing.ts'
import { literalsOfPattern, parseIndicators } from './indicators.ts'
import { forEachLine } from './line-reader.ts'
import { sweepLogs } from './sweep.ts'

const tmp = tempDir('mosaic-sweep-')
after(tmp.cleanup)
const file = (name: string, content: string | Buffer) => {
  const p = join(tmp.dir, name)
  writeFileSync(p, content)
  return p
}

const IIS = [
  '#Software: Microsoft Internet Information Services 10.0',
  '#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query c-ip cs(User-Agent) sc-status',
  '2021-03-03 04:00:05 10.0.0.1 GET /owa/ - 11.2.3.45 UA 200',
  '2021-03-03 04:00:06 10.0.0.1 GET /owa/ - 1.2.3.4 UA 200',
  '#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query c-ip cs(User-Agent) sc-status X-Forwarded-For',
  '2021-03-03 04:00:07 10.0.0.1 GET /owa/ - 10.0.0.9 UA 200 8.8.8.8,+1.2.3.4',
  '2021-03-03 04:00:08 10.0.0.1 GET /owa/ - 10.0.0.9 UA 200',
  '2021-03-03 04:00:09 10.0.0.1 GET /owa/ q=evil.example 10.0.0.9 UA 200 -',
].join('\r\n')

test('IIS sweep matches whole fields only: 1.2.3.4 does not match 11.2.3.45, and follows a mid-file #Fields change', async () => {
  const p = file('u_ex210303.log', IIS)
  const r = await sweepLogs([p], parseIndicators('1.2.3.4\nevil.example\n'), { workers: 1 })
  assert.deepEqual(
    r.sightings.map((s) => [s.line, s.field, s.value]),
    [
      [4, 'c-ip', '1.2.3.4'],
      [6, 'X-Forwarded-For', '1.2.3.4'],
    ],
  )
  assert.equal(r.sightings[0]?.timestamp, '2021-03-03T04:00:06Z')
  // Line 7 has 9 fields under a 10-field header: malformed, reported with its number, and the sweep goes on.
  assert.deepEqual(r.files[0]?.malformedLines, [7])
  assert.equal(r.files[0]?.format, 'w3c')
})

test('a #Fields header with unknown columns is reported and its columns are still matched', async () => {
  const p = file('custom.log', '#Fields: date time x-weird-thing c-ip\n2021-01-01 00:00:00 hello 5.6.7.8\n')
  const r = await sweepLogs([p], parseIndicators('5.6.7.8\n'), { workers: 1 })
  assert.deepEqual(r.files[0]?.unknownColumns, ['x-weird-thing'])
  assert.equal(r.sightings[0]?.field, 'c-ip')
})

test('Exchange CSV, JSON lines, syslog and gzip files are swept with line numbers', async () => {
  const csv = file(
    'HttpProxy_2021030304-1.LOG',
    'DateTime,ClientIpAddress,UserAgent\n#Software: Microsoft Exchange Server\n#Fields: DateTime,ClientIpAddress,UserAgent\n2021-03-03T04:00:00Z,5.6.7.8,"a, b"\n2021-03-03T04:00:01Z,"broken\n',
  )
  const jsonl = file('events.jsonl', '{"src":{"ip":"5.6.7.8"},"n":1}\nnot json\n{"host":"EVIL.example."}\n')
  const syslog = file(
    'auth.log',
    'Mar  3 04:00:00 host sshd[1]: Failed password from 5.6.7.8 port 22\nMar  3 04:00:01 host sshd[1]: from 15.6.7.81\n',
  )
  const gz = file('u_ex1.log.gz', gzipSync(IIS))
  const r = await sweepLogs([csv, jsonl, syslog, gz], parseIndicators('5.6.7.8\nevil.example\n1.2.3.4\n'), {
    workers: 2,
  })
  const got = r.sightings.map((s) => `${s.file.slice(tmp.dir.length + 1)}:${s.line}:${s.field}=${s.value}`)
  assert.deepEqual(got, [
    'HttpProxy_2021030304-1.LOG:4:ClientIpAddress=5.6.7.8',
    'events.jsonl:1:src.ip=5.6.7.8',
    'events.jsonl:3:host=EVIL.example.',
    'auth.log:1:message=5.6.7.8',
    'u_ex1.log.gz:4:c-ip=1.2.3.4',
    'u_ex1.log.gz:6:X-Forwarded-For=1.2.3.4',
  ])
  assert.deepEqual(
    r.files.map((f) => f.format),
    ['exchange-csv', 'jsonl', 'syslog', 'w3c'],
  )
  assert.deepEqual(r.files[0]?.malformedLines, [5])
  assert.deepEqual(r.files[1]?.malformedLines, [2])
})

test('results come back in input order whatever the number of workers', async () => {
  const paths = Array.from({ length: 6 }, (_, i) =>
    file(`f${i}.log`, `#Fields: c-ip\n${i % 2 ? '9.9.9.9' : '1.1.1.1'}\n`),
  )
  const one = await sweepLogs(paths, parseIndicators('9.9.9.9\n1.1.1.1\n'), { workers: 1 })
  const two = await sweepLogs(paths, parseIndicators('9.9.9.9\n1.1.1.1\n'), { workers: 2 })
  assert.deepEqual(two.sightings, one.sightings)
  assert.equal(two.workers, 2)
  assert.deepEqual(
    one.sightings.map((s) => s.file),
    paths,
  )
})

test('a big W3C file cut into byte ranges gives the same result as one sweeper, across a mid-file #Fields change', async () => {
  // 3,000 lines with hits on both sides of every cut, malformed lines, comma lists, CRLF, and a header change
  // half-way, so that later parts start under a guessed header that is wrong and must be swept again.
  const lines = [
    '#Software: Microsoft Internet Information Services 10.0',
    '#Fields: date time s-ip c-ip cs(User-Agent)',
  ]
  for (let i = 0; i < 3000; i++) {
    if (i === 1500) lines.push('#Fields: date time s-ip c-ip cs(User-Agent) X-Forwarded-For')
    const ip = i % 97 === 0 ? '1.2.3.4' : i % 89 === 0 ? '11.2.3.45' : `10.0.${i % 256}.${i % 7}`
    const xff = i >= 1500 ? (i % 53 === 0 ? ' 8.8.8.8,+1.2.3.4' : ' -') : ''
    const line = `2021-03-03 04:00:${String(i % 60).padStart(2, '0')} 10.0.0.1 ${ip} Mozilla/5.0+(KHTML,+like+Gecko)${xff}`
    lines.push(i % 211 === 0 ? `${line} extra` : line)
  }
  const p = file('u_ex210304.log', `\uFEFF${lines.map((l, i) => (i % 3 ? `${l}\r\n` : `${l}\n`)).join('')}`)
  const set = () => parseIndicators('1.2.3.4\n8.8.8.8\n')
  const one = await sweepLogs([p], set(), { workers: 1 })
  const cut = await sweepLogs([p], set(), { workers: 2, partBytes: 4096 })
  assert.ok(one.sightings.length > 60)
  assert.ok(one.files[0]!.malformed > 10)
  assert.deepEqual(cut.sightings, one.sightings)
  assert.deepEqual(cut.files, one.files)
  assert.deepEqual(cut.totals, one.totals)
  assert.equal(cut.workers, 2)
})

test('files read one after another in reused read buffers do not see the field positions of the file before', async () => {
  // Same header, so line 2 starts at the same offset in both files; the first space is one byte further in the
  // second. Gzip'd, so both are cut in the same reused buffer.
  const a = file('reuse-a.log.gz', gzipSync('#Fields: c-ip cs-host\n9.9.9.9 a.example\n'))
  const b = file('reuse-b.log.gz', gzipSync('#Fields: c-ip cs-host\n10.0.0.1 evil.example\n'))
  const r = await sweepLogs([a, b], parseIndicators('10.0.0.1\nevil.example\n'), { workers: 1 })
  assert.deepEqual(
    r.sightings.map((s) => [s.file, s.field, s.value]),
    [
      [b, 'c-ip', '10.0.0.1'],
      [b, 'cs-host', 'evil.example'],
    ],
  )
  assert.equal(r.totals.malformed, 0)
})

test('a binary file is reported and skipped, not swept', async () => {
  const bin = Buffer.alloc(8192)
  for (let i = 0; i < bin.length; i++) bin[i] = (i * 7919) % 256
  const p = file('core.log', bin)
  const r = await sweepLogs([p], parseIndicators('1.2.3.4\n'), { workers: 1 })
  assert.equal(r.files[0]?.binary, true)
  assert.match(r.files[0]?.error ?? '', /binary/)
  assert.equal(r.totals.errors, 1)
})

test('a 10 MB line is read whole, and a longer one is cut and reported as malformed, without a crash', async () => {
  const big = 'x'.repeat(10 * 1024 * 1024)
  const p = file('big.log', `#Fields: a b\n${big} 1.2.3.4\nshort 1.2.3.4\n`)
  const r = await sweepLogs([p], parseIndicators('1.2.3.4\n'), { workers: 1 })
  assert.deepEqual(
    r.sightings.map((s) => s.line),
    [2, 3],
  )
  const capped = await sweepLogs([p], parseIndicators('1.2.3.4\n'), { workers: 1, maxLineLength: 1024 * 1024 })
  assert.deepEqual(
    capped.sightings.map((s) => s.line),
    [3],
  )
  assert.deepEqual(capped.files[0]?.malformedLines, [2])
})

test('a truncated gzip reports a read error and keeps the lines read before it', async () => {
  const whole = gzipSync(`#Fields: c-ip\n${'1.2.3.4\n'.repeat(20000)}`)
  const p = file('cut.log.gz', whole.subarray(0, Math.floor(whole.length / 2)))
  const ok = file('after.log', '#Fields: c-ip\n1.2.3.4\n')
  const r = await sweepLogs([p, ok], parseIndicators('1.2.3.4\n'), { workers: 1 })
  assert.match(r.files[0]?.error ?? '', /end of file|unexpected/i)
  assert.ok(r.files[0]!.lines > 100)
  assert.equal(r.files[1]?.error, null)
  assert.equal(r.sightings.at(-1)?.file, ok)
})

test('UTF-16 logs (with a BOM, or without one by the byte-pair heuristic) are decoded and swept', async () => {
  const text = '#Fields: date c-ip\r\n2021-01-01 1.2.3.4\r\n'
  const le = file('le.log', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))
  const bare = file('bare.log', Buffer.from(text, 'utf16le'))
  const r = await sweepLogs([le, bare], parseIndicators('1.2.3.4\n'), { workers: 1 })
  assert.deepEqual(
    r.files.map((f) => f.encoding),
    ['utf-16le', 'utf-16le'],
  )
  assert.deepEqual(
    r.sightings.map((s) => s.line),
    [2, 2],
  )
})

test('line reader: CRLF and LF mixed, lone CR kept, BOM skipped, invalid UTF-8 becomes U+FFFD', async () => {
  const p = file(
    'mixed.log',
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('a\r\nb\rc\nd\xff\n', 'latin1')]),
  )
  const lines: string[] = []
  const s = await forEachLine(p, (l) => lines.push(l))
  assert.deepEqual(lines, ['a', 'b\rc', 'd\ufffd'])
  assert.equal(s.lines, 3)
})

test('indicators: a STIX bundle gives literal IOCs; other patterns are kept for the pattern evaluator', () => {
  const bundle = {
    type: 'bundle',
    objects: [
      {
        type: 'indicator',
        id: 'indicator--1',
        pattern_type: 'stix',
        pattern: "[ipv4-addr:value = '1.2.3.4'] OR [domain-name:value = 'x.example']",
      },
      { type: 'indicator', id: 'indicator--2', pattern_type: 'stix', pattern: "[file:hashes.'SHA-256' = 'AB'] " },
      {
        type: 'indicator',
        id: 'indicator--3',
        pattern_type: 'stix',
        pattern: "[ipv4-addr:value ISSUBSET '10.0.0.0/8']",
      },
      { type: 'indicator', id: 'indicator--4', pattern_type: 'sigma', pattern: 'x' },
    ],
  }
  const set = parseIndicators(JSON.stringify(bundle))
  assert.deepEqual(
    set.literals.map((l) => [l.indicatorId, l.type, l.value]),
    [
      ['indicator--1', 'ipv4-addr', '1.2.3.4'],
      ['indicator--1', 'domain-name', 'x.example'],
      ['indicator--2', 'file-hash', 'AB'],
    ],
  )
  assert.deepEqual(
    set.nonLiteral.map((n) => n.indicatorId),
    ['indicator--3'],
  )
  assert.equal(set.rejected.length, 1)
  assert.equal(literalsOfPattern("[ipv4-addr:value = '1.2.3.4'] AND [ipv4-addr:value = '5.6.7.8']"), null)
})

test('indicators: a CSV with a value column and a plain list both work; junk lines are rejected with where', () => {
  const csv = parseIndicators('indicator_type,value\nip,1.2.3.4\nsha256,AA\n')
  assert.deepEqual(
    csv.literals.map((l) => [l.type, l.value]),
    [
      ['ipv4-addr', '1.2.3.4'],
      ['file-hash', 'AA'],
    ],
  )
  const list = parseIndicators('# comment\n2001:DB8::1\nuser@evil.example\nhttp://evil.example/x\nnot an ioc!\n')
  assert.deepEqual(
    list.literals.map((l) => l.type),
    ['ipv6-addr', 'email-addr', 'url'],
  )
  assert.deepEqual(
    list.rejected.map((r) => r.where),
    ['line:5'],
  )
})

test('IPv6 values match in any textual form', async () => {
  const p = file('v6.log', '#Fields: c-ip\n2001:0db8:0000:0000:0000:0000:0000:0001\n')
  const r = await sweepLogs([p], parseIndicators('2001:db8::1\n'), { workers: 1 })
  assert.equal(r.sightings.length, 1)
})

const PATTERN_IIS = [
  '#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query c-ip cs(User-Agent) sc-status',
  '2021-03-03 04:00:05 10.0.0.1 GET /owa/ - 198.51.100.1 UA 200',
  '2021-03-03 04:01:00 10.0.0.1 POST /aspnet_client/x.aspx cmd=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa! 10.0.0.9 UA 200',
  '2021-03-03 04:20:00 10.0.0.1 POST /aspnet_client/x.aspx - 10.0.0.9 UA 200',
  '2021-03-03 05:00:00 10.0.0.1 GET /owa/auth/x.aspx - 198.51.100.1 UA 200',
].join('\n')

const bundleOf = (patterns: string[]) =>
  JSON.stringify({
    type: 'bundle',
    objects: patterns.map((pattern, i) => ({
      type: 'indicator',
      id: `indicator--p${i}`,
      pattern_type: 'stix',
      pattern,
    })),
  })

test('pattern indicators: FOLLOWEDBY with WITHIN over IIS lines matches the records of the binding, a tighter window does not', async () => {
  const p = file('u_ex210303-pattern.log', PATTERN_IIS)
  const set = parseIndicators(
    bundleOf([
      "([ipv4-addr:value = '198.51.100.1'] FOLLOWEDBY [file:name = 'x.aspx']) WITHIN 300 SECONDS",
      "([ipv4-addr:value = '198.51.100.1'] FOLLOWEDBY [file:name = 'x.aspx']) WITHIN 10 SECONDS",
      "[network-traffic:extensions.'http-request-ext'.request_method = 'POST' AND network-traffic:src_ref.value = '10.0.0.9'] REPEATS 2 TIMES",
    ]),
  )
  assert.equal(set.nonLiteral.length, 3)
  const r = await sweepLogs([p], set, { workers: 1 })
  assert.deepEqual(
    r.patternMatches.map((m) => [m.indicatorId, m.records.map((x) => [x.line, x.timestamp])]),
    [
      [
        'indicator--p0',
        [
          [2, '2021-03-03T04:00:05Z'],
          [3, '2021-03-03T04:01:00Z'],
        ],
      ],
      [
        'indicator--p2',
        [
          [3, '2021-03-03T04:01:00Z'],
          [4, '2021-03-03T04:20:00Z'],
        ],
      ],
    ],
  )
  assert.deepEqual(r.skippedPatterns, [])
  // The same answer from the worker threads, with candidates from several files evaluated together in input order.
  const one = await sweepLogs([p, p], set, { workers: 1 })
  const two = await sweepLogs([p, p], set, { workers: 2 })
  assert.deepEqual(two.patternMatches, one.patternMatches)
  assert.ok(two.patternMatches.length > r.patternMatches.length)
})

test('a catastrophic MATCHES regex in a pattern indicator is stopped and reported, never a hang, and the sweep goes on', async () => {
  const p = file('u_ex210304-redos.log', PATTERN_IIS)
  const set = parseIndicators(
    bundleOf([
      "[x-mosaic-log-record:fields.'cs-uri-query' MATCHES '(a|aa)+$'] AND [ipv4-addr:value = '10.0.0.9']",
      "[url:value MATCHES '^/owa/auth/']",
      '[ipv4-addr:value = ',
    ]),
  )
  const t0 = performance.now()
  const r = await sweepLogs([p], set, { workers: 1 })
  assert.ok(performance.now() - t0 < 5000)
  assert.deepEqual(
    r.skippedPatterns.map((s) => [s.indicatorId, s.reason.replace(/\(.*$/, '').trim()]),
    [
      ['indicator--p0', 'stopped: regular expression exceeded its step budget'],
      ['indicator--p2', r.skippedPatterns[1]?.reason.replace(/\(.*$/, '').trim()],
    ],
  )
  assert.match(r.skippedPatterns[0]!.reason, /u_ex210304-redos\.log:3\)$/)
  assert.match(r.skippedPatterns[1]!.reason, /^parse error/)
  assert.deepEqual(
    r.patternMatches.map((m) => [m.indicatorId, m.records[0]?.line]),
    [['indicator--p1', 5]],
  )
})
