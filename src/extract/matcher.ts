/**
 * Aho–Corasick multi-pattern matcher over case-folded text: one pass finds every occurrence of every pattern, so a
 * 100,000-alias index costs about as much per character as a handful of aliases. Offsets are those of the input
 * string (folding keeps one UTF-16 unit per unit).
 */

import { CodeUnits, unitsOf } from './scan.ts'

/** Fold a string for matching without changing its length: lower case, typographic quotes and dashes unified. */
export function fold(s: string): string {
  // Fast path: toLowerCase keeps the length for almost all text; then unify quotes and dashes (one unit each).
  const lower = s.toLowerCase()
  if (lower.length === s.length) return lower.replace(UNIFIED, foldChar)
  let out = ''
  for (let i = 0; i < s.length; i++) out += foldChar(s[i]!)
  return out
}

// The quotes, dashes and no-break space `fold` unifies (foldChar reads only the match it is given).
const UNIFIED = /[’‘ʼ‐‑–—\u00a0]/g
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

// `isWordChar` per UTF-16 code unit (it looks at one unit only): 1 = letter or digit, 2 = not, 0 = not yet known.
const WORD_CODE = new Uint8Array(65536)
for (let c = 0; c < 128; c++)
  WORD_CODE[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2

function isWordCode(c: number): boolean {
  let w = WORD_CODE[c]!
  if (w === 0) WORD_CODE[c] = w = WORD.test(String.fromCharCode(c)) ? 1 : 2
  return w === 1
}

// `fold` per UTF-16 code unit (0 = not yet known; only U+0000 folds to 0, and it is then recomputed harmlessly).
const FOLD_CODE = new Uint16Array(65536)
for (let c = 0; c < 128; c++) FOLD_CODE[c] = c >= 65 && c <= 90 ? c + 32 : c

function foldCode(c: number): number {
  let f = FOLD_CODE[c]!
  if (f === 0) FOLD_CODE[c] = f = foldChar(String.fromCharCode(c)).charCodeAt(0)
  return f
}

/**
 * True for the code units after which folding unit by unit can differ from `fold` of the whole text: capital sigma
 * (lower-cased by its context, final ς or σ), dotted capital I (lower-cases to two units) and surrogates (a pair
 * lower-cases as one character). For every other unit, `fold(text)[i]` is `fold(text[i])` (checked over the whole BMP
 * in matcher-words.test.ts).
 */
function foldNeedsContext(c: number): boolean {
  return c === 0x3a3 || c === 0x130 || (c >= 0xd800 && c <= 0xdfff)
}

// The filter of the patterns' first words (WordMatcher): 2^16 bits, two probes per word from one 32-bit FNV-1a hash of
// the word's lower-cased ASCII codes.
const FIRST_WORD_BITS = 1 << 16
const FIRST_WORD_SEED = 0x811c9dc5 | 0
const FIRST_WORD_PRIME = 0x01000193

// Nodes with at least this many children also get a full row of transitions for ASCII codes (the root and the
// shallow nodes, where a walk spends most of its steps); the others are searched in their short edge list.
const DENSE_CHILDREN = 8
// Flags in a trie record's header (its low 16 bits count the children).
const HAS_END = 1 << 16
const HAS_ROW = 1 << 17

/**
 * The leftmost-longest whole-word occurrences of a fixed list of patterns (case folded as by `fold`): the same hits as
 * `selectHits(text, new AhoCorasick(patterns).search(text))`, found without scanning every character through an
 * automaton. A hit must start where the character before is not a letter or digit, so the patterns are walked in a
 * trie from those starts only, and not at all inside a hit already chosen; only the chosen hits are allocated. At a
 * word of ASCII letters and digits the walk is also skipped when no pattern begins with that word (a 8 KB Bloom filter
 * of the patterns' first words says so for most words of a text: a walk costs a cache miss or more per step).
 * The trie is compact (about 0.5 MB for the full alias index) and laid out depth first, so a pattern's nodes lie
 * together in memory: a multi-megabyte automaton table is mostly out of the caches by the time the next document
 * comes, which costs the pipeline more than the steps themselves.
 */
export class WordMatcher {
  // The trie, one record per node in depth-first order (so a node's first child comes right after it); a node is the
  // offset of its record: a header (number of children, and flags), the first pattern ending there (lowest index)
  // when there is one, the offset of its dense row when it has one, the children's codes, then the children's offsets
  // (left out for a single child: it is the next record).
  private readonly trie: Int32Array
  // Dense rows: child + 1 per folded ASCII code class (0: no child); class 0 is every code in no pattern.
  private readonly rows: Int32Array
  private readonly classOf: Uint8Array
  // The root's children by raw ASCII code (folding included): child + 1, or 0.
  private readonly rootNext: Int32Array
  // A Bloom filter of the patterns' first words (see firstWordHash): bit set for each of two probes per word.
  private readonly firstWords = new Int32Array(FIRST_WORD_BITS >>> 5)
  /** The code units of a folded text being scanned (the text's own come from `unitsOf`). */
  private readonly foldedUnits = new CodeUnits()

  constructor(patterns: readonly string[]) {
    // A trie of Maps first, then flattened.
    const kids: Map<number, number>[] = [new Map()]
    const ends: number[] = [-1]
    patterns.forEach((p, idx) => {
      const f = fold(p)
      if (f.length === 0) return
      this.noteFirstWord(f)
      let node = 0
      for (let i = 0; i < f.length; i++) {
        const c = f.charCodeAt(i)
        let n = kids[node]!.get(c)
        if (n === undefined) {
          n = kids.length
          kids.push(new Map())
          ends.push(-1)
          kids[node]!.set(c, n)
        }
        node = n
      }
      if (ends[node] === -1) ends[node] = idx
    })
    // Depth-first order and record offsets.
    const order: number[] = []
    const stack = [0]
    while (stack.length > 0) {
      const node = stack.pop()!
      order.push(node)
      const children = [...kids[node]!.values()]
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!)
    }
    const recordSize = (old: number): number => {
      const k = kids[old]!.size
      return 1 + (ends[old]! >= 0 ? 1 : 0) + (k >= DENSE_CHILDREN ? 1 : 0) + k + (k > 1 ? k : 0)
    }
    const offset = new Int32Array(kids.length)
    let size = 0
    for (const old of order) {
      offset[old] = size
      size += recordSize(old)
    }
    const classOf = new Uint8Array(128)
    let classes = 1
    for (const m of kids) for (const c of m.keys()) if (c < 128 && classOf[c] === 0) classOf[c] = classes++
    let dense = 0
    for (const m of kids) if (m.size >= DENSE_CHILDREN) dense++
    const trie = new Int32Array(size)
    const rows = new Int32Array(dense * classes)
    let row = 0
    for (const old of order) {
      const m = kids[old]!
      let q = offset[old]!
      trie[q++] = m.size | (ends[old]! >= 0 ? HAS_END : 0) | (m.size >= DENSE_CHILDREN ? HAS_ROW : 0)
      if (ends[old]! >= 0) trie[q++] = ends[old]!
      if (m.size >= DENSE_CHILDREN) {
        trie[q++] = row
        for (const [c, child] of m) if (c < 128) rows[row + classOf[c]!] = offset[child]! + 1
        row += classes
      }
      for (const c of m.keys()) trie[q++] = c
      if (m.size > 1) for (const child of m.values()) trie[q++] = offset[child]!
    }
    this.trie = trie
    this.rows = rows
    this.classOf = classOf
    this.rootNext = new Int32Array(128)
    for (let u = 0; u < 128; u++) {
      const child = kids[0]!.get(FOLD_CODE[u]!)
      if (child !== undefined) this.rootNext[u] = offset[child]! + 1
    }
  }

  /**
   * Adds the first word of a folded pattern to the filter: its leading run of letters and digits, when that run is not
   * empty and is all ASCII (only such a pattern can match at a word of ASCII letters and digits: see `scan`).
   */
  private noteFirstWord(f: string): void {
    let h = FIRST_WORD_SEED
    let k = 0
    for (; k < f.length; k++) {
      const c = f.charCodeAt(k)
      if (c >= 128) {
        if (isWordCode(c)) return
        break
      }
      if (WORD_CODE[c] !== 1) break
      h = Math.imul(h ^ c, FIRST_WORD_PRIME)
    }
    if (k === 0) return
    const { firstWords } = this
    const a = h & (FIRST_WORD_BITS - 1)
    const b = (h >>> 16) & (FIRST_WORD_BITS - 1)
    firstWords[a >>> 5]! |= 1 << (a & 31)
    firstWords[b >>> 5]! |= 1 << (b & 31)
  }

  /** The chosen hits, as `selectHits` would choose them from every occurrence. */
  find(text: string): Hit[] {
    return this.scan(text, null) ?? (this.scan(text, fold(text)) as Hit[])
  }

  /**
   * Scan `folded` (fold of the whole text) or, when it is null, the text itself folded unit by unit; in that case
   * return null as soon as a unit shows that unit-by-unit folding may differ (the caller then scans the folded text).
   * Every unit of the text is read by the outer loop, so such a text never gets a result from unit-by-unit folding.
   * Folding is idempotent per unit, so the folded text goes through the same per-unit fold unchanged.
   */
  private scan(text: string, folded: string | null): Hit[] | null {
    const { trie, rows, classOf, rootNext, firstWords } = this
    // The text's and the scanned text's code units, from typed arrays (every read below is at an index < n).
    const units = unitsOf(text)
    const src = folded === null ? units : this.foldedUnits.of(folded)
    const out: Hit[] = []
    const n = text.length
    let until = 0
    // s is always a position where a hit may start: the first, or one after a non-word character.
    for (let s = 0; s < n; ) {
      const c = units[s]!
      if (c >= 128 && folded === null && foldNeedsContext(c)) return null
      // At an ASCII letter or digit, the word there is read first (to `e`). A hit at s matches the folded text unit by
      // unit, and ends before a unit that is no letter or digit; in ASCII, folding is lower-casing and keeps letters
      // and digits what they are. So when the word is all ASCII and an ASCII unit (or the text's end) follows it, the
      // pattern of a hit at s holds that word, lower-cased, up to its first unit that is no letter or digit: its first
      // word. A word the filter of first words does not hold starts no hit: the walk is skipped.
      let e = s
      let maybe = true
      if (c < 128 && WORD_CODE[c] === 1) {
        let h = FIRST_WORD_SEED
        let d = c
        do {
          h = Math.imul(h ^ FOLD_CODE[d]!, FIRST_WORD_PRIME)
          d = ++e < n ? units[e]! : 32
        } while (d < 128 && WORD_CODE[d] === 1)
        if (d < 128) {
          const a = h & (FIRST_WORD_BITS - 1)
          const b = (h >>> 16) & (FIRST_WORD_BITS - 1)
          maybe = ((firstWords[a >>> 5]! >>> (a & 31)) & (firstWords[b >>> 5]! >>> (b & 31)) & 1) === 1
        }
      }
      // Not inside the hit chosen last (selectHits skips those).
      if (s >= until && maybe) {
        // Walk the trie from s; keep the longest pattern that ends before a non-word character.
        let end = -1
        let pattern = -1
        // The first step by the root's table for ASCII (no child there: no walk), the others through the records.
        const u0 = src[s]!
        let node = u0 < 128 ? rootNext[u0]! - 1 : 0
        let j = s
        if (node > 0) {
          j = s + 1
          if ((trie[node]! & HAS_END) !== 0) {
            const after = j < n ? units[j]! : 32
            if (after < 128 ? WORD_CODE[after] !== 1 : !isWordCode(after)) {
              end = j
              pattern = trie[node + 1]!
            }
          }
        } else if (u0 < 128) j = n
        for (; j < n; j++) {
          const u = src[j]!
          const f = u < 128 ? FOLD_CODE[u]! : foldCode(u)
          const h = trie[node]!
          const count = h & 0xffff
          let q = node + 1 + ((h >>> 16) & 1)
          let child = -1
          if ((h & HAS_ROW) !== 0 && f < 128) child = rows[trie[q]! + classOf[f]!]! - 1
          else {
            if ((h & HAS_ROW) !== 0) q++
            for (let k = 0; k < count; k++)
              if (trie[q + k] === f) {
                child = count === 1 ? q + 1 : trie[q + count + k]!
                break
              }
          }
          if (child < 0) break
          node = child
          if ((trie[node]! & HAS_END) !== 0) {
            const p = trie[node + 1]!
            const after = j + 1 < n ? units[j + 1]! : 32
            if (after < 128 ? WORD_CODE[after] !== 1 : !isWordCode(after)) {
              end = j + 1
              pattern = p
            }
          }
        }
        if (end > 0) {
          out.push({ start: s, end, pattern })
          until = end
        }
      }
      // The ASCII units of the word read above are all letters or digits: go on after them.
      s = e > s ? e : s + 1
      if (c < 128 ? WORD_CODE[c] !== 1 : !isWordCode(c)) continue
      // Inside a word no hit starts: skip to the character after it, which follows a non-word character.
      for (; s < n; s++) {
        const d = units[s]!
        if (d < 128) {
          if (WORD_CODE[d] !== 1) break
        } else {
          if (folded === null && foldNeedsContext(d)) return null
          if (!isWordCode(d)) break
        }
      }
      s++
    }
    return out
  }
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
