// One file of a log sweep: detect the format from the first line, cut each line into fields and look every whole
// field value up in the literal table. W3C, unquoted CSV and free-text lines are scanned as bytes inside the read
// buffer (no string per line); a string is made only for a hit, a quoted CSV line, a JSON line, or when pattern
// indicators need the record as an observation. Malformed lines are counted with their numbers and skipped.
import { parseCsvLine } from './csv.ts'
import { forEachLineBytes, type LineSink } from './line-reader.ts'
import type { LiteralTable } from './literal-table.ts'
import { type Candidate, type LogRecord, type PatternScreen, recordTime } from './patterns.ts'

/** Formats the sweep reads. */
export type LogFormat = 'w3c' | 'exchange-csv' | 'csv' | 'jsonl' | 'syslog' | 'text'

/** One whole-field match. `key` indexes the compiled literal table. */
export interface RawSighting {
  line: number
  field: string
  value: string
  key: number
  timestamp: string | null
}

/** The result of sweeping one file. */
export interface FileSweep {
  file: string
  format: LogFormat | null
  bytes: number
  lines: number
  records: number
  malformed: number
  /** The first malformed line numbers (at most 100). */
  malformedLines: number[]
  encoding: string
  binary: boolean
  /** #Fields columns this reader does not know (they are still matched). */
  unknownColumns: string[]
  error: string | null
  sightings: RawSighting[]
  /** Records kept for the pattern indicators (see patterns.ts). */
  candidates: Candidate[]
}

const W3C_KNOWN = new Set([
  'date',
  'time',
  's-sitename',
  's-computername',
  's-ip',
  'cs-method',
  'cs-uri-stem',
  'cs-uri-query',
  's-port',
  'cs-username',
  'c-ip',
  'cs-version',
  'cs(user-agent)',
  'cs(cookie)',
  'cs(referer)',
  'cs-host',
  'sc-status',
  'sc-substatus',
  'sc-win32-status',
  'sc-bytes',
  'cs-bytes',
  'time-taken',
  'x-forwarded-for',
  'cs(x-forwarded-for)',
  'streamid',
])

/**
 * W3C columns that by definition hold a date, a time, a number, an HTTP method or a protocol version: no IOC value
 * (an address, a domain, a URL, an e-mail address or a hash) can be such a field, so these are skipped unread.
 */
const W3C_NO_IOC = new Set([
  'date',
  'time',
  'cs-method',
  'cs-version',
  's-port',
  'sc-status',
  'sc-substatus',
  'sc-win32-status',
  'sc-bytes',
  'cs-bytes',
  'time-taken',
])

const SYSLOG = /^(<\d{1,3}>)?(\d\s)?([A-Z][a-z]{2}\s+\d{1,2}\s\d\d:\d\d:\d\d|\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)/

