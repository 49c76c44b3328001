import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { sharedPath, skipUnless } from '../../../lib/testing.ts'
import { OFFICIAL_SCHEMAS } from './official-schemas.ts'

// The generated module drops only string annotations; everything that validates must equal the originals.
function strip(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(strip)
  if (v && typeof v === 'object') {
    const o: Record<string, unknown> = {}
    for (const [k, x] of Object.entries(v)) {
      if ((k === 'description' || k === '$comment' || k === '$schema') && typeof x === 'string') continue
      o[k] = strip(x)
    }
    return o
  }
  return v
}

const dir = sharedPath('specs', 'stix2.1-json-schemas', 'schemas')
test('the bundled schema module equals the official STIX 2.1 schemas, annotations aside', skipUnless(dir), () => {
  let n = 0
  for (const sub of readdirSync(dir as string)) {
    for (const f of readdirSync(join(dir as string, sub))) {
      const schema = JSON.parse(readFileSync(join(dir as string, sub, f), 'utf8')) as { $id: string }
      assert.deepEqual(OFFICIAL_SCHEMAS[schema.$id], strip(schema), f)
      n++
    }
  }
  assert.equal(n, 57)
  assert.equal(Object.keys(OFFICIAL_SCHEMAS).length, 57)
})
