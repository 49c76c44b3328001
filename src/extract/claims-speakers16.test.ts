import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extractFromText } from './index.ts'
import { testMatcher } from './test-matcher.ts'

// Rules written in session 16 from the opened check sets (check37-39) and the pooled misses of every opened set, each
// tested on our own sentences about other events.
const matcher = testMatcher([
  ['APT28', 'APT28', 'Fancy Bear'],
  ['APT41', 'APT41', 'Wicked Panda'],
  ['Kimsuky', 'Kimsuky', 'Velvet Chollima'],
])

function claims(text: string): string[] {
  return extractFromText(text, { matcher }).attributions.map((a) => `${a.attributor.name} > ${a.attributed.name}`)
}

test('a state adjective before "cyber campaign" or "cyberspies" names the state responsible', () => {
  assert.deepEqual(
    claims('On Monday the EU and NATO condemned a malicious Chinese cyber campaign against Lithuania.').sort(),
    ['European Union > PRC Government', 'NATO > PRC Government'],
  )
  assert.deepEqual(claims('The BfV said North Korean cyberspies had targeted defence firms.'), [
    'Federal Office for the Protection of the Constitution > North Korean Government',
  ])
  // In passing, with no one condemning it or saying so, the campaign names no one.
  assert.deepEqual(claims('Chinese cyber campaigns against Lithuania have grown since 2021.'), [])
})

test('a bare "Foreign Office" is named as written, whichever state it belongs to', () => {
  const orgs = (t: string) => extractFromText(t, { matcher }).orgs.map((o) => o.name)
  assert.ok(
    orgs('Islamabad, 3 May 2023 - On Friday the Foreign Office condemned what it called Indian hacking.').includes(
      'Foreign Office',
    ),
  )
  assert.ok(
    orgs('The Foreign, Commonwealth & Development Office (FCDO) said Britain would respond.').includes(
      'Foreign, Commonwealth & Development Office',
    ),
  )
})

test('a party that a verb of saying follows opens its own clause, not the list before it', () => {
  const got = claims(
    'Canada joined France in condemning malicious cyber activity by China, and Japan said Wicked Panda was behind the attacks.',
  )
  assert.ok(!got.some((c) => c.endsWith('> Government of Japan')), got.join(' | '))
  assert.ok(got.includes('Government of Canada > PRC Government'), got.join(' | '))
  assert.ok(got.includes('Government of Japan > APT41'), got.join(' | '))
})

test('sanctions "on" a named person make the person the measure\'s party, with or without a description', () => {
  assert.deepEqual(claims('Canada and Japan imposed sanctions on Ivan Petrovsky over the ransomware attacks.').sort(), [
    'Government of Canada > Ivan Petrovsky',
    'Government of Japan > Ivan Petrovsky',
  ])
})

test('Hong Kong, where an attack came from, is no state answering for it', () => {
  assert.deepEqual(claims('Delhi Police said the hack was suspected to have originated from China and Hong Kong.'), [
    'Delhi Police > PRC Government',
  ])
})

test('"implicates X in" accuses X; "implicated in" after a name or a copula accuses no one', () => {
  assert.deepEqual(claims('The BfV implicated Fancy Bear in the intrusion into the party.'), [
    'Federal Office for the Protection of the Constitution > APT28',
  ])
  assert.deepEqual(claims('The BfV said his wife, implicated in a Russian intelligence operation, had left.'), [])
})

test("a state's army said to be behind an attack is its armed forces, not the state at large", () => {
  assert.deepEqual(claims('The BfV said the Chinese military was behind the attacks.'), [
    "Federal Office for the Protection of the Constitution > People's Liberation Army",
  ])
  assert.deepEqual(claims("The BfV said China's military was most likely behind the attacks."), [
    "Federal Office for the Protection of the Constitution > People's Liberation Army",
  ])
})

test('people listed after companies in a sanction "on" them are its parties too', () => {
  assert.deepEqual(
    claims('Canada imposed sanctions and travel bans on Harrow Data LLC, Ivan Petrovsky and Oleg Sarin.').sort(),
    [
      'Government of Canada > Harrow Data LLC',
      'Government of Canada > Ivan Petrovsky',
      'Government of Canada > Oleg Sarin',
    ],
  )
})

test("an embassy that denies without its host named takes the dateline's state as host", () => {
  const deniers = (t: string) => extractFromText(t, { matcher }).denials.map((d) => d.denier.name)
  assert.deepEqual(
    deniers(
      'OTTAWA, 3 May 2024 - Canada accused China of hacking its parliament. The Chinese embassy rejected the accusations as groundless.',
    ),
    ['Chinese Embassy in Canada'],
  )
})

test('a commercial spyware vendor is a company, even where a catalogue files its name as an actor', () => {
  const m = testMatcher([['Night Tsunami', 'Night Tsunami', 'NSO Group']])
  const x = extractFromText('Researchers found that the phones were infected with Pegasus, made by NSO Group.', {
    matcher: m,
  })
  assert.deepEqual(
    x.actors.map((a) => a.canonical),
    [],
  )
  assert.ok(
    x.orgs.some((o) => o.name === 'NSO Group'),
    x.orgs.map((o) => o.name).join(' | '),
  )
})

test('an accused group that rejects the claim is a denier, named or referred to as "the hackers"', () => {
  const deniers = (t: string) => extractFromText(t, { matcher }).denials.map((d) => d.denier.name)
  assert.deepEqual(
    deniers('KISA said Kimsuky was behind the breach. Kimsuky emphatically denies any ties to the North Korean state.'),
    ['Kimsuky'],
  )
  assert.deepEqual(
    deniers('KISA said Kimsuky was behind the breach. The hackers flatly deny any ties to the North Korean state.'),
    ['Kimsuky'],
  )
})

test("Russian military hackers are the GRU; other armies' hackers are their armed forces", () => {
  assert.deepEqual(claims('The BfV said Russian military hackers were behind the attacks.'), [
    'Federal Office for the Protection of the Constitution > GRU',
  ])
  assert.deepEqual(claims('The BfV said Chinese military hackers were behind the attacks.'), [
    "Federal Office for the Protection of the Constitution > People's Liberation Army",
  ])
})

test('"according to US intelligence agencies" credits the claim to those agencies', () => {
  const x = extractFromText('According to British intelligence agencies, Fancy Bear is controlled by the GRU.', {
    matcher,
  })
  assert.deepEqual(
    x.attributions.map((a) => `${a.attributor.name} > ${a.attributed.name}`),
    ['British intelligence agencies > GRU'],
  )
})
