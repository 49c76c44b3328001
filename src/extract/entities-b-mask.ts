/**
 * Masks for the entity finders: "does this match overlap masked text?", answered like `SpanSet` but built only when
 * first asked (most finders try few matches, many documents none) and by sorting a typed array of keys rather than
 * the span objects with a comparator (indicator-heavy documents mask hundreds of spans, several times over).
 */

// A span's sort key is start * INDEX_SCALE + index: exact in a double while start < 2^32 and index < 2^21.
const INDEX_SCALE = 2 ** 21

/** The same answers as `new SpanSet(spans).overlaps(q)`, for spans that do not change after the mask is made. */
export class SpanMask {
  private readonly spans: readonly (readonly [number, number])[]
  private starts: Float64Array | undefined
  /** Largest end among the spans sorted up to and including each index. */
  private maxEnds: Float64Array | undefined

  constructor(spans: readonly (readonly [number, number])[]) {
    this.spans = spans
  }

  /** True when some span of the mask overlaps `q`. */
  overlaps(q: readonly [number, number]): boolean {
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
    const order = new Float64Array(n)
    let keyed = n < INDEX_SCALE
    for (let i = 0; i < n && keyed; i++) {
      const s = spans[i]![0]
      if (!(Number.isInteger(s) && s >= 0 && s < 2 ** 32)) keyed = false
      else order[i] = s * INDEX_SCALE + i
    }
    this.starts = new Float64Array(n)
    this.maxEnds = new Float64Array(n)
    // Spans taken in order of start (ties in any order: the answers only read whole groups of equal starts).
    const sorted = keyed ? undefined : [...spans].sort((a, b) => a[0] - b[0])
    if (keyed) order.sort()
    let max = Number.NEGATIVE_INFINITY
    for (let k = 0; k < n; k++) {
      const s = sorted ? sorted[k]! : spans[order[k]! % INDEX_SCALE]!
      if (s[1] > max) max = s[1]
      this.starts[k] = s[0]
      this.maxEnds[k] = max
    }
  }
}
