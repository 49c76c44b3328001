// Guards of alias-index hits: campaign names, one-word names inside longer capitalised names, software of the same name.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { type AliasEntry, compileActorMatcher } from './actors.ts'

const e = (alias: string, actorName: string, kind = 'intrusion-set'): AliasEntry => ({
  alias,
  actorId: `id-${actorName}`,
  actorName,
  kind,
})
const matcher = compileActorMatcher([
  e('Turla', 'Turla'),
  e('Snake', 'Turla'),
  e('SUMMIT', 'Turla'),
  e('Gold', 'Gold Group'),
  e('APT10', 'APT10'),
  e('Cloud Hopper', 'APT10'),
  e('Operation Cloud Hopper', 'Cloud Hopper campaign', 'campaign'),
  e('Kimsuky', 'Kimsuky'),
  e('Kimsuky', 'Kimsuky'),
  e('Kimsuky', 'Kimsuky', 'malware'),
  e('RedDelta', 'Mustang Panda'),
  e('RedDelta', 'Mustang Panda'),
  e('Nightjar', 'Nightjar'),
  e('Nightjar', 'Nightjar'),
  e('Nightjar', 'Nightjar', 'malware'),
  e('Homeland Ops', 'Homeland Ops'),
  e('Homeland Ops', 'Homeland Ops', 'campaign'),
])
const found = (t: string) => matcher.find(t).map((a) => a.mention)

test('a one-word name catalogued in capitals or a common word is no mention inside a longer capitalised name', () => {
  assert.deepEqual(found('Leaders met at the Pacific Islands Forum Summit in Suva.'), [])
  assert.deepEqual(found('The Nordic-Baltic Summit, held in Riga, was disrupted by hackers.'), [])
  assert.deepEqual(found('Attackers exploited Progress WhatsUp Gold on the servers.'), [])
  assert.deepEqual(found('The Gold Dragon implant was dropped.'), [])
  // As a name of its own: after a function word, a country word, a possessive, at a sentence start or in capitals.
  assert.deepEqual(found('The Summit group and Russian Summit operators were named.'), ['Summit', 'Summit'])
  assert.deepEqual(found("Researchers tied the SUMMIT Infra cluster to the FSB's Summit."), ['SUMMIT', 'Summit'])
  // Other names stand after any capitalised word ("Microsoft Turla", citation titles).
  assert.deepEqual(found('See the ESET Turla report.'), ['Turla'])
  // Title-case headlines capitalise every word.
  assert.deepEqual(found('Officials Say Summit Hackers Struck Ministries\nBody.'), ['Summit'])
})

test('a name after "Operation", or a catalogued campaign name, is the campaign', () => {
  assert.deepEqual(found('Operation Cloud Hopper was run by APT10.'), ['APT10'])
  assert.deepEqual(found('The Cloud Hopper breaches hit managed providers.'), [])
  assert.deepEqual(found('The Cloud Hopper group, also called APT10, hit MSPs.'), ['Cloud Hopper', 'APT10'])
  assert.deepEqual(found('Investigators exposed Operation Turla last year.'), [])
  assert.deepEqual(found('Homeland Ops leaked the files.'), [])
  assert.deepEqual(found('The Homeland Ops group leaked the files.'), ['Homeland Ops'])
})

test('a name used only as a campaign while the actor is named otherwise is the campaign', () => {
  assert.deepEqual(found('APT10 was the actor behind the Cloud Hopper hacking campaign.'), ['APT10'])
  assert.deepEqual(found('APT 10 ran the Cloud Hopper campaign.'), [])
  // The only name of the actor stays a mention.
  assert.deepEqual(found('The Turla campaign hit embassies.'), ['Turla'])
  assert.deepEqual(found('The Turla campaign was run by Turla.'), ['Turla', 'Turla'])
})

test('names mostly filed under actors are actors; software of the same name is not', () => {
  assert.deepEqual(found('Kimsuky targeted think tanks.'), ['Kimsuky'])
  assert.deepEqual(found('Nightjar operators encrypted servers; the Nightjar ransomware spread.'), ['Nightjar'])
  // (A criminal group of the gazetteer keeps its brand's "ransomware", as reporting writes it: see actors-crime.)
  assert.deepEqual(found('Akira operators encrypted servers; the Akira ransomware spread.'), ['Akira', 'Akira'])
  assert.deepEqual(found('Mustang Panda, also called Red Delta or RedDelta, and the red delta.'), [
    'Red Delta',
    'RedDelta',
  ])
})
