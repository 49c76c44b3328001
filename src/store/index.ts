export type * from './store.ts'

import { MosaicError } from '../lib/errors.ts'
import type { Store } from './store.ts'

/** Open the database at `location`: a file path (SQLite, the default) or a postgres:// URL. */
export async function openStore(location: string): Promise<Store> {
  if (/^postgres(ql)?:\/\//.test(location)) throw new MosaicError('unavailable', 'PostgreSQL backend is not built yet')
  const { openSqlite } = await import('./sqlite/sqlite-store.ts')
  return openSqlite(location)
}
