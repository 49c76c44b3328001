// Pattern validation as the reference validator (cti-pattern-validator) does it: the grammar, at most one qualifier
// of each kind directly on an observation, and the format of well-known hash values. Messages use its wording.
import type { ComparisonExpression, ObservationExpression, Pattern, StixPatternVersion } from './ast.ts'
import { parsePattern } from './parser.ts'

export interface PatternValidation {
  valid: boolean
  /** Reference wording, e.g. "FAIL: Error found at line 1:13. mismatched input ']' …". */
  errors: string[]
  /** The parsed pattern when the grammar accepted it. */
  pattern?: Pattern
}

const HEX = (n: number) => new RegExp(`^[a-fA-F0-9]{${n}}$`)
const HASH_FORMATS: Record<string, RegExp> = {
  MD5: HEX(32),
  // The reference's MD6 expression only anchors its first alternative, so any value starting with 32 hex digits passes.
  MD6: /^[a-fA-F0-9]{32}/,
  RIPEMD160: HEX(40),
  SHA1: HEX(40),
  SHA224: HEX(56),
  SHA256: HEX(64),
  SHA384: HEX(96),
  SHA512: HEX(128),
  SHA3224: HEX(56),
  SHA3256: HEX(64),
  SHA3384: HEX(96),
  SHA3512: HEX(128),
  SSDEEP: /^[a-zA-Z0-9/+:.]{1,128}$/,
  WHIRLPOOL: HEX(128),
}

/** The reference's bracket check: after any opening parentheses, the first non-space character must be `[`. */
export function hasBrackets(text: string): boolean {
  for (const ch of text) {
    if (/\s/u.test(ch) || ch === '(') continue
    return ch === '['
  }
  return false
}

function duplicateQualifier(expr: ObservationExpression): string | undefined {
  switch (expr.type) {
    case 'observation':
      return undefined
    case 'group':
      return duplicateQualifier(expr.expr)
    case 'and':
    case 'or':
    case 'followedby':
      return duplicateQualifier(expr.left) ?? duplicateQualifier(expr.right)
    case 'within':
    case 'repeats':
    case 'startstop': {
      // Walk down the chain of qualifiers; only a chain that ends on `[...]` is checked (parentheses reset it).
      const seen = new Set<string>()
      let node: ObservationExpression = expr
      const chain: string[] = []
      while (node.type === 'within' || node.type === 'repeats' || node.type === 'startstop') {
        chain.unshift(node.type === 'within' ? 'WITHIN' : node.type === 'repeats' ? 'REPEATS' : 'STARTSTOP')
        node = node.expr
      }
      if (node.type === 'observation') {
        for (const kind of chain) {
          if (seen.has(kind)) return kind
          seen.add(kind)
        }
        return undefined
      }
      return duplicateQualifier(node)
    }
  }
}

function* comparisons(expr: ComparisonExpression): Generator<ComparisonExpression & { type: 'comparison' }> {
  if (expr.type === 'comparison') yield expr
  else if (expr.type === 'paren') yield* comparisons(expr.expr)
  else {
    yield* comparisons(expr.left)
    yield* comparisons(expr.right)
  }
}

function* observations(expr: ObservationExpression): Generator<ComparisonExpression> {
  switch (expr.type) {
    case 'observation':
      yield expr.expr
      return
    case 'and':
    case 'or':
    case 'followedby':
      yield* observations(expr.left)
      yield* observations(expr.right)
      return
    default:
      yield* observations(expr.expr)
  }
}

function hashErrors(pattern: Pattern): string[] {
  const errors: string[] = []
  for (const obs of observations(pattern.root)) {
    for (const c of comparisons(obs)) {
      if (!c.path.steps.some((s) => s.kind === 'key' && s.name === 'hashes')) continue
      const last = c.path.steps[c.path.steps.length - 1]
      if (last?.kind !== 'key' || c.value === undefined || Array.isArray(c.value)) continue
      const format = HASH_FORMATS[last.name.toUpperCase().replace(/[-']/g, '')]
      const value = c.value.text.replace(/'/g, '')
      if (format && !format.test(value)) errors.push(`FAIL: '${value}' is not a valid ${last.name} hash`)
    }
  }
  return errors
}

/** Validate a pattern the way the reference validator does; `errors` is empty when it is valid. */
export function validatePattern(text: string, opts: { stixVersion?: StixPatternVersion } = {}): PatternValidation {
  const parsed = parsePattern(text, opts)
  const errors: string[] = []
  if (!parsed.ok) {
    errors.push(`FAIL: Error found at line ${parsed.error.line}:${parsed.error.column}. ${parsed.error.message}`)
  } else {
    errors.push(...hashErrors(parsed.value))
    const dup = duplicateQualifier(parsed.value.root)
    if (dup) errors.unshift(`FAIL: Duplicate qualifier type encountered: ${dup}`)
  }
  if (!hasBrackets(text)) errors.unshift('FAIL: Error found at line 1:0. input is missing square brackets')
  const result: PatternValidation = { valid: errors.length === 0, errors }
  if (parsed.ok) result.pattern = parsed.value
  return result
}
