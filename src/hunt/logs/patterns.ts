// Indicators whose STIX pattern is not a plain OR of literal equalities go through the pattern evaluator
// (src/hunt/pattern). A log record becomes one STIX observation (see observationOf). Evaluating a pattern such as
// `[a] FOLLOWEDBY [b] WITHIN 300 SECONDS` over millions of records at once is out of the question, so the sweep
// works in two steps:
//   1. screen (in the workers, per record): a record can take part in a match only if it satisfies one of the
//      pattern's `[…]` observation expressions on its own, so each of those is compiled as its own pattern and
//      tested against the record; records that pass are kept as candidates (bounded per pattern);
//   2. evaluate (in the main thread, after every file): the whole pattern over its candidates from all files, in
//      input order, repeatedly, each match removing the observations it used.
// A pattern that fails while matching (e.g. a MATCHES regex past the evaluator's step budget) is stopped and
// reported; it never stalls the sweep.

import { type ObservationExpression, parsePattern, printComparisonExpression } from '../../stix/pattern/index.ts'
import { type CompiledPattern, compilePattern, type Observation } from '../pattern/index.ts'
import { canonicalIpv6 } from './indicators.ts'
import { isoUtc, percentDecode } from './text.ts'

/** One log record, as the sweep reads it. */
export interface LogRecord {
  format: string
  /** Column → value (W3C, CSV); `-` and empty values are left out. */
  fields?: Record<string, string>
  /** A parsed JSON line. */
  json?: unknown
  /** A free-text line (syslog, unknown formats). */
  text?: string
  timestamp: string | null
}

/** The time given to records that carry none (patterns without temporal qualifiers do not care). */
export const NO_TIME = '1970-01-01T00:00:00Z'

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/

function ipObject(v: string): Record<string, unknown> | null {
  if (IPV4.test(v)) return { type: 'ipv4-addr', value: v }
  if (v.includes(':') && canonicalIpv6(v) !== null) return { type: 'ipv6-addr', value: v }
  return null
}

/**
 * The STIX observation of one log record. Objects (keys are stable names, usable in `_ref`s):
 * - `record`: `x-mosaic-log-record` with `format`, `file`, `line`, `fields` (or the parsed JSON as `fields`) and
 *   `message` (free text), so any column can be tested: `[x-mosaic-log-record:fields.'cs-uri-query' MATCHES '…']`;
 * - every IPv4/IPv6 value as `ipv4-addr` / `ipv6-addr` (W3C: `c-ip`, `s-ip`, `xff-N`; others: `ip-N`);
 * - W3C only: `network-traffic` (`src_ref` c-ip, `dst_ref` s-ip, `dst_port`, `protocols`, the
 *   `http-request-ext` with `request_method`, `request_value`, `request_header`), `url` (stem?query), `file`
 *   (`name` = last segment of the decoded stem), `domain-name` (cs-host) and `user-account` (`user_id`).
 * first_observed = last_observed = the record's time (NO_TIME when it has none); number_observed = 1.
 */
