// AST → pattern text. Literals print from their source text, names are quoted when the grammar requires it, and
// every parenthesis in the tree is printed, so parse(print(ast)) gives the same tree back.
import type { ComparisonExpression, Literal, ObjectPath, ObservationExpression, Pattern } from './ast.ts'
import { KEYWORDS as PATTERN_KEYWORDS } from './lexer.ts'

const BARE_PROPERTY = /^[a-zA-Z_][a-zA-Z0-9_]*$/
// a property named like a keyword or boolean literal must be quoted
const KEYWORDS = new Set<string>([...PATTERN_KEYWORDS, 'true', 'false'])

/** Quote a string as a StringLiteral (only ' and \ are escaped). */
export function quoteString(value: string): string {
  return `'${value.replace(/[\\']/g, (c) => `\\${c}`)}'`
}

function printName(name: string, quoted: boolean): string {
  return quoted || !BARE_PROPERTY.test(name) || KEYWORDS.has(name) ? quoteString(name) : name
}

export function printPath(path: ObjectPath): string {
  let out = `${path.objectType}:`
  path.steps.forEach((step, i) => {
    if (step.kind === 'key') out += (i === 0 ? '' : '.') + printName(step.name, step.quoted)
    else if (step.kind === 'index') out += `[${step.index}]`
    else out += '[*]'
  })
  return out
}

export function printLiteral(lit: Literal): string {
  return lit.text
}

export function printComparisonExpression(expr: ComparisonExpression): string {
  switch (expr.type) {
    case 'paren':
      return `(${printComparisonExpression(expr.expr)})`
    case 'and':
    case 'or':
      return `${printComparisonExpression(expr.left)} ${expr.type.toUpperCase()} ${printComparisonExpression(expr.right)}`
    case 'comparison': {
      const path = printPath(expr.path)
      if (expr.op === 'EXISTS') return `EXISTS ${path}`
      const not = expr.negated ? 'NOT ' : ''
      const value = Array.isArray(expr.value)
        ? `(${expr.value.map(printLiteral).join(', ')})`
        : expr.value
          ? printLiteral(expr.value)
          : ''
      return `${path} ${not}${expr.opText} ${value}`
    }
  }
}

export function printObservationExpression(expr: ObservationExpression): string {
  switch (expr.type) {
    case 'observation':
      return `[${printComparisonExpression(expr.expr)}]`
    case 'group':
      return `(${printObservationExpression(expr.expr)})`
    case 'and':
    case 'or':
    case 'followedby':
      return `${printObservationExpression(expr.left)} ${expr.type.toUpperCase()} ${printObservationExpression(expr.right)}`
    case 'within':
      return `${printObservationExpression(expr.expr)} WITHIN ${expr.text} SECONDS`
    case 'repeats':
      return `${printObservationExpression(expr.expr)} REPEATS ${expr.text} TIMES`
    case 'startstop':
      return `${printObservationExpression(expr.expr)} START ${expr.start.text} STOP ${expr.stop.text}`
  }
}

/** Print a parsed pattern back to text. */
export function printPattern(pattern: Pattern): string {
  return printObservationExpression(pattern.root)
}
