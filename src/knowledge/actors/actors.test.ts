import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { importSource } from '../../ingest/importer.ts'
import { openSource } from '../../ingest/source.ts'
import { sharedPath } from '../../lib/testing.ts'
import { buildResolver } from '../../resolve/index.ts'
import { openSqlite } from '../../store/sqlite/sqlite-store.ts'
import type { Store } from '../../store/store.ts'
import { loadStarterPack } from '../starter/seed.ts'
import { ActorIndex } from './actors.ts'
import { crosswalk } from './crosswalk.ts'
import { actorHistory, findActor, mergeActors, retractClaim, splitActor } from './operations.ts'

const files = [
  sharedPath('data', 'mitre-attack', 'enterprise-attack-v18.1-actors-subset.stix21.json'),
  ...['producer', 'threat-actor', 'microsoft-activity-group', 'mitre-intrusion-set', '360net', 'tidal-groups'].map(
    (g) => sharedPath('data', 'misp-galaxy', 'clusters', `${g}.json`),
  ),
]
const missing = files.some((f) => f === undefined)
const LEVIATHAN = 'intrusion-set--7113eaa5-ba79-4fb3-b68a-398ee9cd698e'

describe('actors over ATT&CK + MISP + starter', { ...(missing ? { skip: 'shared data not present' } : {}) }, () => {
  let store: Store
  before(async () => {
    store = await openSqlite(':memory:')
    await loadStarterPack(store)
    for (const f of files) {
      const r = await importSource(store, openSource(f as string))
      assert.equal(r.committed, true, `${f}: ${JSON.stringify(r.errors.slice(0, 2))}`)
    }
  })
  after(() => store.close())

  test('APT40 is one actor holding all 18 names with their vendors, and its members include every vendor record', async () => {
    const index = await ActorIndex.build(store)
    const apt40 = await findActor(index, 'APT40')
    const names = new Set(apt40.aliases.map((a) => a.name.toLowerCase()))
    for (const n of [
      'APT40',
      'Leviathan',
      'TEMP.Periscope',
      'TEMP.Jumper',
      'Kryptonite Panda',
      'Bronze Mohawk',
      'Gadolinium',
      'Gingham Typhoon',
      'MUDCARP',
      'TA423',
      'Red Ladon',
      'ISLANDDREAMS',
      'ISLAND CASTLE',
      'ATK29',
      'ITG09',
      'G0065',
      'JJDoor',
      'Feverdream',
    ])
      assert.ok(names.has(n.toLowerCase()), `missing ${n}`)
    const sourcesOf = (n: string) => apt40.aliases.find((a) => a.name.toLowerCase() === n.toLowerCase())?.sources ?? []
    assert.ok(sourcesOf('TA423').includes('Proofpoint'))
    assert.ok(sourcesOf('Kryptonite Panda').includes('CrowdStrike'))
    assert.ok(sourcesOf('BRONZE MOHAWK').includes('Secureworks'))
    const memberNames = new Set<string>()
    for (const id of apt40.ids) memberNames.add(String((await store.get(id))?.name))
    for (const n of ['GADOLINIUM', 'Gingham Typhoon', 'Leviathan', 'APT40'])
      assert.ok(memberNames.has(n), `member ${n}`)
    assert.ok(apt40.ids.includes(LEVIATHAN))
    assert.deepEqual(apt40.external_ids, ['G0065'])
  })

  test('resolve puts APT40 first for its spellings, finds Grizzly Steppe ambiguous and matches no negative', async () => {
    const index = await ActorIndex.build(store)
    const resolver = buildResolver(index.resolverEntries())
    for (const q of [
      'apt-40',
      'APT 40',
      'TEMP Periscope',
      'temp.periscope',
      'Kryptonite-Panda',
      'BRONZE MOHAWK',
      'Gingham Typhoon',
      'GADOLINIUM',
    ]) {
      const r = resolver.resolve(q)
      assert.ok(r.candidates[0]?.ids.includes(LEVIATHAN), q)
      assert.equal(r.ambiguous, false, q)
    }
    const grizzly = resolver.resolve('Grizzly Steppe')
    assert.equal(grizzly.ambiguous, true)
    assert.deepEqual(grizzly.candidates.map((c) => c.external_ids[0]).sort(), ['G0007', 'G0016'])
    for (const q of ['Panda Express', 'China', 'Cobalt Strike', 'Typhoon', 'will'])
      assert.equal(resolver.resolve(q).candidates.length, 0, q)
  })

  test('the Microsoft lens shows only the names Microsoft uses; the crosswalk lists each vendor with its names', async () => {
    const lensed = await ActorIndex.build(store, { lens: 'Microsoft' })
    const apt40 = lensed.byMember.get(LEVIATHAN)
    assert.ok(apt40)
    assert.ok(apt40.aliases.every((a) => a.sources.every((s) => s.includes('Microsoft'))))
    assert.ok(apt40.aliases.some((a) => a.name === 'Gingham Typhoon'))
    const rows = crosswalk((await ActorIndex.build(store)).byMember.get(LEVIATHAN) as never)
    const proofpoint = rows.find((r) => r.source === 'Proofpoint')
    assert.deepEqual(proofpoint?.names.map((n) => n.name).sort(), ['Leviathan', 'TA423'])
  })

  test('merge, then split, then undo restores the exact previous views', async () => {
    const snapshot = async () =>
      JSON.stringify(
        (await ActorIndex.build(store)).actors.map((a) => [a.id, a.ids, a.aliases.map((x) => [x.name, x.sources])]),
      )
    const index0 = await ActorIndex.build(store)
    const a = await findActor(index0, 'APT40')
    const b = await findActor(index0, 'APT41')
    const v0 = await snapshot()
    const rel = await mergeActors(store, a, b, 'test merge')
    const index1 = await ActorIndex.build(store)
    const merged = index1.byMember.get(a.id)
    assert.ok(merged?.ids.includes(b.id))
    const v1 = await snapshot()
    assert.notEqual(v1, v0)
    const retractions = await splitActor(store, merged as never, b.id, a.id, 'test split')
    assert.deepEqual(
      retractions.map((r) => r.object),
      [rel.id],
    )
    assert.equal(await snapshot(), v0)
    await retractClaim(store, retractions[0]?.id as string, 'undo split')
    assert.equal(await snapshot(), v1)
    const history = await actorHistory(store, (await ActorIndex.build(store)).byMember.get(a.id) as never)
    assert.ok(history.some((c) => c.id === rel.id))
    assert.ok(history.some((c) => c.predicate === 'retracts'))
  })

  test('as-of a date before a merge shows the actors unmerged', async () => {
    const index = await ActorIndex.build(store, { asOf: '2000-01-01T00:00:00.000Z' })
    assert.equal(index.byMember.get(LEVIATHAN), undefined, 'ATT&CK Leviathan was created after 2000')
  })
})
