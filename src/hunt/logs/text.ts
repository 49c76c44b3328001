// Small text helpers shared by the log readers and the Exchange rules.

const HEX = /^[0-9a-fA-F]{2}$/

/**
 * Percent-decode once, leniently: a malformed escape stays as it is (decodeURIComponent would throw), and byte
 * sequences that are not valid UTF-8 become U+FFFD.
 */
export function percentDecode(s: string): string {
  if (s.indexOf('%') < 0) return s
  try {
    return decodeURIComponent(s)
  } catch {
    // Decode byte-wise: collect runs of valid %XX escapes into bytes and decode each run as UTF-8.
    let out = ''
    let i = 0
    const n = s.length
    while (i < n) {
      if (s.charCodeAt(i) === 37 && HEX.test(s.slice(i + 1, i + 3))) {
        const bytes: number[] = []
        while (i < n && s.charCodeAt(i) === 37 && HEX.test(s.slice(i + 1, i + 3))) {
          bytes.push(Number.parseInt(s.slice(i + 1, i + 3), 16))
          i += 3
        }
        out += Buffer.from(bytes).toString('utf8')
      } else {
        out += s[i]
        i++
      }
    }
    return out
  }
}

/**
 * Normalise an ISO-8601 timestamp to UTC with `Z`, keeping milliseconds only when the source has a fraction.
 * A timestamp without a zone is taken as UTC. Returns null when the text is not ISO-8601.
 */
export function isoUtc(text: string): string | null {
  // Fast path: already `YYYY-MM-DDTHH:MM:SS.mmmZ` or `…SSZ` (what Exchange writes) on the date last confirmed valid.
  const n = text.length
  if (
    (n === 24 || n === 20) &&
    text.charCodeAt(n - 1) === 90 &&
    text.charCodeAt(10) === 84 &&
    lastValidDate !== null &&
    text.startsWith(lastValidDate) &&
    TIME_Z.test(text)
  )
    return text
  const r = isoUtcSlow(text)
  if (r !== null && r.length === n && r === text) lastValidDate = text.slice(0, 11)
  return r
}

/** `THH:MM:SS[.mmm]Z` with the hour, minute and second in range. */
const TIME_Z = /^.{10}T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{3})?Z$/
let lastValidDate: string | null = null

function isoUtcSlow(text: string): string | null {
  const m = /^(\d{4}-\d\d-\d\d)[T ](\d\d:\d\d(?::\d\d)?)(\.\d+)?\s*(Z|[+-]\d\d:?\d\d)?$/i.exec(text.trim())
  if (!m) return null
  const time = m[2]!.length === 5 ? `${m[2]}:00` : m[2]!
  const frac = m[3] ? `.${(m[3].slice(1) + '000').slice(0, 3)}` : ''
  let zone = m[4] ?? 'Z'
  if (zone.toUpperCase() === 'Z') zone = 'Z'
  else if (zone.length === 5) zone = `${zone.slice(0, 3)}:${zone.slice(3)}`
  const d = new Date(`${m[1]}T${time}${frac}${zone}`)
  if (Number.isNaN(d.getTime())) return null
  const iso = d.toISOString()
  return m[3] ? iso : `${iso.slice(0, 19)}Z`
}

/** Cut a string for evidence fields. */
export function truncate(s: string, max: number): string {
  return s.length > max ? s.slice(0, max) : s
}
