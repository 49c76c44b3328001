import assert from 'node:assert/strict'
import { test } from 'node:test'
import fc from 'fast-check'
import { parsePattern, printPattern, tokenize, validatePattern } from './index.ts'

const first = (text: string, version: '2.0' | '2.1' = '2.1') =>
  validatePattern(text, { stixVersion: version }).errors[0]

test('syntax errors carry the reference parser position and wording', () => {
  const cases: [string, string][] = [
    ['file:size = 1280', 'FAIL: Error found at line 1:0. input is missing square brackets'],
    ['[file:size = ]', "FAIL: Error found at line 1:13. mismatched input ']'"],
    [
      '[file:hashes.MD5 = cead3f77f6cda6ec00f57d76c9a6879f]',
      "FAIL: Error found at line 1:19. mismatched input 'cead3f",
    ],
    ['[file.size = 1280]', "FAIL: Error found at line 1:5. no viable alternative at input 'file.'"],
    ['[file:name MATCHES /.*\\.dll/]', "FAIL: Error found at line 1:19. mismatched input '/' expecting StringLiteral"],
    [
      "[a:b = 'x'] WITHIN ]",
      "FAIL: Error found at line 1:19. mismatched input ']' expecting {IntPosLiteral, FloatPosLiteral}",
    ],
    ["[a:b = 'x'] WITHIN 5 HOURS]", "FAIL: Error found at line 1:21. mismatched input 'HOURS' expecting 'SECONDS'"],
    [
      "[a:b = 'x'] WITHIN -5 SECONDS]",
      "FAIL: Error found at line 1:19. mismatched input '-5' expecting {IntPosLiteral",
    ],
    ['[network-traffic:dst_ref.value ISSUBSET ]', "FAIL: Error found at line 1:40. missing StringLiteral at ']'"],
    ["[file:hashes.MD5 =? 'cead3f77f6cda6ec00f57d76c9a6879f']", "FAIL: Error found at line 1:18. extraneous input '?'"],
    ["[x_whatever:detected == t'2457-73-22T32:81:84.1Z']", "FAIL: Error found at line 1:24. extraneous input 't'"],
    ["[artifact:payload_bin = b'====']", "FAIL: Error found at line 1:24. extraneous input 'b'"],
    ['[foo:bar=1] within 2 seconds', "FAIL: Error found at line 1:12. mismatched input 'within' expecting <EOF>"],
    ["[file:hashes.'SHA-256' = 'f00']", "FAIL: 'f00' is not a valid SHA-256 hash"],
    ["[a:b = 'x'] WITHIN 5 SECONDS WITHIN 6 SECONDS", 'FAIL: Duplicate qualifier type encountered: WITHIN'],
    ["([a:b = 'x'] REPEATS 2 TIMES REPEATS 3 TIMES)", 'FAIL: Duplicate qualifier type encountered: REPEATS'],
    [
      "[a:b = 'x'] START t'2016-06-01T01:30:00.123Z' STOP t'2016-06-01T02:20:00.123Z' START t'2016-06-01T01:30:00.123Z' STOP t'2016-06-01T02:20:00.123Z'",
      'FAIL: Duplicate qualifier type encountered: STARTSTOP',
    ],
    ["[x:created = t'2024-13-01T12:00:00Z']", 'FAIL: Error found at line 1:'],
    ["[x:created = t'2024-01-15T12:30:45']", 'FAIL: Error found at line 1:'],
    ['[a:b = 1\n] x', "FAIL: Error found at line 2:2. extraneous input 'x' expecting <EOF>"],
  ]
  for (const [text, expected] of cases) {
    const error = first(text) ?? '(valid)'
    assert.ok(error.startsWith(expected), `${text}\n  got:      ${error}\n  expected: ${expected}`)
  }
})

