// Line rules for the Exchange log sources (spec §3.1–3.4, detections §4.1–4.6 and §4.8). One scanner per file keeps
// the directive state (#Fields) and turns each data line into zero or more findings. Cheap pre-filters run before
// any field parsing (spec §9): most IIS and HttpProxy lines are rejected after a few string tests.
import { parseCsvLine } from '../logs/csv.ts'
import { isoUtc, percentDecode, truncate } from '../logs/text.ts'
import { finding, type RecordContext } from './catalog.ts'
import type { IocTables } from './tables.ts'
import type { Finding, IocMatch } from './types.ts'

/** Per-file counters folded into the coverage report. */
export interface FileStats {
  lines: number
  malformed: number
  malformedLines: number[]
  earliest: string | null
  latest: string | null
}

export function newStats(): FileStats {
  return { lines: 0, malformed: 0, malformedLines: [], earliest: null, latest: null }
}

function malformed(stats: FileStats, line: number): void {
  stats.malformed++
  if (stats.malformedLines.length < 50) stats.malformedLines.push(line)
}

// Timestamps of one source share a format, so plain string order is time order; only the extremes are kept.
function seen(stats: FileStats, ts: string | null): void {
  if (ts === null) return
  if (stats.earliest === null || ts < stats.earliest) stats.earliest = ts
  if (stats.latest === null || ts > stats.latest) stats.latest = ts
}

/** What every scanner needs. */
export interface ScanContext {
  host: string
  /** Reported file name (relative to the collection, `/` separators). */
  file: string
  iocs: IocTables
  /** Lower-cased install roots, each ending in `\`. */
  installRoots: string[]
  findings: Finding[]
  stats: FileStats
}

export type LineScanner = ((line: string, lineNo: number) => void) & {
  /**
   * The same scanner over the line's bytes `buf[start, end)` (optional): it may reject most lines without making
   * a string, and hands the others to the string scanner's rules.
   */
  bytes?: (buf: Buffer, start: number, end: number, lineNo: number) => void
  /** Called once after the last line (optional): folds what the byte path kept as numbers into the stats. */
  finish?: () => void
}

/** The number written by the `n` ASCII digits at buf[s], or -1 when one of them is not a digit. */
function digits(buf: Buffer, s: number, n: number): number {
  let v = 0
  for (let i = s; i < s + n; i++) {
    const c = buf[i]! - 48
    if (c < 0 || c > 9) return -1
    v = v * 10 + c
  }
  return v
}

const pad = (v: number, n: number) => String(v).padStart(n, '0')

/**
 * Earliest and latest of the fixed-width timestamps of a file, kept as numbers (the date as YYYYMMDD, the time as
 * HHMMSS or HHMMSSmmm) so that the byte path makes no string per line. For digits of one fixed width, numeric
 * order is the string order `seen` uses, so folding the two texts into the stats at the end gives what `seen`
 * would have given line by line.
 */
class Extremes {
  minHi = Number.POSITIVE_INFINITY
  minLo = Number.POSITIVE_INFINITY
  maxHi = -1
  maxLo = -1

  add(hi: number, lo: number): void {
    if (hi < this.minHi || (hi === this.minHi && lo < this.minLo)) {
      this.minHi = hi
      this.minLo = lo
    }
    if (hi > this.maxHi || (hi === this.maxHi && lo > this.maxLo)) {
      this.maxHi = hi
      this.maxLo = lo
    }
  }

  fold(stats: FileStats, text: (hi: number, lo: number) => string): void {
    if (this.maxHi < 0) return
    seen(stats, text(this.minHi, this.minLo))
    seen(stats, text(this.maxHi, this.maxLo))
  }
}

/** Bytes String.prototype.trim removes from a latin1 string. */
const isTrimmed = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 160

/** FNV-1a over buf[s, e). */
function fnv(buf: Buffer, s: number, e: number): number {
  let h = 0x811c9dc5
  for (let i = s; i < e; i++) h = Math.imul(h ^ buf[i]!, 0x01000193)
  return h >>> 0
}

/** FNV-1a hashes of the IOC addresses, so that a field is made a string only when its hash is one of them. */
function ipHashSet(ipSet: Map<string, unknown>): Set<number> {
  return new Set(
    [...ipSet.keys()].map((ip) => {
      const b = Buffer.from(ip, 'latin1')
      return fnv(b, 0, b.length)
    }),
  )
}

/** `YYYY-MM-DD` at buf[s, e) as YYYYMMDD, or -1. */
function dateKey(buf: Buffer, s: number, e: number): number {
  if (e - s !== 10 || buf[s + 4] !== 45 || buf[s + 7] !== 45) return -1
  const y = digits(buf, s, 4)
  const m = digits(buf, s + 5, 2)
  const d = digits(buf, s + 8, 2)
  return y < 0 || m < 0 || d < 0 ? -1 : y * 10000 + m * 100 + d
}

/** `HH:MM:SS` at buf[s] as HHMMSS (each part within its range when `strict`), or -1. */
function timeKey(buf: Buffer, s: number, strict: boolean): number {
  if (buf[s + 2] !== 58 || buf[s + 5] !== 58) return -1
  const h = digits(buf, s, 2)
  const m = digits(buf, s + 3, 2)
  const x = digits(buf, s + 6, 2)
  if (h < 0 || m < 0 || x < 0 || (strict && (h > 23 || m > 59 || x > 59))) return -1
  return h * 10000 + m * 100 + x
}

