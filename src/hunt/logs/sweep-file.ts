// One file of a log sweep: detect the format from the first line, turn each line into fields (an observation), and
// look every whole field value up in the literal matcher. Malformed lines are counted with their numbers and skipped.
import { parseCsvLine } from './csv.ts'
import { forEachLine } from './line-reader.ts'
import type { LiteralMatcher } from './matcher.ts'

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

// Token separators for free text (syslog messages, unknown formats): a token is a maximal run of other characters,
// so "src=1.2.3.4," yields "1.2.3.4" and never a part of "11.2.3.45".
const SEP = new Uint8Array(128)
for (const c of ' \t,;|"\'<>()[]{}=\\') SEP[c.charCodeAt(0)] = 1

export interface SweepFileOptions {
  maxSightings?: number
  maxLineLength?: number
}

/** Sweep one file. Never throws for bad content: errors end up in the result. */
export async function sweepFile(
  path: string,
  display: string,
  matcher: LiteralMatcher,
  options: SweepFileOptions = {},
): Promise<FileSweep> {
  const maxSightings = options.maxSightings ?? 100_000
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
  }
  const bad = (n: number) => {
    r.malformed++
    if (r.malformedLines.length < 100) r.malformedLines.push(n)
  }
  const hit = (line: number, field: string, value: string, key: number, ts: string | null) => {
    if (r.sightings.length < maxSightings) r.sightings.push({ line, field, value, key, timestamp: ts })
  }
  let names: string[] | null = null
  let headerLine: string | null = null
  let iDate = -1
  let iTime = -1
  let iTs = -1
  const setNames = (list: string[]) => {
    names = list
    const lower = list.map((n) => n.trim().toLowerCase())
    iDate = lower.indexOf('date')
    iTime = lower.indexOf('time')
    iTs = lower.findIndex((n) => n === 'datetime' || n === 'timestamp' || n === '@timestamp')
  }

  const textTokens = (line: string, n: number, from: number, field: string) => {
    let s = -1
    const len = line.length
    for (let i = from; i <= len; i++) {
      const c = i < len ? line.charCodeAt(i) : 32
      const sep = c < 128 && SEP[c] === 1
      if (sep) {
        if (s >= 0) {
          const k = matcher.matchSlice(line, s, i)
          if (k >= 0) hit(n, field, line.slice(s, i), k, null)
          s = -1
        }
      } else if (s < 0) s = i
    }
  }

  const jsonWalk = (v: unknown, path: string, n: number, ts: string | null) => {
    if (typeof v === 'string') {
      const k = matcher.match(v)
      if (k >= 0) hit(n, path, v, k, ts)
    } else if (Array.isArray(v)) for (const x of v) jsonWalk(x, path, n, ts)
    else if (typeof v === 'object' && v !== null)
      for (const [key, x] of Object.entries(v)) jsonWalk(x, path === '' ? key : `${path}.${key}`, n, ts)
  }

  const onLine = (line: string, n: number, overlong: boolean) => {
    if (overlong) {
      bad(n)
      return
    }
    if (r.format === null) {
      if (line.trim() === '') return
      r.format = detectFormat(display, line)
    }
    switch (r.format) {
      case 'w3c': {
        if (line.charCodeAt(0) === 35) {
          if (/^#Fields:/i.test(line)) {
            setNames(line.slice(8).trim().split(/\s+/))
            for (const c of names!) {
              const l = c.toLowerCase()
              if (!W3C_KNOWN.has(l) && !r.unknownColumns.includes(c) && r.unknownColumns.length < 100)
                r.unknownColumns.push(c)
            }
          }
          return
        }
        if (line.length === 0) return
        const cols = names as string[] | null
        if (cols === null) {
          bad(n)
          return
        }
        // Count fields first (no allocation); a line with the wrong count is malformed.
        let count = 1
        for (let i = line.indexOf(' '); i >= 0; i = line.indexOf(' ', i + 1)) count++
        if (count !== cols.length) {
          bad(n)
          return
        }
        r.records++
        let start = 0
        for (let f = 0; f < count; f++) {
          let end = line.indexOf(' ', start)
          if (end < 0) end = line.length
          const k = matcher.matchSlice(line, start, end)
          if (k >= 0) {
            const ts = iDate >= 0 && iTime >= 0 ? w3cTime(line, iDate, iTime) : null
            hit(n, cols[f]!, line.slice(start, end), k, ts)
          } else if (end - start > 7 && line.charCodeAt(start) !== 45) {
            // Comma lists inside one field (X-Forwarded-For: "a,+b").
            const comma = line.indexOf(',', start)
            if (comma >= 0 && comma < end) listParts(line.slice(start, end), n, cols[f]!, null)
          }
          start = end + 1
        }
        return
      }
      case 'exchange-csv':
      case 'csv': {
        if (line.charCodeAt(0) === 35) {
          if (/^#Fields:/i.test(line)) {
            headerLine = line.slice(8).trim()
            setNames(parseCsvLine(headerLine) ?? headerLine.split(','))
          }
          return
        }
        if (line.length === 0) return
        if (names === null) {
          headerLine = line
          setNames(parseCsvLine(line) ?? line.split(','))
          return
        }
        if (line === headerLine) return
        const f = parseCsvLine(line)
        if (f === null) {
          bad(n)
          return
        }
        r.records++
        const cols = names as string[]
        const ts = iTs >= 0 ? (f[iTs] ?? null) : null
        for (let i = 0; i < f.length; i++) {
          const v = f[i]!
          const k = matcher.match(v)
          if (k >= 0) hit(n, cols[i] ?? `column${i + 1}`, v, k, ts)
          else if (v.length > 7 && v.includes(',')) listParts(v, n, cols[i] ?? `column${i + 1}`, ts)
        }
        return
      }
      case 'jsonl': {
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
        return
      }
      default: {
        if (line.length === 0) return
        r.records++
        textTokens(line, n, 0, r.format === 'syslog' ? 'message' : 'text')
      }
    }
  }

  const listParts = (v: string, n: number, field: string, ts: string | null) => {
    for (const part of v.split(',')) {
      const p = part.replaceAll('+', ' ').trim()
      const k = matcher.match(p)
      if (k >= 0) hit(n, field, p, k, ts)
    }
  }

  const summary = await forEachLine(path, onLine, {
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

function w3cTime(line: string, iDate: number, iTime: number): string | null {
  const f = line.split(' ')
  const d = f[iDate]
  const t = f[iTime]
  return d && t ? `${d}T${t}Z` : null
}
