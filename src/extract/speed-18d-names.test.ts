// Speed round 18d: koreanNameCandidates looks a run up in the surname sets only when its key (first three letters) is
// a surname's; every surname of both sets must still be found.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { KOREAN_SURNAMES_FOR_TEST, koreanNameCandidates } from './entities-c-names.ts'

test('every Korean surname passes the key filter, before two syllables and before a hyphenated given name', () => {
  for (const surname of KOREAN_SURNAMES_FOR_TEST.plain) {
    const text = `Prosecutors named ${surname} Jong Chol, who`
    assert.deepEqual(
      koreanNameCandidates(text).map((c) => c.name),
      [`${surname} Jong Chol`],
      text,
    )
  }
  for (const surname of [...KOREAN_SURNAMES_FOR_TEST.plain, ...KOREAN_SURNAMES_FOR_TEST.hyphenated]) {
    const text = `(${surname} Tae-keung) said`
    assert.deepEqual(
      koreanNameCandidates(text).map((c) => c.name),
      [`${surname} Tae-keung`],
      text,
    )
  }
})
