import assert from 'node:assert/strict'
import { test } from 'node:test'
import { phraseEnd } from './entities-b-campaigns.ts'

// A campaign's phrase after a state goes on through the nouns of its victims (session 26, from check64 once opened;
// wording of its own).
const phrase = (t: string) => t.slice(0, phraseEnd(t, 0))

test("a campaign's description goes on after a state through its targets, states and sectors", () => {
  assert.equal(
    phrase('a campaign against a wide variety of US targets since September.'),
    'a campaign against a wide variety of US targets',
  )
  assert.equal(
    phrase('attacks on Canadian state and federal agencies last year.'),
    'attacks on Canadian state and federal agencies',
  )
  // Not any word after a state: "attacks on Taiwan reached a peak".
  assert.equal(phrase('attacks on Taiwan reached a peak in May.'), 'attacks on Taiwan')
})

test('"U.S." with full stops does not end a campaign\'s description, as "US" does not', async () => {
  const { findCampaigns } = await import('./entities.ts')
  const names = (t: string) => findCampaigns(t, [], []).map((c) => c.name)
  assert.deepEqual(names('The hackers waged a deliberate campaign against U.S. state government networks.'), [
    'campaign against U.S. state government networks',
  ])
  assert.deepEqual(names('The hackers waged a deliberate campaign against US state government networks.'), [
    'campaign against US state government networks',
  ])
})