const dateText = (hi: number) =>
  `${pad(Math.floor(hi / 10000), 4)}-${pad(Math.floor(hi / 100) % 100, 2)}-${pad(hi % 100, 2)}`
const timeText = (lo: number) =>
  `${pad(Math.floor(lo / 10000), 2)}:${pad(Math.floor(lo / 100) % 100, 2)}:${pad(lo % 100, 2)}`

const EVIDENCE_MAX = 4096
const SERVER_SIDE = /\.(aspx|ashx|asmx|asp|asax|ascx|cshtml)$/
/** Server-side extensions of spec §4.5 (lower-case test). */
export function isServerSide(lowerName: string): boolean {
  return SERVER_SIDE.test(lowerName)
}

/** OWA pages that ship in owa\auth\ (spec §4.5, IIS-003); configurable by editing this list. */
export const OWA_ALLOW_LIST = new Set(
  [
    'errorFE.aspx',
    'ExpiredPassword.aspx',
    'frowny.aspx',
    'logoff.aspx',
    'logon.aspx',
    'OutlookCN.aspx',
    'RedirSuiteServiceProxy.aspx',
    'signout.aspx',
  ].map((s) => s.toLowerCase()),
)

const dash = (v: string | undefined): string => (v === undefined || v === '-' ? '' : v)

// ---------------------------------------------------------------------------------------------------------------
// IIS W3C (§3.1)

const IIS_OS_COMMANDS = [
  /\bcmd(\.exe)?\s+\/[ckr]\b/i,
  /\bpowershell(\.exe)?\s+-/i,
  /\bwhoami\b/i,
  /\bnet1?(\.exe)?\s+(user|group|localgroup)\b/i,
  /\bnltest\b/i,
  /\bdsquery\b/i,
  /\btasklist\b/i,
  /\bipconfig\b/i,
  /\bsysteminfo\b/i,
  /\bquser\b/i,
  /\bcertutil\b/i,
  /\bwmic\b/i,
  /\bprocdump/i,
  /\bcomsvcs\b/i,
  /\bwscript\.shell\b/i,
  /\bactivexobject\b/i,
]
/** Every IIS_OS_COMMANDS alternative in one regex (all are case-insensitive). */
const IIS_OS_ANY = new RegExp(IIS_OS_COMMANDS.map((r) => `(?:${r.source})`).join('|'), 'i')
const PROXYSHELL_MARKERS = ['email=autodiscover/autodiscover.json', '/powershell', '/mapi/', '/ews', 'x-rps-cat']
const OWA_VERSION_DIR = /^\/owa\/auth\/(current|\d+\.\d+\.\d+(\.\d+)?)\/.*/
const ECP_SHORT_JS = /^\/ecp\/[a-z0-9]{1,3}\.js$/

/** The query test of EXH-PS-001/002: decoded once, an '@' and one of the back-end markers. */
function proxyShellQuery(queryRaw: string): boolean {
  const q = percentDecode(queryRaw).toLowerCase()
  return q.includes('@') && PROXYSHELL_MARKERS.some((m) => q.includes(m))
}

function iisDropLocation(stem: string): boolean {
  if (stem.startsWith('/aspnet_client/')) return isServerSide(stem)
  if (stem.startsWith('/owa/auth/')) {
    const name = stem.slice('/owa/auth/'.length)
    if (!name.includes('/')) return isServerSide(name) && !OWA_ALLOW_LIST.has(name)
    return OWA_VERSION_DIR.test(stem) && isServerSide(stem)
  }
  if (stem.startsWith('/ecp/auth/')) {
    const name = stem.slice('/ecp/auth/'.length)
    return name !== '' && !name.includes('/') && name !== 'timeoutlogoff.aspx'
  }
  if (stem.startsWith('/oab/')) return isServerSide(stem)
  return false
}

function basename(p: string): string {
  const i = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'))
  return i < 0 ? p : p.slice(i + 1)
}

/** The byte tests of the IIS pre-filter: ASCII case-insensitive prefix / suffix of buf[s, e). */
function startsWithCi(buf: Buffer, s: number, e: number, lower: string): boolean {
  const n = lower.length
  if (e - s < n) return false
  for (let i = 0; i < n; i++) {
    let c = buf[s + i]!
    if (c >= 65 && c <= 90) c += 32
    if (c !== lower.charCodeAt(i)) return false
  }
  return true
}

const SERVER_SIDE_EXT = new Set(['aspx', 'ashx', 'asmx', 'asp', 'asax', 'ascx', 'cshtml'])

function serverSideBytes(buf: Buffer, s: number, e: number): boolean {
  let dot = e - 1
  while (dot >= s && dot > e - 8 && buf[dot] !== 46) dot--
  if (dot < s || buf[dot] !== 46) return false
  return SERVER_SIDE_EXT.has(buf.toString('latin1', dot + 1, e).toLowerCase())
}

