// The STIX Patterning syntax tree. Binary nodes keep the source's association and parentheses, so printing a
// parsed pattern gives back the same structure (and the validator can tell a qualifier on `[...]` from one on `(...)`).

export type StixPatternVersion = '2.0' | '2.1'

/** A constant as written in the pattern; `text` is the exact source text (the inspector reports it). */
export type Literal =
  | { kind: 'int'; value: number; text: string }
  | { kind: 'float'; value: number; text: string }
  | { kind: 'string'; value: string; text: string }
  | { kind: 'bool'; value: boolean; text: string }
  /** Hex digits, without `h'…'`. */
  | { kind: 'hex'; value: string; text: string }
  /** Base64 text, without `b'…'`. */
  | { kind: 'binary'; value: string; text: string }
  /** Timestamp text, without `t'…'`. */
  | { kind: 'timestamp'; value: string; text: string }

export type PathStep =
  | { kind: 'key'; name: string; quoted: boolean }
  | { kind: 'index'; index: number }
  | { kind: 'star' }

/** `file:extensions.'windows-pebinary-ext'.sections[*].entropy`: the first step is always a key. */
export interface ObjectPath {
  objectType: string
  steps: PathStep[]
}

export type ComparisonOperator =
  | '='
  | '!='
  | '<'
  | '<='
  | '>'
  | '>='
  | 'IN'
  | 'LIKE'
  | 'MATCHES'
  | 'ISSUBSET'
  | 'ISSUPERSET'
  | 'EXISTS'

export interface Comparison {
  type: 'comparison'
  path: ObjectPath
  op: ComparisonOperator
  /** The operator as written: `==` and `<>` are kept so they print back the same. */
  opText: string
  negated: boolean
  /** One literal; a list for IN; undefined for EXISTS. */
  value: Literal | Literal[] | undefined
}

export type ComparisonExpression =
  | Comparison
  | { type: 'and'; left: ComparisonExpression; right: ComparisonExpression }
  | { type: 'or'; left: ComparisonExpression; right: ComparisonExpression }
  | { type: 'paren'; expr: ComparisonExpression }

export type ObservationExpression =
  | { type: 'observation'; expr: ComparisonExpression }
  | { type: 'and'; left: ObservationExpression; right: ObservationExpression }
  | { type: 'or'; left: ObservationExpression; right: ObservationExpression }
  | { type: 'followedby'; left: ObservationExpression; right: ObservationExpression }
  | { type: 'group'; expr: ObservationExpression }
  | { type: 'within'; expr: ObservationExpression; seconds: number; text: string }
  | { type: 'repeats'; expr: ObservationExpression; times: number; text: string }
  /** 2.1 writes `t'…'` after START/STOP, 2.0 a plain string. */
  | { type: 'startstop'; expr: ObservationExpression; start: Literal; stop: Literal }

export interface Pattern {
  version: StixPatternVersion
  root: ObservationExpression
}
