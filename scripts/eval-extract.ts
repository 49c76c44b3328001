// npm run eval:extract — runs the extractor over ../shared/extraction-dev/dev*.txt, writes one summary per document
// to a temporary folder and prints the scorer's per-field table. Skips cleanly when the folder is absent.
// The alias index is built from the shared ATT&CK and MISP files (evaluation may read shared data; the product may not).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { aliasEntriesFromShared } from '../bench/extract/shared-aliases.ts'
import { compileActorMatcher, extractFromText, summarize } from '../src/extract/index.ts'

const shared = process.env.MOSAIC_SHARED ?? resolve(import.meta.dirname, '..', '..', 'shared')
const dev = join(shared, 'extraction-dev')
if (!existsSync(join(dev, 'score.py'))) {
  console.log(`skipped: ${dev} is not present`)
  process.exit(0)
}
const t0 = performance.now()
// MOSAIC_EVAL_NO_INDEX=1: shape-based recognition only, as for actors missing from the alias index.
const matcher = compileActorMatcher(process.env.MOSAIC_EVAL_NO_INDEX ? [] : aliasEntriesFromShared(shared))
const t1 = performance.now()
const out = process.argv[2] ?? mkdtempSync(join(tmpdir(), 'mosaic-eval-'))
mkdirSync(out, { recursive: true })
const docs = readdirSync(dev)
  .filter((f) => /^dev\d+\.txt$/.test(f))
  .sort()
for (const f of docs) {
  const text = readFileSync(join(dev, f), 'utf8')
  const summary = summarize(extractFromText(text, { matcher }))
  writeFileSync(join(out, f.replace(/\.txt$/, '.json')), JSON.stringify(summary, null, 1))
}
const t2 = performance.now()
console.log(
  `alias index: ${matcher.patternCount} patterns in ${(t1 - t0).toFixed(0)} ms; ${docs.length} documents in ${(t2 - t1).toFixed(0)} ms; output: ${out}`,
)
const extra = process.argv.slice(3)
const r = spawnSync('python3', [join(dev, 'score.py'), out, '--gold', dev, ...extra], { stdio: 'inherit' })
process.exit(r.status ?? 1)
