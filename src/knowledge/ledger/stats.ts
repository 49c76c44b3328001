// Analytics over the ledger: attribution statements per attributed state and per year, targeting per sector.
import type { Store } from '../../store/store.ts'
import { LedgerContext } from './context.ts'

export interface StateKey {
  id: string
  name: string
  code: string | null
}

export interface AttributionStats {
  as_of: string | null
  /** Attribution statements counted (predicate attributed-to, asserted, not retracted, published by as_of). */
  statements: number
  /**
   * Statements per state held responsible: the party named when it is a country, else where the named organisation
   * is located (or its parent), else where the named intrusion set originates from, as claimed; null when unknown.
   */
  by_state: { state: StateKey | null; statements: number; attributors: number }[]
  per_year: { year: string; statements: number }[]
  by_state_per_year: { state: StateKey | null; year: string; statements: number }[]
  /** Targeting claims per sector (identities of class "class", e.g. democratic processes), with distinct targeters. */
  by_sector: { sector: { id: string; name: string }; claims: number; actors: number }[]
}

const yearOf = (d: string | null): string => (d ? d.slice(0, 4) : 'unknown')

/** Attribution and targeting counts, as of a date (valid time). */
export async function attributionStats(store: Store, opts: { asOf?: string } = {}): Promise<AttributionStats> {
  const ctx = new LedgerContext(store, opts.asOf)
  const claims = (await ctx.claims({ predicate: 'attributed-to' })).filter(
    (c) => !c.literal && c.polarity === 'asserts',
  )
  await ctx.prefetch(claims.flatMap((c) => [c.object, c.source ?? '']))
  const states = new Map<string, { state: StateKey | null; statements: number; attributors: Set<string> }>()
  const years = new Map<string, number>()
  const stateYears = new Map<string, { state: StateKey | null; year: string; statements: number }>()
  for (const c of claims) {
    const loc = await ctx.stateOf(c.object, true)
    const state = loc ? await ctx.stateRef(loc) : null
    const key = state ? (state.code ?? state.id) : 'unknown'
    let s = states.get(key)
    if (!s) states.set(key, (s = { state, statements: 0, attributors: new Set() }))
    s.statements++
    if (c.source) s.attributors.add(await ctx.top(c.source))
    const year = yearOf(c.published)
    years.set(year, (years.get(year) ?? 0) + 1)
    const sy = `${key}\u0000${year}`
    const row = stateYears.get(sy)
    if (row) row.statements++
    else stateYears.set(sy, { state, year, statements: 1 })
  }

  const sectors = new Map<string, { sector: { id: string; name: string }; claims: number; actors: Set<string> }>()
  for (const c of await ctx.claims({ predicate: 'targets' })) {
    if (c.polarity !== 'asserts' || !c.object.startsWith('identity--')) continue
    const o = await ctx.obj(c.object)
    if (o?.identity_class !== 'class') continue
    let s = sectors.get(c.object)
    if (!s)
      sectors.set(
        c.object,
        (s = { sector: { id: c.object, name: await ctx.name(c.object) }, claims: 0, actors: new Set() }),
      )
    s.claims++
    s.actors.add(c.subject)
  }

  const stateName = (s: StateKey | null) => s?.name ?? '~'
  return {
    as_of: ctx.asOf ?? null,
    statements: claims.length,
    by_state: [...states.values()]
      .map((s) => ({ state: s.state, statements: s.statements, attributors: s.attributors.size }))
      .sort((a, b) => b.statements - a.statements || stateName(a.state).localeCompare(stateName(b.state))),
    per_year: [...years]
      .map(([year, statements]) => ({ year, statements }))
      .sort((a, b) => a.year.localeCompare(b.year)),
    by_state_per_year: [...stateYears.values()].sort(
      (a, b) => stateName(a.state).localeCompare(stateName(b.state)) || a.year.localeCompare(b.year),
    ),
    by_sector: [...sectors.values()]
      .map((s) => ({ sector: s.sector, claims: s.claims, actors: s.actors.size }))
      .sort((a, b) => b.claims - a.claims || a.sector.name.localeCompare(b.sector.name)),
  }
}
