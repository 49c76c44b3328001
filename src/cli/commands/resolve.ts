import { createInterface } from 'node:readline'
import { ActorIndex } from '../../knowledge/actors/index.ts'
import { MosaicError } from '../../lib/errors.ts'
import type { Resolution } from '../../resolve/index.ts'
import { parse, printJson } from '../args.ts'
import { withDb } from '../db.ts'

export const help = `
mosaic resolve <name|-> [--type T]… [--db PATH] [--json]

Resolve a free-text name to the actors it names. Exact, then normalised (case, accents, spaces, dots, hyphens,
"APT 40"/"APT-40", possessives, quotes), then loose ("the … Group") matches; a name that is no actor's returns no
candidates, near misses and vendor naming-scheme hints come back as suggestions only. A name claimed for several
actors returns them all with "ambiguous": true.
With '-', reads one name per line from stdin and writes one JSON object per line, in order.
--type resolves other kinds (malware, tool, campaign, location, identity …) instead of actors.

{"query","ambiguous","candidates":[{"id","name","ids","external_ids","matched_alias","sources","score"}],"suggestions":[…]}
`

function text(r: Resolution): string {
  if (r.candidates.length === 0) {
    const s = r.suggestions.map((x) => x.text).join('; ')
    return `${r.query}: no actor${s ? ` — ${s}` : ''}`
  }
  const head = `${r.query}:${r.ambiguous ? ' AMBIGUOUS' : ''}`
  return [
    head,
    ...r.candidates.map(
      (c) => `  ${c.name} (${c.id}) via '${c.matched_alias}' [${c.sources.join(', ')}] score ${c.score.toFixed(2)}`,
    ),
  ].join('\n')
}

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { type: { type: 'string', multiple: true } })
  const query = positionals.join(' ')
  if (!query) throw new MosaicError('usage', 'resolve needs a name or - (see mosaic resolve --help)')
  await withDb(values.db, async (store) => {
    const index = await ActorIndex.build(store)
    const resolver = index.resolver()
    const opts = values.type ? { types: values.type } : {}
    const emit = (line: string) => {
      const r = resolver.resolve(line, opts)
      if (values.json) printJson(r)
      else process.stdout.write(`${text(r)}\n`)
    }
    if (query !== '-') {
      emit(query)
      return
    }
    const rl = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY })
    for await (const line of rl) emit(line)
  })
  return 0
}
