import { importObjects } from '../../ingest/importer.ts'
import { MosaicError } from '../../lib/errors.ts'
import type { Store } from '../../store/store.ts'
import { STARTER_PACK_VERSION, starterBundle } from './build.ts'

const META_KEY = 'starter_pack_version'

/** Load the starter pack into the store (idempotent: unchanged objects are skipped) and record its version. */
export async function loadStarterPack(store: Store) {
  const report = await importObjects(store, starterBundle().objects)
  if (!report.committed) {
    const first = report.errors[0]
    throw new MosaicError('internal', `starter pack failed validation: ${first?.path}: ${first?.message}`)
  }
  await store.setMeta(META_KEY, STARTER_PACK_VERSION)
  return report
}

/** Seed a brand-new database with the starter pack, so the first run is useful offline. */
export async function seedIfNew(store: Store): Promise<boolean> {
  if ((await store.getMeta(META_KEY)) !== undefined) return false
  if ((await store.stats()).objects > 0) return false
  await loadStarterPack(store)
  return true
}
