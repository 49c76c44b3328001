import { ActorIndex } from '../../knowledge/actors/index.ts'
import { MosaicError } from '../../lib/errors.ts'
import { aliasConflicts, aliasContamination } from '../../resolve/index.ts'
import { parse, printJson } from '../args.ts'
import { withDb } from '../db.ts'

export const help = `
mosaic aliases conflicts [--db PATH] [--json]

Names claimed for more than one actor, with who claims what; and actor aliases that equal a malware or tool name
in the database (e.g. JJDoor, Feverdream), flagged as possible contamination.
`

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {})
  if (positionals[0] !== 'conflicts') throw new MosaicError('usage', 'usage: mosaic aliases conflicts')
  return withDb(values.db, async (store) => {
    const index = await ActorIndex.build(store)
    const entries = index.resolverEntries()
    const conflicts = aliasConflicts(entries)
    const things = index.others
      .filter((o) => o.type === 'malware' || o.type === 'tool')
      .flatMap((o) => o.aliases.map((a) => ({ id: o.id, name: a.name, type: o.type })))
    const contamination = aliasContamination(entries, things)
    if (values.json) printJson({ conflicts, contamination })
    else {
      process.stdout.write(`${conflicts.length} names claimed for more than one actor\n`)
      for (const c of conflicts)
        process.stdout.write(
          `  ${c.alias}: ${c.claimants.map((x) => `${x.actor_name} [${x.sources.join(', ')}]`).join(' | ')}\n`,
        )
      process.stdout.write(`${contamination.length} actor names that are also malware/tool names\n`)
      for (const c of contamination)
        process.stdout.write(
          `  ${c.alias} (${c.actor_name}) = ${c.matches.map((m) => `${m.type} ${m.name}`).join(', ')}\n`,
        )
    }
    return 0
  })
}
