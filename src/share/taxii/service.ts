// The TAXII 2.1 endpoints as plain functions over a backend: no HTTP framework here. Each operation returns a Reply
// (status, JSON body, extra headers); failures are Replies too, carrying a TAXII error message (section 3.6.1).
// http.ts turns Replies into responses and handles what is purely HTTP (authentication, Accept).
import { randomUUID } from 'node:crypto'
import type { CollectionResource, Json, ObjectRecord, StatusResource, TaxiiBackend } from './backend.ts'
import {
  applyFilters,
  type FilterDefaults,
  type Filters,
  type MatchField,
  parseFilters,
  type Query,
} from './filters.ts'
import { isTaxiiContentType } from './media-type.ts'
import { type Page, PageSessions } from './paging.ts'
import { recordFor } from './records.ts'
import { nowTimestamp } from './timestamp.ts'

/** What an endpoint answers: a status, an optional JSON body and extra headers. */
export interface Reply {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

/** A TAXII error message. The reference server titles every request-processing error `ProcessingError`. */
export function problem(status: number, description: string, title = 'ProcessingError'): Reply {
  return { status, body: { title, http_status: String(status), description } }
}

/** A POST request's content: its headers, and the body, read only once the request has passed every check. */
export interface PostedContent {
  contentType: string | undefined
  /** The Content-Length header, when sent: a body declared too large is refused without being read. */
  contentLength: number | undefined
  read: () => Promise<Uint8Array>
}

export interface TaxiiServiceOptions {
  /** The largest page served; `limit` above it is lowered to it (default 100, the reference server's). */
  maxPageSize?: number
  /** Where `next` tokens are kept (a fresh store by default). */
  paging?: PageSessions
}

const OBJECT_FILTERS: readonly MatchField[] = ['id', 'type', 'version', 'spec_version']
const SINGLE_OBJECT_FILTERS: readonly MatchField[] = ['version', 'spec_version']
const VERSIONS_DEFAULTS: FilterDefaults = { version: 'all', specVersion: 'latest' }
const DELETE_DEFAULTS: FilterDefaults = { version: 'all', specVersion: 'all' }

type Guard<T> = { ok: true; value: T } | { ok: false; reply: Reply }

/** The TAXII 2.1 server logic over one backend. */
export class TaxiiService {
  readonly #backend: TaxiiBackend
  readonly #maxPage: number
  readonly #paging: PageSessions

  constructor(backend: TaxiiBackend, opts: TaxiiServiceOptions = {}) {
    this.#backend = backend
    this.#maxPage = opts.maxPageSize ?? 100
    this.#paging = opts.paging ?? new PageSessions()
  }

  /** `GET /taxii2/`: the discovery resource. */
  async discovery(): Promise<Reply> {
    const d = await this.#backend.discovery()
    return d ? { status: 200, body: d } : problem(404, 'this server has no discovery resource')
  }

  /** `GET /{root}/`: the API-root resource. */
  async apiRoot(root: string): Promise<Reply> {
    const info = await this.#backend.apiRoot(root)
    return info ? { status: 200, body: info } : problem(404, `API root '${root}' not found`)
  }

