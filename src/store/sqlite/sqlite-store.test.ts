import assert from 'node:assert/strict'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { MosaicError } from '../../lib/errors.ts'
import { tempDir } from '../../lib/testing.ts'
import { storeContract } from '../store.contract.ts'
import { openSqlite } from './sqlite-store.ts'

storeContract('sqlite (memory)', () => openSqlite(':memory:'))

test('sqlite: a file that is not a database is refused with a clear error', async () => {
  const { dir, cleanup } = tempDir()
  try {
    const f = join(dir, 'not.db')
    writeFileSync(f, 'this is not sqlite, just text that is long enough to look like a header '.repeat(20))
    await assert.rejects(
      openSqlite(f),
      (e: unknown) => e instanceof MosaicError && /not a Mosaic database/.test(e.message),
    )
  } finally {
    cleanup()
  }
})

test('sqlite: schema version is recorded and reopening a file keeps the data', async () => {
  const { dir, cleanup } = tempDir()
  try {
    const f = join(dir, 'm.db')
    let store = await openSqlite(f)
    assert.equal(await store.getMeta('schema_version'), '1')
    await store.setMeta('k', 'v')
    await store.close()
    store = await openSqlite(f)
    assert.equal(await store.getMeta('k'), 'v')
    await store.close()
  } finally {
    cleanup()
  }
})
