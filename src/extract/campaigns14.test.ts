// Session 14 campaign forms, on sentences written for these tests (not taken from the annotated sets).
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extractFromText } from './extract.ts'

const names = (t: string) => extractFromText(t).campaigns.map((c) => c.name)

test('a named campaign with its kind between name and "campaign", and a named operation', () => {
  assert.deepEqual(names('Analysts linked the Nightjar spear-phishing campaign to the group.'), [
    'the Nightjar spear-phishing campaign',
  ])
  assert.deepEqual(names('Investigators tied the Silverline operation to Russian intelligence.'), [
    'the Silverline operation',
  ])
  // A capitalised adjective at a sentence start is no name.
  assert.deepEqual(names('Global operation dismantles a botnet.'), [])
  assert.deepEqual(names('The vendor has named the campaign BlueHarbor.'), ['BlueHarbor'])
})

test('a wave against a victim, and a campaign directed against one', () => {
  assert.deepEqual(
    names(
      'We also saw a separate credential-phishing wave against Estonian port authorities in April 2025, which used new lures.',
    ),
    ['a separate credential-phishing wave against Estonian port authorities in April 2025'],
  )
  assert.deepEqual(
    names(
      'Officials said an earlier, smaller wave against Slovak customs officers in March 2025 used the same server.',
    ),
    ['smaller wave against Slovak customs officers in March 2025'],
  )
  assert.deepEqual(
    names('The bloc condemned the malicious cyber campaign directed against the Slovak Ministry of Interior.'),
    ['the malicious cyber campaign directed against the Slovak Ministry of Interior'],
  )
  assert.deepEqual(names('The agency issued a warning on cyber espionage against exiled journalists in Austria.'), [
    'cyber espionage against exiled journalists in Austria',
  ])
})

test('attacks on a state are one campaign when a year or "a series of" delimits them', () => {
  assert.deepEqual(names('Prosecutors said the men took part in cyber-attacks on Latvia in 2019.'), [
    'cyber-attacks on Latvia in 2019',
  ])
  assert.deepEqual(names('The sanctions cover cyberattacks against Moldova in March 2024, the ministry said.'), [
    'cyberattacks against Moldova in March 2024',
  ])
  assert.deepEqual(names('The officers are responsible for a series of intrusions into Lithuanian ministries.'), [
    'intrusions into Lithuanian ministries',
  ])
  assert.deepEqual(names('The group runs intrusions into Lithuanian ministries.'), [])
})

test('a party blamed, a count, a date or a pronoun after "attack on" is no victim; a count after a wave is', () => {
  assert.deepEqual(names('Tehran blamed the attack on Israel and the United States.'), [])
  assert.deepEqual(names('The gang claimed attacks on at least 50 organizations last month.'), [])
  assert.deepEqual(names('The firm saw the first wave of attacks on October 6.'), [])
  assert.deepEqual(names('We tracked a phishing wave against at least 12 ministries.'), [
    'a phishing wave against at least 12 ministries',
  ])
})

test('kinds of system, headline prepositions, election campaigns and intrusion sets are no campaigns', () => {
  assert.deepEqual(names('Staff described a major IT incident at the hospital.'), [])
  assert.deepEqual(names('The indictment covers a Hack-and-Leak Operation Aimed at the Election.'), [])
  assert.deepEqual(names('He met Trump campaign officials twice.'), [])
  assert.deepEqual(names('The operation is run by the APT31 intrusion set.'), [])
  assert.deepEqual(names('A breach of the shipping firm Maersk Line was disclosed on Friday.'), [
    'A breach of the shipping firm Maersk Line',
  ])
})

test('an IT worker scheme, and thefts listed by sum and victim, are campaigns', () => {
  assert.deepEqual(
    names('Prosecutors charged two men over a Belarus-based IT worker scheme that funnelled wages to Pyongyang.'),
    ['Belarus-based IT worker scheme'],
  )
  assert.deepEqual(
    names('Thefts blamed on the group included $12 million from Acme Exchange and $4.5 million from Borealis Wallet.'),
    ['$12 million from Acme Exchange', '$4.5 million from Borealis Wallet'],
  )
  assert.deepEqual(names('Police linked the gang to the $30 million heist from the lending platform Orbital.'), [
    'the $30 million heist from the lending platform Orbital',
  ])
  // A sum from a name without a theft is no campaign.
  assert.deepEqual(names('The company raised $12 million from Sequoia Capital.'), [])
})

test('a campaign of an activity and hybrid campaigns are campaigns; a group\'s own "campaign of" activity is not', () => {
  assert.deepEqual(
    names('Ministers condemned a sustained campaign of malicious cyber activity against ports in the Baltic.'),
    ['a sustained campaign of malicious cyber activity against ports in the Baltic'],
  )
  assert.deepEqual(
    names(
      'Allies exposed a campaign of malicious cyber activity by the agency, the SVR, against Nordic shipping firms.',
    ),
    ['a campaign of malicious cyber activity against Nordic shipping firms'],
  )
  assert.deepEqual(names("The Council denounced Moscow's persistent hybrid campaigns against its neighbours."), [
    "Moscow's persistent hybrid campaigns",
  ])
  assert.deepEqual(names('Its campaign of malicious activity continues.'), [])
})

test('law enforcement\'s operation is no campaign ("an FBI-led operation in September")', () => {
  assert.deepEqual(
    extractFromText('The designation follows an FBI-led operation in September 2024 that took down a botnet.')
      .campaigns,
    [],
  )
})

test('a burst of activity counted apart ("a smaller set of lures sent to …", "a second wave of attacks") is a campaign', () => {
  assert.deepEqual(
    names(
      'A smaller set of lures sent to a ferry operator in Estonia in May 2026 probably belongs to the same cluster.',
    ),
    ['A smaller set of lures sent to a ferry operator in Estonia'],
  )
  assert.deepEqual(names('Defenders then saw a second wave of attacks against the port authority.'), [
    'a second wave of attacks against the port authority',
  ])
  assert.deepEqual(names('We saw a set of spear-phishing messages.'), ['a set of spear-phishing messages'])
  // Attacks spoken of in general are no burst of their own.
  assert.deepEqual(names('The country has faced a series of cyberattacks in recent years.'), [])
})

test('activity a report names ("an operation, which we call X") is a campaign by that name; a bare cluster is none', () => {
  assert.deepEqual(
    names('Since March we have tracked a spear-phishing operation, which we call KX-Cluster-3, against port agents.'),
    ['KX-Cluster-3'],
  )
  assert.deepEqual(names('This report covers an intrusion set we call KX-Set-9.'), ['KX-Set-9'])
  assert.deepEqual(names('We tracked a phishing campaign, which we call Operation Saltmarsh, against ministries.'), [
    'Operation Saltmarsh',
  ])
  assert.deepEqual(names('We first saw this cluster, which we track as KX-Cluster-4, in May.'), [])
})

test("no campaign cut out of a number, nor a candidate's election campaign", () => {
  assert.deepEqual(
    names('The FBI estimated that more than 1,000 victims had been hit by attacks linked to the gang.'),
    [],
  )
  assert.deepEqual(names('Its targets included staff of the Jane Doe for President campaign and two think tanks.'), [])
})
