/**
 * Report inputs: plain text, HTML (main content via Readability over linkedom; scripts never run: linkedom has no
 * script engine, and script/style/event-handler content is removed before reading), PDF (unpdf), a URL (http/https
 * only, size and time limits, private/loopback/link-local addresses refused at connect time and after every
 * redirect unless allowed), or stdin. Input above `maxBytes` is refused with a clear error before it is held in memory.
 */

import { lookup as dnsLookup } from 'node:dns'
import { readFile, stat } from 'node:fs/promises'
import http from 'node:http'
import https from 'node:https'
import { BlockList, isIP, type LookupFunction } from 'node:net'
import { MosaicError } from '../lib/errors.ts'

export type ReportFormat = 'text' | 'html' | 'pdf'

export interface LoadedReport {
  text: string
  format: ReportFormat
  title?: string
  publisher?: string
  published?: string
  url?: string
  /** Where it came from: a path, a URL, or "-". */
  source: string
}

export interface InputLimits {
  /** Largest input accepted, in bytes (default 50 MB). */
  maxBytes?: number
  /** Whole-request time limit for URLs, in ms (default 20 s). */
  timeoutMs?: number
  allowPrivate?: boolean
  /** Most redirects followed (default 5). */
  maxRedirects?: number
  /** Host names allowed even when they resolve to private addresses (an internal wiki); exact match. */
  allowHosts?: string[]
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024
const DEFAULT_TIMEOUT_MS = 20_000

function tooLarge(where: string, max: number): MosaicError {
  return new MosaicError(
    'too_large',
    `${where} is larger than ${Math.round(max / 1024 / 1024)} MB; extraction refuses it`,
    {
      where,
    },
  )
}

/** Guess the format from the bytes (and a file name or content type). */
export function detectFormat(bytes: Uint8Array, hint = ''): ReportFormat {
  if (bytes.length >= 5 && String.fromCharCode(...bytes.subarray(0, 5)) === '%PDF-') return 'pdf'
  if (/\.pdf$|application\/pdf/i.test(hint)) return 'pdf'
  if (/\.html?$|text\/html|xhtml/i.test(hint)) return 'html'
  const head = new TextDecoder().decode(bytes.subarray(0, 1024)).trimStart().toLowerCase()
  if (
    head.startsWith('<!doctype html') ||
    head.startsWith('<html') ||
    /^<(?:head|body|meta|div|p|article)\b/.test(head)
  )
    return 'html'
  return 'text'
}

/** Decode UTF-8 text, refusing binary data (NUL bytes, invalid UTF-8, many control characters). */
export function decodeText(bytes: Uint8Array, where: string): string {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch (e) {
    throw new MosaicError('invalid_input', `${where}: not UTF-8 text (binary data?)`, { cause: e, where })
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  let control = 0
  const sample = Math.min(text.length, 65536)
  for (let i = 0; i < sample; i++) {
    const c = text.charCodeAt(i)
    if (c === 0)
      throw new MosaicError('invalid_input', `${where}: contains NUL bytes (binary data, not text)`, { where })
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++
  }
  if (sample > 0 && control / sample > 0.01)
    throw new MosaicError('invalid_input', `${where}: too many control characters (binary data, not text)`, { where })
  return text.replace(/\r\n?/g, '\n')
}

/** Normalise extracted text: trimmed lines, at most one blank line in a row. */
function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/** Main content of an HTML page as text (offsets of every span refer to this text). */
export async function htmlToText(
  html: string,
): Promise<{ text: string; title?: string; publisher?: string; published?: string }> {
  const { parseHTML } = await import('linkedom')
  const { Readability } = await import('@mozilla/readability')
  const { document } = parseHTML(html)
  // Nothing executes in linkedom; remove active content anyway so no script text or handler leaks into the text.
  for (const el of [...document.querySelectorAll('script,style,noscript,iframe,object,embed,template,svg')]) el.remove()
  for (const el of [...document.querySelectorAll('*')]) {
    for (const a of [...el.attributes])
      if (/^on/i.test(a.name) || /^\s*javascript:/i.test(a.value)) el.removeAttribute(a.name)
  }
  const meta = (sel: string) => document.querySelector(sel)?.getAttribute('content') ?? undefined
  let article: ReturnType<InstanceType<typeof Readability>['parse']> = null
  try {
    article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], {
      charThreshold: 200,
    }).parse()
  } catch {
    article = null
  }
  // Readability's textContent loses block boundaries; rebuild text from its HTML with line breaks per block.
  let text = ''
  if (article?.content) {
    const { document: d2 } = parseHTML(`<html><body>${article.content}</body></html>`)
    text = blockText(d2.body)
  }
  if (text.trim().length < 50) text = blockText(document.body ?? document.documentElement)
  const out: { text: string; title?: string; publisher?: string; published?: string } = { text: tidy(text) }
  const title = article?.title ?? document.title
  if (title) out.title = title
  const site = article?.siteName ?? meta('meta[property="og:site_name"]')
  if (site) out.publisher = site
  const published = article?.publishedTime ?? meta('meta[property="article:published_time"]')
  if (published) out.published = published
  return out
}

