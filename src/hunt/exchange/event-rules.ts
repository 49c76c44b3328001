// Exported Windows event logs as JSON Lines (spec §3.6): shape A (PowerShell projection) and shape B (evtx_dump),
// detected per line and normalised to one event shape, then detections §4.4 (UM) and §4.7 (MSExchange Management).
import { isoUtc, truncate } from '../logs/text.ts'
import { finding, type RecordContext } from './catalog.ts'
import { type FileStats, isServerSide, type ScanContext } from './log-rules.ts'

/** The normalised event of spec §3.6. */
export interface NormalizedEvent {
  provider: string
  id: number | null
  level: number | null
  timestamp: string | null
  log: string
  text: string
  machine: string
  recordId: number | null
}

type Json = Record<string, unknown>
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)

function num(v: unknown): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v
  if (typeof v === 'string' && /^\s*-?\d+\s*$/.test(v)) return Number.parseInt(v, 10)
  if (isObj(v) && '#text' in v) return num(v['#text'])
  return null
}

const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '')

/** ISO-8601 or the Windows PowerShell 5.1 `/Date(ms)/` form → UTC ISO. */
export function eventTime(v: unknown): string | null {
  if (typeof v !== 'string') return null
  const m = /^\/Date\((-?\d+)([+-]\d{4})?\)\/$/.exec(v.trim())
  if (m) {
    const d = new Date(Number(m[1]))
    return Number.isNaN(d.getTime()) ? null : d.toISOString()
  }
  return isoUtc(v)
}

const LEVEL_NAMES: Record<string, number> = { error: 2, warning: 3, information: 4, critical: 1, verbose: 5 }

function dataText(data: unknown): string {
  if (typeof data === 'string') return data
  if (typeof data === 'number') return String(data)
  if (Array.isArray(data)) return data.map(dataText).join('\n')
  if (isObj(data)) {
    if ('#text' in data) return dataText(data['#text'])
    return ''
  }
  return ''
}

/** Normalise one parsed JSONL event (either shape); null when it is neither. */
export function normalizeEvent(o: unknown): NormalizedEvent | null {
  if (!isObj(o)) return null
  if (isObj(o.Event)) {
    const ev = o.Event
    const sys = isObj(ev.System) ? ev.System : {}
    const provider =
      isObj(sys.Provider) && isObj(sys.Provider['#attributes']) ? str(sys.Provider['#attributes'].Name) : ''
    const time =
      isObj(sys.TimeCreated) && isObj(sys.TimeCreated['#attributes'])
        ? eventTime(sys.TimeCreated['#attributes'].SystemTime)
        : null
    const eventData = isObj(ev.EventData) ? ev.EventData : {}
    return {
      provider,
      id: num(sys.EventID),
      level: num(sys.Level),
      timestamp: time,
      log: str(sys.Channel),
      text: dataText(eventData.Data),
      machine: str(sys.Computer),
      recordId: num(sys.EventRecordID),
    }
  }
  if (!('Id' in o) && !('ProviderName' in o) && !('Message' in o)) return null
  let level = num(o.Level)
  if (level === null && typeof o.LevelDisplayName === 'string')
    level = LEVEL_NAMES[o.LevelDisplayName.toLowerCase()] ?? null
  return {
    provider: str(o.ProviderName),
    id: num(o.Id),
    level,
    timestamp: eventTime(o.TimeCreated),
    log: str(o.LogName),
    text: str(o.Message),
    machine: str(o.MachineName),
    recordId: num(o.RecordId),
  }
}

const PARAM = (name: string) => new RegExp(`-${name}\\s+("([^"]*)"|'([^']*)'|(\\S+))`, 'i')
const FILE_PATH = PARAM('FilePath')
const REQUEST_FILE = PARAM('RequestFile')

function param(text: string, re: RegExp): string | null {
  const m = re.exec(text)
  if (!m) return null
  return m[2] ?? m[3] ?? m[4] ?? null
}

