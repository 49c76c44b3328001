import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extractFromText, summarize } from './index.ts'
import { testMatcher } from './test-matcher.ts'

// Rules written in session 20 from the opened check sets (check52-54), each tested on our own sentences about other
// events.
const matcher = testMatcher([
  ['Sandworm', 'Sandworm', 'Voodoo Bear'],
  ['Kimsuky', 'Kimsuky', 'Velvet Chollima'],
  ['RomCom', 'RomCom', 'Storm-0978'],
])

function claims(text: string): string[] {
  return extractFromText(text, { matcher }).attributions.map((a) => `${a.attributor.name} > ${a.attributed.name}`)
}
function confidence(text: string): string[] {
  return extractFromText(text, { matcher }).attributions.map(
    (a) => `${a.attributor.name} > ${a.attributed.name} «${a.confidenceText}»`,
  )
}

test('running a campaign is an attack verb', () => {
  assert.deepEqual(
    confidence('The NCSC said it has high confidence that Sandworm ran a spear-phishing campaign against the port.'),
    ['UK National Cyber Security Centre > Sandworm «high confidence»'],
  )
  assert.deepEqual(claims('Mandiant said Kimsuky runs phishing operations against think tanks.'), [
    'Mandiant > Kimsuky',
  ])
  // Running a company is no attack.
  assert.deepEqual(claims('Mandiant said Kimsuky runs a front company in Dandong.'), [])
})

test('where an attack came from, as a speaker says it, names a group', () => {
  assert.deepEqual(claims('Mandiant said the intrusions came from a group it tracks as Voodoo Bear.'), [
    'Mandiant > Sandworm',
  ])
  // A country the attacks came from is geography when only said, not judged.
  assert.deepEqual(claims('The police chief said the attacks originated from Vietnam, Brazil and Nigeria.'), [])
  assert.deepEqual(claims('Mandiant believes the intrusions came from Iran.'), ['Mandiant > Iranian Government'])
})

test('the nationality that describes a named group is no claim of its own', () => {
  assert.deepEqual(
    claims(
      'In a 2016 report, Kaspersky said the breach was the work of a Russian espionage group it called Voodoo Bear.',
    ),
    ['Kaspersky > Sandworm'],
  )
  assert.deepEqual(claims('Kaspersky attributed the breach to a Russian group known as Voodoo Bear.'), [
    'Kaspersky > Sandworm',
  ])
  assert.deepEqual(
    claims(
      'The NCSC said it has high confidence that Sandworm, the Russian military hacking group also known as Voodoo Bear, ran the campaign.',
    ),
    ['UK National Cyber Security Centre > Sandworm'],
  )
  assert.deepEqual(claims('The FBI blamed the Russian hacking group Voodoo Bear for the attack.'), ['FBI > Sandworm'])
  // A state named by itself stays a claim.
  assert.deepEqual(claims('Kaspersky said a Russian group was behind the breach.'), ['Kaspersky > Russian Government'])
})

test('a link judged possible after its party takes that hedge', () => {
  assert.deepEqual(confidence('We consider a link to the Iranian government possible, but we have not seen proof.'), [
    'we > Iranian Government «possible»',
  ])
  assert.deepEqual(confidence('We consider a link to the Iranian government likely.'), [
    'we > Iranian Government «likely»',
  ])
})

test('a party implicated in an indictment, with the agent that brought it', () => {
  assert.deepEqual(confidence('Kimsuky was implicated in a 2023 indictment by the US Justice Department.'), [
    'US Department of Justice > Kimsuky «indictment»',
  ])
})

test('the group held suspect of attacks, in a relative-clause subject, before an audience that does not speak', () => {
  assert.deepEqual(
    confidence(
      'Commissioner Ivan Petrov told an EU security conference in Riga that Sandworm, which is linked to Russian military intelligence, was the main group suspected of the attacks.',
    ),
    ['Ivan Petrov > GRU «linked to»', 'Ivan Petrov > Sandworm «suspected»'],
  )
  assert.deepEqual(confidence('The NCSC said Sandworm was suspected of the attacks on the grid.'), [
    'UK National Cyber Security Centre > Sandworm «suspected»',
  ])
  // Suspected of ordering others is no attack of its own.
  assert.deepEqual(claims('The broadcaster said the army is suspected of ordering hackers to attack the firms.'), [])
})

test('victims a report names and tools other groups use are no parties', () => {
  assert.deepEqual(
    claims(
      'Mandiant said Kimsuky is active. Victims named in the report include a US state legislature and a Canadian university.',
    ),
    [],
  )
  assert.deepEqual(
    claims(
      'Mandiant said Kimsuky is active. The researchers identified several tools that many Chinese state-sponsored groups use.',
    ),
    [],
  )
})

test('sending phishing e-mails is an attack verb, also for a group referred back to', () => {
  assert.deepEqual(claims('The FBI said RomCom sent phishing e-mails to delegates of the NATO summit.'), [
    'FBI > RomCom',
  ])
  assert.deepEqual(
    claims(
      'Microsoft said RomCom was active. Researchers at ESET reported that the group sent malicious e-mails aimed at the summit.',
    ),
    ['ESET > RomCom'],
  )
})

test('the authoring agencies of a joint advisory are the agencies that make its other claims', () => {
  const text =
    'Joint advisory of the Zarvian Cyber Authority (ZCA) and the Moltish Cyber Defence Office (MCDO).\n\n' +
    'ZCA assesses with high confidence that the activity is the work of Sandworm. MCDO judges it likely that the operators act on behalf of the GRU. ' +
    'A second wave used the same servers, but the authoring agencies link it to Sandworm with low confidence only.'
  const got = confidence(text)
  assert.ok(got.includes('Zarvian Cyber Authority > Sandworm «with low confidence»'), got.join('\n'))
  assert.ok(got.includes('Moltish Cyber Defence Office > Sandworm «with low confidence»'), got.join('\n'))
  assert.ok(!got.some((g) => g.startsWith('authoring agencies')), got.join('\n'))
})

