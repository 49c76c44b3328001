// What a pattern uses, in the reference inspector's shape: qualifiers, observation operators, and per object type
// the comparisons as [path, operator, literal source text].
import type { ComparisonExpression, ObservationExpression, Pattern } from '../../stix/pattern/index.ts'

export type InspectPath = (string | number | null)[]

export interface PatternInspection {
  qualifiers: string[]
  observation_ops: string[]
  comparisons: Record<string, [InspectPath, string, string][]>
}

function walkComparisons(e: ComparisonExpression, out: PatternInspection['comparisons']): void {
  if (e.type === 'paren') {
    walkComparisons(e.expr, out)
    return
  }
  if (e.type === 'and' || e.type === 'or') {
    walkComparisons(e.left, out)
    walkComparisons(e.right, out)
    return
  }
  const path: InspectPath = e.path.steps.map((s) => (s.kind === 'key' ? s.name : s.kind === 'index' ? s.index : null))
  const value = Array.isArray(e.value) ? `(${e.value.map((v) => v.text).join(',')})` : (e.value?.text ?? '')
  const op = `${e.negated ? 'NOT ' : ''}${e.opText}`
  ;(out[e.path.objectType] ??= []).push([path, op, value])
}

function walk(e: ObservationExpression, q: Set<string>, ops: Set<string>, out: PatternInspection['comparisons']): void {
  switch (e.type) {
    case 'observation':
      walkComparisons(e.expr, out)
      return
    case 'group':
      walk(e.expr, q, ops, out)
      return
    case 'and':
    case 'or':
    case 'followedby':
      ops.add(e.type.toUpperCase())
      walk(e.left, q, ops, out)
      walk(e.right, q, ops, out)
      return
    case 'within':
      walk(e.expr, q, ops, out)
      q.add(`WITHIN ${e.text} SECONDS`)
      return
    case 'repeats':
      walk(e.expr, q, ops, out)
      q.add(`REPEATS ${e.text} TIMES`)
      return
    case 'startstop':
      walk(e.expr, q, ops, out)
      q.add(`START ${e.start.text} STOP ${e.stop.text}`)
      return
  }
}

/** Qualifiers and observation operators (as sets) and the comparisons grouped by object type. */
export function inspectPattern(pattern: Pattern): PatternInspection {
  const qualifiers = new Set<string>()
  const ops = new Set<string>()
  const comparisons: PatternInspection['comparisons'] = {}
  walk(pattern.root, qualifiers, ops, comparisons)
  return { qualifiers: [...qualifiers], observation_ops: [...ops], comparisons }
}
