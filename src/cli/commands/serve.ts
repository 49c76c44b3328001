import { serve } from '@hono/node-server'
import { createApp } from '../../api/app.ts'
import { MosaicError } from '../../lib/errors.ts'
import { dbLocation, parse } from '../args.ts'
import { openDb } from '../db.ts'

export const help = `
mosaic serve [--host 127.0.0.1] [--port 8080] [--db PATH]

Serve the HTTP API (JSON under /api/) on the given address. Binds to 127.0.0.1 unless --host says otherwise.
Stops cleanly on SIGINT or SIGTERM.
`

export async function run(args: string[]): Promise<number> {
  const { values } = parse(args, {
    host: { type: 'string', default: '127.0.0.1' },
    port: { type: 'string', default: process.env.PORT ?? '8080' },
  })
  const port = Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new MosaicError('usage', `bad --port '${values.port}'`)
  const store = await openDb(values.db)
  const app = createApp({ store })
  const server = serve({ fetch: app.fetch, hostname: values.host, port })
  await new Promise<void>((resolve, reject) => {
    server.once('listening', () => resolve())
    server.once('error', (e) =>
      reject(new MosaicError('unavailable', `cannot listen on ${values.host}:${port}: ${(e as Error).message}`)),
    )
  })
  const addr = server.address()
  const actual = typeof addr === 'object' && addr ? addr.port : port
  process.stderr.write(`mosaic: serving ${dbLocation(values.db)} on http://${values.host}:${actual}/\n`)
  await new Promise<void>((resolve) => {
    const stop = () => server.close(() => resolve())
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
  await store.close()
  return 0
}
