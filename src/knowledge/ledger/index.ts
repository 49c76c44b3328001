// The attribution ledger's front door: views over claims (ledger queries, opinions, legal actions, campaigns, CVE
// timelines, dossier sections, analytics). Pure reads through the Store port; every view takes an as-of date.
import type { Store } from '../../store/store.ts'
import { type ActorRef, dossierExtras as buildDossierExtras } from './dossier.ts'

/** Ledger query: one row per attribution statement, filters by attributed party, attributor, subject, dates. */
export {
  type AttributionQuery,
  type AttributionResult,
  type AttributionRow,
  type AttributorRef,
  attributions,
  type LedgerConfidence,
  type LedgerSummary,
  type OpinionRow,
  opinionsAbout,
  summarize,
} from './attributions.ts'
/** Campaign view (period, actors, CVEs, sectors, countries, impact, attributions as stated and per state). */
export {
  byState,
  type CampaignRow,
  type CampaignView,
  campaignView,
  findCampaigns,
  type ImpactRow,
  type TargetRow,
} from './campaigns.ts'
/** Per-query context: as-of bound, caches, name matching. Create one per request. */
export { asOfBound, LedgerContext, type PartyRef, type SourceDoc, sinceBound } from './context.ts'
/** CVE timeline joined by CVE id across the CVE record, the KEV entry and the starter pack. */
export { type CveSummary, type CveTimeline, cveSummary, cveTimeline } from './cves.ts'
export type { ActorRef, DossierExtras, SponsorRow, TimelineEvent } from './dossier.ts'
/** Legal actions with authority, date, subjects and charges. */
export { type LegalActionRow, type LegalQuery, legalActions } from './legal.ts'
/** Counts: statements per attributed state and per year, targeting per sector. */
export { type AttributionStats, attributionStats } from './stats.ts'
/** Text tables of the views (what the CLI prints without --json). */
export {
  attributionReport,
  attributionTable,
  campaignReport,
  cveReport,
  legalTable,
  statsReport,
  table,
} from './text.ts'

/**
 * The attribution-ledger sections of an actor dossier (sponsors, attributions, denials, legal actions, campaigns,
 * CVEs, sectors, countries, timeline), merged into `mosaic actor X --json`. Claims about any of `actor.ids` count;
 * `asOf` keeps what was published by then; `lens` keeps statements by that source (or a co-signer).
 * @example const extras = await dossierExtras(store, { id, name: 'APT40', ids }, { asOf: '2021-07-18' })
 */
export async function dossierExtras(
  store: Store,
  actor: ActorRef,
  opts: { asOf?: string; lens?: string },
): Promise<Record<string, unknown>> {
  return { ...(await buildDossierExtras(store, actor, opts)) }
}
