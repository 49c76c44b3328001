// Public surface of hunting: the Exchange 2021 pack and literal-indicator log sweeps.

/** Hunt one Exchange collection for the 2021 mass exploitation (spec: exchange-hunting.md); returns findings, verdict, coverage. */
export { type ExchangeHuntOptions, hostVerdict, huntExchange, sortFindings } from './exchange/scan.ts'
/** Load the built-in IOC table plus extra IOC CSV files, indexed for matching. */
export { type IocTables, loadIocTables } from './exchange/tables.ts'
/** Finding, verdict and coverage shapes of the Exchange pack (spec §7). */
export type { Coverage, ExchangeReport, Finding, IocMatch, Severity, Verdict } from './exchange/types.ts'
/** Parse an indicators document (STIX bundle, CSV or list) / read one from disk. */
export {
  type IndicatorSet,
  type LiteralIndicator,
  literalsOfPattern,
  type NonLiteralMatcher,
  parseIndicators,
  readIndicatorsFile,
} from './logs/indicators.ts'
/** Stream a text log line by line (gzip, BOM, UTF-16, CRLF handled; errors returned, never thrown). */
export { forEachLine, type ReadSummary } from './logs/line-reader.ts'
/** Sweep log files for literal indicators over worker threads; indicators in, sightings out (deterministic order). */
export { type Sighting, type SweepOptions, type SweepResult, sweepLogs, toStixSightings } from './logs/sweep.ts'

// The STIX pattern evaluator (owned separately) will be re-exported here once it lands:
// export * from './pattern/index.ts'