  /** `GET /{root}/status/{id}/`: a status resource. */
  async status(root: string, statusId: string): Promise<Reply> {
    if (!(await this.#backend.apiRoot(root))) return problem(404, `API root '${root}' not found`)
    const s = await this.#backend.status(root, statusId)
    return s ? { status: 200, body: s } : problem(404, `status '${statusId}' not found`)
  }

  /** `GET /{root}/collections/`: `{collections: [...]}`, or `{}` when there are none. */
  async collections(root: string): Promise<Reply> {
    const list = await this.#backend.collections(root)
    if (!list) return problem(404, `API root '${root}' not found`)
    return { status: 200, body: list.length > 0 ? { collections: list } : {} }
  }

  /** `GET /{root}/collections/{id}/`: one collection. */
  async collection(root: string, collectionId: string): Promise<Reply> {
    const c = await this.#collection(root, collectionId)
    return c.ok ? { status: 200, body: c.value } : c.reply
  }

  /** `GET …/manifest/`: one manifest record per selected object version. */
  async manifest(root: string, collectionId: string, query: Query): Promise<Reply> {
    const read = await this.#readable(root, collectionId, query, OBJECT_FILTERS)
    if (!read.ok) return read.reply
    const { filters, limit } = read.value
    const page = await this.#page(['manifest', root, collectionId], query, limit, async () =>
      applyFilters(await this.#backend.records(root, collectionId, selector(filters)), filters),
    )
    if (!page.ok) return page.reply
    return envelope(page.value, 'objects', (r) => ({
      id: r.id,
      date_added: r.dateAdded,
      version: r.versionText,
      media_type: r.mediaType,
    }))
  }

  /** `GET …/objects/`: an envelope of the selected object versions. */
  async getObjects(root: string, collectionId: string, query: Query): Promise<Reply> {
    const read = await this.#readable(root, collectionId, query, OBJECT_FILTERS)
    if (!read.ok) return read.reply
    const { filters, limit } = read.value
    const page = await this.#page(['objects', root, collectionId], query, limit, async () =>
      applyFilters(await this.#backend.records(root, collectionId, selector(filters)), filters),
    )
    if (!page.ok) return page.reply
    return envelope(page.value, 'objects', (r) => r.object)
  }

  /** `GET …/objects/{id}/`: an envelope with that object (its latest version unless filtered otherwise). */
  async getObject(root: string, collectionId: string, objectId: string, query: Query): Promise<Reply> {
    const read = await this.#readable(root, collectionId, query, SINGLE_OBJECT_FILTERS)
    if (!read.ok) return read.reply
    const { filters, limit } = read.value
    const all = await this.#backend.records(root, collectionId, { ids: [objectId] })
    if (all.length === 0) return problem(404, `object '${objectId}' not found in collection '${collectionId}'`)
    const page = await this.#page(['object', root, collectionId, objectId], query, limit, async () =>
      applyFilters(all, filters),
    )
    if (!page.ok) return page.reply
    return envelope(page.value, 'objects', (r) => r.object)
  }

  /** `GET …/objects/{id}/versions/`: the versions of one object. */
  async versions(root: string, collectionId: string, objectId: string, query: Query): Promise<Reply> {
    const read = await this.#readable(root, collectionId, query, ['spec_version'])
    if (!read.ok) return read.reply
    const { filters, limit } = read.value
    const all = await this.#backend.records(root, collectionId, { ids: [objectId] })
    if (all.length === 0) return problem(404, `object '${objectId}' not found in collection '${collectionId}'`)
    const page = await this.#page(['versions', root, collectionId, objectId], query, limit, async () =>
      applyFilters(all, filters, VERSIONS_DEFAULTS),
    )
    if (!page.ok) return page.reply
    return envelope(page.value, 'versions', (r) => r.versionText)
  }

  /** `DELETE …/objects/{id}/`: remove the versions match[version] and match[spec_version] pick (all by default). */
  async deleteObject(root: string, collectionId: string, objectId: string, query: Query): Promise<Reply> {
    const c = await this.#collection(root, collectionId)
    if (!c.ok) return c.reply
    const { can_read, can_write } = c.value
    // Like the reference server: a collection neither readable nor writable is not shown to exist.
    if (!can_read && !can_write) return problem(404, `collection '${collectionId}' not found`)
    if (!can_write) return problem(403, `forbidden to write collection '${collectionId}'`)
    if (!can_read) return problem(403, `forbidden to read collection '${collectionId}'`)
    const parsed = parseFilters(query, SINGLE_OBJECT_FILTERS)
    if (!parsed.ok) return problem(400, parsed.error)
    const all = await this.#backend.records(root, collectionId, { ids: [objectId] })
    if (all.length === 0) return problem(404, `object '${objectId}' not found in collection '${collectionId}'`)
    const doomed = applyFilters(all, parsed.value, DELETE_DEFAULTS)
    await this.#backend.remove(root, collectionId, doomed)
    return { status: 200 }
  }

  /** `POST …/objects/`: add the objects of an envelope; answers 202 with a status resource. */
  async addObjects(root: string, collectionId: string, content: PostedContent): Promise<Reply> {
    const info = await this.#backend.apiRoot(root)
    if (!info) return problem(404, `API root '${root}' not found`)
    const c = await this.#collection(root, collectionId)
    if (!c.ok) return c.reply
    if (!isTaxiiContentType(content.contentType))
      return problem(415, `Content-Type '${content.contentType ?? ''}' is not application/taxii+json;version=2.1`)
    if (!c.value.can_write) return problem(403, `forbidden to write collection '${collectionId}'`)
    const max = typeof info.max_content_length === 'number' ? info.max_content_length : Number.POSITIVE_INFINITY
    const tooLarge = (n: number) => problem(413, `the body is ${n} bytes; this API root takes at most ${max}`)
    if (content.contentLength !== undefined && content.contentLength > max) return tooLarge(content.contentLength)
    const bytes = await content.read()
    if (bytes.byteLength > max) return tooLarge(bytes.byteLength)
    let envelopeBody: unknown
    try {
      envelopeBody = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
    } catch (e) {
      return problem(400, `the body is not UTF-8 JSON: ${(e as Error).message}`)
    }
    const objects = (envelopeBody as Json | null)?.objects
    if (typeof envelopeBody !== 'object' || Array.isArray(envelopeBody) || !Array.isArray(objects))
      return problem(422, "the body is not a TAXII envelope: it needs an 'objects' list")

    const requestTime = nowTimestamp()
    const successes: Json[] = []
    const failures: Json[] = []
    const accepted: ObjectRecord[] = []
    for (const obj of objects) {
      const rec = recordFor(obj, requestTime)
      if (rec.ok) accepted.push(rec.value)
      else failures.push(detail(obj, rec.error))
    }
    const stored = await this.#backend.put(root, collectionId, accepted)
    accepted.forEach((r, i) => {
      const message = stored[i]
        ? `Successfully added object to collection '${collectionId}'.`
        : `Object already present in collection '${collectionId}'.`
      successes.push({ id: r.id, version: r.versionText, message })
    })
    const status: StatusResource = {
      id: randomUUID(),
      status: 'complete',
      request_timestamp: requestTime,
      total_count: objects.length,
      success_count: successes.length,
      failure_count: failures.length,
      pending_count: 0,
    }
    // Empty detail lists are left out, as the reference server does.
    if (successes.length > 0) status.successes = successes
    if (failures.length > 0) status.failures = failures
    await this.#backend.saveStatus(root, status)
    return { status: 202, body: status }
  }

