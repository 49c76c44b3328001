import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { test } from 'node:test'
import { canonicalJson, parseId, SCO_NAMESPACE, scoId, sha1, uuid4, uuid5, uuidVersion } from './ids.ts'

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex')

test('sha1 matches node:crypto on empty, short and multi-block inputs', () => {
  for (const s of ['', 'abc', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'é€𝄞'.repeat(100)]) {
    const bytes = new TextEncoder().encode(s)
    assert.equal(hex(sha1(bytes)), createHash('sha1').update(bytes).digest('hex'), `input of ${bytes.length} bytes`)
  }
})

test('uuid5 gives the RFC 4122 value for python.org in the DNS namespace', () => {
  assert.equal(uuid5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'python.org'), '886313e1-3b8a-5372-9b90-0c9aee199e5d')
})

test('scoId is UUIDv5 over the canonical JSON of the ID-contributing properties', () => {
  const id = scoId({ type: 'ipv4-addr', value: '198.51.100.3', spec_version: '2.1' })
  const name = '{"value":"198.51.100.3"}'
  const h = createHash('sha1')
    .update(Buffer.from(SCO_NAMESPACE.replace(/-/g, ''), 'hex'))
    .update(name)
    .digest()
  h[6] = (h[6]! & 0x0f) | 0x50
  h[8] = (h[8]! & 0x3f) | 0x80
  const u = h.subarray(0, 16).toString('hex')
  assert.equal(id, `ipv4-addr--${u.slice(0, 8)}-${u.slice(8, 12)}-${u.slice(12, 16)}-${u.slice(16, 20)}-${u.slice(20)}`)
  assert.equal(uuidVersion(parseId(id)?.uuid ?? ''), 5)
})

test('scoId keeps only one hash (MD5 first) and is undefined for process or when no ID property is present', () => {
  const a = scoId({ type: 'file', hashes: { 'SHA-256': 'aa', MD5: 'bb' }, name: 'x' })
  const b = scoId({ type: 'file', hashes: { MD5: 'bb' }, name: 'x' })
  assert.equal(a, b)
  assert.equal(scoId({ type: 'process', pid: 4 }), undefined)
  assert.equal(scoId({ type: 'email-message', is_multipart: false }), undefined)
})

test('canonicalJson sorts keys and uses ECMAScript number forms', () => {
  assert.equal(
    canonicalJson({ b: [1.0, 1e21, 'é'], a: { d: null, c: true } }),
    '{"a":{"c":true,"d":null},"b":[1,1e+21,"é"]}',
  )
})

test('parseId splits type and UUID and rejects malformed ids; uuid4 is version 4', () => {
  assert.deepEqual(parseId('x-foo-bar--6b616fc1-1505-48e3-8b2c-0d19337bff38'), {
    type: 'x-foo-bar',
    uuid: '6b616fc1-1505-48e3-8b2c-0d19337bff38',
  })
  assert.equal(parseId('indicator-6b616fc1-1505-48e3-8b2c-0d19337bff38'), undefined)
  assert.equal(parseId('indicator--1234'), undefined)
  assert.equal(uuidVersion(uuid4()), 4)
})
