import assert from 'node:assert/strict'
import { test } from 'node:test'
import { skipUnless } from '../lib/testing.ts'
import { aliasConflicts, aliasContamination } from './conflicts.ts'
import type { ResolverActor } from './resolver.ts'
import { fixturePaths, haveFixtures, loadFixture } from './testing.ts'

const a = (id: string, name: string, aliases: [string, string[]][], type = 'intrusion-set'): ResolverActor => ({
  id,
  name,
  ids: [id],
  external_ids: [],
  type,
  aliases: aliases.map(([n, sources]) => ({ name: n, sources })),
})

test('aliasConflicts lists names claimed for several actors, compared normalised, with who claims what', () => {
  const conflicts = aliasConflicts([
    a('x--1', 'APT28', [
      ['Grizzly Steppe', ['US-CERT']],
      ['Sofacy', ['Kaspersky']],
    ]),
    a('x--2', 'APT29', [['GRIZZLY-STEPPE', ['DHS']]]),
    a('x--3', 'Turla', [['Snake', ['MITRE']]]),
    a('malware--1', 'Snake', [['Snake', ['MITRE']]], 'malware'),
  ])
  assert.deepEqual(conflicts, [
    {
      alias: 'Grizzly Steppe',
      key: 'grizzlysteppe',
      claimants: [
        { actor_id: 'x--1', actor_name: 'APT28', alias: 'Grizzly Steppe', sources: ['US-CERT'] },
        { actor_id: 'x--2', actor_name: 'APT29', alias: 'GRIZZLY-STEPPE', sources: ['DHS'] },
      ],
    },
  ])
})

test('aliasContamination flags aliases equal to a malware or tool name', () => {
  const found = aliasContamination(
    [
      a('x--1', 'Gingham Typhoon', [
        ['JJDoor', ['Microsoft']],
        ['GADOLINIUM', ['Microsoft']],
      ]),
      a('x--2', 'Carbanak', []),
    ],
    [
      { id: 'malware--1', name: 'jjdoor', type: 'malware' },
      { id: 'malware--2', name: 'Carbanak', type: 'malware' },
    ],
  )
  assert.deepEqual(
    found.map((c) => [c.actor_name, c.alias, c.is_display_name, c.matches.map((m) => m.id)]),
    [
      ['Carbanak', 'Carbanak', true, ['malware--2']],
      ['Gingham Typhoon', 'JJDoor', false, ['malware--1']],
    ],
  )
})

test(
  'real data: conflicts include Grizzly Steppe and Andariel; JJDoor and Feverdream are flagged',
  skipUnless(haveFixtures ? fixturePaths.attack : undefined),
  () => {
    const f = loadFixture()
    const conflicts = aliasConflicts(f.actors)
    assert.ok(conflicts.length > 100, String(conflicts.length))
    const grizzly = conflicts.find((c) => c.key === 'grizzlysteppe')
    assert.ok(grizzly)
    const names = grizzly.claimants.map((c) => c.actor_id)
    assert.ok(names.includes(f.actorOfGid.get('G0007')!.id) && names.includes(f.actorOfGid.get('G0016')!.id))
    assert.ok(conflicts.some((c) => c.key === 'andariel' && c.claimants.length >= 2))
    // JJDoor and Feverdream are not ATT&CK software, so pass them as the database's malware names would be.
    const things = [
      ...f.others.map((o) => ({ id: o.id, name: o.name, type: o.type })),
      { name: 'JJDoor', type: 'malware' },
      { name: 'Feverdream', type: 'malware' },
    ]
    const bad = aliasContamination(f.actors, things).filter((c) => c.actor_id === f.actorOfGid.get('G0065')!.id)
    assert.deepEqual(bad.map((c) => c.alias).sort(), ['Feverdream', 'JJDoor'])
  },
)
