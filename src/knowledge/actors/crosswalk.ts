import type { Actor } from './actors.ts'

export interface CrosswalkRow {
  source: string
  names: { name: string; published: string | null; claim_id: string; record: string }[]
}

/** Vendors × names: for each source, the names it uses for the actor, each link with its date and claim. */
export function crosswalk(actor: Actor): CrosswalkRow[] {
  const bySource = new Map<string, CrosswalkRow>()
  for (const a of actor.aliases) {
    for (const c of a.claims) {
      let row = bySource.get(c.source)
      if (!row) bySource.set(c.source, (row = { source: c.source, names: [] }))
      if (!row.names.some((n) => n.name === c.alias))
        row.names.push({ name: c.alias, published: c.published, claim_id: c.claim_id, record: c.member })
    }
  }
  return [...bySource.values()].sort((x, y) => y.names.length - x.names.length || x.source.localeCompare(y.source))
}
