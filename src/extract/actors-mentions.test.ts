// Actor names found by the shape of vendor naming schemes, and lookalikes that are not actor names.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { type AliasEntry, compileActorMatcher, findActorShapes } from './actors.ts'

const shapes = (text: string) => findActorShapes(text).map((m) => `${m.mention}=${m.canonical}`)

test('vendor identifiers: Volexity, Sophos, Talos, IBM X-Force, Secureworks, Thales, Microsoft in any case', () => {
  assert.deepEqual(
    shapes('UTA0412 and STAC7204 and UAT8830 and ITG31 and Hive0217 and TG-4410 and ATK219 were seen.'),
    [
      'UTA0412=UTA0412',
      'STAC7204=STAC7204',
      'UAT8830=UAT8830',
      'ITG31=ITG31',
      'Hive0217=Hive0217',
      'TG-4410=TG-4410',
      'ATK219=ATK219',
    ],
  )
  assert.deepEqual(shapes('Microsoft tracks STORM-1123 and Dev-0871.'), ['STORM-1123=Storm-1123', 'Dev-0871=DEV-0871'])
})

test('Recorded Future names: a colour and a phonetic-alphabet word in one', () => {
  assert.deepEqual(shapes('Insikt Group tracks GreenKilo and YellowTango; a RedBull ad and BlueSky are not.'), [
    'GreenKilo=GreenKilo',
    'YellowTango=YellowTango',
  ])
})

test('an identifier that goes on is not a name: US-CERT alerts', () => {
  assert.deepEqual(shapes('See alerts TA19-024A and TA20-133A; TA4557 sent the lures.'), ['TA4557=TA4557'])
})

test("a vendor's name or a phrase word before an animal name is not part of it; an operation is a campaign", () => {
  assert.deepEqual(shapes('Per FireEye Velvet Wolf, CrowdStrike Brittle Panda and the Hollow Kitten group.'), [
    'Velvet Wolf=Velvet Wolf',
    'Brittle Panda=Brittle Panda',
    'Hollow Kitten=Hollow Kitten',
  ])
  assert.deepEqual(shapes('Operation Silent Wolf hit banks; SolarWinds Orion was patched; Arctic Wolf responded.'), [])
  assert.deepEqual(shapes('CrowdStrike calls it Nimble Saiga.'), ['Nimble Saiga=Nimble Saiga'])
})

test('a one-word name after a version of a product is a word of the product name', () => {
  const e = (alias: string, actorName: string): AliasEntry => ({
    alias,
    actorId: actorName,
    actorName,
    kind: 'intrusion-set',
  })
  const m = compileActorMatcher([e('TIN', 'Tin Group'), e('Chromium', 'Ashen Crane'), e('CHROMIUM', 'Ashen Crane')])
  const found = (t: string) => m.find(t).map((x) => x.mention)
  assert.deepEqual(found('Windows Server 2016 Tin and R2 are affected.'), [])
  assert.deepEqual(found('Browsers that utilize Chromium, including Edge, are affected.'), [])
  assert.deepEqual(found('Microsoft said CHROMIUM targeted ministries.'), ['CHROMIUM'])
})

test('a name catalogued only as a short acronym is that name only in capitals or with actor context', () => {
  const e = (alias: string, actorName: string, kind = 'intrusion-set'): AliasEntry => ({
    alias,
    actorId: actorName,
    actorName,
    kind,
  })
  const m = compileActorMatcher([e('BAY', 'Harbour Jackal'), e('ZINC', 'Ore Group'), e('Sparrow', 'Sparrow')])
  const found = (t: string) => m.find(t).map((x) => x.mention)
  assert.deepEqual(found('Ships crossed the Bengal Bay. Later BAY defaced sites.'), ['BAY'])
  assert.deepEqual(found('Microsoft said the Zinc group struck; Zinc prices rose.'), ['Zinc'])
})

test('a name followed by a software word that makes a catalogued program is the program', () => {
  const e = (alias: string, actorName: string, kind = 'intrusion-set'): AliasEntry => ({
    alias,
    actorId: actorName,
    actorName,
    kind,
  })
  const m = compileActorMatcher([
    e('Warbler', 'Warbler'),
    e('Warbler', 'Warbler'),
    e('Warbler RAT', 'Warbler RAT', 'malware'),
  ])
  assert.deepEqual(
    m.find('The Warbler RAT was used; Warbler is a group.').map((x) => x.mention),
    ['Warbler'],
  )
})

test('a catalogued actor name that begins with "Operation" names a campaign', () => {
  const e = (alias: string, actorName: string): AliasEntry => ({
    alias,
    actorId: actorName,
    actorName,
    kind: 'intrusion-set',
  })
  const m = compileActorMatcher([e('Operation Glass Harbor', 'Glass Harbor'), e('Copper Reed', 'Glass Harbor')])
  assert.deepEqual(
    m.find('Operation Glass Harbor was run by Copper Reed.').map((x) => x.mention),
    ['Copper Reed'],
  )
})

test('a name shared with malware is the actor where the text attributes something to it', () => {
  const e = (alias: string, actorName: string, kind = 'intrusion-set'): AliasEntry => ({
    alias,
    actorId: actorName,
    actorName,
    kind,
  })
  const m = compileActorMatcher([
    e('Marten', 'Fur Group'),
    e('Marten', 'Marten', 'malware'),
    e('Marten', 'Marten', 'tool'),
  ])
  const found = (t: string) => m.find(t).map((x) => x.mention)
  assert.deepEqual(found('The Marten implant was found on the host.'), [])
  assert.deepEqual(found('Officials blamed the breach on Marten.'), ['Marten'])
  assert.deepEqual(found('Analysts attributed the intrusion to Marten.'), ['Marten'])
  assert.deepEqual(found('The intrusion was carried out by Marten.'), ['Marten'])
})
