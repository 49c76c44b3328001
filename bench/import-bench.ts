// Import benchmarks (issue 2 §7): ATT&CK enterprise end-to-end vs a floor measured in the same run, MISP actor
// galaxies, a generated large bundle (peak RSS, in a child process), search latency.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import Database from 'better-sqlite3'
import { importSource } from '../src/ingest/importer.ts'
import { openSource } from '../src/ingest/source.ts'
import { sharedPath, tempDir } from '../src/lib/testing.ts'
import { openSqlite } from '../src/store/sqlite/sqlite-store.ts'

const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6

/** The floor: gunzip, JSON.parse the whole bundle, insert raw JSON rows into a fresh SQLite file. */
export function floorImport(file: string, dbFile: string): { objects: number; ms: number } {
  const t0 = process.hrtime.bigint()
  const raw = readFileSync(file)
  const text = (file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8')
  const bundle = JSON.parse(text) as { objects: { id: string }[] }
  const db = new Database(dbFile)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = NORMAL')
  db.exec('CREATE TABLE raw (id TEXT NOT NULL, json TEXT NOT NULL)')
  const ins = db.prepare('INSERT INTO raw (id, json) VALUES (?, ?)')
  db.transaction(() => {
    for (const o of bundle.objects) ins.run(o.id, JSON.stringify(o))
  })()
  db.close()
  return { objects: bundle.objects.length, ms: ms(t0) }
}

export async function mosaicImport(file: string, dbFile: string): Promise<{ objects: number; ms: number }> {
  const t0 = process.hrtime.bigint()
  const store = await openSqlite(dbFile)
  const r = await importSource(store, openSource(file))
  await store.close()
  if (!r.committed) throw new Error(`import failed: ${JSON.stringify(r.errors.slice(0, 3))}`)
  return { objects: r.created + r.updated + r.unchanged, ms: ms(t0) }
}

/** Peak RSS of a child process running `mosaic import` (ru_maxrss via /usr/bin/time -f %M when present). */
export function peakRssImport(file: string, dbFile: string): number | undefined {
  const r = spawnSync(
    '/usr/bin/time',
    ['-f', '%M', process.execPath, 'bin/mosaic.js', 'import', file, '--db', dbFile, '--json'],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  )
  if (r.error) return undefined
  const m = /(\d+)\s*$/.exec(r.stderr.trim())
  return m ? Number(m[1]) / 1024 : undefined
}

export async function runImportBench(): Promise<Record<string, unknown>> {
  const attack = sharedPath('data', 'mitre-attack', 'enterprise-attack-v18.1.stix21.json.gz')
  if (!attack) return { skipped: 'shared data not present' }
  const { dir, cleanup } = tempDir('mosaic-bench-')
  try {
    const rounds = 3
    const floor: number[] = []
    const full: number[] = []
    let objects = 0
    for (let i = 0; i < rounds; i++) {
      const f = floorImport(attack, join(dir, `floor${i}.db`))
      const m = await mosaicImport(attack, join(dir, `mosaic${i}.db`))
      objects = m.objects
      floor.push((f.objects / f.ms) * 1000)
      full.push((m.objects / m.ms) * 1000)
    }
    const best = (xs: number[]) => Math.max(...xs)
    const result: Record<string, unknown> = {
      attack_objects: objects,
      floor_objects_per_s: Math.round(best(floor)),
      mosaic_objects_per_s: Math.round(best(full)),
      ratio_to_floor: Number((best(full) / best(floor)).toFixed(3)),
      target_ratio: 0.45,
    }
    return result
  } finally {
    cleanup()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await runImportBench(), null, 2))
}
