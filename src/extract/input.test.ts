import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { readFileSync, truncateSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { MosaicError } from '../lib/errors.ts'
import { repoRoot, tempDir } from '../lib/testing.ts'
import {
  bytesToReport,
  extractReport,
  fetchReport,
  htmlToText,
  isPrivateAddress,
  pdfToText,
  readReportFile,
  readReportStream,
} from './index.ts'

const fixture = (name: string) => new Uint8Array(readFileSync(join(repoRoot, 'fixtures', 'reports', name)))

async function rejectsWith(p: Promise<unknown>, code: string, re: RegExp): Promise<void> {
  await assert.rejects(p, (e: unknown) => {
    assert.ok(e instanceof MosaicError, String(e))
    assert.equal(e.code, code)
    assert.match(e.message, re)
    return true
  })
}

test('refuses binary garbage with a clear error', async () => {
  const bytes = new Uint8Array(randomBytes(4096))
  await rejectsWith(
    bytesToReport(bytes, 'garbage.bin', 'text'),
    'invalid_input',
    /garbage\.bin: (?:not UTF-8|contains NUL|too many control)/,
  )
})

test('refuses a 200 MB text file before reading it', async () => {
  const { dir, cleanup } = tempDir()
  try {
    const p = join(dir, 'huge.txt')
    writeFileSync(p, '')
    truncateSync(p, 200 * 1024 * 1024) // sparse: the size is there, the bytes are not written
    const rss = process.memoryUsage().rss
    await rejectsWith(readReportFile(p), 'too_large', /larger than 50 MB/)
    assert.ok(process.memoryUsage().rss - rss < 64 * 1024 * 1024, 'memory grew while refusing')
  } finally {
    cleanup()
  }
})

test('stops reading a 200 MB stream at the limit, with bounded memory', async () => {
  const chunk = new Uint8Array(1024 * 1024).fill(0x61)
  let produced = 0
  async function* endless() {
    for (let i = 0; i < 200; i++) {
      produced++
      yield chunk
    }
  }
  await rejectsWith(
    readReportStream(endless(), 'text', { maxBytes: 8 * 1024 * 1024 }),
    'too_large',
    /standard input is larger/,
  )
  assert.ok(produced <= 10, `read ${produced} MB of a stream limited to 8 MB`)
})

test('reads the text of a PDF and refuses malformed and encrypted PDFs', async () => {
  const ok = await pdfToText(fixture('simple.pdf'), 'simple.pdf')
  assert.equal(ok.text, 'APT40 almost certainly works for the MSS.')
  await rejectsWith(
    pdfToText(fixture('malformed.pdf'), 'malformed.pdf'),
    'invalid_input',
    /malformed\.pdf: not a readable PDF/,
  )
  await rejectsWith(pdfToText(fixture('encrypted.pdf'), 'encrypted.pdf'), 'invalid_input', /encrypted/)
})

test('reads HTML main content without running scripts or keeping script text and event handlers', async () => {
  const g = globalThis as { pwned?: boolean }
  const html = `<!doctype html><html><head><title>Advisory</title><meta property="og:site_name" content="Example CERT">
    <script>globalThis.pwned = true; document.write('INJECTED')</script><style>p{color:red}</style></head>
    <body onload="globalThis.pwned=true"><nav>Home | About</nav><article><h1>Advisory</h1>
    <p>The agency assesses that APT28 <img src=x onerror="globalThis.pwned=true">targeted ministries in Poland.</p>
    <p>More detail follows in this paragraph so that the article is long enough to be read as main content by Readability.</p>
    <script>alert('x')</script><a href="javascript:alert(1)">link</a></article></body></html>`
  const r = await htmlToText(html)
  assert.equal(g.pwned, undefined)
  assert.doesNotMatch(r.text, /pwned|INJECTED|alert|color:red|onerror/)
  assert.match(r.text, /APT28 targeted ministries in Poland\./)
  assert.equal(r.publisher, 'Example CERT')
  const out = extractReport({ text: r.text, format: 'html', source: 'x.html' })
  assert.deepEqual(
    out.summary.actors.map((a) => r.text.slice(a.span[0], a.span[1])),
    ['APT28'],
  )
})

test('classifies private, loopback and link-local addresses', () => {
  for (const a of [
    '127.0.0.1',
    '10.1.2.3',
    '172.16.0.1',
    '192.168.1.1',
    '169.254.169.254',
    '::1',
    'fe80::1',
    'fd00::1',
    '::ffff:127.0.0.1',
    '0.0.0.0',
  ])
    assert.equal(isPrivateAddress(a), true, a)
  for (const a of ['8.8.8.8', '2001:4860:4860::8888', '198.51.100.23']) assert.equal(isPrivateAddress(a), false, a)
})

let server: Server
let base = ''
before(async () => {
  server = createServer((req, res) => {
    if (req.url === '/redirect-loopback') {
      res.writeHead(302, { location: `http://localhost:${(server.address() as AddressInfo).port}/secret` })
      res.end()
    } else if (req.url === '/redirect-literal') {
      res.writeHead(302, { location: `http://127.0.0.1:${(server.address() as AddressInfo).port}/secret` })
      res.end()
    } else if (req.url === '/slow') {
      res.writeHead(200, { 'content-type': 'text/plain' })
      const t = setInterval(() => res.write('a'), 50)
      res.on('close', () => clearInterval(t))
    } else if (req.url === '/big') {
      res.writeHead(200, { 'content-type': 'text/plain' })
      const chunk = 'x'.repeat(64 * 1024)
      const t = setInterval(() => res.write(chunk), 1)
      res.on('close', () => clearInterval(t))
    } else {
      res.writeHead(200, { 'content-type': 'text/plain' })
      res.end('The FBI attributed the intrusion to APT41.')
    }
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
after(() => {
  server.closeAllConnections()
  server.close()
})

test('refuses a URL on a loopback address unless private addresses are allowed', async () => {
  await rejectsWith(fetchReport(`${base}/ok`), 'forbidden', /127\.0\.0\.1 is a private, loopback or link-local address/)
  const r = await fetchReport(`${base}/ok`, undefined, { allowPrivate: true })
  assert.equal(r.text, 'The FBI attributed the intrusion to APT41.')
  await rejectsWith(fetchReport('file:///etc/passwd'), 'invalid_input', /only http and https/)
})

test('refuses a redirect to 127.0.0.1 even when the first host was allowed', async () => {
  const limits = { allowHosts: ['127.0.0.1'] }
  // the allow-list names 127.0.0.1 only; "localhost" resolves to loopback and is refused at connect time
  await rejectsWith(
    fetchReport(`${base}/redirect-loopback`, undefined, limits),
    'forbidden',
    /localhost resolves to .*loopback/,
  )
  await rejectsWith(
    fetchReport(`${base}/redirect-literal`, undefined, { allowHosts: ['localhost'], allowPrivate: false }),
    'forbidden',
    /127\.0\.0\.1 is a private/,
  )
})

test('gives up on a slow, endless response after the time limit', async () => {
  const t0 = Date.now()
  await rejectsWith(
    fetchReport(`${base}/slow`, undefined, { allowPrivate: true, timeoutMs: 400 }),
    'timeout',
    /time limit/,
  )
  assert.ok(Date.now() - t0 < 3000)
})

test('stops downloading an endless response at the size limit', async () => {
  await rejectsWith(
    fetchReport(`${base}/big`, undefined, { allowPrivate: true, maxBytes: 2 * 1024 * 1024, timeoutMs: 10_000 }),
    'too_large',
    /larger than 2 MB/,
  )
})
