// STIX Patterning syntax: parse, print and validate (no evaluation here; that lives in src/hunt/pattern).
export type {
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
export type { Token, TokenType } from './lexer.ts'
/** Split a pattern into tokens exactly as the reference ANTLR lexer does (the last token is EOF). */
export { tokenize } from './lexer.ts'
export type { ParseOptions, PatternSyntaxError } from './parser.ts'
/**
 * Parse STIX 2.1 (default) or 2.0 pattern text into an AST; a syntax error comes back with line, column and the
 * reference parser's wording.
 * @example const r = parsePattern("[file:name = 'x.aspx'] WITHIN 300 SECONDS"); if (r.ok) r.value.root
 */
export { parsePattern, unquoteString } from './parser.ts'
/** Print an AST back to pattern text (parse(print(p)) has the same shape as p). */
export { printComparisonExpression, printObservationExpression, printPath, printPattern, quoteString } from './print.ts'
export type { PatternValidation } from './validate.ts'
/** The reference validator's checks: grammar, duplicate qualifiers, hash formats, missing brackets. */
export { hasBrackets, validatePattern } from './validate.ts'
