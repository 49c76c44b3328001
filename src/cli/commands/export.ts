import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import type { Writable } from 'node:stream'
import { MosaicError } from '../../lib/errors.ts'
import { parseUserDate } from '../../lib/time.ts'
import { parse } from '../args.ts'
import { withDb } from '../db.ts'

export const help = `
mosaic export [--type T]… [--id ID]… [--as-of DATE] [--out FILE] [--db PATH]

Write the current version of every object (or those of the given types / ids) as one STIX 2.1 bundle, streamed.
--as-of DATE exports the versions that were current then. Revoked objects are included (they are part of the record).
`

async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain')
}

export async function run(args: string[]): Promise<number> {
  const { values } = parse(args, {
    type: { type: 'string', multiple: true },
    id: { type: 'string', multiple: true },
    'as-of': { type: 'string' },
    out: { type: 'string' },
  })
  let asOf: string | undefined
  if (values['as-of']) {
    asOf = parseUserDate(values['as-of'], true)
    if (!asOf) throw new MosaicError('usage', `--as-of: '${values['as-of']}' is not a date`)
  }
  const out: Writable = values.out ? createWriteStream(values.out) : process.stdout
  await withDb(values.db, async (store) => {
    await write(out, `{"type":"bundle","id":"bundle--${crypto.randomUUID()}","objects":[`)
    let first = true
    for await (const obj of store.objects({
      ...(values.type ? { types: values.type } : {}),
      ...(values.id ? { ids: values.id } : {}),
      ...(asOf ? { asOf } : {}),
      includeRevoked: true,
    })) {
      await write(out, `${first ? '\n' : ',\n'}${JSON.stringify(obj)}`)
      first = false
    }
    await write(out, '\n]}\n')
  })
  if (values.out) {
    out.end()
    await once(out, 'finish')
  }
  return 0
}
