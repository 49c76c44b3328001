// Session 14 campaign forms, on sentences written for these tests (not taken from the annotated sets).
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extractFromText } from './extract.ts'

const names = (t: string) => extractFromText(t).campaigns.map((c) => c.name)

test('a named campaign with its kind between name and "campaign", and a named operation', () => {
  assert.deepEqual(names('Analysts linked the Nightjar spear-phishing campaign to the group.'), [
    'the Nightjar spear-phishing campaign',
  ])
  assert.deepEqual(names('Investigators tied the Silverline operation to Russian intelligence.'), [
    'the Silverline operation',
  ])
  // A capitalised adjective at a sentence start is no name.
  assert.deepEqual(names('Global operation dismantles a botnet.'), [])
  assert.deepEqual(names('The vendor has named the campaign BlueHarbor.'), ['BlueHarbor'])
})

test('a wave against a victim, and a campaign directed against one', () => {
  assert.deepEqual(
    names(
      'We also saw a separate credential-phishing wave against Estonian port authorities in April 2025, which used new lures.',
    ),
    ['a separate credential-phishing wave against Estonian port authorities in April 2025'],
  )
  assert.deepEqual(
    names(
      'Officials said an earlier, smaller wave against Slovak customs officers in March 2025 used the same server.',
    ),
    ['smaller wave against Slovak customs officers in March 2025'],
  )
  assert.deepEqual(
    names('The bloc condemned the malicious cyber campaign directed against the Slovak Ministry of Interior.'),
    ['the malicious cyber campaign directed against the Slovak Ministry of Interior'],
  )
  assert.deepEqual(names('The agency issued a warning on cyber espionage against exiled journalists in Austria.'), [
    'cyber espionage against exiled journalists in Austria',
  ])
})

test('attacks on a state are one campaign when a year or "a series of" delimits them', () => {
  assert.deepEqual(names('Prosecutors said the men took part in cyber-attacks on Latvia in 2019.'), [
    'cyber-attacks on Latvia in 2019',
  ])
  assert.deepEqual(names('The sanctions cover cyberattacks against Moldova in March 2024, the ministry said.'), [
    'cyberattacks against Moldova in March 2024',
  ])
  assert.deepEqual(names('The officers are responsible for a series of intrusions into Lithuanian ministries.'), [
    'intrusions into Lithuanian ministries',
  ])
  assert.deepEqual(names('The group runs intrusions into Lithuanian ministries.'), [])
})
