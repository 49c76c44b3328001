import assert from 'node:assert/strict'
import { test } from 'node:test'
import { findCampaigns } from './entities.ts'
import { extractFromText } from './extract.ts'
import { testMatcher } from './test-matcher.ts'

const names = (text: string) => findCampaigns(text, [], []).map((c) => c.name)

test('a description ends where its noun phrase does', () => {
  assert.deepEqual(names('The premier called the attack on Estonia irresponsible and promised a response.'), [
    'the attack on Estonia',
  ])
  // (With its article: a bare plural aimed at a class is activity in general, see entities-c-campaigns.test.ts.)
  assert.deepEqual(names('The charges concern the ransomware attacks on Irish clinics and the sale of stolen data.'), [
    'the ransomware attacks on Irish clinics',
  ])
  assert.deepEqual(names('Its espionage against Mongolia grew sharply last year.'), ['espionage against Mongolia'])
  // A line break ends it too (a heading after a paragraph).
  assert.deepEqual(names('They stepped up the operations against Laos\n\nNew findings'), [
    'the operations against Laos',
  ])
})

test('a description goes on across a list of modifiers and through capitalised names', () => {
  assert.deepEqual(names('The gains paid for the intrusions into energy, media and government targets worldwide.'), [
    'the intrusions into energy, media and government targets worldwide',
  ])
  assert.deepEqual(
    names(
      'Four officers joined the attempted cyberattack on the Organisation for Security and Co-operation in Europe (OSCE).',
    ),
    ['the attempted cyberattack on the Organisation for Security and Co-operation in Europe (OSCE)'],
  )
  assert.deepEqual(names('It ran an operation last year against the Green Party (GP) in Austria.'), [
    'an operation last year against the Green Party (GP) in Austria',
  ])
})

test('activity in general and descriptions of a named campaign are no campaign of their own', () => {
  assert.deepEqual(names('Two groups ran campaigns against entities in countries near the Baltic Sea.'), [])
  assert.deepEqual(names('It conducted a range of espionage operations against Kenya.'), [])
  assert.deepEqual(names('The crew ran a phishing campaign targeting various industries.'), [])
  assert.deepEqual(names('Beijing is blamed for Operation Night Dragon, a series of intrusions into oil companies.'), [
    'Operation Night Dragon',
  ])
  assert.deepEqual(names('It supports operations on encrypted data.'), [])
})

test('incidents named by their malware, by their victim, or in the passive', () => {
  assert.deepEqual(names('Moscow faces sanctions for BadRabbit, and Pyongyang was punished over WannaCry.'), [
    'BadRabbit',
    'WannaCry',
  ])
  assert.deepEqual(names('The Kaseya outbreak and the Colonial Pipeline ransomware attack were cited.'), [
    'The Kaseya outbreak',
    'the Colonial Pipeline ransomware attack',
  ])
  assert.deepEqual(names('Officials said that regional hospitals had been hit by cyberattacks.'), [
    'regional hospitals had been hit by cyberattacks',
  ])
  assert.deepEqual(names('We tracked a smishing wave and a phishing campaign that reached 40 banks in Peru.'), [
    'a phishing campaign that reached 40 banks in Peru',
  ])
  // Named only by the attacker's nationality: no incident.
  assert.deepEqual(names('The Iranian attack was condemned.'), [])
})

test('incidents delimited by what was taken, by their date, or by their event and year', () => {
  const names = (t: string) => findCampaigns(t, [], []).map((c) => c.name)
  assert.deepEqual(names('The charges cover the theft of $45 million from Banco Andino in March 2019.'), [
    'the theft of $45 million from Banco Andino in March 2019',
  ])
  assert.deepEqual(names('They laundered the $3.2 million taken from Kestrel Pay in May 2021.'), [
    'the $3.2 million taken from Kestrel Pay in May 2021',
  ])
  assert.deepEqual(names('Police said the October 2021 attack was the work of the group.'), ['the October 2021 attack'])
  assert.deepEqual(names('The 3 May break-in into the mail servers of the Riksdag was serious.'), [
    'The 3 May break-in into the mail servers of the Riksdag',
  ])
  assert.deepEqual(names('The group meddled in the 2022 Swedish general elections.'), [
    'the 2022 Swedish general elections',
  ])
  // A date alone, or a theft of credentials, is no incident.
  assert.deepEqual(names('In March 2019 the group stole credentials from users.'), [])
})