/** Compare `date time` fields of a line with an ISO `YYYY-MM-DDTHH:MM:SSZ` text built from them (as strings do). */
function compareTs(buf: Buffer, ds: number, de: number, ts: number, te: number, iso: string): number {
  const n = iso.length
  let k = 0
  for (let i = ds; i < de; i++, k++) {
    const d = buf[i]! - (k < n ? iso.charCodeAt(k) : -1)
    if (d !== 0) return d
  }
  let d = 84 /* T */ - (k < n ? iso.charCodeAt(k) : -1)
  k++
  if (d !== 0) return d
  for (let i = ts; i < te; i++, k++) {
    d = buf[i]! - (k < n ? iso.charCodeAt(k) : -1)
    if (d !== 0) return d
  }
  d = 90 /* Z */ - (k < n ? iso.charCodeAt(k) : -1)
  k++
  if (d !== 0) return d
  return k === n ? 0 : -1
}

function hasByte(buf: Buffer, s: number, e: number, c: number): boolean {
  for (let i = s; i < e; i++) if (buf[i] === c) return true
  return false
}

/**
 * Does buf[s, e) contain one of a few byte strings? One pass over the bytes: positions whose first two bytes start
 * no needle are passed over with a table lookup (a search per needle would cost a call and a copy each).
 */
class NeedleSet {
  private readonly group = new Int16Array(65536).fill(-1)
  private readonly groups: Buffer[][] = []
  /** Needles shorter than two bytes (searched one by one). */
  private readonly short: Buffer[] = []

  constructor(needles: readonly Buffer[]) {
    for (const n of needles) {
      if (n.length < 2) {
        this.short.push(n)
        continue
      }
      const code = (n[0]! << 8) | n[1]!
      let g = this.group[code]!
      if (g < 0) {
        g = this.groups.length
        this.group[code] = g
        this.groups.push([])
      }
      this.groups[g]!.push(n)
    }
  }

  foundIn(buf: Buffer, s: number, e: number): boolean {
    for (const n of this.short) if (n.length === 0 || buf.subarray(s, e).includes(n)) return true
    for (let i = s; i + 1 < e; i++) {
      const g = this.group[(buf[i]! << 8) | buf[i + 1]!]!
      if (g < 0) continue
      for (const n of this.groups[g]!) {
        if (i + n.length > e) continue
        let k = 2
        while (k < n.length && buf[i + k] === n[k]) k++
        if (k === n.length) return true
      }
    }
    return false
  }
}

