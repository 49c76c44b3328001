// The STIX pattern evaluator: the reference matcher's semantics (cti-pattern-matcher), compiled once per pattern.
//
// Comparison expressions are evaluated set-at-a-time: for every observation, the set of root objects (SCOs) that
// satisfy it. Observation expressions then enumerate *bindings* — which observation instance satisfies which
// `[…]` — lazily with generators, in the reference's order, so the first binding found (and so the reported
// observation indexes) agree with it. REPEATS uses the reference's pruning bound so 20-observation chains stay fast.
import type {
  Comparison,
  ComparisonExpression,
  Literal,
  ObservationExpression,
  PathStep,
  Pattern,
} from '../../stix/pattern/index.ts'
import { codePoints, compileRegex, RegexError, type SafeRegex } from './regex.ts'
import {
  Binary,
  base64ToBinary,
  compareCodePoints,
  hexToBinary,
  MatchError,
  networkContains,
  parseNetwork,
  parseTimestamp,
  stringAsBytes,
  Timestamp,
} from './values.ts'

/**
 * One observation in the matcher's normalised form.
 * - `objects`: the cyber-observable objects the pattern may match, keyed by id (2.1) or by the `objects` key (2.0).
 * - `refs`: where `*_ref`/`*_refs` values are looked up; defaults to `objects` (2.1 passes the whole pool).
 */
export interface Observation {
  first_observed: string
  last_observed: string
  number_observed: number
  objects: Record<string, Record<string, unknown>>
  refs?: Record<string, Record<string, unknown>>
}

export interface MatchResult {
  matched: boolean
  /** 0-based indexes of the observations in the first binding found, ascending, each once. */
  observationIndexes: number[]
}

type Value = unknown
type RootMap = Map<number, Set<string>>
type Binding = number[]

const INSTANCE = 2 ** 32
const obsOf = (id: number) => Math.floor(id / INSTANCE)

// ---------------------------------------------------------------- literal values

type LitValue = number | string | boolean | Binary | Timestamp

function literalValue(lit: Literal): LitValue {
  switch (lit.kind) {
    case 'int':
    case 'float':
      return lit.value
    case 'string':
      return lit.value
    case 'bool':
      return lit.value
    case 'hex':
      return hexToBinary(lit.value)
    case 'binary':
      return base64ToBinary(lit.value)
    case 'timestamp': {
      const ts = parseTimestamp(lit.value)
      if (!ts) throw new MatchError(`Invalid TimestampLiteral: ${lit.text}`)
      return ts
    }
  }
}

type Kind = 'number' | 'bool' | 'string' | 'binary' | 'timestamp' | 'other'
function kindOf(v: Value): Kind {
  switch (typeof v) {
    case 'number':
      return 'number'
    case 'boolean':
      return 'bool'
    case 'string':
      return 'string'
    default:
      if (v instanceof Binary) return 'binary'
      if (v instanceof Timestamp) return 'timestamp'
      return 'other'
  }
}

function asTimestamp(v: string): Timestamp {
  const ts = parseTimestamp(v)
  if (!ts) throw new MatchError(`Invalid timestamp in JSON: ${v}`)
  return ts
}

/** Equality by the reference's type table: undefined when the two types are not comparable. */
function equals(a: Value, b: LitValue): boolean | undefined {
  const ka = kindOf(a)
  const kb = kindOf(b)
  if (ka === kb) {
    if (ka === 'binary') return (a as Binary).bytes === (b as Binary).bytes
    if (ka === 'timestamp') return (a as Timestamp).compare(b as Timestamp) === 0
    if (ka === 'other') return undefined
    return a === b
  }
  if (ka === 'binary' && kb === 'string') return stringAsBytes(b as string) === (a as Binary).bytes
  if (ka === 'string' && kb === 'binary') return stringAsBytes(a as string) === (b as Binary).bytes
  return undefined
}

