// Semantic equivalence of patterns, as python-stix2's equivalence module defines it: both patterns are brought to a
// canonical form and the forms compared. Canonical form here: comparison expressions become a minimal DNF (a set of
// conjunctions with duplicates removed and absorbed ones dropped); observation expressions become an OR of terms
// where AND and FOLLOWEDBY are distributed over OR and flattened, AND operands sorted (a multiset: `[a] AND [a]` is not
// `[a]`), FOLLOWEDBY kept in order, duplicates removed and absorbed terms dropped. IPv4/IPv6 values are compared as
// canonical CIDRs and Windows registry key names case-insensitively.
import type {
  Comparison,
  ComparisonExpression,
  Literal,
  ObservationExpression,
  Pattern,
} from '../../stix/pattern/index.ts'
import { base64ToBinary, hexToBinary, parseNetwork, parseTimestamp } from './values.ts'

const MAX_TERMS = 20_000

class TooComplex extends Error {}

function literalKey(lit: Literal): string {
  switch (lit.kind) {
    case 'int':
    case 'float':
      return `n:${lit.value}`
    case 'string':
      return `s:${JSON.stringify(lit.value)}`
    case 'bool':
      return `B:${lit.value}`
    case 'timestamp': {
      const ts = parseTimestamp(lit.value)
      return ts ? ts.key() : `t:${lit.value}`
    }
    case 'hex':
      return `h:${JSON.stringify(hexToBinary(lit.value).bytes)}`
    case 'binary':
      return `b:${JSON.stringify(base64ToBinary(lit.value).bytes)}`
  }
}

/** A canonical IPv4/IPv6 CIDR text, or the input unchanged when it is not a valid address/CIDR. */
function canonicalNetwork(value: string, v6: boolean): string {
  try {
    const net = parseNetwork(value)
    if (net.v6 !== v6) return value
    const bits = v6 ? 128n : 32n
    const shift = bits - BigInt(net.prefix)
    const masked = shift >= bits ? 0n : (net.addr >> shift) << shift
    return net.prefix === Number(bits) ? `ip:${masked}` : `ip:${masked}/${net.prefix}`
  } catch {
    return value
  }
}

function valueKey(c: Comparison): string {
  if (c.value === undefined) return ''
  if (Array.isArray(c.value)) return `[${c.value.map(literalKey).sort().join(',')}]`
  const lit = c.value
  if (lit.kind === 'string') {
    const steps = c.path.steps
    const first = steps[0]?.kind === 'key' ? steps[0].name : ''
    if (
      (c.path.objectType === 'ipv4-addr' || c.path.objectType === 'ipv6-addr') &&
      first === 'value' &&
      steps.length === 1
    ) {
      return `s:${JSON.stringify(canonicalNetwork(lit.value, c.path.objectType === 'ipv6-addr'))}`
    }
    const last = steps[steps.length - 1]
    const isKey = steps.length === 1 && first === 'key'
    const isValueName = first === 'values' && last?.kind === 'key' && last.name === 'name'
    if (c.path.objectType === 'windows-registry-key' && (isKey || isValueName)) {
      return `s:${JSON.stringify(lit.value.toLowerCase())}`
    }
  }
  return literalKey(lit)
}

function comparisonKey(c: Comparison): string {
  const path = c.path.steps.map((s) =>
    s.kind === 'key' ? `.${JSON.stringify(s.name)}` : s.kind === 'index' ? `[${s.index}]` : '[*]',
  )
  return `${c.path.objectType}:${path.join('')} ${c.negated ? 'NOT ' : ''}${c.opText === '==' ? '=' : c.opText} ${valueKey(c)}`
}

/** Minimal DNF of a comparison expression: conjunctions as sorted key lists. */
function comparisonDnf(e: ComparisonExpression): string[][] {
  switch (e.type) {
    case 'comparison':
      return [[comparisonKey(e)]]
    case 'paren':
      return comparisonDnf(e.expr)
    case 'or':
      return [...comparisonDnf(e.left), ...comparisonDnf(e.right)]
    case 'and': {
      const left = comparisonDnf(e.left)
      const right = comparisonDnf(e.right)
      if (left.length * right.length > MAX_TERMS) throw new TooComplex()
      return left.flatMap((a) => right.map((b) => [...new Set([...a, ...b])]))
    }
  }
}

