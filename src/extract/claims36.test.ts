import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extractFromText } from './index.ts'
import { testMatcher } from './test-matcher.ts'

// Constructions found missing in session 36 in check79 and check80 (opened then: regional news and spyware
// investigations), each tested here on wording of its own.
const matcher = testMatcher([['APT28', 'APT28']])

function pairs(text: string): string[] {
  return extractFromText(text, { matcher }).attributions.map(
    (a) => `${a.attributor.name} > ${a.attributed.name} (${a.confidenceText ?? ''})`,
  )
}

test('a commercial spyware vendor is a party an accusation, an attribution or a finding of ownership names', () => {
  assert.deepEqual(
    pairs('Meta said it had removed the accounts and accused Paragon of targeting 40 reporters in five countries.'),
    ['Meta > Paragon Solutions (accused)'],
  )
  assert.deepEqual(
    pairs('After reading the exploit code, Google concluded that it belonged to Variston IT, a firm based in Spain.'),
    ['Google > Variston (belonged to)'],
  )
  assert.deepEqual(
    pairs('Spyware tools built by Cytrox were used against two exiled politicians, Google said on Thursday.'),
    ['Google > Cytrox (tools built by)'],
  )
  // A company the text calls a spyware maker is one too.
  assert.deepEqual(pairs('Amnesty said it attributed the implant to the Austrian spyware maker Quasar Systems.'), [
    'Amnesty > Quasar Systems (attributed the implant to)',
  ])
})

test('a spyware product described by its maker links nobody to the maker', () => {
  for (const t of [
    'Amnesty said the phones were hacked with Pegasus, made by the Israeli company NSO Group.',
    'Police said the spyware he is accused of using is Pegasus, made by the Israeli firm NSO Group.',
    'Officials confirmed the ministry bought the Pegasus spyware made by NSO Group in 2017.',
  ])
    assert.deepEqual(pairs(t), [], t)
})

test("a company's short name opening a longer legal name is not found alone", () => {
  const x = extractFromText(
    'The Treasury designated Intellexa Limited, Hungary-based Cytrox Holdings ZRT and two people. Intellexa did not comment.',
    { matcher },
  )
  assert.deepEqual(
    x.orgs.map((o) => o.text),
    ['Intellexa Limited', 'Cytrox Holdings ZRT', 'Intellexa'],
  )
})

test('civil-society organisations that publish investigations speak as a lab does', () => {
  assert.deepEqual(
    pairs('Human Rights Watch said Ethiopian authorities had carried out a campaign of malware attacks on critics.'),
    ['Human Rights Watch > Government of Ethiopia (carried out)'],
  )
  assert.deepEqual(
    pairs('The Committee to Protect Journalists said the Rwandan government had hacked the phones of two reporters.'),
    ['Committee to Protect Journalists > Government of Rwanda (had hacked)'],
  )
})

test("a state's government or state agencies as the doers of an act are its government", () => {
  assert.deepEqual(pairs('ESET said Ethiopian government agencies had hacked the phones of critics.'), [
    'ESET > Government of Ethiopia (had hacked)',
  ])
  assert.deepEqual(pairs('Direkt36 reported that Hungarian state agencies had used Pegasus to spy on lawyers.'), [
    'Direkt36 > Government of Hungary (had used Pegasus to spy on)',
  ])
  // (Agencies a state runs, as targets, are no doers.)
  assert.deepEqual(pairs('ESET said the attackers had hacked Hungarian state agencies and two banks.'), [])
})

test("an actor's campaigns run on, its focus on victims and its personas are acts a speaker reports", () => {
  for (const [t, cue] of [
    [
      'ESET said APT28 has run several large credential phishing campaigns against users.',
      'has run several large credential phishing campaigns',
    ],
    [
      'ESET said APT28 also kept up its spearphishing campaigns against Ukraine.',
      'kept up its spearphishing campaigns',
    ],
    ['ESET said APT28 concentrates on foreign businesses and government agencies.', 'concentrates on'],
    ['ESET said APT28 set up fake identities to approach exiles.', 'set up fake identities'],
    ['ESET said APT28 posed as journalists to approach diplomats.', 'posed as journalists to approach'],
  ] as const)
    assert.deepEqual(pairs(t), [`ESET > APT28 (${cue})`], t)
  // (Neither a war's attacks nor the adjective: "warning of continued malicious cyber activity".)
  assert.deepEqual(pairs('ESET said Russia continued its missile attacks on Kyiv.'), [])
  assert.deepEqual(
    pairs('Agencies of the United States and Canada issued an advisory warning of continued malicious cyber activity.'),
    [],
  )
})

test("another state's federal prosecutors are that state's, not the US Justice Department", () => {
  for (const [t, who] of [
    ['German federal prosecutors said the hackers had worked for the GRU.', 'Government of Germany'],
    ['Federal prosecutors in Germany said the hackers had worked for the GRU.', 'Government of Germany'],
    ['Swiss federal prosecutors said the hackers had worked for the GRU.', 'Government of Switzerland'],
    ['Federal prosecutors in Baltimore said the hackers had worked for the GRU.', 'US Department of Justice'],
    ['Federal prosecutors said the hackers had worked for the GRU.', 'US Department of Justice'],
  ] as const)
    assert.deepEqual(pairs(t), [`${who} > GRU (worked for)`], t)
})

