// npm run -s attr:candidates -- OUT.jsonl [--sets all]
// Writes every attribution candidate of the annotated sets (dev, holdout, check*: see eval-extract.ts) with its
// features, one JSON object a line, for scripts/attr-train.py. Sets named in UNSEEN are written without gold: the
// trainer never reads their labels.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { aliasEntriesFromShared } from '../bench/extract/shared-aliases.ts'
import { aliasEntriesFromStarter } from '../bench/extract/starter-aliases.ts'
import type { AttrCandidate } from '../src/extract/attr-model.ts'
import { compileActorMatcher, extractFromText, summarize } from '../src/extract/index.ts'

const root = resolve(import.meta.dirname, '..')
const shared = process.env.MOSAIC_SHARED ?? resolve(root, '..', 'shared')
const outFile = process.argv[2]
if (!outFile) {
  console.error('usage: attr-candidates OUT.jsonl')
  process.exit(2)
}
const matcher = compileActorMatcher([...aliasEntriesFromShared(shared), ...aliasEntriesFromStarter()])
const sets: { name: string; dir: string; docs: RegExp }[] = []
if (existsSync(join(shared, 'extraction-dev')))
  sets.push({ name: 'dev', dir: join(shared, 'extraction-dev'), docs: /^dev\d+\.txt$/ })
for (const d of readdirSync(join(root, 'fixtures')).sort()) {
  if (!d.startsWith('extraction-')) continue
  const dir = join(root, 'fixtures', d)
  if (!existsSync(join(dir, 'aliases.json'))) continue
  sets.push({ name: d.slice('extraction-'.length), dir, docs: /^[a-z]+\d+\.txt$/ })
}
const lines: string[] = []
for (const set of sets) {
  for (const f of readdirSync(set.dir)
    .filter((x) => set.docs.test(x))
    .sort()) {
    const text = readFileSync(join(set.dir, f), 'utf8')
    const cands: AttrCandidate[] = []
    const ex = extractFromText(text, { matcher, attrCandidates: cands })
    const summary = summarize(ex)
    const doc = f.replace(/\.txt$/, '')
    lines.push(
      JSON.stringify({
        set: set.name,
        dir: set.dir,
        doc,
        rules: summary.attributions,
        parties: ex.parties.map((p) => [p.name, p.kind]),
        orgs: summary.organizations.map((o) => o.name),
        people: summary.individuals.map((o) => o.name),
        cands: cands.map((c) => ({
          b: c.attributorName,
          a: c.attributedName,
          s: [c.sentence.start, c.sentence.end],
          i: c.index,
          f: c.features,
          conf: c.rule?.confidenceText,
        })),
      }),
    )
  }
}
writeFileSync(outFile, `${lines.join('\n')}\n`)
console.log(`${lines.length} documents, ${sets.length} sets -> ${outFile}`)
