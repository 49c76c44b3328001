import assert from 'node:assert/strict'
import { test } from 'node:test'
import {
  anyOverlaps,
  firstStartingAtOrAfter,
  itemsInside,
  lastEndingAtOrBefore,
  overlapping,
  SpanSet,
  sentences,
} from './text.ts'

const split = (t: string) => sentences(t).map((s) => s.text)

test('sentences end at . ! ? before a capital, digit or opening quote, and at line breaks', () => {
  assert.deepEqual(split('APT28 struck. The NCSC said so! 2021 was busy? “Yes,” he said.\nNext line'), [
    'APT28 struck.',
    'The NCSC said so!',
    '2021 was busy?',
    '“Yes,” he said.',
    'Next line',
  ])
  // Closing quotes and brackets stay with the sentence they close.
  assert.deepEqual(split('He said “enough.” Then (it ended.) Ödön left.'), [
    'He said “enough.”',
    'Then (it ended.)',
    'Ödön left.',
  ])
})

test('abbreviations, decimals and lower-case continuations do not end a sentence', () => {
  assert.deepEqual(split('The U.S. and Mr. Smith met Dr. Jones, e.g. in Jan. 2021. Version 2.5 is out. ok then'), [
    'The U.S. and Mr. Smith met Dr. Jones, e.g. in Jan. 2021.',
    'Version 2.5 is out. ok then',
  ])
})

test('offsets point into the input and surrounding space (including no-break and ideographic) is trimmed', () => {
  const t = '\u00a0 First one. Second one.\u3000\n\u2003Third. \t'
  for (const s of sentences(t)) assert.equal(t.slice(s.start, s.end), s.text)
  assert.deepEqual(split(t), ['First one.', 'Second one.', 'Third.'])
})

