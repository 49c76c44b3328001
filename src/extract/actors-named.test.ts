import assert from 'node:assert/strict'
import { test } from 'node:test'
import { findNamedClusters } from './actors-named.ts'
import { extractFromText } from './index.ts'
import { testMatcher } from './test-matcher.ts'

const names = (t: string) => findNamedClusters(t).map((m) => m.mention)

test('a name the text coins for a cluster is an actor, wherever the text uses it again', () => {
  assert.deepEqual(
    names('We track the activity as QRX-4410 and assess it targets shipping firms. QRX-4410 uses lures.'),
    ['QRX-4410', 'QRX-4410'],
  )
  assert.deepEqual(names('We call the cluster Harbor-Cluster-7 and link it to an older group.'), ['Harbor-Cluster-7'])
  assert.deepEqual(names('The lures came from a group Contoso tracks as Storm-9921.'), ['Storm-9921'])
  assert.deepEqual(names('It was carried out by what looks like one operator that we call BRASS OTTER.'), [
    'BRASS OTTER',
  ])
  assert.deepEqual(names('The samples belong to a threat actor dubbed Velvet Heron.'), ['Velvet Heron'])
  assert.deepEqual(names('In May we tracked a spear-phishing cluster, QRX-2611, that sends fake job offers.'), [
    'QRX-2611',
  ])
})

test('a campaign, software, a nationality or a lower-case word after a naming verb is no actor name', () => {
  assert.deepEqual(names('The group is responsible for activity tracked as Operation Dusty Road.'), [])
  assert.deepEqual(names('Both trojans are part of a malware group referred to as KStudio.'), [])
  assert.deepEqual(names('Analysts track the activity as Iranian and name it as part of a wider wave.'), [])
  assert.deepEqual(names('We track the activity as part of a larger campaign.'), [])
})

test("a one-word actor name inside a company's name, or in a list of malware, is no actor", () => {
  const matcher = testMatcher([
    ['Silence', 'Silence'],
    ['TraderTraitor', 'TraderTraitor'],
    ['GOLD DRAKE', 'GOLD DRAKE'],
  ])
  const actors = (t: string) => extractFromText(t, { matcher }).actors.map((a) => a.mention)
  assert.deepEqual(
    actors(
      'Treasury sanctioned Chengdu Silence Network Technology Company (Chengdu Silence). Staff of Chengdu Silence ' +
        'built the exploit.',
    ),
    [],
  )
  assert.deepEqual(actors('The Silence group robbed banks in Russia.'), ['Silence'])
  assert.deepEqual(actors('The operators deploy malware such as TraderTraitor and other loaders.'), [])
  // The owner of the software named is an actor.
  assert.deepEqual(actors("Spam carried malware such as GOLD DRAKE's Dridex."), ['GOLD DRAKE'])
})

test('alias lists after an apposition ("X, the group other vendors track as …") and initials in brackets', () => {
  const matcher = testMatcher([
    ['APT33', 'APT33', 'Peach Sandstorm', 'Elfin'],
    ['Kimsuky', 'Kimsuky', 'Emerald Sleet'],
    ['Cyber Army of Russia Reborn', 'Cyber Army of Russia Reborn'],
  ])
  const lists = (t: string) =>
    extractFromText(t, { matcher }).aliasClaims.map((c) => c.names.map((n) => n.text).join(' = '))
  assert.deepEqual(lists('We attribute it to APT33, the group other vendors track as Peach Sandstorm and Holmium.'), [
    'APT33 = Peach Sandstorm = Holmium',
  ])
  assert.deepEqual(lists('It is Kimsuky, a group that other trackers call Emerald Sleet and Black Banshee.'), [
    'Kimsuky = Emerald Sleet = Black Banshee',
  ])
  assert.deepEqual(lists('Treasury named the Cyber Army of Russia Reborn (CARR), a hacktivist group.'), [
    'Cyber Army of Russia Reborn = CARR',
  ])
  // Brackets that hold no initials of the name are no alias.
  assert.deepEqual(lists('Treasury named the Cyber Army of Russia Reborn (OFAC), a hacktivist group.'), [])
})

test('groups named in a list after a plural head, a name a group calls itself with "the", a name given', () => {
  const names = (t: string) => [...new Set(findNamedClusters(t).map((m) => m.canonical))]
  assert.deepEqual(
    names('The attacks were carried out by hacker groups named Sand Owls, Delta.Crew and Night Lantern.'),
    ['Sand Owls', 'Delta.Crew', 'Night Lantern'],
  )
  assert.deepEqual(names('The wave was claimed by a hacker group calling itself the Nile_Falcon Group.'), [
    'Nile_Falcon Group',
  ])
  assert.deepEqual(names('Researchers gave the previously unknown threat actor the name GlassHarbor.'), ['GlassHarbor'])
  // (A headline naming groups is followed by the dateline, which is no name; nor does a plural head name what a
  // tracking verb follows: "the groups tracked as UNSC 2814/GALLIUM" is an alias list.)
  assert.deepEqual(names('Bureau names five hacking groups\n\nTaipei, 5 January 2026 - The bureau said.'), [])
  assert.deepEqual(names('The activity can be linked to the groups tracked as UNSC 2814/GALLIUM/SOFTCELL.'), [])
})
