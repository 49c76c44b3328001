// STIX pattern evaluation for hunting: compile once, match many observations; plus the inspector, equivalence and
// the literal fast path the log sweeper uses.
import { MosaicError } from '../../lib/errors.ts'
import { err, ok, type Result } from '../../lib/result.ts'
import {
  type ComparisonExpression,
  type ObservationExpression,
  type Pattern,
  parsePattern,
  printPath,
  type StixPatternVersion,
} from '../../stix/pattern/index.ts'
import { Matcher, type MatchResult, type Observation } from './evaluate.ts'
import { MatchError } from './values.ts'

/** Semantic equivalence as python-stix2 defines it; `canonicalPattern` gives the text that is compared. */
export { canonicalPattern, equivalentPatterns } from './equivalence.ts'
export type { MatchResult, Observation } from './evaluate.ts'
export type { InspectPath, PatternInspection } from './inspect.ts'
/** Qualifiers, observation operators and comparisons of a parsed pattern (the reference inspector's shape). */
export { inspectPattern } from './inspect.ts'
/** Build observations from STIX JSON: 2.1 = array of bundles (object_refs into one pool), 2.0 = observed-data list. */
export { observationsFromStix } from './observations.ts'
/** The ReDoS-safe regular-expression engine used by MATCHES and LIKE (Python syntax, step-budgeted). */
export { BASE_STEPS, compileRegex, RegexError, STEPS_PER_CHAR } from './regex.ts'

/** Why a pattern cannot be used: `parse` = not valid STIX Patterning; `match` = valid, but matching cannot go on. */
export interface PatternError {
  kind: 'parse' | 'match'
  message: string
  line?: number
  column?: number
}

export interface CompileOptions {
  stixVersion?: StixPatternVersion
}

/** A compiled pattern. Compile once per indicator, then call `match` per observation (or per batch). */
export interface CompiledPattern {
  readonly text: string
  readonly pattern: Pattern
  /**
   * Match against observations (see `Observation`). Throws MosaicError('invalid_input') when the data cannot be
   * matched (malformed timestamps, a regex past its step budget …); use `tryMatch` to get that as a value.
   */
  match(observations: Observation[]): MatchResult
  tryMatch(observations: Observation[]): Result<MatchResult, PatternError>
}

/**
 * Parse and compile a STIX pattern (2.1 by default). Literals are decoded and regexes compiled here, so errors the
 * reference reports at match time for the pattern itself (WITHIN 0, a mixed IN set, an impossible t'…') come back
 * as `{ kind: 'match' }` now.
 * @example
 * const c = compilePattern("[ipv4-addr:value = '198.51.100.1']")
 * if (c.ok) c.value.match([{ first_observed: t, last_observed: t, number_observed: 1,
 *   objects: { 'ipv4-addr--1': { type: 'ipv4-addr', value: '198.51.100.1' } } }])  // → { matched: true, … }
 */
export function compilePattern(text: string, opts: CompileOptions = {}): Result<CompiledPattern, PatternError> {
  const parsed = parsePattern(text, opts)
  if (!parsed.ok) {
    const { line, column, message } = parsed.error
    return err({ kind: 'parse', message: `${line}:${column}: ${message}`, line, column })
  }
  let matcher: Matcher
  try {
    matcher = new Matcher(parsed.value)
  } catch (e) {
    if (e instanceof MatchError) return err({ kind: 'match', message: e.message })
    if (e instanceof RangeError) return err({ kind: 'match', message: 'pattern too deeply nested to compile' })
    throw e
  }
  const tryMatch = (observations: Observation[]): Result<MatchResult, PatternError> => {
    try {
      return ok(matcher.match(observations))
    } catch (e) {
      if (e instanceof MatchError) return err({ kind: 'match', message: e.message })
      if (e instanceof RangeError) return err({ kind: 'match', message: 'pattern too deeply nested to match' })
      throw e
    }
  }
  return ok({
    text,
    pattern: parsed.value,
    tryMatch,
    match(observations) {
      const r = tryMatch(observations)
      if (!r.ok) throw new MosaicError('invalid_input', r.error.message)
      return r.value
    },
  })
}

/** One equality an indicator tests: `[objectType:path = value]`. */
export interface LiteralIndicator {
  objectType: string
  /** The path after the colon as pattern text, e.g. `value` or `hashes.'SHA-256'`. */
  path: string
  value: string | number | boolean
}

/**
 * When a pattern is a pure OR of `=` comparisons (no NOT, no qualifiers, no AND), the (type, path, value) triples:
 * an observation matches iff one of its objects has one of them, so a sweeper can use hash sets. Otherwise undefined.
 */
export function literalIndicators(
  pattern: Pattern | string,
  opts: CompileOptions = {},
): LiteralIndicator[] | undefined {
  let p: Pattern
  if (typeof pattern === 'string') {
    const parsed = parsePattern(pattern, opts)
    if (!parsed.ok) return undefined
    p = parsed.value
  } else p = pattern
  const out: LiteralIndicator[] = []
  const comparisons = (e: ComparisonExpression): boolean => {
    if (e.type === 'paren') return comparisons(e.expr)
    if (e.type === 'or') return comparisons(e.left) && comparisons(e.right)
    if (e.type !== 'comparison' || e.op !== '=' || e.negated || e.value === undefined || Array.isArray(e.value)) {
      return false
    }
    const v = e.value
    if (v.kind !== 'string' && v.kind !== 'int' && v.kind !== 'float' && v.kind !== 'bool') return false
    // Steps that change what a value means (references, list elements, *_hex/*_bin decoding) need the evaluator.
    const plain = e.path.steps.every((s) => s.kind === 'key' && !/_(refs?|hex|bin)$/.test(s.name))
    if (!plain) return false
    out.push({
      objectType: e.path.objectType,
      path: printPath(e.path).slice(e.path.objectType.length + 1),
      value: v.value,
    })
    return true
  }
  const observations = (e: ObservationExpression): boolean => {
    if (e.type === 'group') return observations(e.expr)
    if (e.type === 'or') return observations(e.left) && observations(e.right)
    if (e.type === 'observation') return comparisons(e.expr)
    return false
  }
  return observations(p.root) ? out : undefined
}
