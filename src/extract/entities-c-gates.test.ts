// The word-run gates that stand in for lower-cased keyword tests must never rule out a text the expression they gate
// matches: checked on the development documents and on texts built from the expressions' words in every case, glued
// to letters, digits, underscores, hyphens and non-ASCII letters, and cut into sentences.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { devDocumentTexts } from '../lib/testing.ts'
import { CHARGE_GATE_FOR_TEST, partnerWordStarts } from './entities.ts'
import { PARTNER_CUE } from './extract.ts'
import { sentences } from './text.ts'

// A small deterministic generator.
function rng(seed: number): () => number {
  let x = seed >>> 0
  return () => {
    x = (x * 1664525 + 1013904223) >>> 0
    return x / 2 ** 32
  }
}

const WORDS = [
  ...['indicted', 'indictment', 'charged', 'charges', 'charging', 'accused of', 'facing charges', 'wanted by'],
  ...['facing criminal charges', 'arrested', 'convicted', 'extradited', 'partner', 'partners', 'partnering'],
  ...['partnership', 'co-seal', 'coseal', 'co-signed', 'cosign', 'co-authored', 'coauthor', 'joint advisory'],
  ...['jointly issued', 'jointly with partners released', 'joint statement', 'together with', 'together', 'co'],
]
const GLUE = [' ', ' ', '. ', '\n', 'x', '1', '_', '-', 'é', 'ſ', 'K', ',', '(', '’s ', '  ']

function synthetic(next: () => number): string {
  let out = ''
  const n = 1 + Math.floor(next() * 8)
  for (let i = 0; i < n; i++) {
    let w = WORDS[Math.floor(next() * WORDS.length)]!
    const r = next()
    if (r < 0.25) w = w.toUpperCase()
    else if (r < 0.5) w = w[0]!.toUpperCase() + w.slice(1)
    else if (r < 0.6) w = [...w].map((c) => (next() < 0.5 ? c.toUpperCase() : c)).join('')
    out += GLUE[Math.floor(next() * GLUE.length)]! + w + GLUE[Math.floor(next() * GLUE.length)]!
  }
  return out
}

test('the charge and partner gates hold wherever their expressions match', () => {
  const next = rng(5)
  const texts = [...devDocumentTexts(), ...Array.from({ length: 3000 }, () => synthetic(next))]
  let charge = 0
  let partner = 0
  for (const text of texts) {
    if (CHARGE_GATE_FOR_TEST.re.test(text)) {
      charge++
      assert.ok(CHARGE_GATE_FOR_TEST.gate(text), JSON.stringify(text))
      // Per sentence too: a sentence the expression matches in has a charge run starting inside it.
      const starts = CHARGE_GATE_FOR_TEST.runStarts(text)
      for (const s of sentences(text))
        if (CHARGE_GATE_FOR_TEST.re.test(s.text))
          assert.ok(
            starts.some((p) => p >= s.start && p < s.end),
            JSON.stringify(s),
          )
    }
    // A sentence the partner cue matches in has a partner run starting inside it.
    const starts = partnerWordStarts(text)
    for (const s of sentences(text))
      if (PARTNER_CUE.test(s.text)) {
        partner++
        assert.ok(
          starts.some((p) => p >= s.start && p < s.end),
          JSON.stringify(s),
        )
      }
  }
  // Both expressions are exercised often.
  assert.ok(charge > 500 && partner > 500, `${charge} ${partner}`)
})
