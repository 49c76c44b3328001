export type * from './store.ts'

import { MosaicError } from '../lib/errors.ts'
import type { Store, WriteSession } from './store.ts'

/** Open the database at `location`: a file path (SQLite, the default) or a postgres:// URL. */
export async function openStore(location: string): Promise<Store> {
  if (/^postgres(ql)?:\/\//.test(location)) throw new MosaicError('unavailable', 'PostgreSQL backend is not built yet')
  const { openSqlite } = await import('./sqlite/sqlite-store.ts')
  return openSqlite(location)
}

/** Run `fn` in one write session: commit when it returns, roll back when it throws (nothing half-written). */
export async function writeTransaction<T>(store: Store, fn: (session: WriteSession) => Promise<T>): Promise<T> {
  const session = await store.begin()
  let result: T
  try {
    result = await fn(session)
  } catch (e) {
    await session.rollback()
    throw e
  }
  await session.commit()
  return result
}
