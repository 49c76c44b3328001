// The store behaviour, written once and run against every backend (STYLE.md point 7).
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import type { StixObject } from '../stix/types.ts'
import { claimId } from './claims.ts'
import type { Store } from './store.ts'

const T1 = '2021-07-19T00:00:00.000Z'
const T2 = '2021-07-20T00:00:00.000Z'
const APT40 = 'intrusion-set--7113eaa5-ba79-4fb3-b68a-398ee9cd698e'
const MSS = 'identity--0f6c8d6a-2f68-4d0e-9a57-3b0f3a5f7c11'
const CANADA = 'identity--7b8f8b3e-7f1e-4c5c-9b0d-3f8a2f1e6d55'

const actor = (modified: string, aliases: string[]): StixObject => ({
  type: 'intrusion-set',
  spec_version: '2.1',
  id: APT40,
  created: T1,
  modified,
  name: 'APT40',
  aliases,
  description: 'Espionage group also called Kryptonite Panda',
  created_by_ref: CANADA,
})

const attribution: StixObject = {
  type: 'relationship',
  spec_version: '2.1',
  id: 'relationship--5f2a3e1c-8b7d-4c6e-9f0a-1b2c3d4e5f60',
  created: T1,
  modified: T1,
  relationship_type: 'attributed-to',
  source_ref: APT40,
  target_ref: MSS,
  created_by_ref: CANADA,
  confidence: 95,
  object_marking_refs: ['marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb'],
  external_references: [{ source_name: 'Government of Canada', url: 'https://example.org/statement' }],
}

async function put(store: Store, ...objs: StixObject[]): Promise<string[]> {
  const s = await store.begin()
  const out: string[] = []
  for (const o of objs) out.push(await s.put(o))
  await s.commit()
  return out
}

