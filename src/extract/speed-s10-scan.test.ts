import assert from 'node:assert/strict'
import { test } from 'node:test'
import { corpusTexts } from '../lib/testing.ts'
import { keywordStarts } from './scan.ts'

/** The plain answer: every occurrence of every keyword by indexOf, sorted. */
function walks(haystack: string, keywords: readonly string[]): number[] {
  const out: number[] = []
  for (const k of keywords) for (let i = haystack.indexOf(k); i >= 0; i = haystack.indexOf(k, i + 1)) out.push(i)
  return out.sort((a, b) => a - b)
}

/** A small deterministic generator (the test must not flake). */
function random(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

// Lists whose keywords all end with one code unit are read from that unit's occurrences (scan.ts, EndTable).
test('keywordStarts over keywords sharing their last code unit gives what the walks give', () => {
  const lists: string[][] = [
    // Overlapping, nested and repeated keywords ending with a space, some with spaces inside.
    ['maker ', 'ker ', 'a maker ', 'er ', 'company ', 'data center ', 'center ', 'ker ', 'aa ', 'aaa '],
    // Another last unit.
    ['ing', 'king', 'making', 'aking', 'ring', 'string', 'tring', 'rring'],
    // The trade nouns as the extractor lists them.
    ['platform', 'exchange', 'company', 'provider', 'operator', 'maker', 'manufacturer', 'contractor', 'startup'].map(
      (w) => `${w} `,
    ),
  ]
  const rnd = random(5)
  const alphabet = ['a', 'k', 'e', 'r', ' ', 'm', 'i', 'n', 'g', 's', 't', 'é', '’', 'c', '\n']
  const texts = corpusTexts()
  texts.push('', 'a', 'er', 'er ', ' er ', 'maker maker  a maker ', 'aaaa aaa aa a ', 'é’r ker ')
  for (let n = 0; n < 2000; n++) {
    let t = ''
    const len = Math.floor(rnd() * 30)
    for (let i = 0; i < len; i++) t += alphabet[Math.floor(rnd() * alphabet.length)]!
    texts.push(t)
  }
  let found = 0
  for (const list of lists)
    for (const text of texts) {
      const want = walks(text, list)
      found += want.length
      assert.deepEqual(keywordStarts(text, list), want, JSON.stringify([text.slice(0, 60), list[0]]))
    }
  assert.ok(found > 200, String(found))
})
