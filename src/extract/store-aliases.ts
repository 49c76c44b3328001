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
  const names = new Map<string, { name: string; kind: string }>()
  const out: AliasEntry[] = []
  for (const r of rows) {
    if (!KINDS.has(r.object_type)) continue
    let info = names.get(r.object_id)
    if (info === undefined) {
      const o = await store.get(r.object_id)
      // A threat-actor that is a state or a state body (resource_level "government": "Chinese state", "Russian
      // military") is a sponsor, not a group: its names must not become actor mentions.
      const state = o?.type === 'threat-actor' && o.resource_level === 'government'
      info = { name: typeof o?.name === 'string' ? o.name : r.alias, kind: state ? 'state' : r.object_type }
      names.set(r.object_id, info)
    }
    out.push({ alias: r.alias, actorId: r.object_id, actorName: info.name, kind: info.kind })
  }
  return out
}
