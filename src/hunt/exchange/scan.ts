// The Exchange 2021 pack: walk one collection (spec §2), classify every file, run the log scanners and file rules,
// evaluate builds (§6), then order the findings (§7.2), decide the host verdict (§7.3) and report coverage (§7.4).
import type { Dirent } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { MosaicError } from '../../lib/errors.ts'
import { parseCsvDocument } from '../logs/csv.ts'
import { forEachLineBytes } from '../logs/line-reader.ts'
import { finding } from './catalog.ts'
import { eventScanner } from './event-rules.ts'
import { type CandidateFile, scanCandidate } from './file-rules.ts'
import {
  ecpScanner,
  type FileStats,
  httpProxyScanner,
  iisScanner,
  type LineScanner,
  newStats,
  oabScanner,
  type ScanContext,
} from './log-rules.ts'
import {
  type BuildRow,
  type IocTables,
  loadBuildTable,
  loadIocTables,
  parseBuild,
  productOf,
  vulnerableCves,
} from './tables.ts'
import type { Coverage, CoverageWindow, ExchangeReport, Finding, SourceCoverage, Verdict } from './types.ts'

/** Options of {@link huntExchange}. */
export interface ExchangeHuntOptions {
  /** Extra IOC CSV files (spec §7.5 schema), added to the built-in list. */
  iocFiles?: readonly string[]
  /** Ready IOC tables (overrides iocFiles; for tests and the benchmark). */
  iocs?: IocTables
  /** Coverage windows (spec §7.4), ISO dates; defaults are ProxyLogon 2021-01-01→03-31 and ProxyShell 08-01→09-30. */
  windows?: { proxylogon?: [string, string]; proxyshell?: [string, string] }
}

type LogKind = { kind: 'iis' } | { kind: 'httpproxy'; protocol: string } | { kind: 'ecp' } | { kind: 'oab' }

interface Manifest {
  hostname?: string
  fqdn?: string
  exchangeInstallPath?: string
  exchangeBuild?: string
}

const ROOT_RE = /^(.*\\)(Logging\\(HttpProxy|ECP|OABGeneratorLog)|FrontEnd\\HttpProxy)\\/i

/** Windows path of a collection-relative file (spec §2): `C/a/b.log.gz` → `C:\a\b.log` (the `.gz` dropped). */
export function windowsPath(rel: string): string {
  const parts = rel.split('/')
  const drive = parts[0]!.toUpperCase()
  let rest = parts.slice(1).join('\\')
  if (rest.toLowerCase().endsWith('.gz')) rest = rest.slice(0, -3)
  return `${drive}:\\${rest}`
}

/** Classify a Windows path as one of the log sources of spec §3.1–3.4, or null (a file-tree candidate). */
export function classifyLog(winPath: string): LogKind | null {
  const lower = winPath.toLowerCase()
  if (!lower.endsWith('.log')) return null
  const parts = winPath.split('\\')
  const hp = lower.indexOf('\\logging\\httpproxy\\')
  if (hp >= 0 && lower.slice(hp + '\\logging\\httpproxy\\'.length).includes('\\')) {
    return { kind: 'httpproxy', protocol: parts[parts.length - 2] ?? '' }
  }
  if (lower.includes('\\logging\\ecp\\server\\')) return { kind: 'ecp' }
  if (lower.includes('\\logging\\oabgeneratorlog\\')) return { kind: 'oab' }
  if (/\\w3svc\d+\\/.test(lower) || lower.includes('\\inetpub\\logs\\logfiles\\')) return { kind: 'iis' }
  return null
}

async function walk(dir: string, rel: string, out: { rel: string; abs: string }[]): Promise<void> {
  let entries: Dirent[]
  try {
    entries = await readdir(dir, { withFileTypes: true })
  } catch {
    return
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const e of entries) {
    const r = rel === '' ? e.name : `${rel}/${e.name}`
    const abs = join(dir, e.name)
    if (e.isDirectory()) await walk(abs, r, out)
    else if (e.isFile()) out.push({ rel: r, abs })
  }
}

function findingOrder(a: Finding, b: Finding): number {
  if (a.source.file !== b.source.file) return a.source.file < b.source.file ? -1 : 1
  const la = a.source.line
  const lb = b.source.line
  if (la !== lb) {
    if (la === null) return -1
    if (lb === null) return 1
    return la - lb
  }
  return a.detectionId < b.detectionId ? -1 : a.detectionId > b.detectionId ? 1 : 0
}

