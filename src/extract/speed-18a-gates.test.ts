// Gates of the claim rules (speed round 18a): each cheap test must pass wherever the expression it guards matches.
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { sharedPath } from '../lib/testing.ts'
import { FAST_SCANS } from './claims.ts'

// A small deterministic generator.
function rng(seed: number): () => number {
  let x = seed >>> 0
  return () => {
    x = (x * 1664525 + 1013904223) >>> 0
    return x / 2 ** 32
  }
}

const dev = sharedPath('extraction-dev')
/** The development documents when the shared folder is there. */
function devTexts(): string[] {
  if (!dev) return []
  return readdirSync(dev)
    .filter((x) => /^dev\d+\.txt$/.test(x))
    .map((f) => readFileSync(join(dev, f), 'utf8'))
}

/** Random texts of the given pieces, with odd case. */
function randomTexts(seed: number, pieces: string[], n: number): string[] {
  const next = rng(seed)
  const out: string[] = []
  for (let round = 0; round < n; round++) {
    let t = ''
    for (let i = 3 + Math.floor(next() * 14); i > 0; i--) {
      const p = pieces[Math.floor(next() * pieces.length)]!
      const r = next()
      t += r < 0.1 ? p.toUpperCase() : r < 0.15 ? p.charAt(0).toUpperCase() + p.slice(1) : p
    }
    out.push(t)
  }
  return out
}

test('the alias triggers tried only where a vendor naming form can reach its verb equal a global scan', () => {
  const pieces = [
    'which ',
    'whom ',
    'that ',
    'other ',
    'some ',
    'sometimes ',
    'otherwise ',
    'several ',
    'many ',
    'security ',
    'vendors ',
    'researchers ',
    'trackers ',
    'companies ',
    'firms ',
    'analysts ',
    'Microsoft ',
    'Cyber-Security ',
    'tracks ',
    'track ',
    'calls ',
    'call ',
    'names ',
    'name ',
    'labels ',
    'dubs ',
    'refers to ',
    'refer to ',
    'it ',
    'them ',
    'as ',
    'also ',
    'known ',
    'called ',
    'the group ',
    'APT28',
    'Fancy Bear',
    '"Salt Typhoon"',
    ' ',
    '  ',
    '\n',
    '\u00a0',
    ', ',
    '. ',
    '-',
    '_',
    'x',
    '1',
    'é',
    'ſ',
    '\u212a',
    '(',
  ]
  const re = new RegExp(FAST_SCANS.aliasTrigger.source, FAST_SCANS.aliasTrigger.flags)
  let matched = 0
  // (Matches of the vendor naming forms, which open with a gated word.)
  let vendorForms = 0
  for (const text of [...devTexts(), ...randomTexts(1811, pieces, 6000)]) {
    const want = [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`)
    matched += want.length
    for (const m of text.matchAll(re))
      if (
        /^(?:that|which|whom|other|some|vendors|researchers|trackers|companies|firms|security|analysts)\s/i.test(m[0])
      )
        vendorForms++
    assert.deepEqual(
      FAST_SCANS.aliasTriggers(text).map((m) => `${m.index}:${m[0]}`),
      want,
      JSON.stringify(text),
    )
  }
  assert.ok(matched > 500 && vendorForms > 300)
})
