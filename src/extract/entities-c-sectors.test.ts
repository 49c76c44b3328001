// Sectors: objects of attacks named by "authorities", hardware makers, game studios and logistics firms, cues written
// as one word ("cyberattacks") or "break into"; reporters who are told something are no target.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extractFromText } from './extract.ts'

const sectors = (t: string) => [...new Set(extractFromText(t).sectors.map((s) => s.sector))]

test('sector phrases of government, technology, games and logistics', () => {
  assert.deepEqual(sectors('The unit conducted more than 200 cyberattacks on Moldovan authorities.'), ['government'])
  assert.deepEqual(sectors('The authorities said the intrusions were serious and targeted nobody else.'), [])
  assert.deepEqual(sectors('The group tried to break into media, academic and think-tank organisations.'), [
    'media',
    'education',
    'think tanks',
  ])
  assert.deepEqual(sectors('They targeted video game companies and computer hardware manufacturers in Asia.'), [
    'video games',
    'technology',
  ])
  assert.deepEqual(sectors('The wiper hit freight forwarders and logistics firms in the Baltics.'), ['logistics'])
  assert.deepEqual(sectors('After the attack on the port, he told reporters that the intrusion was contained.'), [])
})

test('semiconductor makers, an energy company and a religious organisation name their sectors', () => {
  const sectors = (t: string) => extractFromText(t).sectors.map((s) => s.sector)
  assert.deepEqual(sectors('They hit companies that make semiconductors.'), ['technology'])
  assert.deepEqual(sectors('It breached a U.S. energy company.'), ['energy'])
  assert.deepEqual(sectors('They targeted a large religious organization in Texas.'), ['religious organizations'])
})

test('one victim named by its sector, with no name before or after it', () => {
  assert.deepEqual(sectors('In March the crew compromised a defense contractor and a law firm in Ohio.'), [
    'defense',
    'legal',
  ])
  assert.deepEqual(sectors('Last spring it breached a company that makes aircraft parts.'), ['aerospace'])
  // A vendor named after its kind, and a unit of a named ministry, are no victims' sectors.
  assert.deepEqual(sectors('The espionage was reported by the security research firm Quillmark.'), [])
  assert.deepEqual(sectors('A Russian Ministry of Defense research institute hacked the grid operator.'), [])
})

test('approaching organisations, obtaining intelligence and widening interests speak of targets', () => {
  assert.deepEqual(sectors('Its fake firms approached organisations in software development and higher education.'), [
    'software',
    'education',
  ])
  assert.deepEqual(sectors('The group tried to obtain secrets held at research institutes.'), ['research'])
  assert.deepEqual(sectors("The crew's interests have since spread to crop science and pharmaceuticals."), [
    'food and agriculture',
    'pharmaceuticals',
  ])
  // Obtaining a job, or interests in property, are not targeting.
  assert.deepEqual(sectors('Workers obtained employment at software development firms.'), [])
})

test('governments as targets, not as the ones who speak or act', () => {
  assert.deepEqual(sectors('The group has been targeting European and Asian governments since 2019.'), ['government'])
  assert.deepEqual(sectors('Western governments have accused Russia of the attacks on the grid.'), [])
  assert.deepEqual(sectors('Our three governments work together against the thefts and attacks.'), [])
})
