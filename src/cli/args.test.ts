import assert from 'node:assert/strict'
import { test } from 'node:test'
import { MosaicError } from '../lib/errors.ts'
import { printJson } from './args.ts'

test('printJson refuses a result past the longest string the runtime holds with a clear error', () => {
  // (What JSON.stringify throws past about 512 MB of output, without making 512 MB here.)
  const huge = {
    toJSON() {
      throw new RangeError('Invalid string length')
    },
  }
  assert.throws(
    () => printJson(huge),
    (e: unknown) =>
      e instanceof MosaicError && e.code === 'too_large' && /too large to print as one JSON document/.test(e.message),
  )
  // Other errors pass through as they are.
  const cyclic: Record<string, unknown> = {}
  cyclic.self = cyclic
  assert.throws(() => printJson(cyclic), TypeError)
})
