import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extractFromText } from './index.ts'
import { testMatcher } from './test-matcher.ts'

// Rules written in session 17 from the opened check sets (check40-42), each tested on our own sentences about other
// events.
const matcher = testMatcher([
  ['APT28', 'APT28', 'Fancy Bear'],
  ['Kimsuky', 'Kimsuky', 'Velvet Chollima'],
])

function claims(text: string): string[] {
  return extractFromText(text, { matcher }).attributions.map((a) => `${a.attributor.name} > ${a.attributed.name}`)
}
function actors(text: string): string[] {
  return [...new Set(extractFromText(text, { matcher }).actors.map((a) => a.canonical ?? a.mention))]
}

test('a name in apposition to "the … group" is a hacking group, as after "a … group"', () => {
  const text =
    'The Peruvian government confirmed that the attack was the work of Zorbax, the Russian-speaking ransomware group that had claimed it.'
  assert.deepEqual(actors(text), ['Zorbax'])
  assert.deepEqual(claims(text), ['Government of Peru > Zorbax'])
  // Not a trade the apposition gives: a company, a software family.
  assert.deepEqual(actors('The breach hit Tellurion, the Lisbon-based logistics group that runs the port.'), [])
  assert.deepEqual(actors('Analysts studied Qrypt, the loader family that the gang sold.'), [])
})

test('a news outlet the gazetteer knows speaks as an organisation, not as a person', () => {
  const x = extractFromText('Computer Weekly said the Qilin ransomware gang was behind the attack on the council.', {
    matcher,
  })
  assert.deepEqual(
    x.people.map((p) => p.name),
    [],
  )
  assert.deepEqual(
    x.attributions.map((a) => `${a.attributor.name} > ${a.attributed.name}`),
    ['Computer Weekly > Qilin'],
  )
})

function campaigns(text: string): string[] {
  return extractFromText(text, { matcher }).campaigns.map((c) => c.name)
}

test('an attack told by what it disrupted or knocked out, delimited at a line break and at a verb', () => {
  assert.deepEqual(
    campaigns("The cyberattack that disrupted Peru's port system on 3 May was the work of a group called Zorbax."),
    ["The cyberattack that disrupted Peru's port system on 3 May"],
  )
  // A dateline's date on the line before is no modifier of the attack.
  assert.deepEqual(
    campaigns(
      'LIMA, 4 May 2024\n\nThe cyberattack that knocked out the booking systems of Peru Rail used known tools.',
    ),
    ['The cyberattack that knocked out the booking systems of Peru Rail'],
  )
  // An irregular past tense ends the victim's name.
  assert.deepEqual(campaigns('Lima: attack on Peru Rail bore hallmarks of a foreign service'), ['attack on Peru Rail'])
})

test('the hack of a named body account, website or network is an incident', () => {
  assert.deepEqual(campaigns('The ministry condemned the hacking of the X account of the Chilean Navy (Armada).'), [
    'the hacking of the X account of the Chilean Navy (Armada)',
  ])
  // Not a class of thing: no name.
  assert.deepEqual(campaigns('The ministry condemned the hacking of social media accounts.'), [])
})

test('activity against unnamed victims is an incident when a year delimits it', () => {
  assert.deepEqual(
    campaigns('Kestrel said the group was also behind attacks on multiple Peruvian companies in 2021.'),
    ['attacks on multiple Peruvian companies in 2021'],
  )
  assert.deepEqual(campaigns('Kestrel said the group was also behind attacks on multiple Peruvian companies.'), [])
})

test('states whose agencies are listed as publishing a joint advisory are co-signers', () => {
  const x = extractFromText(
    'Cyber security agencies in Peru, Chile and the Netherlands published joint advisories on Tuesday about two spyware families used against activists.',
    { matcher },
  )
  assert.deepEqual(
    x.cosigners.map((c) => c.name),
    ['Government of Peru', 'Government of Chile', 'Government of the Netherlands'],
  )
  // Without a joint publication, agencies of states are no co-signers.
  assert.deepEqual(
    extractFromText('Cyber security agencies in Peru and Chile have warned of spyware used against activists.', {
      matcher,
    }).cosigners,
    [],
  )
})

test('security researchers named as a body attribute under the words that describe them', () => {
  assert.deepEqual(claims('Security researchers have attributed the Zorbax spyware to Kimsuky.'), [
    'security researchers > Kimsuky',
  ])
  // Not when they only name a group under other names, nor researchers at a named firm.
  assert.deepEqual(
    claims('Cybersecurity researchers have identified the group under other names, such as Kimsuky.'),
    [],
  )
})

test('the groups a finding lists after a colon, as "groups behind the intrusions: A, B and C"', () => {
  assert.deepEqual(
    claims(
      'The Investigation Bureau identified two groups behind the intrusions, which started in 2019: APT28 and Kimsuky.',
    ),
    ['Investigation Bureau > APT28', 'Investigation Bureau > Kimsuky'],
  )
  // The wording is the cue's opening words, not its ends across the clause.
  const x = extractFromText(
    'The Investigation Bureau identified two groups behind the intrusions, which began in 2019: APT28 and Kimsuky.',
    {
      matcher,
    },
  )
  assert.deepEqual(
    x.attributions.map((a) => a.confidenceText),
    ['groups behind', 'groups behind'],
  )
})

