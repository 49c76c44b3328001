import assert from 'node:assert/strict'
import { test } from 'node:test'
import { namedCrimeGroups } from './actors-named.ts'

// Groups a text names by their trade, where no catalogue knows the name yet (namedCrimeGroups).
const names = (t: string) => namedCrimeGroups(t).map((m) => m.mention)

test("a state's hackers named by their trade are a group: threat actor, APT or espionage group", () => {
  assert.deepEqual(names('The threat actor Foxblade hacked the ministry in May.'), ['Foxblade'])
  assert.deepEqual(names('Analysts say the Foxblade threat actor hacked the ministry.'), ['Foxblade'])
  assert.deepEqual(names('The APT group Foxblade hacked the ministry.'), ['Foxblade'])
  assert.deepEqual(names('The cyber-espionage group Foxblade hacked the ministry.'), ['Foxblade'])
  assert.deepEqual(names('The state-sponsored group Foxblade hacked the ministry.'), ['Foxblade'])
})

test('a group named by "known as" after "threat actor", and names ending in a number after a hyphen', () => {
  assert.deepEqual(names('The threat actor, known as Kraken, hacked the ministry.'), ['Kraken'])
  assert.deepEqual(names('A group known as Kraken-5 hacked the ministry. Kraken-5 also hit a bank.'), [
    'Kraken-5',
    'Kraken-5',
  ])
  // (A group named by "known as" needs an attack in its sentence; targeting, espionage and phishing are attacks too.)
  assert.deepEqual(names('The group, known as Kraken, targeted the ministry.'), ['Kraken'])
  assert.deepEqual(names('The group, known as Kraken, ran phishing lures against diplomats.'), ['Kraken'])
  assert.deepEqual(names('The group, known as Kraken, sings at weddings.'), [])
})

test('a vendor naming the group, a region, a month or a dateline after a trade is no group', () => {
  // The name a vendor gives follows the vendor.
  assert.deepEqual(names('The ransomware gang Contoso tracks as Storm-9501 hit the firm.'), [])
  assert.deepEqual(names('The threat actor Contoso links to the incident is based in China.'), [])
  // A region, a month.
  assert.deepEqual(names('APT-C-36 is a suspected South America threat actor first seen in 2018.'), [])
  assert.deepEqual(
    names('Cadet Blizzard emerges as a novel Russian threat actor\n\nJune 14, 2023\n\nContoso said.'),
    [],
  )
  // A headline's trade, then its dateline on the next line.
  assert.deepEqual(names('Lab traces a lure to a Chinese APT group\n\nTel Aviv, 12 March 2020 - Researchers said.'), [])
})
