import { MosaicError } from '../../lib/errors.ts'
import type { Store } from '../../store/store.ts'
import { dossierExtras } from '../ledger/index.ts'
import { type Actor, ActorIndex } from './actors.ts'
import { findActor } from './operations.ts'

export interface DossierOptions {
  asOf?: string
  lens?: string
  /** Show the name this source uses as the display name. */
  nameFrom?: string
}

/** The dossier of one actor (the contract of `mosaic actor X --json` and GET /api/actors/:name). */
export async function dossierOf(store: Store, actor: Actor, opts: DossierOptions = {}) {
  let name = actor.name
  if (opts.nameFrom) {
    const want = opts.nameFrom.toLowerCase()
    const used = actor.aliases.find((a) => a.sources.some((s) => s.toLowerCase().includes(want)))
    if (used) name = used.name
  }
  const extraOpts = { ...(opts.asOf ? { asOf: opts.asOf } : {}), ...(opts.lens ? { lens: opts.lens } : {}) }
  const extras = await dossierExtras(store, { id: actor.id, name, ids: actor.ids }, extraOpts)
  return {
    id: actor.id,
    name,
    ids: actor.ids,
    external_ids: actor.external_ids,
    aliases: actor.aliases.map((a) => ({ name: a.name, sources: a.sources, claims: a.claims })),
    links: actor.links,
    ...extras,
  }
}

export type Dossier = Awaited<ReturnType<typeof dossierOf>>

/**
 * Find an actor by name or id (in the full view: a name is a name whenever it was first used) and build its dossier
 * as of the date and through the lens. When the actor had no dated names by then, the dossier keeps its identity and
 * shows only what was published by then.
 */
export async function dossierFor(store: Store, query: string, opts: DossierOptions = {}): Promise<Dossier> {
  const found = await findActor(await ActorIndex.cached(store), query)
  if (!opts.asOf && !opts.lens) return dossierOf(store, found, opts)
  const view = await ActorIndex.cached(store, {
    ...(opts.asOf ? { asOf: opts.asOf } : {}),
    ...(opts.lens ? { lens: opts.lens } : {}),
  })
  const seen = found.ids.map((id) => view.byMember.get(id)).find((x) => x !== undefined)
  if (seen) return dossierOf(store, seen, opts)
  if (opts.lens) throw new MosaicError('not_found', `${opts.lens} has no names for ${found.name}`)
  const cutoff = opts.asOf as string
  const aliases = found.aliases
    .map((a) => ({ ...a, claims: a.claims.filter((c) => c.published === null || c.published <= cutoff) }))
    .filter((a) => a.claims.length > 0)
  return dossierOf(store, { ...found, aliases, links: [] }, opts)
}