test('a state body that founded, funds or runs a named group is its sponsor', () => {
  for (const [t, cue] of [
    ['The Justice Department said the GRU founded and funded APT28.', 'founded and funded'],
    ['The Justice Department said the GRU runs APT28.', 'runs'],
    ["The Justice Department said Russia's military intelligence service, the GRU, set up APT28.", 'set up'],
    ['The Justice Department said APT28 was founded by the GRU.', 'founded by'],
  ] as const)
    assert.deepEqual(pairs(t), [`US Department of Justice > GRU (${cue})`], t)
  // (Another verb between them names no sponsorship.)
  assert.deepEqual(pairs('The Justice Department said the GRU praised APT28.'), [])
})

test('the people a finding names after its count are what it links', () => {
  assert.deepEqual(
    pairs(
      'The Harbin Public Security Bureau named the three as Karen B. Hollis, Martin D. Crane and Paul T. Osgood and said they worked for the NSA.',
    ).slice(0, 3),
    [
      'Harbin Public Security Bureau > Karen B. Hollis (named the three as)',
      'Harbin Public Security Bureau > Martin D. Crane (named the three as)',
      'Harbin Public Security Bureau > Paul T. Osgood (named the three as)',
    ],
  )
  assert.deepEqual(
    pairs(
      'The Latvian State Police said it identified two GRU officers involved in the attacks: Ivan Petrov and Oleg Sokolov.',
    ).filter((p) => !p.includes('> GRU')),
    ['Latvian State Police > Ivan Petrov (identified two)', 'Latvian State Police > Oleg Sokolov (identified two)'],
  )
})

test('more CERTs, police forces, labs and newsrooms that speak', () => {
  assert.deepEqual(pairs('SektorCERT said the attacks were possibly the work of APT28.'), [
    'SektorCERT > APT28 (possibly)',
  ])
  assert.deepEqual(pairs('The Gardai believe the attack was carried out by APT28.'), [
    'An Garda Siochana > APT28 (believe)',
  ])
  assert.deepEqual(pairs('BI.ZONE said APT28 had exploited the flaw against Russian firms.'), [
    'BI.ZONE > APT28 (had exploited)',
  ])
})

test('a denial by its noun, or by calling the accusation what a rejection calls it', () => {
  const deniers = (t: string) => extractFromText(t, { matcher }).denials.map((d) => d.denier.name)
  const claim = 'Citizen Lab said the Polish government had used spyware against two senators. '
  assert.deepEqual(deniers(`${claim}Prime Minister Jan Nowicki called the reports fake news.`), ['Jan Nowicki'])
  assert.deepEqual(deniers(`${claim}It came despite a denial by the Polish government that it had used spyware.`), [
    'Government of Poland',
  ])
  // (Calling something else so is no denial.)
  assert.deepEqual(deniers(`${claim}Prime Minister Jan Nowicki called the election result fake news.`), [])
})

test("a state's people in the plural with the article, as a verb's subject, are its government", () => {
  assert.deepEqual(pairs('ESET said the Israelis were behind the attack.'), [
    'ESET > Government of Israel (were behind)',
  ])
  assert.deepEqual(pairs('ESET said the North Koreans had hacked the exchange.'), [
    'ESET > North Korean Government (had hacked)',
  ])
  // (People, not a state: no article, or not a subject.)
  assert.deepEqual(pairs('ESET said Iranians living abroad had been targeted by APT28.'), [
    'ESET > APT28 (targeted by)',
  ])
  assert.deepEqual(pairs('ESET said APT28 had hacked phones belonging to the Russians in exile.'), [
    'ESET > APT28 (had hacked)',
  ])
})

test('a theft of an amount is an act', () => {
  assert.deepEqual(pairs('Chainalysis said APT28 took more than $600 million from the bridge.'), [
    'Chainalysis > APT28 (took more than $600 million)',
  ])
  assert.deepEqual(pairs('Chainalysis said APT28 siphoned $1.5bn from the exchange.'), [
    'Chainalysis > APT28 (siphoned $1.5bn)',
  ])
  // (Taking part is another cue's; taking a day off is nothing.)
  assert.deepEqual(pairs('Chainalysis said APT28 took a break in August.'), [])
})

test('an official named by the possessive of a firm that then speaks by its noun is that firm', () => {
  const t =
    'Citizen Lab published the report on Monday. In a statement attributed to its director, Ron Deibert, the lab said ' +
    'the infection at the Prime Minister’s Office was linked to APT28.'
  assert.deepEqual(pairs(t), ['Citizen Lab > APT28 (linked to)'])
  // (Without the noun that says whose official it is, the person speaks.)
  assert.deepEqual(
    pairs('Citizen Lab published the report. Its director, Ron Deibert, said the hack was linked to APT28.'),
    ['Ron Deibert > APT28 (linked to)'],
  )
})

test("a state body's common-word name inside a longer name is not that body", () => {
  const orgs = (t: string) => extractFromText(t, { matcher }).orgs.map((o) => o.name)
  assert.deepEqual(orgs('A spokesperson for the Palestinian Preventive Security Service rejected the report.'), [
    'Palestinian Preventive Security Service',
  ])
  assert.deepEqual(orgs('The British Security Service said so.'), ['MI5'])
  assert.deepEqual(orgs('The White House National Security Council said so.'), [
    'White House',
    'National Security Council',
  ])
})

test('links found between an activity and a party name the party', () => {
  assert.deepEqual(pairs('Meta said it found links between the network and APT28.'), [
    'Meta > APT28 (found links between)',
  ])
  // (Not where none were found.)
  assert.deepEqual(pairs('Meta said it had not found links between the network and APT28.'), [])
})
