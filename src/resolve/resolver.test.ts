import assert from 'node:assert/strict'
import { test } from 'node:test'
import { skipUnless } from '../lib/testing.ts'
import { buildResolver, osaDistance, type ResolverActor } from './resolver.ts'
import { fixturePaths, haveFixtures, loadFixture } from './testing.ts'

const actor = (
  id: string,
  name: string,
  aliases: [string, string[]][],
  extra: Partial<ResolverActor> = {},
): ResolverActor => ({
  id,
  name,
  ids: [id],
  external_ids: [],
  type: 'intrusion-set',
  aliases: aliases.map(([n, sources]) => ({ name: n, sources })),
  ...extra,
})

const small = [
  actor(
    'intrusion-set--40',
    'APT40',
    [
      ['APT40', ['MITRE', 'Mandiant']],
      ['TEMP.Periscope', ['Mandiant']],
      ['Kryptonite Panda', ['CrowdStrike']],
    ],
    { external_ids: ['G0065'], ids: ['intrusion-set--40', 'intrusion-set--40b'] },
  ),
  actor('intrusion-set--28', 'APT28', [
    ['APT28', ['MITRE']],
    ['Grizzly Steppe', ['US government']],
    ['Sofacy', ['Kaspersky']],
  ]),
  actor('intrusion-set--29', 'APT29', [
    ['APT29', ['MITRE']],
    ['Grizzly Steppe', ['US government']],
  ]),
  actor('intrusion-set--lz', 'Lazarus Group', [['Lazarus Group', ['MITRE']]]),
  actor('intrusion-set--md', 'Medusa Group', [['Medusa Group', ['MITRE']]]),
  actor('malware--md', 'Medusa', [['Medusa', ['MITRE']]], { type: 'malware' }),
  actor('tool--cs', 'Cobalt Strike', [['Cobalt Strike', ['MITRE']]], { type: 'tool' }),
]

test('resolve returns exactly the contract fields in the contract order', () => {
  const r = buildResolver(small)
  const res = r.resolve('APT 40')
  assert.deepEqual(Object.keys(res), ['query', 'ambiguous', 'candidates', 'suggestions'])
  assert.deepEqual(Object.keys(res.candidates[0]!), [
    'id',
    'name',
    'ids',
    'external_ids',
    'matched_alias',
    'sources',
    'score',
  ])
  assert.deepEqual(res, {
    query: 'APT 40',
    ambiguous: false,
    candidates: [
      {
        id: 'intrusion-set--40',
        name: 'APT40',
        ids: ['intrusion-set--40', 'intrusion-set--40b'],
        external_ids: ['G0065'],
        matched_alias: 'APT40',
        sources: ['MITRE', 'Mandiant'],
        score: 0.95,
      },
    ],
    suggestions: [],
  })
})

test('an exact spelling scores 1, a normalised one 0.95, a generic-affix one 0.85', () => {
  const r = buildResolver(small)
  assert.equal(r.resolve('TEMP.Periscope').candidates[0]?.score, 1)
  assert.equal(r.resolve('temp periscope').candidates[0]?.score, 0.95)
  const lz = r.resolve('the Lazarus')
  assert.equal(lz.candidates[0]?.name, 'Lazarus Group')
  assert.equal(lz.candidates[0]?.score, 0.85)
  assert.equal(r.resolve('Sofacy Group').candidates[0]?.name, 'APT28')
  assert.equal(r.resolve('G0065').candidates[0]?.matched_alias, 'G0065')
})

test('a name claimed for two actors is ambiguous and returns both with split scores', () => {
  const res = buildResolver(small).resolve('grizzly-steppe')
  assert.equal(res.ambiguous, true)
  assert.deepEqual(res.candidates.map((c) => c.name).sort(), ['APT28', 'APT29'])
  for (const c of res.candidates) assert.ok(c.score > 0 && c.score < 0.95, String(c.score))
})

test('a loose reading is blocked when the query is the exact name of a malware or tool', () => {
  const r = buildResolver(small)
  const res = r.resolve('Medusa')
  assert.deepEqual(res.candidates, [])
  assert.equal(res.suggestions[0]?.kind, 'other-type')
  // Without the malware record the generic-affix reading applies.
  assert.equal(
    buildResolver(small.filter((a) => a.type !== 'malware')).resolve('Medusa').candidates[0]?.name,
    'Medusa Group',
  )
  // Asking for malware resolves it.
  assert.equal(r.resolve('Medusa', { types: ['malware'] }).candidates[0]?.id, 'malware--md')
})

