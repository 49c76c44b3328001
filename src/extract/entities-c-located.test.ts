import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extractFromText, summarize } from './index.ts'
import { testMatcher } from './test-matcher.ts'

// A list of countries after "located in" (session 26, from check65 once opened; tested on wording of its own).
const matcher = testMatcher([])
const targeted = (text: string) => summarize(extractFromText(text, { matcher })).countries_targeted

test('every country of a list after "located in" is targeted, not only the first', () => {
  assert.deepEqual(targeted('The phishing was aimed at staff located in Austria, Italy, Hungary and Greece.'), [
    'Austria',
    'Italy',
    'Hungary',
    'Greece',
  ])
  // A city and its country is still a place that qualifies a company, not a list of targets.
  assert.deepEqual(targeted('The company is headquartered in Moscow, Russia, and says its staff were targeted.'), [])
})
