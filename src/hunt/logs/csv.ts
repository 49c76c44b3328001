// RFC 4180 fields of one physical line. Exchange logs quote user agents and EventData; a record never spans lines
// there, so a quote left open at the end of the line makes the line malformed (null), not a multi-line record.

/** Split one CSV line into fields, or null when a quoted field is not closed or garbage follows a closing quote. */
export function parseCsvLine(line: string): string[] | null {
  // Fast path: no quote at all, a plain split is exact.
  if (line.indexOf('"') < 0) return line.split(',')
  const out: string[] = []
  const n = line.length
  let i = 0
  for (;;) {
    if (i < n && line.charCodeAt(i) === 34) {
      let value = ''
      let j = i + 1
      for (;;) {
        const q = line.indexOf('"', j)
        if (q < 0) return null
        value += line.slice(j, q)
        if (line.charCodeAt(q + 1) === 34) {
          value += '"'
          j = q + 2
        } else {
          j = q + 1
          break
        }
      }
      out.push(value)
      if (j === n) return out
      if (line.charCodeAt(j) !== 44) return null
      i = j + 1
    } else {
      const c = line.indexOf(',', i)
      if (c < 0) {
        out.push(line.slice(i))
        return out
      }
      out.push(line.slice(i, c))
      i = c + 1
    }
  }
}

/** Parse a small CSV document (header + rows) held in memory; rows keep their 1-based physical line number. */
export function parseCsvDocument(text: string): { header: string[]; rows: { line: number; fields: string[] }[] } {
  const lines = text.replace(/^\uFEFF/, '').split('\n')
  let header: string[] = []
  const rows: { line: number; fields: string[] }[] = []
  lines.forEach((raw, i) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw
    if (line.trim() === '') return
    const fields = parseCsvLine(line) ?? [line]
    if (header.length === 0) header = fields.map((h) => h.trim())
    else rows.push({ line: i + 1, fields })
  })
  return { header, rows }
}
