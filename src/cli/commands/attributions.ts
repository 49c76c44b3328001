import { attributionReport, attributions, LedgerContext } from '../../knowledge/ledger/index.ts'
import { MosaicError } from '../../lib/errors.ts'
import { parse, printJson } from '../args.ts'
import { withDb } from '../db.ts'

export const help = `
mosaic attributions [--to PARTY] [--by ATTRIBUTOR] [--about ACTOR|CAMPAIGN] [--since DATE] [--as-of DATE]
                    [--units] [--db PATH] [--json]

The attribution ledger: one row per public statement (never folded into one edge per pair), with the attributor,
co-signers, what is attributed, to whom exactly as stated, the publication date, the verbatim confidence wording and
its scale, the source document and quote, and the denials answering it.

  --to PARTY        the party held responsible, by name, alias or id, case-insensitive ("Ministry of State
                    Security", MSS, China). An exact name or alias wins; otherwise every party whose name or alias
                    contains the text. Only statements naming that party count: a statement about "the Chinese
                    state" is not counted for the MSS, and nothing is inflated.
  --units           also count statements naming a sub-unit of the party (by part-of claims: the Hainan State
                    Security Department is part of the MSS); each row still shows the party as stated.
  --by ATTRIBUTOR   a government, agency, alliance or vendor (with its sub-units), or a country (every identity
                    located there: --by Canada). Statements it co-signed are included.
  --about X         statements attributing X (an intrusion set or campaign) or about campaign X.
  --since DATE      published on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).
  --as-of DATE      only what was published by the end of DATE (valid time); the recorded time is in the JSON.

The summary counts distinct governments, alliances or organisations (an agency counts for its government, by
part-of claims), separately as issuer and as co-signer.
`

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    to: { type: 'string' },
    by: { type: 'string' },
    about: { type: 'string' },
    since: { type: 'string' },
    'as-of': { type: 'string' },
    units: { type: 'boolean', default: false },
  })
  if (positionals.length > 0) throw new MosaicError('usage', `unexpected argument: ${positionals[0]}`)
  const result = await withDb(values.db, (store) => {
    const ctx = new LedgerContext(store, values['as-of'])
    return attributions(ctx, {
      ...(values.to !== undefined ? { to: values.to } : {}),
      ...(values.by !== undefined ? { by: values.by } : {}),
      ...(values.about !== undefined ? { about: values.about } : {}),
      ...(values.since !== undefined ? { since: values.since } : {}),
      units: values.units,
    })
  })
  if (values.json)
    printJson({
      as_of: values['as-of'] ?? null,
      matched: result.matched,
      summary: result.summary,
      attributions: result.rows,
    })
  else process.stdout.write(`${attributionReport(result)}\n`)
  return 0
}
