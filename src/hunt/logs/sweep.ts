// Log sweeps over many files: expand paths, compile the literal indicators, spread files over worker_threads and
// merge the per-file results back in input order (so the output does not depend on scheduling).
import type { Dirent } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { join, relative } from 'node:path'
import { Worker } from 'node:worker_threads'
import { MosaicError } from '../../lib/errors.ts'
import { type CompiledLiterals, compileLiterals, type IndicatorSet, type LiteralIndicator } from './indicators.ts'
import { LiteralMatcher } from './matcher.ts'
import { type FileSweep, type SweepFileOptions, sweepFile } from './sweep-file.ts'

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
  files: Omit<FileSweep, 'sightings'>[]
  indicators: { literal: number; distinctValues: number; nonLiteral: number; rejected: number }
  /** Non-literal patterns: not evaluated until the pattern engine is wired in (see NonLiteralMatcher). */
  skippedPatterns: { indicatorId: string; pattern: string; reason: string }[]
  sightings: Sighting[]
  totals: {
    files: number
    bytes: number
    lines: number
    records: number
    malformed: number
    sightings: number
    errors: number
  }
  workers: number
}

export interface SweepOptions extends SweepFileOptions {
  /** Worker threads (default: available cores, at most one per file; 1 runs in-process). */
  workers?: number
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

function workerScript(): string {
  // Workers start without the tsx loader the CLI registered; register it from this package's own node_modules,
  // then load the TypeScript worker module.
  const api = import.meta.resolve('tsx/esm/api')
  const url = new URL('./worker.ts', import.meta.url).href
  return `(async () => { const { register } = await import(${JSON.stringify(api)}); register(); await import(${JSON.stringify(url)}) })().catch((e) => { throw e })`
}

async function runPool(
  files: { path: string; display: string }[],
  compiled: CompiledLiterals,
  n: number,
  options: SweepFileOptions,
): Promise<FileSweep[]> {
  const results: FileSweep[] = new Array(files.length)
  let next = 0
  const workers: Worker[] = []
  try {
    await Promise.all(
      Array.from(
        { length: n },
        () =>
          new Promise<void>((resolve, reject) => {
            const w = new Worker(workerScript(), { eval: true, workerData: { compiled, options } })
            workers.push(w)
            const give = () => {
              if (next >= files.length) {
                resolve()
                return
              }
              const index = next++
              w.postMessage({ index, ...files[index]! })
            }
            w.on('message', (m: { ready?: boolean; index?: number; result?: FileSweep }) => {
              if (m.index !== undefined && m.result) results[m.index] = m.result
              give()
            })
            w.on('error', reject)
            w.on('exit', (code) => {
              if (code !== 0) reject(new MosaicError('internal', `sweep worker exited with code ${code}`))
            })
          }),
      ),
    )
  } finally {
    await Promise.all(workers.map((w) => w.terminate()))
  }
  return results
}

/**
 * Sweep log files for literal indicators: indicators in, sightings out. This is also the seam for the store:
 * `--from-db` feeds indicators read from the database, and `--save` turns the returned sightings into STIX
 * sightings (see toStixSightings).
 */
export async function sweepLogs(
  paths: readonly string[],
  indicators: IndicatorSet,
  options: SweepOptions = {},
): Promise<SweepResult> {
  const files = await expandPaths(paths)
  const compiled = compileLiterals(indicators.literals)
  const n = Math.max(1, Math.min(options.workers ?? availableParallelism(), files.length))
  const fileOptions: SweepFileOptions = {}
  if (options.maxSightings !== undefined) fileOptions.maxSightings = options.maxSightings
  if (options.maxLineLength !== undefined) fileOptions.maxLineLength = options.maxLineLength
  let perFile: FileSweep[]
  if (n <= 1) {
    const matcher = new LiteralMatcher(compiled)
    perFile = []
    for (const f of files) perFile.push(await sweepFile(f.path, f.display, matcher, fileOptions))
  } else perFile = await runPool(files, compiled, n, fileOptions)
  return assemble(perFile, indicators, compiled, n)
}

function assemble(perFile: FileSweep[], set: IndicatorSet, compiled: CompiledLiterals, workers: number): SweepResult {
  const lit: readonly LiteralIndicator[] = set.literals
  const sightings: Sighting[] = []
  const totals = { files: perFile.length, bytes: 0, lines: 0, records: 0, malformed: 0, sightings: 0, errors: 0 }
  const files = perFile.map(({ sightings: s, ...rest }) => {
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
        indicators: (compiled.refs[x.key] ?? []).map((i) => {
          const l = lit[i]!
          return { indicatorId: l.indicatorId, name: l.name, type: l.type, value: l.value }
        }),
      })
    }
    return rest
  })
  totals.sightings = sightings.length
  return {
    files,
    indicators: {
      literal: lit.length,
      distinctValues: compiled.keys.length,
      nonLiteral: set.nonLiteral.length,
      rejected: set.rejected.length,
    },
    skippedPatterns: set.nonLiteral.map((p) => ({
      indicatorId: p.indicatorId,
      pattern: p.pattern,
      reason: 'needs the STIX pattern evaluator (src/hunt/pattern), not wired into the sweep yet',
    })),
    sightings,
    totals,
    workers,
  }
}

/**
 * STIX 2.1 sightings for the matches of STIX indicators (one per indicator), ready for the store's `--save`.
 * `now` is the created/modified time; the caller supplies ids so this stays deterministic and store-agnostic.
 */
export function toStixSightings(result: SweepResult, now: string, newId: () => string): Record<string, unknown>[] {
  const byIndicator = new Map<string, Sighting[]>()
  for (const s of result.sightings)
    for (const i of s.indicators) {
      if (!i.indicatorId.startsWith('indicator--')) continue
      const list = byIndicator.get(i.indicatorId) ?? []
      list.push(s)
      byIndicator.set(i.indicatorId, list)
    }
  const out: Record<string, unknown>[] = []
  for (const [ref, list] of byIndicator) {
    const times = list
      .map((s) => s.timestamp)
      .filter((t): t is string => t !== null)
      .sort()
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
        .map((s) => `${s.file}:${s.line} ${s.field}=${s.value}`)
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
