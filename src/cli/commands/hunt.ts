import { huntExchange, parseIndicators, readIndicatorsFile, sweepLogs } from '../../hunt/index.ts'
import { MosaicError } from '../../lib/errors.ts'
import { parse, printJson } from '../args.ts'

export const help = `mosaic hunt — hunt over logs and Exchange collections

usage:
  mosaic hunt exchange <collection> [--ioc FILE]… [--json]
      Hunt one Exchange server collection (a folder mirroring its drives, see the Exchange 2021 spec) for the 2021
      ProxyLogon/ProxyShell mass exploitation. Output: {"host","verdict","findings","coverage"}.
      --ioc FILE   extra IOC CSV (indicator_type,value,…), repeatable; the built-in public list is always loaded
  mosaic hunt logs <path>… [--indicators FILE] [--workers N] [--json]
      Sweep log files or folders (IIS/W3C, Exchange CSV, CSV, JSON lines, syslog, .gz) for literal indicators
      (IPs, domains, URLs, e-mail addresses, file hashes), matched against whole field values.
      --indicators FILE   a STIX bundle of indicators, or a CSV / plain list of values
      --from-db, --save   read indicators from / save sightings to the database (needs the store; not yet)

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
  if (values['from-db'] || values.save) {
    // The store (issue 6's sightings half) plugs in here: indicators from the database into sweepLogs, and
    // toStixSightings(result) back into it.
    throw new MosaicError('unavailable', 'not yet: --from-db and --save need the indicator store, which is not ready')
  }
  if (!values.indicators) throw new MosaicError('usage', 'hunt logs needs --indicators FILE (or --from-db)')
  const set =
    values.indicators === '-' ? parseIndicators(await readStdin(), 'stdin') : readIndicatorsFile(values.indicators)
  const workers = values.workers === undefined ? undefined : Number.parseInt(values.workers, 10)
  if (workers !== undefined && !(workers >= 1)) throw new MosaicError('usage', '--workers must be a positive integer')
  const result = await sweepLogs(positionals, set, workers === undefined ? {} : { workers })
  if (values.json) {
    printJson(result)
    return 0
  }
  const t = result.totals
  const out = [
    `${t.files} files, ${t.lines} lines, ${t.malformed} malformed, ${t.sightings} sightings (${result.indicators.distinctValues} literal values, ${result.indicators.nonLiteral} patterns skipped)`,
  ]
  for (const s of result.sightings.slice(0, 1000))
    out.push(`  ${s.file}:${s.line} ${s.field}=${s.value}  ← ${s.indicators.map((i) => i.indicatorId).join(', ')}`)
  for (const f of result.files) {
    if (f.error) out.push(`  error: ${f.file}: ${f.error}`)
    if (f.malformed > 0)
      out.push(`  ${f.file}: ${f.malformed} malformed lines (first: ${f.malformedLines.slice(0, 10).join(', ')})`)
  }
  process.stdout.write(`${out.join('\n')}\n`)
  return 0
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const c of process.stdin) chunks.push(c as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}
