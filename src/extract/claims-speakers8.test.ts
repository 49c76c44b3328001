import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extractFromText } from './index.ts'
import { testMatcher } from './test-matcher.ts'

// Rules written from the opened check16 set (session 8), each tested on our own sentences about other events.
const matcher = testMatcher([
  ['APT33', 'APT33', 'Peach Sandstorm', 'Elfin'],
  ['Kimsuky', 'Kimsuky', 'Emerald Sleet'],
])

function claims(text: string): string[] {
  return extractFromText(text, { matcher }).attributions.map((a) => `${a.attributor.name} > ${a.attributed.name}`)
}

test('a source described before its name ("according to Dutch security firm X") speaks; the officials targeted do not', () => {
  assert.deepEqual(
    claims(
      'Suspected North Korean hackers broke into the mailboxes of senior Japanese and Korean officials in May, according to Slovak cybersecurity firm ESET, which found the lures on a file-sharing site.',
    ),
    ['ESET > North Korean Government'],
  )
  // "according to researchers at X", and its owner named after it is not the source.
  assert.deepEqual(
    claims('Hackers linked to Iran hit the ports, according to researchers at Microsoft.').map(
      (c) => c.split(' > ')[0],
    ),
    ['Microsoft'],
  )
})

test('officials listed after the target of an operation are targets too, not speakers', () => {
  assert.deepEqual(
    claims(
      'ESET believes the campaign against the U.S. officials, Japanese officials and journalists was carried out by a group called Emerald Sleet.',
    ),
    ['ESET > Kimsuky'],
  )
})
