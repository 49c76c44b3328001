import assert from 'node:assert/strict'
import { test } from 'node:test'
import { compilePattern, type MatchResult, observationsFromStix, type PatternError } from './index.ts'

type Obj = Record<string, unknown>
let counter = 0

/** One 2.1 bundle holding an observed-data that references `scos` (given ids if they lack one). */
function bundle(time: string, scos: Obj[], numberObserved = 1): Obj {
  const ids = scos.map((o) => (o.id as string) ?? `${o.type}--${++counter}`)
  return {
    type: 'bundle',
    id: `bundle--${++counter}`,
    objects: [
      {
        type: 'observed-data',
        id: `observed-data--${++counter}`,
        first_observed: time,
        last_observed: time,
        number_observed: numberObserved,
        object_refs: ids,
      },
      ...scos.map((o, i) => ({ ...o, id: ids[i] })),
    ],
  }
}

function run(pattern: string, data: unknown, version: '2.0' | '2.1' = '2.1'): MatchResult | PatternError {
  const c = compilePattern(pattern, { stixVersion: version })
  if (!c.ok) return c.error
  const obs = observationsFromStix(data, version)
  if (!obs.ok) return { kind: 'match', message: obs.error }
  const r = c.value.tryMatch(obs.value)
  return r.ok ? r.value : r.error
}

function expectAll(data: unknown, patterns: string[], expected: boolean | 'parse' | 'match', version?: '2.0' | '2.1') {
  const wrong: string[] = []
  for (const p of patterns) {
    const r = run(p, data, version)
    const got = 'matched' in r ? r.matched : r.kind
    if (got !== expected) wrong.push(`${p} → ${JSON.stringify(r)}`)
  }
  assert.deepEqual(wrong, [])
}

const basic = [
  bundle('2014-04-19T06:51:26Z', [
    {
      type: 'test',
      int: 5,
      float: 12.658,
      float_int: 12.0,
      bool: true,
      string: 'hello',
      ip: '11.22.33.44',
      cidr: '11.22.33.44/20',
    },
  ]),
]

test('=, !=, <, <=, >, >=, IN, LIKE, MATCHES and NOT on an integer property follow the typing rules', () => {
  expectAll(
    basic,
    [
      '[test:int = 5]',
      '[test:int NOT != 5]',
      '[test:int > 3]',
      '[test:int NOT < 3]',
      '[test:int > 4.9]',
      '[test:int <= 5]',
      '[test:int != true]',
      '[test:int NOT = true]',
      "[test:int != 'world']",
      "[test:int != h'010203']",
      "[test:int != b'AQIDBA==']",
      "[test:int != t'1965-07-19T22:41:38Z']",
      '[test:int IN (-4, 5, 6.6)]',
      "[test:int NOT IN ('a', 'b', 'c')]",
      "[test:int NOT MATCHES 'l+']",
      "[test:int NOT LIKE 'he%']",
    ],
    true,
  )
  expectAll(
    basic,
    [
      '[test:int NOT = 5]',
      '[test:int > 5.1]',
      '[test:int = true]',
      "[test:int = 'world']",
      "[test:int > h'010203']",
      "[test:int < b'AQIDBA==']",
      "[test:int > t'1965-07-19T22:41:38Z']",
      "[test:int LIKE 'he%']",
      "[test:int MATCHES 'l+']",
      '[test:int NOT IN (-4, 5, 6)]',
    ],
    false,
  )
})

test('floats compare numerically with integers; booleans only equal booleans', () => {
  expectAll(
    basic,
    ['[test:float = 12.658]', '[test:float > 12.65799]', '[test:float_int IN (11, 12, 13)]', '[test:bool = true]'],
    true,
  )
  expectAll(basic, ['[test:float != 12.658]', '[test:bool = 1]', '[test:bool NOT != false]'], false)
})

