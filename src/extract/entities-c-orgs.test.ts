// Organisations: a body named by its head before "of" ("the Ministry of Foreign Affairs"), two bodies joined by "and
// the", a state's mission to a body, a legal form as the head, and a national body's short name inside another state's
// longer name. Names other than the development texts use.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extractFromText, summarize } from './extract.ts'

const orgs = (t: string) => summarize(extractFromText(t)).organizations.map((o) => (typeof o === 'string' ? o : o.name))

test('bodies named by their head, lists joined by "and the", missions', () => {
  assert.deepEqual(orgs('Three agencies joined: the National Police Agency and the Ministry of Foreign Affairs.'), [
    'National Police Agency',
    'Ministry of Foreign Affairs',
  ])
  assert.deepEqual(orgs('The hackers targeted the Ministry of Health of Chile and the Peruvian Ministry of Economy.'), [
    'Ministry of Health of Chile',
    'Peruvian Ministry of Economy',
  ])
  assert.deepEqual(orgs('A spokesman for the University of Lagos confirmed the breach.'), ['University of Lagos'])
  // (The body a mission is sent to is part of its name, not named on its own.)
  assert.deepEqual(orgs("Iran's Permanent Mission to the United Nations declined to comment."), [
    "Iran's Permanent Mission to the United Nations",
  ])
  assert.deepEqual(orgs('Data stolen from Brightwater Logistics GmbH was leaked.'), ['Brightwater Logistics GmbH'])
})

test("another state's body is not the British one", () => {
  assert.deepEqual(orgs("The hackers breached Germany's Federal Foreign Office."), ["Germany's Federal Foreign Office"])
  // (A bare "Foreign Office" is named as written: it may be Britain's or another state's.)
  assert.deepEqual(orgs('The Foreign Office confirmed the breach.'), ['Foreign Office'])
  assert.deepEqual(orgs('The British Foreign Office confirmed the breach.'), [
    'Foreign, Commonwealth & Development Office',
  ])
})

test('security and blockchain-forensics firms, and national police and CSIRTs, are known organisations', () => {
  assert.deepEqual(orgs('Satnam Narang of Tenable and researchers at Rapid7 rated the flaw critical.'), [
    'Tenable',
    'Rapid7',
  ])
  assert.deepEqual(orgs('Elliptic and Chainalysis traced the funds; Kripos opened a case.'), [
    'Elliptic',
    'Chainalysis',
    'Kripos',
  ])
})
