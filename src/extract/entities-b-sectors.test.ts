import assert from 'node:assert/strict'
import { test } from 'node:test'
import { findSectors } from './entities.ts'
import { sentences } from './text.ts'

const sectors = (text: string) => [...new Set(findSectors(text, sentences(text), []).map((s) => s.sector))]

test('modifiers sharing one head noun each name a sector', () => {
  assert.deepEqual(sectors('The crew breached energy, finance and government entities in Chile.'), [
    'energy',
    'financial services',
    'government',
  ])
  assert.deepEqual(sectors('Its implants were found in research, media and religious organisations.'), [])
  assert.deepEqual(sectors('The espionage hit research, media and religious organisations.'), [
    'research',
    'media',
    'religious organizations',
  ])
  assert.deepEqual(sectors('They attacked religious and other non-governmental organisations.'), [
    'religious organizations',
    'non-governmental organizations',
  ])
  // A text cut inside the list still names three sectors.
  assert.deepEqual(sectors('The wave targeted more than 30 academic, technology, government'), [
    'education',
    'technology',
    'government',
  ])
})

test('an everyday sector word with no head noun or list is no sector', () => {
  assert.deepEqual(sectors('The government said hackers attacked the network.'), [])
  assert.deepEqual(sectors('The minister and the military said hackers attacked it.'), [])
  assert.deepEqual(sectors('Police seized $9,000 in cryptocurrency after the attack.'), [])
  assert.deepEqual(sectors('Lures spread on social media platforms targeted users.'), [])
  assert.deepEqual(sectors('The attackers abused C2 communications and infrastructure.'), [])
})

test('people and bodies named by role map to their sector', () => {
  assert.deepEqual(sectors('Targets included diplomats, civil servants, reporters and charities.'), [
    'diplomatic',
    'government',
    'media',
    'non-governmental organizations',
  ])
  assert.deepEqual(sectors('The actor targeted think tanks and cloud service providers.'), [
    'think tanks',
    'cloud service providers',
  ])
  assert.deepEqual(sectors('The operators went after mobile operators and health-care providers.'), [
    'telecommunications',
    'healthcare',
  ])
})

test('a sector word inside a capitalised name is no sector', () => {
  assert.deepEqual(sectors('The ransomware attack hit Kenya Airways and Orange Telecom.'), [])
})

test('governmental, diplomatic, engineering and pharmaceutical targets, as the annotated sets name them', () => {
  assert.deepEqual(
    sectors('The crew mostly targets governmental, diplomatic, think-tank and energy organisations in Chile.'),
    ['government', 'diplomatic', 'think tanks', 'energy'],
  )
  assert.deepEqual(
    sectors('Their victims included firms in civil engineering, gaming software and pharmaceuticals.').sort(),
    ['engineering', 'pharmaceuticals', 'software'],
  )
  // The words alone, outside a list of targets, name nothing.
  assert.deepEqual(sectors('The diplomatic row deepened after the software update.'), [])
})

test('satellite, maritime and civil society targets; "pursued" is a targeting verb', () => {
  assert.deepEqual(
    sectors('The crew has recently pursued organisations in the satellite, defence and shipping sectors.'),
    ['satellite', 'defense', 'maritime'],
  )
  assert.deepEqual(sectors('The hackers spied on civil society groups in Chile.'), ['civil society'])
})
