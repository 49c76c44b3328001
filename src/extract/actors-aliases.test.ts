// Alias lists a text asserts, in the forms vendor blogs, advisories and news use. Names are made up or mixed.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { type AliasEntry, compileActorMatcher, extractFromText, summarize } from './index.ts'

const e = (alias: string, actorName: string): AliasEntry => ({
  alias,
  actorId: `intrusion-set--${actorName}`,
  actorName,
  kind: 'intrusion-set',
  source: 'attack',
})
const matcher = compileActorMatcher([
  ...['Copper Wren', 'Slate Typhoon', 'UNC6123', 'Ashen Panda'].map((a) => e(a, 'Copper Wren')),
  ...['APT97', 'Quartz Sandstorm', 'Glass Kitten', 'TA9001'].map((a) => e(a, 'APT97')),
])
const lists = (text: string) => summarize(extractFromText(text, { matcher })).aliases_asserted.map((g) => g.names)

test('a dash-enclosed alias list', () => {
  assert.deepEqual(lists('Copper Wren — also known as Slate Typhoon and Ashen Panda — was blamed.'), [
    ['Copper Wren', 'Slate Typhoon', 'Ashen Panda'],
  ])
  assert.deepEqual(lists('APT97 -- also known as Glass Kitten -- was blamed.'), [['APT97', 'Glass Kitten']])
})

test('names tracked by several vendors: "tracked as X by Microsoft and Y by Mandiant", "by Mandiant as X"', () => {
  assert.deepEqual(lists('The group, tracked as Slate Typhoon by Microsoft and UNC6123 by Mandiant, hit ports.'), [
    ['Slate Typhoon', 'UNC6123'],
  ])
  assert.deepEqual(lists('The actor is tracked by Mandiant as APT97 and by Microsoft as Quartz Sandstorm.'), [
    ['APT97', 'Quartz Sandstorm'],
  ])
  // A shared "by" after the names: the vendors are not names.
  assert.deepEqual(
    lists('The actor, referred to as UNC6123/Slate Typhoon by Mandiant and Microsoft respectively, hit ports.'),
    [['UNC6123', 'Slate Typhoon']],
  )
})

test('"which Microsoft tracks as", "whom Proofpoint calls", "known variously as", "also known publicly as"', () => {
  assert.deepEqual(lists('Copper Wren, which Microsoft tracks as Slate Typhoon, hit ports.'), [
    ['Copper Wren', 'Slate Typhoon'],
  ])
  assert.deepEqual(lists('APT97, whom Proofpoint calls TA9001, sent lures.'), [['APT97', 'TA9001']])
  assert.deepEqual(lists('The threat actor known variously as APT97, Glass Kitten and TA9001 sent lures.'), [
    ['APT97', 'Glass Kitten', 'TA9001'],
  ])
  assert.deepEqual(lists('UNC6123, also known publicly as Slate Typhoon, hit ports.'), [['UNC6123', 'Slate Typhoon']])
})

test('a bullet dash at a line start is no dash of a list', () => {
  assert.deepEqual(lists('Copper Wren report\n- Glass Kitten sent lures in May.'), [])
})

test('two vendors naming one group in one sentence: "X called the group A, while Y gave it the name B"', () => {
  assert.deepEqual(
    lists(
      'Microsoft called the threat Slate Typhoon, while another vendor, which saw it first, gave it the name Ashen Panda.',
    ),
    [['Slate Typhoon', 'Ashen Panda']],
  )
  assert.deepEqual(lists('Mandiant tracks it as UNC6123 and Microsoft calls it Quartz Sandstorm.'), [
    ['UNC6123', 'Quartz Sandstorm'],
  ])
  // Two sentences, or one naming phrase alone, assert nothing.
  assert.deepEqual(lists('Microsoft tracks the actor as Slate Typhoon. Another vendor named it Glass Kitten.'), [])
  assert.deepEqual(lists('Microsoft calls the group Slate Typhoon.'), [])
})

test('"identify the unit\'s activity as A, B or C" and "the names researchers use for the actor: A, B and C"', () => {
  assert.deepEqual(
    lists("The advisory names the unit. Researchers identify the unit's activity as Slate Typhoon or UNC6123."),
    [['Slate Typhoon', 'UNC6123']],
  )
  assert.deepEqual(
    lists('The alert lists the names researchers use for the APT actor: Quartz Sandstorm, Glass Kitten and TA9001.'),
    [['Quartz Sandstorm', 'Glass Kitten', 'TA9001']],
  )
})
