import { type ParseArgsConfig, parseArgs } from 'node:util'
import { MosaicError } from '../lib/errors.ts'

type Options = NonNullable<ParseArgsConfig['options']>

/** Options every command takes. */
export const commonOptions = {
  db: { type: 'string' },
  json: { type: 'boolean', default: false },
} as const satisfies Options

/** parseArgs with the common options, turning its errors into usage errors (exit 3). */
export function parse<O extends Options>(args: string[], options: O, allowPositionals = true) {
  try {
    return parseArgs({ args, options: { ...commonOptions, ...options }, allowPositionals, strict: true })
  } catch (e) {
    throw new MosaicError('usage', e instanceof Error ? e.message : String(e))
  }
}

/** The database location: --db, else MOSAIC_DB, else ./mosaic.db. */
export function dbLocation(value: string | undefined): string {
  return value ?? process.env.MOSAIC_DB ?? './mosaic.db'
}

/** Write one JSON document as the only thing on stdout. */
export function printJson(value: unknown): void {
  let json: string
  try {
    json = JSON.stringify(value)
  } catch (e) {
    // (A document past the longest string the runtime can hold, about 512 MB: say so, not "Invalid string length".)
    if (e instanceof RangeError)
      throw new MosaicError('too_large', 'the result is too large to print as one JSON document', { cause: e })
    throw e
  }
  process.stdout.write(`${json}\n`)
}