const BLOCK =
  /^(?:P|DIV|LI|UL|OL|H[1-6]|TR|TABLE|SECTION|ARTICLE|HEADER|FOOTER|BLOCKQUOTE|PRE|BR|HR|DT|DD|FIGCAPTION|TD|TH)$/

function blockText(root: unknown): string {
  const parts: string[] = []
  const walk = (n: {
    nodeType: number
    nodeName: string
    textContent: string | null
    childNodes: ArrayLike<unknown>
  }) => {
    if (n.nodeType === 3) {
      parts.push((n.textContent ?? '').replace(/\s+/g, ' '))
      return
    }
    if (n.nodeType !== 1 && n.nodeType !== 9 && n.nodeType !== 11) return
    const block = BLOCK.test(n.nodeName)
    if (block) parts.push('\n')
    if (n.nodeName === 'LI') parts.push('- ')
    for (const c of Array.from(n.childNodes)) walk(c as typeof n)
    if (block) parts.push('\n')
  }
  if (root) walk(root as Parameters<typeof walk>[0])
  return parts.join('')
}

/** Text of a PDF, pages separated by blank lines. Malformed or encrypted files give a clear error. */
export async function pdfToText(
  bytes: Uint8Array,
  where: string,
): Promise<{ text: string; title?: string; pages: number }> {
  const { getDocumentProxy, extractText } = await import('unpdf')
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>
  try {
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 } as Parameters<typeof getDocumentProxy>[1])
  } catch (e) {
    const name = (e as { name?: string }).name ?? ''
    const msg = e instanceof Error ? e.message : String(e)
    if (name === 'PasswordException' || /password|encrypt/i.test(msg))
      throw new MosaicError(
        'invalid_input',
        `${where}: the PDF is encrypted (password-protected); extraction cannot read it`,
        {
          cause: e,
          where,
        },
      )
    throw new MosaicError('invalid_input', `${where}: not a readable PDF (${msg})`, { cause: e, where })
  }
  try {
    const { text, totalPages } = await extractText(pdf, { mergePages: false })
    const out: { text: string; title?: string; pages: number } = {
      text: tidy((text as string[]).join('\n\n')),
      pages: totalPages,
    }
    return out
  } catch (e) {
    throw new MosaicError('invalid_input', `${where}: the PDF is damaged (${e instanceof Error ? e.message : e})`, {
      cause: e,
      where,
    })
  } finally {
    await (pdf as unknown as { destroy?: () => Promise<void> }).destroy?.().catch(() => undefined)
  }
}

