import { attributionStats, statsReport } from '../../knowledge/ledger/index.ts'
import { MosaicError } from '../../lib/errors.ts'
import { parse, printJson } from '../args.ts'
import { withDb } from '../db.ts'

export const help = `
mosaic stats [--db PATH] [--json]
mosaic stats attributions [--by-state] [--per-year] [--by-sector] [--as-of DATE] [--db PATH] [--json]

Without a topic: counts of current objects (by type), stored versions, claims and alias index rows.

attributions: counts over the attribution ledger, one per statement (attributed-to claims, asserted, published by
--as-of). --by-state groups by the state held responsible (the country named, else where the named organisation is
located or its parent is, else where the named intrusion set originates from, as claimed; "unknown" otherwise);
--per-year by year of publication (both together: a state × year table); --by-sector counts targeting claims per
sector or target category (e.g. democratic institutions and processes). With no section flag, all sections.
`

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    'by-state': { type: 'boolean', default: false },
    'per-year': { type: 'boolean', default: false },
    'by-sector': { type: 'boolean', default: false },
    'as-of': { type: 'string' },
  })
  const topic = positionals[0]
  if (topic === 'attributions') return attributions(values)
  if (topic !== undefined) throw new MosaicError('usage', `unknown stats topic: ${topic} (known: attributions)`)
  if (values['by-state'] || values['per-year'] || values['by-sector'] || values['as-of'] !== undefined)
    throw new MosaicError('usage', '--by-state, --per-year, --by-sector and --as-of go with: mosaic stats attributions')
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

async function attributions(values: {
  db?: string | undefined
  json: boolean
  'by-state': boolean
  'per-year': boolean
  'by-sector': boolean
  'as-of'?: string | undefined
}): Promise<number> {
  const s = await withDb(values.db, (store) =>
    attributionStats(store, values['as-of'] !== undefined ? { asOf: values['as-of'] } : {}),
  )
  const any = values['by-state'] || values['per-year'] || values['by-sector']
  const sections = {
    state: !any || values['by-state'],
    year: !any || values['per-year'],
    sector: !any || values['by-sector'],
  }
  if (values.json) {
    printJson({
      as_of: s.as_of,
      statements: s.statements,
      ...(sections.state ? { by_state: s.by_state } : {}),
      ...(sections.year ? { per_year: s.per_year } : {}),
      ...(sections.state && sections.year ? { by_state_per_year: s.by_state_per_year } : {}),
      ...(sections.sector ? { by_sector: s.by_sector } : {}),
    })
  } else process.stdout.write(`${statsReport(s, sections)}\n`)
  return 0
}