/** Spec §7.2: by file (ordinal), line (null first), detection id. Sorts in place and returns the array. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(findingOrder)
}

const isVer = (f: Finding) => f.detectionId === 'EXH-VER-001' || f.detectionId === 'EXH-VER-002'

/** Spec §7.3. */
export function hostVerdict(findings: readonly Finding[]): Verdict {
  const other = findings.filter((f) => !isVer(f))
  if (other.some((f) => f.severity === 'critical')) return 'compromise-likely'
  if (other.some((f) => f.severity === 'high')) return 'suspicious'
  if (other.length > 0) return 'exploitation-attempts'
  if (findings.length > 0) return 'vulnerable-no-evidence'
  return 'no-indicators'
}

function verFindings(
  table: readonly BuildRow[],
  host: string,
  server: string,
  buildText: string,
  file: string,
  line: number | null,
  type: 'manifest' | 'inventory',
): Finding[] {
  const build = parseBuild(buildText)
  if (!build) return []
  const out: Finding[] = []
  for (const [id, family] of [
    ['EXH-VER-001', 'proxylogon'],
    ['EXH-VER-002', 'proxyshell'],
  ] as const) {
    const cves = vulnerableCves(table, build, family)
    if (cves.length === 0) continue
    out.push(
      finding(
        id,
        { host, file, line, type },
        {
          cves,
          extracted: {
            server,
            build: buildText.trim(),
            normalizedBuild: build.join('.'),
            product: productOf(build),
            cves,
          },
          evidence: `${server} ${buildText.trim()}: ${cves.join(', ')}`,
        },
      ),
    )
  }
  return out
}

async function readYaraStatus(): Promise<Coverage['yara']> {
  const engine = '@litko/yara-x'
  try {
    // A variable specifier keeps the optional package out of type checking and out of the install.
    const name: string = engine
    await import(name)
    return { available: true, engine, detail: 'engine present; no rule directory configured, so no EXH-YARA findings' }
  } catch {
    return {
      available: false,
      engine,
      detail: 'YARA-X is not installed: the optional EXH-YARA layer was skipped; the native detections of spec §4 ran',
    }
  }
}

function overlaps(s: { earliest: string | null; latest: string | null }, from: string, to: string): boolean {
  if (s.earliest === null || s.latest === null) return false
  return (
    Date.parse(s.earliest) <= Date.parse(`${to}T23:59:59.999Z`) &&
    Date.parse(s.latest) >= Date.parse(`${from}T00:00:00Z`)
  )
}

/**
 * Hunt one Exchange collection (a folder mirroring a server's drives) for the 2021 mass exploitation.
 * Reads only the collection and the IOC files; never throws for bad content (it is counted in the coverage).
 */
