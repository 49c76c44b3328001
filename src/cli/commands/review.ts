import { MosaicError } from '../../lib/errors.ts'
import { nowStix } from '../../lib/time.ts'
import type { StixObject } from '../../stix/types.ts'
import { writeTransaction } from '../../store/index.ts'
import { parse, printJson } from '../args.ts'
import { openDb } from '../db.ts'

export const help = `mosaic review [--accept ID|all]… [--reject ID|all]… [--report ID] — review extracted claims

Without options, lists the claims and entities that 'mosaic extract --save' stored as pending. --accept puts the
object into the ledger (with the report's publisher as source, its date and TLP, as extracted); --reject drops it.
"all" means every pending item (of --report when given).

options:
  --accept ID|all    accept a pending item (repeatable)
  --reject ID|all    reject a pending item (repeatable)
  --report ID        only the items of this report
  --json             machine output
  --db PATH|URL      database (default ./mosaic.db)`

interface PendingItem {
  report: string
  object: StixObject
}

function describe(o: StixObject): string {
  const ext = (o.extensions ?? {}) as Record<string, { evidence?: { quote?: string }[]; confidence_text?: string }>
  const claim = Object.values(ext).find((e) => Array.isArray(e.evidence))
  const quote = claim?.evidence?.[0]?.quote ?? ''
  if (o.type === 'relationship')
    return `${o.relationship_type} (${claim?.confidence_text ?? ''}) «${quote.slice(0, 100)}»`
  if (o.type === 'opinion')
    return `${o.opinion} by ${(o.authors as string[] | undefined)?.join(', ')} «${quote.slice(0, 100)}»`
  if (o.type === 'note') return `aliases: ${String(o.content)}`
  return String(o.name ?? o.id)
}

export async function run(args: string[]): Promise<number> {
  const { values } = parse(args, {
    accept: { type: 'string', multiple: true },
    reject: { type: 'string', multiple: true },
    report: { type: 'string' },
    help: { type: 'boolean', default: false },
  })
  if (values.help) {
    process.stdout.write(`${help}\n`)
    return 0
  }
  const store = await openDb(values.db)
  try {
    const reports: StixObject[] = []
    for await (const r of store.objects({ types: ['report'] })) {
      if (values.report && r.id !== values.report) continue
      if (Array.isArray(r.x_mosaic_pending) && r.x_mosaic_pending.length > 0) reports.push(r)
    }
    const pending: PendingItem[] = reports.flatMap((r) =>
      (r.x_mosaic_pending as StixObject[]).map((object) => ({ report: r.id, object })),
    )
    const accept = new Set(values.accept ?? [])
    const reject = new Set(values.reject ?? [])
    if (accept.size === 0 && reject.size === 0) {
      if (values.json)
        printJson({
          pending: pending.map((p) => ({
            id: p.object.id,
            type: p.object.type,
            report: p.report,
            summary: describe(p.object),
          })),
        })
      else if (pending.length === 0) process.stdout.write('no pending items\n')
      else for (const p of pending) process.stdout.write(`${p.object.id}  ${describe(p.object)}\n`)
      return 0
    }
    const all = (s: Set<string>) => s.has('all')
    if (all(accept) && all(reject)) throw new MosaicError('usage', '--accept all and --reject all together')
    const known = new Set(pending.map((p) => p.object.id))
    for (const id of [...accept, ...reject]) {
      if (id !== 'all' && !known.has(id)) throw new MosaicError('not_found', `no pending item ${id}`)
    }
    const decide = (id: string): 'accepted' | 'rejected' | undefined =>
      accept.has(id)
        ? 'accepted'
        : reject.has(id)
          ? 'rejected'
          : all(accept)
            ? 'accepted'
            : all(reject)
              ? 'rejected'
              : undefined
    const now = nowStix()
    const accepted: string[] = []
    const rejected: string[] = []
    await writeTransaction(store, async (session) => {
      for (const r of reports) {
        const items = r.x_mosaic_pending as StixObject[]
        const byId = new Map(items.map((o) => [o.id, o]))
        const keep: StixObject[] = []
        for (const o of items) {
          const d = decide(o.id)
          if (!d) {
            keep.push(o)
            continue
          }
          if (d === 'rejected') {
            rejected.push(o.id)
            continue
          }
          // An accepted claim brings the entities it refers to (those not yet in the store).
          for (const ref of refsOf(o)) {
            const dep = byId.get(ref)
            if (dep && !(await store.get(ref))) await session.put(stamp(dep, now))
          }
          await session.put(stamp(o, now))
          accepted.push(o.id)
        }
        const next: StixObject = {
          ...r,
          modified: now,
          x_mosaic_pending: keep,
          x_mosaic_review: keep.length ? 'pending' : 'reviewed',
          x_mosaic_accepted: [...((r.x_mosaic_accepted as string[]) ?? []), ...accepted],
          x_mosaic_rejected: [...((r.x_mosaic_rejected as string[]) ?? []), ...rejected],
        }
        await session.put(next)
      }
    })
    if (values.json) printJson({ accepted, rejected })
    else process.stdout.write(`accepted ${accepted.length}, rejected ${rejected.length}\n`)
    return 0
  } finally {
    await store.close()
  }
}

function refsOf(o: StixObject): string[] {
  const refs: string[] = []
  for (const k of ['source_ref', 'target_ref', 'created_by_ref'])
    if (typeof o[k] === 'string') refs.push(o[k] as string)
  for (const k of ['object_refs']) if (Array.isArray(o[k])) refs.push(...(o[k] as string[]))
  const ext = (o.extensions ?? {}) as Record<string, Record<string, unknown>>
  for (const e of Object.values(ext)) {
    if (typeof e.attributor_ref === 'string') refs.push(e.attributor_ref)
    if (Array.isArray(e.about_refs)) refs.push(...(e.about_refs as string[]))
    if (Array.isArray(e.cosigner_refs)) refs.push(...(e.cosigner_refs as string[]))
  }
  return refs
}

function stamp(o: StixObject, now: string): StixObject {
  return { ...o, modified: now > (o.modified ?? '') ? now : (o.modified as string), x_mosaic_review: 'accepted' }
}
