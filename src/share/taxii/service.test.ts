import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { repoRoot } from '../../lib/testing.ts'
import { createTaxiiApp, loadSeed, TAXII_MEDIA_TYPE, TaxiiService } from './index.ts'

const SEED = JSON.parse(readFileSync(join(repoRoot, 'fixtures', 'taxii', 'seed.json'), 'utf8')) as unknown
const INBOX = '1c8f6b5d-2a1f-4a4c-9a6f-6e2d3c4b5f02'

function backend() {
  const b = loadSeed(structuredClone(SEED))
  assert.ok(b.ok)
  return b.value
}

test('a POST whose declared Content-Length exceeds max_content_length is 413 without reading the body', async () => {
  const service = new TaxiiService(backend())
  let read = false
  const reply = await service.addObjects('mosaic', INBOX, {
    contentType: TAXII_MEDIA_TYPE,
    contentLength: 1_000_000_000,
    read: async () => {
      read = true
      return new Uint8Array()
    },
  })
  assert.equal(reply.status, 413)
  assert.equal(read, false)
})

test('an envelope with an empty objects list gives a complete status with zero counts', async () => {
  const service = new TaxiiService(backend())
  const body = new TextEncoder().encode('{"objects": []}')
  const reply = await service.addObjects('mosaic', INBOX, {
    contentType: TAXII_MEDIA_TYPE,
    contentLength: body.byteLength,
    read: async () => body,
  })
  assert.equal(reply.status, 202)
  assert.deepEqual(
    { ...(reply.body as Record<string, unknown>), id: 'x', request_timestamp: 't' },
    {
      id: 'x',
      status: 'complete',
      request_timestamp: 't',
      total_count: 0,
      success_count: 0,
      failure_count: 0,
      pending_count: 0,
    },
  )
})

test('without users the server asks for no credentials', async () => {
  const app = createTaxiiApp({ backend: backend() })
  const res = await app.request('/taxii2/', { headers: { accept: TAXII_MEDIA_TYPE } })
  assert.equal(res.status, 200)
})

test('discovery can be served at another path, for mounting under /taxii2/ of a larger app', async () => {
  const app = createTaxiiApp({ backend: backend(), discoveryPath: '/' })
  const res = await app.request('/', { headers: { accept: TAXII_MEDIA_TYPE } })
  assert.equal(res.status, 200)
  assert.equal(((await res.json()) as { title: string }).title, 'Mosaic test TAXII server')
  assert.equal((await app.request('/mosaic/', { headers: { accept: TAXII_MEDIA_TYPE } })).status, 200)
})

test('a seed that is not laid out like the reference backend is refused with the place of the problem', () => {
  const bad = loadSeed({ mosaic: { collections: [{ title: 'no id' }] } })
  assert.equal(bad.ok, false)
  assert.equal(bad.ok ? '' : bad.error[0]?.path, 'mosaic.collections[0]')
  assert.equal(loadSeed([]).ok, false)
  const badObject = loadSeed({ r: { collections: [{ id: 'c', objects: [{ type: 'x', id: 'nope' }] }] } })
  assert.equal(badObject.ok ? '' : badObject.error[0]?.path, 'r.collections[0].objects[0]')
})
