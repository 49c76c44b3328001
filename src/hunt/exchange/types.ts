// The output shapes of the Exchange 2021 pack (spec §7).

export type Severity = 'critical' | 'high' | 'medium' | 'low'

/** Which reader produced a finding. */
export type SourceType = 'iis' | 'httpproxy' | 'ecp' | 'oab' | 'eventlog' | 'file' | 'config' | 'manifest' | 'inventory'

/** One IOC row attached to a finding. */
export interface IocMatch {
  type: string
  value: string
  description: string
  campaign: string
  source_name: string
  source_url: string
}

/** A finding object exactly as spec §7.1 lists its fields; fields that do not apply are null. */
export interface Finding {
  detectionId: string
  title: string
  severity: Severity
  cves: string[]
  host: string
  source: { file: string; line: number | null; type: SourceType }
  timestamp: string | null
  clientIp: string | null
  userAgent: string | null
  method: string | null
  path: string | null
  query: string | null
  status: number | null
  user: string | null
  extracted: Record<string, unknown>
  iocMatches: IocMatch[]
  evidence: string | null
  recommendation: string
}

/** The host verdict of spec §7.3. */
export type Verdict =
  | 'compromise-likely'
  | 'suspicious'
  | 'exploitation-attempts'
  | 'vulnerable-no-evidence'
  | 'no-indicators'

/** Coverage of one log source (spec §7.4). */
export interface SourceCoverage {
  /** iis · httpproxy · ecp · oab · eventlog */
  type: string
  /** HttpProxy protocol folder, or the event log name. */
  name: string | null
  files: number
  bytes: number
  earliest: string | null
  latest: string | null
  lines: number
  malformed: number
  /** First malformed lines as `file:line` (at most 50 per source). */
  malformedLines: string[]
}

export interface CoverageWindow {
  name: 'proxylogon' | 'proxyshell'
  from: string
  to: string
  covered: boolean
  /** Source types whose time range overlaps the window. */
  coveredBy: string[]
}

export interface Coverage {
  sources: SourceCoverage[]
  windows: CoverageWindow[]
  warnings: string[]
  files: { scanned: number; candidates: number; bytes: number }
  readErrors: { file: string; error: string }[]
  installRoots: string[]
  yara: { available: boolean; engine: string; detail: string }
}

/** The whole answer of `mosaic hunt exchange`. */
export interface ExchangeReport {
  host: string
  verdict: Verdict
  findings: Finding[]
  coverage: Coverage
}
