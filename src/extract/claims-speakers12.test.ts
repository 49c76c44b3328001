import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extractFromText } from './index.ts'
import { testMatcher } from './test-matcher.ts'

// Rules written from the opened check25 set (session 12), each tested on our own sentences about other events.
const matcher = testMatcher([
  ['APT33', 'APT33', 'Peach Sandstorm', 'Elfin'],
  ['Lazarus Group', 'Lazarus Group', 'Lazarus'],
])

function claims(text: string): string[] {
  return extractFromText(text, { matcher }).attributions.map((a) => `${a.attributor.name} > ${a.attributed.name}`)
}
function people(text: string): string[] {
  return extractFromText(text, { matcher }).people.map((p) => `${p.name}${p.charged ? ' (charged)' : ''}`)
}

test('a person with an age and a nationality of several words; where that person lives names no party', () => {
  const text =
    'An indictment unsealed on Monday charges Marek Dvorsky, 27, a Czech Republic national from South Moravia, and Liam Ortega, 31, a U.S. national, with wire fraud, the Justice Department said.'
  assert.deepEqual(people(text), ['Marek Dvorsky (charged)', 'Liam Ortega (charged)'])
  assert.deepEqual(claims(text), ['US Department of Justice > Marek Dvorsky', 'US Department of Justice > Liam Ortega'])
})

test('a country named as a nationality or a district of a city is no party of a charge', () => {
  assert.deepEqual(
    claims(
      'Prosecutors in Brooklyn charged Anders Holm, 45, a Norway resident from West Berlin, with laundering ransom payments, the Justice Department said.',
    ),
    ['US Department of Justice > Anders Holm'],
  )
})

test('"both men" a charge counts are the people named before; "he is also charged" is the last one', () => {
  assert.deepEqual(
    claims(
      'Dutch police detained Daniel Kerr and Thomas Hale in Utrecht on Friday. Dutch prosecutors have charged both men over the 2023 breach of a regional water board.',
    ),
    ['Government of the Netherlands > Daniel Kerr', 'Government of the Netherlands > Thomas Hale'],
  )
  assert.deepEqual(
    claims(
      'Police arrested Thomas Hale in May and released him on bail. The FBI said it then found evidence that he had attacked hospitals; he is also charged with conspiring to damage the networks of Meridian Health Corporation.',
    ),
    ['FBI > Thomas Hale'],
  )
})

test('a surname that modifies a noun ("Hadley campaign officials") is no mention of the person', () => {
  const mentions = (text: string) => extractFromText(text, { matcher }).people.map((p) => p.text)
  assert.deepEqual(
    mentions(
      'Prosecutors charged Thomas Hadley with fraud. Emails went to Hadley campaign officials and to Hadley himself.',
    ),
    ['Thomas Hadley', 'Hadley'],
  )
})

test('a company described as a maker speaks; "named X, <apposition>, as the party responsible" names X', () => {
  assert.deepEqual(
    claims(
      'Norvik, the Finnish maker of payroll software, said on Friday it attributes the intrusion to APT33. The FBI then named APT33, an actor the agency ties to Iran, as the party responsible.',
    ),
    ['Norvik > APT33', 'FBI > APT33', 'FBI > Iranian Government'],
  )
})

test('"…, the company said" at a sentence end points back to the company; a state in a compound names no party', () => {
  assert.deepEqual(
    claims(
      'Dutch security company Nordlight said on Monday that it had found a new wiper. The wiper, which its analysts named Frostbite, could be linked to APT33, the company said. It said the timing made it likely that its use was related to the Iran-Israel conflict.',
    ),
    ['Nordlight > APT33'],
  )
  // (Russia is named on its own; Ukraine only in the war's name.)
  assert.deepEqual(
    claims(
      'ESET said the timing and the places in which the wiper was seen made it likely that its use was related to the Russia-Ukraine war.',
    ),
    ['ESET > Russian Government'],
  )
})

test('a finding that "established X as the responsible actor", reported by the ministry that opens the sentence', () => {
  assert.deepEqual(
    claims(
      'Hackers breached the Ministry of Foreign Affairs of Slovakia last year. The foreign ministry said that an investigation by the Slovak intelligence services had established the Russian Federation as the responsible actor.',
    ),
    ['Ministry of Foreign Affairs > Russian Government'],
  )
})

test('"other EU Member States" are targets; the union they belong to does not speak', () => {
  assert.deepEqual(
    claims(
      'The agency listed its reasons. Malicious activities by actors linked to Iran have been directed against Slovakia as well as other EU Member States.',
    ),
    [],
  )
})