export function storeContract(name: string, open: () => Promise<Store>, opts: { skip?: string } = {}): void {
  describe(`store contract: ${name}`, { ...(opts.skip ? { skip: opts.skip } : {}) }, () => {
    test('keeps every version, serves the latest as current, and reports created/updated/unchanged', async () => {
      const store = await open()
      assert.deepEqual(await put(store, actor(T1, ['Leviathan'])), ['created'])
      assert.deepEqual(await put(store, actor(T1, ['Leviathan'])), ['unchanged'])
      assert.deepEqual(await put(store, actor(T2, ['Leviathan', 'TEMP.Periscope'])), ['updated'])
      assert.equal((await store.get(APT40))?.modified, T2)
      assert.equal((await store.get(APT40, T1))?.modified, T1)
      assert.deepEqual(
        (await store.versions(APT40)).map((v) => v.modified),
        [T1, T2],
      )
      // an older version arriving late is kept but does not become current
      const older = actor('2020-01-01T00:00:00.000Z', [])
      older.created = '2020-01-01T00:00:00.000Z'
      await put(store, older)
      assert.equal((await store.get(APT40))?.modified, T2)
      assert.equal((await store.versions(APT40)).length, 3)
      await store.close()
    })

    test('derives alias claims from the current version only, indexed by normalised form', async () => {
      const store = await open()
      await put(store, actor(T1, ['Leviathan', 'Kryptonite Panda']))
      await put(store, actor(T2, ['TEMP.Periscope']))
      const aliases = (await store.claims({ subject: APT40, predicate: 'alias' })).map((c) => c.object).sort()
      assert.deepEqual(aliases, ['APT40', 'TEMP.Periscope'])
      const rows = await store.aliases('tempperiscope')
      assert.equal(rows.length, 1)
      assert.equal(rows[0]?.object_id, APT40)
      assert.equal(rows[0]?.source, CANADA)
      assert.equal((await store.aliases('kryptonitepanda')).length, 0)
      await store.close()
    })

    test('a relationship is a claim with its source, confidence, evidence and markings', async () => {
      const store = await open()
      await put(store, attribution)
      const [c] = await store.claims({ subject: APT40, predicate: 'attributed-to' })
      assert.ok(c)
      assert.equal(c.object, MSS)
      assert.equal(c.source, CANADA)
      assert.equal(c.confidence?.stix, 95)
      assert.equal(c.evidence[0]?.url, 'https://example.org/statement')
      assert.deepEqual(c.markings, ['marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb'])
      assert.equal(c.published, T1)
      assert.equal((await store.claims({ predicate: 'attributed-to', asOf: '2021-07-18T23:59:59.999Z' })).length, 0)
      await store.close()
    })

    test('a rolled-back session leaves nothing behind', async () => {
      const store = await open()
      const s = await store.begin()
      await s.put(actor(T1, ['Leviathan']))
      await s.put(attribution)
      await s.rollback()
      assert.equal(await store.get(APT40), undefined)
      assert.equal((await store.claims({ subject: APT40 })).length, 0)
      assert.equal((await store.stats()).objects, 0)
      await store.close()
    })

    test('retraction marks a claim retracted and retracting the retraction restores it', async () => {
      const store = await open()
      await put(store, attribution)
      const retract = {
        id: claimId('test-retract'),
        subject: 'identity--analyst',
        predicate: 'retracts',
        object: attribution.id,
        literal: false,
        polarity: 'retracts' as const,
        source: null,
        published: T2,
        recorded: T2,
        confidence: null,
        evidence: [],
        markings: [],
        origin: 'analyst',
      }
      let s = await store.begin()
      await s.addClaim(retract)
      await s.commit()
      assert.equal((await store.claims({ predicate: 'attributed-to' })).length, 0)
      assert.equal((await store.claims({ predicate: 'attributed-to', includeRetracted: true })).length, 1)
      s = await store.begin()
      await s.addClaim({ ...retract, id: claimId('test-undo'), object: retract.id })
      await s.commit()
      assert.equal((await store.claims({ predicate: 'attributed-to' })).length, 1)
      await store.close()
    })

    test('a newer version keeps the retraction of a claim it states again, and drops claims it no longer states', async () => {
      const store = await open()
      const rel = (modified: string, target: string): StixObject => ({ ...attribution, modified, target_ref: target })
      await put(store, rel(T1, MSS))
      const s = await store.begin()
      await s.addClaim({
        id: claimId('retract-before-update'),
        subject: 'identity--analyst',
        predicate: 'retracts',
        object: attribution.id,
        literal: false,
        polarity: 'retracts',
        source: null,
        published: T1,
        recorded: T1,
        confidence: null,
        evidence: [],
        markings: [],
        origin: 'analyst',
      })
      await s.commit()
      await put(store, rel(T2, MSS))
      const c = await store.getClaim(attribution.id)
      assert.equal(c?.retracted_by, claimId('retract-before-update'))
      await put(store, actor(T1, ['Leviathan', 'Kryptonite Panda']))
      await put(store, actor(T2, ['Leviathan']))
      assert.deepEqual((await store.aliases('kryptonitepanda')).length, 0)
      assert.equal((await store.claims({ subject: APT40, predicate: 'alias' })).length, 2)
      await store.close()
    })

    test('full-text search ranks an exact alias match first', async () => {
      const store = await open()
      await put(store, actor(T1, ['Kryptonite Panda']), {
        type: 'malware',
        spec_version: '2.1',
        id: 'malware--1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d',
        created: T1,
        modified: T1,
        name: 'Scanbox',
        is_family: true,
        description: 'Used by Kryptonite Panda and Kryptonite Panda again, Panda Panda',
      })
      const hits = await store.search('Kryptonite Panda')
      assert.equal(hits[0]?.id, APT40)
      assert.equal(hits.length, 2)
      assert.deepEqual(await store.search('!!!'), [])
      await store.close()
    })

    test('objects() filters by type and id and answers as of a date', async () => {
      const store = await open()
      await put(store, actor(T1, []), attribution)
      await put(store, actor(T2, ['X']))
      const all: StixObject[] = []
      for await (const o of store.objects({ types: ['intrusion-set'] })) all.push(o)
      assert.equal(all.length, 1)
      assert.equal(all[0]?.modified, T2)
      const then: StixObject[] = []
      for await (const o of store.objects({ ids: [APT40], asOf: '2021-07-19T12:00:00.000Z' })) then.push(o)
      assert.equal(then[0]?.modified, T1)
      assert.equal(await store.count({ types: ['relationship'] }), 1)
      await store.close()
    })
  })
}
