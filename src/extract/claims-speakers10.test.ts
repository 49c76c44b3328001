import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extractFromText } from './index.ts'
import { testMatcher } from './test-matcher.ts'

// Rules written from the opened check21 set (session 10), each tested on our own sentences about other events.
const matcher = testMatcher([
  ['APT33', 'APT33', 'Peach Sandstorm', 'Elfin'],
  ['Lazarus Group', 'Lazarus Group', 'Lazarus'],
])

function claims(text: string): string[] {
  return extractFromText(text, { matcher }).attributions.map((a) => `${a.attributor.name} > ${a.attributed.name}`)
}

test('a company described in apposition speaks; the state in its description does not', () => {
  assert.deepEqual(
    claims(
      'Quillon, the Canadian cloud-hosting company, says it stopped an intrusion that it attributes to the Lazarus Group.',
    ),
    ['Quillon > Lazarus Group'],
  )
})

test('a company speaks after a relative clause closed before its verb', () => {
  assert.deepEqual(
    claims('Okta, which tracks the intruders internally as QX-7, said it believed APT33 was behind the attack.'),
    ['Okta > APT33'],
  )
})
