import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extractFromText } from './index.ts'
import { testMatcher } from './test-matcher.ts'

// Constructions found missing in session 37 in check75 to check78 (opened then), each tested on wording of its own.
const matcher = testMatcher([
  ['APT28', 'APT28'],
  ['Kimsuky', 'Kimsuky'],
])

function pairs(text: string): string[] {
  return extractFromText(text, { matcher }).attributions.map(
    (a) => `${a.attributor.name} > ${a.attributed.name} (${a.confidenceText ?? ''})`,
  )
}

test('a group acting in the interests of a state is linked to it', () => {
  assert.deepEqual(pairs('ESET said Kimsuky was acting in the interests of the North Korean government.'), [
    'ESET > North Korean Government (acting)',
  ])
  // (Acting on a state's request for help is no link.)
  assert.deepEqual(pairs('ESET said it was acting in the meantime to help the North Korean government.'), [])
})

test('an actor that is, with a hedge or an adverb, doing what actors do, after "is" or "was"', () => {
  assert.deepEqual(pairs('The FBI said APT28 was highly likely targeting defence contractors in Europe.'), [
    'FBI > APT28 (highly likely)',
  ])
  assert.deepEqual(pairs('The FBI said APT28 is actively targeting defence contractors in Europe.'), [
    'FBI > APT28 (is actively targeting)',
  ])
  assert.deepEqual(pairs('The FBI said APT28 has been quietly stealing data from defence contractors.'), [
    'FBI > APT28 (has been quietly stealing)',
  ])
  // (A word that is no adverb still stops the reading: "was Europe targeting" is no clause.)
  assert.deepEqual(pairs('The FBI said APT28 was not targeting defence contractors in Europe.'), [])
})

test("the maker of tools an operation used, named in the operation's description, is not who it is linked to", () => {
  assert.deepEqual(
    pairs(
      'Lookout linked the evidence to an operation that targeted hundreds of lawyers, with phishing e-mails and with phone hacking tools sold by the Israeli contractor NSO Group.',
    ),
    [],
  )
  // (Tools that hacked someone are the maker's, as before.)
  assert.deepEqual(
    pairs('Spyware tools built by Cytrox were used against two exiled politicians, Google said on Thursday.'),
    ['Google > Cytrox (tools built by)'],
  )
})

test('a topic "related to" a party is no link to it; a group related to another is', () => {
  assert.deepEqual(
    pairs('Volexity said the victim was working on projects related to Ukraine and documents related to APT28.'),
    [],
  )
  assert.deepEqual(pairs('Volexity said the group is related to APT28.'), ['Volexity > APT28 (related to)'])
})

test('a body whose networks were hit is their owner, not the speaker', () => {
  assert.deepEqual(pairs('The Treasury Department networks were hacked by APT28 in May.'), [])
  assert.deepEqual(pairs('The Treasury Department said its networks were hacked by APT28 in May.'), [
    'US Department of the Treasury > APT28 (hacked by)',
  ])
})

test('what an actor did, reported by a speaker who has confidence in it, and tools used to compromise', () => {
  assert.deepEqual(pairs('The FBI has high confidence that APT28 hacked the networks of two ministries.'), [
    'FBI > APT28 (high confidence)',
  ])
  assert.deepEqual(pairs('ESET is confident that APT28 hacked the networks of two ministries.'), [
    'ESET > APT28 (is confident)',
  ])
  assert.deepEqual(pairs('The FBI said APT28 used stolen credentials to compromise the networks.'), [
    'FBI > APT28 (used stolen credentials to compromise)',
  ])
  assert.deepEqual(pairs('The FBI said APT28 has used its capabilities since 2009 to target defence firms.'), [
    'FBI > APT28 (has used its capabilities since 2009 to target)',
  ])
})
