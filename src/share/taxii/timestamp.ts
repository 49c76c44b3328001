// TAXII timestamps. The reference server compares and reports `date_added` with microsecond precision, which a JS
// Date (milliseconds) cannot hold, so timestamps are kept as normalised strings: `YYYY-MM-DDTHH:MM:SS.ffffffZ`.
// For years 0000-9999 these sort lexicographically in time order, so comparisons are plain string comparisons.

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:Z|\+00:?00|-00:?00)$/i

/** Parse an RFC 3339 UTC timestamp; return it normalised to six fractional digits, or undefined if it is not one. */
export function normalizeTimestamp(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined
  const m = TIMESTAMP.exec(text.trim())
  if (!m) return undefined
  const [, y, mo, d, h, mi, s, frac] = m
  const month = Number(mo)
  const day = Number(d)
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 60) return undefined
  // Digits past the sixth are dropped: the reference parses timestamps into microsecond datetimes.
  const micros = (frac ?? '').slice(0, 6).padEnd(6, '0')
  return `${y}-${mo}-${d}T${h}:${mi}:${s}.${micros}Z`
}

let lastMicros = 0

/**
 * The current time as a normalised timestamp, strictly increasing within this process, so that two requests never
 * share a `date_added` and `added_after` always separates them.
 */
export function nowTimestamp(): string {
  let micros = Date.now() * 1000
  if (micros <= lastMicros) micros = lastMicros + 1
  lastMicros = micros
  const ms = Math.floor(micros / 1000)
  const iso = new Date(ms).toISOString() // YYYY-MM-DDTHH:MM:SS.mmmZ
  return `${iso.slice(0, 23)}${String(micros % 1000).padStart(3, '0')}Z`
}
