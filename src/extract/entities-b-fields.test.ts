// Date ranges, targeted countries in lists: several phrasings each, names other than the development texts use.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extractFromText } from './extract.ts'

const dates = (t: string) => extractFromText(t).dates.map((d) => d.value)
const targeted = (t: string) => [...new Set(extractFromText(t).countriesTargeted.map((c) => c.country))]

test('a date range gives both ends', () => {
  assert.deepEqual(dates('The summit took place on March 4-6, 2024 in Melbourne.'), ['2024-03-04', '2024-03-06'])
  assert.deepEqual(dates('From 4 August to 2 September 2025 we tracked the lures.'), ['2025-08-04', '2025-09-02'])
  assert.deepEqual(dates('The intrusions ran from 28 February – 3 March 2023.'), ['2023-02-28', '2023-03-03'])
  assert.deepEqual(dates('Activity spiked between August 4 and September 2, 2022.'), ['2022-08-04', '2022-09-02'])
  assert.deepEqual(dates('The conference runs Oct. 12–14, 2021.'), ['2021-10-12', '2021-10-14'])
  assert.deepEqual(dates('Between November 2023 and April 2024 the group was busy.'), ['2023-11', '2024-04'])
  // Not a date: the end is no day of the month.
  assert.deepEqual(dates('Seen on May 30-45, 2020.'), [])
})

test('every country of a list after a targeting cue is targeted', () => {
  assert.deepEqual(targeted('The campaign was aimed at entities in Myanmar, the Philippines, Japan and Singapore.'), [
    'Myanmar',
    'Philippines',
    'Japan',
    'Singapore',
  ])
  assert.deepEqual(targeted('Hackers targeted ministries in Kenya, Nigeria, and Ghana as well as Egypt.'), [
    'Kenya',
    'Nigeria',
    'Ghana',
    'Egypt',
  ])
  assert.deepEqual(targeted('The group also attacked other countries, Brazil and the United States among them.'), [
    'Brazil',
    'United States',
  ])
  assert.deepEqual(targeted('Victims were found in countries such as Chile, Peru and Mexico.'), [
    'Chile',
    'Peru',
    'Mexico',
  ])
})

test('states punished or named as sponsors are not targeted', () => {
  assert.deepEqual(
    targeted('The EU adopted sanctions against Iran, Russia and North Korea over past cyberattacks.'),
    [],
  )
  assert.deepEqual(targeted('Washington imposed sanctions on Chinese and Russian targets.'), [])
  assert.deepEqual(targeted('The crew, backed by the Iranian government, hit ports in Israel.'), ['Israel'])
})
