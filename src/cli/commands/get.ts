import { objectView } from '../../knowledge/object-view.ts'
import { MosaicError } from '../../lib/errors.ts'
import { parse, printJson } from '../args.ts'
import { withDb } from '../db.ts'

export const help = `
mosaic get <id> [--db PATH] [--json]

One object (current version) with its stored versions, its names and aliases with who uses each, and the claims
that have it as subject or object.
`

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {})
  const id = positionals[0]
  if (!id) throw new MosaicError('usage', 'get needs an id')
  const view = await withDb(values.db, (store) => objectView(store, id))
  if (!view) throw new MosaicError('not_found', `no object with id ${id}`)
  if (values.json) {
    printJson(view)
    return 0
  }
  const o = view.object
  const out: string[] = [`${String(o.name ?? o.id)}  (${o.type})`, `  id        ${o.id}`]
  out.push(`  versions  ${view.versions.length} (current ${o.modified ?? o.created ?? '-'})`)
  if (view.aliases.length) {
    out.push('  names')
    for (const a of view.aliases) out.push(`    ${a.name.padEnd(28)} ${a.sources.map((s) => s.name).join(', ')}`)
  }
  const claims = [...view.claims.as_subject, ...view.claims.as_object]
  if (claims.length) {
    out.push(`  claims (${claims.length})`)
    for (const c of claims.slice(0, 40))
      out.push(`    ${c.subject} ${c.predicate} ${c.object}${c.published ? `  [${c.published.slice(0, 10)}]` : ''}`)
    if (claims.length > 40) out.push(`    … ${claims.length - 40} more (use --json)`)
  }
  if (typeof o.description === 'string') out.push('', o.description.slice(0, 600))
  process.stdout.write(`${out.join('\n')}\n`)
  return 0
}
