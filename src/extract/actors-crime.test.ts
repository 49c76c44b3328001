import assert from 'node:assert/strict'
import { test } from 'node:test'
import { compileActorMatcher } from './index.ts'

// The gazetteer's criminal groups: named as groups even where a catalogue files the brand only as malware, but not
// where the text uses the brand as software.
const matcher = compileActorMatcher([
  { alias: 'LockBit', actorId: 'malware--lockbit', actorName: 'LockBit', kind: 'malware', source: 'catalogue' },
  { alias: 'Conti', actorId: 'malware--conti', actorName: 'Conti', kind: 'malware', source: 'catalogue' },
  { alias: 'Trickbot', actorId: 'malware--trickbot', actorName: 'Trickbot', kind: 'malware', source: 'catalogue' },
])
const names = (text: string) => matcher.find(text).map((a) => a.mention)

test('a ransomware brand is a group where the text speaks of the group', () => {
  assert.deepEqual(names('The attackers left two ransom notes, one from LockBit and one from DragonForce.'), [
    'LockBit',
    'DragonForce',
  ])
  assert.deepEqual(names('The FBI said DarkSide was responsible; affiliates of REvil and GandCrab were arrested.'), [
    'DarkSide',
    'REvil',
    'GandCrab',
  ])
  assert.deepEqual(names('The LockBit ransomware gang claimed the attack.'), ['LockBit'])
})

test('a ransomware brand used as software is no group', () => {
  assert.deepEqual(names('They played a key role in deploying the Conti and Trickbot malware.'), [])
  assert.deepEqual(names('The hospital was infected with LockBit on Sunday.'), [])
  assert.deepEqual(names('The crew uses three types of ransomware, Trickbot, Ryuk and Conti.'), [])
})
