import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { after, test } from 'node:test'
import { repoRoot, sharedPath, skipUnless, tempDir } from '../../lib/testing.ts'

const tmp = tempDir()
after(() => tmp.cleanup())
const bin = join(repoRoot, 'bin', 'mosaic.js')

function mosaic(args: string[], input?: string): { code: number | null; last: Record<string, unknown> } {
  const r = spawnSync(process.execPath, [bin, 'validate', ...args], { input, encoding: 'utf8', timeout: 60_000 })
  const lines = r.stdout.trim().split('\n')
  return { code: r.status, last: JSON.parse(lines[lines.length - 1] ?? 'null') as Record<string, unknown> }
}
function file(name: string, content: string): string {
  const p = join(tmp.dir, name)
  writeFileSync(p, content)
  return p
}

const IDENTITY = {
  type: 'identity',
  spec_version: '2.1',
  id: 'identity--311b2d2d-f010-4473-83ec-1edf84858f4c',
  created: '2015-12-21T19:59:11.000Z',
  modified: '2015-12-21T19:59:11.000Z',
  name: 'Cole Powers',
  identity_class: 'individual',
}

test('validate: a valid object exits 0 and the last stdout line is the result JSON', () => {
  const r = mosaic([file('ok.json', JSON.stringify(IDENTITY))])
  assert.equal(r.code, 0)
  assert.deepEqual(r.last, { valid: true, errors: [], warnings: [], fatal: null })
})

test('validate: an invalid object exits 1 with message, path and code; stdin works with -', () => {
  const r = mosaic(['-'], JSON.stringify({ ...IDENTITY, modified: '2015-12-20T19:59:11.000Z' }))
  assert.equal(r.code, 1)
  assert.equal(r.last.valid, false)
  const errors = r.last.errors as { message: string; path: string; code: string }[]
  assert.ok(
    errors.some((e) => e.path === 'modified' && e.code === 'timestamp_order' && e.message.includes("'created'")),
  )
})

test('validate: warnings do not fail unless --strict; --disable by number silences them', () => {
  const custom = JSON.stringify({ ...IDENTITY, identity_class: 'martian' })
  assert.equal(mosaic(['-'], custom).code, 0)
  assert.equal(mosaic(['-', '--strict'], custom).code, 1)
  assert.equal(mosaic(['-', '--strict', '--disable', '213'], custom).code, 0)
})

test('validate: invalid JSON and non-STIX input are fatal with exit 2', () => {
  const bad = mosaic([file('bad.json', '{"type": "identity",')])
  assert.equal(bad.code, 2)
  assert.equal(bad.last.fatal, 'invalid-json')
  const notStix = mosaic(['-'], '{"hello": 1}')
  assert.equal(notStix.code, 2)
  assert.equal(notStix.last.fatal, 'not-stix')
})

test('validate: usage errors (unknown check, unreadable file, bad option) exit 3 with {"usage_error"}', () => {
  for (const args of [['-', '--enable', 'no-such-check'], [join(tmp.dir, 'missing.json')], ['-', '--frobnicate']]) {
    const r = mosaic(args, '{}')
    assert.equal(r.code, 3, args.join(' '))
    assert.equal(typeof r.last.usage_error, 'string')
  }
})

const testSchemas = sharedPath('specs', 'stix2.1-json-schemas')
test(
  'validate --schemas: a custom schema that $refs the official ones by URL is applied offline',
  skipUnless(testSchemas),
  () => {
    const dir = join(tmp.dir, 'schemas')
    spawnSync('mkdir', ['-p', dir])
    writeFileSync(
      join(dir, 'identity.json'),
      JSON.stringify({
        allOf: [
          {
            $ref: 'http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/sdos/identity.json',
          },
        ],
        required: ['contact_information'],
      }),
    )
    const r = mosaic(['-', '--schemas', dir], JSON.stringify(IDENTITY))
    assert.equal(r.code, 1)
    assert.ok(
      (r.last.errors as { message: string }[]).some((e) =>
        e.message.includes("'contact_information' is a required property"),
      ),
    )
    assert.equal(mosaic(['-', '--schemas', dir], JSON.stringify({ ...IDENTITY, contact_information: 'x' })).code, 0)
  },
)
