import { MosaicError } from '../../lib/errors.ts'
import { parse, printJson } from '../args.ts'
import { withDb } from '../db.ts'

export const help = `
mosaic search <text> [--type T]… [--limit N] [--db PATH] [--json]

Full-text search over names, aliases and descriptions, ranked: an exact alias match first, then by relevance with
names and aliases weighing more than descriptions.
`

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    type: { type: 'string', multiple: true },
    limit: { type: 'string', default: '20' },
  })
  const text = positionals.join(' ').trim()
  if (!text) throw new MosaicError('usage', 'search needs some text')
  const limit = Number(values.limit)
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new MosaicError('usage', '--limit must be 1..1000')
  const hits = await withDb(values.db, (store) =>
    store.search(text, { limit, ...(values.type ? { types: values.type } : {}) }),
  )
  if (values.json) printJson({ query: text, hits })
  else {
    if (hits.length === 0) process.stdout.write('no matches\n')
    for (const h of hits)
      process.stdout.write(`${h.name}  (${h.type})  ${h.id}\n    ${h.snippet.replace(/\s+/g, ' ').slice(0, 160)}\n`)
  }
  return 0
}