/** Turn bytes of a given (or detected) format into report text. */
export async function bytesToReport(
  bytes: Uint8Array,
  source: string,
  format?: ReportFormat,
  hint = '',
): Promise<LoadedReport> {
  const f = format ?? detectFormat(bytes, hint || source)
  if (f === 'pdf') {
    const p = await pdfToText(bytes, source)
    if (p.text.trim() === '')
      throw new MosaicError('invalid_input', `${source}: the PDF has no text layer (scanned?)`, { where: source })
    return { text: p.text, format: 'pdf', source }
  }
  const text = decodeText(bytes, source)
  if (f === 'html') {
    const h = await htmlToText(text)
    const r: LoadedReport = { text: h.text, format: 'html', source }
    if (h.title) r.title = h.title
    if (h.publisher) r.publisher = h.publisher
    if (h.published) r.published = h.published
    return r
  }
  return { text, format: 'text', source }
}

/** Read a file, refusing it before reading when it is over the limit. */
export async function readReportFile(
  path: string,
  format?: ReportFormat,
  limits: InputLimits = {},
): Promise<LoadedReport> {
  const max = limits.maxBytes ?? DEFAULT_MAX_BYTES
  let size: number
  try {
    size = (await stat(path)).size
  } catch (e) {
    throw new MosaicError('not_found', `${path}: no such file`, { cause: e, where: path })
  }
  if (size > max) throw tooLarge(path, max)
  return bytesToReport(new Uint8Array(await readFile(path)), path, format)
}

/** Read a stream (stdin) up to the limit; beyond it, stop reading and refuse. */
export async function readReportStream(
  stream: AsyncIterable<Uint8Array | string>,
  format?: ReportFormat,
  limits: InputLimits = {},
  source = '-',
): Promise<LoadedReport> {
  const max = limits.maxBytes ?? DEFAULT_MAX_BYTES
  const chunks: Uint8Array[] = []
  let total = 0
  for await (const c of stream) {
    const b = typeof c === 'string' ? new TextEncoder().encode(c) : c
    total += b.length
    if (total > max) throw tooLarge(source === '-' ? 'standard input' : source, max)
    chunks.push(b)
  }
  const all = new Uint8Array(total)
  let off = 0
  for (const c of chunks) {
    all.set(c, off)
    off += c.length
  }
  return bytesToReport(all, source, format)
}

// ---------------------------------------------------------------- URLs

// Addresses a URL may not reach without --allow-private: loopback, private, link-local, CGNAT, multicast, reserved.
const BLOCKED = new BlockList()
for (const [net, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  BLOCKED.addSubnet(net, bits, 'ipv4')
for (const [net, bits] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['64:ff9b::', 96],
] as const)
  BLOCKED.addSubnet(net, bits, 'ipv6')

/** True when an address is loopback, private, link-local or otherwise not a public internet address. */
export function isPrivateAddress(address: string): boolean {
  const v = isIP(address)
  if (v === 4) return BLOCKED.check(address, 'ipv4')
  if (v === 6) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
    if (mapped) return BLOCKED.check(mapped[1]!, 'ipv4')
    return BLOCKED.check(address, 'ipv6')
  }
  return true
}

/** A DNS lookup that refuses private answers: the check happens at connect time, so rebinding cannot slip past it. */
function guardedLookup(allowPrivate: boolean): LookupFunction {
  // Literal addresses skip DNS: Node calls lookup for them too, and the address itself is what is checked.
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '', 4)
      const list = addresses as unknown as { address: string; family: number }[]
      const bad = list.find((a) => isPrivateAddress(a.address))
      if (bad && !allowPrivate) {
        const e = new MosaicError(
          'forbidden',
          `${hostname} resolves to ${bad.address}, a private, loopback or link-local address (use --allow-private to allow it)`,
        )
        return callback(e as unknown as NodeJS.ErrnoException, '', 4)
      }
      if ((options as { all?: boolean }).all)
        return (callback as unknown as (e: null, a: typeof list) => void)(null, list)
      const first = list[0]!
      callback(null, first.address, first.family)
    })
  }
}