export function observationOf(rec: LogRecord, file: string, line: number): Observation {
  const objects: Record<string, Record<string, unknown>> = {}
  const t = rec.timestamp ?? NO_TIME
  const record: Record<string, unknown> = { type: 'x-mosaic-log-record', format: rec.format, file, line }
  objects.record = record
  let ipN = 0
  const addIp = (v: string, key?: string): string | null => {
    const o = ipObject(v)
    if (o === null) return null
    const k = key ?? `ip-${ipN++}`
    objects[k] = o
    return k
  }
  if (rec.fields) {
    const f = rec.fields
    record.fields = f
    if (rec.format === 'w3c') {
      const get = (n: string) => f[n] ?? f[n.toLowerCase()]
      const cip = get('c-ip') ? addIp(get('c-ip')!, 'c-ip') : null
      const sip = get('s-ip') ? addIp(get('s-ip')!, 's-ip') : null
      const xff = get('X-Forwarded-For') ?? get('cs(X-Forwarded-For)')
      if (xff)
        xff.split(',').forEach((p, i) => {
          addIp(p.replaceAll('+', ' ').trim(), `xff-${i}`)
        })
      const stemRaw = get('cs-uri-stem')
      const query = get('cs-uri-query')
      const header: Record<string, string> = {}
      for (const [col, name] of [
        ['cs(User-Agent)', 'User-Agent'],
        ['cs(Cookie)', 'Cookie'],
        ['cs(Referer)', 'Referer'],
        ['cs-host', 'Host'],
      ] as const) {
        const v = get(col)
        if (v) header[name] = v.replaceAll('+', ' ')
      }
      if (xff) header['X-Forwarded-For'] = xff.replaceAll('+', ' ')
      const http: Record<string, unknown> = { request_header: header }
      if (get('cs-method')) http.request_method = get('cs-method')
      if (stemRaw) http.request_value = query ? `${stemRaw}?${query}` : stemRaw
      if (get('cs-version')) http.request_version = get('cs-version')!.toLowerCase()
      const nt: Record<string, unknown> = {
        type: 'network-traffic',
        protocols: ['tcp', 'http'],
        extensions: { 'http-request-ext': http },
      }
      if (cip) nt.src_ref = cip
      if (sip) nt.dst_ref = sip
      const port = Number.parseInt(get('s-port') ?? '', 10)
      if (Number.isInteger(port)) nt.dst_port = port
      objects.traffic = nt
      if (stemRaw) {
        objects.url = { type: 'url', value: query ? `${stemRaw}?${query}` : stemRaw }
        const stem = percentDecode(stemRaw)
        const name = stem.slice(stem.lastIndexOf('/') + 1)
        if (name !== '') objects.file = { type: 'file', name }
      }
      if (get('cs-host')) objects.host = { type: 'domain-name', value: get('cs-host')!.toLowerCase() }
      if (get('cs-username')) objects.user = { type: 'user-account', user_id: get('cs-username') }
    } else for (const v of Object.values(f)) addIp(v.trim())
  }
  if (rec.json !== undefined) {
    record.fields = rec.json
    const walk = (v: unknown, depth: number) => {
      if (typeof v === 'string') addIp(v.trim())
      else if (depth < 8 && typeof v === 'object' && v !== null) for (const x of Object.values(v)) walk(x, depth + 1)
    }
    walk(rec.json, 0)
  }
  if (rec.text !== undefined) {
    record.message = rec.text
    for (const tok of rec.text.split(/[\s,;|"'<>()[\]{}=\\]+/)) if (tok.length >= 3) addIp(tok)
  }
  return { first_observed: t, last_observed: t, number_observed: 1, objects }
}

/** The time of a record from common timestamp fields, as ISO-8601 UTC (or null). */
export function recordTime(text: string | undefined | null): string | null {
  return typeof text === 'string' ? isoUtc(text) : null
}

/** A pattern indicator for the sweep. */
export interface PatternIndicator {
  indicatorId: string
  name: string | null
  pattern: string
}

interface Screened {
  index: number
  whole: CompiledPattern
  leaves: CompiledPattern[]
  /** Candidates kept for this pattern (bounded, see `candidateCap`). */
  cap: number
}

/** A record that may take part in a match of some patterns. */
export interface Candidate {
  line: number
  observation: Observation
  /** Indexes (into the sweep's pattern list) of the patterns it is a candidate for. */
  patterns: number[]
}

/** A pattern that could not be compiled or stopped while matching. */
export interface PatternProblem {
  pattern: number
  message: string
  line: number | null
}

function leavesOf(e: ObservationExpression, out: string[]): void {
  switch (e.type) {
    case 'observation':
      out.push(`[${printComparisonExpression(e.expr)}]`)
      return
    case 'and':
    case 'or':
    case 'followedby':
      leavesOf(e.left, out)
      leavesOf(e.right, out)
      return
    default:
      leavesOf(e.expr, out)
  }
}

/**
 * Bound on the candidates of one pattern: the evaluator enumerates bindings, so for k observation expressions the
 * work grows like candidates^k; the bound keeps that near 10^6 (1000 candidates for 2, 100 for 3 …).
 */
export function candidateCap(leaves: number): number {
  return Math.max(20, Math.min(5000, Math.floor(10 ** (6 / Math.max(1, leaves)))))
}

/** Compile pattern texts; problems (not valid STIX Patterning …) are returned, not thrown. */
export function compilePatterns(patterns: readonly string[]): { screened: Screened[]; problems: PatternProblem[] } {
  const screened: Screened[] = []
  const problems: PatternProblem[] = []
  patterns.forEach((text, index) => {
    const whole = compilePattern(text)
    if (!whole.ok) {
      problems.push({ pattern: index, message: `${whole.error.kind} error: ${whole.error.message}`, line: null })
      return
    }
    const parsed = parsePattern(text)
    const leafTexts: string[] = []
    if (parsed.ok) leavesOf(parsed.value.root, leafTexts)
    const leaves: CompiledPattern[] = []
    for (const l of leafTexts) {
      const c = compilePattern(l)
      if (c.ok) leaves.push(c.value)
    }
    if (leaves.length !== leafTexts.length || leaves.length === 0) {
      problems.push({ pattern: index, message: 'pattern could not be split into observation expressions', line: null })
      return
    }
    screened.push({ index, whole: whole.value, leaves, cap: candidateCap(leaves.length) })
  })
  return { screened, problems }
}

/** Per-file screening of records against the pattern indicators (runs in the workers). */
export class PatternScreen {
  private readonly live: Screened[]
  readonly problems: PatternProblem[]
  private readonly kept = new Map<number, number>()

  constructor(patterns: readonly string[]) {
    const { screened, problems } = compilePatterns(patterns)
    this.live = screened
    this.problems = problems
  }

  get active(): boolean {
    return this.live.length > 0
  }

  /** Test one record; returns a candidate when some pattern may use it. */
  screen(rec: LogRecord, file: string, line: number): Candidate | null {
    let obs: Observation | null = null
    let hits: number[] | null = null
    for (let i = 0; i < this.live.length; i++) {
      const s = this.live[i]!
      if ((this.kept.get(s.index) ?? 0) >= s.cap) continue
      obs ??= observationOf(rec, file, line)
      for (const leaf of s.leaves) {
        const r = leaf.tryMatch([obs])
        if (!r.ok) {
          this.problems.push({ pattern: s.index, message: `stopped: ${r.error.message}`, line })
          this.live.splice(i--, 1)
          break
        }
        if (r.value.matched) {
          ;(hits ??= []).push(s.index)
          this.kept.set(s.index, (this.kept.get(s.index) ?? 0) + 1)
          break
        }
      }
    }
    return hits === null || obs === null ? null : { line, observation: obs, patterns: hits }
  }
}

/** One match of a pattern indicator: the records of the binding. */
export interface PatternMatch {
  indicatorId: string
  name: string | null
  pattern: string
  records: { file: string; line: number; timestamp: string | null }[]
}

/**
 * Evaluate each pattern over its candidates (in the order given), up to `maxMatches` matches per pattern, each
 * match removing the observations it used. Problems while matching stop that pattern and are returned.
 */
export function evaluatePatterns(
  indicators: readonly PatternIndicator[],
  candidates: readonly { file: string; candidate: Candidate }[],
  maxMatches = 100,
): { matches: PatternMatch[]; problems: PatternProblem[]; truncated: number[] } {
  const { screened, problems } = compilePatterns(indicators.map((p) => p.pattern))
  const matches: PatternMatch[] = []
  const truncated: number[] = []
  for (const s of screened) {
    let mine = candidates.filter((c) => c.candidate.patterns.includes(s.index))
    if (mine.length >= s.cap) {
      truncated.push(s.index)
      mine = mine.slice(0, s.cap)
    }
    const ind = indicators[s.index]!
    let pool = mine
    for (let n = 0; n < maxMatches && pool.length > 0; n++) {
      const r = s.whole.tryMatch(pool.map((c) => c.candidate.observation))
      if (!r.ok) {
        problems.push({ pattern: s.index, message: `stopped: ${r.error.message}`, line: null })
        break
      }
      if (!r.value.matched) break
      const used = new Set(r.value.observationIndexes)
      matches.push({
        indicatorId: ind.indicatorId,
        name: ind.name,
        pattern: ind.pattern,
        records: r.value.observationIndexes.map((i) => {
          const c = pool[i]!
          const t = c.candidate.observation.first_observed
          return { file: c.file, line: c.candidate.line, timestamp: t === NO_TIME ? null : t }
        }),
      })
      // A pattern that matched with no observation named (cannot happen for real bindings) would loop forever.
      if (used.size === 0) break
      pool = pool.filter((_, i) => !used.has(i))
    }
  }
  return { matches, problems, truncated }
}
