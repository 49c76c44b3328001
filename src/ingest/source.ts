// Opening an input as a stream of bytes: a file (gzip detected by magic bytes), stdin, or an http(s) URL with size and
// time limits. No other network access.
import { createReadStream, statSync } from 'node:fs'
import { Readable } from 'node:stream'
import { createGunzip } from 'node:zlib'
import { MosaicError } from '../lib/errors.ts'

export interface SourceOptions {
  /** Largest download accepted from a URL, in bytes. */
  maxUrlBytes?: number
  /** Time limit for a URL download, in ms. */
  urlTimeoutMs?: number
}

export interface OpenedSource {
  name: string
  /** The bytes, already gunzipped when the input was gzip. */
  chunks: AsyncIterable<Uint8Array>
  /** Size on disk when known (for progress). */
  size?: number
}

async function* gunzipIfNeeded(input: AsyncIterable<Uint8Array>, name: string): AsyncGenerator<Uint8Array> {
  const it = input[Symbol.asyncIterator]()
  const first = await it.next()
  if (first.done) return
  const head = first.value
  async function* rest(): AsyncGenerator<Uint8Array> {
    yield head
    for (;;) {
      const r = await it.next()
      if (r.done) return
      yield r.value
    }
  }
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) {
    const gunzip = createGunzip()
    const piped = Readable.from(rest()).pipe(gunzip)
    try {
      for await (const c of piped) yield c as Uint8Array
    } catch (e) {
      throw new MosaicError('invalid_input', `corrupt or truncated gzip data: ${(e as Error).message}`, {
        where: name,
        cause: e,
      })
    }
    return
  }
  yield* rest()
}

async function* fetchChunks(url: string, opts: SourceOptions): AsyncGenerator<Uint8Array> {
  const max = opts.maxUrlBytes ?? 2 * 1024 * 1024 * 1024
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), opts.urlTimeoutMs ?? 120_000)
  try {
    let res: Response
    try {
      res = await fetch(url, { signal: controller.signal, redirect: 'follow' })
    } catch (e) {
      throw new MosaicError('unavailable', `cannot fetch ${url}: ${(e as Error).message}`, { cause: e })
    }
    if (!res.ok || !res.body) throw new MosaicError('unavailable', `fetching ${url} answered HTTP ${res.status}`)
    let total = 0
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      total += chunk.length
      if (total > max) throw new MosaicError('too_large', `${url} is larger than ${max} bytes`)
      yield chunk
    }
  } catch (e) {
    if (controller.signal.aborted) throw new MosaicError('timeout', `fetching ${url} took too long`, { cause: e })
    throw e
  } finally {
    clearTimeout(timer)
  }
}

/** Open `arg`: '-' for stdin, an http(s) URL, or a file path. */
export function openSource(arg: string, opts: SourceOptions = {}): OpenedSource {
  if (arg === '-') return { name: 'stdin', chunks: gunzipIfNeeded(process.stdin, 'stdin') }
  if (/^https?:\/\//i.test(arg)) return { name: arg, chunks: gunzipIfNeeded(fetchChunks(arg, opts), arg) }
  if (/^[a-z]+:\/\//i.test(arg))
    throw new MosaicError('usage', `unsupported URL scheme in ${arg} (http and https only)`)
  let size: number
  try {
    const st = statSync(arg)
    if (st.isDirectory()) throw new MosaicError('usage', `${arg} is a directory`)
    size = st.size
  } catch (e) {
    if (e instanceof MosaicError) throw e
    throw new MosaicError('usage', `cannot read ${arg}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`)
  }
  const stream = createReadStream(arg, { highWaterMark: 1024 * 1024 })
  return { name: arg, chunks: gunzipIfNeeded(stream, arg), size }
}

/** Read a whole source into memory, refusing more than `max` bytes. For small formats (MISP galaxies, KEV). */
export async function readAll(chunks: AsyncIterable<Uint8Array>, max: number, name: string): Promise<Buffer> {
  const parts: Uint8Array[] = []
  let total = 0
  for await (const c of chunks) {
    total += c.length
    if (total > max) throw new MosaicError('too_large', `larger than ${max} bytes`, { where: name })
    parts.push(c)
  }
  return Buffer.concat(parts)
}
