import { existsSync } from 'node:fs'
import {
  type ActorMatcher,
  aliasEntriesFromStore,
  compileActorMatcher,
  DEFAULT_MAX_BYTES,
  extractReport,
  fetchReport,
  type LoadedReport,
  type ReportFormat,
  readReportFile,
  readReportStream,
  TLP_MARKINGS,
} from '../../extract/index.ts'
import { MosaicError } from '../../lib/errors.ts'
import type { StixObject } from '../../stix/types.ts'
import { writeTransaction } from '../../store/index.ts'
import type { Store } from '../../store/store.ts'
import { dbLocation, parse, printJson } from '../args.ts'
import { openDb } from '../db.ts'

export const help = `mosaic extract <file|url|-> [options] — extract entities and claims from a report

Reads plain text, HTML (main content only; scripts never run), PDF, an http(s) URL, or standard input ("-"), and
prints a candidate STIX 2.1 bundle (report, entities, claims with evidence spans) and an extraction summary.
Nothing is stored unless --save is given; saved claims wait for 'mosaic review'.

options:
  --format text|html|pdf   input format (default: detected)
  --json                   print {"bundle": …, "summary": …} on stdout
  --summary-only           print only the summary (JSON)
  --save                   store the report and its claims as pending review
  --tlp clear|green|amber|amber+strict|red   marking for everything extracted
  --publisher NAME         who published the report ("we" in the text)
  --published DATE         publication date of the report (YYYY-MM-DD)
  --allow-private          let a URL reach private, loopback or link-local addresses
  --max-mb N               refuse inputs above N MB (default ${DEFAULT_MAX_BYTES / 1024 / 1024})
  --timeout S              URL time limit in seconds (default 20)
  --db PATH|URL            database whose alias index names the actors (default ./mosaic.db)

Without a database, actors are recognised by the shape of vendor names (APT41, UNC3886, Volt Typhoon, Fancy Bear …),
by alias lists in the text, and by the built-in names of well-known criminal and hacktivist groups (LockBit, Conti,
NoName057(16) …). In the summary an actor is named by the index's canonical name, followed in brackets by the name
the text uses when that differs ("Gamaredon Group (Shuckworm)"; not a description such as "The group"); the bundle's
objects carry the canonical name alone. A first-person claim ("we attribute …") is the author's: the publisher given,
else the author the text names, else the firm or agency named last before it.`

