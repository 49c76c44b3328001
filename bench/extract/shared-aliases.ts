// Alias entries built straight from the shared ATT&CK and MISP files, for evaluation and benchmarks only (the product
// builds them from its store: aliasEntriesFromStore).
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import type { AliasEntry } from '../../src/extract/index.ts'

interface MispCluster {
  values: { value: string; uuid: string; meta?: { synonyms?: string[] } }[]
}

let attackCache: { path: string; objects: Record<string, unknown>[] } | undefined
/**
 * The objects of the shared ATT&CK bundle (empty when the file is absent), read and parsed once per process: the
 * alias entries and the bench's ATT&CK texts both come from it.
 */
export function attackObjects(sharedDir: string): Record<string, unknown>[] {
  const path = join(sharedDir, 'data', 'mitre-attack', 'enterprise-attack-v18.1.stix21.json.gz')
  if (attackCache?.path !== path) {
    const objects = existsSync(path)
      ? (JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as { objects: Record<string, unknown>[] }).objects
      : []
    attackCache = { path, objects }
  }
  return attackCache.objects
}

export function aliasEntriesFromShared(sharedDir: string): AliasEntry[] {
  const out: AliasEntry[] = []
  for (const o of attackObjects(sharedDir)) {
    const type = o.type as string
    if (o.revoked === true || o.x_mitre_deprecated === true) continue
    if (type !== 'intrusion-set' && type !== 'malware' && type !== 'tool') continue
    const name = o.name as string
    const aliases = [name, ...((o.aliases as string[]) ?? []), ...((o.x_mitre_aliases as string[]) ?? [])]
    for (const alias of new Set(aliases))
      out.push({ alias, actorId: o.id as string, actorName: name, kind: type, source: 'attack' })
  }
  const galaxies: [string, string][] = [
    ['threat-actor.json', 'intrusion-set'],
    ['microsoft-activity-group.json', 'intrusion-set'],
    ['mitre-intrusion-set.json', 'intrusion-set'],
    ['360net.json', 'intrusion-set'],
    ['tidal-groups.json', 'intrusion-set'],
    ['malpedia.json', 'malware'],
  ]
  for (const [file, kind] of galaxies) {
    const p = join(sharedDir, 'data', 'misp-galaxy', 'clusters', file)
    if (!existsSync(p)) continue
    const c = JSON.parse(readFileSync(p, 'utf8')) as MispCluster
    for (const v of c.values) {
      const name = v.value.replace(/\s+-\s+G\d{4}$/, '')
      for (const alias of new Set([name, ...(v.meta?.synonyms ?? [])]))
        out.push({ alias, actorId: `misp:${v.uuid}`, actorName: name, kind, source: 'catalogue' })
    }
  }
  return out
}
