import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { keywordStarts } from './scan.ts'

/** The plain answer: every occurrence of every keyword by indexOf, sorted (what keywordStarts gave with walks only). */
function walks(haystack: string, keywords: readonly string[]): number[] {
  const out: number[] = []
  for (const k of keywords) for (let i = haystack.indexOf(k); i >= 0; i = haystack.indexOf(k, i + 1)) out.push(i)
  return out.sort((a, b) => a - b)
}

const DEV = '/work/shared/extraction-dev'
const TEXTS = [
  'A crypto exchange WazirX and the platform Radiant; subcompany company company  companyX; maker makers’ co',
  'aaaa abab ababab exchange’s “company” cöm cóm ex',
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

// Long lists are read in one pass over pairs of code units: the same offsets, repeats included, as a walk per keyword.
test('keywordStarts with a long list gives what one indexOf walk per keyword gives', () => {
  const trade = ['platform', 'exchange', 'company', 'provider', 'operator', 'maker', 'manufacturer', 'contractor']
  const lists: string[][] = [
    trade.map((w) => `${w} `),
    [...trade, 'co', 'com', 'company', 'ex', 'aa', 'ab', 'aba', 'abab'],
    // Overlapping and repeated keywords: each occurrence once per keyword, as the walks give.
    ['aa', 'aaa', 'aa', 'ab', 'ba', 'bab', 'abab', 'com', 'comp'],
    // A keyword with a non-ASCII code unit among its first two: the walks answer.
    ['cö', 'cóm', 'exchange', 'company', 'maker', 'platform', 'provider', 'operator'],
  ]
  let found = 0
  for (const list of lists)
    for (const text of TEXTS) {
      const want = walks(text, list)
      found += want.length
      assert.deepEqual(keywordStarts(text, list), want)
      // Twice: the table made on the first call answers the second.
      assert.deepEqual(keywordStarts(text, list), want)
    }
  assert.ok(found > 20)
})