test('strings compare by code point, LIKE is anchored with % and _, MATCHES searches', () => {
  expectAll(
    basic,
    [
      "[test:string > 'alice']",
      "[test:string LIKE 'he__o']",
      "[test:string MATCHES '.lo$']",
      "[test:string IN ('goodbye', 'hello')]",
    ],
    true,
  )
  expectAll(basic, ["[test:string LIKE 'ell%']", "[test:string MATCHES '^ell']", "[test:string < 'alice']"], false)
})

test('a string compared with a t-literal that is not a timestamp is a match error, not false', () => {
  expectAll(basic, ["[test:string = t'1965-07-19T22:41:38Z']", "[test:string != t'1965-07-19T22:41:38Z']"], 'match')
})

test('ISSUBSET and ISSUPERSET test IPv4 CIDR containment; non-strings are false (true under NOT)', () => {
  expectAll(
    basic,
    [
      "[test:ip ISSUBSET '11.22.41.123/20']",
      "[test:cidr ISSUPERSET '11.22.41.123/29']",
      "[test:cidr NOT ISSUPERSET '11.22.33.44/13']",
      "[test:int NOT ISSUBSET '11.22.33.44']",
    ],
    true,
  )
  expectAll(basic, ["[test:ip ISSUBSET '11.22.123.41/20']", "[test:bool ISSUPERSET '11.22.33.44']"], false)
})

test('IPv6 addresses are contained in IPv6 CIDRs and never in IPv4 ones', () => {
  const data = [bundle('2020-01-01T00:00:00Z', [{ type: 'ipv6-addr', value: '2001:db8::1' }])]
  expectAll(data, ["[ipv6-addr:value ISSUBSET '2001:db8::/32']"], true)
  expectAll(data, ["[ipv6-addr:value ISSUBSET '2001:db9::/32']", "[ipv6-addr:value ISSUBSET '10.0.0.0/8']"], false)
})

test('IN () never matches, NOT IN () always does, and a mixed-type set is a match error', () => {
  expectAll(basic, ['[test:string NOT IN ()]'], true)
  expectAll(basic, ['[test:string IN ()]'], false)
  expectAll(basic, ['[test:string IN (1, true)]', '[test:string IN (1.1, 2.2, true)]'], 'match')
})

test('binary values compare byte-wise with hex, base64 and Latin-1 strings; code points ≥ 256 never match', () => {
  const data = [
    bundle('2011-12-03T21:34:41Z', [
      {
        type: 'binary_test',
        name: 'alice',
        name_u: 'ălice',
        name_hex: '616c696365',
        name_bin: 'YWxpY2U=',
        bin_hex: '01020304',
      },
    ]),
  ]
  expectAll(
    data,
    [
      "[binary_test:name = h'616c696365']",
      "[binary_test:name_bin = 'alice']",
      "[binary_test:name_hex = b'YWxpY2U=']",
      "[binary_test:name_hex > 'aardvark']",
      "[binary_test:name_hex MATCHES '\\\\x61li[c\\\\x01]e']",
      "[binary_test:name_bin LIKE '%alice%']",
      "[binary_test:bin_hex = '\u0001\u0002\u0003\u0004']",
      "[binary_test:bin_hex MATCHES '.*\\\\x03']",
      "[binary_test:name_bin NOT MATCHES 'ălice']",
    ],
    true,
  )
  expectAll(
    data,
    [
      "[binary_test:name_bin = 'ălice']",
      "[binary_test:name_bin < 'ălice']",
      "[binary_test:name_u = h'616c696365']",
      "[binary_test:name_u > b'YWxpY2U=']",
      "[binary_test:name_bin MATCHES '\\\\x62o[b\\\\x01]']",
    ],
    false,
  )
})

const people = [
  bundle('2004-11-26T11:42:29Z', [
    { type: 'person', name: 'alice', age: 10 },
    { type: 'person', name: 'bob', age: 15 },
  ]),
]

test('AND inside one observation needs a single object to satisfy both sides', () => {
  expectAll(
    people,
    [
      "[person:name = 'alice' AND person:age < 20]",
      "[person:name = 'alice' OR person:age > 1000 AND person:age < 0]",
      "[(person:name = 'carol' OR person:name = 'bob') AND person:age > 10]",
    ],
    true,
  )
  expectAll(
    people,
    ["[person:name = 'alice' AND person:age > 10]", "[person:name = 'carol' OR person:age > 20]"],
    false,
  )
})

