import { serve } from '@hono/node-server'
import { MosaicError } from '../lib/errors.ts'

/**
 * Serve `fetch` on host:port (0 = any free port), say where on stderr, and resolve when SIGINT or SIGTERM has
 * closed the server. Shared by `mosaic serve` and `mosaic taxii serve`.
 */
export async function serveUntilSignal(
  fetch: (request: Request) => Response | Promise<Response>,
  host: string,
  port: number,
  announce: (actualPort: number) => string,
): Promise<void> {
  const server = serve({ fetch, hostname: host, port })
  await new Promise<void>((resolve, reject) => {
    server.once('listening', () => resolve())
    server.once('error', (e) =>
      reject(new MosaicError('unavailable', `cannot listen on ${host}:${port}: ${(e as Error).message}`)),
    )
  })
  const addr = server.address()
  process.stderr.write(`${announce(typeof addr === 'object' && addr ? addr.port : port)}\n`)
  await new Promise<void>((resolve) => {
    const stop = () => server.close(() => resolve())
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
}
