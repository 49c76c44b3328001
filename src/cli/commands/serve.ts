import { createApp } from '../../api/app.ts'
import { MosaicError } from '../../lib/errors.ts'
import { dbLocation, parse } from '../args.ts'
import { openDb } from '../db.ts'
import { serveUntilSignal } from '../listen.ts'

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
  try {
    await serveUntilSignal(
      app.fetch,
      values.host,
      port,
      (actual) => `mosaic: serving ${dbLocation(values.db)} on http://${values.host}:${actual}/`,
    )
  } finally {
    await store.close()
  }
  return 0
}
