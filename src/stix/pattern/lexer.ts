// The STIX Patterning lexer. It follows the reference ANTLR grammar's rules exactly (longest match wins, and on a
// tie the rule listed first wins), because error positions and messages are compared with the reference validator's.
import type { StixPatternVersion } from './ast.ts'

/** Token types in the reference grammar's order; the order decides ties and how expected-token sets are listed. */
export const TOKEN_TYPES = [
  'IntNegLiteral',
  'IntPosLiteral',
  'FloatNegLiteral',
  'FloatPosLiteral',
  'HexLiteral',
  'BinaryLiteral',
  'StringLiteral',
  'BoolLiteral',
  'TimestampLiteral',
  'AND',
  'OR',
  'NOT',
  'FOLLOWEDBY',
  'LIKE',
  'MATCHES',
  'ISSUPERSET',
  'ISSUBSET',
  'EXISTS',
  'LAST',
  'IN',
  'START',
  'STOP',
  'SECONDS',
  'TRUE',
  'FALSE',
  'WITHIN',
  'REPEATS',
  'TIMES',
  'IdentifierWithoutHyphen',
  'IdentifierWithHyphen',
  'EQ',
  'NEQ',
  'LT',
  'LE',
  'GT',
  'GE',
  'QUOTE',
  'COLON',
  'DOT',
  'COMMA',
  'RPAREN',
  'LPAREN',
  'RBRACK',
  'LBRACK',
  'PLUS',
  'HYPHEN',
  'MINUS',
  'POWER_OP',
  'DIVIDE',
  'ASTERISK',
  'WS',
  'COMMENT',
  'LINE_COMMENT',
  'InvalidCharacter',
  'EOF',
] as const

export type TokenType = (typeof TOKEN_TYPES)[number]

/** How ANTLR names a token type in "expecting …": the literal text when the rule has one, else the rule name. */
const LITERAL_NAMES: Partial<Record<TokenType, string>> = {
  AND: "'AND'",
  OR: "'OR'",
  NOT: "'NOT'",
  FOLLOWEDBY: "'FOLLOWEDBY'",
  LIKE: "'LIKE'",
  MATCHES: "'MATCHES'",
  ISSUPERSET: "'ISSUPERSET'",
  ISSUBSET: "'ISSUBSET'",
  EXISTS: "'EXISTS'",
  LAST: "'LAST'",
  IN: "'IN'",
  START: "'START'",
  STOP: "'STOP'",
  SECONDS: "'SECONDS'",
  TRUE: "'true'",
  FALSE: "'false'",
  WITHIN: "'WITHIN'",
  REPEATS: "'REPEATS'",
  TIMES: "'TIMES'",
  LT: "'<'",
  LE: "'<='",
  GT: "'>'",
  GE: "'>='",
  QUOTE: "'''",
  COLON: "':'",
  DOT: "'.'",
  COMMA: "','",
  RPAREN: "')'",
  LPAREN: "'('",
  RBRACK: "']'",
  LBRACK: "'['",
  PLUS: "'+'",
  MINUS: "'-'",
  POWER_OP: "'^'",
  DIVIDE: "'/'",
  ASTERISK: "'*'",
  EOF: '<EOF>',
}

export function tokenTypeName(type: TokenType): string {
  return LITERAL_NAMES[type] ?? type
}

export const tokenOrder = (type: TokenType): number => TOKEN_TYPES.indexOf(type)

export interface Token {
  type: TokenType
  text: string
  /** UTF-16 offset into the pattern. */
  start: number
  /** 1-based line and 0-based column in code points, as ANTLR reports them. */
  line: number
  column: number
}

/** The grammar's keywords (also used by the printer to decide which property names need quotes). */
export const KEYWORDS: readonly TokenType[] = [
  'AND',
  'OR',
  'NOT',
  'FOLLOWEDBY',
  'LIKE',
  'MATCHES',
  'ISSUPERSET',
  'ISSUBSET',
  'EXISTS',
  'LAST',
  'IN',
  'START',
  'STOP',
  'SECONDS',
  'WITHIN',
  'REPEATS',
  'TIMES',
]

