import assert from 'node:assert/strict'
import { test } from 'node:test'
import { keywordStarts, lowerForKeywords, matchAtStarts, mayContain, stickyCopy } from './scan.ts'
import { overlaps, SpanSet, spansInside } from './text.ts'

const TEXT =
  'The NCSC assesses that APT28 almost certainly targeted ministries in Poland. C2: hxxps[:]//evil[.]example/a.php, ' +
  '198.51.100[.]23 and 203.0.113.7; mail x.y+z@bad[.]ru. Hash d41d8cd98f00b204e9800998ecf8427e. IPv6 2001:db8::1.'

test('trying a sticky copy at every word start gives the same matches as a global scan', () => {
  const re = /\b[A-Za-z0-9]+(?:\[?\.\]?[A-Za-z0-9]+)+\b/g
  const starts: number[] = []
  for (let i = 0; i < TEXT.length; i++) if (/\w/.test(TEXT[i]!) && !/\w/.test(TEXT[i - 1] ?? ' ')) starts.push(i)
  const got = matchAtStarts(stickyCopy(re), TEXT, starts).map((m) => `${m.index}:${m[0]}`)
  const want = [...TEXT.matchAll(re)].map((m) => `${m.index}:${m[0]}`)
  assert.ok(want.length > 3)
  assert.deepEqual(got, want)
})

test('a start list that misses a match start misses the match (the precondition matters)', () => {
  const re = /APT\d+/g
  assert.equal(matchAtStarts(stickyCopy(re), TEXT, [0, 5]).length, 0)
  assert.equal(matchAtStarts(stickyCopy(re), TEXT, [TEXT.indexOf('APT28')]).length, 1)
})

test('keyword tests on the lower-cased text never miss what a case-insensitive expression matches', () => {
  const lower = lowerForKeywords('It is HIGHLY LIKELY; the ſuspect was named.')
  assert.ok(mayContain(lower, ['likely']))
  assert.ok(mayContain(lower, ['suspect']))
  assert.ok(!mayContain(lower, ['confiden']))
})

test('SpanSet and spansInside answer like a scan of every span', () => {
  let seed = 7
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
  }
  for (let round = 0; round < 50; round++) {
    const spans: [number, number][] = []
    for (let i = 0; i < rnd(30); i++) {
      const s = rnd(500)
      spans.push([s, s + 1 + rnd(40)])
    }
    const set = new SpanSet(spans)
    const items = [...spans].sort((a, b) => a[0] - b[0]).map((span) => ({ span }))
    for (let q = 0; q < 40; q++) {
      const s = rnd(520)
      const query: [number, number] = [s, s + 1 + rnd(60)]
      assert.equal(
        set.overlaps(query),
        spans.some((x) => overlaps(x, query)),
      )
      assert.deepEqual(
        spansInside(items, query[0], query[1]),
        items.filter((x) => x.span[0] >= query[0] && x.span[1] <= query[1]),
      )
    }
  }
})

test('keyword starts are every occurrence of every keyword, sorted', () => {
  const text = 'attack on the attackers; the campaign attacked, campaigns'
  const want: number[] = []
  for (let i = 0; i < text.length; i++) if (text.startsWith('attack', i) || text.startsWith('campaign', i)) want.push(i)
  assert.deepEqual(keywordStarts(text, ['campaign', 'attack']), want)
  assert.deepEqual(keywordStarts('aaaa', ['aa']), [0, 1, 2])
  assert.deepEqual(keywordStarts(text, ['zebra']), [])
})
