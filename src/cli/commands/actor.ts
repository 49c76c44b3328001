import { type Dossier, dossierFor } from '../../knowledge/actors/dossier.ts'
import {
  ActorIndex,
  actorHistory,
  findActor,
  memberFor,
  mergeActors,
  splitActor,
} from '../../knowledge/actors/index.ts'
import { MosaicError } from '../../lib/errors.ts'
import { parseUserDate } from '../../lib/time.ts'
import { aliasConflicts } from '../../resolve/index.ts'
import { parse, printJson } from '../args.ts'
import { withDb } from '../db.ts'

export const help = `
mosaic actor <name|id> [--as-of DATE] [--lens SOURCE] [--name-from SOURCE] [--db PATH] [--json]
mosaic actor merge <a> <b> --reason "…"      record that two actors are one (a same-as claim by the local analyst)
mosaic actor split <a> <b> --reason "…"      separate two member records (retracts the claim that joins them)
mosaic actor history <name|id>                every join, retraction and undo touching the actor
mosaic actor proposals                        actors that share a name but are not joined (merge candidates)

The dossier: every name with who uses it, member records (ids), sponsors, attributions with wording and date,
denials, legal actions, campaigns, CVEs, sectors, countries and a timeline. --as-of keeps only claims published by
then; --lens keeps only what one source says. The display name is the one most sources use, or with --name-from
the one a given source uses. Undo a split or merge with: mosaic claim retract <claim-id>.
`

function printDossier(d: Dossier): void {
  const out = [
    `${d.name}  (${d.id})`,
    `  members   ${d.ids.length}${d.external_ids.length ? `  ATT&CK ${d.external_ids.join(', ')}` : ''}`,
  ]
  out.push(`  names (${d.aliases.length})`)
  for (const a of d.aliases) out.push(`    ${a.name.padEnd(26)} ${a.sources.join(', ')}`)
  const section = (title: string, rows: unknown) => {
    if (!Array.isArray(rows) || rows.length === 0) return
    out.push(`  ${title} (${rows.length})`)
    for (const r of rows.slice(0, 30)) out.push(`    ${summarise(r)}`)
    if (rows.length > 30) out.push(`    … ${rows.length - 30} more (use --json)`)
  }
  const extra = d as unknown as Record<string, unknown>
  for (const key of [
    'sponsors',
    'attributions',
    'denials',
    'legal_actions',
    'campaigns',
    'cves',
    'sectors',
    'countries',
    'timeline',
  ])
    section(key.replace('_', ' '), extra[key])
  process.stdout.write(`${out.join('\n')}\n`)
}

function summarise(r: unknown): string {
  if (typeof r === 'string') return r
  if (r === null || typeof r !== 'object') return String(r)
  const o = r as Record<string, unknown>
  const name = (v: unknown) =>
    v && typeof v === 'object' && 'name' in v ? String((v as { name: unknown }).name) : v === undefined ? '' : String(v)
  if ('attributor' in o) {
    const wording = (o.confidence as { text?: unknown } | null | undefined)?.text
    return `${String(o.published ?? '').slice(0, 10)}  ${name(o.attributor)} → ${name(o.attributed_to)}${typeof wording === 'string' ? `  "${wording}"` : ''}`
  }
  if ('denier' in o) return `${String(o.published ?? '').slice(0, 10)}  ${name(o.denier)}: ${String(o.quote ?? '')}`
  if ('date' in o && 'summary' in o) return `${String(o.date).slice(0, 10)}  ${String(o.summary)}`
  if ('authority' in o) return `${String(o.date ?? '').slice(0, 10)}  ${String(o.type)} by ${name(o.authority)}`
  return name(o) || JSON.stringify(o).slice(0, 120)
}

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    'as-of': { type: 'string' },
    lens: { type: 'string' },
    'name-from': { type: 'string' },
    reason: { type: 'string' },
  })
  const [first, ...rest] = positionals
  if (!first) throw new MosaicError('usage', 'actor needs a name or id (see mosaic actor --help)')
  let asOf: string | undefined
  if (values['as-of']) {
    asOf = parseUserDate(values['as-of'], true)
    if (!asOf) throw new MosaicError('usage', `--as-of: '${values['as-of']}' is not a date`)
  }
  return withDb(values.db, async (store) => {
    if (first === 'merge' || first === 'split') {
      if (rest.length !== 2) throw new MosaicError('usage', `actor ${first} needs two arguments`)
      if (!values.reason) throw new MosaicError('usage', `actor ${first} needs --reason`)
      const index = await ActorIndex.build(store)
      const a = await findActor(index, rest[0] as string)
      if (first === 'merge') {
        const b = await findActor(index, rest[1] as string)
        const rel = await mergeActors(store, a, b, values.reason)
        if (values.json) printJson({ merged: [a.id, b.id], claim_id: rel.id })
        else
          process.stdout.write(
            `merged ${a.name} and ${b.name} (claim ${rel.id}); undo: mosaic claim retract ${rel.id}\n`,
          )
      } else {
        const retractions = await splitActor(
          store,
          a,
          memberFor(a, rest[1] as string),
          memberFor(a, rest[0] as string),
          values.reason,
        )
        if (values.json)
          printJson({ split: rest[1], retractions: retractions.map((r) => ({ id: r.id, retracts: r.object })) })
        else
          for (const r of retractions)
            process.stdout.write(`retracted ${r.object} (undo: mosaic claim retract ${r.id})\n`)
      }
      return 0
    }
    if (first === 'proposals') {
      const index = await ActorIndex.build(store)
      const proposals = aliasConflicts(index.resolverEntries()).map((c) => ({
        alias: c.alias,
        actors: c.claimants.map((x) => ({ id: x.actor_id, name: x.actor_name, sources: x.sources })),
      }))
      if (values.json) printJson({ proposals })
      else for (const p of proposals) process.stdout.write(`${p.alias}: ${p.actors.map((a) => a.name).join(' / ')}\n`)
      return 0
    }
    if (first === 'history') {
      if (!rest[0]) throw new MosaicError('usage', 'actor history needs a name or id')
      const index = await ActorIndex.build(store)
      const actor = await findActor(index, rest[0])
      const history = await actorHistory(store, actor)
      if (values.json) printJson({ id: actor.id, name: actor.name, history })
      else
        for (const c of history)
          process.stdout.write(
            `${c.recorded}  ${c.predicate} ${c.subject} → ${c.object}${c.retracted_by ? '  (retracted)' : ''}  [${c.id}]\n`,
          )
      return 0
    }
    const d = await dossierFor(store, [first, ...rest].join(' '), {
      ...(asOf ? { asOf } : {}),
      ...(values.lens ? { lens: values.lens } : {}),
      ...(values['name-from'] ? { nameFrom: values['name-from'] } : {}),
    })
    if (values.json) printJson(d)
    else printDossier(d)
    return 0
  })
}