test('valid patterns pass, including qualifiers on parenthesised groups and 2.1 EXISTS', () => {
  const valid = [
    '[file:size != 1280]',
    "[emailaddr:value MATCHES '.+\\\\@ibm\\\\.com$' OR file:name MATCHES '^Final Report.+\\\\.exe$']",
    "[ipv4addr:value NOT ISSUBSET '192.168.0.1/24']",
    "[user-account:value = 'Peter'] AND [user-account:value != 'Paul'] WITHIN 5 SECONDS",
    "[file:file_name IN ('test.txt', 'test2.exe', 'README')]",
    "[network-connection:extended_properties[0].source_payload MATCHES 'dGVzdHRlc3R0ZXN0']",
    "[x_whatever:detected == t'2018-03-22T12:11:14.1Z']",
    "[artifact:payload_bin = b'dGhpcyBpcyBhIHRlc3Q=']",
    '[foo:bar=1] REPEATS 9 TIMES',
    '( [(network-traffic:dst_port IN(443,6443,8443) AND network-traffic:src_packets != 0) ])',
    "([a:b = 'x']) WITHIN 5 SECONDS WITHIN 6 SECONDS",
    "([a:b = 'x'] REPEATS 2 TIMES) REPEATS 2 TIMES",
    "[x:created = t'2024-02-30T12:00:00Z']",
    "[file:extensions.'windows-pebinary-ext'.sections[*].entropy > 7.0]",
    '[EXISTS windows-registry-key:values]',
    '[a:b = 1] /* comment */ AND [c:d = 2] // trailing',
  ]
  for (const text of valid) assert.deepEqual(first(text), undefined, text)
})

test('2.0 mode takes plain strings after START/STOP and has no EXISTS keyword', () => {
  assert.equal(first("[a:b = 1] START '2016-06-01T01:30:00Z' STOP '2016-06-01T02:20:00Z'", '2.0'), undefined)
  assert.match(first("[a:b = 1] START t'2016-06-01T01:30:00Z' STOP t'2016-06-01T02:20:00Z'", '2.0') ?? '', /mismatched/)
  assert.match(first('[EXISTS a:b]', '2.0') ?? '', /FAIL: Error found/)
})

test('the lexer reports code-point columns and keeps keywords case-sensitive', () => {
  const tokens = tokenize("[a:b = '😀'] AND [c:within = 1]")
  const and = tokens.find((t) => t.type === 'AND')
  assert.equal(and?.column, 12)
  assert.equal(tokens.find((t) => t.text === 'within')?.type, 'IdentifierWithoutHyphen')
})

// ---------------------------------------------------------------- property-based tests

