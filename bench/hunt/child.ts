// Runs one measured workload in its own process so peak RSS belongs to it alone (bench/hunt/bench.ts spawns this).
import { readFileSync } from 'node:fs'
import { huntExchange } from '../../src/hunt/exchange/scan.ts'
import { readIndicatorsFile } from '../../src/hunt/logs/indicators.ts'
import { sweepLogs } from '../../src/hunt/logs/sweep.ts'

const [mode, a, b, workers] = process.argv.slice(2)
const cpu0 = process.cpuUsage()
const t0 = performance.now()
let extra: Record<string, unknown> = {}
if (mode === 'sweep') {
  const files = readFileSync(b!, 'utf8').split('\n').filter(Boolean)
  // The indicators are read by the sweep (a loader), as the CLI does: its workers start meanwhile.
  let tc = 0
  const r = await sweepLogs(
    files,
    () => {
      const set = readIndicatorsFile(a!)
      tc = performance.now()
      return set
    },
    workers ? { workers: Number(workers) } : {},
  )
  extra = {
    bytes: r.totals.bytes,
    lines: r.totals.lines,
    malformed: r.totals.malformed,
    sightings: r.totals.sightings,
    workers: r.workers,
    indicators: r.indicators.distinctValues,
    indicatorsMs: tc - t0,
    sightedValues: [...new Set(r.sightings.map((s) => s.value))].sort(),
  }
} else if (mode === 'exchange') {
  const r = await huntExchange(a!, {})
  extra = {
    bytes: r.coverage.files.bytes,
    findings: r.findings.map((f) => ({
      detection: f.detectionId,
      severity: f.severity,
      file: f.source.file,
      line: f.source.line,
    })),
  }
}
const cpu = process.cpuUsage(cpu0)
process.stdout.write(
  `${JSON.stringify({ ms: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000, maxRssMB: process.resourceUsage().maxRSS / 1024, ...extra })}\n`,
)
