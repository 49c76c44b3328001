import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { mayHoldCapital, phraseEnd } from './entities-b-campaigns.ts'

const DEV = '/work/shared/extraction-dev'
const TEXTS = [
  'attacked the water utility; and hit (e.g. OPCW) targets. compromised Acme. broke into the U.S. agency',
  'targeted defence, technology and government firms\nAcme Corp was hit',
  'stole funds from a wallet: the exchange said! Coinbase? no',
  ...(() => {
    try {
      return readdirSync(DEV)
        .filter((f) => /^dev\d+\.txt$/.test(f))
        .map((f) => readFileSync(join(DEV, f), 'utf8'))
    } catch {
      return []
    }
  })(),
]

// The skip is safe: wherever mayHoldCapital says no, the phrase phraseEnd reads from there has no capital A–Z.
test('mayHoldCapital is false only where the phrase phraseEnd reads holds no capital', () => {
  let skipped = 0
  for (const text of TEXTS)
    for (let from = 0; from < text.length; from++) {
      if (mayHoldCapital(text, from)) continue
      skipped++
      assert.ok(!/[A-Z]/.test(text.slice(from, phraseEnd(text, from))), `${from}: ${text.slice(from, from + 60)}`)
    }
  assert.ok(skipped > 10)
})
