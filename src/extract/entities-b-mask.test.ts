import assert from 'node:assert/strict'
import { test } from 'node:test'
import { SpanMask } from './entities-b-mask.ts'
import { SpanSet } from './text.ts'

test('a span mask answers like a SpanSet, whatever the order, ties and sizes of its spans', () => {
  let seed = 11
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
  }
  for (let round = 0; round < 200; round++) {
    const spans: [number, number][] = []
    const n = round % 3 === 0 ? rnd(4) : rnd(300)
    for (let i = 0; i < n; i++) {
      const s = rnd(round % 2 === 0 ? 50 : 5000)
      spans.push([s, s + rnd(60)])
    }
    // Offsets no key can hold take the plain sort.
    if (round % 17 === 0) spans.push([2 ** 33, 2 ** 33 + 5], [0.5, 3])
    const mask = new SpanMask(spans)
    const set = new SpanSet(spans)
    for (let q = 0; q < 60; q++) {
      const s = rnd(5100)
      const query: [number, number] = [s, s + rnd(80)]
      assert.equal(mask.overlaps(query), set.overlaps(query))
    }
    assert.equal(mask.overlaps([2 ** 33 + 1, 2 ** 33 + 2]), set.overlaps([2 ** 33 + 1, 2 ** 33 + 2]))
  }
})

test('a span mask made of a few lists in order of start, joined, answers like a SpanSet', () => {
  let seed = 5
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
  }
  for (let round = 0; round < 300; round++) {
    const spans: [number, number][] = []
    for (let run = 0, runs = 1 + rnd(20); run < runs; run++) {
      let s = rnd(200)
      for (let i = 0, n = rnd(40); i < n; i++) {
        s += rnd(round % 2 === 0 ? 3 : 80)
        spans.push([s, s + rnd(round % 3 === 0 ? 0 : 60)])
      }
    }
    const mask = new SpanMask(spans)
    const set = new SpanSet(spans)
    for (let q = 0; q < 80; q++) {
      const s = rnd(3500)
      const query: [number, number] = [s, s + rnd(80)]
      assert.equal(mask.overlaps(query), set.overlaps(query), JSON.stringify([spans, query]))
    }
  }
})
