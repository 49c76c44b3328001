/**
 * Masks for the entity finders: "does this match overlap masked text?", answered like `SpanSet`, but the first few
 * questions by a plain walk over the spans (most finders try few matches, and indicator-heavy documents mask hundreds
 * of spans, several times over), and the sorted index, when more questions come, built by sorting a typed array of
 * keys rather than the span objects with a comparator.
 */

import { ascendingRuns, MERGED_RUNS, mergeRuns } from './text.ts'

// A span's sort key is start * INDEX_SCALE + index: exact in a double while start < 2^32 and index < 2^21.
const INDEX_SCALE = 2 ** 21

// Up to this many spans a comparator sort is as quick as making the typed array.
const SMALL = 24
// This many questions are answered by walking the spans before the sorted index is built.
const WALKS = 8

/** The sort keys of the spans, sorted (see INDEX_SCALE), or undefined when an offset does not fit a key. */
function keysByStart(spans: readonly (readonly [number, number])[]): Float64Array | undefined {
  const n = spans.length
  if (n >= INDEX_SCALE) return undefined
  const order = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    const s = spans[i]![0]
    if (!(Number.isInteger(s) && s >= 0 && s < 2 ** 32)) return undefined
    order[i] = s * INDEX_SCALE + i
  }
  return order.sort()
}

/** The same answers as `new SpanSet(spans).overlaps(q)`, for spans that do not change after the mask is made. */
export class SpanMask {
  private readonly spans: readonly (readonly [number, number])[]
  private starts: number[] | undefined
  /** Largest end among the spans sorted up to and including each index. */
  private maxEnds: number[] | undefined
  private asked = 0

  constructor(spans: readonly (readonly [number, number])[]) {
    this.spans = spans
  }

  /** True when some span of the mask overlaps `q`. */
  overlaps(q: readonly [number, number]): boolean {
    if (this.starts === undefined && this.asked++ < WALKS) {
      for (const s of this.spans) if (s[0] < q[1] && q[0] < s[1]) return true
      return false
    }
    if (this.starts === undefined) this.build()
    const starts = this.starts!
    // Spans starting before q ends are a prefix of the sorted list; one of them overlaps when its end passes q's start.
    let lo = 0
    let hi = starts.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (starts[mid]! < q[1]) lo = mid + 1
      else hi = mid
    }
    return lo > 0 && this.maxEnds![lo - 1]! > q[0]
  }

  private build(): void {
    const { spans } = this
    const n = spans.length
    // The finders' masks are a few lists each in order of start, joined (indicators, links, names, dates): their runs
    // in order of start are merged, without sorting anything. Others are sorted.
    const runEnds = ascendingRuns(spans, MERGED_RUNS)
    if (runEnds.length <= MERGED_RUNS) {
      const { starts, maxEnds } = mergeRuns(spans, runEnds)
      this.starts = starts
      this.maxEnds = maxEnds
      return
    }
    // Spans in order of start (ties in any order: the answers only read whole groups of equal starts).
    const order = n > SMALL ? keysByStart(spans) : undefined
    const sorted = order ? undefined : [...spans].sort((a, b) => a[0] - b[0])
    const starts = new Array<number>(n)
    const maxEnds = new Array<number>(n)
    let max = Number.NEGATIVE_INFINITY
    for (let k = 0; k < n; k++) {
      const s = sorted ? sorted[k]! : spans[order![k]! % INDEX_SCALE]!
      if (s[1] > max) max = s[1]
      starts[k] = s[0]
      maxEnds[k] = max
    }
    this.starts = starts
    this.maxEnds = maxEnds
  }
}
