import { type ImportFormat, type ImportReport, importSource } from '../../ingest/importer.ts'
import { openSource } from '../../ingest/source.ts'
import { MosaicError } from '../../lib/errors.ts'
import { parse, printJson } from '../args.ts'
import { withDb } from '../db.ts'

export const help = `
mosaic import <file|url|->… [--format auto|stix|attack|misp-galaxy|kev|cve] [--lenient] [--db PATH] [--json]

Import STIX 2.1 bundles (file, .gz, stdin or http(s) URL), ATT&CK bundles, MISP galaxy cluster files, the CISA KEV
catalog or CVE JSON 5 records. The format is detected unless --format says it. Each input imports whole or not at
all; with --lenient, valid objects import and every rejected one is listed with its path and reason. Importing the
same versions again changes nothing.

Output (--json): {"created","updated","unchanged","rejected","errors":[{"code","path","message"}]}
Exit status: 0 imported, 1 rejected (nothing written), 2 unreadable input, 3 usage error.
`

const FORMATS = new Set(['auto', 'stix', 'attack', 'misp-galaxy', 'kev', 'cve'])

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    format: { type: 'string', default: 'auto' },
    lenient: { type: 'boolean', default: false },
  })
  if (positionals.length === 0)
    throw new MosaicError('usage', 'import needs a file, URL or - (see mosaic import --help)')
  if (!FORMATS.has(values.format)) throw new MosaicError('usage', `unknown format '${values.format}'`)
  const tty = process.stderr.isTTY && !values.json
  const total: Omit<ImportReport, 'format' | 'committed'> = {
    created: 0,
    updated: 0,
    unchanged: 0,
    rejected: 0,
    errors: [],
  }
  let failed = false
  await withDb(values.db, async (store) => {
    for (const input of positionals) {
      const source = openSource(input)
      const started = Date.now()
      const report = await importSource(store, source, {
        format: values.format as ImportFormat,
        lenient: values.lenient,
        ...(tty
          ? {
              onProgress: (n: number, bytes: number) => {
                const pct = source.size ? ` ${Math.min(100, Math.round((100 * bytes) / source.size))}%` : ''
                process.stderr.write(`\r${input}: ${n} objects${pct}   `)
              },
            }
          : {}),
      })
      if (tty)
        process.stderr.write(`\r${input}: done in ${((Date.now() - started) / 1000).toFixed(1)} s${' '.repeat(20)}\n`)
      total.created += report.created
      total.updated += report.updated
      total.unchanged += report.unchanged
      total.rejected += report.rejected
      total.errors.push(
        ...report.errors.map((e) => ({ ...e, path: positionals.length > 1 ? `${input}:${e.path}` : e.path })),
      )
      if (!report.committed) failed = true
    }
  })
  if (values.json) printJson(total)
  else {
    process.stdout.write(
      `created ${total.created}, updated ${total.updated}, unchanged ${total.unchanged}, rejected ${total.rejected}\n`,
    )
    for (const e of total.errors.slice(0, 50)) process.stdout.write(`  ${e.path}: ${e.message} [${e.code}]\n`)
    if (total.errors.length > 50) process.stdout.write(`  … ${total.errors.length - 50} more\n`)
  }
  if (failed) {
    const first = total.errors[0]
    process.stderr.write(
      `mosaic: import rejected, nothing written${first ? `: ${first.path}: ${first.message}` : ''}\n`,
    )
    return 1
  }
  return 0
}
