import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extractFromText } from './index.ts'
import { testMatcher } from './test-matcher.ts'

// Rules written from the opened check18 set (session 9), each tested on our own sentences about other events.
const matcher = testMatcher([
  ['APT33', 'APT33', 'Peach Sandstorm', 'Elfin'],
  ['Lazarus Group', 'Lazarus Group', 'Lazarus'],
])

function claims(text: string): string[] {
  return extractFromText(text, { matcher }).attributions.map((a) => `${a.attributor.name} > ${a.attributed.name}`)
}

test("an Attorney General whose title names no state speaks for the release's agency, not for the state named before", () => {
  const text =
    "Justice Department Seizes Domains Used by Iranian Hackers\n\nThe operation targeted servers that Iranian hackers had rented in Russia. Attorney General Jane Roe said the Department would keep disrupting the Iranian government's cyber campaigns against American companies."
  assert.ok(claims(text).includes('US Department of Justice > Iranian Government'), claims(text).join('; '))
  const roe = extractFromText(text, { matcher }).attributions.find((a) => a.attributor.text === 'Jane Roe')
  assert.equal(roe?.attributor.kind, 'agency')
})

test("a government's cyber campaigns or operations are its own; its cyberattacks told in passing are not", () => {
  assert.deepEqual(claims("The FBI said the arrests would slow the Iranian government's hacking operations."), [
    'FBI > Iranian Government',
  ])
  assert.deepEqual(claims("The FBI said the Iranian government's budget grew."), [])
})

test('"too early to link" is no link', () => {
  assert.deepEqual(
    claims(
      'Jan Novak, the chief executive of the analytics firm Chainview, said that the laundering resembled earlier thefts but that it was too early to definitively link the theft to the Lazarus Group.',
    ),
    [],
  )
})