function comparisonCanonical(e: ComparisonExpression): string {
  const conjunctions = comparisonDnf(e).map((c) => [...new Set(c)].sort())
  const unique = new Map(conjunctions.map((c) => [c.join(' AND '), c]))
  const sets = [...unique.values()]
  const kept = sets.filter(
    (c) => !sets.some((other) => other !== c && other.length < c.length && other.every((k) => c.includes(k))),
  )
  return kept
    .map((c) => (c.length === 1 ? c[0]! : `(${c.join(' AND ')})`))
    .sort()
    .join(' OR ')
}

type Term = { k: 'unit'; key: string } | { k: 'and' | 'fb'; items: Term[]; key: string }

function termKey(k: 'and' | 'fb', items: Term[]): string {
  const keys = items.map((t) => t.key)
  return k === 'and' ? `AND(${keys.sort().join(', ')})` : `FOLLOWEDBY(${keys.join(', ')})`
}

function combine(k: 'and' | 'fb', a: Term, b: Term): Term {
  const items = [...(a.k === k ? a.items : [a]), ...(b.k === k ? b.items : [b])]
  return { k, items, key: termKey(k, items) }
}

function observationDnf(e: ObservationExpression): Term[] {
  switch (e.type) {
    case 'observation':
      return [{ k: 'unit', key: `[${comparisonCanonical(e.expr)}]` }]
    case 'group':
      return observationDnf(e.expr)
    case 'within':
      return [{ k: 'unit', key: `(${observationCanonical(e.expr)}) WITHIN ${e.seconds} SECONDS` }]
    case 'repeats':
      return [{ k: 'unit', key: `(${observationCanonical(e.expr)}) REPEATS ${e.times} TIMES` }]
    case 'startstop':
      return [
        { k: 'unit', key: `(${observationCanonical(e.expr)}) START ${literalKey(e.start)} STOP ${literalKey(e.stop)}` },
      ]
    case 'or':
      return [...observationDnf(e.left), ...observationDnf(e.right)]
    case 'and':
    case 'followedby': {
      const k = e.type === 'and' ? 'and' : 'fb'
      const left = observationDnf(e.left)
      const right = observationDnf(e.right)
      if (left.length * right.length > MAX_TERMS) throw new TooComplex()
      return left.flatMap((a) => right.map((b) => combine(k, a, b)))
    }
  }
}

function isSubMultiset(small: string[], big: string[]): boolean {
  const counts = new Map<string, number>()
  for (const k of big) counts.set(k, (counts.get(k) ?? 0) + 1)
  for (const k of small) {
    const n = counts.get(k) ?? 0
    if (n === 0) return false
    counts.set(k, n - 1)
  }
  return true
}

function isSubsequence(small: string[], big: string[]): boolean {
  let i = 0
  for (const k of big) if (i < small.length && small[i] === k) i++
  return i === small.length
}

/** Does `a` absorb `b` in `a OR b` (b can only match when a does)? */
function absorbs(a: Term, b: Term): boolean {
  if (b.k === 'unit' || a.key === b.key) return false
  const bKeys = b.items.map((t) => t.key)
  if (bKeys.includes(a.key)) return true
  if (a.k !== b.k) return false
  const aKeys = a.items.map((t) => t.key)
  return a.k === 'and' ? isSubMultiset(aKeys, bKeys) : isSubsequence(aKeys, bKeys)
}

function observationCanonical(e: ObservationExpression): string {
  const unique = new Map(observationDnf(e).map((t) => [t.key, t]))
  const terms = [...unique.values()]
  const kept = terms.filter((t) => !terms.some((other) => absorbs(other, t)))
  return kept
    .map((t) => t.key)
    .sort()
    .join(' OR ')
}

/** The canonical text of a pattern; two patterns are equivalent when their canonical texts are equal. */
export function canonicalPattern(pattern: Pattern): string {
  try {
    return observationCanonical(pattern.root)
  } catch (e) {
    if (e instanceof TooComplex) return `uncanonicalised:${JSON.stringify(pattern.root)}`
    throw e
  }
}

/** Semantic equivalence (python-stix2's definition). */
export function equivalentPatterns(a: Pattern, b: Pattern): boolean {
  return canonicalPattern(a) === canonicalPattern(b)
}
