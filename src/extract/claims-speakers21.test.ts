import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extractFromText } from './index.ts'
import { testMatcher } from './test-matcher.ts'

// Constructions of attribution found missing by a battery of our own sentences (session 21), not by the check sets:
// each a common English form of a claim that the rules did not read.
const matcher = testMatcher([
  ['APT28', 'APT28', 'Fancy Bear'],
  ['APT41', 'APT41', 'Wicked Panda'],
  ['Sandworm', 'Sandworm', 'Voodoo Bear'],
])

function claims(text: string): string[] {
  return extractFromText(text, { matcher }).attributions.map((a) => `${a.attributor.name} > ${a.attributed.name}`)
}

test('a source cited after what an actor did speaks for it', () => {
  assert.deepEqual(claims('APT28 broke into the networks of three ministries, according to Microsoft.'), [
    'Microsoft > APT28',
  ])
  assert.deepEqual(claims('APT41 hacked dozens of game studios, according to a report by Mandiant.'), [
    'Mandiant > APT41',
  ])
  // The speaker after its verb, at the sentence's end.
  assert.deepEqual(claims('Sandworm targeted the grid operator last year, said ESET.'), ['ESET > Sandworm'])
  assert.deepEqual(claims('"Sandworm was behind the outage," said ESET.'), ['ESET > Sandworm'])
  // The organisation of a person quoted after the verb.
  assert.deepEqual(claims('"APT41 hacked more than 100 companies," said John Hultquist, chief analyst at Mandiant.'), [
    'Mandiant > APT41',
  ])
  assert.deepEqual(claims('"APT41 hacked the studios," said Jane Doe of Mandiant.'), ['Mandiant > APT41'])
  // A place named after the verb of an act is no speaker.
  assert.deepEqual(claims('APT28 broke into the networks of three ministries in Berlin.'), [])
})

test('a sentence that points back to the last speaker or its report continues its account', () => {
  const opening = 'Mandiant published a report on Tuesday. '
  for (const next of [
    'According to the report, APT41 hacked more than 100 companies.',
    'The report says APT41 hacked more than 100 companies.',
    'It said APT41 hacked more than 100 companies.',
    'Its researchers said APT41 hacked more than 100 companies.',
  ])
    assert.deepEqual(claims(opening + next), ['Mandiant > APT41'], next)
  // Without a speaker before, the pointing back finds no one.
  assert.deepEqual(claims('According to the report, APT41 hacked more than 100 companies.'), [])
})

test('access held, a matched tradecraft, a likely culprit and "being behind" are claims', () => {
  assert.deepEqual(claims('Microsoft said APT28 had access to the networks of three ministries.'), [
    'Microsoft > APT28',
  ])
  assert.deepEqual(claims('Research by Microsoft shows that APT28 had access to the networks.'), ['Microsoft > APT28'])
  assert.deepEqual(claims('Microsoft disclosed that APT28 had targeted European ministries.'), ['Microsoft > APT28'])
  assert.deepEqual(claims('ESET said the attack matched the tactics of Sandworm.'), ['ESET > Sandworm'])
  assert.deepEqual(claims('CrowdStrike says APT41 is the likely culprit.'), ['CrowdStrike > APT41'])
  assert.deepEqual(claims('CrowdStrike says APT41 is the prime suspect.'), ['CrowdStrike > APT41'])
  assert.deepEqual(claims('CrowdStrike said APT41 is suspected of being behind the attacks.'), ['CrowdStrike > APT41'])
  // A suspect of no act: the police hold a person, not a group.
  assert.deepEqual(claims('CrowdStrike said the suspect was arrested in Madrid.'), [])
})
