// Alias entries of the starter pack (the objects `mosaic` loads into every new database), built the way
// aliasEntriesFromStore builds them from a store: names and aliases of actors, malware, tools and campaigns; a
// threat-actor that is a state (resource_level "government") is a sponsor, not a group.
import type { AliasEntry } from '../../src/extract/index.ts'
import { starterBundle } from '../../src/knowledge/starter/index.ts'

const KINDS = new Set(['intrusion-set', 'threat-actor', 'malware', 'tool', 'campaign'])

export function aliasEntriesFromStarter(): AliasEntry[] {
  const out: AliasEntry[] = []
  for (const o of starterBundle().objects as unknown as Record<string, unknown>[]) {
    const type = o.type as string
    if (!KINDS.has(type) || typeof o.name !== 'string') continue
    const kind = type === 'threat-actor' && o.resource_level === 'government' ? 'state' : type
    const names = [o.name, ...((o.aliases as string[] | undefined) ?? []), ...((o.x_mitre_aliases as string[]) ?? [])]
    for (const alias of new Set(names))
      out.push({ alias, actorId: o.id as string, actorName: o.name, kind, source: 'pack' })
  }
  return out
}
