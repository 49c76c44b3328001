// Import benchmarks (issue 2 §7): ATT&CK enterprise end-to-end vs a floor measured in the same run, MISP actor
// galaxies, a generated large bundle (peak RSS, in a child process), search latency.
import { spawnSync } from 'node:child_process'
import { once } from 'node:events'
import { createWriteStream, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import Database from 'better-sqlite3'
import { importSource } from '../src/ingest/importer.ts'
import { openSource } from '../src/ingest/source.ts'
import { repoRoot, sharedPath, tempDir } from '../src/lib/testing.ts'
import { openSqlite } from '../src/store/sqlite/sqlite-store.ts'

const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2
    ? (s[(s.length - 1) / 2] as number)
    : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2
}

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

/** Run an import in a child process; its peak RSS is the import's own. */
export function childImport(
  file: string,
  dbFile: string,
): { committed: boolean; objects: number; ms: number; peak_rss_mb: number } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'bench', 'child-import.ts'), file, dbFile], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  })
  if (r.status !== 0) throw new Error(`child import failed: ${r.stderr}`)
  return JSON.parse(r.stdout.trim().split('\n').pop() as string)
}

/** Write a bundle of about `mb` megabytes of realistic objects (indicators, relationships, reports) for the RSS bench. */
export async function writeBigBundle(file: string, mb: number): Promise<number> {
  const out = createWriteStream(file)
  let bytes = 0
  let n = 0
  const write = async (s: string) => {
    bytes += Buffer.byteLength(s)
    if (!out.write(s)) await once(out, 'drain')
  }
  await write('{"type":"bundle","id":"bundle--6b8a1f0e-3c2d-4e5f-8a9b-0c1d2e3f4a5b","objects":[')
  const hex = (i: number) => i.toString(16).padStart(12, '0')
  while (bytes < mb * 1024 * 1024) {
    const id = `indicator--00000000-0000-4000-8000-${hex(n)}`
    const obj = {
      type: 'indicator',
      spec_version: '2.1',
      id,
      created: '2021-03-02T00:00:00.000Z',
      modified: '2021-03-02T00:00:00.000Z',
      name: `Exchange web shell ${n}`,
      description: `Indicator ${n} observed during the 2021 Exchange exploitation wave; `.repeat(8),
      pattern: `[ipv4-addr:value = '${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}.7']`,
      pattern_type: 'stix',
      valid_from: '2021-03-02T00:00:00Z',
      labels: ['exchange', 'hafnium'],
    }
    await write(`${n > 0 ? ',' : ''}${JSON.stringify(obj)}`)
    n++
  }
  await write(']}')
  out.end()
  await once(out, 'finish')
  return n
}

export async function runImportBench(): Promise<Record<string, unknown>> {
  const attack = sharedPath('data', 'mitre-attack', 'enterprise-attack-v18.1.stix21.json.gz')
  if (!attack) return { skipped: 'shared data not present' }
  const { dir, cleanup } = tempDir('mosaic-bench-')
  try {
    const rounds = Number(process.env.MOSAIC_BENCH_ROUNDS ?? 5)
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
    const child = childImport(attack, join(dir, 'rss.db'))
    const result: Record<string, unknown> = {
      attack_objects: objects,
      floor_objects_per_s: Math.round(best(floor)),
      mosaic_objects_per_s: Math.round(best(full)),
      // each round measures the floor and Mosaic back to back; the median of the paired ratios resists the noise of
      // a shared machine better than a ratio of two bests
      ratio_to_floor: Number(median(full.map((f, i) => f / (floor[i] as number))).toFixed(3)),
      ratio_of_bests: Number((best(full) / best(floor)).toFixed(3)),
      rounds,
      target_ratio: 0.45,
      attack_peak_rss_mb: Math.round(child.peak_rss_mb),
      attack_peak_rss_target_mb: 400,
    }
    // all shared MISP actor galaxies, in one store, after ATT&CK
    const galaxies = [
      'producer',
      'threat-actor',
      'microsoft-activity-group',
      'mitre-intrusion-set',
      '360net',
      'tidal-groups',
    ]
      .map((g) => sharedPath('data', 'misp-galaxy', 'clusters', `${g}.json`))
      .filter((p): p is string => p !== undefined)
    const store = await openSqlite(join(dir, 'mosaic0.db'))
    const t0 = process.hrtime.bigint()
    let mispObjects = 0
    for (const g of galaxies) {
      const r = await importSource(store, openSource(g))
      mispObjects += r.created + r.updated + r.unchanged
    }
    const mispMs = ms(t0)
    result.misp_galaxies = galaxies.length
    result.misp_objects = mispObjects
    result.misp_objects_per_s = Math.round((mispObjects / mispMs) * 1000)
    // search latency over the loaded database
    const queries = [
      'Kryptonite Panda',
      'APT28',
      'Exchange',
      'ransomware',
      'spearphishing attachment',
      'Sandworm',
      'credential dumping',
      'Lazarus',
      'China',
      'web shell',
    ]
    const lat: number[] = []
    for (let i = 0; i < 20; i++) {
      for (const q of queries) {
        const t = process.hrtime.bigint()
        await store.search(q, { limit: 20 })
        lat.push(ms(t))
      }
    }
    lat.sort((a, b) => a - b)
    result.search_p50_ms = Number((lat[Math.floor(lat.length * 0.5)] ?? 0).toFixed(2))
    result.search_p99_ms = Number((lat[Math.floor(lat.length * 0.99)] ?? 0).toFixed(2))
    await store.close()
    // the big bundle: peak RSS of a streamed import
    const bigMb = Number(process.env.MOSAIC_BENCH_BIG_MB ?? 1024)
    if (bigMb > 0) {
      const big = join(dir, 'big.json')
      const n = await writeBigBundle(big, bigMb)
      const r = childImport(big, join(dir, 'big.db'))
      result.big_bundle_mb = bigMb
      result.big_bundle_objects = n
      result.big_bundle_committed = r.committed
      result.big_bundle_objects_per_s = Math.round((r.objects / r.ms) * 1000)
      result.big_bundle_peak_rss_mb = Math.round(r.peak_rss_mb)
      result.big_bundle_peak_rss_target_mb = 600
    }
    return result
  } finally {
    cleanup()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await runImportBench(), null, 2))
}
