// A recursive-descent parser for STIX Patterning 2.0 and 2.1. It stops at the first syntax error and words that error
// the way the reference ANTLR parser does ("mismatched input …", "extraneous input …", "missing … at …",
// "no viable alternative at input …"), with the same line:column, so messages line up with the reference validator.
import { err, ok, type Result } from '../../lib/result.ts'
import type {
  Comparison,
  ComparisonExpression,
  ComparisonOperator,
  Literal,
  ObjectPath,
  ObservationExpression,
  PathStep,
  Pattern,
  StixPatternVersion,
} from './ast.ts'
import { type Token, type TokenType, tokenize, tokenOrder, tokenTypeName } from './lexer.ts'

/** A syntax error at a position, worded like the reference parser's. */
export interface PatternSyntaxError {
  line: number
  column: number
  /** e.g. "mismatched input ']' expecting StringLiteral" */
  message: string
}

export interface ParseOptions {
  stixVersion?: StixPatternVersion
}

class SyntaxFailure extends Error {
  readonly detail: PatternSyntaxError
  constructor(detail: PatternSyntaxError) {
    super(detail.message)
    this.detail = detail
  }
}

type Follow = ReadonlySet<TokenType>

const LITERAL_TYPES: TokenType[] = [
  'IntNegLiteral',
  'IntPosLiteral',
  'FloatNegLiteral',
  'FloatPosLiteral',
  'HexLiteral',
  'BinaryLiteral',
  'StringLiteral',
  'BoolLiteral',
  'TimestampLiteral',
]
const ORDERABLE_TYPES = LITERAL_TYPES.filter((t) => t !== 'BoolLiteral')
const QUALIFIER_STARTS: TokenType[] = ['START', 'WITHIN', 'REPEATS']
const OPERATOR_TOKENS: Partial<Record<TokenType, ComparisonOperator>> = {
  EQ: '=',
  NEQ: '!=',
  LT: '<',
  LE: '<=',
  GT: '>',
  GE: '>=',
  IN: 'IN',
  LIKE: 'LIKE',
  MATCHES: 'MATCHES',
  ISSUBSET: 'ISSUBSET',
  ISSUPERSET: 'ISSUPERSET',
}

const union = (a: Follow, ...more: TokenType[]): Follow => new Set([...a, ...more])

/** ANTLR's display of an offending token: its text quoted, with \n, \r and \t escaped. */
function display(token: Token): string {
  if (token.type === 'EOF') return "'<EOF>'"
  return `'${token.text.replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')}'`
}

function expecting(types: Iterable<TokenType>): string {
  const list = [...new Set(types)].sort((a, b) => tokenOrder(a) - tokenOrder(b))
  if (list.length === 1) return tokenTypeName(list[0]!)
  return `{${list.map(tokenTypeName).join(', ')}}`
}

