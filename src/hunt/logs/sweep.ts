// Log sweeps over many files: expand paths, compile the literal indicators into one shared byte table, cut big W3C
// files into byte ranges, spread the units over the main thread and worker_threads (as many as pay off for the
// input size) and merge the results back in input order (so the output does not depend on scheduling); then
// evaluate the pattern indicators over the records the workers kept for them.
import type { Dirent } from 'node:fs'
import { open, readdir, stat } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { join, relative } from 'node:path'
import { Worker } from 'node:worker_threads'
import { MosaicError } from '../../lib/errors.ts'
import type { IndicatorSet } from './indicators.ts'
import { looksBinary, sniffEncoding } from './line-reader.ts'
import {
  type CompiledTable,
  compileTable,
  LiteralTable,
  type LiteralTableData,
  literalsOfKey,
} from './literal-table.ts'
import { type Candidate, evaluatePatterns, type PatternMatch, type PatternProblem, PatternScreen } from './patterns.ts'
import {
  detectFormat,
  type FilePart,
  type FileSweep,
  type PartSweep,
  type SweepFileOptions,
  sweepPart,
} from './sweep-file.ts'
import { workerEntry } from './worker-entry.ts'

/** What a worker sends back for one unit of work (a file, or a part of one). */
type WorkerFile = PartSweep & { problems: PatternProblem[] }

/** One unit of work: a whole file (part null) or a byte range of a big W3C file. */
interface Unit {
  file: number
  path: string
  display: string
  part: FilePart | null
}

/** A match of one indicator in one log line. */
export interface Sighting {
  file: string
  line: number
  field: string
  value: string
  timestamp: string | null
  indicators: { indicatorId: string; name: string | null; type: string; value: string }[]
}

/** The answer of a sweep. */
export interface SweepResult {
  files: Omit<FileSweep, 'sightings' | 'candidates'>[]
  indicators: { literal: number; distinctValues: number; nonLiteral: number; rejected: number }
  /** Matches of pattern indicators (FOLLOWEDBY, WITHIN, MATCHES …): the records of each binding. */
  patternMatches: PatternMatch[]
  /**
   * Pattern indicators not evaluated, or not completely: invalid patterns, patterns stopped while matching (a regex
   * past its step budget), and patterns whose candidate records hit the bound (`truncated`).
   */
  skippedPatterns: { indicatorId: string; pattern: string; reason: string }[]
  sightings: Sighting[]
  totals: {
    files: number
    bytes: number
    lines: number
    records: number
    malformed: number
    sightings: number
    patternMatches: number
    errors: number
  }
  workers: number
}

export interface SweepOptions extends SweepFileOptions {
  /**
   * Sweepers: the main thread plus n − 1 worker threads (default: one per 160 MB of input, at most the available
   * cores; never more than units of work).
   */
  workers?: number
  /**
   * Target size of the byte ranges big plain W3C files are cut into, so that every core works on one big file
   * (default: the total size over 8 units per sweeper, between 4 and 64 MB). Files under twice this size stay whole.
   */
  partBytes?: number
}

const LOG_EXT = /\.(log|txt|csv|jsonl|json|ndjson|syslog|gz|\d+)$/i

/** Expand files and directories (recursively, sorted) into a file list; unknown paths are an input error. */
export async function expandPaths(paths: readonly string[]): Promise<{ path: string; display: string }[]> {
  const out: { path: string; display: string }[] = []
  for (const p of paths) {
    let st: Awaited<ReturnType<typeof stat>>
    try {
      st = await stat(p)
    } catch {
      throw new MosaicError('invalid_input', 'no such file or directory', { where: p })
    }
    if (st.isFile()) out.push({ path: p, display: p })
    else if (st.isDirectory()) {
      const files: string[] = []
      await walk(p, files)
      for (const f of files.filter((f) => LOG_EXT.test(f) || !/\.[a-z0-9]+$/i.test(f)))
        out.push({ path: f, display: join(p, relative(p, f)) })
    }
  }
  return out
}

async function walk(dir: string, out: string[]): Promise<void> {
  let entries: Dirent[]
  try {
    entries = await readdir(dir, { withFileTypes: true })
  } catch {
    return
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const e of entries) {
    const p = join(dir, e.name)
    if (e.isDirectory()) await walk(p, out)
    else if (e.isFile()) out.push(p)
  }
}

