import { parse, printJson } from '../args.ts'
import { withDb } from '../db.ts'

export const help = `
mosaic stats [--db PATH] [--json]

Counts of current objects (by type), stored versions, claims and alias index rows.
`

export async function run(args: string[]): Promise<number> {
  const { values } = parse(args, {})
  const stats = await withDb(values.db, (store) => store.stats())
  if (values.json) printJson(stats)
  else {
    process.stdout.write(
      `objects ${stats.objects}  versions ${stats.versions}  claims ${stats.claims}  aliases ${stats.aliases}\n`,
    )
    for (const [t, n] of Object.entries(stats.byType)) process.stdout.write(`  ${t.padEnd(28)} ${n}\n`)
  }
  return 0
}