/** A scanner for one IIS W3C log file. */
export function iisScanner(ctx: ScanContext): LineScanner {
  let fields: string[] | null = null
  // Column indexes of the current #Fields block (-1 when absent).
  let ix: Record<string, number> = {}
  const col = (name: string) => ix[name] ?? -1
  let iDate = -1
  let iTime = -1
  let iMethod = -1
  let iStem = -1
  let iQuery = -1
  let iCip = -1
  let iUa = -1
  let iCookie = -1
  let iStatus = -1
  let iXff = -1
  let iUser = -1
  const { iocs, stats } = ctx
  const uaNeedles = iocs.userAgents
  const ipSet = iocs.ip
  // Byte forms for the pre-filter: user agents as logged ('+' for spaces), and the lengths of the IOC paths.
  const uaNeedleBytes = new NeedleSet(uaNeedles.map((n) => Buffer.from(n.needle.replaceAll(' ', '+'), 'utf8')))
  const uriLengths = new Set([...iocs.uriPath.keys()].map((k) => Buffer.byteLength(k, 'utf8')))
  const scan: LineScanner = (line, lineNo) => {
    stats.lines++
    if (line.charCodeAt(0) === 35 /* # */) {
      if (line.startsWith('#Fields:')) {
        fields = line.slice(8).trim().split(/\s+/)
        ix = {}
        fields.forEach((f, i) => {
          ix[f.toLowerCase()] = i
        })
        iDate = col('date')
        iTime = col('time')
        iMethod = col('cs-method')
        iStem = col('cs-uri-stem')
        iQuery = col('cs-uri-query')
        iCip = col('c-ip')
        iUa = col('cs(user-agent)')
        iCookie = col('cs(cookie)')
        iStatus = col('sc-status')
        iXff = col('x-forwarded-for') >= 0 ? col('x-forwarded-for') : col('cs(x-forwarded-for)')
        iUser = col('cs-username')
      }
      return
    }
    if (line.length === 0) return
    if (fields === null) {
      malformed(stats, lineNo)
      return
    }
    const f = line.split(' ')
    if (f.length !== fields.length) {
      malformed(stats, lineNo)
      return
    }
    const date = f[iDate] ?? ''
    const time = f[iTime] ?? ''
    const ts = iDate >= 0 && iTime >= 0 ? `${date}T${time}Z` : null
    seen(stats, ts)
    rules(line, lineNo, f, ts)
  }

  // Field positions of the current byte line: starts and ends by column.
  let fs = new Int32Array(64)
  let fe = new Int32Array(64)
  const times = new Extremes()
  scan.finish = () => times.fold(stats, (hi, lo) => `${dateText(hi)}T${timeText(lo)}Z`)
  const ipHashes = ipHashSet(ipSet)
  scan.bytes = (buf, start, end, lineNo) => {
    if (start === end || buf[start] === 35 || fields === null) {
      scan(buf.toString('utf8', start, end), lineNo)
      return
    }
    stats.lines++
    const cols = fields.length
    if (cols > fs.length) {
      fs = new Int32Array(cols * 2)
      fe = new Int32Array(cols * 2)
    }
    let n = 0
    let p = start
    for (;;) {
      let e = buf.indexOf(32, p)
      if (e < 0 || e > end) e = end
      if (n < cols) {
        fs[n] = p
        fe[n] = e
      }
      n++
      if (e >= end) break
      p = e + 1
    }
    if (n !== cols) {
      malformed(stats, lineNo)
      return
    }
    if (iDate >= 0 && iTime >= 0) {
      const ds = fs[iDate]!
      const de = fe[iDate]!
      const ts0 = fs[iTime]!
      const te = fe[iTime]!
      const hi = dateKey(buf, ds, de)
      const lo = hi >= 0 && te - ts0 === 8 ? timeKey(buf, ts0, false) : -1
      if (lo >= 0) times.add(hi, lo)
      else {
        if (stats.earliest === null || compareTs(buf, ds, de, ts0, te, stats.earliest) < 0)
          stats.earliest = `${buf.toString('latin1', ds, de)}T${buf.toString('latin1', ts0, te)}Z`
        if (stats.latest === null || compareTs(buf, ds, de, ts0, te, stats.latest) > 0)
          stats.latest = `${buf.toString('latin1', ds, de)}T${buf.toString('latin1', ts0, te)}Z`
      }
    }
    // The pre-filter of the string rules below, on bytes; only lines that pass become strings.
    let interesting = false
    if (iMethod >= 0 && fe[iMethod]! - fs[iMethod]! === 4 && startsWithCi(buf, fs[iMethod]!, fe[iMethod]!, 'post')) {
      // A POST matters to IIS-001 (IOC path, /ecp/x.js, /owa/auth/Current/) and IIS-002 (IOC user agent on
      // OWA/ECP/aspnet_client); the other rules are covered by the tests below.
      const a = iStem >= 0 ? fs[iStem]! : 0
      const b = iStem >= 0 ? fe[iStem]! : 0
      if (startsWithCi(buf, a, b, '/ecp/') || startsWithCi(buf, a, b, '/owa/auth/current/')) interesting = true
      else if (uriLengths.has(b - a) && iocs.uriPath.has(buf.toString('utf8', a, b).toLowerCase())) interesting = true
      else if (iUa >= 0 && (startsWithCi(buf, a, b, '/owa/') || startsWithCi(buf, a, b, '/aspnet_client/'))) {
        if (uaNeedleBytes.foundIn(buf, fs[iUa]!, fe[iUa]!)) interesting = true
      }
    }
    if (!interesting && iCookie >= 0) {
      const a = fs[iCookie]!
      const b = fe[iCookie]!
      if (b > a && !(b - a === 1 && buf[a] === 45)) interesting = true
    }
    if (!interesting && iStem >= 0) {
      const a = fs[iStem]!
      const b = fe[iStem]!
      if (hasByte(buf, a, b, 37 /* % */)) interesting = true
      else if (
        startsWithCi(buf, a, b, '/aspnet_client/') ||
        startsWithCi(buf, a, b, '/owa/auth/') ||
        startsWithCi(buf, a, b, '/ecp/auth/') ||
        startsWithCi(buf, a, b, '/oab/') ||
        startsWithCi(buf, a, b, '/autodiscover/autodiscover.json') ||
        serverSideBytes(buf, a, b)
      )
        interesting = stemRulesMayFire(buf, a, b, fs, fe)
    }
    if (!interesting && ipSet.size > 0) {
      if (
        iCip >= 0 &&
        ipHashes.has(fnv(buf, fs[iCip]!, fe[iCip]!)) &&
        ipSet.has(buf.toString('latin1', fs[iCip]!, fe[iCip]!))
      )
        interesting = true
      else if (iXff >= 0 && fe[iXff]! > fs[iXff]!) {
        const x = buf.toString('utf8', fs[iXff]!, fe[iXff]!)
        if (x !== '-' && xffHasIoc(x, ipSet)) interesting = true
      }
    }
    if (!interesting) return
    const line = buf.toString('utf8', start, end)
    const f = line.split(' ')
    const ts = iDate >= 0 && iTime >= 0 ? `${f[iDate] ?? ''}T${f[iTime] ?? ''}Z` : null
    rules(line, lineNo, f, ts)
  }
  return scan

  /**
   * Could IIS-003, IIS-004 or PS-001/002 fire for this stem (no '%' in it, so the decoded stem is the stem)? The
   * rules' own conditions, on the stem and query only: a common page under /owa/auth/ then costs no line string.
   */
  function stemRulesMayFire(buf: Buffer, a: number, b: number, fs: Int32Array, fe: Int32Array): boolean {
    const stemL = buf.toString('utf8', a, b).toLowerCase()
    const q = iQuery >= 0 ? buf.toString('utf8', fs[iQuery]!, fe[iQuery]!) : ''
    const query = q === '-' ? '' : q
    if (query !== '' && stemL === '/autodiscover/autodiscover.json' && proxyShellQuery(query)) return true
    if (query !== '' && isServerSide(stemL) && IIS_OS_ANY.test(percentDecode(query.replaceAll('+', ' ')))) return true
    if (!iisDropLocation(stemL)) return false
    const status = Number.parseInt(iStatus >= 0 ? buf.toString('utf8', fs[iStatus]!, fe[iStatus]!) : '', 10)
    return status >= 200 && status <= 299
  }

  function rules(line: string, lineNo: number, f: string[], ts: string | null): void {
    if (fields === null) return
    const method = f[iMethod] ?? ''
    const stemRaw = f[iStem] ?? ''
    const cookieRaw = iCookie >= 0 ? dash(f[iCookie]) : ''
    const cip = dash(f[iCip])
    const xffRaw = iXff >= 0 ? dash(f[iXff]) : ''
    const ipHit = ipSet.size > 0 && (ipSet.has(cip) || (xffRaw !== '' && xffHasIoc(xffRaw, ipSet)))
    const isPost = method.length === 4 && method.toUpperCase() === 'POST'
    // Pre-filter: every IIS rule needs one of these (§9).
    const lowerStemRaw = stemRaw.toLowerCase()
    const interesting =
      ipHit ||
      isPost ||
      cookieRaw !== '' ||
      lowerStemRaw.startsWith('/aspnet_client/') ||
      lowerStemRaw.startsWith('/owa/auth/') ||
      lowerStemRaw.startsWith('/ecp/auth/') ||
      lowerStemRaw.startsWith('/oab/') ||
      lowerStemRaw.startsWith('/autodiscover/autodiscover.json') ||
      lowerStemRaw.includes('%') ||
      SERVER_SIDE.test(lowerStemRaw)
    if (!interesting) return

    const stem = percentDecode(stemRaw)
    const stemL = stem.toLowerCase()
    const queryRaw = dash(f[iQuery])
    const ua = dash(f[iUa]).replaceAll('+', ' ')
    const statusNum = Number.parseInt(f[iStatus] ?? '', 10)
    const status = Number.isNaN(statusNum) ? null : statusNum
    const xffList = xffRaw === '' ? [] : xffRaw.split(',').map((s) => s.replaceAll('+', ' ').trim())
    const clientIp = xffList.length > 0 && xffList[0] !== '' ? xffList[0]! : cip
    const rctx: RecordContext = { host: ctx.host, file: ctx.file, line: lineNo, type: 'iis' }
    const base = {
      timestamp: ts,
      clientIp: clientIp === '' ? null : clientIp,
      userAgent: ua === '' ? null : ua,
      method: method === '' ? null : method,
      path: stem === '' ? null : stem,
      query: queryRaw === '' ? null : queryRaw,
      status,
      user: iUser >= 0 && dash(f[iUser]) !== '' ? dash(f[iUser]) : null,
      evidence: truncate(line, EVIDENCE_MAX),
    }
    const out = ctx.findings

    // EXH-PL-007: SSRF cookie.
    if (cookieRaw !== '') {
      let hit: { name: string; value: string } | null = null
      for (const part of cookieRaw.replaceAll('+', ' ').split(';')) {
        const eq = part.indexOf('=')
        if (eq < 0) continue
        const name = part.slice(0, eq).trim().toLowerCase()
        const value = part.slice(eq + 1).trim()
        if (
          (name === 'x-beresource' && /.+\/.+~.+/.test(value)) ||
          (name === 'x-anonresource-backend' && value.includes('/'))
        ) {
          hit = { name: part.slice(0, eq).trim(), value }
          break
        }
      }
      if (hit) out.push(finding('EXH-PL-007', rctx, { ...base, extracted: { cookie: hit.name, value: hit.value } }))
    }

    if (isPost) {
      // EXH-IIS-001: POST to a static resource or SSRF decoy.
      const uriRows = iocs.uriPath.get(stemL)
      if (uriRows || ECP_SHORT_JS.test(stemL) || stemL.startsWith('/owa/auth/current/')) {
        out.push(finding('EXH-IIS-001', rctx, { ...base, iocMatches: uriRows ? [...uriRows] : [] }))
      }
      // EXH-IIS-002: HAFNIUM user agent on a POST to OWA/ECP/aspnet_client.
      if (
        ua !== '' &&
        (stemL.startsWith('/owa/') || stemL.startsWith('/ecp/') || stemL.startsWith('/aspnet_client/'))
      ) {
        const rows: IocMatch[] = []
        for (const n of uaNeedles) if (ua.includes(n.needle)) rows.push(n.row)
        if (rows.length > 0) out.push(finding('EXH-IIS-002', rctx, { ...base, iocMatches: rows }))
      }
    }

    // EXH-IIS-003: successful request to a page in a web-shell drop location.
    if (status !== null && status >= 200 && status <= 299 && iisDropLocation(stemL)) {
      const rows = iocs.filename.get(basename(stemL))
      out.push(finding('EXH-IIS-003', rctx, { ...base, iocMatches: rows ? [...rows] : [] }))
    }

    // EXH-IIS-004: OS commands in the query of a server-side page.
    if (queryRaw !== '' && isServerSide(stemL)) {
      const q = percentDecode(queryRaw.replaceAll('+', ' '))
      // One pass with the union first: nearly every query has none of the commands.
      const re = IIS_OS_ANY.test(q) ? IIS_OS_COMMANDS.find((r) => r.test(q)) : undefined
      if (re) out.push(finding('EXH-IIS-004', rctx, { ...base, extracted: { decodedQuery: truncate(q, 1024) } }))
    }

    // EXH-PS-001/002: ProxyShell.
    if (stemL === '/autodiscover/autodiscover.json' && queryRaw !== '') {
      const q = percentDecode(queryRaw).toLowerCase()
      if (proxyShellQuery(queryRaw)) {
        const ok = status === 200 || status === 301 || status === 302
        const id = ok ? 'EXH-PS-001' : 'EXH-PS-002'
        const cves = ['CVE-2021-34473']
        if (ok && (q.includes('/powershell') || q.includes('x-rps-cat'))) cves.push('CVE-2021-34523')
        out.push(finding(id, rctx, { ...base, cves }))
      }
    }

    // EXH-IOC-001: published source IP.
    if (ipHit) {
      const rows: IocMatch[] = []
      for (const ip of [cip, ...xffList]) for (const r of ipSet.get(ip) ?? []) if (!rows.includes(r)) rows.push(r)
      out.push(finding('EXH-IOC-001', rctx, { ...base, iocMatches: rows }))
    }
  }
}
function xffHasIoc(xff: string, ipSet: Map<string, unknown>): boolean {
  for (const part of xff.split(',')) if (ipSet.has(part.replaceAll('+', ' ').trim())) return true
  return false
}

