import { LedgerContext, legalActions, legalTable } from '../../knowledge/ledger/index.ts'
import { MosaicError } from '../../lib/errors.ts'
import { parse, printJson } from '../args.ts'
import { withDb } from '../db.ts'

export const help = `
mosaic legal [--authority NAME] [--subject NAME] [--as-of DATE] [--db PATH] [--json]

Legal actions (indictments, sanctions, arrests, rewards, expulsions): authority, date, subjects (individuals,
organisations, front companies) with their kind, charges, and the actors and campaigns they concern.

  --authority NAME  an authority by name or alias (with its sub-units), or a country (every authority there)
  --subject NAME    a subject's name (substring, case-insensitive), or an actor/organisation the action concerns
  --as-of DATE      only actions dated by the end of DATE
`

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    authority: { type: 'string' },
    subject: { type: 'string' },
    'as-of': { type: 'string' },
  })
  if (positionals.length > 0) throw new MosaicError('usage', `unexpected argument: ${positionals[0]}`)
  const rows = await withDb(values.db, (store) =>
    legalActions(new LedgerContext(store, values['as-of']), {
      ...(values.authority !== undefined ? { authority: values.authority } : {}),
      ...(values.subject !== undefined ? { subject: values.subject } : {}),
    }),
  )
  if (values.json) printJson({ as_of: values['as-of'] ?? null, legal_actions: rows })
  else process.stdout.write(`${rows.length} legal action(s)\n\n${rows.length ? `${legalTable(rows)}\n` : ''}`)
  return 0
}
