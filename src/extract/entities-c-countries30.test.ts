// Targeted countries, session 30: victims named with an article after the act, in the passive after a state body,
// as what was taken from, and victims that operate ports or networks. Our own sentences, not the development texts.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { SECTOR_NEEDS_OBJECT, SECTOR_PHRASES } from './entities-b-sectors.ts'
import { extractFromText } from './extract.ts'

const targeted = (t: string) => [...new Set(extractFromText(t).countriesTargeted.map((c) => c.country))]

test('an adjective after an act and an article or a count names the victim', () => {
  assert.deepEqual(targeted('Prosecutors accused the group of breaking into a Danish SMS operator in 2023.'), [
    'Denmark',
  ])
  assert.deepEqual(targeted('The crew hacked two Chilean water utilities last spring.'), ['Chile'])
  assert.deepEqual(targeted('A later burst of messages sent in May to a Portuguese border police unit reused it.'), [
    'Portugal',
  ])
  assert.deepEqual(targeted('A wiper incident at a Qatari shipping agent in April used similar lures.'), ['Qatar'])
  // Not the attackers' own machines, not a place read after "in a" or "on a", not the attackers themselves.
  assert.deepEqual(targeted('The stolen files were sent to a Russian server the crew rented.'), [])
  assert.deepEqual(targeted('The phishing kit was sold in a Russian-language forum.'), [])
  assert.deepEqual(targeted('The hackers attacked a Chilean hacker group that had leaked their tools.'), [])
})

test('a state body named before a passive act, or as what was taken from, is a victim', () => {
  assert.deepEqual(targeted("Norway's foreign ministry hit by serious cyberattack, state actor suspected"), ['Norway'])
  assert.deepEqual(targeted("Hackers took trade data from Kenya's foreign ministry, sources say."), ['Kenya'])
  assert.deepEqual(targeted('The intruders stole $2 million from Bolivia over three nights.'), ['Bolivia'])
  // An active verb after the body makes it the actor, not the victim.
  assert.deepEqual(targeted("Norway's foreign ministry hit back at the hackers' claims."), [])
})

test('operators of ports or networks named "in" a country are victims, hackers based there are not', () => {
  assert.deepEqual(targeted('We tracked a phishing operation against port operators in Ghana and Senegal.'), [
    'Ghana',
    'Senegal',
  ])
  assert.deepEqual(targeted('The campaign targeted two telecommunications operators in Peru and Bolivia.'), [
    'Peru',
    'Bolivia',
  ])
  assert.deepEqual(targeted('The ransomware attacks came from operators in Russia, the report said.'), [])
})

const sectors = (t: string) => [...new Set(extractFromText(t).sectors.map((s) => s.sector))].sort()

test('ministries of foreign affairs and of defence are also of the diplomatic and the defence sector', () => {
  assert.deepEqual(sectors('The group targeted foreign ministries across Central Asia.'), ['diplomatic', 'government'])
  assert.deepEqual(
    sectors('The lures went out to ministries of foreign affairs in Africa and were used against them.'),
    ['diplomatic', 'government'],
  )
  assert.deepEqual(sectors('The hackers breached the Ministry of Defence and stole documents.'), [
    'defense',
    'government',
  ])
  // Other ministries name the government only.
  assert.deepEqual(sectors('The hackers breached the Ministry of Finance and stole documents.'), ['government'])
})

test('sector words for one body or for activists name a target only as the object of an act', () => {
  assert.deepEqual(sectors('The crew hacked a port operator in Ghana, then broke into a retailer in Peru.'), [
    'maritime',
    'retail',
  ])
  assert.deepEqual(sectors('Phishing lures reached human rights activists and mobile carriers.'), [
    'civil society',
    'telecommunications',
  ])
  assert.deepEqual(sectors('The spyware was used against activists in three countries.'), ['civil society'])
  // The same words as speakers or bystanders.
  assert.deepEqual(sectors('The port operator said the ransomware attack had been contained.'), [])
  assert.deepEqual(sectors('Activists said the hacking campaign was unprecedented.'), [])
})

test('every sector phrase that needs an object is a sector phrase', () => {
  assert.deepEqual(
    [...SECTOR_NEEDS_OBJECT].filter((p) => !SECTOR_PHRASES.has(p)),
    [],
  )
})

test('a company named after "hotel group", "hotel chain" or "start-up" is an organisation', () => {
  const orgs = (t: string) => extractFromText(t).orgs.map((o) => o.name)
  assert.deepEqual(orgs('Hackers breached the Spanish hotel group Meliora last year.'), ['Meliora'])
  assert.deepEqual(orgs('The Chinese AI start-up Qinglan was flagged by the agency.'), ['Qinglan'])
})
