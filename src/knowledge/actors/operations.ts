// Analyst operations on the actor graph. Each is a claim: merging adds a same-as claim by the local analyst,
// splitting retracts the claims that join two records, and any retraction can itself be retracted. Nothing is deleted.
import { MosaicError } from '../../lib/errors.ts'
import { nowStix } from '../../lib/time.ts'
import { normalizeAlias } from '../../resolve/index.ts'
import { CLAIM_EXT_ID } from '../../stix/mosaic-extensions.ts'
import type { StixObject } from '../../stix/types.ts'
import { claimId } from '../../store/claims.ts'
import { writeTransaction } from '../../store/index.ts'
import type { Claim, Store } from '../../store/store.ts'
import { MOSAIC_NAMESPACE, uuid5 } from '../../store/uuid5.ts'
import type { Actor, ActorIndex } from './actors.ts'

/** The identity analyst actions are recorded under. */
export const LOCAL_ANALYST_ID = `identity--${uuid5(MOSAIC_NAMESPACE, 'identity:local-analyst')}`

function analystIdentity(ts: string): StixObject {
  return {
    type: 'identity',
    spec_version: '2.1',
    id: LOCAL_ANALYST_ID,
    created: '2020-01-01T00:00:00.000Z',
    modified: '2020-01-01T00:00:00.000Z',
    name: 'Local analyst',
    identity_class: 'individual',
    description: `Analyst decisions recorded in this Mosaic database (first used ${ts.slice(0, 10)})`,
  }
}

/** Merge two actors: a same-as relationship (a STIX object, so it exports) by the local analyst. */
export async function mergeActors(store: Store, a: Actor, b: Actor, reason: string): Promise<StixObject> {
  if (a.id === b.id || a.ids.includes(b.id))
    throw new MosaicError('conflict', `${a.name} and ${b.name} are already one actor`)
  const ts = nowStix()
  const rel: StixObject = {
    type: 'relationship',
    spec_version: '2.1',
    id: `relationship--${crypto.randomUUID()}`,
    created: ts,
    modified: ts,
    created_by_ref: LOCAL_ANALYST_ID,
    relationship_type: 'related-to',
    source_ref: a.id,
    target_ref: b.id,
    description: reason,
    extensions: { [CLAIM_EXT_ID]: { extension_type: 'property-extension', predicate: 'same-as', published: ts } },
  }
  await writeTransaction(store, async (s) => {
    await s.put(analystIdentity(ts))
    await s.put(rel)
  })
  return rel
}

/** Retract a claim (or undo a retraction by retracting it). Returns the retraction claim. */
export async function retractClaim(store: Store, target: string, reason: string): Promise<Claim> {
  const claim = await store.getClaim(target)
  if (!claim) throw new MosaicError('not_found', `no claim with id ${target}`)
  if (claim.retracted_by)
    throw new MosaicError('conflict', `claim ${target} is already retracted by ${claim.retracted_by}`)
  const ts = nowStix()
  const r: Claim = {
    id: claimId('retraction', target, ts, crypto.randomUUID()),
    subject: LOCAL_ANALYST_ID,
    predicate: 'retracts',
    object: target,
    literal: false,
    polarity: 'retracts',
    source: LOCAL_ANALYST_ID,
    published: ts,
    recorded: ts,
    confidence: null,
    evidence: [],
    markings: [],
    origin: 'analyst',
    extra: { reason },
  }
  await writeTransaction(store, async (s) => {
    await s.put(analystIdentity(ts))
    await s.addClaim(r)
  })
  return r
}

/**
 * Split member record `member` (with what else it is joined to) away from member record `other`: retract the
 * same-as claim that alone joins them. When they stay joined by derived evidence (a shared ATT&CK id) or by several claims, the
 * split is refused with the reason.
 */
