// Streaming line reader shared by the log sweep and the Exchange pack. Files are never loaded whole: bytes are read in
// 1 MiB chunks, gunzipped when the name ends in .gz, decoded with a streaming TextDecoder (so a UTF-8 sequence split
// across chunks is not mangled) and cut at LF. Read errors (truncated gzip, unreadable file) end the file, are
// returned as a value, and never throw: a sweep over many files must go on.
import { createReadStream } from 'node:fs'
import { pipeline, type Readable } from 'node:stream'
import { TextDecoder } from 'node:util'
import { createGunzip } from 'node:zlib'

/** The text encoding a file was read with. */
export type LineEncoding = 'utf-8' | 'utf-16le' | 'utf-16be'

/** What reading one file produced besides its lines. */
export interface ReadSummary {
  /** Physical lines delivered (a final line without LF counts). */
  lines: number
  /** Decompressed bytes read. */
  bytes: number
  encoding: LineEncoding
  /** The first bytes contain NUL bytes while not being UTF-16: probably not a text log. */
  binary: boolean
  /** Lines longer than `maxLineLength`: they are delivered cut to that length and flagged. */
  overlong: number[]
  /** Set when the file could not be read to its end (truncated gzip, I/O error). */
  error: string | null
}

export interface ReadOptions {
  /** Longer lines are cut (and listed in `overlong`) so one LF-less binary blob cannot exhaust memory. */
  maxLineLength?: number
  /** Stop at the first chunk when it looks binary (NUL bytes, not UTF-16). */
  stopOnBinary?: boolean
}

/** Called per line; `overlong` is true when the line was cut to the maximum length. */
export type LineHandler = (line: string, lineNo: number, overlong: boolean) => void

const DEFAULT_MAX_LINE = 16 * 1024 * 1024
const CHUNK = 1024 * 1024

/** Open a file as a byte stream, through gunzip when its name ends in `.gz`. */
export function openBytes(path: string): Readable {
  const file = createReadStream(path, { highWaterMark: CHUNK })
  if (!path.toLowerCase().endsWith('.gz')) return file
  // pipeline() destroys the gunzip stream with the file's error, so iteration below sees every failure.
  return pipeline(file, createGunzip({ chunkSize: CHUNK }), () => {})
}

/** Choose the decoder from the first bytes: a BOM, or the UTF-16 byte-pair heuristic of the Exchange spec §5.2. */
export function sniffEncoding(head: Uint8Array): LineEncoding {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le'
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be'
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8'
  return utf16Heuristic(head) ?? 'utf-8'
}

/** At least 90 % of the byte pairs of the first 512 bytes look like (char, 0) or (0, char). Needs 8 bytes. */
export function utf16Heuristic(head: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(head.length, 512)
  if (n < 8) return null
  const pairs = Math.floor(n / 2)
  let le = 0
  let be = 0
  for (let i = 0; i + 1 < n; i += 2) {
    const a = head[i]!
    const b = head[i + 1]!
    if (a !== 0 && b === 0) le++
    else if (a === 0 && b !== 0) be++
  }
  if (le >= pairs * 0.9) return 'utf-16le'
  if (be >= pairs * 0.9) return 'utf-16be'
  return null
}

function looksBinary(head: Uint8Array): boolean {
  const n = Math.min(head.length, 4096)
  for (let i = 0; i < n; i++) if (head[i] === 0) return true
  return false
}

/**
 * Read a text log line by line: BOM skipped, CR before LF removed, lone CR kept, invalid bytes → U+FFFD,
 * 1-based physical line numbers. Resolves with a summary; never rejects for bad input.
 */
export async function forEachLine(path: string, onLine: LineHandler, options: ReadOptions = {}): Promise<ReadSummary> {
  const maxLine = options.maxLineLength ?? DEFAULT_MAX_LINE
  const summary: ReadSummary = { lines: 0, bytes: 0, encoding: 'utf-8', binary: false, overlong: [], error: null }
  let decoder: TextDecoder | null = null
  let pending = ''
  let cutting = false // inside an overlong line: drop text until the next LF
  const emit = (line: string, over: boolean) => {
    summary.lines++
    const n = line.length
    // charCodeAt, not endsWith: the cheapest test on the hot path.
    onLine(n > 0 && line.charCodeAt(n - 1) === 13 ? line.slice(0, n - 1) : line, summary.lines, over)
  }
  const feed = (text: string) => {
    let start = 0
    for (;;) {
      const nl = text.indexOf('\n', start)
      if (nl < 0) break
      if (cutting) {
        cutting = false
      } else if (pending.length > 0) {
        const line = pending + text.slice(start, nl)
        pending = ''
        if (line.length > maxLine) {
          summary.overlong.push(summary.lines + 1)
          emit(line.slice(0, maxLine), true)
        } else emit(line, false)
      } else {
        if (nl - start > maxLine) {
          summary.overlong.push(summary.lines + 1)
          emit(text.slice(start, start + maxLine), true)
        } else emit(text.slice(start, nl), false)
      }
      start = nl + 1
    }
    if (start < text.length && !cutting) {
      pending += text.slice(start)
      if (pending.length > maxLine) {
        summary.overlong.push(summary.lines + 1)
        emit(pending.slice(0, maxLine), true)
        pending = ''
        cutting = true
      }
    }
  }
  const stream = openBytes(path)
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (decoder === null) {
        summary.encoding = sniffEncoding(chunk)
        summary.binary = summary.encoding === 'utf-8' && looksBinary(chunk)
        if (summary.binary && options.stopOnBinary) {
          stream.destroy()
          return summary
        }
        decoder = new TextDecoder(summary.encoding, { fatal: false, ignoreBOM: false })
      }
      summary.bytes += chunk.length
      feed(decoder.decode(chunk, { stream: true }))
    }
  } catch (e) {
    summary.error = e instanceof Error ? e.message : String(e)
  }
  if (decoder !== null) feed(decoder.decode())
  if (pending.length > 0 && !cutting) emit(pending, false)
  return summary
}
