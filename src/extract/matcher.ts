/**
 * Aho–Corasick multi-pattern matcher over case-folded text: one pass finds every occurrence of every pattern, so a
 * 100,000-alias index costs about as much per character as a handful of aliases. Offsets are those of the input
 * string (folding keeps one UTF-16 unit per unit).
 */

/** Fold a string for matching without changing its length: lower case, typographic quotes and dashes unified. */
export function fold(s: string): string {
  // Fast path: toLowerCase keeps the length for almost all text; then unify quotes and dashes (one unit each).
  const lower = s.toLowerCase()
  if (lower.length === s.length) return lower.replace(/[’‘ʼ‐‑–—\u00a0]/g, (c) => foldChar(c))
  let out = ''
  for (let i = 0; i < s.length; i++) out += foldChar(s[i]!)
  return out
}

const FOLD_CACHE = new Map<string, string>()
function foldChar(ch: string): string {
  const c = ch.charCodeAt(0)
  if (c < 128) return c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : ch
  const hit = FOLD_CACHE.get(ch)
  if (hit !== undefined) return hit
  let f: string
  if (ch === '’' || ch === '‘' || ch === 'ʼ') f = "'"
  else if (ch === '‐' || ch === '‑' || ch === '–' || ch === '—') f = '-'
  else if (ch === '\u00a0') f = ' '
  else {
    const l = ch.toLowerCase()
    f = l.length === 1 ? l : ch
  }
  FOLD_CACHE.set(ch, f)
  return f
}

export interface Hit {
  start: number
  end: number
  /** Index of the pattern in the list given to the matcher. */
  pattern: number
}

export class AhoCorasick {
  // Node arrays: transitions as Maps keyed by UTF-16 code, failure links, and the patterns ending at each node.
  // Nodes are numbered breadth-first, so the rows of the shallow nodes, where a scan spends most of its time, lie
  // together in the transition table.
  private readonly next: Map<number, number>[]
  private readonly fail: number[]
  private readonly out: number[][]
  private readonly lengths: number[] = []

  constructor(patterns: readonly string[]) {
    const next: Map<number, number>[] = [new Map()]
    const out: number[][] = [[]]
    patterns.forEach((p, idx) => {
      const f = fold(p)
      this.lengths.push(f.length)
      if (f.length === 0) return
      let node = 0
      for (let i = 0; i < f.length; i++) {
        const c = f.charCodeAt(i)
        let n = next[node]!.get(c)
        if (n === undefined) {
          n = next.length
          next.push(new Map())
          out.push([])
          next[node]!.set(c, n)
        }
        node = n
      }
      out[node]!.push(idx)
    })
    // Breadth-first renumbering.
    const order: number[] = [0]
    for (let qi = 0; qi < order.length; qi++) for (const child of next[order[qi]!]!.values()) order.push(child)
    const renum = new Int32Array(next.length)
    order.forEach((old, i) => {
      renum[old] = i
    })
    this.next = order.map((old) => {
      const m = new Map<number, number>()
      for (const [c, child] of next[old]!) m.set(c, renum[child]!)
      return m
    })
    this.out = order.map((old) => out[old]!)
    this.fail = new Array<number>(order.length).fill(0)
    // Breadth-first failure links; each node's output gets its failure node's outputs appended.
    const queue: number[] = []
    for (const n of this.next[0]!.values()) queue.push(n)
    for (let qi = 0; qi < queue.length; qi++) {
      const node = queue[qi]!
      for (const [c, child] of this.next[node]!) {
        queue.push(child)
        let f = this.fail[node]!
        while (f !== 0 && !this.next[f]!.has(c)) f = this.fail[f]!
        const target = this.next[f]!.get(c)
        this.fail[child] = target !== undefined && target !== child ? target : 0
        const inherited = this.out[this.fail[child]!]!
        if (inherited.length > 0) this.out[child] = this.out[child]!.concat(inherited)
      }
    }
    this.hasOut = new Uint8Array(this.out.map((o) => (o.length > 0 ? 1 : 0)))
    // ASCII characters that occur in no pattern share class 0 (every node goes back to the root on them).
    const classOf = new Uint8Array(128)
    let classes = 1
    for (const m of this.next) for (const c of m.keys()) if (c < 128 && classOf[c] === 0) classOf[c] = classes++
    this.classOf = classOf
    this.classes = classes
    this.dfa = this.buildDfa()
  }

  get nodeCount(): number {
    return this.next.length
  }

  private readonly hasOut: Uint8Array
  private readonly classOf: Uint8Array
  private readonly classes: number
  // A full transition table for ASCII character classes (failure links folded in), so the scan is one array read
  // per character.
  private readonly dfa: Int32Array
  private buildDfa(): Int32Array {
    const n = this.next.length
    const k = this.classes
    const dfa = new Int32Array(n * k)
    const rep = new Int32Array(k).fill(-1)
    for (let c = 0; c < 128; c++) if (this.classOf[c] !== 0) rep[this.classOf[c]!] = c
    // Nodes are numbered breadth-first: a node's failure target row is complete before the node's own row.
    for (let node = 0; node < n; node++) {
      const row = node * k
      const failRow = this.fail[node]! * k
      const edges = this.next[node]!
      for (let cls = 1; cls < k; cls++) {
        const child = edges.get(rep[cls]!)
        dfa[row + cls] = child !== undefined ? child : node === 0 ? 0 : dfa[failRow + cls]!
      }
    }
    return dfa
  }

  /** Every occurrence in `text` (already folded with `fold`, or raw when `folded` is false). */
  search(text: string, folded = false): Hit[] {
    const t = folded ? text : fold(text)
    const hits: Hit[] = []
    let node = 0
    const next = this.next
    const fail = this.fail
    const hasOut = this.hasOut
    const dfa = this.dfa
    const classOf = this.classOf
    const k = this.classes
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i)
      if (c < 128) node = dfa[node * k + classOf[c]!]!
      else {
        let n = next[node]!.get(c)
        while (n === undefined && node !== 0) {
          node = fail[node]!
          n = next[node]!.get(c)
        }
        node = n ?? 0
      }
      if (hasOut[node] === 1) {
        for (const p of this.out[node]!) hits.push({ start: i + 1 - this.lengths[p]!, end: i + 1, pattern: p })
      }
    }
    return hits
  }
}

const WORD = /[\p{L}\p{N}]/u
/** True when text[i] is a letter or digit. */
export function isWordChar(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false
  const c = text.charCodeAt(i)
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
  return WORD.test(text[i]!)
}

/** Keep hits that start and end on word boundaries, then the leftmost-longest non-overlapping ones. */
export function selectHits(text: string, hits: Hit[]): Hit[] {
  const ok = hits.filter((h) => !isWordChar(text, h.start - 1) && !isWordChar(text, h.end))
  ok.sort((a, b) => a.start - b.start || b.end - a.end)
  const chosen: Hit[] = []
  let until = -1
  for (const h of ok) {
    if (h.start < until) continue
    chosen.push(h)
    until = h.end
  }
  return chosen
}