// The sentence splitter as it was when an expression found the characters that may end a sentence (the reference for
// the indexOf cursors that find them now; the rest of the rules are the same).
const OLD_ABBREVIATIONS = new Set(
  'U.S U.K U.N E.U Mr Mrs Ms Dr Prof St Inc Ltd Co Corp No vs e.g i.e etc Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Gen Lt Col Sen Rep Gov Sgt Capt Adm approx est al'.split(
    ' ',
  ),
)
function oldSentences(text: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = []
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s]!)) s++
    while (e > s && /\s/.test(text[e - 1]!)) e--
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) })
  }
  let start = 0
  const ends = /[\n.!?]/g
  while (ends.test(text)) {
    const i = ends.lastIndex - 1
    if (text[i] === '\n') {
      push(start, i)
      start = i + 1
      continue
    }
    let j = i + 1
    while (j < text.length && /["')\]”’]/.test(text[j]!)) j++
    if (j < text.length && text[j] !== ' ' && text[j] !== '\t') continue
    let k = j
    while (k < text.length && (text[k] === ' ' || text[k] === '\t')) k++
    if (k < text.length && text[k] !== '\n' && !/["'(“‘0-9]|\p{Lu}/u.test(text[k]!)) continue
    const before = text.slice(Math.max(start, i - 12), i)
    const abbr = /(?:^|[\s(])([^\s(]+)$/.exec(before)?.[1]
    if (text[i] === '.' && abbr && (/^[A-Z]$/.test(abbr) || OLD_ABBREVIATIONS.has(abbr))) continue
    push(start, j)
    start = j
  }
  push(start, text.length)
  return out
}

test('the sentences are those of the splitter that found the ends by an expression', () => {
  const pieces = ['.', '!', '?', '\n', '. ', '! ', '? ', '.\n', ' ', '\t', '"', '”', ')', ']', 'U.S', 'Mr', 'e.g']
  const words = ['APT28', 'the', 'The', 'Ödön', '2021', '“Yes', 'A', 'x', 'etc', '(it', '\u00a0', '\u3000']
  let seed = 7
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
  }
  for (let t = 0; t < 3000; t++) {
    let text = ''
    for (let i = 0, n = rnd(40); i < n; i++) text += rnd(2) ? pieces[rnd(pieces.length)] : words[rnd(words.length)]
    assert.deepEqual(
      sentences(text).map((s) => ({ ...s })),
      oldSentences(text),
      JSON.stringify(text),
    )
  }
})

test('a span set made of lists in order of start, joined, answers as a walk over its spans', () => {
  let seed = 9
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
  }
  for (let round = 0; round < 300; round++) {
    const spans: [number, number][] = []
    for (let run = 0, runs = 1 + rnd(24); run < runs; run++) {
      let s = rnd(200)
      for (let i = 0, n = rnd(30); i < n; i++) {
        s += rnd(round % 2 === 0 ? 3 : 80)
        spans.push([s, s + rnd(round % 3 === 0 ? 0 : 60)])
      }
    }
    const set = new SpanSet(spans)
    for (let q = 0; q < 80; q++) {
      const s = rnd(3000)
      const query: [number, number] = [s, s + rnd(80)]
      assert.equal(
        set.overlaps(query),
        spans.some((x) => x[0] < query[1] && query[0] < x[1]),
      )
    }
  }
})

test('anyOverlaps answers as a walk over the list while the list grows, is sorted in place, loses items or has a prefix cut', () => {
  // (The high bits of the generator: its low bits repeat in short cycles, which would never try some orders of steps.)
  let seed = 7
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return Math.floor((seed / 2147483648) * n)
  }
  type Item = { span: [number, number] }
  const walk = (items: Item[], q: [number, number]) => items.some((x) => x.span[0] < q[1] && q[0] < x.span[1])
  for (let round = 0; round < 200; round++) {
    const items: Item[] = []
    let asked = 0
    for (let step = 0; step < 400; step++) {
      const op = rnd(20)
      if (op < 12) {
        const s = rnd(8_000)
        items.push({ span: [s, s + 1 + rnd(round % 4 === 0 ? 3 : 40)] })
      } else if (op === 12 && items.length) items.sort((a, b) => a.span[0] - b.span[0])
      else if (op === 13 && items.length > 2) items.splice(rnd(items.length - 1), 1)
      else if (op === 14 && items.length) {
        // A prefix cut off a name: its start moves right, its end stays.
        const x = items[rnd(items.length)]!
        x.span = [Math.min(x.span[1], x.span[0] + rnd(20)), x.span[1]]
      } else {
        const s = rnd(8_100)
        const q: [number, number] = [s, s + rnd(30)]
        assert.equal(anyOverlaps(items, q), walk(items, q), `round ${round}, step ${step}, ${items.length} items`)
        asked++
      }
    }
    assert.ok(asked > 50 && items.length > 48, 'the index was asked about a long list')
  }
})

test('overlapping, itemsInside, lastEndingAtOrBefore and firstStartingAtOrAfter answer as walks over a list in any order', () => {
  let seed = 11
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return Math.floor((seed / 2147483648) * n)
  }
  for (let round = 0; round < 100; round++) {
    const items: { span: [number, number] }[] = []
    for (let i = 0, n = rnd(round % 2 ? 20 : 200); i < n; i++) {
      const s = rnd(3000)
      items.push({ span: [s, s + 1 + rnd(60)] })
    }
    const lastBy = lastEndingAtOrBefore(items)
    const firstFrom = firstStartingAtOrAfter(items)
    const inside = itemsInside(items)
    for (let q = 0; q < 60; q++) {
      const at = rnd(3100)
      assert.equal(
        lastBy(at),
        items.findLast((x) => x.span[1] <= at),
      )
      assert.equal(
        firstFrom(at),
        items.find((x) => x.span[0] >= at),
      )
      const span: [number, number] = [at, at + rnd(40)]
      const want = items.filter((x) => x.span[0] < span[1] && span[0] < x.span[1])
      assert.deepEqual(new Set(overlapping(items, span)), new Set(want))
      assert.equal(overlapping(items, span).length, want.length)
      const wide: [number, number] = [at, at + rnd(400)]
      assert.deepEqual(
        inside(wide),
        items.filter((x) => x.span[0] >= wide[0] && x.span[1] <= wide[1]),
      )
    }
  }
})
