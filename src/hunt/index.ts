// Public surface of hunting: the Exchange 2021 pack, log sweeps (literal and pattern indicators) and the STIX
// pattern evaluator.

/** Hunt one Exchange collection for the 2021 mass exploitation (spec: exchange-hunting.md); returns findings, verdict, coverage. */
export { type ExchangeHuntOptions, hostVerdict, huntExchange, sortFindings } from './exchange/scan.ts'
/** Load the built-in IOC table plus extra IOC CSV files, indexed for matching. */
export { type IocTables, loadIocTables } from './exchange/tables.ts'
/** Finding, verdict and coverage shapes of the Exchange pack (spec §7). */
export type { Coverage, ExchangeReport, Finding, IocMatch, Severity, Verdict } from './exchange/types.ts'
/** Parse an indicators document (STIX bundle, CSV or list) / read one from disk / take STIX objects (the store). */
export {
  type IndicatorSet,
  indicatorsFromObjects,
  type LiteralIndicator as SweepLiteral,
  LiteralList,
  literalsOfPattern,
  parseIndicators,
  readIndicatorsFile,
} from './logs/indicators.ts'
/** Stream a text log line by line, as strings or as byte ranges (gzip, BOM, UTF-16, CRLF handled; errors returned). */
export { forEachLine, forEachLineBytes, type ReadSummary } from './logs/line-reader.ts'
/** Log records as STIX observations, and pattern-indicator evaluation over a sweep's candidate records. */
export { type LogRecord, observationOf, type PatternIndicator, type PatternMatch } from './logs/patterns.ts'
/** Sweep log files for indicators over worker threads; indicators in, sightings out (deterministic order). */
export { type Sighting, type SweepOptions, type SweepResult, sweepLogs, toStixSightings } from './logs/sweep.ts'
/** The STIX pattern evaluator: compilePattern, literalIndicators, inspector, equivalence, safe regex. */
export * from './pattern/index.ts'