/** Ordering: a number, 'incomparable' (false even under NOT), or 'false' (false, but NOT applies). */
function order(a: Value, b: LitValue): number | 'incomparable' | 'false' {
  const ka = kindOf(a)
  const kb = kindOf(b)
  if (ka === 'number' && kb === 'number') return (a as number) - (b as number)
  if (ka === 'string' && kb === 'string') return compareCodePoints(a as string, b as string)
  if (ka === 'timestamp' && kb === 'timestamp') return (a as Timestamp).compare(b as Timestamp)
  if (ka === 'binary' && kb === 'binary') return compareCodePoints((a as Binary).bytes, (b as Binary).bytes)
  if (ka === 'binary' && kb === 'string') {
    const s = stringAsBytes(b as string)
    return s === undefined ? 'false' : compareCodePoints((a as Binary).bytes, s)
  }
  if (ka === 'string' && kb === 'binary') {
    const s = stringAsBytes(a as string)
    return s === undefined ? 'false' : compareCodePoints(s, (b as Binary).bytes)
  }
  return 'incomparable'
}

/** Python set-membership key: 1 == 1.0 == True; bytes never equal str. */
function memberKey(v: Value): string | undefined {
  switch (kindOf(v)) {
    case 'number':
      return `n:${v as number}`
    case 'bool':
      return `n:${v ? 1 : 0}`
    case 'string':
      return `s:${v as string}`
    case 'binary':
      return `b:${(v as Binary).bytes}`
    case 'timestamp':
      return (v as Timestamp).key()
    default:
      return undefined
  }
}

const isAlnum = (ch: string) => /^[\p{L}\p{N}]$/u.test(ch)

function likeToRegex(like: string): string {
  let out = '^'
  for (const ch of like) {
    if (ch === '%') out += '.*'
    else if (ch === '_') out += '.'
    else out += isAlnum(ch) ? ch : `\\${ch}`
  }
  return `${out}$`
}

function compileOrThrow(source: string, ascii: boolean): SafeRegex {
  try {
    return compileRegex(source, { ascii })
  } catch (e) {
    if (e instanceof RegexError) throw new MatchError(`invalid regular expression '${source}': ${e.message}`)
    throw e
  }
}

function runRegex(fn: () => boolean): boolean {
  try {
    return fn()
  } catch (e) {
    if (e instanceof RegexError) throw new MatchError(e.message)
    throw e
  }
}

function decodeUtf8(bytes: string): string {
  const arr = Uint8Array.from(bytes, (c) => c.charCodeAt(0))
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(arr)
  } catch {
    throw new MatchError('binary value is not valid UTF-8 for LIKE')
  }
}

/** The test one comparison applies to one selected value; may throw MatchError. */
function predicate(c: Comparison): (v: Value) => boolean {
  const neg = c.negated
  switch (c.op) {
    case 'EXISTS':
      return () => true
    case '=':
    case '!=': {
      const lit = literalValue(c.value as Literal)
      const invert = (c.op === '!=') !== neg
      const isTs = lit instanceof Timestamp
      return (v) => {
        const value = isTs && typeof v === 'string' ? asTimestamp(v) : v
        return (equals(value, lit) ?? false) !== invert
      }
    }
    case '<':
    case '<=':
    case '>':
    case '>=': {
      const lit = literalValue(c.value as Literal)
      const isTs = lit instanceof Timestamp
      const op = c.op
      return (v) => {
        const value = isTs && typeof v === 'string' ? asTimestamp(v) : v
        const r = order(value, lit)
        if (r === 'incomparable') return false
        const result = r === 'false' ? false : op === '<' ? r < 0 : op === '<=' ? r <= 0 : op === '>' ? r > 0 : r >= 0
        return result !== neg
      }
    }
    case 'IN': {
      const lits = (c.value as Literal[]).map(literalValue)
      const kinds = new Set(lits.map(kindOf))
      if (kinds.size > 1) throw new MatchError('Nonhomogenous set in IN')
      const keys = new Set(lits.map((l) => memberKey(l)!))
      const tsSet = lits[0] instanceof Timestamp
      return (v) => {
        const value = tsSet && typeof v === 'string' ? asTimestamp(v) : v
        const key = memberKey(value)
        return (key !== undefined && keys.has(key)) !== neg
      }
    }
    case 'LIKE': {
      const source = likeToRegex((c.value as { value: string }).value.normalize('NFC'))
      const re = compileOrThrow(source, false)
      const binaryOk = stringAsBytes(source) !== undefined
      return (v) => {
        let value = v
        if (value instanceof Binary && binaryOk) value = decodeUtf8(value.bytes)
        const result =
          typeof value === 'string'
            ? runRegex(() => re.matchStart(codePoints((value as string).normalize('NFC'))))
            : false
        return result !== neg
      }
    }
    case 'MATCHES': {
      const source = (c.value as { value: string }).value.normalize('NFC')
      const re = compileOrThrow(source, false)
      const binaryRe = stringAsBytes(source) !== undefined ? compileOrThrow(source, true) : undefined
      return (v) => {
        let result = false
        if (typeof v === 'string') result = runRegex(() => re.search(codePoints(v.normalize('NFC'))))
        else if (v instanceof Binary && binaryRe) {
          const bytes = v.bytes
          result = runRegex(() => binaryRe.search(Array.from(bytes, (ch) => ch.charCodeAt(0))))
        }
        return result !== neg
      }
    }
    case 'ISSUBSET':
    case 'ISSUPERSET': {
      const text = (c.value as { value: string }).value
      const subset = c.op === 'ISSUBSET'
      let lit: ReturnType<typeof parseNetwork> | undefined
      return (v) => {
        if (typeof v !== 'string') return neg
        lit ??= parseNetwork(text)
        const value = parseNetwork(v)
        return (subset ? networkContains(lit, value) : networkContains(value, lit)) !== neg
      }
    }
  }
}

