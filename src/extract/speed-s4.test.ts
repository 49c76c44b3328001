// Fast paths of extractFromText that must give what the simple code gave.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { bySentence } from './extract.ts'
import { sentences } from './text.ts'

// A small deterministic generator.
function rng(seed: number): () => number {
  let x = seed >>> 0
  return () => {
    x = (x * 1664525 + 1013904223) >>> 0
    return x / 2 ** 32
  }
}

test('bySentence places each span in the sentences that filtering every sentence finds it in, in order', () => {
  const next = rng(3)
  const pieces = ['Word ', 'two words', '. ', '.\n', '\n', '! ', 'U.S. ', '  ', 'x', '? Next']
  for (let round = 0; round < 500; round++) {
    let text = ''
    for (let i = Math.floor(next() * 40); i > 0; i--) text += pieces[Math.floor(next() * pieces.length)]!
    const sents = sentences(text)
    // Spans anywhere, empty ones at sentence edges included, in no particular order.
    const items = Array.from({ length: Math.floor(next() * 30) }, () => {
      const a = Math.floor(next() * (text.length + 1))
      const b = next() < 0.2 ? a : Math.min(text.length, a + Math.floor(next() * 12))
      return { span: [a, b] as [number, number] }
    })
    for (const s of sents) if (next() < 0.5) items.push({ span: [s.end, s.end] }, { span: [s.start, s.end] })
    const got = bySentence(sents, items)
    sents.forEach((s, k) => {
      const want = items.filter((x) => x.span[0] >= s.start && x.span[1] <= s.end)
      assert.deepEqual(got[k] ?? [], want, JSON.stringify({ text, k }))
    })
  }
})
