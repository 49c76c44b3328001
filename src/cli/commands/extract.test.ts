import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { repoRoot, tempDir } from '../../lib/testing.ts'
import { openStore } from '../../store/index.ts'

// The command runs in a child process: stdout is the test runner's channel in this one.
async function capture(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const r = spawnSync(process.execPath, [join(repoRoot, 'bin', 'mosaic.js'), ...args], { encoding: 'utf8' })
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr }
}

const TEXT =
  'Microsoft attributed the intrusion to Midnight Blizzard (formerly Nobelium), a Russian APT group. ' +
  'The Russian embassy rejected the accusation as baseless.'

test('extract --json prints a bundle and a summary, and stores nothing without --save', async () => {
  const { dir, cleanup } = tempDir()
  try {
    const file = join(dir, 'a.txt')
    writeFileSync(file, TEXT)
    const { code, out } = await capture(['extract', file, '--json', '--db', join(dir, 'none.db')])
    assert.equal(code, 0)
    const j = JSON.parse(out) as {
      bundle: { type: string; objects: { type: string }[] }
      summary: { attributions: unknown[] }
    }
    assert.equal(j.bundle.type, 'bundle')
    assert.equal(j.bundle.objects[0]?.type, 'report')
    assert.ok(j.summary.attributions.length >= 1)
    assert.ok(
      j.bundle.objects.some((o) => o.type === 'opinion'),
      'the denial is an opinion',
    )
  } finally {
    cleanup()
  }
})

test('extract without a database still knows the built-in criminal groups', async () => {
  const { dir, cleanup } = tempDir()
  try {
    const file = join(dir, 'b.txt')
    writeFileSync(file, 'The FBI said the DarkSide group was responsible for the attack on the pipeline.')
    const { code, out } = await capture(['extract', file, '--summary-only', '--db', join(dir, 'none.db')])
    assert.equal(code, 0)
    const s = JSON.parse(out) as { actors: { canonical: string }[]; attributions: { attributed_to: string }[] }
    assert.deepEqual(
      s.actors.map((a) => a.canonical),
      ['DarkSide'],
    )
    assert.deepEqual(
      s.attributions.map((a) => a.attributed_to),
      ['DarkSide'],
    )
  } finally {
    cleanup()
  }
})

test('extract --save stores the claims as pending; review accepts them into the store', async () => {
  const { dir, cleanup } = tempDir()
  try {
    const file = join(dir, 'a.txt')
    const db = join(dir, 'm.db')
    writeFileSync(file, TEXT)
    const saved = await capture(['extract', file, '--save', '--tlp', 'green', '--db', db, '--json'])
    assert.equal(saved.code, 0)
    let store = await openStore(db)
    const before = await store.count({ types: ['relationship'] })
    await store.close()
    const listed = await capture(['review', '--db', db, '--json'])
    const pending = (JSON.parse(listed.out) as { pending: { id: string; type: string }[] }).pending
    const rel = pending.find((p) => p.type === 'relationship')
    assert.ok(rel, 'a pending attribution')
    const done = await capture(['review', '--db', db, '--accept', rel.id, '--reject', 'all', '--json'])
    const result = JSON.parse(done.out) as { accepted: string[]; rejected: string[] }
    assert.deepEqual(result.accepted, [rel.id])
    assert.equal(result.rejected.length, pending.length - 1)
    store = await openStore(db)
    const got = await store.get(rel.id)
    await store.close()
    assert.equal(got?.x_mosaic_review, 'accepted')
    assert.deepEqual(got?.object_marking_refs, ['marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb'])
    assert.equal(
      before,
      (await (async () => {
        const s = await openStore(db)
        const n = await s.count({ types: ['relationship'] })
        await s.close()
        return n
      })()) - 1,
    )
    const empty = await capture(['review', '--db', db])
    assert.match(empty.out, /no pending items/)
  } finally {
    cleanup()
  }
})
