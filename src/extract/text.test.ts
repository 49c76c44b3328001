import assert from 'node:assert/strict'
import { test } from 'node:test'
import { sentences } from './text.ts'

const split = (t: string) => sentences(t).map((s) => s.text)

test('sentences end at . ! ? before a capital, digit or opening quote, and at line breaks', () => {
  assert.deepEqual(split('APT28 struck. The NCSC said so! 2021 was busy? “Yes,” he said.\nNext line'), [
    'APT28 struck.',
    'The NCSC said so!',
    '2021 was busy?',
    '“Yes,” he said.',
    'Next line',
  ])
  // Closing quotes and brackets stay with the sentence they close.
  assert.deepEqual(split('He said “enough.” Then (it ended.) Ödön left.'), [
    'He said “enough.”',
    'Then (it ended.)',
    'Ödön left.',
  ])
})

test('abbreviations, decimals and lower-case continuations do not end a sentence', () => {
  assert.deepEqual(split('The U.S. and Mr. Smith met Dr. Jones, e.g. in Jan. 2021. Version 2.5 is out. ok then'), [
    'The U.S. and Mr. Smith met Dr. Jones, e.g. in Jan. 2021.',
    'Version 2.5 is out. ok then',
  ])
})

test('offsets point into the input and surrounding space (including no-break and ideographic) is trimmed', () => {
  const t = '\u00a0 First one. Second one.\u3000\n\u2003Third. \t'
  for (const s of sentences(t)) assert.equal(t.slice(s.start, s.end), s.text)
  assert.deepEqual(split(t), ['First one.', 'Second one.', 'Third.'])
})