export async function splitActor(
  store: Store,
  actor: Actor,
  member: string,
  other: string,
  reason: string,
): Promise<Claim[]> {
  for (const m of [member, other])
    if (!actor.ids.includes(m)) throw new MosaicError('usage', `${m} is not a member of ${actor.name}`)
  if (member === other) throw new MosaicError('usage', 'split needs two different member records')
  const claimLinks = actor.links.filter((l) => l.claim_id !== null)
  const connected = (skip: Set<string>) => {
    const adj = new Map<string, string[]>()
    for (const l of actor.links) {
      if (l.claim_id && skip.has(l.claim_id)) continue
      for (const [x, y] of [
        [l.from, l.to],
        [l.to, l.from],
      ] as const) {
        let n = adj.get(x)
        if (!n) adj.set(x, (n = []))
        n.push(y)
      }
    }
    const seen = new Set([member])
    const queue = [member]
    while (queue.length) {
      const x = queue.pop() as string
      if (x === other) return true
      for (const y of adj.get(x) ?? []) if (!seen.has(y)) seen.add(y) && queue.push(y)
    }
    return false
  }
  // A claim whose removal alone separates the two is a bridge; retract the most recent one (usually the merge that
  // joined them). When no single claim separates them, say which claims join them instead of guessing.
  const bridges = claimLinks.filter((l) => !connected(new Set([l.claim_id as string])))
  if (bridges.length === 0) {
    if (connected(new Set(claimLinks.map((l) => l.claim_id as string))))
      throw new MosaicError(
        'conflict',
        `${member} stays joined to ${actor.name} by a shared ATT&CK id; nothing to retract`,
      )
    throw new MosaicError(
      'conflict',
      `${member} is joined to ${actor.name} by several claims; retract the right ones with mosaic claim retract: ${claimLinks.map((l) => l.claim_id).join(', ')}`,
    )
  }
  bridges.sort((x, y) => (y.published ?? '').localeCompare(x.published ?? ''))
  const cut = new Set([bridges[0]?.claim_id as string])
  const out: Claim[] = []
  for (const id of cut) out.push(await retractClaim(store, id, reason))
  return out
}

/** Same-as claims, retractions and analyst actions touching the actor's members, oldest first. */
export async function actorHistory(store: Store, actor: Actor): Promise<Claim[]> {
  const joins = await store.claims({
    subject: actor.ids,
    predicate: ['same-as', 'revoked-by', 'duplicate-of', 'split-from'],
    includeRetracted: true,
  })
  const incoming = await store.claims({
    object: actor.ids,
    predicate: ['same-as', 'revoked-by', 'duplicate-of', 'split-from'],
    includeRetracted: true,
  })
  const all = new Map<string, Claim>()
  for (const c of [...joins, ...incoming]) all.set(c.id, c)
  const retractions = await store.claims({ predicate: 'retracts', object: [...all.keys()], includeRetracted: true })
  for (const r of retractions) all.set(r.id, r)
  const second = await store.claims({
    predicate: 'retracts',
    object: retractions.map((r) => r.id),
    includeRetracted: true,
  })
  for (const r of second) all.set(r.id, r)
  return [...all.values()].sort((x, y) =>
    x.recorded < y.recorded ? -1 : x.recorded > y.recorded ? 1 : x.id < y.id ? -1 : 1,
  )
}

/** The member record of `actor` a name or id stands for: the id itself, else the member that carries that name. */
export function memberFor(actor: Actor, query: string): string {
  if (actor.ids.includes(query)) return query
  const key = normalizeAlias(query)
  const alias = actor.aliases.find((a) => normalizeAlias(a.name) === key)
  const members = new Set(alias?.claims.map((c) => c.member) ?? [])
  const pick = actor.ids.find((id) => members.has(id))
  if (!pick) throw new MosaicError('not_found', `no member record of ${actor.name} is named '${query}'`)
  return pick
}

/** Find one actor by id (any member id) or name. */
export async function findActor(index: ActorIndex, query: string): Promise<Actor> {
  const byId = index.byMember.get(query)
  if (byId) return byId
  const r = index.resolver().resolve(query)
  const first = r.candidates[0]
  if (!first) {
    const hint = r.suggestions
      .map((s) => s.text)
      .slice(0, 3)
      .join('; ')
    throw new MosaicError('not_found', `no actor named '${query}'${hint ? ` (did you mean: ${hint})` : ''}`)
  }
  if (r.ambiguous)
    throw new MosaicError(
      'conflict',
      `'${query}' names several actors: ${r.candidates.map((c) => `${c.name} (${c.id})`).join(', ')} — use an id`,
    )
  return index.byMember.get(first.id) as Actor
}
