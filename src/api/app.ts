// The HTTP API. Built from services so tests call app.request() without a socket (STYLE.md point 13); `mosaic serve`
// binds it to a real port.
import { Hono } from 'hono'
import { VERSION } from '../cli/version.ts'
import { ActorIndex, dossierFor } from '../knowledge/actors/index.ts'
import { attributions, LedgerContext } from '../knowledge/ledger/index.ts'
import { objectView } from '../knowledge/object-view.ts'
import { MosaicError } from '../lib/errors.ts'
import { parseUserDate } from '../lib/time.ts'
import type { Store } from '../store/store.ts'

export interface AppServices {
  store: Store
}

const STATUS: Record<MosaicError['code'], 400 | 403 | 404 | 409 | 413 | 500 | 503 | 504> = {
  usage: 400,
  invalid_input: 400,
  not_found: 404,
  conflict: 409,
  unavailable: 503,
  too_large: 413,
  timeout: 504,
  forbidden: 403,
  internal: 500,
}

export function createApp(services: AppServices): Hono {
  const { store } = services
  const app = new Hono()

  app.onError((err, c) => {
    // The one place where a domain error becomes an HTTP status.
    if (err instanceof MosaicError) return c.json({ error: { code: err.code, message: err.message } }, STATUS[err.code])
    return c.json({ error: { code: 'internal', message: 'internal error' } }, 500)
  })
  app.notFound((c) => c.json({ error: { code: 'not_found', message: `no route ${c.req.path}` } }, 404))

  app.get('/api/health', async (c) => {
    const stats = await store.stats()
    return c.json({ status: 'ok', version: VERSION, store: store.kind, objects: stats.objects, claims: stats.claims })
  })

  app.get('/api/objects/:id', async (c) => {
    const id = c.req.param('id')
    const view = await objectView(store, id)
    if (!view) throw new MosaicError('not_found', `no object with id ${id}`)
    return c.json(view)
  })

  app.get('/api/search', async (c) => {
    const q = c.req.query('q')?.trim()
    if (!q) throw new MosaicError('usage', 'query parameter q is required')
    const limitText = c.req.query('limit') ?? '20'
    const limit = Number(limitText)
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new MosaicError('usage', 'limit must be 1..1000')
    const types = c.req.queries('type')
    return c.json({ query: q, hits: await store.search(q, { limit, ...(types ? { types } : {}) }) })
  })

  app.get('/api/stats', async (c) => c.json(await store.stats()))

  const asOfParam = (text: string | undefined) => {
    if (text === undefined) return {}
    const asOf = parseUserDate(text, true)
    if (!asOf) throw new MosaicError('usage', `as_of: '${text}' is not a date`)
    return { asOf }
  }

  app.get('/api/resolve', async (c) => {
    const q = c.req.query('q')
    if (!q) throw new MosaicError('usage', 'query parameter q is required')
    const types = c.req.queries('type')
    const index = await ActorIndex.cached(store)
    return c.json(index.resolver().resolve(q, types ? { types } : {}))
  })

  app.get('/api/actors/:name', async (c) => {
    const lens = c.req.query('lens')
    return c.json(
      await dossierFor(store, c.req.param('name'), { ...asOfParam(c.req.query('as_of')), ...(lens ? { lens } : {}) }),
    )
  })

  app.get('/api/attributions', async (c) => {
    const q = (k: string) => c.req.query(k)
    const ctx = new LedgerContext(store, q('as_of'))
    const result = await attributions(ctx, {
      ...(q('to') !== undefined ? { to: q('to') as string } : {}),
      ...(q('by') !== undefined ? { by: q('by') as string } : {}),
      ...(q('about') !== undefined ? { about: q('about') as string } : {}),
      ...(q('since') !== undefined ? { since: q('since') as string } : {}),
      units: q('units') === 'true',
    })
    return c.json({
      as_of: q('as_of') ?? null,
      matched: result.matched,
      summary: result.summary,
      attributions: result.rows,
    })
  })

  app.get('/', (c) => c.text(`Mosaic ${VERSION}: API at /api/health, /api/objects/:id, /api/search?q=…, /api/stats\n`))
  return app
}