test('a JSON null fails every comparison except !=, and null is not a literal', () => {
  const data = [bundle('2005-10-09T21:44:58Z', [{ type: 'null_test', name: null }])]
  expectAll(data, ["[null_test:name != 'alice']"], true)
  expectAll(data, ["[null_test:name = 'alice']", "[null_test:name ISSUBSET '12.23.32.12/14']"], false)
  expectAll(data, ['[null_test:name = null]', '[null_test:name IN (null)]'], 'parse')
})

const three = [
  bundle('2004-10-11T21:44:58Z', [{ type: 'person', name: 'alice', age: 10 }]),
  bundle('2008-05-09T01:21:58.6Z', [{ type: 'person', name: 'bob', age: 17 }]),
  bundle('2006-11-03T07:42:18.96Z', [{ type: 'person', name: 'carol', age: 22 }]),
]

test('observation AND needs different observations, FOLLOWEDBY needs time order, OR either side', () => {
  expectAll(
    three,
    [
      "[person:name='alice'] AND [person:age>20]",
      "[person:name='alice'] FOLLOWEDBY [person:name>'bill']",
      "[person:age > 20] OR [person:name > 'zelda'] AND [person:age < 0]",
      "([person:name='carol'] FOLLOWEDBY [person:name < 'elizabeth']) AND [person:age < 15]",
    ],
    true,
  )
  expectAll(
    three,
    [
      "[person:name='alice'] AND [person:age=10]",
      "[person:name='bob'] FOLLOWEDBY [person:age<15]",
      "[person:age > 20] OR [person:name > 'zelda'] FOLLOWEDBY [person:age < 0]",
      "[person:name='carol'] FOLLOWEDBY [person:name < 'elizabeth'] AND [person:age < 15]",
    ],
    false,
  )
})

test('observation_indexes list the first binding found, ascending', () => {
  assert.deepEqual(run("[person:name='bob'] AND [person:name='carol']", three), {
    matched: true,
    observationIndexes: [1, 2],
  })
  assert.deepEqual(run("[person:name='carol'] OR [person:name>'zelda']", three), {
    matched: true,
    observationIndexes: [2],
  })
})

const timed = [
  bundle('1994-11-29T13:37:52Z', [{ type: 'person', name: 'alice' }]),
  bundle('1994-11-29T13:37:57Z', [{ type: 'person', name: 'bob' }]),
  bundle('1994-11-29T13:38:02Z', [{ type: 'person', name: 'carol' }]),
]

test('WITHIN bounds the spread of bound observations; WITHIN 0 is a match error', () => {
  expectAll(
    timed,
    [
      "[person:name = 'bob'] WITHIN .0001 SECONDS",
      "([person:name = 'alice'] AND [person:name < 'carol']) WITHIN 5 SECONDS",
      "([person:name = 'alice'] OR [person:name = 'darlene']) WITHIN 1 SECONDS",
    ],
    true,
  )
  expectAll(timed, ["([person:name = 'alice'] AND [person:name < 'carol']) WITHIN 4.9999 SECONDS"], false)
  expectAll(timed, ["[person:name = 'alice'] WITHIN 0 SECONDS"], 'match')
  expectAll(timed, ["[person:name = 'alice'] WITHIN 1 second", "[person:name = 'a'] WITHIN -1 SECONDS"], 'parse')
})

