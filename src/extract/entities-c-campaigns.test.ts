// Incidents told by a verb and a named victim, and named heists: several phrasings, names other than the development
// texts use; generic targeting (classes of victims, regions, products, actors) is no campaign.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extractFromText } from './extract.ts'

const campaigns = (t: string) => extractFromText(t).campaigns.map((c) => c.name)

test('a verb with a named victim tells an incident', () => {
  assert.deepEqual(campaigns('Russian hackers attacked the US company Kaseya, which serves many clients.'), [
    'attacked the US company Kaseya',
  ])
  assert.deepEqual(campaigns('The group was accused of breaking into Equifax in 2017.'), [
    'breaking into Equifax in 2017',
  ])
  assert.deepEqual(campaigns('The officers had also gone after the Swiss Federal Office of Justice.'), [
    'gone after the Swiss Federal Office of Justice',
  ])
  assert.deepEqual(campaigns('In 2015 hackers infiltrated the Italian Senate and stole files.'), [
    'infiltrated the Italian Senate',
  ])
  assert.deepEqual(campaigns('The intruders hacked into the Republican National Committee in 2016.'), [
    'hacked into the Republican National Committee in 2016',
  ])
  assert.deepEqual(campaigns('The gang targeted the Maersk shipping company.'), [
    'targeted the Maersk shipping company',
  ])
  assert.deepEqual(campaigns('The thieves stole $100 million from Harmony Bridge on 23 June.'), [
    'stole $100 million from Harmony Bridge on 23 June',
  ])
  assert.deepEqual(campaigns('The FBI tied the group to the Bybit heist.'), ['the Bybit heist'])
})

test('generic targeting is no incident', () => {
  assert.deepEqual(campaigns('The actors compromised Microsoft Exchange servers across Europe.'), [])
  assert.deepEqual(campaigns('The malware compromised Windows hosts.'), [])
  assert.deepEqual(campaigns('The group targeted South Korean government agencies and think tanks.'), [])
  assert.deepEqual(campaigns('The group has targeted organisations in Southeast Asia and Europe.'), [])
  assert.deepEqual(campaigns('The group targeted Uyghur and Tibetan activists.'), [])
  assert.deepEqual(campaigns('The attackers targeted Ukraine and Poland.'), [])
  assert.deepEqual(campaigns('Token theft lets the actor move laterally.'), [])
  assert.deepEqual(campaigns('The server was attacked on 29 January.'), [])
})

test('spear-phishing against a named or delimited target is a campaign, against a class of people it is not', () => {
  assert.deepEqual(campaigns('Officials said Iranian spear-phishing against nuclear negotiators continued.'), [
    'Iranian spear-phishing against nuclear negotiators',
  ])
  assert.deepEqual(campaigns('The spearphishing wave against ministries in Chad began in May.'), [
    'The spearphishing wave against ministries in Chad',
  ])
  assert.deepEqual(campaigns('Spear-phishing against employees is a common first step.'), [])
})

test('"the (year) hack/breach of <named victim>" is an incident; of a class it is not', () => {
  assert.deepEqual(campaigns('The 2016 hack of the Storting was attributed to the group.'), [
    'The 2016 hack of the Storting',
  ])
  assert.deepEqual(campaigns('The breach of the Office of Budget Control exposed records.'), [
    'The breach of the Office of Budget Control',
  ])
  assert.deepEqual(campaigns('The theft of credentials is common.'), [])
  assert.deepEqual(campaigns('The hack of Microsoft Exchange servers spread fast.'), [])
})

test('a name a report gives its own campaign is a campaign', () => {
  const names = (t: string) => extractFromText(t).campaigns.map((c) => c.name)
  assert.ok(names('We call the operation "Salt Road". It targets ports.').includes('Salt Road'))
  assert.ok(
    names(
      'In May we observed a phishing campaign, which we call Operation Winter Ledger, against ministries.',
    ).includes('Operation Winter Ledger'),
  )
})

test('a bare plural aimed at a state, a union or a class in lower case is activity in general, not one campaign', () => {
  assert.deepEqual(campaigns('The group is known for ransomware attacks against the United States and Canada.'), [])
  assert.deepEqual(campaigns('Officials warned of cyberattacks on Dutch water utilities.'), [])
  assert.deepEqual(campaigns('The agency tracked DDoS attacks against Ukrainian targets.'), [])
  // (Delimited by the article, a date or a named doer: kept.)
  assert.deepEqual(campaigns('Sandworm carried out the hacking operations against Albania.'), [
    'the hacking operations against Albania',
  ])
})
