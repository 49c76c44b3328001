import { readFileSync } from 'node:fs'
import { MosaicError } from '../../lib/errors.ts'
import { createTaxiiApp, loadSeed } from '../../share/taxii/index.ts'
import { parse } from '../args.ts'
import { serveUntilSignal } from '../listen.ts'

export const help = `
mosaic taxii serve --seed FILE [--host 127.0.0.1] [--port 8000] [--user NAME:PASS]... [--max-page-size 100]

Serve a TAXII 2.1 server from a seed file until SIGTERM or SIGINT. The seed uses the layout of the OASIS reference
server's memory backend: "/discovery" holds the discovery resource (served at /taxii2/); every other key is an API
root (served at /<name>/) with "information", "status" and "collections" (each with "objects" and "manifest").
State is kept in memory and starts fresh from the seed at every start.

  --user NAME:PASS   a Basic-auth user (repeatable); without any, no credentials are asked for
  --max-page-size N  the largest page served; a larger limit is lowered to it (default 100)
`

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    seed: { type: 'string' },
    host: { type: 'string', default: '127.0.0.1' },
    port: { type: 'string', default: '8000' },
    user: { type: 'string', multiple: true },
    'max-page-size': { type: 'string', default: '100' },
  })
  if (positionals[0] !== 'serve' || positionals.length > 1)
    throw new MosaicError('usage', "usage: mosaic taxii serve --seed FILE [options] (see 'mosaic taxii --help')")
  const port = Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new MosaicError('usage', `bad --port '${values.port}'`)
  const maxPageSize = Number(values['max-page-size'])
  if (!Number.isInteger(maxPageSize) || maxPageSize < 1)
    throw new MosaicError('usage', `bad --max-page-size '${values['max-page-size']}'`)
  const users = new Map<string, string>()
  for (const u of values.user ?? []) {
    const colon = u.indexOf(':')
    if (colon <= 0) throw new MosaicError('usage', `--user takes NAME:PASS, not '${u}'`)
    users.set(u.slice(0, colon), u.slice(colon + 1))
  }
  if (!values.seed) throw new MosaicError('usage', '--seed FILE is required')

  let text: string
  try {
    text = readFileSync(values.seed, 'utf8')
  } catch (e) {
    throw new MosaicError('usage', `cannot read --seed ${values.seed}: ${(e as Error).message}`, { cause: e })
  }
  let seed: unknown
  try {
    seed = JSON.parse(text)
  } catch (e) {
    throw new MosaicError('invalid_input', `${values.seed} is not JSON: ${(e as Error).message}`, { cause: e })
  }
  const backend = loadSeed(seed)
  if (!backend.ok) {
    const first = backend.error[0]
    throw new MosaicError(
      'invalid_input',
      `${values.seed}: ${first?.path || '(top)'}: ${first?.message ?? 'bad seed'}`,
      {
        where: values.seed,
      },
    )
  }
  if (users.size === 0) process.stderr.write('mosaic taxii: no --user given: the server asks for no credentials\n')

  const app = createTaxiiApp({ backend: backend.value, users, maxPageSize })
  await serveUntilSignal(
    app.fetch,
    values.host,
    port,
    (actual) => `mosaic taxii: serving ${values.seed} on http://${values.host}:${actual}/taxii2/`,
  )
  return 0
}
