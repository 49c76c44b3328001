import { retractClaim } from '../../knowledge/actors/index.ts'
import { MosaicError } from '../../lib/errors.ts'
import { parse, printJson } from '../args.ts'
import { withDb } from '../db.ts'

export const help = `
mosaic claim show <claim-id> [--db PATH] [--json]
mosaic claim retract <claim-id> [--reason "…"] [--db PATH] [--json]

Retracting adds a retraction claim by the local analyst; the retracted claim stays in the ledger. Retracting a
retraction undoes it.
`

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { reason: { type: 'string', default: '' } })
  const [verb, id] = positionals
  if ((verb !== 'retract' && verb !== 'show') || !id)
    throw new MosaicError('usage', 'usage: mosaic claim show|retract <claim-id>')
  return withDb(values.db, async (store) => {
    if (verb === 'show') {
      const c = await store.getClaim(id)
      if (!c) throw new MosaicError('not_found', `no claim with id ${id}`)
      if (values.json) printJson(c)
      else process.stdout.write(`${JSON.stringify(c, null, 2)}\n`)
      return 0
    }
    const r = await retractClaim(store, id, values.reason)
    if (values.json) printJson({ retraction: r.id, retracts: id })
    else process.stdout.write(`retracted ${id} (claim ${r.id}; undo: mosaic claim retract ${r.id})\n`)
    return 0
  })
}