/** Guess the format from the file name and its first non-empty line. */
export function detectFormat(name: string, first: string): LogFormat {
  if (/^#(Software: Microsoft Internet Information|Version:|Date:|Fields: *date\b)/i.test(first)) {
    if (/^#Fields:/i.test(first) && first.includes(',')) return 'exchange-csv'
    if (/^#Software: Microsoft Exchange/i.test(first)) return 'exchange-csv'
    return 'w3c'
  }
  if (/^#Software: Microsoft Exchange/i.test(first) || (/^#Fields:/i.test(first) && first.includes(',')))
    return 'exchange-csv'
  if (/^#Fields:/i.test(first)) return 'w3c'
  if (/^DateTime,/i.test(first)) return 'exchange-csv'
  if (first.startsWith('{')) return 'jsonl'
  if (SYSLOG.test(first)) return 'syslog'
  const lower = name.toLowerCase().replace(/\.gz$/, '')
  if (lower.endsWith('.csv') || (first.includes(',') && !first.includes(' '))) return 'csv'
  return 'text'
}

// Token separators for free text (syslog messages, unknown formats): a token is a maximal run of other bytes, so
// "src=1.2.3.4," yields "1.2.3.4" and never a part of "11.2.3.45".
const SEP = new Uint8Array(256)
for (const c of ' \t,;|"\'<>()[]{}=\\') SEP[c.charCodeAt(0)] = 1

export interface SweepFileOptions {
  maxSightings?: number
  maxLineLength?: number
}

/**
 * A byte range of a big W3C file swept on its own (sweep.ts splits such files so that every core works on one
 * file). `start` and `end` are line starts; line numbers in the result count from `start`. `header` is the
 * `#Fields:` line taken to be in effect at `start` (null: none).
 */
export interface FilePart {
  start: number
  end: number
  header: string | null
}

/** The result of sweeping a part: a FileSweep plus what the merge needs to check the header guess. */
export interface PartSweep extends FileSweep {
  /** The part's own last `#Fields:` line (null when it has none). */
  lastHeader: string | null
  /** A data line was read under the initial header (before any `#Fields:` line of the part). */
  usedHeader: boolean
}

const SPACE = 32
const COMMA = 44
const QUOTE = 34
const HASH = 35
const PLUS = 43

/**
 * The hot loop: cut buf[start, end) at spaces and look up each field whose `look` flag is 1; hits go to `pend` as
 * (field, start, end, key) and fields holding a comma (X-Forwarded-For lists) as (field, start, end, -1);
 * `pend[0]` holds the number of entries used. `space` and `comma` are the first space and comma at or after
 * `start` (anywhere past the line when it has none). Returns the number of fields, and leaves in `scanState.space`
 * the first space past the line (so that a run of lines without spaces is not searched again line after line).
 * Only fields whose length some key has are looked up. Module-level so that one optimised copy serves every file.
 */
function scanW3cFields(
  buf: Buffer,
  start: number,
  end: number,
  look: Uint8Array,
  table: LiteralTable,
  pend: Int32Array,
  space: number,
  comma: number,
): number {
  const lo = table.minLookup
  const hi = table.maxLookup
  let used = 1
  let f = 0
  let s = start
  let i = space
  let nextComma = comma
  for (;;) {
    if (i > end) i = end
    // Commas are rare: the next one is searched only once the scan has passed the previous one.
    const hasComma = nextComma < i
    if (hasComma) {
      nextComma = buf.indexOf(COMMA, i)
      if (nextComma < 0 || nextComma > end) nextComma = end
    }
    const len = i - s
    if (look[f] === 1) {
      const k = len >= lo && len <= hi ? table.find(buf, s, i) : -1
      if ((k >= 0 || hasComma) && used + 4 <= pend.length) {
        pend[used] = f
        pend[used + 1] = s
        pend[used + 2] = i
        pend[used + 3] = k
        used += 4
      }
    }
    f++
    if (i >= end) {
      pend[0] = used
      return f
    }
    s = i + 1
    i = buf.indexOf(SPACE, s)
    if (i < 0) i = buf.length
    if (i > end) scanState.space = i
  }
}

/** Parts of the comma list buf[s, e) (X-Forwarded-For "a,+b"), trimmed of '+' and blanks, that hit: pushed to out. */
function listHits(buf: Buffer, s: number, e: number, table: LiteralTable, field: number, out: number[]): void {
  let p = s
  while (p <= e) {
    let q = buf.indexOf(COMMA, p)
    if (q < 0 || q > e) q = e
    let a = p
    let b = q
    while (a < b && (buf[a] === PLUS || buf[a] === SPACE || buf[a] === 9)) a++
    while (b > a && (buf[b - 1] === PLUS || buf[b - 1] === SPACE || buf[b - 1] === 9)) b--
    if (b - a >= table.minLookup && b - a <= table.maxLookup) {
      const k = table.find(buf, a, b)
      if (k >= 0) out.push(field, a, b, k)
    }
    p = q + 1
  }
}

/**
 * The next space and comma at or after a position of the current chunk (see w3cLine): searched once and reused by
 * the lines before them, as a search per line would rescan the rest of the chunk on every line without one.
 */
const scanState = { buf: null as Buffer | null, chunk: -1, space: -1, comma: -1 }

/** Sweep one file. Never throws for bad content: errors end up in the result. */
export async function sweepFile(
  path: string,
  display: string,
  table: LiteralTable,
  options: SweepFileOptions = {},
  screen: PatternScreen | null = null,
): Promise<FileSweep> {
  const { lastHeader: _h, usedHeader: _u, ...r } = await sweepPart(path, display, table, options, screen, null)
  return r
}

/** Sweep one file, or one part of a W3C file (see FilePart). Never throws for bad content. */
export async function sweepPart(
  path: string,
  display: string,
  table: LiteralTable,
  options: SweepFileOptions,
  screen: PatternScreen | null,
  part: FilePart | null,
): Promise<PartSweep> {
  const sweeper = new PartSweeper(display, table, options, screen, part)
  const summary = await forEachLineBytes(path, sweeper, {
    stopOnBinary: true,
    ...(part !== null ? { range: { start: part.start, end: part.end } } : {}),
    ...(options.maxLineLength ? { maxLineLength: options.maxLineLength } : {}),
  })
  const r = sweeper.r
  r.bytes = summary.bytes
  r.lines = summary.lines
  r.encoding = summary.encoding
  r.binary = summary.binary
  r.error = summary.error
  if (summary.binary) r.error = 'binary file (NUL bytes in the first 4 KB, not UTF-16): skipped'
  return r
}

/**
 * The per-file state and line handlers of a sweep. A class rather than closures made per file: the line reader
 * then calls the same functions for every file, so their optimised code is not thrown away at each new file.
 */
class PartSweeper implements LineSink {
  readonly r: PartSweep
  private readonly display: string
  private readonly table: LiteralTable
  private readonly patterns: PatternScreen | null
  private readonly maxSightings: number
  private names: string[] = []
  private haveNames = false
  private headerBytes: Buffer | null = null
  private iDate = -1
  private iTime = -1
  private iTs = -1
  /**
   * Hits of the current W3C line, kept until its field count is known to be right: [used, (field, start, end,
   * key)…]; sized for every column of the current #Fields.
   */
  private pend = new Int32Array(64)
  /** 1 for the columns of the current #Fields that are looked up. */
  private look = new Uint8Array(0)
  private readonly found: number[] = []
  /** Lines before the part's own first #Fields line are read under the header given with the part. */
  private ownHeader: boolean

  constructor(
    display: string,
    table: LiteralTable,
    options: SweepFileOptions,
    screen: PatternScreen | null,
    part: FilePart | null,
  ) {
    this.display = display
    this.table = table
    this.patterns = screen?.active ? screen : null
    this.maxSightings = options.maxSightings ?? 100_000
    this.ownHeader = part === null
    this.r = {
      lastHeader: null,
      usedHeader: false,
      file: display,
      format: null,
      bytes: 0,
      lines: 0,
      records: 0,
      malformed: 0,
      malformedLines: [],
      encoding: 'utf-8',
      binary: false,
      unknownColumns: [],
      error: null,
      sightings: [],
      candidates: [],
    }
    if (part !== null) {
      this.r.format = 'w3c'
      if (part.header !== null) this.w3cHeader(part.header)
    }
  }

  private bad(n: number): void {
    this.r.malformed++
    if (this.r.malformedLines.length < 100) this.r.malformedLines.push(n)
  }

  private hit(line: number, field: string, value: string, key: number, ts: string | null): void {
    if (this.r.sightings.length < this.maxSightings) this.r.sightings.push({ line, field, value, key, timestamp: ts })
  }

  private screenRecord(rec: LogRecord, n: number): void {
    const c = this.patterns!.screen(rec, this.display, n)
    if (c !== null) this.r.candidates.push(c)
  }

  private setNames(list: string[]): void {
    this.names = list
    this.haveNames = true
    const lower = list.map((n) => n.trim().toLowerCase())
    this.iDate = lower.indexOf('date')
    this.iTime = lower.indexOf('time')
    this.iTs = lower.findIndex((n) => n === 'datetime' || n === 'timestamp' || n === '@timestamp')
  }

  private fieldMap(values: readonly string[]): Record<string, string> {
    const m: Record<string, string> = {}
    values.forEach((v, i) => {
      if (v !== '' && v !== '-') m[this.names[i] ?? `column${i + 1}`] = v
    })
    return m
  }

  line(buf: Buffer, start: number, end: number, n: number, overlong: boolean, chunk: number): void {
    if (overlong) {
      this.bad(n)
      return
    }
    if (start === end) return
    const r = this.r
    if (r.format === null) {
      const first = buf.toString('utf8', start, end)
      if (first.trim() === '') return
      r.format = detectFormat(this.display, first)
    }
    const format = r.format
    if (format === 'w3c') this.w3cLine(buf, start, end, n, chunk)
    else if (format === 'exchange-csv' || format === 'csv') this.csvLine(buf, start, end, n)
    else if (format === 'jsonl') this.jsonLine(buf, start, end, n)
    else this.textLine(buf, start, end, n)
  }

  private w3cHeader(line: string): void {
    this.setNames(line.slice(8).trim().split(/\s+/))
    const names = this.names
    if (this.pend.length < names.length * 4 + 1) this.pend = new Int32Array(names.length * 4 + 1)
    this.look = Uint8Array.from(names, (c) => (W3C_NO_IOC.has(c.toLowerCase()) ? 0 : 1))
    const unknown = this.r.unknownColumns
    for (const c of names) {
      const l = c.toLowerCase()
      if (!W3C_KNOWN.has(l) && !unknown.includes(c) && unknown.length < 100) unknown.push(c)
    }
  }

  private w3cLine(buf: Buffer, start: number, end: number, n: number, chunk: number): void {
    if (buf[start] === HASH) {
      const line = buf.toString('utf8', start, end)
      if (/^#Fields:/i.test(line)) {
        this.ownHeader = true
        this.r.lastHeader = line
        this.w3cHeader(line)
      }
      return
    }
    if (!this.ownHeader) this.r.usedHeader = true
    if (!this.haveNames) {
      this.bad(n)
      return
    }
    const st = scanState
    if (st.buf !== buf || st.chunk !== chunk) {
      st.buf = buf
      st.chunk = chunk
      st.space = -1
      st.comma = -1
    }
    if (st.space < start) st.space = buf.indexOf(SPACE, start)
    if (st.space < 0) st.space = buf.length
    if (st.comma < start) st.comma = buf.indexOf(COMMA, start)
    if (st.comma < 0) st.comma = buf.length
    const pend = this.pend
    const f = scanW3cFields(buf, start, end, this.look, this.table, pend, st.space, st.comma)
    if (f !== this.names.length) {
      this.bad(n)
      return
    }
    this.r.records++
    if (pend[0]! > 1) this.w3cHits(buf, start, end, n)
    if (this.patterns !== null) {
      const values = buf.toString('utf8', start, end).split(' ')
      const d = this.iDate >= 0 ? values[this.iDate] : undefined
      const t = this.iTime >= 0 ? values[this.iTime] : undefined
      this.screenRecord(
        { format: 'w3c', fields: this.fieldMap(values), timestamp: d && t ? recordTime(`${d}T${t}Z`) : null },
        n,
      )
    }
  }

  /** Whole fields that hit, plus the parts of comma lists that hit (the rare path of w3cLine). */
  private w3cHits(buf: Buffer, start: number, end: number, n: number): void {
    const pend = this.pend
    const used = pend[0]!
    const found = this.found
    found.length = 0
    for (let i = 1; i < used; i += 4) {
      const fi = pend[i]!
      const a = pend[i + 1]!
      const b = pend[i + 2]!
      const k = pend[i + 3]!
      if (k >= 0) found.push(fi, a, b, k)
      else if (b - a > 7 && buf[a] !== 45) listHits(buf, a, b, this.table, fi, found)
    }
    if (found.length === 0) return
    const parts = buf.toString('utf8', start, end).split(' ')
    const d = parts[this.iDate]
    const t = parts[this.iTime]
    const ts = this.iDate >= 0 && this.iTime >= 0 && d && t ? `${d}T${t}Z` : null
    for (let i = 0; i < found.length; i += 4)
      this.hit(n, this.names[found[i]!]!, buf.toString('utf8', found[i + 1]!, found[i + 2]!), found[i + 3]!, ts)
  }

  private csvLine(buf: Buffer, start: number, end: number, n: number): void {
    const r = this.r
    const table = this.table
    if (buf[start] === HASH) {
      const line = buf.toString('utf8', start, end)
      if (/^#Fields:/i.test(line)) {
        const h = line.slice(8).trim()
        this.headerBytes = Buffer.from(h, 'utf8')
        this.setNames(parseCsvLine(h) ?? h.split(','))
      }
      return
    }
    if (!this.haveNames) {
      this.headerBytes = Buffer.from(buf.subarray(start, end))
      const h = this.headerBytes.toString('utf8')
      this.setNames(parseCsvLine(h) ?? h.split(','))
      return
    }
    const hb = this.headerBytes
    if (hb !== null && hb.length === end - start && hb.equals(buf.subarray(start, end))) return
    const names = this.names
    const iTs = this.iTs
    let quoted = false
    for (let i = start; i < end; i++)
      if (buf[i] === QUOTE) {
        quoted = true
        break
      }
    if (!quoted) {
      // No quote: the fields are exactly the comma-separated byte ranges.
      r.records++
      let f = 0
      let s = start
      let line: string[] | null = null
      const values = () => (line ??= buf.toString('utf8', start, end).split(','))
      for (;;) {
        let e = buf.indexOf(COMMA, s)
        if (e < 0 || e > end) e = end
        const k = table.find(buf, s, e)
        if (k >= 0)
          this.hit(
            n,
            names[f] ?? `column${f + 1}`,
            buf.toString('utf8', s, e),
            k,
            iTs >= 0 ? (values()[iTs] ?? null) : null,
          )
        f++
        if (e >= end) break
        s = e + 1
      }
      if (this.patterns !== null) {
        const v = values()
        this.screenRecord(
          { format: r.format!, fields: this.fieldMap(v), timestamp: recordTime(iTs >= 0 ? v[iTs] : null) },
          n,
        )
      }
      return
    }
    const fields = parseCsvLine(buf.toString('utf8', start, end))
    if (fields === null) {
      this.bad(n)
      return
    }
    r.records++
    const ts = iTs >= 0 ? (fields[iTs] ?? null) : null
    const found = this.found
    for (let i = 0; i < fields.length; i++) {
      const v = fields[i]!
      const k = table.findString(v)
      const name = names[i] ?? `column${i + 1}`
      if (k >= 0) this.hit(n, name, v, k, ts)
      else if (v.length > 7 && v.includes(',')) {
        const b = Buffer.from(v, 'utf8')
        found.length = 0
        listHits(b, 0, b.length, table, i, found)
        for (let j = 0; j < found.length; j += 4)
          this.hit(n, name, b.toString('utf8', found[j + 1]!, found[j + 2]!), found[j + 3]!, ts)
      }
    }
    if (this.patterns !== null)
      this.screenRecord({ format: r.format!, fields: this.fieldMap(fields), timestamp: recordTime(ts) }, n)
  }

  private jsonWalk(v: unknown, path: string, n: number, ts: string | null): void {
    if (typeof v === 'string') {
      const k = this.table.findString(v)
      if (k >= 0) this.hit(n, path, v, k, ts)
    } else if (Array.isArray(v)) for (const x of v) this.jsonWalk(x, path, n, ts)
    else if (typeof v === 'object' && v !== null)
      for (const [key, x] of Object.entries(v)) this.jsonWalk(x, path === '' ? key : `${path}.${key}`, n, ts)
  }

  private jsonLine(buf: Buffer, start: number, end: number, n: number): void {
    const line = buf.toString('utf8', start, end)
    if (line.trim() === '') return
    let o: unknown
    try {
      o = JSON.parse(line)
    } catch {
      this.bad(n)
      return
    }
    this.r.records++
    const rec = typeof o === 'object' && o !== null ? (o as Record<string, unknown>) : {}
    const t = rec['@timestamp'] ?? rec.timestamp ?? rec.time ?? rec.TimeCreated
    this.jsonWalk(o, '', n, typeof t === 'string' ? t : null)
    if (this.patterns !== null) this.screenRecord({ format: 'jsonl', json: o, timestamp: recordTime(t as string) }, n)
  }

  private textLine(buf: Buffer, start: number, end: number, n: number): void {
    const r = this.r
    r.records++
    const field = r.format === 'syslog' ? 'message' : 'text'
    let s = -1
    for (let i = start; i <= end; i++) {
      if (i === end || SEP[buf[i]!] === 1) {
        if (s >= 0) {
          const k = this.table.find(buf, s, i)
          if (k >= 0) this.hit(n, field, buf.toString('utf8', s, i), k, null)
          s = -1
        }
      } else if (s < 0) s = i
    }
    if (this.patterns !== null) {
      const text = buf.toString('utf8', start, end)
      const iso = /^(<\d{1,3}>)?(\d\s)?(\d{4}-\d\d-\d\dT\S+)/.exec(text)
      this.screenRecord({ format: r.format!, text, timestamp: recordTime(iso?.[3]) }, n)
    }
  }
}
