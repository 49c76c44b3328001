/** Now as a STIX timestamp with millisecond precision. */
export function nowStix(): string {
  return new Date().toISOString()
}

/**
 * Parse a user-given date ("2021", "2021-07", "2021-07-19", or a full timestamp) into an ISO string at the end of
 * that period when `end` is set (for "as of" cut-offs), else at its start.
 */
export function parseUserDate(text: string, end = false): string | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.trim())
  if (m) {
    const y = Number(m[1])
    const mo = m[2] ? Number(m[2]) - 1 : end ? 11 : 0
    const d = m[3] ? Number(m[3]) : end ? new Date(Date.UTC(y, mo + 1, 0)).getUTCDate() : 1
    const t = end ? Date.UTC(y, mo, d, 23, 59, 59, 999) : Date.UTC(y, mo, d)
    return new Date(t).toISOString()
  }
  const t = Date.parse(text)
  return Number.isNaN(t) ? undefined : new Date(t).toISOString()
}