test('near misses and naming schemes come back only as suggestions', () => {
  const r = buildResolver(small)
  const typo = r.resolve('Kryptonite Pamda')
  assert.deepEqual(typo.candidates, [])
  assert.equal(typo.ambiguous, false)
  assert.ok(typo.suggestions.some((s) => s.kind === 'near-miss' && s.name === 'APT40'))
  const ruby = r.resolve('Ruby Sleet')
  assert.deepEqual(ruby.candidates, [])
  assert.equal(ruby.suggestions[0]?.kind, 'naming-scheme')
  assert.equal(ruby.suggestions[0]?.text, 'Microsoft naming, North Korea nexus')
  // A different number is a different actor, not a typo.
  assert.ok(!r.resolve('APT41').suggestions.some((s) => s.kind === 'near-miss'))
})

test('a query listing two names resolves when the names agree', () => {
  const r = buildResolver(small)
  assert.equal(r.resolve('Kryptonite Panda (APT40)').candidates[0]?.name, 'APT40')
  assert.equal(r.resolve('APT28 / Sofacy').candidates[0]?.score, 0.8)
  assert.deepEqual(r.resolve('APT28 / APT40').candidates, [])
})

test('empty and punctuation-only queries give nothing and never throw', () => {
  const r = buildResolver(small)
  for (const q of ['', '   ', '...', '"']) {
    assert.deepEqual(r.resolve(q), { query: q, ambiguous: false, candidates: [], suggestions: [] })
  }
})

test('a pasted paragraph resolves quickly and without candidates', () => {
  const r = buildResolver(small)
  const long = 'the quick brown fox jumps over the lazy dog '.repeat(250)
  const t0 = performance.now()
  const res = r.resolve(long)
  // A guard against super-linear matching (seconds on 11 KB), loose enough for a loaded shared machine.
  assert.ok(performance.now() - t0 < 500)
  assert.deepEqual(res.candidates, [])
})

test('osaDistance counts substitutions, insertions, deletions and adjacent transpositions', () => {
  assert.equal(osaDistance('lazarus', 'lazarus'), 0)
  assert.equal(osaDistance('lazarus', 'lazaurs'), 1)
  assert.equal(osaDistance('lazarus', 'lazrus'), 1)
  assert.equal(osaDistance('lazarus', 'lazzarus'), 1)
  assert.equal(osaDistance('lazarus', 'lozarut'), 2)
  assert.equal(osaDistance('lazarus', 'sofacy', 2), 3)
})

test(
  'real ATT&CK + MISP names of APT40 resolve first to the actor holding G0065 and the MISP APT40 clusters',
  skipUnless(haveFixtures ? fixturePaths.attack : undefined),
  () => {
    const f = loadFixture()
    const apt40 = f.actorOfGid.get('G0065')!
    // The fixture groups ATT&CK Leviathan with MISP APT40, GADOLINIUM and Gingham Typhoon.
    assert.ok(apt40.ids.length >= 4, String(apt40.ids))
    const r = buildResolver([...f.actors, ...f.others])
    for (const q of [
      'apt-40',
      'APT 40',
      'TEMP Periscope',
      'temp.periscope',
      'Kryptonite-Panda',
      'BRONZE MOHAWK',
      'Gingham Typhoon',
      'GADOLINIUM',
      "APT40's",
      '“Leviathan”',
    ]) {
      const res = r.resolve(q)
      assert.equal(res.candidates[0]?.id, apt40.id, q)
      assert.equal(res.ambiguous, false, q)
      const score = res.candidates[0]?.score ?? 0
      assert.ok(score > 0.9 && score <= 1, `${q} ${score}`)
    }
  },
)

test(
  'real data: "Grizzly Steppe" is ambiguous between APT28 and APT29',
  skipUnless(haveFixtures ? fixturePaths.attack : undefined),
  () => {
    const f = loadFixture()
    const r = buildResolver(f.actors)
    const res = r.resolve('Grizzly Steppe')
    assert.equal(res.ambiguous, true)
    const ids = res.candidates.map((c) => c.id)
    assert.ok(ids.includes(f.actorOfGid.get('G0007')!.id))
    assert.ok(ids.includes(f.actorOfGid.get('G0016')!.id))
  },
)

test(
  'real data: names that are not actors give no candidates',
  skipUnless(haveFixtures ? fixturePaths.attack : undefined),
  () => {
    const f = loadFixture()
    for (const r of [buildResolver(f.actors), buildResolver([...f.actors, ...f.others])]) {
      for (const q of ['Panda Express', 'China', 'Cobalt Strike', 'Typhoon', 'will', 'Mimikatz', 'North Korea']) {
        assert.deepEqual(r.resolve(q).candidates, [], q)
      }
    }
    // An unknown Microsoft-shaped name says what its shape implies.
    const unknown = buildResolver(f.actors).resolve('Quartz Sleet')
    assert.deepEqual(unknown.candidates, [])
    assert.equal(
      unknown.suggestions.find((s) => s.kind === 'naming-scheme')?.text,
      'Microsoft naming, North Korea nexus',
    )
  },
)
