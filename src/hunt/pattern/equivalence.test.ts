import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parsePattern } from '../../stix/pattern/index.ts'
import { equivalentPatterns } from './index.ts'

function equivalent(a: string, b: string): boolean {
  const pa = parsePattern(a)
  const pb = parsePattern(b)
  assert.ok(pa.ok && pb.ok, `${a} / ${b} should parse`)
  return equivalentPatterns(pa.value, pb.value)
}

function check(pairs: [string, string][], expected: boolean) {
  const wrong = pairs.filter(([a, b]) => equivalent(a, b) !== expected).map(([a, b]) => `${a}  vs  ${b}`)
  assert.deepEqual(wrong, [])
}

test('observation OR drops duplicates, but AND and FOLLOWEDBY keep them', () => {
  check([['[a:b=1] OR [a:b=1] OR [a:b=1]', '[a:b=1]']], true)
  check(
    [
      ['[a:b=1] AND [a:b=1]', '[a:b=1]'],
      ['[a:b=1] FOLLOWEDBY [a:b=1]', '[a:b=1]'],
    ],
    false,
  )
})

test('observation nesting is flattened and AND/OR operands are ordered; FOLLOWEDBY order matters', () => {
  check(
    [
      ['(((([a:b=1]))))', '([a:b=1])'],
      ['([a:b=1] AND [a:b=2]) AND [a:b=3]', '[a:b=1] AND ([a:b=2] AND [a:b=3])'],
      ['[a:b=1] FOLLOWEDBY ([a:b=2] FOLLOWEDBY [a:b=3])', '[a:b=1] FOLLOWEDBY [a:b=2] FOLLOWEDBY [a:b=3]'],
      ['[a:b=1] OR ([a:b=2] AND [a:b=3])', '([a:b=3] AND [a:b=2]) OR [a:b=1]'],
      ['[a:b=1] WITHIN 2 SECONDS AND [a:b=2] REPEATS 2 TIMES', '[a:b=2] REPEATS 2 TIMES AND [a:b=1] WITHIN 2 SECONDS'],
    ],
    true,
  )
  check(
    [
      ['([a:b=1] AND [a:b=2]) OR [a:b=3]', '[a:b=1] AND ([a:b=2] OR [a:b=3])'],
      ['[a:b=1]', '([a:b=1]) REPEATS 2 TIMES'],
      ['[a:b=1] AND ([a:b=2] AND [a:b=3]) WITHIN 2 SECONDS', '[a:b=1] WITHIN 2 SECONDS AND [a:b=2] AND [a:b=3]'],
      ['[a:b=1] FOLLOWEDBY [a:b=2]', '[a:b=2] FOLLOWEDBY [a:b=1]'],
      ['[a:b=1] WITHIN 2 SECONDS', '[a:b=1] REPEATS 2 TIMES'],
    ],
    false,
  )
})

test('observation absorption and DNF expansion', () => {
  check(
    [
      ['[a:b=1] OR ([a:b=1] FOLLOWEDBY [a:b=2])', '[a:b=1]'],
      ['([a:b=3] AND [a:b=1]) OR ([a:b=1] AND [a:b=2] AND [a:b=3])', '[a:b=3] AND [a:b=1]'],
      [
        '([a:b=1] FOLLOWEDBY [a:b=3]) OR ([a:b=4] FOLLOWEDBY [a:b=1] FOLLOWEDBY [a:b=2] FOLLOWEDBY [a:b=3])',
        '[a:b=1] FOLLOWEDBY [a:b=3]',
      ],
      ['([a:b=1] FOLLOWEDBY [a:b=2]) OR (([a:b=1] FOLLOWEDBY [a:b=2]) AND [a:b=3])', '[a:b=1] FOLLOWEDBY [a:b=2]'],
      ['([a:b=1] AND [a:b=2]) OR (([a:b=1] AND [a:b=2]) FOLLOWEDBY [a:b=3])', '[a:b=1] AND [a:b=2]'],
      ['[a:b=1] FOLLOWEDBY ([a:b=2] OR [a:b=3])', '([a:b=1] FOLLOWEDBY [a:b=2]) OR ([a:b=1] FOLLOWEDBY [a:b=3])'],
      [
        '([a:b=1] OR [a:b=2]) AND ([a:b=3] OR [a:b=4])',
        '([a:b=1] AND [a:b=3]) OR ([a:b=1] AND [a:b=4]) OR ([a:b=2] AND [a:b=3]) OR ([a:b=2] AND [a:b=4])',
      ],
    ],
    true,
  )
  check(
    [
      ['([a:b=1] AND [a:b=2]) OR ([a:b=2] AND [a:b=3] AND [a:b=4])', '[a:b=1] AND [a:b=2]'],
      ['([a:b=2] FOLLOWEDBY [a:b=1]) OR ([a:b=1] FOLLOWEDBY [a:b=2] FOLLOWEDBY [a:b=3])', '[a:b=2] FOLLOWEDBY [a:b=1]'],
    ],
    false,
  )
})