test('an unnamed government source or official speaks under the words that describe it', () => {
  assert.deepEqual(
    claims(
      'One government source told Reuters there was a high degree of confidence that Russia was behind the attacks.',
    ),
    ['government source > Russian Government'],
  )
  // A state's own official is its government, found as such.
  assert.deepEqual(claims('A U.S. official said Russia was behind the attacks.'), [
    'United States Government > Russian Government',
  ])
})

test('a hyphenated "EU-sanctioned" and a charge against a state by its name are no measures on the state', () => {
  assert.deepEqual(
    claims("She said the ban on the transit of EU-sanctioned goods to Russia's Kaliningrad exclave was lawful."),
    [],
  )
  assert.deepEqual(
    claims(
      'Thai police arrested four Russians. The four face charges of conspiracy to commit an offence against the United States.',
    ),
    [],
  )
  // A charge against a named person still is one.
  assert.deepEqual(claims('Prosecutors filed charges against Dmitry Orlov, a member of APT28.'), [
    'Prosecutors > Dmitry Orlov',
    'Prosecutors > APT28',
  ])
})

test('a relative clause names its speaker and what it holds of the party before it', () => {
  assert.deepEqual(
    claims(
      "Chile's National Intelligence Agency and Germany's BfV issued a joint advisory. It names Kimsuky, which the agencies say has been phishing defence firms since 2020.",
    ).sort(),
    [
      "Chile's National Intelligence Agency > Kimsuky",
      'Federal Office for the Protection of the Constitution > Kimsuky',
    ],
  )
  assert.deepEqual(claims('Kaspersky described APT28, which the company believes has been targeting routers.'), [
    'Kaspersky > APT28',
  ])
  // A link to another party is read by the link's own cue, not as a claim about the first.
  assert.deepEqual(
    claims('Kestrel Labs described Kimsuky, which the company says has significant overlaps with APT28.'),
    [],
  )
})

function targeted(text: string): string[] {
  return extractFromText(text, { matcher }).countriesTargeted.map((c) => c.country)
}

test('countries listed as affected, and lures sent to a body in a country, name targeted countries', () => {
  assert.deepEqual(
    targeted('The indictment also names other countries affected by the campaign, including Peru, Chile and Norway.'),
    ['Peru', 'Chile', 'Norway'],
  )
  assert.deepEqual(targeted('Other countries hit by the attacks include Peru and Chile.'), ['Peru', 'Chile'])
  assert.deepEqual(
    targeted('A second set of lures, sent in May 2026 to a municipal office in Peru, used the same loader.'),
    ['Peru'],
  )
  // Where the lures were hosted is no target.
  assert.deepEqual(targeted('The lures were hosted on servers in the Netherlands.'), [])
})

function deniers(text: string): string[] {
  return extractFromText(text, { matcher }).denials.map((d) => d.denier.name)
}

test('denials: an accused group named by its name after an adverb, and "total nonsense" or "fake news"', () => {
  assert.deepEqual(
    deniers(
      'The Telegraph said the Russia-based APT28 was behind the attack on the port. APT28 initially denied involvement.',
    ),
    ['APT28'],
  )
  assert.deepEqual(
    deniers(
      "The Times reported that Russia hacked the ministry. Russia's foreign ministry called the story total nonsense.",
    ),
    ["Russia's foreign ministry"],
  )
  // No party that could deny: nothing is denied.
  assert.deepEqual(deniers('Analysts said the idea that the outage was an accident was absurd.'), [])
})

test('a civil-society body named after its trade noun is an organisation', () => {
  const orgs = (t: string) => extractFromText(t, { matcher }).orgs.map((o) => o.name)
  assert.deepEqual(orgs('Observers from the digital rights group Zetadigital said the phones were infected.'), [
    'Zetadigital',
  ])
  assert.deepEqual(orgs('The press freedom watchdog Veritas Libre said the state was behind it.'), ['Veritas Libre'])
  // A hacking group named after its trade is an actor, not an organisation.
  assert.deepEqual(orgs('The hacking group APT28 said nothing.'), [])
})

test('a cyber strike on a named state is an incident', () => {
  assert.deepEqual(
    campaigns('Officials told Reuters that the United States had carried out a cyber strike on Iran in September.'),
    ['a cyber strike on Iran'],
  )
})

test('a known body named inside a longer name is the longer name', () => {
  const orgs = (t: string) => extractFromText(t, { matcher }).orgs.map((o) => o.name)
  assert.deepEqual(orgs('The Cyber Crime Investigation Bureau arrested four people.'), [
    'Cyber Crime Investigation Bureau',
  ])
  assert.deepEqual(orgs('The Central Investigation Bureau arrested four people.'), ['Central Investigation Bureau'])
  // The known body itself.
  assert.deepEqual(orgs('The Investigation Bureau said the hackers were Chinese.'), ['Investigation Bureau'])
})

test('a group name may open with digits before a capital ("the 8Base ransomware gang"); a year before a trade is none', () => {
  const r = extractFromText(
    'Police arrested four people whom they allege belong to the 8Base ransomware gang. In 2024 ransomware gangs grew.',
    { matcher },
  )
  assert.deepEqual([...new Set(r.actors.map((a) => a.canonical))], ['8Base'])
})