/** Fetch a URL within the limits and turn it into report text. */
export async function fetchReport(url: string, format?: ReportFormat, limits: InputLimits = {}): Promise<LoadedReport> {
  const max = limits.maxBytes ?? DEFAULT_MAX_BYTES
  const timeoutMs = limits.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const allowPrivate = limits.allowPrivate ?? false
  const maxRedirects = limits.maxRedirects ?? 5
  const deadline = Date.now() + timeoutMs
  let current = url
  for (let hop = 0; hop <= maxRedirects; hop++) {
    let u: URL
    try {
      u = new URL(current)
    } catch (e) {
      throw new MosaicError('invalid_input', `not a URL: ${current}`, { cause: e })
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:')
      throw new MosaicError('invalid_input', `only http and https URLs can be fetched, not ${u.protocol}`)
    const host = u.hostname.replace(/^\[|\]$/g, '')
    const hostAllowed = allowPrivate || (limits.allowHosts ?? []).includes(host)
    if (isIP(host) && isPrivateAddress(host) && !hostAllowed)
      throw new MosaicError(
        'forbidden',
        `${host} is a private, loopback or link-local address (use --allow-private to allow it)${hop > 0 ? ` (reached by redirect from ${url})` : ''}`,
      )
    const res = await request(u, hostAllowed, deadline, max)
    if (res.status >= 300 && res.status < 400 && res.location) {
      current = new URL(res.location, u).toString()
      continue
    }
    if (res.status >= 400) throw new MosaicError('unavailable', `${u.toString()} answered HTTP ${res.status}`)
    const r = await bytesToReport(res.body, u.toString(), format, res.contentType)
    r.url = u.toString()
    return r
  }
  throw new MosaicError('invalid_input', `${url}: more than ${maxRedirects} redirects`)
}

function request(
  u: URL,
  allowPrivate: boolean,
  deadline: number,
  max: number,
): Promise<{ status: number; location?: string; contentType: string; body: Uint8Array }> {
  return new Promise((resolve, reject) => {
    const lib = u.protocol === 'https:' ? https : http
    const remaining = deadline - Date.now()
    if (remaining <= 0) return reject(new MosaicError('timeout', `${u.toString()}: no complete answer in time`))
    const req = lib.request(
      u,
      {
        method: 'GET',
        lookup: guardedLookup(allowPrivate),
        headers: { 'user-agent': 'mosaic-extract', accept: 'text/html,application/pdf,text/plain;q=0.9,*/*;q=0.5' },
      },
      (res) => {
        const status = res.statusCode ?? 0
        const location = res.headers.location
        const contentType = String(res.headers['content-type'] ?? '')
        if (status >= 300 && status < 400) {
          res.resume()
          const out: { status: number; location?: string; contentType: string; body: Uint8Array } = {
            status,
            contentType,
            body: new Uint8Array(),
          }
          if (location) out.location = location
          clearTimeout(timer)
          return resolve(out)
        }
        const declared = Number(res.headers['content-length'] ?? 0)
        if (declared > max) {
          req.destroy()
          clearTimeout(timer)
          return reject(tooLarge(u.toString(), max))
        }
        const chunks: Buffer[] = []
        let total = 0
        res.on('data', (c: Buffer) => {
          total += c.length
          if (total > max) {
            req.destroy()
            clearTimeout(timer)
            reject(tooLarge(u.toString(), max))
            return
          }
          chunks.push(c)
        })
        res.on('end', () => {
          clearTimeout(timer)
          resolve({ status, contentType, body: new Uint8Array(Buffer.concat(chunks)) })
        })
        res.on('error', (e) => {
          clearTimeout(timer)
          reject(new MosaicError('unavailable', `${u.toString()}: ${e.message}`, { cause: e }))
        })
      },
    )
    const timer = setTimeout(() => {
      req.destroy()
      reject(new MosaicError('timeout', `${u.toString()}: no complete answer within the time limit`))
    }, remaining)
    req.on('error', (e) => {
      clearTimeout(timer)
      reject(
        e instanceof MosaicError ? e : new MosaicError('unavailable', `${u.toString()}: ${e.message}`, { cause: e }),
      )
    })
    req.end()
  })
}
