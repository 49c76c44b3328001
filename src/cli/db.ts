import { seedIfNew } from '../knowledge/starter/seed.ts'
import { openStore } from '../store/index.ts'
import type { Store } from '../store/store.ts'
import { dbLocation } from './args.ts'

/** Open the database named by --db / MOSAIC_DB / ./mosaic.db. */
export async function openDb(db: string | undefined): Promise<Store> {
  const store = await openStore(dbLocation(db))
  try {
    await seedIfNew(store)
  } catch (e) {
    await store.close()
    throw e
  }
  return store
}

/** Run `fn` with an open store and always close it. */
export async function withDb<T>(db: string | undefined, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openDb(db)
  try {
    return await fn(store)
  } finally {
    await store.close()
  }
}
