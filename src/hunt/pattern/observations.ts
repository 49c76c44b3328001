// Turning STIX content into the matcher's observations.
// 2.1: bundles are merged into one pool; each observed-data (in order) is an observation whose objects are the SCOs
//      its object_refs name, and references between SCOs resolve anywhere in the pool.
// 2.0: observed-data objects embed their SCOs in an `objects` dictionary; references resolve inside it.
import { err, ok, type Result } from '../../lib/result.ts'
import type { StixPatternVersion } from '../../stix/pattern/index.ts'
import type { Observation } from './evaluate.ts'

type Obj = Record<string, unknown>

const isObject = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v)

function flatten(input: unknown): Obj[] {
  const items = Array.isArray(input) ? input : [input]
  const out: Obj[] = []
  for (const item of items) {
    if (!isObject(item)) continue
    if (item.type === 'bundle' && Array.isArray(item.objects)) {
      for (const o of item.objects) if (isObject(o)) out.push(o)
    } else out.push(item)
  }
  return out
}

/** Build observations from parsed JSON (an array of bundles, or of observed-data for 2.0); errors say which one. */
export function observationsFromStix(input: unknown, version: StixPatternVersion): Result<Observation[], string> {
  const objects = flatten(input)
  const observed = objects.filter((o) => o.type === 'observed-data')
  const pool: Record<string, Obj> = {}
  if (version === '2.1') for (const o of objects) if (typeof o.id === 'string') pool[o.id] = o
  const out: Observation[] = []
  for (const [i, od] of observed.entries()) {
    const where = `observed-data ${i}${typeof od.id === 'string' ? ` (${od.id})` : ''}`
    for (const field of ['first_observed', 'last_observed', 'number_observed'] as const) {
      if (od[field] === undefined) return err(`${where} lacks ${field}`)
    }
    const base = {
      first_observed: od.first_observed as string,
      last_observed: od.last_observed as string,
      number_observed: od.number_observed as number,
    }
    if (version === '2.1') {
      if (!Array.isArray(od.object_refs)) return err(`${where} lacks object_refs`)
      const scos: Record<string, Obj> = {}
      for (const ref of od.object_refs) {
        if (typeof ref === 'string' && pool[ref] !== undefined) scos[ref] = pool[ref]
      }
      out.push({ ...base, objects: scos, refs: pool })
    } else {
      const embedded = isObject(od.objects) ? od.objects : {}
      const scos: Record<string, Obj> = {}
      for (const [key, value] of Object.entries(embedded)) if (isObject(value)) scos[key] = value
      out.push({ ...base, objects: scos })
    }
  }
  return ok(out)
}
