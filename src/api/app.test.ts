import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { loadStarterPack } from '../knowledge/starter/seed.ts'
import { repoRoot, tempDir } from '../lib/testing.ts'
import { openSqlite } from '../store/sqlite/sqlite-store.ts'
import type { Store } from '../store/store.ts'
import { createApp } from './app.ts'

describe('HTTP API over the starter pack', () => {
  let store: Store
  let app: ReturnType<typeof createApp>
  before(async () => {
    store = await openSqlite(':memory:')
    await loadStarterPack(store)
    app = createApp({ store })
  })
  after(() => store.close())

  test('health reports the store and its counts', async () => {
    const res = await app.request('/api/health')
    assert.equal(res.status, 200)
    const body = (await res.json()) as { status: string; objects: number }
    assert.equal(body.status, 'ok')
    assert.ok(body.objects > 500)
  })

  test('search finds APT40 by a vendor name, and a missing q is a 400 with a JSON error', async () => {
    const res = await app.request('/api/search?q=Kryptonite%20Panda')
    const body = (await res.json()) as { hits: { name: string }[] }
    assert.equal(body.hits[0]?.name, 'APT40')
    const bad = await app.request('/api/search')
    assert.equal(bad.status, 400)
    assert.equal(((await bad.json()) as { error: { code: string } }).error.code, 'usage')
  })

  test('an unknown object id is a 404', async () => {
    const res = await app.request('/api/objects/intrusion-set--00000000-0000-4000-8000-000000000000')
    assert.equal(res.status, 404)
  })

  test('the actor dossier carries names and attributions; as_of before 19 July 2021 hides that day', async () => {
    const res = await app.request('/api/actors/APT40')
    assert.equal(res.status, 200)
    const d = (await res.json()) as { name: string; attributions: { published: string }[] }
    assert.ok(d.attributions.some((a) => a.published.startsWith('2021-07-19')))
    const before = (await (await app.request('/api/actors/APT40?as_of=2021-07-18')).json()) as typeof d
    assert.ok(before.attributions.every((a) => a.published < '2021-07-19'))
  })

  test('resolve answers the resolver contract', async () => {
    const r = (await (await app.request('/api/resolve?q=TEMP.Periscope')).json()) as {
      ambiguous: boolean
      candidates: { name: string; matched_alias: string }[]
    }
    assert.equal(r.ambiguous, false)
    assert.equal(r.candidates[0]?.matched_alias, 'TEMP.Periscope')
  })

  test('attributions to the MSS list one row per statement', async () => {
    const r = (await (
      await app.request('/api/attributions?to=Ministry%20of%20State%20Security&since=2021')
    ).json()) as {
      attributions: { claim_id: string }[]
    }
    assert.ok(r.attributions.length >= 4)
    assert.equal(new Set(r.attributions.map((a) => a.claim_id)).size, r.attributions.length)
  })
})

test('mosaic serve answers over real HTTP on 127.0.0.1 and stops on SIGTERM', async () => {
  const { dir, cleanup } = tempDir()
  try {
    const child = spawn(
      process.execPath,
      [join(repoRoot, 'bin', 'mosaic.js'), 'serve', '--port', '0', '--db', join(dir, 'm.db')],
      {
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    )
    let err = ''
    const port = await new Promise<number>((resolve, reject) => {
      child.stderr.on('data', (d: Buffer) => {
        err += d.toString()
        const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(err)
        if (m) resolve(Number(m[1]))
      })
      child.once('exit', () => reject(new Error(`server exited: ${err}`)))
    })
    const res = await fetch(`http://127.0.0.1:${port}/api/health`)
    assert.equal(res.status, 200)
    assert.equal(((await res.json()) as { status: string }).status, 'ok')
    child.kill('SIGTERM')
    const [code] = await once(child, 'exit')
    assert.equal(code, 0)
  } finally {
    cleanup()
  }
})
