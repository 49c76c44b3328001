import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { AttrCandidate } from './attr-model.ts'
import { extractFromText } from './extract.ts'

const TEXT =
  'Mandiant said the intrusion was carried out by APT29, a group linked to Russia. ' +
  'The firm added that the same operators had hit the ministry. Microsoft has not commented on Russia.'

function candidates(text: string): AttrCandidate[] {
  const out: AttrCandidate[] = []
  extractFromText(text, { attrCandidates: out })
  return out
}

test('attribution candidates: every rule claim is a candidate of its sentence, marked as the rules found it', () => {
  const cands = candidates(TEXT)
  const claims = extractFromText(TEXT).attributions
  assert.ok(claims.length >= 2)
  for (const c of claims) {
    const hit = cands.find(
      (x) => x.attributorName === c.attributor.name && x.attributed.name === c.attributed.name && x.index === 0,
    )
    assert.ok(hit, `${c.attributor.name} -> ${c.attributed.name}`)
    assert.ok(hit.features.includes('rule:s'))
    assert.ok(hit.features.includes('why:in'))
    assert.deepEqual([hit.rule?.cue, hit.rule?.span], [c.cue, c.span])
  }
})

test('attribution candidates: pairs the rules did not make carry the words between them, in their order', () => {
  const cands = candidates(TEXT)
  const back = cands.find((x) => x.attributorName === 'Russian Government' && x.attributedName === 'APT29')
  assert.ok(back)
  assert.ok(back.features.includes('ord:ab'))
  assert.ok(back.features.includes('bwab:linked'))
  assert.ok(back.features.includes('bwc:ab:ATTR'))
  assert.ok(!back.features.includes('rule:s'))
  // Later sentences' parties pair with the speaker the rules last found, carried ("The firm added …").
  const carried = cands.filter((x) => x.index === 2 && x.features.includes('why:carried'))
  assert.deepEqual(
    carried.map((x) => x.attributorName),
    carried.map(() => 'Mandiant'),
  )
  assert.ok(carried.length > 0)
})

test('attribution candidates: asking for them leaves the extraction unchanged', () => {
  const plain = extractFromText(TEXT)
  const asked = extractFromText(TEXT, { attrCandidates: [] })
  assert.deepEqual(
    asked.attributions.map((a) => [a.attributor.name, a.attributed.name, a.confidenceText, a.span]),
    plain.attributions.map((a) => [a.attributor.name, a.attributed.name, a.confidenceText, a.span]),
  )
})