/** Decode the text of a StringLiteral token: only \' and \\ are escapes. */
export function unquoteString(text: string): string {
  return text.slice(1, -1).replace(/\\(['\\])/g, '$1')
}

class Parser {
  private readonly tokens: Token[]
  private pos = 0
  private readonly version: StixPatternVersion

  constructor(tokens: Token[], version: StixPatternVersion) {
    this.tokens = tokens
    this.version = version
  }

  private la(k = 1): Token {
    return this.tokens[Math.min(this.pos + k - 1, this.tokens.length - 1)]!
  }

  private fail(token: Token, message: string): never {
    throw new SyntaxFailure({ line: token.line, column: token.column, message })
  }

  /** The error ANTLR reports when the next token is not one of `expected` (single-token deletion or insertion). */
  private mismatch(expected: TokenType[], followAfter: Follow | undefined): never {
    const t = this.la()
    if (t.type !== 'EOF' && expected.includes(this.la(2).type)) {
      this.fail(t, `extraneous input ${display(t)} expecting ${expecting(expected)}`)
    }
    if (followAfter?.has(t.type)) this.fail(t, `missing ${expecting(expected)} at ${display(t)}`)
    this.fail(t, `mismatched input ${display(t)} expecting ${expecting(expected)}`)
  }

  /** Consume a token of one of `types`, or fail; `followAfter` is what may come next (for "missing …"). */
  private expect(types: TokenType[], followAfter?: Follow): Token {
    const t = this.la()
    if (types.includes(t.type)) {
      this.pos++
      return t
    }
    return this.mismatch(types, followAfter)
  }

  parse(): ObservationExpression {
    const root = this.observationExpressions(new Set(['EOF']))
    this.expect(['EOF'])
    return root
  }

  // observationExpressions: observationExpressionOr (FOLLOWEDBY observationExpressionOr)*
  private observationExpressions(follow: Follow): ObservationExpression {
    const inner = union(follow, 'FOLLOWEDBY')
    let left = this.observationOr(inner)
    while (this.la().type === 'FOLLOWEDBY') {
      this.pos++
      left = { type: 'followedby', left, right: this.observationOr(inner) }
    }
    return left
  }

  private observationOr(follow: Follow): ObservationExpression {
    const inner = union(follow, 'OR')
    let left = this.observationAnd(inner)
    while (this.la().type === 'OR') {
      this.pos++
      left = { type: 'or', left, right: this.observationAnd(inner) }
    }
    return left
  }

  private observationAnd(follow: Follow): ObservationExpression {
    const inner = union(follow, 'AND')
    let left = this.observation(inner)
    while (this.la().type === 'AND') {
      this.pos++
      left = { type: 'and', left, right: this.observation(inner) }
    }
    return left
  }

  // observationExpression: '[' comparisonExpression ']' | '(' observationExpressions ')', then any qualifiers
  private observation(follow: Follow): ObservationExpression {
    const afterClose = union(follow, ...QUALIFIER_STARTS)
    let expr: ObservationExpression
    const t = this.la()
    if (t.type === 'LBRACK') {
      this.pos++
      const inner = this.comparisonExpression(new Set(['RBRACK']))
      this.expect(['RBRACK'], afterClose)
      expr = { type: 'observation', expr: inner }
    } else if (t.type === 'LPAREN') {
      this.pos++
      const inner = this.observationExpressions(new Set(['RPAREN']))
      this.expect(['RPAREN'], afterClose)
      expr = { type: 'group', expr: inner }
    } else {
      return this.mismatch(['LPAREN', 'LBRACK'], undefined)
    }
    for (;;) {
      const q = this.la().type
      if (q === 'WITHIN') {
        this.pos++
        const n = this.expect(['IntPosLiteral', 'FloatPosLiteral'], new Set(['SECONDS']))
        this.expect(['SECONDS'], afterClose)
        expr = { type: 'within', expr, seconds: Number(n.text), text: n.text }
      } else if (q === 'REPEATS') {
        this.pos++
        const n = this.expect(['IntPosLiteral'], new Set(['TIMES']))
        this.expect(['TIMES'], afterClose)
        expr = { type: 'repeats', expr, times: Number(n.text), text: n.text }
      } else if (q === 'START') {
        this.pos++
        const stamp: TokenType = this.version === '2.1' ? 'TimestampLiteral' : 'StringLiteral'
        const start = this.literal(this.expect([stamp], new Set(['STOP'])))
        this.expect(['STOP'], new Set([stamp]))
        const stop = this.literal(this.expect([stamp], afterClose))
        expr = { type: 'startstop', expr, start, stop }
      } else return expr
    }
  }

  private comparisonExpression(follow: Follow): ComparisonExpression {
    const inner = union(follow, 'OR')
    let left = this.comparisonAnd(inner)
    while (this.la().type === 'OR') {
      this.pos++
      left = { type: 'or', left, right: this.comparisonAnd(inner) }
    }
    return left
  }

  private comparisonAnd(follow: Follow): ComparisonExpression {
    const inner = union(follow, 'AND')
    let left = this.propTest(inner)
    while (this.la().type === 'AND') {
      this.pos++
      left = { type: 'and', left, right: this.propTest(inner) }
    }
    return left
  }

  /**
   * Which propTest alternative applies is only known at the operator, after the whole object path (ANTLR's adaptive
   * prediction); a token that fits no alternative before that is "no viable alternative at input …".
   */
  private predictOperator(): { negated: boolean; opToken: Token } {
    const startPos = this.pos
    let i = this.pos
    const at = (k: number) => this.tokens[Math.min(k, this.tokens.length - 1)]!
    const noViable = (k: number): never => {
      const text = this.tokens
        .slice(startPos, k + 1)
        .filter((x) => x.type !== 'EOF')
        .map((x) => x.text)
        .join('')
      this.fail(at(k), `no viable alternative at input '${text}'`)
    }
    const isType = (k: number, ...types: TokenType[]) => types.includes(at(k).type)
    i++ // object type (checked by the caller)
    if (!isType(i, 'COLON')) noViable(i)
    i++
    if (!isType(i, 'IdentifierWithoutHyphen', 'StringLiteral')) noViable(i)
    i++
    for (;;) {
      if (isType(i, 'DOT')) {
        i++
        if (!isType(i, 'IdentifierWithoutHyphen', 'StringLiteral')) noViable(i)
        i++
      } else if (isType(i, 'LBRACK')) {
        i++
        if (!isType(i, 'IntPosLiteral', 'IntNegLiteral', 'ASTERISK')) noViable(i)
        i++
        if (!isType(i, 'RBRACK')) noViable(i)
        i++
      } else break
    }
    let negated = false
    if (isType(i, 'NOT')) {
      negated = true
      i++
    }
    const opToken = at(i)
    if (OPERATOR_TOKENS[opToken.type] === undefined) noViable(i)
    return { negated, opToken }
  }

  private propTest(follow: Follow): ComparisonExpression {
    const t = this.la()
    if (t.type === 'LPAREN') {
      this.pos++
      const expr = this.comparisonExpression(new Set(['RPAREN']))
      this.expect(['RPAREN'], follow)
      return { type: 'paren', expr }
    }
    if (t.type === 'EXISTS') {
      this.pos++
      const path = this.objectPathOrMismatch()
      return { type: 'comparison', path, op: 'EXISTS', opText: 'EXISTS', negated: false, value: undefined }
    }
    if (t.type !== 'IdentifierWithoutHyphen' && t.type !== 'IdentifierWithHyphen') {
      const first: TokenType[] = ['IdentifierWithoutHyphen', 'IdentifierWithHyphen', 'LPAREN']
      if (this.version === '2.1') first.push('EXISTS')
      return this.mismatch(first, undefined)
    }
    const { negated, opToken } = this.predictOperator()
    const path = this.objectPath()
    if (negated) this.pos++
    this.pos++
    const op = OPERATOR_TOKENS[opToken.type]!
    const comparison: Comparison = { type: 'comparison', path, op, opText: opToken.text, negated, value: undefined }
    // primitiveLiteral is a rule with alternatives: ANTLR syncs there and never suggests a missing token.
    if (op === '=' || op === '!=') comparison.value = this.literal(this.expect(LITERAL_TYPES))
    else if (op === 'IN') comparison.value = this.setLiteral()
    else if (op === 'LIKE' || op === 'MATCHES' || op === 'ISSUBSET' || op === 'ISSUPERSET') {
      comparison.value = this.literal(this.expect(['StringLiteral'], follow))
    } else comparison.value = this.literal(this.expect(ORDERABLE_TYPES, follow))
    return comparison
  }

  /** After EXISTS the path is parsed directly (no prediction): errors are ordinary mismatches. */
  private objectPathOrMismatch(): ObjectPath {
    const t = this.la()
    if (t.type !== 'IdentifierWithoutHyphen' && t.type !== 'IdentifierWithHyphen') {
      return this.mismatch(['IdentifierWithoutHyphen', 'IdentifierWithHyphen'], undefined)
    }
    this.pos++
    this.expect(['COLON'])
    const first = this.expect(['IdentifierWithoutHyphen', 'StringLiteral'])
    const steps: PathStep[] = [this.keyStep(first)]
    this.pathSteps(steps)
    return { objectType: t.text, steps }
  }

  private keyStep(token: Token): PathStep {
    return token.type === 'StringLiteral'
      ? { kind: 'key', name: unquoteString(token.text), quoted: true }
      : { kind: 'key', name: token.text, quoted: false }
  }

  private pathSteps(steps: PathStep[]): void {
    for (;;) {
      const t = this.la()
      if (t.type === 'DOT') {
        this.pos++
        steps.push(this.keyStep(this.expect(['IdentifierWithoutHyphen', 'StringLiteral'])))
      } else if (t.type === 'LBRACK') {
        this.pos++
        const idx = this.expect(['IntPosLiteral', 'IntNegLiteral', 'ASTERISK'])
        this.expect(['RBRACK'])
        steps.push(idx.type === 'ASTERISK' ? { kind: 'star' } : { kind: 'index', index: Number(idx.text) })
      } else return
    }
  }

  private objectPath(): ObjectPath {
    const type = this.la()
    this.pos += 2 // type and ':' (prediction checked them)
    const steps: PathStep[] = [this.keyStep(this.la())]
    this.pos++
    this.pathSteps(steps)
    return { objectType: type.text, steps }
  }

  private setLiteral(): Literal[] {
    const open = this.la()
    if (open.type !== 'LPAREN') return this.mismatch(['LPAREN'], undefined)
    const next = this.tokens[this.pos + 1]!
    if (next.type === 'RPAREN') {
      this.pos += 2
      return []
    }
    if (!LITERAL_TYPES.includes(next.type)) {
      const text = next.type === 'EOF' ? '(' : `(${next.text}`
      this.fail(next, `no viable alternative at input '${text}'`)
    }
    this.pos++
    const values: Literal[] = [this.literal(this.expect(LITERAL_TYPES))]
    let first = true
    for (;;) {
      const t = this.la()
      if (t.type === 'COMMA') {
        this.pos++
        values.push(this.literal(this.expect(LITERAL_TYPES)))
        first = false
      } else if (t.type === 'RPAREN') {
        this.pos++
        return values
      } else if (first) {
        return this.mismatch(['COMMA', 'RPAREN'], undefined)
      } else {
        this.fail(t, `extraneous input ${display(t)} expecting {',', ')'}`)
      }
    }
  }

  private literal(token: Token): Literal {
    const text = token.text
    switch (token.type) {
      case 'IntPosLiteral':
      case 'IntNegLiteral':
        return { kind: 'int', value: Number(text), text }
      case 'FloatPosLiteral':
      case 'FloatNegLiteral':
        return { kind: 'float', value: Number(text), text }
      case 'StringLiteral':
        return { kind: 'string', value: unquoteString(text), text }
      case 'BoolLiteral':
        return { kind: 'bool', value: text === 'true', text }
      case 'HexLiteral':
        return { kind: 'hex', value: text.slice(2, -1), text }
      case 'BinaryLiteral':
        return { kind: 'binary', value: text.slice(2, -1), text }
      case 'TimestampLiteral':
        return { kind: 'timestamp', value: text.slice(2, -1), text }
      default:
        return this.fail(token, `unexpected literal ${display(token)}`)
    }
  }
}

/**
 * Parse a STIX pattern (grammar only: duplicate qualifiers and hash formats are checked by `validatePattern`).
 * @example parsePattern("[ipv4-addr:value = '198.51.100.1'] WITHIN 300 SECONDS")
 */
export function parsePattern(text: string, opts: ParseOptions = {}): Result<Pattern, PatternSyntaxError> {
  const version = opts.stixVersion ?? '2.1'
  const parser = new Parser(tokenize(text, version), version)
  try {
    return ok({ version, root: parser.parse() })
  } catch (e) {
    if (e instanceof SyntaxFailure) return err(e.detail)
    if (e instanceof RangeError) {
      // Nesting deep enough to exhaust the stack is reported, not thrown.
      return err({ line: 1, column: 0, message: 'pattern nested too deeply' })
    }
    throw e
  }
}
