// `npm run bench`: every benchmark, each reporting ratios to a baseline measured in the same run, written as JSON to
// bench/results/latest.json (and a dated copy). Select some with: npm run bench -- import actors
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { repoRoot } from '../src/lib/testing.ts'

const suites: Record<string, () => Promise<object>> = {
  import: async () => (await import('./import-bench.ts')).runImportBench(),
  actors: async () => (await import('./actors/bench.ts')).runActorBench(),
  ledger: async () => (await import('./ledger/bench.ts')).runLedgerBench(),
  extract: async () => (await import('./extract/bench.ts')).runExtractBench(),
  hunt: async () => (await import('./hunt/bench.ts')).runHuntBench(),
}

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'))
const selected = wanted.length > 0 ? wanted : Object.keys(suites)
const results: Record<string, unknown> = {
  started: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  loadavg_at_start: loadavg().map((x) => Number(x.toFixed(2))),
}
for (const name of selected) {
  const run = suites[name]
  if (!run) {
    console.error(`unknown benchmark '${name}' (have: ${Object.keys(suites).join(', ')})`)
    process.exit(3)
  }
  process.stderr.write(`bench ${name} …\n`)
  const t0 = Date.now()
  try {
    results[name] = await run()
  } catch (e) {
    results[name] = { error: e instanceof Error ? e.message : String(e) }
  }
  process.stderr.write(`bench ${name} done in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`)
}
results.finished = new Date().toISOString()
const dir = join(repoRoot, 'bench', 'results')
mkdirSync(dir, { recursive: true })
const text = `${JSON.stringify(results, null, 2)}\n`
writeFileSync(join(dir, 'latest.json'), text)
writeFileSync(join(dir, `${results.started as string}.json`.replace(/:/g, '-')), text)
process.stdout.write(text)