const B64 = '[A-Za-z0-9+/]'
// Each rule as a sticky regular expression; every one is linear (no nested quantifier can backtrack).
const RULES: [TokenType, RegExp][] = [
  ['IntNegLiteral', /-(?:0|[1-9][0-9]*)/y],
  ['IntPosLiteral', /\+?(?:0|[1-9][0-9]*)/y],
  ['FloatNegLiteral', /-[0-9]*\.[0-9]+/y],
  ['FloatPosLiteral', /\+?[0-9]*\.[0-9]+/y],
  ['HexLiteral', /h'(?:[A-Fa-f0-9]{2})*'/y],
  ['BinaryLiteral', new RegExp(`b'(?:${B64}{4})*(?:${B64}{4}|${B64}{3}=|${B64}{2}==)'`, 'y')],
  ['StringLiteral', /'(?:[^'\\]|\\'|\\\\)*'/uy],
  ['BoolLiteral', /true|false/y],
  [
    'TimestampLiteral',
    /t'[0-9]{4}-(?:0[1-9]|1[012])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:(?:[0-5][0-9]|60)(?:\.[0-9]+)?Z'/y,
  ],
  ['IdentifierWithoutHyphen', /[a-zA-Z_][a-zA-Z0-9_]*/y],
  ['IdentifierWithHyphen', /[a-zA-Z_][a-zA-Z0-9_-]*/y],
  ['EQ', /==?/y],
  ['NEQ', /!=|<>/y],
  ['LT', /</y],
  ['LE', /<=/y],
  ['GT', />/y],
  ['GE', />=/y],
  ['QUOTE', /'/y],
  ['COLON', /:/y],
  ['DOT', /\./y],
  ['COMMA', /,/y],
  ['RPAREN', /\)/y],
  ['LPAREN', /\(/y],
  ['RBRACK', /\]/y],
  ['LBRACK', /\[/y],
  ['PLUS', /\+/y],
  ['HYPHEN', /-/y],
  ['POWER_OP', /\^/y],
  ['DIVIDE', /\//y],
  ['ASTERISK', /\*/y],
  ['WS', /[ \t\r\n\u000B\u000C\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/y],
  ['COMMENT', /\/\*[\s\S]*?\*\//y],
  ['LINE_COMMENT', /\/\/[^\r\n]*/y],
  ['InvalidCharacter', /[\s\S]/uy],
]

function keywordRule(word: TokenType): [TokenType, RegExp] {
  return [word, new RegExp(word, 'y')]
}

const rulesByVersion = new Map<StixPatternVersion, [TokenType, RegExp][]>()

function rulesFor(version: StixPatternVersion): [TokenType, RegExp][] {
  let rules = rulesByVersion.get(version)
  if (rules) return rules
  const words = KEYWORDS.filter((k) => version === '2.1' || k !== 'EXISTS').map(keywordRule)
  const boolAt = RULES.findIndex(([t]) => t === 'TimestampLiteral') + 1
  rules = [...RULES.slice(0, boolAt), ...words, ...RULES.slice(boolAt)]
  rulesByVersion.set(version, rules)
  return rules
}

/** Split a pattern into tokens (whitespace and comments dropped); the last token is EOF. Never fails. */
export function tokenize(input: string, version: StixPatternVersion = '2.1'): Token[] {
  const rules = rulesFor(version)
  const tokens: Token[] = []
  let pos = 0
  let line = 1
  let column = 0
  while (pos < input.length) {
    let bestType: TokenType = 'InvalidCharacter'
    let bestLength = 0
    for (const [type, re] of rules) {
      re.lastIndex = pos
      const m = re.exec(input)
      if (m && m[0].length > bestLength) {
        bestType = type
        bestLength = m[0].length
      }
    }
    const text = input.slice(pos, pos + bestLength)
    if (bestType !== 'WS' && bestType !== 'COMMENT' && bestType !== 'LINE_COMMENT') {
      tokens.push({ type: bestType, text, start: pos, line, column })
    }
    for (const ch of text) {
      if (ch === '\n') {
        line++
        column = 0
      } else column++
    }
    pos += bestLength
  }
  tokens.push({ type: 'EOF', text: '<EOF>', start: pos, line, column })
  return tokens
}
