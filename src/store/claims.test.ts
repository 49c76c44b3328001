import assert from 'node:assert/strict'
import { test } from 'node:test'
import { CLAIM_EXT_ID } from '../stix/mosaic-extensions.ts'
import type { StixObject } from '../stix/types.ts'
import { deriveClaims } from './claims.ts'

const VOLT = 'intrusion-set--5cb421ab-c309-5529-a674-e8285a8ff506'
const note = (review: string): StixObject => ({
  type: 'note',
  spec_version: '2.1',
  id: 'note--bff2493e-c3a1-5152-8a6d-ee2dbe046786',
  created: '2024-02-07T00:00:00.000Z',
  modified: '2024-02-07T00:00:00.000Z',
  created_by_ref: 'identity--0f6c8d6a-2f68-4d0e-9a57-3b0f3a5f7c11',
  content: 'Volt Typhoon, Vanguard Panda, BRONZE SILHOUETTE',
  object_refs: [VOLT],
  x_mosaic_aliases: ['Vanguard Panda', 'BRONZE SILHOUETTE'],
  x_mosaic_review: review,
  extensions: {
    [CLAIM_EXT_ID]: {
      extension_type: 'property-extension',
      predicate: 'alias',
      published: '2024-02-07',
      evidence: [{ report_ref: 'report--9b887d46-0426-5d16-b61a-03b347c400fb', span: [0, 10], quote: 'Volt Typho' }],
    },
  },
})

test('an accepted "also known as" note gives alias claims on the actor it names, sourced and with evidence', () => {
  const claims = deriveClaims(note('accepted'), '2026-01-01T00:00:00.000Z')
  assert.deepEqual(
    claims.map((c) => [c.subject, c.predicate, c.object]),
    [
      [VOLT, 'alias', 'Vanguard Panda'],
      [VOLT, 'alias', 'BRONZE SILHOUETTE'],
    ],
  )
  assert.equal(claims[0]?.source, 'identity--0f6c8d6a-2f68-4d0e-9a57-3b0f3a5f7c11')
  assert.equal(claims[0]?.published, '2024-02-07')
  assert.equal(claims[0]?.evidence[0]?.quote, 'Volt Typho')
})

test('pending or rejected extraction candidates state no claim until accepted', () => {
  assert.deepEqual(deriveClaims(note('pending'), '2026-01-01T00:00:00.000Z'), [])
  assert.deepEqual(deriveClaims(note('rejected'), '2026-01-01T00:00:00.000Z'), [])
})
