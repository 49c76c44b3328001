// WordMatcher must choose exactly the hits selectHits chooses from a full Aho-Corasick search: checked on real report
// text with the real alias index, on random texts over a small alphabet that makes overlaps and word boundaries
// frequent, and on the folding assumption it relies on.
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { aliasEntriesFromShared } from '../../bench/extract/shared-aliases.ts'
import { sharedDir, sharedPath, skipUnless } from '../lib/testing.ts'
import { AhoCorasick, fold, selectHits, WordMatcher } from './matcher.ts'

function same(patterns: string[], texts: string[]): void {
  const ac = new AhoCorasick(patterns)
  const wm = new WordMatcher(patterns)
  for (const t of texts) assert.deepEqual(wm.find(t), selectHits(t, ac.search(t)), JSON.stringify(t.slice(0, 200)))
}

// A small deterministic generator (no dependency on Math.random, so a failure repeats).
function rng(seed: number): () => number {
  let x = seed >>> 0
  return () => {
    x = (x * 1664525 + 1013904223) >>> 0
    return x / 2 ** 32
  }
}

test('WordMatcher chooses the hits selectHits chooses, on random texts', () => {
  const next = rng(7)
  const alphabet = ['a', 'b', 'A', 'B', ' ', '-', '.', '’', "'", 'é', 'É', '1', 'Σ', '\u00a0', '–', 'ß', 'İ', '😀']
  const pick = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(next() * alphabet.length)]).join('')
  for (let round = 0; round < 200; round++) {
    const patterns = Array.from({ length: 1 + Math.floor(next() * 12) }, () => pick(1 + Math.floor(next() * 4)))
    patterns.push(patterns[0]!.toUpperCase(), '')
    same(
      patterns,
      Array.from({ length: 20 }, () => pick(Math.floor(next() * 60))),
    )
  }
})

test(
  'WordMatcher chooses the hits selectHits chooses, on report text with the full alias index',
  skipUnless(sharedPath('extraction-dev')),
  () => {
    const dev = sharedPath('extraction-dev')!
    const docs = readdirSync(dev)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(dev, f), 'utf8'))
    const patterns = aliasEntriesFromShared(sharedDir).map((e) => e.alias)
    same(patterns, [...docs, docs.join('\n\n'), `${docs[0]} ΣΑΣ`, 'Sandworm σ Σ APT28'])
  },
)

test('folding one UTF-16 unit at a time equals folding the whole text, but for Σ, İ and surrogates, and is idempotent', () => {
  const contexts = ['', 'A', 'ΑΒ', 'I', '\u0307']
  for (let c = 0; c < 65536; c++) {
    if (c === 0x3a3 || c === 0x130 || (c >= 0xd800 && c <= 0xdfff)) continue
    const ch = String.fromCharCode(c)
    const alone = fold(ch)
    assert.equal(alone.length, 1)
    assert.equal(fold(alone), alone, 'folding is idempotent per unit')
    for (const l of contexts) for (const r of contexts) assert.equal(fold(l + ch + r), fold(l) + alone + fold(r))
  }
})

test('WordMatcher skips only the words no pattern begins with (the first-word filter), on random word texts', () => {
  // Words of ASCII letters and digits in varied case, joined by spaces, punctuation and non-ASCII units, so that the
  // filter decides at most word starts and a pattern's first word is sometimes a prefix or an extension of a text word.
  const next = rng(11)
  const stems = ['ap', 'apt', 'apt28', 'Bear', 'fancy', 'the', 'dukes', 'x1', 'Lazarus', 'group', 'é', 'b']
  const seps = [' ', ' ', '-', '.', ', ', '’', "'", '\u00a0', 'é', '(', ')', '\n']
  const word = () => stems[Math.floor(next() * stems.length)]!
  const sep = () => seps[Math.floor(next() * seps.length)]!
  const phrase = (n: number) => {
    let s = word()
    for (let i = 1; i < n; i++) s += sep() + word()
    return next() < 0.3 ? s.toUpperCase() : s
  }
  for (let round = 0; round < 200; round++) {
    const patterns = Array.from({ length: 1 + Math.floor(next() * 8) }, () => phrase(1 + Math.floor(next() * 3)))
    same(
      patterns,
      Array.from({ length: 20 }, () => phrase(Math.floor(next() * 20) + 1)),
    )
  }
})