// ---------------------------------------------------------------------------------------------------------------
// Exchange CSV logs with a bare header line and/or a #Fields: directive (§3.2, §3.3)

interface CsvState {
  header: string[] | null
  headerLine: string | null
  ix: Map<string, number>
}

/** Feed one line to a CSV-log header state; returns the parsed fields of a data line, 'skip', or 'malformed'. */
function csvLine(state: CsvState, line: string, lineNo: number): string[] | 'skip' | 'malformed' {
  if (line.charCodeAt(0) === 35) {
    if (/^#Fields:/i.test(line)) setHeader(state, line.slice(8).trim())
    return 'skip'
  }
  if (line.length === 0) return 'skip'
  if (state.header === null) {
    // A bare header line (what lets Import-Csv read the file) is only accepted as the very first line.
    if (lineNo === 1) {
      setHeader(state, line)
      return 'skip'
    }
    return 'malformed'
  }
  if (line === state.headerLine) return 'skip'
  const f = parseCsvLine(line)
  return f === null ? 'malformed' : f
}

/**
 * Walk the CSV fields of buf[start, end) as parseCsvLine would: 'malformed' where it returns null (a quote left open,
 * or text after a closing quote); 'quoted' when field `a` or `b` is quoted (the caller then parses the string);
 * otherwise the byte ranges of fields a and b go to out[0..3] (-1 when the line has fewer fields).
 */
function csvFieldRanges(
  buf: Buffer,
  start: number,
  end: number,
  a: number,
  b: number,
  out: Int32Array,
): 'ok' | 'quoted' | 'malformed' {
  out.fill(-1)
  let quotedWanted = false
  let i = start
  for (let col = 0; ; col++) {
    let fs = i
    let fe: number
    if (i < end && buf[i] === 34) {
      let j = i + 1
      for (;;) {
        j = buf.indexOf(34, j)
        if (j < 0 || j >= end) return 'malformed'
        if (buf[j + 1] === 34 && j + 1 < end) j += 2
        else {
          j++
          break
        }
      }
      if (col === a || col === b) quotedWanted = true
      fs = i
      fe = j
      if (j < end && buf[j] !== 44) return 'malformed'
      i = j
    } else {
      let j = buf.indexOf(44, i)
      if (j < 0 || j > end) j = end
      fe = j
      i = j
    }
    if (col === a) {
      out[0] = fs
      out[1] = fe
    }
    if (col === b) {
      out[2] = fs
      out[3] = fe
    }
    if (i >= end) break
    i++
    if (col >= a && col >= b) return csvTailOk(buf, i, end) ? (quotedWanted ? 'quoted' : 'ok') : 'malformed'
  }
  return quotedWanted ? 'quoted' : 'ok'
}

/**
 * Is the rest of a CSV line, from the field start `i`, well-formed for parseCsvLine? Only quoted fields can be
 * malformed, so the walk jumps from quote to quote: a quote right after a separator opens a field that must close,
 * followed by a comma or the end; any other quote is a literal in an unquoted field.
 */
function csvTailOk(buf: Buffer, i: number, end: number): boolean {
  let p = i
  for (;;) {
    const q = buf.indexOf(34, p)
    if (q < 0 || q >= end) return true
    if (q !== i && buf[q - 1] !== 44) {
      p = q + 1
      continue
    }
    let j = q + 1
    for (;;) {
      j = buf.indexOf(34, j)
      if (j < 0 || j >= end) return false
      if (buf[j + 1] === 34 && j + 1 < end) j += 2
      else {
        j++
        break
      }
    }
    if (j < end && buf[j] !== 44) return false
    p = j
  }
}

/** ServerInfo~ anywhere in the line, any case (the HttpProxy pre-filter). */
function hasServerInfoAnchor(buf: Buffer, start: number, end: number): boolean {
  for (let i = start + 10; i < end; i++) {
    i = buf.indexOf(126, i)
    if (i < 0 || i >= end) return false
    let k = 0
    while (k < 10) {
      let c = buf[i - 10 + k]!
      if (c >= 65 && c <= 90) c += 32
      if (c !== 'serverinfo'.charCodeAt(k)) break
      k++
    }
    if (k === 10) return true
  }
  return false
}

function setHeader(state: CsvState, text: string): void {
  state.headerLine = text
  state.header = parseCsvLine(text) ?? text.split(',')
  state.ix = new Map(state.header.map((h, i) => [h.trim().toLowerCase(), i]))
}

/** A scanner for one HttpProxy log; `protocol` is the parent folder name. */
export function httpProxyScanner(ctx: ScanContext, protocol: string): LineScanner {
  const state: CsvState = { header: null, headerLine: null, ix: new Map() }
  const isEcp = protocol.toLowerCase() === 'ecp'
  const { stats, iocs } = ctx
  const ipSet = iocs.ip
  const scan: LineScanner = (line, lineNo) => {
    stats.lines++
    const f = csvLine(state, line, lineNo)
    if (f === 'skip') return
    if (f === 'malformed') {
      malformed(stats, lineNo)
      return
    }
    const i = state.ix.get('datetime')
    const ts = isoUtc(i === undefined ? '' : (f[i] ?? ''))
    seen(stats, ts)
    rules(line, lineNo, f, ts)
  }
  let headerText: string | null = null
  let headerLen = -1
  const headerBytes = (st: CsvState) => {
    if (st.headerLine !== headerText) {
      headerText = st.headerLine
      headerLen = headerText === null ? -1 : Buffer.byteLength(headerText)
    }
    return headerLen
  }
  // Byte path: a quote-aware walk over the line finds the DateTime and ClientIpAddress fields and checks that the
  // line is well-formed CSV; only lines with a ServerInfo~ anchor or an IOC address become strings and get parsed.
  const ranges = new Int32Array(4)
  scan.bytes = (buf, start, end, lineNo) => {
    const iDt = state.ix.get('datetime') ?? -1
    const iCip = state.ix.get('clientipaddress') ?? -1
    if (
      state.header === null ||
      start === end ||
      buf[start] === 35 ||
      (state.headerLine !== null && end - start === headerBytes(state))
    ) {
      scan(buf.toString('utf8', start, end), lineNo)
      return
    }
    const ok = csvFieldRanges(buf, start, end, iDt, iCip, ranges)
    if (ok === 'malformed') {
      stats.lines++
      malformed(stats, lineNo)
      return
    }
    if (ok === 'quoted' || hasServerInfoAnchor(buf, start, end)) {
      scan(buf.toString('utf8', start, end), lineNo)
      return
    }
    // An IOC address? Hashed on the bytes first: a string only when the hash is one of an IOC's.
    if (ipSet.size > 0 && ranges[2]! >= 0) {
      let a = ranges[2]!
      let b = ranges[3]!
      while (a < b && isTrimmed(buf[a]!)) a++
      while (b > a && isTrimmed(buf[b - 1]!)) b--
      if (ipHashes.has(fnv(buf, a, b)) && ipSet.has(buf.toString('latin1', a, b))) {
        scan(buf.toString('utf8', start, end), lineNo)
        return
      }
    }
    stats.lines++
    const ds = ranges[0]!
    if (ds >= 0) {
      // Exchange's own `YYYY-MM-DDTHH:MM:SS.mmmZ` on a date already seen valid is its own isoUtc: kept as numbers.
      const hi =
        ranges[1]! - ds === 24 && buf[ds + 10] === 84 && buf[ds + 23] === 90 && buf[ds + 19] === 46
          ? dateKey(buf, ds, ds + 10)
          : -1
      const t = hi >= 0 && hi === validDate ? timeKey(buf, ds + 11, true) : -1
      const ms = t >= 0 ? digits(buf, ds + 20, 3) : -1
      if (ms >= 0) {
        times.add(hi, t * 1000 + ms)
        return
      }
      const text = buf.toString('latin1', ds, ranges[1]!)
      const iso = isoUtc(text)
      if (iso !== null && iso === text && hi >= 0) validDate = hi
      seen(stats, iso)
    } else seen(stats, isoUtc(''))
  }
  const ipHashes = new Set(
    [...ipSet.keys()].map((ip) => {
      const b = Buffer.from(ip, 'latin1')
      return fnv(b, 0, b.length)
    }),
  )
  let validDate = -1
  const times = new Extremes()
  scan.finish = () =>
    times.fold(stats, (hi, lo) => `${dateText(hi)}T${timeText(Math.floor(lo / 1000))}.${pad(lo % 1000, 3)}Z`)
  return scan

  function rules(line: string, lineNo: number, f: string[], ts: string | null): void {
    const get = (name: string): string => {
      const i = state.ix.get(name)
      return i === undefined ? '' : (f[i] ?? '')
    }
    const cip = get('clientipaddress').trim()
    const ipRows = ipSet.get(cip)
    // Pre-filter (§9, as Test-ProxyLogon does): the SSRF rules need the ServerInfo~ anchor.
    const anchorCandidate = /serverinfo~/i.test(line)
    if (!anchorCandidate && !ipRows) return
    const a = get('anchormailbox')
    const rctx: RecordContext = { host: ctx.host, file: ctx.file, line: lineNo, type: 'httpproxy' }
    const statusText = get('httpstatus').trim()
    const statusNum = Number.parseInt(statusText, 10)
    const user = get('authenticateduser')
    const base = {
      timestamp: ts,
      clientIp: cip === '' ? null : cip,
      userAgent: get('useragent') || null,
      method: get('method') || null,
      path: get('urlstem') || null,
      query: get('urlquery') || null,
      status: Number.isNaN(statusNum) ? null : statusNum,
      user: user === '' ? null : user,
      evidence: truncate(line, EVIDENCE_MAX),
    }
    const extracted = {
      protocol,
      anchorMailbox: a,
      routingHint: get('routinghint') || null,
      requestId: get('requestid') || null,
      authenticatedUser: user === '' ? null : user,
      targetServer: get('targetserver') || null,
    }
    if (/^ServerInfo~.*\//i.test(a) && !/^ServerInfo~localhost.*\//i.test(a)) {
      const after = a.slice('ServerInfo~'.length).toLowerCase()
      const id = after.includes('/autodiscover') ? 'EXH-PL-002' : 'EXH-PL-001'
      ctx.findings.push(finding(id, rctx, { ...base, extracted }))
    }
    if (isEcp && /^ServerInfo~.*\/.*Reset.*VirtualDirectory#$/i.test(a) && statusText === '200') {
      ctx.findings.push(finding('EXH-PL-003', rctx, { ...base, extracted }))
    }
    if (ipRows) ctx.findings.push(finding('EXH-IOC-001', rctx, { ...base, extracted, iocMatches: [...ipRows] }))
  }
}

/**
 * EXH-PL-004 without one big backtracking regex. The spec's pattern is
 * `Set-\w*VirtualDirectory\b.*?\b\w*Url\s*=.*?<\s*\w+[^>]*>.*?<\s*\/\s*\w+\s*>` (flags `is`); matching its parts
 * left to right, each at its earliest position, accepts exactly the same strings (an earlier part never makes a
 * later one impossible) and stays linear on hostile input such as 10 KB of `<` without `>` (GENERATOR-OUTLINE §6).
 */
export function markupInVdirUrl(text: string): boolean {
  const set = /Set-\w*VirtualDirectory\b/gi
  const m1 = set.exec(text)
  if (!m1) return false
  const url = /\b\w*Url\s*=/gi
  url.lastIndex = m1.index + m1[0].length
  const m2 = url.exec(text)
  if (!m2) return false
  const open = /<\s*\w+/g
  open.lastIndex = m2.index + m2[0].length
  const m3 = open.exec(text)
  if (!m3) return false
  const gt = text.indexOf('>', m3.index + m3[0].length)
  if (gt < 0) return false
  const close = /<\s*\/\s*\w+\s*>/g
  close.lastIndex = gt + 1
  return close.test(text)
}

function eventDataValue(data: string, key: string): string | null {
  // EventData is `S:KEY=value;S:KEY=value…`; a value may itself contain `;` (scripts), so cut at the next `;S:`.
  const re = new RegExp(`(?:^|;)S:${key}=`, 'i')
  const m = re.exec(data)
  if (!m) return null
  const start = m.index + m[0].length
  const end = data.indexOf(';S:', start)
  return end < 0 ? data.slice(start) : data.slice(start, end)
}

/** A scanner for one ECP server log. */
export function ecpScanner(ctx: ScanContext): LineScanner {
  const state: CsvState = { header: null, headerLine: null, ix: new Map() }
  const { stats } = ctx
  return (line, lineNo) => {
    stats.lines++
    if (line.charCodeAt(0) === 35) {
      csvLine(state, line, lineNo)
      return
    }
    if (line.length === 0) return
    if (state.header === null && lineNo === 1) {
      csvLine(state, line, lineNo)
      return
    }
    if (line === state.headerLine) return
    const f = parseCsvLine(line)
    let data: string
    let tsText = ''
    let server = ''
    if (f !== null && f.length >= 4) {
      const i = state.ix.get('eventdata') ?? 3
      data = f[i] ?? ''
      tsText = f[state.ix.get('timestamp') ?? 0] ?? ''
      server = f[state.ix.get('servername') ?? 1] ?? ''
    } else {
      // Cannot be parsed into 4 fields: match the whole line (§3.3) and count it.
      malformed(stats, lineNo)
      data = line
      tsText = line.slice(0, Math.max(0, line.indexOf(',')))
    }
    const ts = isoUtc(tsText)
    seen(stats, ts)
    if (!/virtualdirectory/i.test(data)) return
    if (markupInVdirUrl(data)) {
      const rctx: RecordContext = { host: ctx.host, file: ctx.file, line: lineNo, type: 'ecp' }
      const url = eventDataValue(data, 'URL')
      ctx.findings.push(
        finding('EXH-PL-004', rctx, {
          timestamp: ts,
          path: url,
          extracted: { serverName: server || null, cmd: eventDataValue(data, 'CMD'), url },
          evidence: truncate(line, EVIDENCE_MAX),
        }),
      )
    }
  }
}

/** A scanner for one OAB generator log. */
export function oabScanner(ctx: ScanContext): LineScanner {
  const { stats } = ctx
  const prefixes = ctx.installRoots.map((r) => `${r}clientaccess\\oab\\`)
  return (line, lineNo) => {
    stats.lines++
    if (line.charCodeAt(0) === 35 || line.length === 0) return
    const comma = line.indexOf(',')
    const ts = comma > 0 ? isoUtc(line.slice(0, comma)) : null
    seen(stats, ts)
    if (!/Download failed and temporary file/i.test(line)) return
    const m = /Download failed and temporary file\s+(.*?)\s+needs to be removed/i.exec(line)
    let path: string | null = null
    if (m) path = m[1]!.replace(/^['"]+|['"]+$/g, '')
    if (path !== null) {
      const lower = path.toLowerCase()
      if (prefixes.some((p) => lower.startsWith(p))) return
    }
    const rctx: RecordContext = { host: ctx.host, file: ctx.file, line: lineNo, type: 'oab' }
    ctx.findings.push(
      finding('EXH-PL-005', rctx, { timestamp: ts, path, extracted: { path }, evidence: truncate(line, EVIDENCE_MAX) }),
    )
  }
}