test('START … STOP keeps observations in [start, stop): START == STOP never matches', () => {
  expectAll(
    timed,
    [
      "[person:name = 'bob'] START t'1994-11-29T13:37:57Z' STOP t'1994-11-29T13:37:58Z'",
      "[person:name MATCHES ''] REPEATS 2 TIMES START t'1994-11-29T13:37:50Z' STOP t'1994-11-29T13:37:58Z'",
    ],
    true,
  )
  expectAll(
    timed,
    [
      "[person:name = 'bob'] START t'1994-11-29T13:37:58Z' STOP t'1994-11-29T13:37:58Z'",
      "[person:name = 'bob'] START t'1994-11-29T13:37:58Z' STOP t'1994-11-29T13:37:59Z'",
      "[person:name NOT LIKE 'foo'] START t'1994-11-29T13:37:50Z' STOP t'1994-11-29T13:37:57Z' REPEATS 3 TIMES",
    ],
    false,
  )
  expectAll(
    timed,
    [
      "[person:name = 'hannah'] START t'1994-11-29T13:37:58Z'",
      "[person:name = 'h'] START t'1994-11-29t13:37:58Z' STOP t'1994-11-29T13:37:58Z'",
    ],
    'parse',
  )
})

test('REPEATS counts number_observed instances and nests', () => {
  const data = [
    bundle('2004-10-11T21:44:58Z', [{ type: 'person', name: 'alice', age: 10 }], 2),
    bundle('2004-10-11T21:45:01Z', [{ type: 'person', name: 'bob', age: 17 }], 3),
    bundle('2004-10-11T21:45:02Z', [{ type: 'person', name: 'carol', age: 22 }], 2),
  ]
  expectAll(
    data,
    [
      '[person:age < 20] REPEATS 5 TIMES',
      '[person:age < 20] REPEATS 2 TIMES REPEATS 2 TIMES',
      "([person:age < 30] AND [person:name > 'aaron']) WITHIN 2 SECONDS REPEATS 3 TIMES",
    ],
    true,
  )
  expectAll(data, ['[person:age < 20] REPEATS 10 TIMES', '[person:age < 20] REPEATS 2 TIMES REPEATS 3 TIMES'], false)
})

test('20-observation REPEATS, AND, OR and FOLLOWEDBY chains finish quickly (STIX 2.0 input)', () => {
  const data = Array.from({ length: 20 }, (_, i) => {
    const t = new Date(Date.UTC(2004, 9, 11, 21, 44, 58 + i)).toISOString().replace('.000', '')
    return {
      type: 'observed-data',
      first_observed: t,
      last_observed: t,
      number_observed: 1,
      objects: { a0: { type: 'person', name: 'alice', age: i } },
    }
  })
  const started = performance.now()
  expectAll(
    data,
    [
      '[person:age < 20] REPEATS 10 TIMES WITHIN 10 SECONDS',
      "[person:age < 20] REPEATS 10 TIMES START '2004-10-11T21:40:00Z' STOP '2004-10-11T21:50:00Z'",
      '[person:age < 20] REPEATS 10 TIMES FOLLOWEDBY [person:age < 20]',
      '[person:age < 20] REPEATS 2 TIMES REPEATS 5 TIMES',
      Array(10).fill('[person:age < 20]').join(' AND '),
      '([person:age < 20] FOLLOWEDBY [person:age > 5]) REPEATS 10 TIMES',
    ],
    true,
    '2.0',
  )
  expectAll(data, ['[person:age < 20] REPEATS 10 TIMES WITHIN 8 SECONDS'], false, '2.0')
  assert.ok(performance.now() - started < 5000)
})

test('_ref and _refs properties are followed, and [*] means some element', () => {
  const data = [
    {
      type: 'observed-data',
      number_observed: 1,
      first_observed: '1984-06-26T13:53:04Z',
      last_observed: '1984-06-26T13:53:04Z',
      objects: {
        '0': { type: 'person', name: 'alice', knows_ref: '1' },
        '1': { type: 'person', name: 'bob', knows_refs: ['0', '2'] },
        '2': { type: 'person', name: 'carol', knows_refs: ['0', '1', '2'] },
      },
    },
  ]
  expectAll(
    data,
    [
      "[person:knows_ref.name = 'bob']",
      "[person:knows_refs[*].name = 'carol' AND person:knows_refs[*].name = 'bob']",
      "[person:knows_refs[*].knows_refs[*].name = 'alice']",
      "[person:knows_refs[1].name = 'carol']",
    ],
    true,
    '2.0',
  )
  expectAll(
    data,
    [
      "[person:knows_ref.name = 'erin']",
      "[person:knows_refs[-1].name = 'carol']",
      "[person:knows_refs[*].name = 'erin']",
    ],
    false,
    '2.0',
  )
})