const MB = 1024 * 1024
const WORKER_MIN_BYTES = 160 * MB
const HEAD = 64 * 1024

/**
 * Cut big plain W3C files into byte ranges that start at line starts. The file's head must be UTF-8 text whose
 * first line is W3C and which holds a `#Fields:` line: that header is the guess for every later range (checked,
 * and the range swept again if wrong, when the parts are merged). Other files stay whole.
 */
async function planUnits(files: { path: string; display: string; size: number }[], partBytes: number): Promise<Unit[]> {
  const units: Unit[] = []
  for (let i = 0; i < files.length; i++) {
    const f = files[i]!
    const whole = () => units.push({ file: i, path: f.path, display: f.display, part: null })
    if (f.size < partBytes * 2 || f.path.toLowerCase().endsWith('.gz')) {
      whole()
      continue
    }
    const cuts = await cutPoints(f.path, f.display, f.size, partBytes)
    if (cuts === null) {
      whole()
      continue
    }
    for (let j = 0; j + 1 < cuts.points.length; j++)
      units.push({
        file: i,
        path: f.path,
        display: f.display,
        part: { start: cuts.points[j]!, end: cuts.points[j + 1]!, header: j === 0 ? null : cuts.header },
      })
  }
  return units
}

async function cutPoints(
  path: string,
  display: string,
  size: number,
  partBytes: number,
): Promise<{ points: number[]; header: string } | null> {
  let fh: Awaited<ReturnType<typeof open>>
  try {
    fh = await open(path, 'r')
  } catch {
    return null
  }
  try {
    const buf = Buffer.allocUnsafe(HEAD)
    const { bytesRead } = await fh.read(buf, 0, HEAD, 0)
    const head = buf.subarray(0, bytesRead)
    if (sniffEncoding(head) !== 'utf-8' || looksBinary(head)) return null
    const text = head.toString('utf8', head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0)
    const lines = text.split('\n').map((l) => l.replace(/\r$/, ''))
    const first = lines.find((l) => l.trim() !== '')
    if (first === undefined || detectFormat(display, first) !== 'w3c') return null
    const header = lines.slice(0, -1).find((l) => /^#Fields:/i.test(l))
    if (header === undefined) return null
    const points = [0]
    const parts = Math.round(size / partBytes)
    for (let k = 1; k < parts; k++) {
      const at = Math.floor((size * k) / parts)
      const { bytesRead: n } = await fh.read(buf, 0, HEAD, at)
      const lf = buf.subarray(0, n).indexOf(10)
      // No line end within 64 KB of the cut: leave that cut out (the part grows).
      if (lf < 0) continue
      const point = at + lf + 1
      if (point > points[points.length - 1]! && point < size) points.push(point)
    }
    points.push(size)
    return points.length > 2 ? { points, header } : null
  } catch {
    return null
  } finally {
    await fh.close()
  }
}

const WORKER_LIMITS = { maxYoungGenerationSizeMb: 4 }

/** Start `n` workers now (their start-up overlaps reading the indicators); they wait for the init message. */
function startWorkers(n: number): { workers: Worker[]; ready: Promise<void>[] } {
  const workers: Worker[] = []
  const ready: Promise<void>[] = []
  const entry = workerEntry()
  for (let i = 0; i < n; i++) {
    // The bundle is plain JavaScript: no inherited `--import tsx` (which would start a module-hooks thread). A small
    // young generation: a worker allocates little (bytes are scanned in place), and heap headroom counts as memory.
    const w =
      entry.kind === 'file'
        ? new Worker(entry.path, { execArgv: [], resourceLimits: WORKER_LIMITS })
        : new Worker(entry.code, { eval: true, resourceLimits: WORKER_LIMITS })
    workers.push(w)
    ready.push(
      new Promise((resolve, reject) => {
        const onMessage = (m: { ready?: boolean }) => {
          if (m.ready) {
            w.off('message', onMessage)
            w.off('error', reject)
            resolve()
          }
        }
        w.on('message', onMessage)
        w.on('error', reject)
      }),
    )
  }
  return { workers, ready }
}

/**
 * Share the units (files and parts of files) between the main thread and the workers: whoever is free takes the
 * next one. The main thread sweeps too (it has the table already and starts at once, while the workers boot), so n
 * sweepers cost n − 1 worker isolates. Results are stored by unit index, so the order never depends on scheduling.
 */
async function runPool(
  files: Unit[],
  pool: { workers: Worker[]; ready: Promise<void>[] },
  init: { table: LiteralTableData; patterns: string[]; options: SweepFileOptions },
  sweepHere: (f: Unit) => Promise<WorkerFile>,
): Promise<WorkerFile[]> {
  const results: WorkerFile[] = new Array(files.length)
  let next = 0
  const here = async () => {
    while (next < files.length) {
      const index = next++
      results[index] = await sweepHere(files[index]!)
    }
  }
  try {
    await Promise.all([
      here(),
      ...pool.workers.map(
        (w, i) =>
          new Promise<void>((resolve, reject) => {
            let busy = false
            const give = () => {
              busy = false
              if (next >= files.length) {
                resolve()
                return
              }
              const index = next++
              busy = true
              const u = files[index]!
              w.postMessage({ index, path: u.path, display: u.display, part: u.part })
            }
            w.on('message', (m: { ready?: boolean; index?: number; result?: WorkerFile }) => {
              if (m.ready) return
              if (m.index !== undefined && m.result) results[m.index] = m.result
              give()
            })
            w.on('error', reject)
            w.on('exit', (code) => {
              if (code !== 0 || busy) reject(new MosaicError('internal', `sweep worker exited with code ${code}`))
            })
            pool.ready[i]!.then(() => {
              // Nothing left by the time this worker is up: do not even send it the table.
              if (next >= files.length) resolve()
              else w.postMessage({ init })
            }, reject)
          }),
      ),
    ])
  } finally {
    await Promise.all(pool.workers.map((w) => w.terminate()))
  }
  return results
}

/**
 * Sweep log files for indicators: literal IOCs through the shared byte table, pattern indicators through the STIX
 * pattern evaluator; indicators in, sightings out. The store plugs in at both ends: `--from-db` feeds indicators
 * read from the database (indicatorsFromObjects), and `--save` turns the result into STIX sightings
 * (toStixSightings).
 */
export async function sweepLogs(
  paths: readonly string[],
  indicators: IndicatorSet | (() => IndicatorSet | Promise<IndicatorSet>),
  options: SweepOptions = {},
): Promise<SweepResult> {
  const listed = await expandPaths(paths)
  const sizes = await Promise.all(
    listed.map((f) =>
      stat(f.path).then(
        (s) => s.size,
        () => 0,
      ),
    ),
  )
  const files = listed.map((f, i) => ({ ...f, size: sizes[i]! }))
  const cores = Math.max(1, options.workers ?? availableParallelism())
  const total = sizes.reduce((a, b) => a + b, 0)
  const partBytes = Math.max(1, options.partBytes ?? Math.min(64 * MB, Math.max(4 * MB, total / (cores * 8))))
  const most = files.reduce(
    (a, f) => a + (cores > 1 && f.size >= partBytes * 2 ? Math.round(f.size / partBytes) : 1),
    0,
  )
  // A worker costs about 85 ms of CPU to start and runs its first megabytes slowly: measured on the 2-core machine,
  // one sweeper is faster below about 150 MB, two above. So workers are added per WORKER_MIN_BYTES of input,
  // unless the caller asks for a number.
  const wanted = options.workers ?? Math.min(cores, 1 + Math.floor(total / WORKER_MIN_BYTES))
  const n = Math.max(1, Math.min(wanted, cores, most))
  // Workers start before the indicators are read (when they are given as a loader), so that their start-up
  // overlaps the reading and the table build.
  const pool = n > 1 ? startWorkers(n - 1) : null
  const fileOptions: SweepFileOptions = {}
  if (options.maxSightings !== undefined) fileOptions.maxSightings = options.maxSightings
  if (options.maxLineLength !== undefined) fileOptions.maxLineLength = options.maxLineLength
  let set: IndicatorSet
  let compiled: CompiledTable
  let units: Unit[]
  let patterns: string[]
  try {
    set = typeof indicators === 'function' ? await indicators() : indicators
    patterns = set.nonLiteral.map((p) => p.pattern)
    compiled = compileTable(set.literals)
    // Files are cut into parts only without pattern indicators: the records kept for those carry line numbers,
    // which a part cannot know.
    units =
      n > 1 && patterns.length === 0
        ? await planUnits(files, partBytes)
        : files.map((f, i) => ({ file: i, path: f.path, display: f.display, part: null }))
  } catch (e) {
    if (pool) await Promise.all(pool.workers.map((w) => w.terminate()))
    throw e
  }
  const table = new LiteralTable(compiled.data)
  const screen = patterns.length > 0 ? new PatternScreen(patterns) : null
  const sweepHere = async (u: Unit): Promise<WorkerFile> => {
    const before = screen?.problems.length ?? 0
    const r = await sweepPart(u.path, u.display, table, fileOptions, screen, u.part)
    return { ...r, problems: screen ? screen.problems.slice(before) : [] }
  }
  let perUnit: WorkerFile[]
  if (pool === null) {
    perUnit = []
    for (const u of units) perUnit.push(await sweepHere(u))
  } else perUnit = await runPool(units, pool, { table: compiled.data, patterns, options: fileOptions }, sweepHere)
  const perFile = await joinParts(units, perUnit, sweepHere, fileOptions.maxSightings ?? 100_000)
  return assemble(perFile, set, compiled, n)
}

/**
 * One result per file: the parts of a cut file are joined in order, their line numbers shifted by the lines of
 * the parts before. A part that read data lines under a guessed `#Fields:` header other than the one really in
 * effect at its start (the last one of the parts before) is swept again with the right one.
 */
async function joinParts(
  units: Unit[],
  results: WorkerFile[],
  again: (u: Unit) => Promise<WorkerFile>,
  maxSightings: number,
): Promise<WorkerFile[]> {
  const out: WorkerFile[] = []
  for (let i = 0; i < units.length; ) {
    const u = units[i]!
    if (u.part === null) {
      out.push(results[i]!)
      i++
      continue
    }
    let header: string | null = null
    const parts: WorkerFile[] = []
    for (; i < units.length && units[i]!.file === u.file; i++) {
      const unit = units[i]!
      let r = results[i]!
      if (parts.length > 0 && r.usedHeader && unit.part!.header !== header)
        r = await again({ ...unit, part: { ...unit.part!, header } })
      if (r.lastHeader !== null) header = r.lastHeader
      parts.push(r)
    }
    const first = parts[0]!
    const joined: WorkerFile = {
      ...first,
      malformedLines: [],
      unknownColumns: [],
      sightings: [],
      candidates: [],
      problems: [],
      bytes: 0,
      lines: 0,
      records: 0,
      malformed: 0,
      lastHeader: header,
      usedHeader: first.usedHeader,
    }
    for (const p of parts) {
      const shift = joined.lines
      joined.bytes += p.bytes
      joined.records += p.records
      joined.malformed += p.malformed
      for (const l of p.malformedLines) if (joined.malformedLines.length < 100) joined.malformedLines.push(l + shift)
      for (const c of p.unknownColumns)
        if (!joined.unknownColumns.includes(c) && joined.unknownColumns.length < 100) joined.unknownColumns.push(c)
      for (const x of p.sightings)
        if (joined.sightings.length < maxSightings) joined.sightings.push({ ...x, line: x.line + shift })
      joined.error ??= p.error
      joined.lines += p.lines
    }
    out.push(joined)
  }
  return out
}

function assemble(perFile: WorkerFile[], set: IndicatorSet, compiled: CompiledTable, workers: number): SweepResult {
  const lit = set.literals
  const sightings: Sighting[] = []
  const candidates: { file: string; candidate: Candidate }[] = []
  const problems = new Map<number, string>()
  const totals = {
    files: perFile.length,
    bytes: 0,
    lines: 0,
    records: 0,
    malformed: 0,
    sightings: 0,
    patternMatches: 0,
    errors: 0,
  }
  const files = perFile.map(({ sightings: s, candidates: c, problems: p, lastHeader: _h, usedHeader: _u, ...rest }) => {
    totals.bytes += rest.bytes
    totals.lines += rest.lines
    totals.records += rest.records
    totals.malformed += rest.malformed
    if (rest.error) totals.errors++
    for (const x of s) {
      sightings.push({
        file: rest.file,
        line: x.line,
        field: x.field,
        value: x.value,
        timestamp: x.timestamp,
        indicators: literalsOfKey(compiled, x.key).map((i) => {
          const l = lit.at(i)!
          return { indicatorId: l.indicatorId, name: l.name, type: l.type, value: l.value }
        }),
      })
    }
    for (const x of c) candidates.push({ file: rest.file, candidate: x })
    for (const x of p)
      if (!problems.has(x.pattern))
        problems.set(x.pattern, x.line === null ? x.message : `${x.message} (at ${rest.file}:${x.line})`)
    return rest
  })
  const live = set.nonLiteral.filter((_, i) => !problems.has(i))
  const liveIndex = set.nonLiteral.map((_, i) => i).filter((i) => !problems.has(i))
  // Candidates name patterns by their index in set.nonLiteral; evaluate the live ones with indexes remapped.
  const remapped = candidates
    .map(({ file, candidate }) => ({
      file,
      candidate: {
        ...candidate,
        patterns: candidate.patterns.map((p) => liveIndex.indexOf(p)).filter((p) => p >= 0),
      },
    }))
    .filter((c) => c.candidate.patterns.length > 0)
  const evaluated = evaluatePatterns(live, remapped)
  for (const p of evaluated.problems) problems.set(liveIndex[p.pattern]!, p.message)
  const truncated = new Set(evaluated.truncated.map((i) => liveIndex[i]!))
  totals.sightings = sightings.length
  totals.patternMatches = evaluated.matches.length
  const skippedPatterns: SweepResult['skippedPatterns'] = []
  set.nonLiteral.forEach((p, i) => {
    const reason =
      problems.get(i) ?? (truncated.has(i) ? 'truncated: only the first candidate records were evaluated' : null)
    if (reason !== null) skippedPatterns.push({ indicatorId: p.indicatorId, pattern: p.pattern, reason })
  })
  return {
    files,
    indicators: {
      literal: lit.length,
      distinctValues: compiled.data.count,
      nonLiteral: set.nonLiteral.length,
      rejected: set.rejected.length,
    },
    patternMatches: evaluated.matches,
    skippedPatterns,
    sightings,
    totals,
    workers,
  }
}

/**
 * STIX 2.1 sightings for the matches of STIX indicators (one per indicator, literal and pattern matches alike),
 * ready for the store's `--save`. `now` is the created/modified time; the caller supplies ids so this stays
 * deterministic and store-agnostic.
 */
export function toStixSightings(result: SweepResult, now: string, newId: () => string): Record<string, unknown>[] {
  type Seen = { file: string; line: number; what: string; times: string[] }
  const byIndicator = new Map<string, Seen[]>()
  const add = (id: string, x: Seen) => {
    if (!id.startsWith('indicator--')) return
    const list = byIndicator.get(id) ?? []
    list.push(x)
    byIndicator.set(id, list)
  }
  for (const s of result.sightings)
    for (const i of s.indicators)
      add(i.indicatorId, {
        file: s.file,
        line: s.line,
        what: `${s.field}=${s.value}`,
        times: s.timestamp === null ? [] : [s.timestamp],
      })
  for (const m of result.patternMatches) {
    const first = m.records[0]
    if (!first) continue
    add(m.indicatorId, {
      file: first.file,
      line: first.line,
      what: `pattern match ${m.records.map((r) => `${r.file}:${r.line}`).join(' → ')}`,
      times: m.records.map((r) => r.timestamp).filter((t): t is string => t !== null),
    })
  }
  const out: Record<string, unknown>[] = []
  for (const [ref, list] of byIndicator) {
    const times = list.flatMap((s) => s.times).sort()
    const o: Record<string, unknown> = {
      type: 'sighting',
      spec_version: '2.1',
      id: newId(),
      created: now,
      modified: now,
      sighting_of_ref: ref,
      count: list.length,
      description: `Seen in ${new Set(list.map((s) => s.file)).size} log file(s): ${list
        .slice(0, 5)
        .map((s) => `${s.file}:${s.line} ${s.what}`)
        .join('; ')}`,
    }
    if (times.length > 0) {
      o.first_seen = times[0]
      o.last_seen = times[times.length - 1]
    }
    out.push(o)
  }
  return out
}