const FORMATS = new Set(['text', 'html', 'pdf'])

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    format: { type: 'string' },
    'summary-only': { type: 'boolean', default: false },
    save: { type: 'boolean', default: false },
    tlp: { type: 'string' },
    publisher: { type: 'string' },
    published: { type: 'string' },
    'allow-private': { type: 'boolean', default: false },
    'max-mb': { type: 'string' },
    timeout: { type: 'string' },
    help: { type: 'boolean', default: false },
  })
  if (values.help) {
    process.stdout.write(`${help}\n`)
    return 0
  }
  const input = positionals[0]
  if (!input || positionals.length > 1) throw new MosaicError('usage', 'usage: mosaic extract <file|url|-> [options]')
  if (values.format && !FORMATS.has(values.format))
    throw new MosaicError('usage', `--format must be text, html or pdf, not ${values.format}`)
  if (values.tlp && !(values.tlp.toLowerCase().replace(/^tlp:/, '') in TLP_MARKINGS))
    throw new MosaicError('usage', `--tlp must be one of ${Object.keys(TLP_MARKINGS).join(', ')}`)
  if (values.published && !/^\d{4}-\d{2}-\d{2}/.test(values.published))
    throw new MosaicError('usage', '--published must be a date (YYYY-MM-DD)')
  const maxMb = values['max-mb'] === undefined ? undefined : Number(values['max-mb'])
  if (maxMb !== undefined && !(maxMb > 0)) throw new MosaicError('usage', '--max-mb must be a positive number')
  const timeout = values.timeout === undefined ? undefined : Number(values.timeout)
  if (timeout !== undefined && !(timeout > 0)) throw new MosaicError('usage', '--timeout must be a positive number')
  const limits = {
    maxBytes: maxMb ? Math.floor(maxMb * 1024 * 1024) : DEFAULT_MAX_BYTES,
    allowPrivate: values['allow-private'] ?? false,
    ...(timeout ? { timeoutMs: timeout * 1000 } : {}),
  }
  const format = values.format as ReportFormat | undefined

  let report: LoadedReport
  if (input === '-') report = await readReportStream(process.stdin, format, limits)
  else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) report = await fetchReport(input, format, limits)
  else report = await readReportFile(input, format, limits)

  const db = dbLocation(values.db)
  const useStore = /^postgres(ql)?:\/\//.test(db) || existsSync(db)
  let matcher: ActorMatcher | undefined
  if (useStore || values.save) {
    const store = await openDb(values.db)
    try {
      matcher = compileActorMatcher(await aliasEntriesFromStore(store))
      const opts: Parameters<typeof extractReport>[1] = { matcher }
      if (values.tlp) opts.tlp = values.tlp
      if (values.publisher) opts.publisher = values.publisher
      if (values.published) opts.published = values.published
      const out = extractReport(report, opts)
      if (values.save) await savePending(store, out.bundle.objects)
      return print(out, values.json ?? false, values['summary-only'] ?? false, values.save ?? false)
    } finally {
      await store.close()
    }
  }
  // (Without a database: the built-in names only, the criminal groups of the gazetteer.)
  const opts: Parameters<typeof extractReport>[1] = { matcher: compileActorMatcher([]) }
  if (values.tlp) opts.tlp = values.tlp
  if (values.publisher) opts.publisher = values.publisher
  if (values.published) opts.published = values.published
  return print(extractReport(report, opts), values.json ?? false, values['summary-only'] ?? false, false)
}

/**
 * Store the report with its candidate objects held inside it (`x_mosaic_pending`): nothing enters the ledger before
 * an analyst accepts it with 'mosaic review'.
 */
export async function savePending(store: Store, objects: StixObject[]): Promise<string> {
  const [report, ...rest] = objects
  if (!report) throw new MosaicError('internal', 'extraction produced no report')
  const stored: StixObject = { ...report, x_mosaic_pending: rest, x_mosaic_review: 'pending' }
  await writeTransaction(store, (session) => session.put(stored))
  return report.id
}

function print(out: ReturnType<typeof extractReport>, json: boolean, summaryOnly: boolean, saved: boolean): number {
  if (summaryOnly) {
    printJson(out.summary)
    return 0
  }
  if (json) {
    printJson(saved ? { ...out, saved: out.bundle.objects[0]?.id } : out)
    return 0
  }
  const s = out.summary
  const lines: string[] = []
  const report = out.bundle.objects[0]
  lines.push(`report ${report?.id} — ${String(report?.name ?? '')}`)
  if (saved) lines.push('saved: pending review (mosaic review)')
  lines.push(`actors: ${[...new Set(s.actors.map((a) => a.canonical))].join(', ') || '—'}`)
  for (const a of s.attributions) lines.push(`attribution: ${a.attributor} → ${a.attributed_to} (${a.confidence_text})`)
  for (const d of s.denials) lines.push(`denial: ${d.denier}`)
  if (s.state_sponsors.length) lines.push(`sponsors: ${s.state_sponsors.map((x) => x.name).join(', ')}`)
  if (s.cves.length) lines.push(`CVEs: ${s.cves.join(', ')}`)
  if (s.iocs.length) lines.push(`IOCs: ${s.iocs.length}`)
  if (s.sectors.length) lines.push(`sectors: ${s.sectors.join(', ')}`)
  if (s.countries_targeted.length) lines.push(`countries: ${s.countries_targeted.join(', ')}`)
  process.stdout.write(`${lines.join('\n')}\n`)
  return 0
}
