import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { sharedPath } from '../lib/testing.ts'
import { party } from './claims.ts'
import { extractFromText } from './extract.ts'
import { testMatcher } from './test-matcher.ts'

// Every party has one hidden class only while every party is made by `party` (see there): a new object literal among
// the finders would bring the megamorphic loads back. All fields are present, in the factory's order.
const FIELDS = Object.keys(party('n', 't', [0, 1], 'agency'))

const SAMPLE =
  'The FBI and the UK National Cyber Security Centre (NCSC) attributed the intrusions to APT28. Five Chinese ' +
  'nationals were charged. Russian intelligence services and Chinese state-sponsored hackers denied it; a federal ' +
  'grand jury indicted them. We assess that Sichuan Silence Information Technology Company, Limited was sanctioned. ' +
  'FSB Centre 18 ran it, Director Christopher Wray said. Wray said the Biden administration agreed.'

function texts(): string[] {
  const dev = sharedPath('extraction-dev')
  const out = [SAMPLE]
  if (dev)
    for (const f of readdirSync(dev).filter((x) => /^dev\d+\.txt$/.test(x)))
      out.push(readFileSync(join(dev, f), 'utf8'))
  // The annotated check sets' texts too: sanctions notices, releases and news forms reach rules the dev texts do not.
  const fixtures = join(import.meta.dirname, '..', '..', 'fixtures')
  for (const d of readdirSync(fixtures).filter((x) => x.startsWith('extraction-')))
    for (const f of readdirSync(join(fixtures, d)).filter((x) => x.endsWith('.txt')))
      out.push(readFileSync(join(fixtures, d, f), 'utf8'))
  return out
}

test('every party of the pipeline has all fields, in the one order of `party`', () => {
  const matcher = testMatcher([['APT28', 'APT28', 'Fancy Bear']])
  let seen = 0
  for (const text of texts()) {
    const x = extractFromText(text, { matcher })
    for (const p of x.parties) {
      assert.deepEqual(Object.keys(p), FIELDS, `${p.kind} ${p.name}`)
      seen++
    }
  }
  assert.ok(seen > 10)
})

test('a party serialises as the literal it replaced (absent fields left out, present ones in their order)', () => {
  const p = party('Iranian Government', 'Iran', [3, 7], 'government', 'Iran')
  assert.equal(
    JSON.stringify(p),
    JSON.stringify({ name: 'Iranian Government', text: 'Iran', span: [3, 7], kind: 'government', country: 'Iran' }),
  )
  const a = party('APT28', 'Fancy Bear', [0, 10], 'actor')
  a.canonical = 'APT28'
  a.actorId = 'intrusion-set--1'
  assert.equal(
    JSON.stringify(a),
    '{"name":"APT28","text":"Fancy Bear","span":[0,10],"kind":"actor","canonical":"APT28","actorId":"intrusion-set--1"}',
  )
})