const ident = fc.stringMatching(/^[a-z_][a-z0-9_]{2,8}$/).filter((s) => !['true', 'false'].includes(s))
const quotedName = fc.stringMatching(/^[a-z][a-z0-9.-]{0,8}$/).map((s) => `'${s}'`)
const objectType = fc.constantFrom('file', 'ipv4-addr', 'x-custom-thing', 'network-traffic', 'process')
const stringLit = fc.string({ maxLength: 12 }).map((s) => `'${s.replace(/[\\']/g, (c) => `\\${c}`)}'`)
const orderable = fc.oneof(
  fc.integer({ min: -1000, max: 100000 }).map(String),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((d) => d.toFixed(3)),
  stringLit,
  fc.uint8Array({ maxLength: 6 }).map((b) => `h'${Buffer.from(b).toString('hex')}'`),
  fc.uint8Array({ minLength: 1, maxLength: 6 }).map((b) => `b'${Buffer.from(b).toString('base64')}'`),
  fc
    .date({ min: new Date('1970-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
    .map((d) => `t'${d.toISOString()}'`),
)
const literal = fc.oneof(orderable, fc.constantFrom('true', 'false'))
const path = fc
  .tuple(
    objectType,
    fc.oneof(ident, quotedName),
    fc.array(
      fc.oneof(
        ident.map((s) => `.${s}`),
        quotedName.map((s) => `.${s}`),
        fc.nat(9).map((n) => `[${n}]`),
        fc.constant('[*]'),
      ),
      {
        maxLength: 3,
      },
    ),
  )
  .map(([t, f, rest]) => `${t}:${f}${rest.join('')}`)
const comparison = fc.oneof(
  fc.tuple(path, fc.constantFrom('=', '!=', 'NOT =', '=='), literal).map(([p, o, v]) => `${p} ${o} ${v}`),
  fc.tuple(path, fc.constantFrom('<', '>=', 'NOT <='), orderable).map(([p, o, v]) => `${p} ${o} ${v}`),
  fc
    .tuple(path, fc.constantFrom('LIKE', 'MATCHES', 'NOT ISSUBSET', 'ISSUPERSET'), stringLit)
    .map(([p, o, v]) => `${p} ${o} ${v}`),
  fc.tuple(path, fc.array(fc.integer(), { maxLength: 3 })).map(([p, xs]) => `${p} IN (${xs.join(', ')})`),
  path.map((p) => `EXISTS ${p}`),
)
const { comparisonExpr } = fc.letrec<{ comparisonExpr: string }>((tie) => ({
  comparisonExpr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    comparison,
    fc
      .tuple(tie('comparisonExpr'), fc.constantFrom('AND', 'OR'), tie('comparisonExpr'))
      .map(([a, o, b]) => `${a} ${o} ${b}`),
    tie('comparisonExpr').map((e) => `(${e})`),
  ),
}))
const qualifier = fc.oneof(
  fc.integer({ min: 1, max: 999 }).map((n) => ` WITHIN ${n} SECONDS`),
  fc.integer({ min: 1, max: 9 }).map((n) => ` REPEATS ${n} TIMES`),
  fc.constant(" START t'2016-06-01T01:30:00Z' STOP t'2016-06-01T02:20:00.5Z'"),
)
const { observationExpr } = fc.letrec<{ observationExpr: string }>((tie) => ({
  observationExpr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    comparisonExpr.map((c) => `[${c}]`),
    fc
      .tuple(tie('observationExpr'), fc.constantFrom('AND', 'OR', 'FOLLOWEDBY'), tie('observationExpr'))
      .map(([a, o, b]) => `${a} ${o} ${b}`),
    fc.tuple(tie('observationExpr'), qualifier).map(([e, q]) => `(${e})${q}`),
  ),
}))

test('property: every generated pattern parses, and print → parse gives the same tree', () => {
  fc.assert(
    fc.property(observationExpr, (text) => {
      const parsed = parsePattern(text)
      assert.ok(parsed.ok, `${text}: ${!parsed.ok && parsed.error.message}`)
      const printed = printPattern(parsed.value)
      const again = parsePattern(printed)
      assert.ok(again.ok, printed)
      assert.deepEqual(again.value.root, parsed.value.root)
      assert.equal(printPattern(again.value), printed)
    }),
    { numRuns: 400 },
  )
})

const tokenSoup = fc
  .array(
    fc.constantFrom(
      '[',
      ']',
      '(',
      ')',
      'a:b',
      ' = ',
      "'x'",
      ' AND ',
      ' OR ',
      ' WITHIN ',
      '5',
      ' SECONDS',
      ' NOT ',
      "t'",
      '.',
      '-',
      "h'0'",
      '\\',
      '\u0001',
      '😀',
      '\n',
      '/*',
      '*/',
    ),
    { maxLength: 40 },
  )
  .map((xs) => xs.join(''))

test('property: random input never throws and never takes long; errors always carry a position', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), tokenSoup), (text) => {
      const started = performance.now()
      for (const version of ['2.0', '2.1'] as const) {
        const r = validatePattern(text, { stixVersion: version })
        assert.equal(r.valid, r.errors.length === 0)
        const parsed = parsePattern(text, { stixVersion: version })
        if (!parsed.ok) assert.ok(parsed.error.line >= 1 && parsed.error.column >= 0)
      }
      assert.ok(performance.now() - started < 200)
    }),
    { numRuns: 1000 },
  )
})

test('deeply nested input is rejected with an error, not a crash', () => {
  const deep = `${'('.repeat(50_000)}[a:b = 1]${')'.repeat(50_000)}`
  const r = parsePattern(deep)
  assert.equal(r.ok, false)
})
