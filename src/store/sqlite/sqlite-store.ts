import { MosaicError } from '../../lib/errors.ts'
import type { Store } from '../store.ts'

export async function openSqlite(_path: string): Promise<Store> {
  throw new MosaicError('unavailable', 'SQLite store is being built')
}
