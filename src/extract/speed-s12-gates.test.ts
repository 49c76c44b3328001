import assert from 'node:assert/strict'
import { test } from 'node:test'
import { textHas, wordStartsBefore } from './scan.ts'

/** A small deterministic generator (the test must not flake). */
function random(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

// Words and pieces of words, with units outside ASCII whose low byte is an ASCII letter's (U+0161 ends in 0x61).
const POOL = [
  'a',
  'an',
  'the',
  ' ',
  '  ',
  '\n',
  ',',
  'group',
  'Group',
  'familiar',
  'FAMILIAR',
  'with',
  'close',
  'š',
  'ſ',
  'İ',
]

function randomText(next: () => number, words: number): string {
  let s = ''
  for (let i = 0; i < words; i++) s += POOL[Math.floor(next() * POOL.length)]!
  return s
}

test('textHas answers as includes, for words of every length, present or not', () => {
  const next = random(12)
  for (let t = 0; t < 300; t++) {
    const text = randomText(next, 1 + Math.floor(next() * 60))
    for (let w = 0; w < 20; w++) {
      // Half of the words cut from the text itself, half made up.
      const from = Math.floor(next() * text.length)
      const word =
        w % 2 === 0 ? text.slice(from, from + 1 + Math.floor(next() * 9)) : randomText(next, 1 + Math.floor(next() * 3))
      assert.equal(textHas(text, word), text.includes(word), JSON.stringify({ text, word }))
    }
  }
  // A text asked about again after another keeps its answers.
  assert.equal(textHas('people familiar with', 'familiar with'), true)
  assert.equal(textHas('nothing here', 'familiar with'), false)
  assert.equal(textHas('people familiar with', 'familiar with'), true)
})

test('textHas answers as includes for words that open with a space (sought from their second unit)', () => {
  const next = random(21)
  for (let t = 0; t < 300; t++) {
    const text = randomText(next, Math.floor(next() * 40))
    for (const word of [
      ' ',
      '  ',
      ' group',
      ' gr',
      '  group',
      ' \n',
      ' ,',
      ` ${randomText(next, 1 + Math.floor(next() * 2))}`,
    ])
      assert.equal(textHas(text, word), text.includes(word), JSON.stringify({ text, word }))
  }
  assert.equal(textHas(' group', ' group'), true)
  assert.equal(textHas('group', ' group'), false)
  assert.equal(textHas('a\u00a0group', ' group'), false)
  assert.equal(textHas('agroup  group', ' group'), true)
})

test('wordStartsBefore gives every word start up to the given chunks before a word, in any case', () => {
  const next = random(34)
  for (let t = 0; t < 300; t++) {
    const text = randomText(next, 1 + Math.floor(next() * 40))
    const starts = wordStartsBefore(text, ['familiar', 'close'], 2)
    if (text.toLowerCase().length !== text.length) {
      assert.equal(starts, null)
      continue
    }
    assert.ok(starts)
    // Each word start that has an anchor word within two chunks after it (what an expression with at most two chunks
    // before such a word can start at) is one of the starts; the starts ascend without repeats.
    const expression = /\b(?=(?:\S+\s+){0,2}(?:familiar|close))/gi
    for (const m of text.matchAll(expression))
      if (/\w/.test(text[m.index] ?? '')) assert.ok(starts.includes(m.index), JSON.stringify({ text, at: m.index }))
    for (let i = 1; i < starts.length; i++) assert.ok(starts[i - 1]! < starts[i]!)
  }
})
