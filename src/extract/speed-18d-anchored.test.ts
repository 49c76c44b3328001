// Speed round 18d: expressions of the organisation finder that a global search ran over the whole text are tried only
// where their matches can start (word starts a few chunks before a word every match holds); they must find what the
// global search finds, on the development texts and on random texts of their own words.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { devDocumentTexts, randomPieceTexts } from '../lib/testing.ts'
import { SPEED_18D_FOR_TEST } from './entities.ts'
import { matchesOf } from './entities-a-scan.ts'

/** Random texts of the pieces (see randomPieceTexts). */
const randomTexts = (seed: number, pieces: string[], n: number): string[] =>
  randomPieceTexts(seed, pieces, n, { least: 2, spread: 16 })

const GLUE = [' ', ' ', ' ', '  ', '\n', '\u00a0', '. ', '.', ', ', ';', ')', 'x', '_', '-', '1', 'é', '’s ']

test('REPORT_BY tried at its starts finds what its global search finds', () => {
  const x = SPEED_18D_FOR_TEST.reportBy
  const scan = SPEED_18D_FOR_TEST.scan()
  const phrases = [
    ...['according to a report by ', 'according to the new article from ', 'according to an blog post in '],
    ...['according to a later investigation by ', 'as first reported by ', 'as reported by ', 'first reported by '],
    ...['reported by the ', 'a report by ', 'the article by ', 'an story by ', 'as  first\nreported by '],
    ...['according', 'to', 'a ', 'the ', 'report', 'by ', 'as ', 'first ', 'reported ', 'story ', 'article '],
  ]
  const names = ['Bleeping Computer', 'Le Desk', 'Reuters', 'AP', 'X-Force', 'O’Neil', 'Foo Bar Baz Qux', 'the Times']
  const texts = [
    ...devDocumentTexts(),
    ...randomTexts(18, [...phrases, ...phrases, ...names, ...names, ...GLUE], 20000),
  ]
  let found = 0
  for (const text of texts) {
    const want = [...text.matchAll(x.re)].map((m) => [m.index, ...m])
    assert.deepEqual(
      matchesOf(x, text, scan.of(text)).map((m) => [m.index, ...m]),
      want,
      JSON.stringify(text),
    )
    found += want.length
  }
  assert.ok(found > 500, `only ${found} matches`)
})
