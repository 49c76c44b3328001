// Actor benchmarks (issue 3): building every actor view from scratch over the full shared data, resolve latency over
// a generated query set, and dossier latency. Reported with a baseline from the same run: a plain Map lookup of the
// normalised name (the least any resolver must do).
import { join } from 'node:path'
import { importSource } from '../../src/ingest/importer.ts'
import { openSource } from '../../src/ingest/source.ts'
import { ActorIndex, findActor } from '../../src/knowledge/actors/index.ts'
import { dossierExtras } from '../../src/knowledge/ledger/index.ts'
import { loadStarterPack } from '../../src/knowledge/starter/seed.ts'
import { sharedPath, tempDir } from '../../src/lib/testing.ts'
import { buildResolver, normalizeAlias, spellingVariants } from '../../src/resolve/index.ts'
import { openSqlite } from '../../src/store/sqlite/sqlite-store.ts'

const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return Number((s[Math.min(s.length - 1, Math.floor(s.length * p))] ?? 0).toFixed(3))
}

export async function runActorBench(): Promise<Record<string, unknown>> {
  const attack = sharedPath('data', 'mitre-attack', 'enterprise-attack-v18.1.stix21.json.gz')
  if (!attack) return { skipped: 'shared data not present' }
  const { dir, cleanup } = tempDir('mosaic-bench-actors-')
  try {
    const store = await openSqlite(join(dir, 'a.db'))
    await loadStarterPack(store)
    await importSource(store, openSource(attack))
    for (const g of [
      'producer',
      'threat-actor',
      'microsoft-activity-group',
      'mitre-intrusion-set',
      '360net',
      'tidal-groups',
    ]) {
      const f = sharedPath('data', 'misp-galaxy', 'clusters', `${g}.json`)
      if (f) await importSource(store, openSource(f))
    }
    const builds: number[] = []
    let index = await ActorIndex.build(store)
    for (let i = 0; i < 3; i++) {
      const t0 = process.hrtime.bigint()
      index = await ActorIndex.build(store)
      builds.push(ms(t0))
    }
    const t1 = process.hrtime.bigint()
    const resolver = buildResolver(index.resolverEntries())
    const resolverBuild = ms(t1)
    const queries: string[] = []
    for (const a of index.actors)
      for (const al of a.aliases.slice(0, 3))
        queries.push(
          ...spellingVariants(al.name)
            .slice(0, 3)
            .map((v) => v.query),
        )
    const sample = queries.slice(0, 10_000)
    const lat: number[] = []
    const tAll = process.hrtime.bigint()
    for (const q of sample) {
      const t = process.hrtime.bigint()
      resolver.resolve(q)
      lat.push(ms(t))
    }
    const resolveTotal = ms(tAll)
    // baseline: a Map lookup of the normalised form
    const map = new Map<string, string>()
    for (const a of index.actors) for (const al of a.aliases) map.set(normalizeAlias(al.name), a.id)
    const tBase = process.hrtime.bigint()
    let hits = 0
    for (const q of sample) if (map.has(normalizeAlias(q))) hits++
    const baseTotal = ms(tBase)
    // A dossier as the server answers it: the actor index is cached until the store changes, then the ledger
    // sections are computed for that actor.
    const dossier: number[] = []
    await ActorIndex.cached(store)
    for (const name of [
      'APT40',
      'APT28',
      'Lazarus Group',
      'Sandworm Team',
      'APT29',
      'Volt Typhoon',
      'APT41',
      'Turla',
    ]) {
      for (let i = 0; i < 5; i++) {
        const t = process.hrtime.bigint()
        const idx = await ActorIndex.cached(store)
        const actor = await findActor(idx, name)
        await dossierExtras(store, { id: actor.id, name: actor.name, ids: actor.ids }, {})
        dossier.push(ms(t))
      }
    }
    await store.close()
    return {
      actors: index.actors.length,
      build_all_views_ms_best: Number(Math.min(...builds).toFixed(1)),
      build_target_ms: 2000,
      resolver_build_ms: Number(resolverBuild.toFixed(1)),
      resolve_queries: sample.length,
      resolve_p50_ms: pct(lat, 0.5),
      resolve_p99_ms: pct(lat, 0.99),
      resolve_p99_target_ms: 0.5,
      resolve_10k_total_ms: Number(resolveTotal.toFixed(1)),
      baseline_map_lookup_total_ms: Number(baseTotal.toFixed(1)),
      baseline_hits: hits,
      resolve_to_map_ratio: Number((resolveTotal / baseTotal).toFixed(2)),
      dossier_p50_ms: pct(dossier, 0.5),
      dossier_p95_ms: pct(dossier, 0.95),
      dossier_p95_target_ms: 20,
    }
  } finally {
    cleanup()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await runActorBench(), null, 2))
