import { randomUUID } from 'node:crypto'
import {
  huntExchange,
  type IndicatorSet,
  indicatorsFromObjects,
  LiteralList,
  parseIndicators,
  readIndicatorsFile,
  type SweepResult,
  sweepLogs,
  toStixSightings,
} from '../../hunt/index.ts'
import { MosaicError } from '../../lib/errors.ts'
import type { StixObject } from '../../stix/types.ts'
import { writeTransaction } from '../../store/index.ts'
import type { Store } from '../../store/store.ts'
import { parse, printJson } from '../args.ts'
import { openDb } from '../db.ts'

export const help = `mosaic hunt — hunt over logs and Exchange collections

usage:
  mosaic hunt exchange <collection> [--ioc FILE]… [--json]
      Hunt one Exchange server collection (a folder mirroring its drives, see the Exchange 2021 spec) for the 2021
      ProxyLogon/ProxyShell mass exploitation. Output: {"host","verdict","findings","coverage"}.
      --ioc FILE   extra IOC CSV (indicator_type,value,…), repeatable; the built-in public list is always loaded
  mosaic hunt logs <path>… [--indicators FILE | --from-db] [--save] [--workers N] [--db PATH] [--json]
      Sweep log files or folders (IIS/W3C, Exchange CSV, CSV, JSON lines, syslog, .gz) for indicators: literal
      IOCs (IPs, domains, URLs, e-mail addresses, file hashes) matched against whole field values, and any other
      STIX pattern (FOLLOWEDBY, WITHIN, MATCHES …) through the pattern evaluator, each log record being one
      observation. JSON output adds "actors" (what each sighted indicator indicates, from the database).
      --indicators FILE   a STIX bundle of indicators, or a CSV / plain list of values ('-' = stdin)
      --from-db           every current indicator in the database (with --indicators: both)
      --save              store one STIX sighting per sighted STIX indicator (sighting_of_ref = the indicator)

exit codes: 0 done (findings or not), 2 bad input, 3 usage`

export async function run(args: string[]): Promise<number> {
  const [sub, ...rest] = args
  if (sub === 'exchange') return exchange(rest)
  if (sub === 'logs') return logs(rest)
  throw new MosaicError('usage', `unknown hunt subcommand '${sub ?? ''}' (expected exchange or logs)`)
}

async function exchange(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { ioc: { type: 'string', multiple: true } })
  if (positionals.length !== 1) throw new MosaicError('usage', 'hunt exchange takes exactly one collection folder')
  const report = await huntExchange(positionals[0]!, { iocFiles: values.ioc ?? [] })
  if (values.json) {
    printJson(report)
    return 0
  }
  const out: string[] = [`host ${report.host}: ${report.verdict} (${report.findings.length} findings)`]
  for (const f of report.findings) {
    const where = `${f.source.file}${f.source.line === null ? '' : `:${f.source.line}`}`
    out.push(`  ${f.severity.padEnd(8)} ${f.detectionId.padEnd(12)} ${where}  ${f.title}`)
  }
  for (const w of report.coverage.warnings) out.push(`  warning: ${w}`)
  process.stdout.write(`${out.join('\n')}\n`)
  return 0
}

async function logs(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    indicators: { type: 'string' },
    'from-db': { type: 'boolean', default: false },
    save: { type: 'boolean', default: false },
    workers: { type: 'string' },
  })
  if (positionals.length === 0) throw new MosaicError('usage', 'hunt logs needs at least one file or folder')
  if (!values.indicators && !values['from-db'])
    throw new MosaicError('usage', 'hunt logs needs --indicators FILE or --from-db')
  const workers = values.workers === undefined ? undefined : Number.parseInt(values.workers, 10)
  if (workers !== undefined && !(workers >= 1)) throw new MosaicError('usage', '--workers must be a positive integer')
  const store = values['from-db'] || values.save ? await openDb(values.db) : null
  try {
    // The sweep calls this once its workers are starting, so that they boot while the indicators are read.
    const load = async (): Promise<IndicatorSet> => {
      let set: IndicatorSet = { literals: new LiteralList(), nonLiteral: [], rejected: [] }
      if (values.indicators)
        set =
          values.indicators === '-'
            ? parseIndicators(await readStdin(), 'stdin')
            : readIndicatorsFile(values.indicators)
      if (store && values['from-db']) {
        const objects: StixObject[] = []
        for await (const o of store.objects({ types: ['indicator'] })) objects.push(o)
        const fromDb = indicatorsFromObjects(objects, 'database')
        set = {
          literals: LiteralList.concat(set.literals, fromDb.literals),
          nonLiteral: [...set.nonLiteral, ...fromDb.nonLiteral],
          rejected: [...set.rejected, ...fromDb.rejected],
        }
      }
      return set
    }
    const result = await sweepLogs(positionals, load, workers === undefined ? {} : { workers })
    const actors = store ? await actorsOf(store, result) : {}
    let saved: string[] = []
    if (store && values.save) saved = await saveSightings(store, result)
    if (values.json) {
      printJson({ ...result, actors, saved: values.save ? { sightings: saved.length, ids: saved } : null })
      return 0
    }
    printText(result, actors, values.save ? saved : null)
    return 0
  } finally {
    await store?.close()
  }
}

