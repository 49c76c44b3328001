import type { StixObject } from '../stix/types.ts'
import type { Claim, Store } from '../store/store.ts'

export interface SourceRef {
  id: string | null
  name: string
}

/** Names of identities (sources), looked up once per id. */
export class SourceNames {
  readonly #store: Store
  readonly #cache = new Map<string, string>()
  constructor(store: Store) {
    this.#store = store
  }
  async name(id: string | null): Promise<string> {
    if (id === null) return 'unknown'
    const hit = this.#cache.get(id)
    if (hit !== undefined) return hit
    const obj = await this.#store.get(id)
    const name = typeof obj?.name === 'string' ? obj.name : id
    this.#cache.set(id, name)
    return name
  }
  async ref(id: string | null): Promise<SourceRef> {
    return { id, name: await this.name(id) }
  }
}

export interface ObjectView {
  object: StixObject
  versions: string[]
  aliases: { name: string; sources: SourceRef[]; claim_ids: string[] }[]
  claims: { as_subject: Claim[]; as_object: Claim[] }
}

/** One object with its versions, its alias claims (grouped by name, with who says so) and the claims about it. */
export async function objectView(store: Store, id: string): Promise<ObjectView | undefined> {
  const object = await store.get(id)
  if (!object) return undefined
  const names = new SourceNames(store)
  const versions = (await store.versions(id)).map((v) => v.modified ?? v.created ?? '')
  const asSubject = await store.claims({ subject: id })
  const asObject = await store.claims({ object: id })
  const byAlias = new Map<string, { sources: SourceRef[]; claim_ids: string[] }>()
  for (const c of asSubject) {
    if (c.predicate !== 'alias') continue
    let entry = byAlias.get(c.object)
    if (!entry) byAlias.set(c.object, (entry = { sources: [], claim_ids: [] }))
    entry.sources.push(await names.ref(c.source))
    entry.claim_ids.push(c.id)
  }
  return {
    object,
    versions,
    aliases: [...byAlias].map(([name, e]) => ({ name, ...e })),
    claims: { as_subject: asSubject.filter((c) => c.predicate !== 'alias'), as_object: asObject },
  }
}