// ---------------------------------------------------------------- object paths

function convertSuffix(name: string, value: Value): Value {
  if (name.endsWith('_hex')) {
    if (typeof value !== 'string') throw new MatchError(`property '${name}' is not a hex string`)
    return hexToBinary(value)
  }
  if (name.endsWith('_bin')) {
    if (typeof value !== 'string') throw new MatchError(`property '${name}' is not a base64 string`)
    return base64ToBinary(value)
  }
  return value
}

function deref(name: string, values: Value[], pool: Record<string, Record<string, unknown>>): Value[] {
  if (name.endsWith('_ref')) {
    const out: Value[] = []
    for (const v of values) {
      if (typeof v !== 'string') throw new MatchError(`The value of reference property '${name}' was not a string`)
      const target = pool[v]
      if (target !== undefined) out.push(target)
    }
    return out
  }
  if (name.endsWith('_refs')) {
    const out: Value[] = []
    for (const list of values) {
      if (!Array.isArray(list)) throw new MatchError(`The value of reference list property '${name}' was not a list`)
      const found: Value[] = []
      for (const id of list) {
        if (typeof id !== 'string') throw new MatchError(`A value of reference property '${name}' was not a string`)
        const target = pool[id]
        if (target !== undefined) found.push(target)
      }
      if (found.length > 0) out.push(found)
    }
    return out
  }
  return values
}

function step(values: Value[], s: PathStep, pool: Record<string, Record<string, unknown>>): Value[] {
  const out: Value[] = []
  if (s.kind === 'key') {
    for (const v of values) {
      if (
        v !== null &&
        typeof v === 'object' &&
        !Array.isArray(v) &&
        !(v instanceof Binary) &&
        Object.hasOwn(v, s.name)
      ) {
        out.push(convertSuffix(s.name, (v as Record<string, unknown>)[s.name]))
      }
    }
    return deref(s.name, out, pool)
  }
  if (s.kind === 'index') {
    for (const v of values) if (Array.isArray(v) && s.index >= 0 && s.index < v.length) out.push(v[s.index])
    return out
  }
  for (const v of values) if (Array.isArray(v)) out.push(...v)
  return out
}

// ---------------------------------------------------------------- comparison expressions

interface CompiledComparison {
  type: 'cmp'
  objectType: string
  steps: PathStep[]
  test: (v: Value) => boolean
}
type CompiledComparisonExpr =
  | CompiledComparison
  | { type: 'and' | 'or'; left: CompiledComparisonExpr; right: CompiledComparisonExpr }

