import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extractFromText } from './index.ts'
import { testMatcher } from './test-matcher.ts'

// Constructions found missing in the opened sets in session 28, each tested here on wording of its own.
const matcher = testMatcher([
  ['Gamaredon', 'Gamaredon'],
  ['Primitive Bear', 'Gamaredon'],
])

function claims(text: string): string[] {
  return extractFromText(text, { matcher }).attributions.map(
    (a) => `${a.attributor.name} > ${a.attributed.name}${a.confidence ? ` (${a.confidence.term})` : ''}`,
  )
}

test('"X was involved" at the end of a clause is a claim, as "X was involved in" is', () => {
  assert.deepEqual(
    claims('The National Cyber Security Centre (NCSC) assessed that it is almost certain that the SVR was involved.'),
    ['UK National Cyber Security Centre > SVR (almost certain)'],
  )
  assert.deepEqual(claims('Estonia said the GRU was almost certainly involved; Moscow denied it.'), [
    'Government of Estonia > GRU (almost certain)',
  ])
  // Involved in something that is no act ("involved with", a participle before a noun) claims nothing.
  assert.deepEqual(claims('Estonia said the GRU officers involved were known to it.'), [])
})

test('"the cluster" points back to the cluster the text named, not the known group it was said to be', () => {
  const text =
    'Kestrel Labs tracks the activity as KSL-Cluster-7. We assess with high confidence that KSL-Cluster-7 is Gamaredon. ' +
    'A later wave against a ministry in Moldova used other servers; we link that wave to the cluster with low confidence only.'
  const out = claims(text)
  assert.ok(out.includes('Kestrel Labs > Gamaredon (high)'), out.join('; '))
  assert.ok(out.includes('Kestrel Labs > KSL-Cluster-7 (low)'), out.join('; '))
  // "the group" still means the known group.
  const group = claims(text.replace('to the cluster', 'to the group'))
  assert.ok(group.includes('Kestrel Labs > Gamaredon (low)'), group.join('; '))
})

test('a charge names each charged person its words reach, not a leader or an author named in passing', () => {
  const text =
    'WASHINGTON - The Justice Department on Tuesday charged Russian intelligence officers with hacking. ' +
    'According to the indictment, the defendants, Pavel Orlov, Ilya Sokolov and Oleg Petrenko, are officers of the GRU. ' +
    'The grand jury also charged Dmitri Volkov, 41; and Anton Zorin, also known as Zed, 29, with wire fraud. ' +
    'According to the indictment, the defendants acted in the interests of the Russian state and its president, Vladimir Putin.'
  const out = claims(text)
  for (const name of ['Pavel Orlov', 'Ilya Sokolov', 'Oleg Petrenko', 'Dmitri Volkov', 'Anton Zorin'])
    assert.ok(
      out.some((c) => c.startsWith(`US Department of Justice > ${name}`)),
      `${name}: ${out.join('; ')}`,
    )
  assert.ok(!out.some((c) => c.includes('Vladimir Putin')), out.join('; '))
})

test('a speaker who "believes" a clause with no "that" before it hedges the claim in that clause', () => {
  assert.deepEqual(claims('ESET believes the intrusion into the ministry was carried out by Gamaredon.'), [
    'ESET > Gamaredon (believed)',
  ])
  assert.deepEqual(claims('ESET believes that the intrusion into the ministry was carried out by Gamaredon.'), [
    'ESET > Gamaredon (believed)',
  ])
})

test('an unknown name opening a sentence speaks before "blamed" or "attributed", and so does a name joined to it', () => {
  assert.deepEqual(claims('Norvexa blamed Gamaredon for the outage at its plant.'), ['Norvexa > Gamaredon'])
  assert.deepEqual(claims('Norvexa and Kalmstad said Gamaredon was behind the outage.'), [
    'Norvexa > Gamaredon',
    'Kalmstad > Gamaredon',
  ])
  // A company the text knows speaks with the name joined to it too.
  assert.deepEqual(claims('Le360 and Hespress attributed the breach to Gamaredon.'), [
    'Le360 > Gamaredon',
    'Hespress > Gamaredon',
  ])
  // Words that open sentences are no names.
  assert.deepEqual(claims('Officials blamed Gamaredon for the outage.'), [])
})

test('a person accused by name of the act itself is the party accused, not one accused of anything else', () => {
  assert.deepEqual(claims('Venezuela blamed Elena Varga for the cyberattack on the power grid.'), [
    'Government of Venezuela > Elena Varga',
  ])
  assert.deepEqual(claims('The ministry said ESET had accused Elena Varga of involvement in the intrusion.'), [
    'ESET > Elena Varga',
  ])
  assert.deepEqual(claims('ESET accused Elena Varga of lying about the attack.'), [])
  assert.deepEqual(claims('ESET accused Elena Varga of negligence.'), [])
})

test('"the researchers" after a phrase that sets the scene are the vendor that last spoke', () => {
  assert.deepEqual(
    claims(
      'ESET examined the phone. After a forensic examination of the device the researchers concluded with high confidence that Gamaredon was behind the attempts.',
    ),
    ['ESET > Gamaredon (high)'],
  )
})