  async #collection(root: string, collectionId: string): Promise<Guard<CollectionResource>> {
    if (!(await this.#backend.apiRoot(root))) return { ok: false, reply: problem(404, `API root '${root}' not found`) }
    const c = await this.#backend.collection(root, collectionId)
    if (!c) return { ok: false, reply: problem(404, `collection '${collectionId}' not found`) }
    return { ok: true, value: c }
  }

  /** The checks every read shares: the collection exists and is readable, limit and filters are well formed. */
  async #readable(
    root: string,
    collectionId: string,
    query: Query,
    allowed: readonly MatchField[],
  ): Promise<Guard<{ filters: Filters; limit: number }>> {
    const c = await this.#collection(root, collectionId)
    if (!c.ok) return c
    if (!c.value.can_read) return { ok: false, reply: problem(403, `forbidden to read collection '${collectionId}'`) }
    const limit = this.#limit(query.limit)
    if (typeof limit === 'string') return { ok: false, reply: problem(400, limit) }
    const filters = parseFilters(query, allowed)
    if (!filters.ok) return { ok: false, reply: problem(400, filters.error) }
    return { ok: true, value: { filters: filters.value, limit } }
  }

  #limit(text: string | undefined): number | string {
    if (text === undefined) return this.#maxPage
    if (!/^[+-]?\d+$/.test(text.trim())) return `limit '${text}' is not an integer`
    const n = Number(text)
    if (n <= 0) return `limit must be a positive integer, not ${n}`
    return Math.min(n, this.#maxPage)
  }

  /** A first page, or the page a `next` token stands for (the filters must be those that produced it). */
  async #page(
    endpoint: string[],
    query: Query,
    limit: number,
    compute: () => Promise<ObjectRecord[]>,
  ): Promise<Guard<Page<ObjectRecord>>> {
    const key = pagingKey(endpoint, query)
    if (query.next !== undefined) {
      const r = this.#paging.resume<ObjectRecord>(key, query.next, limit)
      return r.ok ? { ok: true, value: r.value } : { ok: false, reply: problem(400, r.error) }
    }
    return { ok: true, value: this.#paging.start(key, await compute(), limit) }
  }
}

/** Which stored records a filter set can possibly select (lets a database narrow its query). */
function selector(f: Filters): { ids?: string[]; types?: string[] } {
  return { ...(f.ids ? { ids: f.ids } : {}), ...(f.types ? { types: f.types } : {}) }
}

/** The endpoint plus every query parameter except `limit` and `next`, in a fixed order. */
function pagingKey(endpoint: string[], query: Query): string {
  const params = Object.entries(query)
    .filter(([k]) => k !== 'limit' && k !== 'next')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return JSON.stringify([endpoint, params])
}

/** An envelope-like body: `{}` for an empty page, else `{more, next?, <key>: [...]}`, with the date_added headers. */
function envelope(page: Page<ObjectRecord>, key: 'objects' | 'versions', map: (r: ObjectRecord) => unknown): Reply {
  const first = page.items[0]
  const last = page.items[page.items.length - 1]
  if (!first || !last) return { status: 200, body: {} }
  const body: Json = { more: page.more }
  if (page.next !== undefined) body.next = page.next
  body[key] = page.items.map(map)
  return {
    status: 200,
    body,
    headers: { 'X-TAXII-Date-Added-First': first.dateAdded, 'X-TAXII-Date-Added-Last': last.dateAdded },
  }
}

/** A status detail for an object that could not be added. */
function detail(obj: unknown, message: string): Json {
  const o = typeof obj === 'object' && obj !== null ? (obj as Json) : {}
  const version = o.modified ?? o.created
  return {
    id: typeof o.id === 'string' ? o.id : '',
    version: typeof version === 'string' ? version : '',
    message,
  }
}