function compileComparisonExpr(e: ComparisonExpression): CompiledComparisonExpr {
  if (e.type === 'paren') return compileComparisonExpr(e.expr)
  if (e.type === 'and' || e.type === 'or') {
    return { type: e.type, left: compileComparisonExpr(e.left), right: compileComparisonExpr(e.right) }
  }
  return { type: 'cmp', objectType: e.path.objectType, steps: e.path.steps, test: predicate(e) }
}

function evalComparison(c: CompiledComparison, observations: Observation[]): RootMap {
  const result: RootMap = new Map()
  observations.forEach((obs, idx) => {
    const pool = obs.refs ?? obs.objects
    let roots: Set<string> | undefined
    for (const [id, obj] of Object.entries(obs.objects)) {
      if (obj?.type !== c.objectType) continue
      let values: Value[] = [obj]
      for (const s of c.steps) {
        values = step(values, s, pool)
        if (values.length === 0) break
      }
      if (values.some(c.test)) (roots ??= new Set()).add(id)
    }
    if (roots) result.set(idx, roots)
  })
  return result
}

function evalComparisonExpr(e: CompiledComparisonExpr, observations: Observation[]): RootMap {
  if (e.type === 'cmp') return evalComparison(e, observations)
  const left = evalComparisonExpr(e.left, observations)
  const right = evalComparisonExpr(e.right, observations)
  if (e.type === 'or') {
    for (const [idx, roots] of right) {
      const mine = left.get(idx)
      if (mine) for (const r of roots) mine.add(r)
      else left.set(idx, roots)
    }
    return left
  }
  // AND: the same root object must satisfy both sides.
  const out: RootMap = new Map()
  for (const [idx, roots] of left) {
    const other = right.get(idx)
    if (!other) continue
    const both = new Set([...roots].filter((r) => other.has(r)))
    if (both.size > 0) out.set(idx, both)
  }
  return out
}

// ---------------------------------------------------------------- observation expressions

type CompiledObs =
  | { type: 'simple'; expr: CompiledComparisonExpr }
  | { type: 'and' | 'or' | 'followedby'; left: CompiledObs; right: CompiledObs }
  | { type: 'within'; expr: CompiledObs; seconds: number }
  | { type: 'repeats'; expr: CompiledObs; times: number }
  | { type: 'startstop'; expr: CompiledObs; start: Timestamp; stop: Timestamp }

function stampOf(lit: Literal): Timestamp {
  const ts = parseTimestamp(lit.value as string)
  if (!ts) throw new MatchError(`Invalid timestamp in START/STOP: ${lit.text}`)
  return ts
}

function compileObs(e: ObservationExpression): CompiledObs {
  switch (e.type) {
    case 'observation':
      return { type: 'simple', expr: compileComparisonExpr(e.expr) }
    case 'group':
      return compileObs(e.expr)
    case 'and':
    case 'or':
    case 'followedby':
      return { type: e.type, left: compileObs(e.left), right: compileObs(e.right) }
    case 'within':
      if (!(e.seconds > 0)) throw new MatchError(`Invalid WITHIN value (must be positive): ${e.text}`)
      return { type: 'within', expr: compileObs(e.expr), seconds: e.seconds }
    case 'repeats':
      if (e.times < 1) throw new MatchError(`Invalid repetition count: ${e.text}`)
      return { type: 'repeats', expr: compileObs(e.expr), times: e.times }
    case 'startstop':
      return { type: 'startstop', expr: compileObs(e.expr), start: stampOf(e.start), stop: stampOf(e.stop) }
  }
}

function disjoint(a: Binding, b: Binding): boolean {
  for (const x of a) for (const y of b) if (x === y) return false
  return true
}

class NotEnoughValues {
  readonly missing: number
  constructor(missing: number) {
    this.missing = missing
  }
}

