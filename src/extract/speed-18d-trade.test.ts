// Speed round 18d: the trade-noun names of findOrgs ("crypto exchange WazirX") are searched for only where a trade noun
// starts a word, and around it; the matches must be those of the global search that start a word.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { devDocumentTexts, seededRandom } from '../lib/testing.ts'
import { SPEED_18D_FOR_TEST } from './entities.ts'

const { tradeNamed, nouns, re } = SPEED_18D_FOR_TEST.trade

function isWordStart(text: string, q: number): boolean {
  return q === 0 || !/\w/.test(text[q - 1]!)
}

/** The global search, then its matches that start a word (what findOrgs read before). */
function reference(text: string): string[] {
  const global = new RegExp(re.source, 'g')
  return [...text.matchAll(global)].filter((m) => isWordStart(text, m.index)).map((m) => `${m.index}:${m[0]}`)
}

function fast(text: string): string[] {
  const starts: number[] = []
  for (let q = 0; q < text.length; q++)
    if (isWordStart(text, q) && nouns.some((w) => text.startsWith(w, q))) starts.push(q)
  return tradeNamed(text, starts).map((m) => `${m.index}:${m[0]}`)
}

test('tradeNamed gives the global search matches that start a word, on random texts of its own words', () => {
  const pieces = [
    ...nouns,
    ...nouns.map((w) => w.trim()),
    'Foo',
    'Bar',
    'NGO',
    'WazirX',
    'ACME',
    'X1',
    'Cyber',
    '-',
    '&',
    '.',
    '. ',
    ' ',
    ' ',
    ' ',
    ',',
    '\n',
    'x',
    'web',
    'the ',
    'said ',
  ]
  const next = seededRandom(18)
  let matched = 0
  for (let round = 0; round < 20000; round++) {
    let t = ''
    for (let i = 3 + Math.floor(next() * 20); i > 0; i--) t += pieces[Math.floor(next() * pieces.length)]!
    const want = reference(t)
    if (want.length > 0) matched++
    assert.deepEqual(fast(t), want, t)
  }
  assert.ok(matched > 1000, `only ${matched} texts with matches`)
})

test('a match starting inside a word hides the one inside it, as in the global search', () => {
  const t = 'a webapp Foo-company Bar and the firm Baz.'
  assert.deepEqual(fast(t), reference(t))
  assert.deepEqual(
    fast(t).map((x) => x.split(':')[1]),
    ['firm Baz'],
  )
})

test('tradeNamed gives the global search matches that start a word, on the development texts', () => {
  for (const t of devDocumentTexts()) assert.deepEqual(fast(t), reference(t))
})
