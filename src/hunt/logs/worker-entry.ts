// How sweep workers are started. A worker thread does not inherit the tsx loader of the CLI, and registering it in
// every worker costs 0.25–0.6 s of start-up (a module-hooks thread, then every import through it). So the worker
// module is bundled once into plain JavaScript with esbuild (a dependency of ours, the same copy tsx uses) and cached
// in the OS temp folder, keyed by the size and mtime of every source file it was built from; a worker then starts
// in about 60 ms. If esbuild cannot be loaded or the cache cannot be written, workers fall back to registering tsx.
import { createHash } from 'node:crypto'
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** What to hand to `new Worker(...)`. */
export type WorkerEntry = { kind: 'file'; path: string } | { kind: 'eval'; code: string }

/** The part of esbuild's API used here (described by what we use, STYLE.md point 6). */
interface EsbuildLike {
  buildSync(options: Record<string, unknown>): {
    outputFiles?: { text: string }[]
    metafile?: { inputs: Record<string, unknown> }
  }
}

interface Manifest {
  bundle: string
  inputs: { path: string; size: number; mtimeMs: number }[]
}

const ENTRY = fileURLToPath(new URL('./worker.ts', import.meta.url))
let cached: WorkerEntry | null = null

function tsxFallback(): WorkerEntry {
  const api = import.meta.resolve('tsx/esm/api')
  const url = new URL('./worker.ts', import.meta.url).href
  return {
    kind: 'eval',
    code: `(async () => { const { register } = await import(${JSON.stringify(api)}); register(); await import(${JSON.stringify(url)}) })().catch((e) => { throw e })`,
  }
}

function fresh(m: Manifest): boolean {
  try {
    statSync(m.bundle)
    return m.inputs.every((i) => {
      const s = statSync(i.path)
      return s.size === i.size && s.mtimeMs === i.mtimeMs
    })
  } catch {
    return false
  }
}

/** The worker entry: the cached plain-JS bundle when possible, else a tsx-registering bootstrap. */
export function workerEntry(): WorkerEntry {
  if (cached) return cached
  if (process.env.MOSAIC_SWEEP_WORKER_TSX === '1') {
    cached = tsxFallback()
    return cached
  }
  const key = createHash('sha256').update(ENTRY).digest('hex').slice(0, 16)
  const manifestPath = join(tmpdir(), `mosaic-sweep-worker-${key}.json`)
  try {
    const m = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest
    if (fresh(m)) {
      cached = { kind: 'file', path: m.bundle }
      return cached
    }
  } catch {
    // No usable cache: build below.
  }
  try {
    // esbuild is a dependency of ours (package.json), resolved from this module like any other.
    const esbuild = createRequire(import.meta.url)('esbuild') as EsbuildLike
    const out = esbuild.buildSync({
      entryPoints: [ENTRY],
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      logLevel: 'silent',
    })
    const code = out.outputFiles?.[0]?.text
    if (!code || !out.metafile) throw new Error('esbuild produced no output')
    const inputs = Object.keys(out.metafile.inputs).map((p) => {
      const path = resolve(process.cwd(), p)
      const s = statSync(path)
      return { path, size: s.size, mtimeMs: s.mtimeMs }
    })
    const hash = createHash('sha256').update(code).digest('hex').slice(0, 16)
    const bundle = join(tmpdir(), `mosaic-sweep-worker-${hash}.mjs`)
    const tmp = `${bundle}.${process.pid}.tmp`
    writeFileSync(tmp, code)
    renameSync(tmp, bundle)
    const mtmp = `${manifestPath}.${process.pid}.tmp`
    writeFileSync(mtmp, JSON.stringify({ bundle, inputs } satisfies Manifest))
    renameSync(mtmp, manifestPath)
    cached = { kind: 'file', path: bundle }
  } catch {
    cached = tsxFallback()
  }
  return cached
}
