import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extractFromText } from './index.ts'
import { testMatcher } from './test-matcher.ts'

// Rules written from the opened check25 set (session 12), each tested on our own sentences about other events.
const matcher = testMatcher([
  ['APT33', 'APT33', 'Peach Sandstorm', 'Elfin'],
  ['Lazarus Group', 'Lazarus Group', 'Lazarus'],
])

function claims(text: string): string[] {
  return extractFromText(text, { matcher }).attributions.map((a) => `${a.attributor.name} > ${a.attributed.name}`)
}
function people(text: string): string[] {
  return extractFromText(text, { matcher }).people.map((p) => `${p.name}${p.charged ? ' (charged)' : ''}`)
}

test('a person with an age and a nationality of several words; where that person lives names no party', () => {
  const text =
    'An indictment unsealed on Monday charges Marek Dvorsky, 27, a Czech Republic national from South Moravia, and Liam Ortega, 31, a U.S. national, with wire fraud, the Justice Department said.'
  assert.deepEqual(people(text), ['Marek Dvorsky (charged)', 'Liam Ortega (charged)'])
  assert.deepEqual(claims(text), ['US Department of Justice > Marek Dvorsky', 'US Department of Justice > Liam Ortega'])
})

test('a country named as a nationality or a district of a city is no party of a charge', () => {
  assert.deepEqual(
    claims(
      'Prosecutors in Brooklyn charged Anders Holm, 45, a Norway resident from West Berlin, with laundering ransom payments, the Justice Department said.',
    ),
    ['US Department of Justice > Anders Holm'],
  )
})