test('campaigns named in quotes, in a research headline, by a malware attack and year, or by a theft worth a sum', () => {
  const names = (t: string) => findCampaigns(t, [], []).map((c) => c.name)
  assert.deepEqual(names('Officials said the intrusions are part of the "Silent Harbor" campaign.'), ['Silent Harbor'])
  assert.deepEqual(names('Pale Kestrel: an APT34 cluster returns to telecom targets\n\nBody text.'), ['Pale Kestrel'])
  assert.deepEqual(names('The group was involved in the BadRabbit 2.1 ransomware attack of 2018.'), [
    'the BadRabbit 2.1 ransomware attack of 2018',
  ])
  assert.deepEqual(names('Police tied the group to the theft of cryptocurrency worth $41 million.'), [
    'the theft of cryptocurrency worth $41 million',
  ])
  // A headline that names no campaign is none.
  assert.deepEqual(names('Budget Talks: ministers meet again on Friday\n\nBody text.'), [])
})

test('a wave or campaign "that we call X" names a campaign; a group so called does not', () => {
  const names = (t: string) => extractFromText(t).campaigns.map((c) => c.name)
  assert.deepEqual(
    names('In May we observed a phishing wave against port operators in Chile that we call Saltmarsh.'),
    ['Saltmarsh'],
  )
  assert.deepEqual(names('We observed a group that we call Saltmarsh.'), [])
})

test("a wave in apposition to the name the report gives it is the campaign under that name, also a cluster's", () => {
  // The cluster's name is an actor too (a coined name the text tracks), which does not stop the wave from being named.
  const names = (t: string) =>
    extractFromText(t, { matcher: testMatcher([['Heronsgate', 'Heronsgate']]) }).campaigns.map((c) => c.name)
  assert.deepEqual(
    names('Since March we have tracked a phishing wave, which we call Heronsgate, aimed at port authorities in Peru.'),
    ['Heronsgate phishing wave'],
  )
  assert.deepEqual(
    names(
      'In 2025 we followed a cluster of credential-theft activity, which we track as Heronsgate, against ministries.',
    ),
    ['Heronsgate cluster of credential-theft activity'],
  )
})

test('an incident whose victim has its short form in brackets is still named ("the 2016 hack of … (DNC)")', () => {
  assert.deepEqual(names('Russia was blamed for the 2016 hack of the Democratic National Committee (DNC).'), [
    'the 2016 hack of the Democratic National Committee (DNC)',
  ])
})

test('an attempt on a named victim or in a given year is an incident; a generic one or an effort to disrupt is none', () => {
  assert.deepEqual(names('The attempts to hack the phone of Marta Ruiz were the work of a foreign government.'), [
    'attempts to hack the phone of Marta Ruiz',
  ])
  assert.deepEqual(names('Officials tied Iran to an attempt to disrupt the national grid operator in 2021.'), [
    'attempt to disrupt the national grid operator in 2021',
  ])
  assert.deepEqual(names('The FBI led efforts to disrupt the botnets behind the fraud.'), [])
})

test('a dated attack a party is blamed for is an incident; "blamed the attack on X" names the party blamed', () => {
  assert.deepEqual(names('The group has been blamed for a 2014 cyberattack on Sony Pictures.'), [
    'a 2014 cyberattack on Sony Pictures',
  ])
  assert.deepEqual(names('Officials blamed the attack on Israel.'), [])
})

test('a malware family with its month and year is an incident, the family alone is none', () => {
  assert.deepEqual(names('The centre blamed the GRU for the BadRabbit ransomware of October 2017.'), [
    'the BadRabbit ransomware of October 2017',
  ])
  assert.deepEqual(names('The WannaCry ransomware encrypts files.'), [])
})

test('a theft by its date, what was taken and its named victim is an incident', () => {
  assert.deepEqual(
    names('The agency blamed the theft in May 2019 of staff e-mails from the International Olympic Committee (IOC).'),
    ['the theft in May 2019 of staff e-mails from the International Olympic Committee (IOC)'],
  )
  assert.deepEqual(names('The theft in 2020 of credentials is common.'), [])
})

test('a scandal named with "-gate" is a campaign where the text calls it so or calls it a scandal', () => {
  assert.deepEqual(names('The affair, dubbed SpyGate, broke in May.'), ['SpyGate'])
  assert.deepEqual(names('The Pegasus-gate scandal reached parliament.'), ['Pegasus-gate'])
  assert.deepEqual(names('Colgate reported profits; the Harrogate office closed.'), [])
})