test('2.1: only SCOs an observed-data references are matched, references resolve across bundles', () => {
  const data = [
    {
      type: 'bundle',
      id: 'bundle--a',
      objects: [
        { type: 'identity', id: 'identity--1', identity_class: 'events' },
        {
          type: 'observed-data',
          id: 'observed-data--1',
          first_observed: '2022-11-27T19:50:46.889315Z',
          last_observed: '2023-01-05T05:35:31.372958Z',
          number_observed: 1,
          object_refs: ['network-traffic--1'],
        },
        { type: 'network-traffic', id: 'network-traffic--1', dst_ref: 'ipv4-addr--1' },
      ],
    },
    { type: 'bundle', id: 'bundle--b', objects: [{ type: 'ipv4-addr', id: 'ipv4-addr--1', value: '198.51.100.7' }] },
  ]
  expectAll(
    data,
    ["[network-traffic:dst_ref.value = '198.51.100.7']", 'EXISTS network-traffic:dst_ref'.replace(/^/, '[') + ']'],
    true,
  )
  expectAll(
    data,
    [
      "[ipv4-addr:value = '198.51.100.7']",
      "[identity:identity_class = 'events']",
      '[observed-data:number_observed = 1]',
    ],
    false,
  )
})

test('an observed-data without object_refs (2.1) or with a malformed timestamp is a match error', () => {
  const missing = [{ type: 'bundle', id: 'bundle--x', objects: [{ type: 'observed-data', id: 'observed-data--x' }] }]
  expectAll(missing, ['[a:b = 1]'], 'match')
  const badTime = [bundle('2010-05-21T13:21:43', [{ type: 'a', b: 1 }])]
  expectAll(badTime, ['[a:b = 1]'], 'match')
})

test('quoted property names reach properties with hyphens and dots; unquoted ones are parse errors', () => {
  const data = [bundle('2004-10-11T21:44:58Z', [{ type: 'some-type', 'has-hyphen': 1, 'has.dot': 2 }])]
  expectAll(data, ["[some-type:'has-hyphen' = 1]", "[some-type:'has.dot' = 2]"], true)
  expectAll(data, ['[some-type:needs-quotes = 1]'], 'parse')
})

test('LIKE and MATCHES compare NFC-normalised text; = compares exact code points', () => {
  const data = [
    bundle('2011-08-08T20:02:48Z', [{ type: 'test', ddots: { nfc: '\u1e0d\u0307', nfd: 'd\u0323\u0307' } }]),
  ]
  expectAll(data, ["[test:ddots.nfc LIKE 'd\u0323\u0307']", "[test:ddots.nfd MATCHES '^\u1e0d\u0307$']"], true)
  expectAll(data, ["[test:ddots.nfc = 'd\u0323\u0307']"], false)
})

test('timestamps compare at microsecond precision and malformed JSON timestamps are match errors', () => {
  const data = [
    bundle('1983-04-21T15:31:06Z', [
      { type: 'event', good: '2010-05-21T13:21:43.123456789Z', bad: ['2010-05-21T13:21:43z', '2010-05-21T13:21:99Z'] },
    ]),
  ]
  expectAll(data, ["[event:good = t'2010-05-21T13:21:43.123456Z']", "[event:good > t'1974-11-05T05:31:11Z']"], true)
  expectAll(data, ["[event:bad[0] = t'1996-07-11T09:17:10Z']", "[event:bad[1] = t'1996-07-11T09:17:10Z']"], 'match')
})

test('a catastrophic MATCHES expression ends quickly with a match error', () => {
  const data = [bundle('2020-01-01T00:00:00Z', [{ type: 'file', name: `${'a'.repeat(5000)}!` }])]
  const started = performance.now()
  const r = run("[file:name MATCHES '^(a+)+$']", data)
  assert.equal('kind' in r && r.kind, 'match')
  assert.ok(performance.now() - started < 2000)
})
