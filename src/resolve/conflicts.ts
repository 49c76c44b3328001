// Conflicts and contamination in alias claims, computed over resolver actors (pure; the knowledge layer supplies the
// actors and the names of malware and tools held in the database).
import { normalizeAlias } from './normalize.ts'
import { ACTOR_TYPES, type ResolverActor } from './resolver.ts'

/** Who claims one alias for one actor. */
export interface AliasClaimant {
  actor_id: string
  actor_name: string
  /** The alias as this actor's sources write it. */
  alias: string
  sources: string[]
}

/** An alias string (normalised) claimed for more than one actor. */
export interface AliasConflict {
  /** The alias as first written. */
  alias: string
  /** The normalised key shared by every claimant. */
  key: string
  claimants: AliasClaimant[]
}

/** A non-actor record (malware, tool …) whose name an alias equals. */
export interface NamedThing {
  id?: string
  name: string
  type: string
}

/** An alias that equals the name of a malware, tool or other non-actor record. */
export interface AliasContamination {
  alias: string
  key: string
  actor_id: string
  actor_name: string
  sources: string[]
  /** True when the alias is the actor's display name (often deliberate: "Carbanak" the group and the malware). */
  is_display_name: boolean
  matches: NamedThing[]
}

function actorTypes(types: readonly string[] | undefined): Set<string> {
  return new Set(types ?? ACTOR_TYPES)
}

// Per actor: normalised key → the first spelling and the union of its sources.
function aliasesByKey(actor: ResolverActor): Map<string, { alias: string; sources: string[] }> {
  const out = new Map<string, { alias: string; sources: string[] }>()
  for (const a of [...actor.aliases, { name: actor.name, sources: [] as string[] }]) {
    const key = normalizeAlias(a.name)
    if (key === '') continue
    const cur = out.get(key)
    if (!cur) out.set(key, { alias: a.name.trim(), sources: [...a.sources] })
    else for (const s of a.sources) if (!cur.sources.includes(s)) cur.sources.push(s)
  }
  return out
}

/**
 * Alias strings (compared normalised) claimed for more than one actor, with who claims what — the candidates for
 * merge proposals, never merges by themselves. Sorted by number of claimants (most first), then alias.
 * Only actors of the given types take part (default intrusion-set and threat-actor).
 */
export function aliasConflicts(
  actors: readonly ResolverActor[],
  opts: { types?: readonly string[] } = {},
): AliasConflict[] {
  const types = actorTypes(opts.types)
  const byKey = new Map<string, AliasClaimant[]>()
  for (const actor of actors) {
    if (!types.has(actor.type)) continue
    for (const [key, a] of aliasesByKey(actor)) {
      const claimant = { actor_id: actor.id, actor_name: actor.name, alias: a.alias, sources: a.sources }
      const list = byKey.get(key)
      if (list) list.push(claimant)
      else byKey.set(key, [claimant])
    }
  }
  const out: AliasConflict[] = []
  for (const [key, claimants] of byKey) {
    if (claimants.length < 2) continue
    out.push({ alias: claimants[0]?.alias ?? key, key, claimants })
  }
  out.sort((a, b) => b.claimants.length - a.claimants.length || a.alias.localeCompare(b.alias))
  return out
}

/**
 * Aliases of actors that equal (normalised) the name of a malware, tool or other non-actor record, e.g. "JJDoor"
 * and "Feverdream" listed as names of Gingham Typhoon. Sorted by actor name, then alias.
 */
export function aliasContamination(
  actors: readonly ResolverActor[],
  things: Iterable<NamedThing>,
  opts: { types?: readonly string[] } = {},
): AliasContamination[] {
  const types = actorTypes(opts.types)
  const named = new Map<string, NamedThing[]>()
  for (const t of things) {
    const key = normalizeAlias(t.name)
    if (key === '') continue
    const list = named.get(key)
    if (!list) named.set(key, [t])
    else if (!list.some((x) => x.id === t.id && x.name === t.name)) list.push(t)
  }
  const out: AliasContamination[] = []
  for (const actor of actors) {
    if (!types.has(actor.type)) continue
    const displayKey = normalizeAlias(actor.name)
    for (const [key, a] of aliasesByKey(actor)) {
      const matches = named.get(key)
      if (!matches) continue
      out.push({
        alias: a.alias,
        key,
        actor_id: actor.id,
        actor_name: actor.name,
        sources: a.sources,
        is_display_name: key === displayKey,
        matches,
      })
    }
  }
  out.sort((a, b) => a.actor_name.localeCompare(b.actor_name) || a.alias.localeCompare(b.alias))
  return out
}
