import assert from 'node:assert/strict'
import { test } from 'node:test'
import { campaignOfMatches } from './campaigns14.ts'

// The global expression the anchored search stands in for (a copy of campaigns14's CAMPAIGN_OF).
const EXTENT = `(?:sustained|intensifying|ongoing|persistent|systematic|broad|wider|coordinated|long-standing|international|global|wide-ranging|multi-year|years-long|malicious|aggressive|concerted|large-scale)`
const CAMPAIGN_OF = new RegExp(
  String.raw`\b(?:(?:an?|the|[A-Z][a-z]+[’']s)\s+)?(?:${EXTENT},?\s+(?:and\s+)?){0,3}campaign\s+of\s+(?:(?:malicious|hybrid|cyber|industrial|destabili[sz]ing|disruptive|destructive|hostile)\s+){0,3}(?:activity|activities|espionage|attacks|cyber-?attacks|intrusions|sabotage|disinformation|media\s+manipulation)\b`,
  'g',
)

const found = (ms: Iterable<RegExpExecArray>) => [...ms].map((m) => [m.index, m[0]])

test('campaign-of matches are found from the "campaign" anchors, with all the words before it', () => {
  const text =
    "Russia's sustained, intensifying and persistent campaign of malicious cyber activity went on. " +
    'A broad and coordinated and global campaign of  industrial espionage,\nthe campaign of sabotage, ' +
    'Xcampaign of attacks, a campaign\u00a0of\u2028hostile attacks, Russia’s ongoing campaign of disinformation, ' +
    'the malicious, aggressive and concerted and large-scale campaign of attacks.'
  const expected = found(text.matchAll(CAMPAIGN_OF))
  assert.equal(expected.length, 6)
  assert.deepEqual(expected[0], [
    0,
    "Russia's sustained, intensifying and persistent campaign of malicious cyber activity",
  ])
  assert.deepEqual(found(campaignOfMatches(text)), expected)
})
