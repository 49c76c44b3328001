import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { sharedPath } from '../lib/testing.ts'
import { TextScan } from './entities-a-scan.ts'
import { wordStarts } from './entities-b-words.ts'
import { unitsOf } from './scan.ts'

/** A small deterministic generator (the test must not flake). */
function random(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

function devTexts(): string[] {
  const dev = sharedPath('extraction-dev')
  if (!dev) return []
  return readdirSync(dev)
    .filter((x) => /^dev\d+\.txt$/.test(x))
    .map((f) => readFileSync(join(dev, f), 'utf8'))
}

/** Random text over ASCII, Latin-1, other BMP letters, lone and paired surrogates. */
function randomText(next: () => number, n: number): string {
  const pool = [
    'a',
    'Z',
    '_',
    '7',
    ' ',
    '.',
    '\n',
    'é',
    'ß',
    '\u212a',
    'Ж',
    '\ud83d',
    '\ude00',
    '\ud83d\ude00',
    '\uffff',
    '\0',
  ]
  let s = ''
  for (let i = 0; i < n; i++) s += pool[Math.floor(next() * pool.length)]
  return s
}

test('unitsOf holds every code unit of the text, lone surrogates included, across texts of any length', () => {
  const next = random(11)
  const texts = [...devTexts(), '', 'x', 'ß\ud800', '\udfff abc']
  for (let i = 0; i < 200; i++) texts.push(randomText(next, Math.floor(next() * (i < 190 ? 300 : 20000))))
  for (const text of texts) {
    const units = unitsOf(text)
    assert.ok(units.length >= text.length)
    for (let p = 0; p < text.length; p++) assert.equal(units[p], text.charCodeAt(p), `unit ${p}`)
    // Asked again for the same text, or for an equal copy, it gives the same units.
    assert.equal(unitsOf(text), units)
  }
})

test("TextScan's word starts (read from the units, edges in one array) are the text's word starts", () => {
  const scan = new TextScan([['Foo', 'Bar Baz']], [['said', 'says']])
  const next = random(5)
  const texts = [...devTexts(), '', 'a', '_ab cd_', 'Foo said Bar Baz.']
  for (let i = 0; i < 100; i++) texts.push(randomText(next, Math.floor(next() * 400)))
  for (const text of texts) {
    const scanned = scan.of(text)
    assert.deepEqual([...scanned.words], wordStarts(text))
    assert.deepEqual(
      [...scanned.capitals],
      wordStarts(text).filter((p) => /[A-Z]/.test(text[p]!)),
    )
  }
})
