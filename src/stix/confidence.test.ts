import assert from 'node:assert/strict'
import { test } from 'node:test'
import {
  type ConfidenceScale,
  findAllConfidence,
  findConfidence,
  parseAdmiralty,
  parseConfidence,
  SCALES,
  termFromStix,
  toStix,
} from './confidence.ts'

test('reads the Canadian "almost certainly" on ICD 203 as almost certain with its 95–99 band', () => {
  const r = parseConfidence('almost certainly')
  assert.equal(r?.scale, 'icd-203')
  assert.equal(r?.term, 'almost certain')
  assert.deepEqual(r?.band, [95, 99])
  assert.equal(r?.stix, 95)
  assert.equal(r?.text, 'almost certainly')
})

test('reads UK wording on the PHIA yardstick when asked to prefer it', () => {
  const r = parseConfidence('almost certain', 'uk-phia')
  assert.equal(r?.scale, 'uk-phia')
  assert.equal(r?.term, 'almost certain')
  assert.equal(parseConfidence('highly likely')?.scale, 'uk-phia')
  assert.equal(parseConfidence('a realistic possibility')?.term, 'realistic possibility')
  assert.equal(parseConfidence('remote chance')?.term, 'remote chance')
})

test('keeps analytic confidence apart from likelihood', () => {
  const all = findAllConfidence('We assess with high confidence that the group is likely Chinese.')
  const kinds = all.map((m) => `${m.reading.kind}:${m.reading.term}`)
  assert.deepEqual(kinds, ['likelihood:assessed', 'confidence:high', 'likelihood:likely'])
  assert.equal(parseConfidence('with a high degree of confidence')?.term, 'high')
  assert.equal(parseConfidence('moderate confidence')?.term, 'moderate')
  assert.equal(parseConfidence('low confidence')?.stix, 15)
  assert.equal(parseConfidence('is confident')?.scale, 'analytic-confidence')
})

test('finds the wording inside a sentence with a span that slices back to it', () => {
  const s = "In the NCSC's assessment, the GRU almost certainly took part in defacing Ukrainian government websites."
  const m = findConfidence(s)
  assert.ok(m)
  assert.equal(s.slice(m.span[0], m.span[1]), 'almost certainly')
  assert.equal(m.reading.term, 'almost certain')
})

test('prefers calibrated wording over an estimative verb in the same sentence', () => {
  const s = 'Based on code overlaps, we assess with moderate confidence that the activity is the work of Turla.'
  const m = findConfidence(s)
  assert.equal(m?.reading.scale, 'analytic-confidence')
  assert.equal(s.slice(m!.span[0], m!.span[1]), 'with moderate confidence')
})

test('reads indictments and charges as legal allegations, "attributed" as a statement of fact', () => {
  assert.equal(parseConfidence('indicted')?.scale, 'legal-allegation')
  assert.equal(parseConfidence('facing criminal charges')?.term, 'charged')
  assert.equal(parseConfidence('alleged')?.term, 'alleged')
  const f = parseConfidence('Microsoft attributed the intrusion to Midnight Blizzard')
  assert.equal(f?.scale, 'statement-of-fact')
  assert.equal(f?.stix, 100)
})

test('does not read "likely" inside "unlikely" nor "certain" inside "uncertainty"', () => {
  assert.equal(parseConfidence('unlikely')?.term, 'unlikely')
  assert.equal(findConfidence('a period of uncertainty'), undefined)
  assert.equal(parseConfidence('probably not')?.scale, 'wep')
})

test('reads Admiralty grades: reliability A–F and credibility 1–6', () => {
  const g = parseAdmiralty('B2')
  assert.equal(g?.reliability?.term, 'B')
  assert.equal(g?.credibility?.term, '2')
  assert.equal(g?.credibility?.stix, 70)
  assert.equal(parseAdmiralty('F')?.reliability?.stix, null)
  assert.equal(parseAdmiralty('usually reliable')?.reliability?.term, 'B')
  assert.equal(parseAdmiralty('possibly true')?.credibility?.term, '3')
  assert.equal(parseConfidence('C3')?.scale, 'admiralty-reliability')
})

test('maps every term of every scale to STIX and back to the same term (lossless)', () => {
  for (const [name, def] of Object.entries(SCALES)) {
    const scale = name as ConfidenceScale
    const values = new Set<number | null>()
    for (const t of def.terms) {
      const v = toStix(scale, t.term)
      assert.notEqual(v, undefined)
      assert.equal(termFromStix(scale, v ?? null), t.term, `${scale}/${t.term}`)
      values.add(v ?? null)
      if (v !== null && v !== undefined) assert.ok(v >= 0 && v <= 100)
    }
    assert.equal(values.size, def.terms.length, `${scale} has two terms on one STIX value`)
  }
})

test('returns undefined for text with no confidence wording', () => {
  assert.equal(parseConfidence(''), undefined)
  assert.equal(parseConfidence('the weather in Ottawa'), undefined)
})