test('comparison expressions: duplicates, flattening, order, absorption and DNF', () => {
  check(
    [
      ['[a:b=1 AND a:b=1 AND a:b=1]', '[a:b=1]'],
      ['[(((a:b=1 OR ((a:b=2) OR a:b=3) OR (a:b=4))))]', '[a:b=1 OR a:b=2 OR a:b=3 OR a:b=4]'],
      ['[(a:b=1 OR a:b=2) AND a:b=3]', '[a:b=3 AND (a:b=2 OR a:b=1)]'],
      ['[a:b=1 AND (a:b=1 OR a:b=2)]', '[a:b=1]'],
      ['[(a:b=1 OR a:b=2) AND (a:b=3 OR a:b=2 OR a:b=1)]', '[a:b=1 OR a:b=2]'],
      ['[a:b=1 OR (a:b=2 AND a:b=3)]', '[(a:b=1 OR a:b=2) AND (a:b=1 OR a:b=3)]'],
      [
        '[(a:b=1 AND a:b=2) OR (a:b=3 AND a:b=4)]',
        '[(a:b=1 OR a:b=3) AND (a:b=1 OR a:b=4) AND (a:b=2 OR a:b=3) AND (a:b=2 OR a:b=4)]',
      ],
    ],
    true,
  )
  check(
    [
      ['[a:b=1]', '[a:b=2]'],
      ['[a:b=1 AND a:b=2]', '[a:b=1 OR a:b=2]'],
      ['[(a:b=1 AND a:b=2) OR a:b=3]', '[a:b=1 AND (a:b=2 OR a:b=3)]'],
    ],
    false,
  )
})

test('IPv4/IPv6 values compare as canonical CIDRs and registry key names case-insensitively', () => {
  check(
    [
      ["[ipv4-addr:value='1.2.3.4/32']", "[ipv4-addr:value='1.2.3.4']"],
      ["[ipv4-addr:value='1.2.255.4/23']", "[ipv4-addr:value='1.2.254.0/23']"],
      ["[ipv4-addr:value='1.2.255.4/0']", "[ipv4-addr:value='0.0.0.0/0']"],
      ["[ipv4-addr:value='01.02.03.04']", "[ipv4-addr:value='1.2.3.4']"],
      ["[ipv4-addr:value='1.2.3.4/99']", "[ipv4-addr:value='1.2.3.4/99']"],
      ["[ipv6-addr:value='1:2:3:4:5:6:ffff:8/111']", "[ipv6-addr:value='1:2:3:4:5:6:fffe:0/111']"],
      ["[ipv6-addr:value='0001:0000:0000:0000:0000:0000:0000:0001']", "[ipv6-addr:value='1::1']"],
      ["[windows-registry-key:key = 'aaa']", "[windows-registry-key:key = 'AAA']"],
      ["[windows-registry-key:values[*].name = 'aaa']", "[windows-registry-key:values[*].name = 'AAA']"],
    ],
    true,
  )
  check(
    [
      ["[ipv4-addr:value='1.2.3.4/1']", "[ipv4-addr:value='1.2.3.4/2']"],
      ["[ipv6-addr:value='1:2:3:4:5:6:7:8']", "[ipv6-addr:value='1:2:3:4:5:6:7:9']"],
      ["[ipv6-addr:value='foo']", "[ipv6-addr:value='bar']"],
      ["[windows-registry-key:values[*].data='foo']", "[windows-registry-key:values[*].data='FOO']"],
    ],
    false,
  )
})
