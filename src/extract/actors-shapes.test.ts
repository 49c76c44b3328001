// Each actor-name shape tried only at its candidate starts must find what its global expression finds.
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { sharedPath } from '../lib/testing.ts'
import { SHAPES, shapeStarts } from './actors.ts'
import { matchAtStarts, stickyCopy } from './scan.ts'

function check(text: string): void {
  const starts = shapeStarts(text)
  SHAPES.forEach((sh, i) => {
    const got = matchAtStarts(stickyCopy(sh.re), text, starts[i]!).map((m) => `${m.index}:${m[0]}`)
    const want = [...text.matchAll(sh.re)].map((m) => `${m.index}:${m[0]}`)
    assert.deepEqual(got, want, `${sh.re.source} in ${JSON.stringify(text)}`)
  })
}

function rng(seed: number): () => number {
  let x = seed >>> 0
  return () => {
    x = (x * 1664525 + 1013904223) >>> 0
    return x / 2 ** 32
  }
}

test('shapes tried at their candidate starts find what the global expressions find, on random texts', () => {
  const next = rng(5)
  const words = [...new Set(SHAPES.flatMap((sh) => sh.words))]
  const pieces = [
    ...words,
    'Wicked',
    'Fancy',
    'the',
    'A',
    'x',
    'ZINC',
    'ATLAS',
    '9',
    '12',
    '0558',
    '3886',
    ' ',
    ' ',
    ' ',
  ]
  pieces.push('-', '.', '/', '_', 'é', 'Group', 'Threat', 'C', 'Q', '\n', 'Bearing', 'TAGS')
  for (let round = 0; round < 4000; round++) {
    const n = Math.floor(next() * 14)
    let t = ''
    for (let i = 0; i < n; i++) t += pieces[Math.floor(next() * pieces.length)]
    check(t)
  }
})

test('shapes tried at their candidate starts find what the global expressions find, on report text', () => {
  const dev = sharedPath('extraction-dev')
  if (!dev) return
  for (const f of readdirSync(dev).filter((x) => x.endsWith('.txt'))) check(readFileSync(join(dev, f), 'utf8'))
  check('Wicked Panda Bear and Fancy Bear, Midnight Blizzard, BRONZE SILHOUETTE, Earth Lusca, Void Balaur, APT 41')
})
