/**
 * Masks for the entity finders: "does this match overlap masked text?", answered like `SpanSet`, but the first few
 * questions by a plain walk over the spans (most finders try few matches, and indicator-heavy documents mask hundreds
 * of spans, several times over), and the sorted index, when more questions come, built by sorting a typed array of
 * keys rather than the span objects with a comparator.
 */

// A span's sort key is start * INDEX_SCALE + index: exact in a double while start < 2^32 and index < 2^21.
const INDEX_SCALE = 2 ** 21

// Up to this many spans a comparator sort is as quick as making the typed array.
const SMALL = 24
// Spans in at most this many runs in order of start are merged rather than sorted.
const MERGED_RUNS = 16
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
    const runEnds: number[] = []
    for (let i = 1; i < n && runEnds.length < MERGED_RUNS; i++) if (spans[i]![0] < spans[i - 1]![0]) runEnds.push(i)
    runEnds.push(n)
    if (runEnds.length <= MERGED_RUNS) {
      this.merge(runEnds)
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

  /**
   * The index from the spans' runs in order of start (each run ends before the next `runEnds`, the last at the end):
   * the starts and ends merged run into run, two at a time, then the largest end up to each.
   */
  private merge(runEnds: number[]): void {
    const { spans } = this
    const n = spans.length
    let starts: number[] = new Array<number>(n)
    let ends: number[] = new Array<number>(n)
    for (let i = 0; i < n; i++) {
      starts[i] = spans[i]![0]
      ends[i] = spans[i]![1]
    }
    let bounds = [0, ...runEnds]
    let toStarts: number[] = new Array<number>(n)
    let toEnds: number[] = new Array<number>(n)
    while (bounds.length > 2) {
      const next = [0]
      for (let r = 0; r + 1 < bounds.length; r += 2) {
        const from = bounds[r]!
        const mid = bounds[r + 1]!
        const to = r + 2 < bounds.length ? bounds[r + 2]! : mid
        let a = from
        let b = mid
        for (let k = from; k < to; k++) {
          const fromA = b >= to || (a < mid && starts[a]! <= starts[b]!)
          const j = fromA ? a++ : b++
          toStarts[k] = starts[j]!
          toEnds[k] = ends[j]!
        }
        next.push(to)
      }
      ;[starts, toStarts] = [toStarts, starts]
      ;[ends, toEnds] = [toEnds, ends]
      bounds = next
    }
    let max = Number.NEGATIVE_INFINITY
    for (let k = 0; k < n; k++) {
      if (ends[k]! > max) max = ends[k]!
      ends[k] = max
    }
    this.starts = starts
    this.maxEnds = ends
  }
}
