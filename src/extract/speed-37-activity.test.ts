// The activity cue is tried only at its keywords and at the words its lookback walks over before them ("was", "also",
// an adverb in "-ly"): on real and random texts it finds what a global scan of each sentence finds.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { devDocumentTexts, randomPieceTexts } from '../lib/testing.ts'
import { ACTIVITY_FOR_TEST } from './claims.ts'

const PIECES = [
  'APT28 ',
  'was ',
  'is ',
  'has been ',
  'also ',
  'highly ',
  'likely ',
  'actively ',
  'quietly ',
  'only ',
  'fly ',
  'reportedly ',
  'incontrovertibly ',
  'uncontrovertibly ',
  'supply ',
  'not ',
  'targeting ',
  'hacking ',
  'stealing ',
  'seen ',
  'the ministry',
  '. ',
  ' ',
  '\n',
]

test('the activity cue at its keywords and lookback words finds what a global scan finds', () => {
  let found = 0
  const texts = [...devDocumentTexts(), ...randomPieceTexts(37, PIECES, 4000, { least: 3, spread: 16, upper: 0.1 })]
  for (const text of texts)
    for (const [atStarts, global] of ACTIVITY_FOR_TEST.matches(text)) {
      assert.deepEqual(atStarts, global, text)
      found += global.length
    }
  assert.ok(found > 500, `${found}`)
})
