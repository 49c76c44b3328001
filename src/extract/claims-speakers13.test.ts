import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extractFromText } from './index.ts'
import { testMatcher } from './test-matcher.ts'

// Rules written in session 13 from the opened check sets (4-27), each tested on our own sentences about other events.
const matcher = testMatcher([
  ['APT33', 'APT33', 'Peach Sandstorm', 'Elfin'],
  ['Lazarus Group', 'Lazarus Group', 'Lazarus'],
])

// A group with an alias of its own, for the activity and apposition tests.
const apt38 = testMatcher([['APT38', 'APT38', 'BlueNoroff']])
function claimsOf(text: string): string[] {
  return extractFromText(text, { matcher: apt38 }).attributions.map(
    (a) => `${a.attributor.name} > ${a.attributed.name}`,
  )
}

function claims(text: string, publisher?: string): string[] {
  return extractFromText(text, { matcher, ...(publisher ? { publisher } : {}) }).attributions.map(
    (a) => `${a.attributor.name} > ${a.attributed.name}${a.confidence ? ` (${a.confidence.term})` : ''}`,
  )
}

test('a speaker who says what a named actor did ("gained access", "has been spying on", "deployed") claims it', () => {
  assert.deepEqual(
    claims(
      'Mandiant said the group, which it tracks as Peach Sandstorm, gained access to the mail servers of two ministries.',
    ),
    ['Mandiant > APT33'],
  )
  assert.deepEqual(
    claims('Kaspersky says Lazarus has been spying on defence contractors in Europe since at least 2021.'),
    ['Kaspersky > Lazarus Group'],
  )
  assert.deepEqual(claims('The FBI said APT33 deployed a wiper against two hospitals in Ohio.'), ['FBI > APT33'])
})

test('the text\'s own voice telling how an actor worked ("The operators gained access …") makes no new claim', () => {
  // The vendor's hedged judgement is its claim; the description of the intrusion that follows is no flat second one.
  assert.deepEqual(
    claims(
      'We assess with moderate confidence that this activity is APT33. The operators gained access through unpatched VPN appliances and deployed a web shell.',
      'Harrowgate Labs',
    ),
    ['Harrowgate Labs > APT33 (moderate)'],
  )
})

test('a group a naming phrase names in a sentence about an attack is an actor, at each use of its name', () => {
  const actors = (text: string) => extractFromText(text, { matcher }).actors.map((a) => a.mention)
  assert.deepEqual(
    actors(
      'Asked who had attacked the lab, the minister said it was a group of cybercriminals who call themselves Vantablack. Vantablack has not commented.',
    ),
    ['Vantablack', 'Vantablack'],
  )
  assert.deepEqual(actors('The agency said a group known as Ironhollow was behind the breach of the port.'), [
    'Ironhollow',
  ])
  // (A company group named the same way, in a sentence about no attack, is no actor.)
  assert.deepEqual(actors('The hotels belong to a group known as Meridian, which was sold in 2019.'), [])
})

test('examples of groups a description says hack ("pro-Serbian groups such as X") are actors', () => {
  const actors = (text: string) => extractFromText(text, { matcher }).actors.map((a) => a.mention)
  assert.deepEqual(
    actors(
      'Hacktivists knocked the sites offline. Pro-Serbian groups such as Drina Wolves and Kosava Team claimed the attacks.',
    ),
    ['Drina Wolves', 'Kosava Team'],
  )
  assert.deepEqual(
    actors('Gangs operate from Belarus, where groups such as Vantablack are free to launch ransomware attacks.'),
    ['Vantablack'],
  )
  // (Groups of another kind are no actors: "civil society groups such as Access Now".)
  assert.deepEqual(actors('Civil society groups such as Access Now criticised the bill on hacking powers.'), [])
})

test("a measure on a person names the person, not the group the person's apposition says they lead", () => {
  const text =
    'Gangs operate from Belarus, where groups such as Vantablack are free to launch ransomware attacks. ' +
    "The Treasury Department's Office of Foreign Assets Control (OFAC) designated Pavel Ivanovich Sorokin, a Belarusian national and a leader of the Vantablack group, for his role in developing Vantablack ransomware. " +
    "The Justice Department's indictment charges Sorokin, also known as VantaBoss, Vantablack and kotik, with extortion."
  const r = extractFromText(text, { matcher })
  // (His handles, one of them his group's name, make him no actor.)
  assert.deepEqual(
    r.actors.map((a) => a.mention),
    ['Vantablack', 'Vantablack', 'Vantablack', 'Vantablack'],
  )
  assert.deepEqual(
    r.attributions.map((a) => `${a.attributor.name} > ${a.attributed.name}`),
    [
      'US Department of the Treasury > Pavel Ivanovich Sorokin',
      'Office of Foreign Assets Control > Pavel Ivanovich Sorokin',
      'US Department of Justice > Pavel Ivanovich Sorokin',
    ],
  )
})

test('the groups a list after "groups:" or "namely" names (names of up to three words) are actors', () => {
  const actors = (text: string) => extractFromText(text, { matcher }).actors.map((a) => a.mention)
  assert.deepEqual(
    actors(
      'The state police cyber wing named four hacktivist groups: Team Insane PK, Sylhet Gang, Dark Storm Team and Kerala Cyber Xtractors.',
    ),
    ['Team Insane PK', 'Sylhet Gang', 'Dark Storm Team', 'Kerala Cyber Xtractors'],
  )
})