/** Spec §4.7: a path a web server would serve, or a loop-back/self UNC path. */
export function isWebPath(path: string, selfNames: readonly string[]): boolean {
  const lower = path.toLowerCase()
  if (isServerSide(lower)) return true
  if (lower.includes('\\inetpub\\') || lower.includes('\\frontend\\httpproxy\\') || lower.includes('\\clientaccess\\'))
    return true
  if (lower.startsWith('\\\\')) {
    const end = lower.indexOf('\\', 2)
    const host = end < 0 ? lower.slice(2) : lower.slice(2, end)
    return host === 'localhost' || host === '127.0.0.1' || selfNames.includes(host)
  }
  return false
}

/** A scanner for one JSONL event export. `eventLogs` collects per-log-name stats for the coverage report. */
export function eventScanner(
  ctx: ScanContext,
  selfNames: readonly string[],
  eventLogs: Map<string, FileStats>,
): (line: string, lineNo: number) => void {
  const { stats } = ctx
  return (line, lineNo) => {
    stats.lines++
    if (line.trim() === '') return
    let parsed: unknown
    try {
      parsed = JSON.parse(line)
    } catch {
      stats.malformed++
      if (stats.malformedLines.length < 50) stats.malformedLines.push(lineNo)
      return
    }
    const ev = normalizeEvent(parsed)
    if (ev === null) {
      stats.malformed++
      if (stats.malformedLines.length < 50) stats.malformedLines.push(lineNo)
      return
    }
    const logName = ev.log || ev.provider || '(unknown)'
    let s = eventLogs.get(logName)
    if (!s) {
      s = { lines: 0, malformed: 0, malformedLines: [], earliest: null, latest: null }
      eventLogs.set(logName, s)
    }
    s.lines++
    if (ev.timestamp !== null) {
      if (s.earliest === null || ev.timestamp < s.earliest) s.earliest = ev.timestamp
      if (s.latest === null || ev.timestamp > s.latest) s.latest = ev.timestamp
      if (stats.earliest === null || ev.timestamp < stats.earliest) stats.earliest = ev.timestamp
      if (stats.latest === null || ev.timestamp > stats.latest) stats.latest = ev.timestamp
    }
    const rctx: RecordContext = { host: ctx.host, file: ctx.file, line: lineNo, type: 'eventlog' }
    const base = {
      timestamp: ev.timestamp,
      evidence: truncate(line, 4096),
    }
    const textL = ev.text.toLowerCase()
    // EXH-PL-006
    if (
      ev.provider.toLowerCase() === 'msexchange unified messaging' &&
      ev.level === 2 &&
      textL.includes('system.invalidcastexception')
    ) {
      ctx.findings.push(
        finding('EXH-PL-006', rctx, {
          ...base,
          extracted: {
            eventId: ev.id,
            provider: ev.provider,
            machine: ev.machine || null,
            recordId: ev.recordId,
            text: truncate(ev.text, 1024),
          },
        }),
      )
    }
    // EXH-PS-003/004/005
    const mgmt =
      ev.log.toLowerCase() === 'msexchange management' || ev.provider.toLowerCase() === 'msexchange cmdletlogs'
    if (mgmt && (ev.id === 1 || ev.id === 6)) {
      const outcome = ev.id === 1 ? 'succeeded' : 'failed'
      const extracted = (path: string | null) => ({
        outcome,
        eventId: ev.id,
        recordId: ev.recordId,
        cmdlet: truncate(ev.text, 1024),
        path,
        machine: ev.machine || null,
      })
      if (textL.includes('new-mailboxexportrequest')) {
        const p = param(ev.text, FILE_PATH)
        if (p !== null && isWebPath(p, selfNames))
          ctx.findings.push(finding('EXH-PS-003', rctx, { ...base, path: p, extracted: extracted(p) }))
      }
      if (textL.includes('new-managementroleassignment') && textL.includes('mailbox import export')) {
        ctx.findings.push(finding('EXH-PS-004', rctx, { ...base, extracted: extracted(null) }))
      }
      if (textL.includes('new-exchangecertificate')) {
        const p = param(ev.text, REQUEST_FILE)
        if (p !== null && isWebPath(p, selfNames))
          ctx.findings.push(finding('EXH-PS-005', rctx, { ...base, path: p, extracted: extracted(p) }))
      }
    }
  }
}