/** The indicators a result sighted (STIX ids only). */
function sightedIndicators(result: SweepResult): string[] {
  const ids = new Set<string>()
  for (const s of result.sightings) for (const i of s.indicators) ids.add(i.indicatorId)
  for (const m of result.patternMatches) ids.add(m.indicatorId)
  return [...ids].filter((id) => id.startsWith('indicator--')).sort()
}

type ActorRef = { id: string; type: string; name: string | null; claim: string }

/** Through the ledger: what each sighted indicator `indicates` (asserted, not retracted claims). */
async function actorsOf(store: Store, result: SweepResult): Promise<Record<string, ActorRef[]>> {
  const out: Record<string, ActorRef[]> = {}
  for (const id of sightedIndicators(result)) {
    const claims = await store.claims({ subject: id, predicate: 'indicates' })
    const list: ActorRef[] = []
    for (const c of claims) {
      if (c.polarity !== 'asserts' || c.literal) continue
      const o = await store.get(c.object)
      const n = (o as { name?: unknown } | undefined)?.name
      const name = typeof n === 'string' ? n : null
      list.push({ id: c.object, type: o?.type ?? c.object.split('--')[0] ?? '', name, claim: c.id })
    }
    if (list.length > 0) out[id] = list
  }
  return out
}

/** One STIX 2.1 sighting per sighted indicator, in one transaction; returns the new ids. */
async function saveSightings(store: Store, result: SweepResult): Promise<string[]> {
  const now = new Date().toISOString()
  const sightings = toStixSightings(result, now, () => `sighting--${randomUUID()}`)
  if (sightings.length === 0) return []
  await writeTransaction(store, async (session) => {
    for (const s of sightings) await session.put(s as unknown as StixObject)
  })
  return sightings.map((s) => s.id as string)
}

function printText(result: SweepResult, actors: Record<string, ActorRef[]>, saved: string[] | null): void {
  const t = result.totals
  const out = [
    `${t.files} files, ${t.lines} lines, ${t.malformed} malformed, ${t.sightings} sightings, ${t.patternMatches} pattern matches (${result.indicators.distinctValues} literal values, ${result.indicators.nonLiteral} patterns)`,
  ]
  const who = (id: string) => {
    const a = actors[id]
    return a ? ` [${a.map((x) => x.name ?? x.id).join(', ')}]` : ''
  }
  for (const s of result.sightings.slice(0, 1000))
    out.push(
      `  ${s.file}:${s.line} ${s.field}=${s.value}  ← ${s.indicators.map((i) => `${i.indicatorId}${who(i.indicatorId)}`).join(', ')}`,
    )
  for (const m of result.patternMatches.slice(0, 1000))
    out.push(
      `  ${m.records.map((r) => `${r.file}:${r.line}`).join(' → ')}  ← ${m.indicatorId}${who(m.indicatorId)} ${m.pattern}`,
    )
  for (const p of result.skippedPatterns) out.push(`  pattern ${p.indicatorId}: ${p.reason}`)
  for (const f of result.files) {
    if (f.error) out.push(`  error: ${f.file}: ${f.error}`)
    if (f.malformed > 0)
      out.push(`  ${f.file}: ${f.malformed} malformed lines (first: ${f.malformedLines.slice(0, 10).join(', ')})`)
  }
  if (saved !== null) out.push(`saved ${saved.length} sightings`)
  process.stdout.write(`${out.join('\n')}\n`)
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const c of process.stdin) chunks.push(c as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}
