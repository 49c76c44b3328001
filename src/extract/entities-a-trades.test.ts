import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extractFromText, summarize } from './index.ts'
import { testMatcher } from './test-matcher.ts'

// Companies named after a plural trade noun (session 26; wording of its own).
const matcher = testMatcher([])
const orgs = (text: string) => summarize(extractFromText(text, { matcher })).organizations.map((o) => o.name)

test('a plural trade noun names the two companies joined after it', () => {
  assert.deepEqual(orgs('The hackers breached the engineering firms Northvale and Brightwater last year.'), [
    'Northvale',
    'Brightwater',
  ])
  assert.deepEqual(orgs('Investigators said the telecom companies Orbitel and Kestrel Mobile were hit.'), [
    'Orbitel',
    'Kestrel Mobile',
  ])
  // Not a country after "and", nor a lower-case word.
  assert.deepEqual(orgs('The hackers breached the engineering firms Northvale and France in May.'), ['Northvale'])
})

test('a supplier or consultancy is named by its trade noun too', () => {
  assert.deepEqual(orgs('The attackers went after the aircraft parts supplier Northvale in March.'), ['Northvale'])
  assert.deepEqual(orgs('Researchers at the consultancy Brightwater found the implant.'), ['Brightwater'])
})

test('a council, committee or commission "on" its subject is one name', () => {
  assert.deepEqual(orgs('The hackers went after the Council on Foreign Relations and the Aspen Institute.'), [
    'Council on Foreign Relations',
    'Aspen Institute',
  ])
  assert.deepEqual(orgs('Staff at the German Council on Foreign Relations were targeted.'), [
    'German Council on Foreign Relations',
  ])
})
