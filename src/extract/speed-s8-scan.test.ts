import assert from 'node:assert/strict'
import { test } from 'node:test'
import { matchAtStarts, stickyCopy } from './scan.ts'

// matchAtStarts reads its starts by index: any array-like of ascending offsets (a plain array of any element kind,
// a typed array) gives the matches of the global scan, as the iterator did.
test('matchAtStarts gives the global scan from number arrays and typed arrays alike', () => {
  const text = 'APT28 and APT 29, then APT-3 and xAPT30 and APT31x, APT32.'
  const re = /\bAPT[- ]?\d{1,3}\b/g
  const sticky = stickyCopy(re)
  const global = [...text.matchAll(re)].map((m) => [m.index, m[0]])
  const starts: number[] = []
  for (let i = 0; i < text.length; i++) if (text[i] === 'A') starts.push(i)
  const plain = matchAtStarts(sticky, text, starts).map((m) => [m.index, m[0]])
  const typed = matchAtStarts(sticky, text, Int32Array.from(starts)).map((m) => [m.index, m[0]])
  const withRepeats = matchAtStarts(
    sticky,
    text,
    starts.flatMap((s) => [s, s]),
  ).map((m) => [m.index, m[0]])
  assert.deepEqual(plain, global)
  assert.deepEqual(typed, global)
  assert.deepEqual(withRepeats, global)
  assert.deepEqual(matchAtStarts(sticky, text, []), [])
})
