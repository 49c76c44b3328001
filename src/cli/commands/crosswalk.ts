import { ActorIndex, crosswalk, findActor } from '../../knowledge/actors/index.ts'
import { MosaicError } from '../../lib/errors.ts'
import { parse, printJson } from '../args.ts'
import { withDb } from '../db.ts'

export const help = `
mosaic crosswalk <name|id> [--db PATH] [--json]

Vendors × names for one actor: each source, the names it uses, and for each link its date and claim id.
`

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {})
  const query = positionals.join(' ')
  if (!query) throw new MosaicError('usage', 'crosswalk needs an actor name or id')
  return withDb(values.db, async (store) => {
    const actor = await findActor(await ActorIndex.build(store), query)
    const rows = crosswalk(actor)
    if (values.json) printJson({ id: actor.id, name: actor.name, rows })
    else {
      process.stdout.write(`${actor.name} (${actor.id})\n`)
      const width = Math.min(40, Math.max(...rows.map((r) => r.source.length)))
      for (const r of rows)
        process.stdout.write(
          `  ${r.source.padEnd(width)}  ${r.names.map((n) => `${n.name}${n.published ? ` (${n.published.slice(0, 10)})` : ''}`).join(', ')}\n`,
        )
    }
    return 0
  })
}
