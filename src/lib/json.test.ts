import assert from 'node:assert/strict'
import { test } from 'node:test'
import { canonicalJson } from './json.ts'

test('canonicalJson orders keys at every depth so equal objects are byte-equal', () => {
  const a = { b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } }
  const b = { a: { c: null, d: [1, { y: 2, z: 1 }] }, b: 1 }
  assert.equal(canonicalJson(a), canonicalJson(b))
  assert.equal(canonicalJson(a), '{"a":{"c":null,"d":[1,{"y":2,"z":1}]},"b":1}')
})
