/**
 * The alias list for the actor matcher, from the store's alias index. Only the Store *type* is imported: the caller
 * (the CLI) opens the store and passes it in.
 */
import { MOSAIC_IDENTITY_ID } from '../stix/mosaic-extensions.ts'
import type { Store } from '../store/index.ts'
import type { AliasEntry } from './actors.ts'

type Source = NonNullable<AliasEntry['source']>

/** The identity MITRE ATT&CK's objects are created by. */
const MITRE_IDENTITY_ID = 'identity--c78cb6e5-0c4b-4611-8297-d1b8b55e40b5'

/** ATT&CK's own objects, the starter pack's (made by Mosaic), or a catalogue's (MISP galaxies …). */
function sourceOf(o: Record<string, unknown> | undefined): Source {
  // A revoked or deprecated ATT&CK object no longer says how ATT&CK groups names (its names live on elsewhere).
  if (!o || o.revoked === true || o.x_mitre_deprecated === true) return 'catalogue'
  if (o.created_by_ref === MITRE_IDENTITY_ID || Array.isArray(o.x_mitre_domains)) return 'attack'
  if (o.created_by_ref === MOSAIC_IDENTITY_ID) return 'pack'
  return 'catalogue'
}

const KINDS = new Set(['intrusion-set', 'threat-actor', 'malware', 'tool', 'campaign'])

/** Every alias of an actor, malware or tool in the store, with the name of the object it belongs to. */
export async function aliasEntriesFromStore(store: Pick<Store, 'aliases' | 'get'>): Promise<AliasEntry[]> {
  const rows = await store.aliases()
  const names = new Map<string, { name: string; kind: string; source: Source }>()
  const out: AliasEntry[] = []
  for (const r of rows) {
    if (!KINDS.has(r.object_type)) continue
    let info = names.get(r.object_id)
    if (info === undefined) {
      const o = await store.get(r.object_id)
      // A threat-actor that is a state or a state body (resource_level "government": "Chinese state", "Russian
      // military") is a sponsor, not a group: its names must not become actor mentions.
      const state = o?.type === 'threat-actor' && o.resource_level === 'government'
      info = {
        name: typeof o?.name === 'string' ? o.name : r.alias,
        kind: state ? 'state' : r.object_type,
        source: sourceOf(o as Record<string, unknown> | undefined),
      }
      names.set(r.object_id, info)
    }
    out.push({ alias: r.alias, actorId: r.object_id, actorName: info.name, kind: info.kind, source: info.source })
  }
  return out
}
