import { cveReport, cveTimeline, LedgerContext } from '../../knowledge/ledger/index.ts'
import { MosaicError } from '../../lib/errors.ts'
import { parse, printJson } from '../args.ts'
import { withDb } from '../db.ts'

export const help = `
mosaic cve <CVE-id> [--as-of DATE] [--db PATH] [--json]

The timeline of one vulnerability, each date from its source: publication (the CVE record, once imported), patch
(only when a loaded source states it), the CISA KEV date added and due date (once the KEV catalog is imported:
mosaic import known_exploited_vulnerabilities.json), first exploitation in the wild (the earliest first_seen of a
campaign claimed to exploit it), and the campaigns and actors that exploited it. Records of the same CVE from
different sources are joined by CVE id.
`

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { 'as-of': { type: 'string' } })
  const id = positionals[0]?.trim()
  if (!id || positionals.length > 1) throw new MosaicError('usage', 'cve needs one CVE id (CVE-YYYY-NNNN)')
  if (!/^CVE-\d{4}-\d{4,}$/i.test(id)) throw new MosaicError('invalid_input', `not a CVE id: ${id}`)
  const t = await withDb(values.db, (store) => cveTimeline(new LedgerContext(store, values['as-of']), id))
  if (!t) throw new MosaicError('not_found', `no vulnerability named ${id.toUpperCase()} in the database`)
  if (values.json) printJson(t)
  else process.stdout.write(`${cveReport(t)}\n`)
  return 0
}