test('"APT-41" is the numbered group as "APT41" and "APT 41" are', () => {
  const actors = extractFromText('Analysts tie it to APT-41, also written APT 41.', { matcher }).actors
  assert.deepEqual(
    actors.map((a) => [a.mention, a.canonical]),
    [
      ['APT-41', 'APT41'],
      ['APT 41', 'APT41'],
    ],
  )
})

test('an attack verb after a relative clause that describes its subject; "made thousands of attacks"', () => {
  assert.deepEqual(
    claims(
      'Kimsuky, which operates from North Korea, made thousands of attacks between March and May, Microsoft said.',
    ),
    ['Microsoft > Kimsuky'],
  )
  assert.deepEqual(
    claims('Sandworm, which works for the GRU, kept attacking the power grid, the SBU said.').includes(
      'Security Service of Ukraine > Sandworm',
    ),
    true,
  )
})

test('"was likely X\'s work" names the doer; "Russia\'s work on" does not', () => {
  assert.deepEqual(
    confidence(
      "ESET said a phishing site aimed at the Latvian parliament in 2019 was likely Voodoo Bear's work as well.",
    ),
    ['ESET > Sandworm «likely»'],
  )
  assert.deepEqual(claims("The NCSC said Russia's work on disinformation continues."), [])
})

test('people a target list describes as associated with a body are no link; "linked X tried to" is no "linked X to"', () => {
  assert.deepEqual(
    claims(
      'Microsoft said the targets included people associated with the campaign and one individual formerly associated with the Trump administration.',
    ),
    [],
  )
  assert.deepEqual(claims('Microsoft: Iran-linked Kimsuky tried to break into a US campaign’s accounts'), [
    'Microsoft > Iranian Government',
  ])
  assert.deepEqual(claims('The FBI said the hackers are affiliated with the GRU.'), ['FBI > GRU'])
})

test('the summary names an actor by the catalogue name and, in brackets, the name the text uses when that differs', () => {
  const text =
    'ESET attributed the wiper attack to Voodoo Bear. Mandiant said Sandworm was behind it. The FBI said the group targeted the grid.'
  const s = summarize(extractFromText(text, { matcher }))
  assert.deepEqual(
    s.actors.map((a) => a.canonical),
    ['Sandworm (Voodoo Bear)', 'Sandworm'],
  )
  assert.deepEqual(
    s.attributions.map((a) => `${a.attributor} > ${a.attributed_to}`),
    ['ESET > Sandworm (Voodoo Bear)', 'Mandiant > Sandworm', 'FBI > Sandworm'],
  )
})

test('a sanction on a named threat group is a claim about the group; "linked X to Y" is no claim about X', () => {
  assert.deepEqual(claims('OFAC imposed sanctions on the Iranian cyber threat group Kimsuky.'), [
    'Office of Foreign Assets Control > Kimsuky',
  ])
  assert.deepEqual(claims('US Cyber Command publicly linked Kimsuky to the Reconnaissance General Bureau in 2022.'), [
    'US Cyber Command > Reconnaissance General Bureau',
  ])
})

test('partners joining a lead in calling out a party; the campaign of a named group; a state that was a target is no voice', () => {
  assert.deepEqual(
    claims('The FCDO said that the United States, Canada and Germany were joining the UK in calling out the GRU.'),
    [
      'United States Government > GRU',
      'Government of Canada > GRU',
      'Government of Germany > GRU',
      'Government of the United Kingdom > GRU',
    ],
  )
  assert.deepEqual(
    claims(
      'Germany was also a target of the long-running espionage campaign of the Russian hacking group Voodoo Bear, the BfV and the BSI said on Monday.',
    ),
    [
      'Federal Office for the Protection of the Constitution > Sandworm',
      'Federal Office for Information Security > Sandworm',
    ],
  )
  // The operation of servers and a campaign of disinformation name no doer.
  assert.deepEqual(claims('The FBI said the operation of the servers in Germany was stopped.'), [])
})

test('"never engage in cyber theft", "does not engage in hacker attacks" and mocking the accusation are denials', () => {
  const deniers = (text: string) => extractFromText(text, { matcher }).denials.map((d) => d.denier.name)
  assert.deepEqual(
    deniers(
      'The FBI blamed the Chinese government. A spokesman said the Chinese government and its military never engage in the cyber theft of trade secrets.',
    ),
    ['PRC Government'],
  )
  assert.deepEqual(
    deniers('Denmark accused Russia. Kremlin spokesman Dmitry Peskov said Russia does not engage in hacker attacks.'),
    ['Russian Government'],
  )
  assert.deepEqual(
    deniers('The NCSC blamed Russia. The Russian embassy in Rome replied on social media by mocking the accusation.'),
    ['Russian embassy in Rome'],
  )
  // What an accuser says an actor never does is no denial.
  assert.deepEqual(deniers('The NCSC said Sandworm never engages in attacks without orders from the GRU.'), [])
})

test('a name no gazetteer knows, opening a sentence before "said", is an organisation that speaks; offices and common openers are not', () => {
  assert.deepEqual(claims('Quorvex said the breach was carried out by Kimsuky.'), ['Quorvex > Kimsuky'])
  assert.deepEqual(claims('Brightline Security said the intrusions were the work of Voodoo Bear.'), [
    'Brightline Security > Sandworm',
  ])
  assert.deepEqual(claims('Officials said the breach was carried out by Kimsuky.'), [])
  assert.deepEqual(claims('Defence Secretary said the breach was carried out by Kimsuky.'), [])
})