/** An upper bound on how many pairwise-disjoint bindings `list` can supply (used to prune REPEATS early). */
function largestCombinationBound(list: Binding[]): number {
  if (list.length === 0) return 0
  const maxSize = Math.max(...list.map((b) => b.length))
  const bySize: Set<number>[] = Array.from({ length: maxSize + 1 }, () => new Set<number>())
  for (const b of list) for (const id of b) bySize[b.length]!.add(id)
  const consumed = new Set<number>()
  let total = 0
  for (let size = 1; size < maxSize; size++) {
    const available = [...bySize[size]!].filter((id) => !consumed.has(id))
    total += Math.ceil(available.length / size)
    for (const id of available) consumed.add(id)
  }
  total += Math.floor([...bySize[maxSize]!].filter((id) => !consumed.has(id)).length / maxSize)
  return total
}

function* combinationsFromList(list: Binding[], size: number): Generator<Binding[]> {
  if (size === 1) {
    for (const b of list) yield [b]
    return
  }
  const bound = largestCombinationBound(list)
  if (bound < size) throw new NotEnoughValues(size - bound)
  for (let i = 0; i + size <= list.length; i++) {
    const head = list[i]!
    const rest = list.slice(i + 1)
    const compatible = rest.filter((c) => disjoint(head, c))
    let yielded = false
    try {
      for (const sub of combinationsFromList(compatible, size - 1)) {
        yield [head, ...sub]
        yielded = true
      }
    } catch (e) {
      if (!(e instanceof NotEnoughValues)) throw e
      if (yielded) continue
      const maxAdded = Math.min(rest.length - compatible.length, head.length)
      const stillMissing = e.missing + 1 - maxAdded
      if (stillMissing > 0) {
        if (i === 0) throw new NotEnoughValues(stillMissing)
        return
      }
    }
  }
}

function* combinations(source: Iterator<Binding>, size: number): Generator<Binding[]> {
  if (size === 1) {
    for (let r = source.next(); !r.done; r = source.next()) yield [r.value]
    return
  }
  const seen: Binding[] = []
  for (let k = 0; k < size - 1; k++) {
    const r = source.next()
    if (r.done) break
    seen.push(r.value)
  }
  for (let r = source.next(); !r.done; r = source.next()) {
    const next = r.value
    try {
      for (const sub of combinationsFromList(
        seen.filter((c) => disjoint(c, next)),
        size - 1,
      )) {
        yield [...sub, next]
      }
    } catch (e) {
      if (!(e instanceof NotEnoughValues)) throw e
    }
    seen.push(next)
  }
}

class BindingSearch {
  private readonly observations: Observation[]
  private readonly intervals: [Timestamp, Timestamp][]

  constructor(observations: Observation[], intervals: [Timestamp, Timestamp][]) {
    this.observations = observations
    this.intervals = intervals
  }

  private latestFirst(b: Binding): Timestamp {
    let best = this.intervals[obsOf(b[0]!)]![0]
    for (const id of b) {
      const t = this.intervals[obsOf(id)]![0]
      if (t.compare(best) > 0) best = t
    }
    return best
  }

  private earliestLast(b: Binding): Timestamp {
    let best = this.intervals[obsOf(b[0]!)]![1]
    for (const id of b) {
      const t = this.intervals[obsOf(id)]![1]
      if (t.compare(best) < 0) best = t
    }
    return best
  }

  /** Cross product of two lazy binding streams, pulling from each side in turn (the reference's order). */
  private *join(left: Iterator<Binding>, right: Iterator<Binding>, ok: (l: Binding, r: Binding) => boolean) {
    const leftSeen: Binding[] = []
    const rightSeen: Binding[] = []
    let r = right.next()
    let l = left.next()
    if (r.done || l.done) return
    while (!r.done || !l.done) {
      if (!r.done) {
        const rb = r.value
        for (const lb of leftSeen) if (disjoint(lb, rb) && ok(lb, rb)) yield [...lb, ...rb]
        rightSeen.push(rb)
        r = right.next()
      }
      if (!l.done) {
        const lb = l.value
        for (const rb of rightSeen) if (disjoint(lb, rb) && ok(lb, rb)) yield [...lb, ...rb]
        leftSeen.push(lb)
        l = left.next()
      }
    }
  }

