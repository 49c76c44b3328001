// The TAXII 2.1 HTTP layer on Hono: Basic authentication, Accept negotiation, routes, and Replies → responses with the
// TAXII media type. The endpoint logic itself is in service.ts.
import { createHash, timingSafeEqual } from 'node:crypto'
import { type Context, Hono } from 'hono'
import type { TaxiiBackend } from './backend.ts'
import type { Query } from './filters.ts'
import { acceptsTaxii, TAXII_MEDIA_TYPE } from './media-type.ts'
import type { PageSessions } from './paging.ts'
import { problem, type Reply, TaxiiService } from './service.ts'

export interface TaxiiAppOptions {
  backend: TaxiiBackend
  /** Basic-auth users (name → password). Without any, the server asks for no credentials. */
  users?: ReadonlyMap<string, string>
  /** The largest page served (default 100). */
  maxPageSize?: number
  /** Where discovery is served (default `/taxii2/`). API roots are served at `/{name}/`. */
  discoveryPath?: string
  /** Where `next` tokens are kept (tests pass their own). */
  paging?: PageSessions
}

/** One endpoint method: the request and its path parameters in, a Reply out. */
type Handler = (c: Context, p: Record<string, string>) => Promise<Reply>

/**
 * Build the TAXII 2.1 server as a Hono app (no I/O until a request arrives). A missing trailing slash is accepted.
 * @example const app = createTaxiiApp({ backend: loadSeed(seed).value, users: new Map([['admin', 'pw']]) })
 */
export function createTaxiiApp(opts: TaxiiAppOptions): Hono {
  const service = new TaxiiService(opts.backend, {
    ...(opts.maxPageSize !== undefined ? { maxPageSize: opts.maxPageSize } : {}),
    ...(opts.paging ? { paging: opts.paging } : {}),
  })
  const users = opts.users && opts.users.size > 0 ? opts.users : undefined
  const app = new Hono({ strict: false })

  app.onError((e, c) => {
    process.stderr.write(`mosaic taxii: ${c.req.method} ${c.req.path}: ${(e as Error).stack ?? String(e)}\n`)
    return respond(c, problem(500, 'the server failed to process the request', 'InternalError'))
  })
  app.notFound((c) => respond(c, problem(404, `no TAXII endpoint at ${c.req.path}`)))

  // Authentication comes first, so a request without credentials gets 401 whatever else is wrong with it.
  app.use('*', async (c, next) => {
    if (users && !authorized(c.req.header('authorization'), users)) {
      const r = respond(c, problem(401, 'the client needs to authenticate', 'Unauthorized'))
      r.headers.set('WWW-Authenticate', 'Basic realm="TAXII", charset="UTF-8"')
      return r
    }
    if (!acceptsTaxii(c.req.header('accept')))
      return respond(c, problem(406, `the Accept header must allow ${TAXII_MEDIA_TYPE}`))
    await next()
    return undefined
  })

  const route = (path: string, handlers: Partial<Record<'GET' | 'POST' | 'DELETE', Handler>>) => {
    // With `strict: false` Hono drops a trailing slash from the request path, so routes are registered without one.
    app.all(path.replace(/\/+$/, '') || '/', async (c) => {
      const h = handlers[c.req.method as 'GET' | 'POST' | 'DELETE']
      if (!h) {
        const r = respond(c, problem(405, `${c.req.method} is not supported here`))
        r.headers.set('Allow', Object.keys(handlers).join(', '))
        return r
      }
      return respond(c, await h(c, c.req.param() as Record<string, string>))
    })
  }

  const discoveryPath = opts.discoveryPath ?? '/taxii2/'
  route(discoveryPath, { GET: () => service.discovery() })
  route('/:root/', { GET: (_c, p) => service.apiRoot(p.root ?? '') })
  route('/:root/status/:statusId/', { GET: (_c, p) => service.status(p.root ?? '', p.statusId ?? '') })
  route('/:root/collections/', { GET: (_c, p) => service.collections(p.root ?? '') })
  route('/:root/collections/:cid/', { GET: (_c, p) => service.collection(p.root ?? '', p.cid ?? '') })
  route('/:root/collections/:cid/manifest/', {
    GET: (c, p) => service.manifest(p.root ?? '', p.cid ?? '', query(c)),
  })
  route('/:root/collections/:cid/objects/', {
    GET: (c, p) => service.getObjects(p.root ?? '', p.cid ?? '', query(c)),
    POST: (c, p) =>
      service.addObjects(p.root ?? '', p.cid ?? '', {
        contentType: c.req.header('content-type'),
        contentLength: contentLength(c.req.header('content-length')),
        read: async () => new Uint8Array(await c.req.arrayBuffer()),
      }),
  })
  route('/:root/collections/:cid/objects/:oid/', {
    GET: (c, p) => service.getObject(p.root ?? '', p.cid ?? '', p.oid ?? '', query(c)),
    DELETE: (c, p) => service.deleteObject(p.root ?? '', p.cid ?? '', p.oid ?? '', query(c)),
  })
  route('/:root/collections/:cid/objects/:oid/versions/', {
    GET: (c, p) => service.versions(p.root ?? '', p.cid ?? '', p.oid ?? '', query(c)),
  })
  return app
}

function contentLength(header: string | undefined): number | undefined {
  return header !== undefined && /^\d+$/.test(header.trim()) ? Number(header) : undefined
}

/** Query parameters, the first value of each name. */
function query(c: Context): Query {
  const out: Record<string, string> = {}
  for (const [k, v] of new URL(c.req.url).searchParams) if (!(k in out)) out[k] = v
  return out
}

function respond(c: Context, reply: Reply): Response {
  const headers = new Headers(reply.headers)
  headers.set('Content-Type', TAXII_MEDIA_TYPE)
  const body = reply.body === undefined ? null : JSON.stringify(reply.body)
  return c.newResponse(body, reply.status as 200, Object.fromEntries(headers))
}

const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest()

/** Check HTTP Basic credentials in constant time per user (comparing digests, so lengths leak nothing). */
function authorized(header: string | undefined, users: ReadonlyMap<string, string>): boolean {
  const m = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '')
  if (!m?.[1]) return false
  const decoded = Buffer.from(m[1], 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  if (colon < 0) return false
  const expected = users.get(decoded.slice(0, colon))
  if (expected === undefined) return false
  return timingSafeEqual(digest(decoded.slice(colon + 1)), digest(expected))
}
