import {
  type CampaignView,
  campaignReport,
  campaignView,
  findCampaigns,
  LedgerContext,
} from '../../knowledge/ledger/index.ts'
import { MosaicError } from '../../lib/errors.ts'
import { parse, printJson } from '../args.ts'
import { withDb } from '../db.ts'

export const help = `
mosaic campaign <name|id> [--as-of DATE] [--db PATH] [--json]

A campaign or incident: period, the actors that conducted it (each by its claim), the CVEs it exploited with their
timelines (publication, CISA KEV date, first exploitation), targeted sectors and countries, impact figures with their
source, and every attribution statement about it, as stated. The summary groups statements by the party named
(MSS, the Chinese state, a territory …) and, separately, rolls organisations and countries up to the state behind
them, listing the governments and alliances that issued or co-signed them.

The name matches a campaign name or alias exactly (case-insensitive), else every campaign whose name or alias
contains it; all matches are shown. JSON: {"query","as_of","campaigns":[…]}.
`

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { 'as-of': { type: 'string' } })
  const name = positionals.join(' ').trim()
  if (!name) throw new MosaicError('usage', 'campaign needs a name or id')
  const views = await withDb(values.db, async (store) => {
    const ctx = new LedgerContext(store, values['as-of'])
    const out: CampaignView[] = []
    for (const id of await findCampaigns(ctx, name)) {
      const v = await campaignView(ctx, id)
      if (v) out.push(v)
    }
    return out
  })
  if (views.length === 0) throw new MosaicError('not_found', `no campaign named '${name}'`)
  if (values.json) printJson({ query: name, as_of: values['as-of'] ?? null, campaigns: views })
  else process.stdout.write(`${views.map(campaignReport).join('\n\n')}\n`)
  return 0
}
