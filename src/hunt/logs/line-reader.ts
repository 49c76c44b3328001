// Streaming line reader shared by the log sweep and the Exchange pack. Files are never loaded whole: plain files are
// read with positioned reads into one reused buffer, `.gz` files through gunzip, UTF-16 is transcoded to UTF-8, and
// lines are cut at LF and handed over as byte ranges (forEachLineBytes) or strings (forEachLine). Read errors
// (truncated gzip, unreadable file) end the file, are returned as a value, and never throw: a sweep over many files
// must go on.
import { createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'
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
  /**
   * Read only bytes [start, end) of a plain (not gzip) file; both must be line starts (0, the byte after an LF, or
   * the file size). Line numbers then count from the range start. A range that starts past 0 is taken as UTF-8.
   */
  range?: { start: number; end: number }
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

/** NUL bytes in the first 4 KB. */
export function looksBinary(head: Uint8Array): boolean {
  const n = Math.min(head.length, 4096)
  for (let i = 0; i < n; i++) if (head[i] === 0) return true
  return false
}

/**
 * Called per line with the line's bytes `buf[start, end)` (UTF-8; CR before LF already removed). The buffer is
 * reused: copy what you keep (`buf.toString('utf8', start, end)`, or `latin1` for ASCII-only fields).
 */
export type ByteLineHandler = (
  buf: Buffer,
  start: number,
  end: number,
  lineNo: number,
  overlong: boolean,
  /**
   * Unique per scan in the thread, and changes whenever `buf`'s content may have changed (a new chunk, a new file
   * in a reused buffer): positions cached for a chunk are stale.
   */
  chunk: number,
) => void

/** A line handler as an object: a class instance keeps the reader's call site calling one function for all files. */
export interface LineSink {
  line(buf: Buffer, start: number, end: number, lineNo: number, overlong: boolean, chunk: number): void
}

const CR = 13
const LF = 10

/**
 * Read buffers are reused from file to file (per thread): a sweep over many files would otherwise allocate and
 * fault in megabytes of fresh memory per file. A buffer is in the pool only while no reader holds it.
 */
const pool: Buffer[] = []

/** Numbers every scan of every reader in this thread: read buffers are reused, so a chunk is known by this alone. */
let scans = 0

function takeBuffer(size: number): Buffer {
  const i = pool.findIndex((b) => b.length === size)
  return i >= 0 ? pool.splice(i, 1)[0]! : Buffer.allocUnsafe(size)
}

function giveBuffer(b: Buffer): void {
  if (pool.length < 6 && (b.length === CHUNK || b.length === CARRY_ROOM + CHUNK * 2) && !pool.includes(b)) pool.push(b)
}

/** Room kept before each read so the unfinished line of the previous chunk can be put in front of the new bytes. */
const CARRY_ROOM = 64 * 1024

/**
 * The line splitter behind both readers. Lines are cut where the bytes already are: a plain file's chunk is read
 * into a buffer after CARRY_ROOM free bytes, the unfinished line of the previous chunk (kept in `carry`) is copied
 * in front of it, and complete lines are handed over in place. Longer unfinished lines (and gzip / UTF-16 output)
 * go through the growable `carry` buffer instead.
 */
class Splitter {
  carry: Buffer = takeBuffer(CHUNK)
  /** Bytes of the unfinished line held in `carry`. */
  len = 0
  lines = 0
  cutting = false
  /** The number of the current scan (unique in the thread): the `chunk` argument of the handler. */
  chunks = 0
  private readonly sink: LineSink
  private readonly maxLine: number
  private readonly overlong: number[]
  constructor(sink: LineSink, maxLine: number, overlong: number[]) {
    this.sink = sink
    this.maxLine = maxLine
    this.overlong = overlong
  }

  private reserve(n: number): void {
    if (this.len + n <= this.carry.length) return
    let size = this.carry.length
    while (size < this.len + n) size *= 2
    const next = Buffer.allocUnsafe(size)
    this.carry.copy(next, 0, 0, this.len)
    this.carry = next
  }

  /** Append bytes (copied) and emit the lines they complete. */
  push(chunk: Uint8Array): void {
    this.reserve(chunk.length)
    this.carry.set(chunk, this.len)
    const end = this.len + chunk.length
    const rest = this.scan(this.carry, 0, end)
    if (rest > 0 && rest < end) this.carry.copyWithin(0, rest, end)
    this.len = end - rest
  }

  /** Bytes `buf[at, at + n)` with CARRY_ROOM free bytes before `at`: lines are emitted from `buf` itself. */
  pushInPlace(buf: Buffer, at: number, n: number): void {
    if (this.len > at) {
      this.push(buf.subarray(at, at + n))
      return
    }
    const from = at - this.len
    if (this.len > 0) this.carry.copy(buf, from, 0, this.len)
    const end = at + n
    const rest = this.scan(buf, from, end)
    this.len = 0
    if (rest < end) {
      this.reserve(end - rest)
      buf.copy(this.carry, 0, rest, end)
      this.len = end - rest
    }
  }

  /** Emit the complete lines of buf[from, end); returns where the unfinished line starts (end when none is kept). */
  private scan(buf: Buffer, from: number, end: number): number {
    this.chunks = ++scans
    let start = from
    for (;;) {
      const nl = buf.indexOf(LF, start)
      if (nl < 0 || nl >= end) break
      if (this.cutting) this.cutting = false
      else this.emit(buf, start, nl)
      start = nl + 1
    }
    if (this.cutting) return end
    if (end - start > this.maxLine) {
      this.lines++
      this.overlong.push(this.lines)
      this.sink.line(buf, start, start + this.maxLine, this.lines, true, this.chunks)
      this.cutting = true
      return end
    }
    return start
  }

  private emit(buf: Buffer, start: number, nl: number): void {
    this.lines++
    let end = nl
    if (end > start && buf[end - 1] === CR) end--
    if (end - start > this.maxLine) {
      this.overlong.push(this.lines)
      this.sink.line(buf, start, start + this.maxLine, this.lines, true, this.chunks)
    } else this.sink.line(buf, start, end, this.lines, false, this.chunks)
  }

  finish(): void {
    if (this.len > 0 && !this.cutting) {
      this.lines++
      this.chunks = ++scans
      this.sink.line(this.carry, 0, this.len, this.lines, false, this.chunks)
    }
    this.len = 0
  }
}

/**
 * Read a text log line by line as bytes: BOM skipped, CR before LF removed, lone CR kept, UTF-16 transcoded to
 * UTF-8, 1-based physical line numbers. Plain files are read with positioned reads into one reused buffer (no
 * stream, no string per line), which is what makes whole-field matching run at memory speed. Resolves with a
 * summary; never rejects for bad input.
 */
export async function forEachLineBytes(
  path: string,
  onLine: ByteLineHandler | LineSink,
  options: ReadOptions = {},
): Promise<ReadSummary> {
  const maxLine = options.maxLineLength ?? DEFAULT_MAX_LINE
  const summary: ReadSummary = { lines: 0, bytes: 0, encoding: 'utf-8', binary: false, overlong: [], error: null }
  const split = new Splitter(typeof onLine === 'function' ? { line: onLine } : onLine, maxLine, summary.overlong)
  let decoder: TextDecoder | null = null
  let first = true
  // Returns false to stop reading (binary file).
  const feed = (chunk: Uint8Array): boolean => {
    if (first) {
      first = false
      summary.encoding = sniffEncoding(chunk)
      if (summary.encoding === 'utf-8') {
        summary.binary = looksBinary(chunk)
        if (summary.binary && options.stopOnBinary) return false
        if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3)
      } else decoder = new TextDecoder(summary.encoding, { fatal: false, ignoreBOM: false })
    }
    if (decoder !== null) split.push(Buffer.from(decoder.decode(chunk, { stream: true }), 'utf8'))
    else split.push(chunk)
    return true
  }
  try {
    if (path.toLowerCase().endsWith('.gz')) {
      const stream = openBytes(path)
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        summary.bytes += chunk.length
        if (!feed(chunk)) {
          stream.destroy()
          break
        }
      }
    } else {
      const fh = await open(path, 'r')
      let pending: Promise<{ bytesRead: number }> | null = null
      // Two buffers: the next read runs while the current chunk is cut into lines, in place.
      let cur = takeBuffer(CARRY_ROOM + CHUNK * 2)
      let spare = takeBuffer(CARRY_ROOM + CHUNK * 2)
      try {
        const size = CHUNK * 2
        const range = options.range
        let pos = range?.start ?? 0
        const stop = range?.end ?? Number.POSITIVE_INFINITY
        // A range that starts inside the file is plain UTF-8 already (the caller sniffed the file's head).
        if (pos > 0) first = false
        const readAt = (into: Buffer): Promise<{ bytesRead: number }> =>
          pos >= stop ? Promise.resolve({ bytesRead: 0 }) : fh.read(into, CARRY_ROOM, Math.min(size, stop - pos), pos)
        pending = readAt(cur)
        for (;;) {
          const { bytesRead } = await pending
          if (bytesRead === 0) break
          pos += bytesRead
          const chunk = cur
          pending = readAt(spare)
          summary.bytes += bytesRead
          if (first) {
            const head = chunk.subarray(CARRY_ROOM, CARRY_ROOM + bytesRead)
            if (sniffEncoding(head) === 'utf-8' && !looksBinary(head)) {
              // The usual case: cut the first chunk in place too (after a BOM).
              first = false
              const bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0
              split.pushInPlace(chunk, CARRY_ROOM + bom, bytesRead - bom)
            } else if (!feed(head)) {
              await pending
              break
            }
          } else if (decoder !== null) feed(chunk.subarray(CARRY_ROOM, CARRY_ROOM + bytesRead))
          else split.pushInPlace(chunk, CARRY_ROOM, bytesRead)
          cur = spare
          spare = chunk
        }
      } finally {
        // No read may still be filling a buffer that goes back to the pool.
        await pending?.catch(() => {})
        await fh.close()
        giveBuffer(cur)
        giveBuffer(spare)
      }
    }
  } catch (e) {
    summary.error = e instanceof Error ? e.message : String(e)
  }
  if (!(summary.binary && options.stopOnBinary)) {
    if (decoder !== null) split.push(Buffer.from((decoder as TextDecoder).decode(), 'utf8'))
    split.finish()
  }
  summary.lines = split.lines
  giveBuffer(split.carry)
  return summary
}

/**
 * Read a text log line by line: BOM skipped, CR before LF removed, lone CR kept, invalid UTF-8 → U+FFFD,
 * 1-based physical line numbers. Resolves with a summary; never rejects for bad input.
 */
export function forEachLine(path: string, onLine: LineHandler, options: ReadOptions = {}): Promise<ReadSummary> {
  return forEachLineBytes(
    path,
    (buf, start, end, n, over) => onLine(buf.toString('utf8', start, end), n, over),
    options,
  )
}