  *bindings(e: CompiledObs): Generator<Binding> {
    switch (e.type) {
      case 'simple': {
        const roots = evalComparisonExpr(e.expr, this.observations)
        for (const idx of roots.keys()) {
          const count = this.observations[idx]!.number_observed
          for (let i = 0; i < count; i++) yield [idx * INSTANCE + i]
        }
        return
      }
      case 'and':
        yield* this.join(this.bindings(e.left), this.bindings(e.right), () => true)
        return
      case 'followedby':
        yield* this.join(
          this.bindings(e.left),
          this.bindings(e.right),
          (lb, rb) => this.latestFirst(lb).compare(this.earliestLast(rb)) <= 0,
        )
        return
      case 'or': {
        const left = this.bindings(e.left)
        const right = this.bindings(e.right)
        let l = left.next()
        let r = right.next()
        while (!l.done || !r.done) {
          if (!l.done) {
            yield l.value
            l = left.next()
          }
          if (!r.done) {
            yield r.value
            r = right.next()
          }
        }
        return
      }
      case 'within':
        for (const b of this.bindings(e.expr)) {
          if (this.earliestLast(b).until(this.latestFirst(b)) <= e.seconds) yield b
        }
        return
      case 'startstop': {
        if (e.start.compare(e.stop) >= 0) return
        for (const b of this.bindings(e.expr)) {
          const inside = b.every((id) => {
            const [first, last] = this.intervals[obsOf(id)]!
            return first.compare(e.stop) < 0 && last.compare(e.start) >= 0
          })
          if (inside) yield b
        }
        return
      }
      case 'repeats':
        if (e.times === 1) {
          yield* this.bindings(e.expr)
          return
        }
        for (const combo of combinations(this.bindings(e.expr), e.times)) yield combo.flat()
        return
    }
  }
}

// Log-derived observations repeat the same timestamps; parsing each text once keeps per-observation cost low.
const stampCache = new Map<string, Timestamp | undefined>()
function cachedTimestamp(text: unknown): Timestamp | undefined {
  if (typeof text !== 'string') return undefined
  if (stampCache.has(text)) return stampCache.get(text)
  if (stampCache.size > 10_000) stampCache.clear()
  const ts = parseTimestamp(text)
  stampCache.set(text, ts)
  return ts
}

function checkObservations(observations: Observation[]): [Timestamp, Timestamp][] {
  return observations.map((obs, i) => {
    const n = obs.number_observed
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) {
      throw new MatchError(`observation ${i}: invalid number_observed (must be an integer >= 1): ${String(n)}`)
    }
    const first = cachedTimestamp(obs.first_observed)
    const last = cachedTimestamp(obs.last_observed)
    if (!first) throw new MatchError(`observation ${i}: invalid first_observed: ${String(obs.first_observed)}`)
    if (!last) throw new MatchError(`observation ${i}: invalid last_observed: ${String(obs.last_observed)}`)
    return [first, last]
  })
}

/** A pattern compiled for matching (literals decoded, regexes compiled). */
export class Matcher {
  private readonly root: CompiledObs

  /** Throws MatchError for semantic problems the reference reports while matching (WITHIN 0, mixed IN sets …). */
  constructor(pattern: Pattern) {
    this.root = compileObs(pattern.root)
  }

  /** Throws MatchError when the data cannot be matched (bad timestamps, bad references, regex over budget). */
  match(observations: Observation[]): MatchResult {
    const intervals = checkObservations(observations)
    if (this.root.type === 'simple') {
      // One observation expression without qualifiers: the first binding is the first observation that passes.
      const roots = evalComparisonExpr(this.root.expr, observations)
      const firstIndex = roots.keys().next()
      return firstIndex.done
        ? { matched: false, observationIndexes: [] }
        : { matched: true, observationIndexes: [firstIndex.value] }
    }
    const search = new BindingSearch(observations, intervals)
    const first = search.bindings(this.root).next()
    if (first.done) return { matched: false, observationIndexes: [] }
    // Like the reference, only an observation's first instance names it in the result.
    const indexes = new Set<number>()
    for (const id of first.value) if (id % INSTANCE === 0) indexes.add(obsOf(id))
    return { matched: true, observationIndexes: [...indexes].sort((a, b) => a - b) }
  }
}
