import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extractFromText } from './index.ts'
import { testMatcher } from './test-matcher.ts'

// Rules written from the opened check13 set (session 7), each tested on our own sentences about other events.
const matcher = testMatcher([
  ['APT28', 'APT28', 'Fancy Bear', 'Forest Blizzard'],
  ['APT41', 'APT41', 'Brass Typhoon'],
])

function claims(text: string): string[] {
  return extractFromText(text, { matcher }).attributions.map((a) => `${a.attributor.name} > ${a.attributed.name}`)
}

test('an accusation names the accused, not whom the accused harmed or helped', () => {
  const c = claims(
    'Vilnius has long accused Moscow of trying to weaken Lithuania because of the fuel it sends to neighbouring Ukraine.',
  )
  assert.deepEqual(c, ['Government of Lithuania > Russian Government'])
  // A role in doing something for someone is no part in a group either.
  assert.deepEqual(claims('Vilnius praised Latvia for its role in sending generators to Ukraine.'), [])
})

test('an official named again by surname speaks, and a cue joined to the verb of saying shares its subject', () => {
  const x = extractFromText(
    'Digital Affairs Minister Anna Kowalczyk said on Monday that the ministry had been breached. In March, Kowalczyk said Lithuania was the most attacked state in the European Union and attributed most of the incidents to Russia.',
    { matcher },
  )
  const c = x.attributions.map((a) => `${a.attributor.text} > ${a.attributed.name}`)
  assert.ok(c.includes('Kowalczyk > Russian Government'), c.join('; '))
  assert.ok(!x.attributions.some((a) => a.attributor.name === 'European Union'), c.join('; '))
})

test("a state's departments that attacks hit do not speak; the bureau reporting the attacks does", () => {
  const c = claims(
    "Attacks on the networks of Taiwan's government departments rose again in 2026, the island's National Security Bureau said, blaming most of them on China's cyber forces.",
  )
  assert.deepEqual(c, ['National Security Bureau > PRC Government'])
})

test('an agency reporting as its sentence subject speaks for a link the next sentence states without a speaker', () => {
  const c = claims(
    "Ukraine's CERT-UA said on Friday it had found a new loader, PIXELPULL, in the networks of regional councils. It is attributed to APT28, which is also tracked as Forest Blizzard.",
  )
  assert.ok(c.includes('CERT-UA > APT28'), c.join('; '))
})

test('people listed with ages, appositions and co-defendants, or after a colon, are the ones charged', () => {
  const text =
    'Department of Justice | Office of Public Affairs | Friday, May 8, 2026\n\nWang Lei, 35, and his co-defendant Zhou Min, 41, also a PRC national, are charged in a six-count indictment. The indictment further alleges that Wang took part in APT41. The brokers they paid are charged as well: Pavel Sergeyevich Orlov, 38, a Russian national, and Dmitri Kuzmin, 27, a Belarusian national living in Serbia.'
  const c = claims(text)
  for (const name of ['Wang Lei', 'Zhou Min', 'Pavel Sergeyevich Orlov', 'Dmitri Kuzmin'])
    assert.ok(c.includes(`US Department of Justice > ${name}`), `${name} in ${c.join('; ')}`)
  assert.ok(c.includes('US Department of Justice > APT41'), c.join('; '))
})