export async function huntExchange(collection: string, options: ExchangeHuntOptions = {}): Promise<ExchangeReport> {
  const top = await readdir(collection, { withFileTypes: true }).catch((e: Error) => {
    throw new MosaicError('invalid_input', `cannot read collection: ${e.message}`, { where: collection })
  })
  const iocs = options.iocs ?? loadIocTables(options.iocFiles ?? [])
  const table = loadBuildTable()
  const warnings: string[] = []
  const readErrors: { file: string; error: string }[] = []

  // manifest.json and inventory.csv (case-insensitive names at the top level).
  let manifest: Manifest = {}
  const manifestEntry = top.find((e) => e.isFile() && e.name.toLowerCase() === 'manifest.json')
  if (manifestEntry) {
    try {
      const m = JSON.parse((await readFile(join(collection, manifestEntry.name), 'utf8')).replace(/^\uFEFF/, ''))
      if (typeof m === 'object' && m !== null && !Array.isArray(m)) {
        for (const k of ['hostname', 'fqdn', 'exchangeInstallPath', 'exchangeBuild'] as const)
          if (typeof m[k] === 'string') manifest[k] = m[k]
      }
    } catch (e) {
      warnings.push(`manifest.json could not be read: ${(e as Error).message}`)
      manifest = {}
    }
  } else warnings.push('no manifest.json: host name, install path and build come from the files only')
  const host = manifest.hostname || manifest.fqdn?.split('.')[0] || basename(collection.replace(/[\\/]+$/, ''))
  const selfNames = [manifest.hostname, manifest.fqdn].filter((x): x is string => !!x).map((x) => x.toLowerCase())

  // Files: drive folders (a single letter) and eventlogs/.
  const driveFiles: { rel: string; abs: string }[] = []
  for (const e of top) {
    if (e.isDirectory() && /^[a-z]$/i.test(e.name)) await walk(join(collection, e.name), e.name, driveFiles)
  }
  const eventFiles: { rel: string; abs: string }[] = []
  const evDir = top.find((e) => e.isDirectory() && e.name.toLowerCase() === 'eventlogs')
  if (evDir) await walk(join(collection, evDir.name), evDir.name, eventFiles)

  // Install roots (§2.3).
  const roots = new Map<string, string>()
  if (manifest.exchangeInstallPath) {
    const p = manifest.exchangeInstallPath.endsWith('\\')
      ? manifest.exchangeInstallPath
      : `${manifest.exchangeInstallPath}\\`
    roots.set(p.toLowerCase(), p)
  }
  const classified = driveFiles.map((f) => {
    const win = windowsPath(f.rel)
    const m = ROOT_RE.exec(win)
    if (m && !roots.has(m[1]!.toLowerCase())) roots.set(m[1]!.toLowerCase(), m[1]!)
    return { ...f, win, log: classifyLog(win) }
  })
  const installRoots = [...roots.keys()]

  const findings: Finding[] = []
  const sourceStats = new Map<
    string,
    { type: string; name: string | null; files: number; bytes: number; stats: FileStats; malformedLines: string[] }
  >()
  const account = (type: string, name: string | null, file: string, bytes: number, stats: FileStats) => {
    const key = `${type}\u0000${name ?? ''}`
    let s = sourceStats.get(key)
    if (!s) {
      s = { type, name, files: 0, bytes: 0, stats: newStats(), malformedLines: [] }
      sourceStats.set(key, s)
    }
    s.files++
    s.bytes += bytes
    s.stats.lines += stats.lines
    s.stats.malformed += stats.malformed
    for (const l of stats.malformedLines) if (s.malformedLines.length < 50) s.malformedLines.push(`${file}:${l}`)
    for (const t of [stats.earliest, stats.latest]) {
      if (t === null) continue
      if (s.stats.earliest === null || t < s.stats.earliest) s.stats.earliest = t
      if (s.stats.latest === null || t > s.stats.latest) s.stats.latest = t
    }
  }

  let scannedBytes = 0
  const runLog = async (file: string, abs: string, make: (ctx: ScanContext) => LineScanner) => {
    const ctx: ScanContext = { host, file, iocs, installRoots, findings, stats: newStats() }
    const scan = make(ctx)
    const bytes = scan.bytes
    const summary = await forEachLineBytes(abs, (buf, start, end, n, overlong) => {
      if (overlong) {
        ctx.stats.lines++
        ctx.stats.malformed++
        if (ctx.stats.malformedLines.length < 50) ctx.stats.malformedLines.push(n)
        return
      }
      if (bytes) bytes(buf, start, end, n)
      else scan(buf.toString('utf8', start, end), n)
    })
    scan.finish?.()
    if (summary.error) readErrors.push({ file, error: summary.error })
    scannedBytes += summary.bytes
    return { ctx, bytes: summary.bytes }
  }

  // Log files.
  for (const f of classified) {
    if (!f.log) continue
    const log = f.log
    const { ctx, bytes } = await runLog(f.rel, f.abs, (c) =>
      log.kind === 'iis'
        ? iisScanner(c)
        : log.kind === 'httpproxy'
          ? httpProxyScanner(c, log.protocol)
          : log.kind === 'ecp'
            ? ecpScanner(c)
            : oabScanner(c),
    )
    account(log.kind, log.kind === 'httpproxy' ? log.protocol : null, f.rel, bytes, ctx.stats)
  }

  // Event logs (JSON Lines).
  const eventLogs = new Map<string, FileStats>()
  for (const f of eventFiles) {
    const lower = f.rel.toLowerCase()
    if (!lower.endsWith('.jsonl') && !lower.endsWith('.jsonl.gz')) {
      warnings.push(`${f.rel}: event export format not supported in v1 (JSON Lines only); skipped`)
      continue
    }
    const { ctx, bytes } = await runLog(f.rel, f.abs, (c) => eventScanner(c, selfNames, eventLogs))
    const perFile = ctx.stats
    // Lines and malformed lines are counted per file; time ranges per event log name below.
    account('eventlog-file', f.rel, f.rel, bytes, perFile)
  }

  // File tree.
  const archives: { file: string; info: Record<string, unknown> }[] = []
  let candidates = 0
  for (const f of classified) {
    if (f.log) continue
    candidates++
    const c: CandidateFile = { file: f.rel, absPath: f.abs, winPath: f.win }
    const r = await scanCandidate(c, { host, iocs, installRoots })
    if (r.error) readErrors.push({ file: f.rel, error: r.error })
    findings.push(...r.findings)
    if (r.archive) archives.push({ file: f.rel, info: r.archive })
  }

  // Builds (§4.10).
  if (manifest.exchangeBuild) {
    findings.push(
      ...verFindings(table, host, manifest.hostname ?? host, manifest.exchangeBuild, 'manifest.json', null, 'manifest'),
    )
  }
  const invEntry = top.find((e) => e.isFile() && e.name.toLowerCase() === 'inventory.csv')
  if (invEntry) {
    const { header, rows } = parseCsvDocument(await readFile(join(collection, invEntry.name), 'utf8'))
    const si = header.findIndex((h) => h.toLowerCase() === 'server')
    const bi = header.findIndex((h) => h.toLowerCase() === 'build')
    if (si < 0 || bi < 0) warnings.push('inventory.csv lacks the server or build column; skipped')
    else
      for (const r of rows) {
        findings.push(
          ...verFindings(
            table,
            host,
            (r.fields[si] ?? '').trim(),
            r.fields[bi] ?? '',
            invEntry.name,
            r.line,
            'inventory',
          ),
        )
      }
  }

  // FS-008 only when something else of weight fired (Test-ProxyLogon's false-positive reduction).
  const weighty = findings.some(
    (f) => (f.severity === 'high' || f.severity === 'critical') && !isVer(f) && f.detectionId !== 'EXH-FS-008',
  )
  if (weighty)
    for (const a of archives)
      findings.push(finding('EXH-FS-008', { host, file: a.file, line: null, type: 'file' }, { extracted: a.info }))

  sortFindings(findings)

  // Coverage (§7.4).
  const sources: SourceCoverage[] = []
  for (const s of sourceStats.values()) {
    if (s.type === 'eventlog-file') continue
    sources.push({
      type: s.type,
      name: s.name,
      files: s.files,
      bytes: s.bytes,
      earliest: s.stats.earliest,
      latest: s.stats.latest,
      lines: s.stats.lines,
      malformed: s.stats.malformed,
      malformedLines: s.malformedLines,
    })
  }
  const evFiles = [...sourceStats.values()].filter((s) => s.type === 'eventlog-file')
  for (const [name, st] of eventLogs) {
    sources.push({
      type: 'eventlog',
      name,
      files: 0,
      bytes: 0,
      earliest: st.earliest,
      latest: st.latest,
      lines: st.lines,
      malformed: 0,
      malformedLines: [],
    })
  }
  // Event-export files themselves: file count, bytes and unreadable lines (which belong to no log name).
  if (evFiles.length > 0) {
    sources.push({
      type: 'eventlog-files',
      name: null,
      files: evFiles.length,
      bytes: evFiles.reduce((a, s) => a + s.bytes, 0),
      earliest: null,
      latest: null,
      lines: evFiles.reduce((a, s) => a + s.stats.lines, 0),
      malformed: evFiles.reduce((a, s) => a + s.stats.malformed, 0),
      malformedLines: evFiles.flatMap((s) => s.malformedLines).slice(0, 50),
    })
  }
  sources.sort((a, b) => (a.type + (a.name ?? '') < b.type + (b.name ?? '') ? -1 : 1))
  for (const kind of ['iis', 'httpproxy', 'ecp', 'oab']) {
    if (!sources.some((s) => s.type === kind)) warnings.push(`no ${kind} logs in the collection`)
  }
  const wins: CoverageWindow[] = []
  const defs: [CoverageWindow['name'], [string, string]][] = [
    ['proxylogon', options.windows?.proxylogon ?? ['2021-01-01', '2021-03-31']],
    ['proxyshell', options.windows?.proxyshell ?? ['2021-08-01', '2021-09-30']],
  ]
  for (const [name, [from, to]] of defs) {
    const by = sources.filter((s) => overlaps(s, from, to)).map((s) => (s.name ? `${s.type}:${s.name}` : s.type))
    wins.push({ name, from, to, covered: by.length > 0, coveredBy: by })
    if (by.length === 0)
      warnings.push(`no log covers the ${name} window ${from} → ${to}: "nothing found" may mean "no logs"`)
  }
  const coverage: Coverage = {
    sources,
    windows: wins,
    warnings,
    files: { scanned: driveFiles.length + eventFiles.length, candidates, bytes: scannedBytes },
    readErrors,
    installRoots: [...roots.values()],
    yara: await readYaraStatus(),
  }
  return { host, verdict: hostVerdict(findings), findings, coverage }
}