test('the parties a measure names after a copula ("The sanctioned companies are A and B") are its parties', () => {
  assert.deepEqual(
    claims(
      'The United Kingdom today sanctioned two companies that hosted the servers. The sanctioned companies are Aurora Trading Ltd and Borealis Systems Ltd.',
    ),
    [
      'Government of the United Kingdom > Aurora Trading Ltd',
      'Government of the United Kingdom > Borealis Systems Ltd.',
    ],
  )
})

test('organisations with two heads, a "Service" inside the name, an agency "Administration", hospitals and academies', () => {
  const orgs = (text: string) => extractFromText(text, { matcher }).orgs.map((o) => o.name)
  assert.deepEqual(orgs('The Tokyo Metropolitan Police Department arrested him.'), [
    'Tokyo Metropolitan Police Department',
  ])
  assert.deepEqual(orgs('The National Time Service Center said its clocks were safe.'), [
    'National Time Service Center',
  ])
  assert.deepEqual(orgs('The Federal Aviation Administration said flights resumed.'), [
    'Federal Aviation Administration',
  ])
  assert.deepEqual(
    orgs("Researchers at the Brookings Institution, King's College Hospital and the Chinese Academy of Sciences said."),
    ['Brookings Institution', "King's College Hospital", 'Chinese Academy of Sciences'],
  )
  assert.deepEqual(orgs('Officers of the New York Police Department said the attack was over.'), [
    'New York Police Department',
  ])
  // (A president's administration is no organisation; nor is a product's service.)
  assert.deepEqual(orgs('The Biden Administration said the Exchange Web Service was patched.'), [])
})

test('people named without a title by given names the lexicon now holds', () => {
  const people = (text: string) => extractFromText(text, { matcher }).people.map((p) => p.name)
  assert.deepEqual(
    people(
      'Tuomas Virtanen, Rasmus Jensen and Catalin Popescu ran the servers, while Yevheniia Kovalenko paid for them.',
    ),
    ['Tuomas Virtanen', 'Rasmus Jensen', 'Catalin Popescu', 'Yevheniia Kovalenko'],
  )
})

test('railways, airlines, airports and air traffic control name their sectors', () => {
  const sectors = (text: string) => extractFromText(text, { matcher }).sectors.map((s) => s.sector)
  assert.deepEqual(sectors('The hackers hit the national railway operator.'), ['transportation'])
  assert.deepEqual(sectors('APT33 attacked the air traffic control system and an airline.'), ['aviation', 'aviation'])
})

test('a research centre, a state-owned bank, a missile maker and power grids name their sectors', () => {
  const sectors = (text: string) => extractFromText(text, { matcher }).sectors.map((s) => s.sector)
  assert.deepEqual(sectors('APT33 hacked a research center in Shiraz and a state-owned bank.'), [
    'research',
    'financial services',
  ])
  assert.deepEqual(sectors('APT33 breached a missile maker and targeted power grids.'), ['defense', 'energy'])
})

test("a body's name ending in its head or a portfolio's noun is no person", () => {
  const people = (text: string) => extractFromText(text, { matcher }).people.map((p) => p.name)
  assert.deepEqual(
    people(
      "Assistant Director Marek Nowak of the FBI's Counterintelligence Division said FBI investigations continue.",
    ),
    ['Marek Nowak'],
  )
  assert.deepEqual(people('The Minister of Digital Affairs, Gabrielius Landsbergis, has informed the embassy.'), [
    'Gabrielius Landsbergis',
  ])
  assert.deepEqual(
    people('Britain has sanctioned Sahel Initiative, a Russian-backed organisation that runs information operations.'),
    [],
  )
})

test('a place after "District of" before "said" is no person', () => {
  const people = (text: string) => extractFromText(text, { matcher }).people.map((p) => p.name)
  assert.deepEqual(
    people('U.S. Attorney Rachel Lindqvist for the Eastern District of New York said that the men were charged.'),
    ['Rachel Lindqvist'],
  )
})

test('a company an apposition calls an exchange, a bank or an airline, or a messaging app, is an organisation', () => {
  const orgs = (text: string) => extractFromText(text, { matcher }).orgs.map((o) => o.name)
  assert.deepEqual(orgs('Hackers stole funds from Kestrix, a Georgian cryptocurrency exchange.'), ['Kestrix'])
  assert.deepEqual(orgs("The attack hit Tavrida, Armenia's largest private bank."), ['Tavrida'])
  assert.deepEqual(orgs('Users of the messaging app Chatterly were affected.'), ['Chatterly'])
})

test('a hacking unit, team or cell a state adjective describes is the group; the adjective only describes it', () => {
  // (Session 13 also read the adjective as a claim about the state; session 20 drops that reading, which across all
  // opened sets removed 7 false claims and one true one.)
  assert.deepEqual(claimsOf('The FBI said APT38, a North Korean military hacking unit, stole $100 million.'), [
    'FBI > APT38',
  ])
  // A unit the adjective describes with no name of its own stays the state's.
  assert.deepEqual(claimsOf('The FBI said a North Korean military hacking unit stole $100 million.'), [
    'FBI > North Korean Government',
  ])
})

test('"aimed its lure at" and "went after" are what a named group did; an alias list may end in "or"', () => {
  assert.deepEqual(
    claimsOf('Mandiant said the group, known as APT38 or BlueNoroff, aimed its lure at diplomats in Kyiv.'),
    ['Mandiant > APT38'],
  )
  assert.deepEqual(claimsOf('The FBI said BlueNoroff went after election infrastructure.'), ['FBI > APT38'])
})
