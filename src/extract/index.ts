/** Report ingestion: text, HTML, PDF or URL → entities and claims with evidence spans, a STIX bundle, a summary. */
export type { ActorMatcher, ActorMention, AliasEntry } from './actors.ts'
export { compileActorMatcher, findActorShapes } from './actors.ts'
export type { BundleOptions } from './bundle.ts'
export { buildBundle, stableId, TLP_MARKINGS } from './bundle.ts'
export type { AliasClaim, AttributionClaim, DenialClaim, Party } from './claims.ts'
export type { Extraction, ExtractionSummary, ExtractOptions } from './extract.ts'
export { extractFromText, summarize } from './extract.ts'
export type { InputLimits, LoadedReport, ReportFormat } from './input.ts'
export {
  bytesToReport,
  DEFAULT_MAX_BYTES,
  decodeText,
  detectFormat,
  fetchReport,
  htmlToText,
  isPrivateAddress,
  pdfToText,
  readReportFile,
  readReportStream,
} from './input.ts'
export type { Ioc, NonIoc } from './iocs.ts'
export { findIocs, refang } from './iocs.ts'
export { aliasEntriesFromStore } from './store-aliases.ts'

import type { Bundle } from '../stix/types.ts'
import type { ActorMatcher } from './actors.ts'
import { type BundleOptions, buildBundle } from './bundle.ts'
import { type ExtractionSummary, extractFromText, summarize } from './extract.ts'
import type { LoadedReport } from './input.ts'

/**
 * One call from loaded report to the `mosaic extract --json` output: `{bundle, summary}`.
 * @example const out = extractReport(await readReportFile('a.html'), { matcher, tlp: 'green' })
 */
export function extractReport(
  report: LoadedReport,
  options: { matcher?: ActorMatcher; tlp?: string; publisher?: string; published?: string; now?: string } = {},
): { bundle: Bundle; summary: ExtractionSummary } {
  const publisher = options.publisher ?? report.publisher
  const x = extractFromText(report.text, {
    ...(options.matcher ? { matcher: options.matcher } : {}),
    ...(publisher ? { publisher } : {}),
  })
  const b: BundleOptions = { source: report.source, format: report.format }
  if (report.title) b.title = report.title
  if (publisher) b.publisher = publisher
  const published = options.published ?? report.published
  if (published) b.published = published
  if (report.url) b.url = report.url
  if (options.tlp) b.tlp = options.tlp
  if (options.now) b.now = options.now
  return { bundle: buildBundle(x, b), summary: summarize(x) }
}
