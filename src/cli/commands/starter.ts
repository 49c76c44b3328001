import { STARTER_PACK_VERSION, starterBundle } from '../../knowledge/starter/index.ts'
import { loadStarterPack } from '../../knowledge/starter/seed.ts'
import { MosaicError } from '../../lib/errors.ts'
import { parse, printJson } from '../args.ts'
import { withDb } from '../db.ts'

export const help = `
mosaic starter [--reload] [--db PATH] [--json]

The starter knowledge pack (public facts written by Mosaic, every claim with a source URL and date) that seeds every
new database. Without options: the pack version built into this program, the version loaded in the database, and
what the pack holds. --reload imports the pack again through the validating import path (idempotent: unchanged
objects are skipped; objects revised in a newer pack become new versions) and records its version.
`

function contents() {
  const objects = starterBundle().objects
  const count = (pred: (o: (typeof objects)[number]) => boolean) => objects.filter(pred).length
  return {
    objects: objects.length,
    intrusion_sets: count((o) => o.type === 'intrusion-set'),
    threat_actors: count((o) => o.type === 'threat-actor'),
    attributions: count((o) => o.type === 'relationship' && o.relationship_type === 'attributed-to'),
    denials: count((o) => o.type === 'opinion'),
    legal_actions: count((o) => o.type === 'x-mosaic-legal-action'),
    campaigns: count((o) => o.type === 'campaign'),
    vulnerabilities: count((o) => o.type === 'vulnerability'),
  }
}

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { reload: { type: 'boolean', default: false } })
  if (positionals.length > 0) throw new MosaicError('usage', `unexpected argument: ${positionals[0]}`)
  const out = await withDb(values.db, async (store) => {
    if (values.reload) {
      const r = await loadStarterPack(store)
      return {
        reloaded: true,
        version: STARTER_PACK_VERSION,
        created: r.created,
        updated: r.updated,
        unchanged: r.unchanged,
      }
    }
    return {
      version: STARTER_PACK_VERSION,
      loaded_version: (await store.getMeta('starter_pack_version')) ?? null,
      pack: contents(),
    }
  })
  if (values.json) printJson(out)
  else if ('reloaded' in out)
    process.stdout.write(
      `starter pack ${out.version} reloaded: ${out.created} created, ${out.updated} updated, ${out.unchanged} unchanged\n`,
    )
  else {
    process.stdout.write(`starter pack ${out.version} (database has ${out.loaded_version ?? 'none'})\n`)
    for (const [k, v] of Object.entries(out.pack)) process.stdout.write(`  ${k.padEnd(16)} ${v}\n`)
  }
  return 0
}
