// The repository's own annotated texts (every fixtures/extraction-* set: news stories,
// government statements, vendor notes and indicator files written for Mosaic) run through the whole `extract --json`
// path with the starter pack's alias index: every evidence span must show its quote again and every actor mention its
// text, and nothing may throw. The scores on these sets are `npm run eval:extract`'s business, not a test's.
import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { aliasEntriesFromStarter } from '../../bench/extract/starter-aliases.ts'
import { repoRoot } from '../lib/testing.ts'
import { CLAIM_EXT_ID } from '../stix/mosaic-extensions.ts'
import { compileActorMatcher, extractReport } from './index.ts'

// Every annotated set in the repository (check, check2 … and holdout).
const fixtures = join(repoRoot, 'fixtures')
const sets = existsSync(fixtures)
  ? readdirSync(fixtures)
      .filter((d) => d.startsWith('extraction-'))
      .sort()
      .map((d) => join(fixtures, d))
  : []

test('every evidence span of every fixture report equals its quote', () => {
  assert.ok(sets.length >= 10, `the fixture sets are in the repository (found ${sets.length})`)
  const matcher = compileActorMatcher(aliasEntriesFromStarter())
  let documents = 0
  let spans = 0
  for (const dir of sets)
    for (const f of readdirSync(dir).filter((f) => /^[a-z]+\d+\.txt$/.test(f))) {
      const text = readFileSync(join(dir, f), 'utf8')
      const { bundle, summary } = extractReport(
        { text, format: 'text', source: f },
        { matcher, now: '2026-01-01T00:00:00.000Z' },
      )
      for (const o of bundle.objects) {
        const ext = o.extensions?.[CLAIM_EXT_ID] as
          | { evidence?: { span: [number, number]; quote: string }[] }
          | undefined
        for (const e of ext?.evidence ?? []) {
          assert.equal(text.slice(e.span[0], e.span[1]), e.quote, `${f}: ${o.id}`)
          spans++
        }
      }
      for (const a of summary.actors) assert.equal(text.slice(a.span[0], a.span[1]), a.mention, f)
      documents++
    }
  assert.ok(documents >= 54, `${documents} documents`)
  assert.ok(spans > 50, `only ${spans} evidence spans checked`)
})
