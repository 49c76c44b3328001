// One file of a log sweep: detect the format from the first line, cut each line into fields and look every whole
// field value up in the literal table. W3C, unquoted CSV and free-text lines are scanned as bytes inside the read
// buffer (no string per line); a string is made only for a hit, a quoted CSV line, a JSON line, or when pattern
// indicators need the record as an observation. Malformed lines are counted with their numbers and skipped.
import { parseCsvLine } from './csv.ts'
import { forEachLineBytes } from './line-reader.ts'
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
    let q = p
    while (q < e && buf[q] !== COMMA) q++
    let a = p
    let b = q
    while (a < b && (buf[a] === PLUS || buf[a] === SPACE || buf[a] === 9)) a++
    while (b > a && (buf[b - 1] === PLUS || buf[b - 1] === SPACE || buf[b - 1] === 9)) b--
    if (b > a) {
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
  const maxSightings = options.maxSightings ?? 100_000
  const patterns = screen?.active ? screen : null
  const r: FileSweep = {
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
  const bad = (n: number) => {
    r.malformed++
    if (r.malformedLines.length < 100) r.malformedLines.push(n)
  }
  const hit = (line: number, field: string, value: string, key: number, ts: string | null) => {
    if (r.sightings.length < maxSightings) r.sightings.push({ line, field, value, key, timestamp: ts })
  }
  const screenRecord = (rec: LogRecord, n: number) => {
    const c = patterns!.screen(rec, display, n)
    if (c !== null) r.candidates.push(c)
  }
  let names: string[] = []
  let haveNames = false
  let headerBytes: Buffer | null = null
  let iDate = -1
  let iTime = -1
  let iTs = -1
  const setNames = (list: string[]) => {
    names = list
    haveNames = true
    const lower = list.map((n) => n.trim().toLowerCase())
    iDate = lower.indexOf('date')
    iTime = lower.indexOf('time')
    iTs = lower.findIndex((n) => n === 'datetime' || n === 'timestamp' || n === '@timestamp')
  }
  const fieldMap = (values: readonly string[]): Record<string, string> => {
    const m: Record<string, string> = {}
    values.forEach((v, i) => {
      if (v !== '' && v !== '-') m[names[i] ?? `column${i + 1}`] = v
    })
    return m
  }
  // Hits of the current W3C line, kept until its field count is known to be right: [used, (field, start, end,
  // key)…]; sized for every column of the current #Fields.
  let pend = new Int32Array(64)
  // 1 for the columns of the current #Fields that are looked up.
  let look = new Uint8Array(0)
  const found: number[] = []

  const w3cLine = (buf: Buffer, start: number, end: number, n: number, chunk: number) => {
    if (buf[start] === HASH) {
      const line = buf.toString('utf8', start, end)
      if (/^#Fields:/i.test(line)) {
        setNames(line.slice(8).trim().split(/\s+/))
        if (pend.length < names.length * 4 + 1) pend = new Int32Array(names.length * 4 + 1)
        look = Uint8Array.from(names, (c) => (W3C_NO_IOC.has(c.toLowerCase()) ? 0 : 1))
        for (const c of names) {
          const l = c.toLowerCase()
          if (!W3C_KNOWN.has(l) && !r.unknownColumns.includes(c) && r.unknownColumns.length < 100)
            r.unknownColumns.push(c)
        }
      }
      return
    }
    if (!haveNames) {
      bad(n)
      return
    }
    const cols = names.length
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
    const f = scanW3cFields(buf, start, end, look, table, pend, st.space, st.comma)
    if (f !== cols) {
      bad(n)
      return
    }
    r.records++
    const used = pend[0]!
    if (used > 1) {
      // Whole fields that hit, plus the parts of comma lists that hit: (field, start, end, key) in `found`.
      found.length = 0
      for (let i = 1; i < used; i += 4) {
        const fi = pend[i]!
        const a = pend[i + 1]!
        const b = pend[i + 2]!
        const k = pend[i + 3]!
        if (k >= 0) found.push(fi, a, b, k)
        else if (b - a > 7 && buf[a] !== 45) listHits(buf, a, b, table, fi, found)
      }
      if (found.length > 0) {
        const parts = buf.toString('utf8', start, end).split(' ')
        const d = parts[iDate]
        const t = parts[iTime]
        const ts = iDate >= 0 && iTime >= 0 && d && t ? `${d}T${t}Z` : null
        for (let i = 0; i < found.length; i += 4)
          hit(n, names[found[i]!]!, buf.toString('utf8', found[i + 1]!, found[i + 2]!), found[i + 3]!, ts)
      }
    }
    if (patterns !== null) {
      const values = buf.toString('utf8', start, end).split(' ')
      const fields = fieldMap(values)
      const d = iDate >= 0 ? values[iDate] : undefined
      const t = iTime >= 0 ? values[iTime] : undefined
      screenRecord({ format: 'w3c', fields, timestamp: d && t ? recordTime(`${d}T${t}Z`) : null }, n)
    }
  }

  const csvLine = (buf: Buffer, start: number, end: number, n: number) => {
    if (buf[start] === HASH) {
      const line = buf.toString('utf8', start, end)
      if (/^#Fields:/i.test(line)) {
        const h = line.slice(8).trim()
        headerBytes = Buffer.from(h, 'utf8')
        setNames(parseCsvLine(h) ?? h.split(','))
      }
      return
    }
    if (!haveNames) {
      headerBytes = Buffer.from(buf.subarray(start, end))
      const h = headerBytes.toString('utf8')
      setNames(parseCsvLine(h) ?? h.split(','))
      return
    }
    if (headerBytes !== null && headerBytes.length === end - start && headerBytes.equals(buf.subarray(start, end)))
      return
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
          hit(n, names[f] ?? `column${f + 1}`, buf.toString('utf8', s, e), k, iTs >= 0 ? (values()[iTs] ?? null) : null)
        f++
        if (e >= end) break
        s = e + 1
      }
      if (patterns !== null) {
        const v = values()
        screenRecord({ format: r.format!, fields: fieldMap(v), timestamp: recordTime(iTs >= 0 ? v[iTs] : null) }, n)
      }
      return
    }
    const fields = parseCsvLine(buf.toString('utf8', start, end))
    if (fields === null) {
      bad(n)
      return
    }
    r.records++
    const ts = iTs >= 0 ? (fields[iTs] ?? null) : null
    for (let i = 0; i < fields.length; i++) {
      const v = fields[i]!
      const k = table.findString(v)
      const name = names[i] ?? `column${i + 1}`
      if (k >= 0) hit(n, name, v, k, ts)
      else if (v.length > 7 && v.includes(',')) {
        const b = Buffer.from(v, 'utf8')
        found.length = 0
        listHits(b, 0, b.length, table, i, found)
        for (let j = 0; j < found.length; j += 4)
          hit(n, name, b.toString('utf8', found[j + 1]!, found[j + 2]!), found[j + 3]!, ts)
      }
    }
    if (patterns !== null) screenRecord({ format: r.format!, fields: fieldMap(fields), timestamp: recordTime(ts) }, n)
  }

  const jsonWalk = (v: unknown, path: string, n: number, ts: string | null) => {
    if (typeof v === 'string') {
      const k = table.findString(v)
      if (k >= 0) hit(n, path, v, k, ts)
    } else if (Array.isArray(v)) for (const x of v) jsonWalk(x, path, n, ts)
    else if (typeof v === 'object' && v !== null)
      for (const [key, x] of Object.entries(v)) jsonWalk(x, path === '' ? key : `${path}.${key}`, n, ts)
  }

  const jsonLine = (buf: Buffer, start: number, end: number, n: number) => {
    const line = buf.toString('utf8', start, end)
    if (line.trim() === '') return
    let o: unknown
    try {
      o = JSON.parse(line)
    } catch {
      bad(n)
      return
    }
    r.records++
    const rec = typeof o === 'object' && o !== null ? (o as Record<string, unknown>) : {}
    const t = rec['@timestamp'] ?? rec.timestamp ?? rec.time ?? rec.TimeCreated
    jsonWalk(o, '', n, typeof t === 'string' ? t : null)
    if (patterns !== null) screenRecord({ format: 'jsonl', json: o, timestamp: recordTime(t as string) }, n)
  }

  const textLine = (buf: Buffer, start: number, end: number, n: number) => {
    r.records++
    const field = r.format === 'syslog' ? 'message' : 'text'
    let s = -1
    for (let i = start; i <= end; i++) {
      if (i === end || SEP[buf[i]!] === 1) {
        if (s >= 0) {
          const k = table.find(buf, s, i)
          if (k >= 0) hit(n, field, buf.toString('utf8', s, i), k, null)
          s = -1
        }
      } else if (s < 0) s = i
    }
    if (patterns !== null) {
      const text = buf.toString('utf8', start, end)
      const iso = /^(<\d{1,3}>)?(\d\s)?(\d{4}-\d\d-\d\dT\S+)/.exec(text)
      screenRecord({ format: r.format!, text, timestamp: recordTime(iso?.[3]) }, n)
    }
  }

  const onLine = (buf: Buffer, start: number, end: number, n: number, overlong: boolean, chunk: number) => {
    if (overlong) {
      bad(n)
      return
    }
    if (start === end) return
    if (r.format === null) {
      const first = buf.toString('utf8', start, end)
      if (first.trim() === '') return
      r.format = detectFormat(display, first)
    }
    switch (r.format) {
      case 'w3c':
        return w3cLine(buf, start, end, n, chunk)
      case 'exchange-csv':
      case 'csv':
        return csvLine(buf, start, end, n)
      case 'jsonl':
        return jsonLine(buf, start, end, n)
      default:
        return textLine(buf, start, end, n)
    }
  }

  const summary = await forEachLineBytes(path, onLine, {
    stopOnBinary: true,
    ...(options.maxLineLength ? { maxLineLength: options.maxLineLength } : {}),
  })
  r.bytes = summary.bytes
  r.lines = summary.lines
  r.encoding = summary.encoding
  r.binary = summary.binary
  r.error = summary.error
  if (summary.binary) r.error = 'binary file (NUL bytes in the first 4 KB, not UTF-16): skipped'
  return r
}
