import assert from 'node:assert/strict'
import { spawn, spawnSync } from 'node:child_process'
import { once } from 'node:events'
import { createWriteStream, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { after as afterAll, before as beforeAll, describe, test } from 'node:test'
import { gunzipSync } from 'node:zlib'
import { MosaicError } from '../lib/errors.ts'
import { canonicalJson } from '../lib/json.ts'
import { repoRoot, sharedPath, skipUnless, tempDir } from '../lib/testing.ts'
import { openSqlite } from '../store/sqlite/sqlite-store.ts'
import type { Store } from '../store/store.ts'
import { importSource } from './importer.ts'
import { openSource } from './source.ts'

const ID = (n: number) => `indicator--${n.toString(16).padStart(8, '0')}-0000-4000-8000-000000000000`
const indicator = (n: number, extra: Record<string, unknown> = {}) => ({
  type: 'indicator',
  spec_version: '2.1',
  id: ID(n),
  created: '2021-03-02T00:00:00.000Z',
  modified: '2021-03-02T00:00:00.000Z',
  name: `ioc ${n}`,
  pattern: `[ipv4-addr:value = '198.51.100.${n % 250}']`,
  pattern_type: 'stix',
  valid_from: '2021-03-02T00:00:00Z',
  ...extra,
})
const bundle = (objects: unknown[]) =>
  JSON.stringify({ type: 'bundle', id: 'bundle--1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d', objects })

async function importText(store: Store, dir: string, name: string, content: string | Buffer, lenient = false) {
  const f = join(dir, name)
  writeFileSync(f, content)
  return importSource(store, openSource(f), { lenient })
}

describe('import: bad input is refused whole, with its place, and the database is unchanged', () => {
  const { dir, cleanup } = tempDir()
  let store: Store
  let before: Awaited<ReturnType<Store['stats']>>
  beforeAll(async () => {
    store = await openSqlite(':memory:')
    const seed = await importText(store, dir, 'seed.json', bundle([indicator(1)]))
    assert.equal(seed.created, 1)
    before = await store.stats()
  })
  afterAll(async () => {
    await store.close()
    cleanup()
  })

  const cases: [string, string | Buffer, RegExp][] = [
    ['truncated JSON', bundle([indicator(2), indicator(3)]).slice(0, -40), /truncated/],
    ['empty file', '', /empty input/],
    ['non-bundle JSON (array)', '[1, 2, 3]', /not a STIX bundle/],
    ['non-bundle JSON (object)', '{"hello": "world", "objects": []}', /not a STIX bundle/],
    ['objects of the wrong JSON type', bundle([indicator(2), 42]), /objects\[1\]/],
    ['bad id', bundle([indicator(2, { id: 'indicator--not-a-uuid' })]), /objects\[0\]\.id/],
    ['bad timestamp', bundle([indicator(2, { modified: '2021-13-45' })]), /objects\[0\]\.modified/],
    [
      'modified before created',
      bundle([indicator(2, { modified: '2020-01-01T00:00:00.000Z' })]),
      /objects\[0\]\.modified/,
    ],
    [
      'unknown type',
      bundle([{ ...indicator(2), type: 'bogus', id: ID(2).replace('indicator', 'bogus') }]),
      /objects\[0\]\.type/,
    ],
    ['a 50 MB string', bundle([indicator(2, { description: 'x'.repeat(50 * 1024 * 1024) })]), /larger than|too long/],
    [
      'nesting 10,000 deep',
      `{"type":"bundle","id":"bundle--1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d","objects":[${'['.repeat(10000)}${']'.repeat(10000)}]}`,
      /nesting deeper/,
    ],
    ['__proto__ key', bundle([indicator(2)]).replace('"name"', '"__proto__":{"polluted":1},"name"'), /__proto__/],
    ['constructor key', bundle([indicator(2, { x_data: { constructor: { prototype: 1 } } })]), /constructor/],
    [
      'invalid UTF-8',
      Buffer.concat([
        Buffer.from(bundle([indicator(2)]).slice(0, 120)),
        Buffer.from([0xff, 0xfe]),
        Buffer.from(bundle([indicator(2)]).slice(120)),
      ]),
      /UTF-8|invalid/,
    ],
  ]
  for (const [what, content, expect] of cases) {
    test(`refuses ${what}`, async () => {
      let message = ''
      try {
        const r = await importText(store, dir, 'bad.json', content)
        assert.equal(r.committed, false, 'import must not commit')
        message = r.errors.map((e) => `${e.path}: ${e.message}`).join('\n')
      } catch (e) {
        assert.ok(e instanceof MosaicError, `expected a MosaicError, got ${e}`)
        message = `${e.where ?? ''}: ${e.message}`
      }
      assert.match(message, expect)
      assert.deepEqual(await store.stats(), before)
      assert.equal(({} as Record<string, unknown>).polluted, undefined)
    })
  }

  test('--lenient imports the valid objects and lists each rejected one with its path', async () => {
    const r = await importText(
      store,
      dir,
      'mixed.json',
      bundle([indicator(5), indicator(6, { id: 'indicator--x' }), indicator(7)]),
      true,
    )
    assert.equal(r.committed, true)
    assert.equal(r.created, 2)
    assert.equal(r.rejected, 1)
    assert.equal(r.errors[0]?.path, 'objects[1].id')
  })

  test('re-importing the same versions changes nothing', async () => {
    const r = await importText(store, dir, 'mixed.json', bundle([indicator(5), indicator(7)]))
    assert.deepEqual([r.created, r.updated, r.unchanged], [0, 0, 2])
  })
})

const attack = sharedPath('data', 'mitre-attack', 'enterprise-attack-v18.1.stix21.json.gz')

test(
  'ATT&CK enterprise: every object stored, idempotent, and export → import gives byte-equal objects',
  skipUnless(attack),
  async () => {
    const { dir, cleanup } = tempDir()
    try {
      const file = attack as string
      const original = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as { objects: { type: string }[] }
      const perType = new Map<string, number>()
      for (const o of original.objects) perType.set(o.type, (perType.get(o.type) ?? 0) + 1)
      const a = await openSqlite(join(dir, 'a.db'))
      const first = await importSource(a, openSource(file))
      assert.equal(first.created, 24771)
      assert.deepEqual(Object.fromEntries(perType), (await a.stats()).byType)
      const second = await importSource(a, openSource(file))
      assert.deepEqual([second.created, second.updated, second.unchanged], [0, 0, 24771])
      // export the way `mosaic export` does, then import into a fresh database
      const exported = join(dir, 'export.json')
      const out = createWriteStream(exported)
      out.write('{"type":"bundle","id":"bundle--1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d","objects":[')
      let firstObj = true
      for await (const o of a.objects({ includeRevoked: true })) {
        out.write(`${firstObj ? '' : ','}${JSON.stringify(o)}`)
        firstObj = false
      }
      out.end(']}')
      await once(out, 'finish')
      const b = await openSqlite(join(dir, 'b.db'))
      const third = await importSource(b, openSource(exported))
      assert.equal(third.created, 24771)
      const canon = async (s: Store) => {
        const m = new Map<string, string>()
        for await (const o of s.objects({ includeRevoked: true }))
          m.set(`${o.id}|${o.modified ?? o.created}`, canonicalJson(o))
        return m
      }
      const [ma, mb] = [await canon(a), await canon(b)]
      assert.equal(ma.size, 24771)
      assert.deepEqual([...ma.keys()].sort(), [...mb.keys()].sort())
      for (const [k, v] of ma) assert.equal(mb.get(k), v, k)
      await a.close()
      await b.close()
    } finally {
      cleanup()
    }
  },
)

test('crash safety: kill -9 midway through a large import leaves the database as it was; the re-run completes', async () => {
  const { dir, cleanup } = tempDir()
  try {
    const db = join(dir, 'crash.db')
    const small = join(dir, 'small.json')
    writeFileSync(small, bundle([indicator(1), indicator(2)]))
    const cli = join(repoRoot, 'bin', 'mosaic.js')
    assert.equal(spawnSync(process.execPath, [cli, 'import', small, '--db', db, '--json']).status, 0)
    const before = await openSqlite(db)
    const held = await before.stats()
    await before.close()
    const big = join(dir, 'big.json')
    const w = createWriteStream(big)
    w.write('{"type":"bundle","id":"bundle--1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d","objects":[')
    const n = 150_000
    for (let i = 10; i < n + 10; i++) {
      if (!w.write(`${i > 10 ? ',' : ''}${JSON.stringify(indicator(i, { description: 'padding '.repeat(20) }))}`))
        await once(w, 'drain')
    }
    w.end(']}')
    await once(w, 'finish')
    const child = spawn(process.execPath, [cli, 'import', big, '--db', db, '--json'], { stdio: 'ignore' })
    // wait until the import has written into the WAL, then kill it without warning
    const deadline = Date.now() + 60_000
    while (Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50))
      const wal = `${db}-wal`
      if (existsSync(wal) && statSync(wal).size > 4 * 1024 * 1024) break
    }
    child.kill('SIGKILL')
    await once(child, 'exit')
    const store = await openSqlite(db)
    assert.deepEqual(await store.stats(), held)
    await store.close()
    const rerun = spawnSync(process.execPath, [cli, 'import', big, '--db', db, '--json'], { encoding: 'utf8' })
    assert.equal(rerun.status, 0, rerun.stderr)
    assert.equal(JSON.parse(rerun.stdout).created, n)
  } finally {
    cleanup()
  }
})