test("a US federal case announced by the Attorney General is the Justice Department's charge", () => {
  assert.deepEqual(
    claims(
      "WASHINGTON - A federal grand jury in Denver has returned an indictment charging two members of Iran's Islamic Revolutionary Guard Corps with hacking a water utility, Attorney General Jane Roe announced today. The FBI investigated the case.",
    ),
    ['US Department of Justice > Islamic Revolutionary Guard Corps'],
  )
})

test('"X, which Y assesses was conducted by Z": Y speaks; "…, the researchers said" is the vendor that spoke', () => {
  assert.deepEqual(
    claims(
      'The EU said that the hack of the power grid, which the United States assesses was conducted by Iran, hit homes across Europe.',
    ),
    ['United States Government > Iranian Government'],
  )
  assert.deepEqual(
    claims(
      'Proofpoint published new findings on Tuesday. That wave can be attributed to APT33, the researchers said, and it again delivered a backdoor.',
    ),
    ['Proofpoint > APT33'],
  )
})

test("an unplaced foreign ministry that denies beside the one state that denies is that state's: one denial", () => {
  const denials = extractFromText(
    'Recorded Future said its analysts uncovered a campaign by a suspected Chinese state-sponsored group against charities. China rejected the findings. Foreign Ministry spokesman Li Wei said the ministry denied any connection with the attacks, calling the report unfounded speculation.',
    { matcher },
  ).denials.map((d) => d.denier.name)
  assert.deepEqual(denials, ['Foreign Ministry'])
})

test('"is a subset of X" places a cluster inside a known actor', () => {
  assert.deepEqual(claims('We assess with moderate confidence that QX-Cluster-9 is a subset of APT33.'), ['we > APT33'])
})

test('a publication named after its trade noun may open with "Cyber" or "Security"', () => {
  assert.deepEqual(
    claims(
      'The British magazine Security Digest reported that the attack was believed to have come from Russian threat actors.',
    ),
    ['Security Digest > Russian Government'],
  )
})

test('"Its analysts wrote that …" is the vendor that last spoke', () => {
  assert.deepEqual(
    claims(
      'ESET published a report on Tuesday about the breach of a bank in Dubai. The FBI said it had opened an inquiry into the breach. Its analysts wrote that they had uncovered a cyber espionage campaign by a suspected Iranian state-sponsored group against high-profile Catholic entities.',
    ),
    ['ESET > Iranian Government'],
  )
})

test('"a suspected Iranian state-sponsored group" is suspected; "the likely renewal" hedges the renewal, not the claim', () => {
  const wording = (t: string) =>
    extractFromText(t, { matcher }).attributions.map((a) => `${a.attributed.name} (${a.confidenceText})`)
  assert.deepEqual(
    wording(
      'ESET said its analysts had uncovered a cyber espionage campaign by a suspected Iranian state-sponsored group against high-profile Catholic entities ahead of the likely renewal of the nuclear deal.',
    ),
    ['Iranian Government (suspected)'],
  )
})

test('who investigates does not say who did it; a measure named as an attribute is no new claim', () => {
  assert.deepEqual(
    claims(
      "The Times cited two people briefed on the matter as saying that the FBI's Washington field office is investigating the hack and similar intrusions carried out by APT33.",
    ),
    ['two people briefed on the matter > APT33'],
  )
  assert.deepEqual(
    claims(
      'OFAC today designated the Center for Geopolitical Studies (CGS). The Center for Geopolitical Studies (CGS), founded by the previously designated Ivan Petrov, directed the making of deepfake videos.',
    ),
    [],
  )
})

test('"The complaints allege" is the prosecution\'s voice', () => {
  assert.deepEqual(
    claims(
      'The Justice Department filed two civil forfeiture complaints on Thursday. The complaints allege that APT38 stole millions of dollars from four exchanges.',
    ),
    ['US Department of Justice > APT38'],
  )
})

test('partners listed in a statement issued with them join it; its subject speaks', () => {
  const r = extractFromText(
    'In an advisory issued together with 12 international partners, including Canada, Germany and Italy, the FBI said that APT33 had been exploiting routers.',
    { matcher },
  )
  assert.deepEqual(
    r.attributions.map((a) => `${a.attributor.name} > ${a.attributed.name}`),
    ['FBI > APT33'],
  )
  assert.deepEqual(r.cosigners.map((c) => c.name).sort(), [
    'Government of Canada',
    'Government of Germany',
    'Government of Italy',
    'United States Government',
  ])
})

test('a company named after "firm" is found and may speak', () => {
  assert.deepEqual(
    claims('According to blockchain analysis firm Chainwise, the theft was carried out by the Lazarus Group.'),
    ['Chainwise > Lazarus Group'],
  )
})
