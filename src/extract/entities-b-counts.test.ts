import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extractFromText, summarize } from './index.ts'
import { testMatcher } from './test-matcher.ts'

// Counts written with "U.S." in their unit, or after "of the" (session 26, from check64 once opened; wording of its own).
const matcher = testMatcher([])
const numbers = (t: string) => summarize(extractFromText(t, { matcher })).numbers

test('a unit that opens with an abbreviation with full stops ("U.S.") is read whole', () => {
  assert.deepEqual(numbers('The hackers compromised at least six U.S. state government networks.'), [
    { value: 6, unit: 'US state government networks' },
  ])
})

test('a count after "of the" is given there; one after "the" alone names a count given before', () => {
  assert.deepEqual(numbers('Of the 42 million samples captured last year, most came from abroad.'), [
    { value: 42000000, unit: 'samples' },
  ])
  assert.deepEqual(numbers('The 12 defendants were charged in absentia.'), [])
})
