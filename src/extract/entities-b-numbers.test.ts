import assert from 'node:assert/strict'
import { test } from 'node:test'
import { findNumbers } from './entities.ts'
import { extractFromText } from './extract.ts'

const nums = (text: string) => findNumbers(text, []).map((n) => `${n.value}|${n.unit}`)

test('sums of money take their currency as the unit, with scales written or glued', () => {
  assert.deepEqual(nums('The ministry offers up to $5 million for tips on the gang.'), ['5000000|dollars'])
  assert.deepEqual(nums('Police seized about $2,750 in bitcoin and €12,500 in cash.'), ['2750|dollars', '12500|euros'])
  assert.deepEqual(nums('Losses reached US$2.4bn, and a £3m ransom was paid.'), [
    '2400000000|US dollars',
    '3000000|pounds',
  ])
  assert.deepEqual(nums('The crew asked for USD 80,000 and later 1.2 million euros.'), [
    '80000|US dollars',
    '1200000|euros',
  ])
  assert.deepEqual(nums('It netted $3,701,893.98 USD in total.'), ['3701893.98|dollars'])
  // Shell variables are no sums.
  assert.deepEqual(nums("The script runs awk '{print $1}' and passes $2 on."), [])
})

test('percentages are quantities', () => {
  assert.deepEqual(nums('Roughly 45 percent of the traffic and 12% of the hosts were Brazilian.'), [
    '45|percent',
    '12|percent',
  ])
  // (Written "per cent", the unit keeps that form.)
  assert.deepEqual(nums('More than 30 per cent of victims paid.'), ['30|per cent'])
})

test('lengths of time count, times relative to another do not', () => {
  assert.deepEqual(nums('Agencies have a deadline of 21 days; the breach went unnoticed for 11 months.'), [
    '21|days',
    '11|months',
  ])
  assert.deepEqual(nums('Patches must land within 48 hours.'), ['48|hours'])
  assert.deepEqual(nums('Three days later the site was down; two weeks ago it returned.'), [])
  assert.deepEqual(nums('The talk "Ten Days of Chaos" covered it.'), [])
})

test('a count whose noun follows a list of modifiers takes that noun', () => {
  assert.deepEqual(nums('It reached more than 40 academic, media and think tank organisations.'), ['40|organisations'])
  assert.deepEqual(nums('The actor breached 12 municipal and regional bodies.'), ['12|bodies'])
  assert.deepEqual(nums('They hit 9 government agencies.'), ['9|government agencies'])
  // A text cut before the noun keeps the modifier.
  assert.deepEqual(nums('Victims include more than 15 academic, government'), ['15|academic'])
})

test('numbers inside names, versions and years are no quantities', () => {
  assert.deepEqual(nums('It abuses Microsoft 365 tenants and targets Windows 11 hosts.'), [])
  assert.deepEqual(nums('In 2021 the loader moved to version 3.2 and OAuth 2.0 flows.'), [])
})

test('a decimal scaled by a word is the whole number it names, not a binary approximation', () => {
  assert.deepEqual(nums('The thieves took $16.13 million and 2.7 billion won.'), ['16130000|dollars', '2700000000|won'])
})

test('numbered names at a sentence start, car models and an emergency number are no quantities', () => {
  const values = (t: string) => extractFromText(t).numbers.map((n) => n.value)
  assert.deepEqual(values('The report was published. Unit 74455 carried out the attacks on 3 power plants.'), [3])
  assert.deepEqual(values('He offered his 2011 BMW 5 Series for sale.'), [])
  assert.deepEqual(values('Several 911 centers said calls failed.'), [])
})
