// TAXII 2.1 media types (section 1.6.8): every TAXII request and response uses application/taxii+json;version=2.1.

/** The media type of every TAXII response. */
export const TAXII_MEDIA_TYPE = 'application/taxii+json;version=2.1'

interface MediaRange {
  type: string
  params: Map<string, string>
}

/** Parse a comma-separated list of media types; names are lower-cased, spaces around `;` and `=` ignored. */
function parseMediaTypes(header: string): MediaRange[] {
  return header
    .split(',')
    .map((part) => {
      const [type = '', ...params] = part.split(';')
      const map = new Map<string, string>()
      for (const p of params) {
        const eq = p.indexOf('=')
        if (eq < 0) continue
        const value = p
          .slice(eq + 1)
          .trim()
          .replace(/^"(.*)"$/, '$1')
        map.set(p.slice(0, eq).trim().toLowerCase(), value)
      }
      return { type: type.trim().toLowerCase(), params: map }
    })
    .filter((m) => m.type !== '')
}

/** A TAXII 2.1 media type: application/taxii+json with version 2.1, or with no version (which means the latest). */
function isTaxii21(m: MediaRange): boolean {
  if (m.type !== 'application/taxii+json') return false
  const version = m.params.get('version')
  return version === undefined || version === '2.1'
}

/** Whether an Accept header allows a TAXII 2.1 response (otherwise the answer is 406). */
export function acceptsTaxii(accept: string | undefined): boolean {
  if (accept === undefined) return false
  return parseMediaTypes(accept).some((m) => isTaxii21(m) && m.params.get('q') !== '0')
}

/** Whether a Content-Type header names a TAXII 2.1 envelope (otherwise a POST gets 415). */
export function isTaxiiContentType(contentType: string | undefined): boolean {
  if (contentType === undefined) return false
  const [first] = parseMediaTypes(contentType)
  return first !== undefined && isTaxii21(first)
}
