/**
 * The alias list for the actor matcher, from the store's alias index. Only the Store *type* is imported: the caller
 * (the CLI) opens the store and passes it in.
 */
import type { Store } from '../store/index.ts'
import type { AliasEntry } from './actors.ts'

const KINDS = new Set(['intrusion-set', 'threat-actor', 'malware', 'tool', 'campaign'])

/** Every alias of an actor, malware or tool in the store, with the name of the object it belongs to. */
export async function aliasEntriesFromStore(store: Pick<Store, 'aliases' | 'get'>): Promise<AliasEntry[]> {
  const rows = await store.aliases()
  const names = new Map<string, string>()
  const out: AliasEntry[] = []
  for (const r of rows) {
    if (!KINDS.has(r.object_type)) continue
    let name = names.get(r.object_id)
    if (name === undefined) {
      const o = await store.get(r.object_id)
      name = typeof o?.name === 'string' ? o.name : r.alias
      names.set(r.object_id, name)
    }
    out.push({ alias: r.alias, actorId: r.object_id, actorName: name, kind: r.object_type })
  }
  return out
}
