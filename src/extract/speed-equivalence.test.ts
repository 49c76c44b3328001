import assert from 'node:assert/strict'
import { test } from 'node:test'
import { linkSpans } from './extract.ts'
import { SpanSet, sentences } from './text.ts'

/** A deterministic pseudo-random text made of `pieces`. */
function randomText(pieces: readonly string[], seed: number, n: number): string {
  let out = ''
  for (let i = 0; i < n; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648
    out += pieces[seed % pieces.length]
  }
  return out
}

test('link spans are the matches of the global link expression', () => {
  const pieces = ['http:', 'HTTPS://a.b/c', 'xhttp:', 'hxxps:x', 'hXxP:', ': ', 'p:', 's:', ' ', 'ttps:', 'h', '(', 'é']
  for (let seed = 1; seed < 300; seed++) {
    const t = randomText(pieces, seed, 30)
    const want = [...t.matchAll(/\b(?:https?|hxxps?):\S+/gi)].map((m) => [m.index, m.index + m[0].length])
    assert.deepEqual(linkSpans(t), want, t)
  }
})

// The sentence splitter as it was, with the abbreviation test by expression.
const ABBREV =
  /(?:^|[\s(])(?:U\.S|U\.K|U\.N|E\.U|Mr|Mrs|Ms|Dr|Prof|St|Inc|Ltd|Co|Corp|No|vs|e\.g|i\.e|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Gen|Lt|Col|Sen|Rep|Gov|Sgt|Capt|Adm|approx|est|al|[A-Z])$/
function referenceSentences(text: string): [number, number][] {
  const out: [number, number][] = []
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s]!)) s++
    while (e > s && /\s/.test(text[e - 1]!)) e--
    if (e > s) out.push([s, e])
  }
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (c === '\n') {
      push(start, i)
      start = i + 1
      continue
    }
    if (c === '.' || c === '!' || c === '?') {
      let j = i + 1
      while (j < text.length && /["')\]”’]/.test(text[j]!)) j++
      if (j < text.length && text[j] !== ' ' && text[j] !== '\t') continue
      let k = j
      while (k < text.length && (text[k] === ' ' || text[k] === '\t')) k++
      if (k < text.length && text[k] !== '\n' && !/[A-Z0-9"'(“‘]|\p{Lu}/u.test(text[k]!)) continue
      if (c === '.' && ABBREV.test(text.slice(Math.max(start, i - 12), i))) continue
      push(start, j)
      start = j
    }
  }
  push(start, text.length)
  return out
}

test('sentences split where the splitter with the abbreviation expression splits', () => {
  const pieces = [
    'U.S. ',
    'Mr. ',
    'Mrs. ',
    'approx. ',
    'approxx. ',
    'e.g. ',
    '(Dr. ',
    'X. ',
    'x. ',
    'Sept. ',
    'al. ',
    'The ',
    'end. ',
    'Then ',
    '\n',
    '\u00a0',
    'Inc.',
    'word',
    '? ',
    '! ',
    '." ',
    '1. ',
    'Étienne ',
    ' ',
  ]
  for (let seed = 1; seed < 500; seed++) {
    const t = randomText(pieces, seed, 40)
    assert.deepEqual(
      sentences(t).map((s) => [s.start, s.end]),
      referenceSentences(t),
      JSON.stringify(t),
    )
  }
})

test('SpanSet answers like a walk over the spans when they come in order, with equal starts', () => {
  let seed = 11
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
  }
  for (let round = 0; round < 200; round++) {
    const spans: [number, number][] = []
    let at = 0
    for (let i = rnd(12); i > 0; i--) {
      at += rnd(3)
      spans.push([at, at + 1 + rnd(8)])
    }
    const set = new SpanSet(spans)
    for (let q = 0; q < 30; q++) {
      const s = rnd(40)
      const span: [number, number] = [s, s + 1 + rnd(5)]
      assert.equal(
        set.overlaps(span),
        spans.some((x) => x[0] < span[1] && span[0] < x[1]),
        JSON.stringify({ spans, span }),
      )
    }
  }
})
