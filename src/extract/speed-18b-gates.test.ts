// Scans of the campaign, sector and number finders (speed round 18b): each gives what the expression or call it stands
// in for gives.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { devDocumentTexts, randomPieceTexts } from '../lib/testing.ts'
import { hasSumSign } from './campaigns14.ts'
import {
  GATE_SCANDAL,
  NUM_RE,
  numberStarts,
  numberStartsWithNumber,
  TARGET_AFTER_GATE_FOR_TEST,
  TARGET_CUE,
  targetCueFlags,
} from './entities.ts'
import { gateWordStarts, PHRASE_TOKENS_FOR_TEST, trimTail } from './entities-b-campaigns.ts'
import {
  END_ANCHORED_PAIRS,
  endMatches,
  hasSpace,
  isUpperCased,
  lowerCased,
  withoutPossessive,
} from './entities-b-words.ts'
import { matchAtStarts, stickyCopy } from './scan.ts'
import { sentences } from './text.ts'

/** Random texts of the pieces (see randomPieceTexts). */
const randomTexts = (seed: number, pieces: string[], n: number): string[] =>
  randomPieceTexts(seed, pieces, n, { least: 1, spread: 12, upper: 0.1 })

const GATE_PIECES = [
  'gate',
  'Gate',
  'Water',
  'water',
  'W',
  'x',
  '-',
  '--',
  ' ',
  '_',
  '1',
  'é',
  '"',
  '“',
  '”',
  ' scandal',
  ' affair',
  'dubbed ',
  'so-called ',
  'known as ',
  'investigate',
  'Predator',
  '.',
  '\n',
]

test('gateWordStarts is empty exactly where GATE_WORD finds nothing, and holds where GATE_SCANDAL matches', () => {
  const GATE_WORD = /\b[A-Z][A-Za-z]*-?[Gg]ate\b/
  const sticky = stickyCopy(GATE_SCANDAL)
  let words = 0
  let scandals = 0
  for (const text of [...devDocumentTexts(), ...randomTexts(18, GATE_PIECES, 30000)]) {
    const starts = gateWordStarts(text)
    assert.equal(starts.length > 0, GATE_WORD.test(text), JSON.stringify(text))
    if (starts.length > 0) words++
    for (let i = 1; i < starts.length; i++) assert.ok(starts[i - 1]! < starts[i]!, JSON.stringify(text))
    const all = [...text.matchAll(GATE_SCANDAL)].map((m) => [m.index, m[0]])
    scandals += all.length
    const at = matchAtStarts(sticky, text, starts).map((m) => [m.index, m[0]])
    assert.deepEqual(at, all, JSON.stringify(text))
  }
  assert.ok(words > 1000 && scandals > 200, `${words} ${scandals}`)
})

test('hasSumSign answers as /[$€£]\\d/ does', () => {
  const pieces = ['$', '€', '£', '1', '9', 'US', ' ', 'x', '.', '$$', '£0', '\n']
  let yes = 0
  for (const text of [...devDocumentTexts(), ...randomTexts(19, pieces, 5000)]) {
    const expected = /[$€£]\d/.test(text)
    assert.equal(hasSumSign(text), expected, JSON.stringify(text))
    if (expected) yes++
  }
  assert.ok(yes > 500)
})

test('lowerCased, isUpperCased, hasSpace and withoutPossessive answer as the calls they stand in for', () => {
  // (ASCII letters and their neighbours, caseless quotes and dashes, letters that change case outside ASCII, Kelvin.)
  const pieces = [...'aZqM1-’“–éÉßİıKſΣ @[`{']
  const texts = randomTexts(21, pieces, 20000)
  for (const t of devDocumentTexts()) for (let i = 0; i < t.length; i += 5) texts.push(t.slice(i, i + 1 + (i % 13)))
  for (const w of texts) {
    assert.equal(lowerCased(w), w.toLowerCase(), JSON.stringify(w))
    assert.equal(isUpperCased(w), w === w.toUpperCase(), JSON.stringify(w))
    assert.equal(hasSpace(w), /\s/.test(w), JSON.stringify(w))
    for (const e of ['s', "'s", '’s', "'", 'ss']) {
      const x = w + e
      assert.equal(withoutPossessive(x), x.replace(/[’']s$/, ''), JSON.stringify(x))
    }
  }
})

test('tokenEnd reads the tokens of a description as its expression does', () => {
  const TOKEN = /(?:[A-Z]\.){2,}|[\w’'&-]+|\([A-Za-z0-9.-]{1,12}\)|,|\S/g
  const { tokenEnd } = PHRASE_TOKENS_FOR_TEST
  const pieces = ['U.', 'S.', 'A', '.', 'b', '(', ')', 'OPCW', 'e.g', '-', '’', "'", '&', ',', ' ', '\n', '1', '_']
  const texts = randomTexts(22, [...pieces, '(ABCDEFGHIJKL)', '(ABCDEFGHIJKLM)', 'é', '\u00a0', '“'], 20000)
  for (const t of devDocumentTexts()) for (let i = 0; i < t.length; i += 97) texts.push(t.slice(i, i + 160))
  for (const text of texts) {
    const expected = [...text.matchAll(TOKEN)].map((m) => [m.index, m.index + m[0].length])
    const got: number[][] = []
    for (let at = 0; ; ) {
      while (at < text.length && /\s/.test(text[at]!)) at++
      if (at === text.length) break
      const end = tokenEnd(text, at)
      got.push([at, end])
      at = end
    }
    assert.deepEqual(got, expected, JSON.stringify(text))
  }
})

test('clauseForm reads the forms its expressions read', () => {
  const { clauseForm } = PHRASE_TOKENS_FOR_TEST
  const NOT_ADVERBS = new Set(['supply', 'family', 'assembly', 'ally', 'rally', 'reply', 'anomaly', 'monopoly'])
  const expected = (w: string, prev: string) => {
    const afterFunction = /^(?:of|the|an?|in|on|at|to|for|from|with|by|into)$/i.test(prev)
    if (!afterFunction && /^[a-z]{2,}(?:ing|ed)$/.test(w)) return true
    if (/^[a-z]{3,}(?:able|ible|less)$/.test(w)) return true
    return /^[a-z]{3,}ly$/.test(w) && !NOT_ADVERBS.has(w)
  }
  const pieces = [
    'a',
    'b',
    'x',
    'e',
    'd',
    'ed',
    'ing',
    'in',
    'g',
    'ly',
    'l',
    'y',
    'able',
    'ible',
    'less',
    'X',
    '-',
    '1',
  ]
  const words = randomTexts(23, [...pieces, 'supply', 'rally', 'é'], 20000)
  const prevs = ['of', 'The', 'AN', 'a', 'into', 'In', 'onto', 'x', '', 'K', 'İn', 'the']
  let forms = 0
  for (const [i, w] of words.entries()) {
    const prev = prevs[i % prevs.length]!
    assert.equal(clauseForm(w, prev), expected(w, prev), JSON.stringify([w, prev]))
    if (expected(w, prev)) forms++
  }
  assert.ok(forms > 1000, `${forms}`)
})

test('each end-anchored copy answers as its expression on the text before every offset', () => {
  assert.ok(END_ANCHORED_PAIRS.length >= 6, `${END_ANCHORED_PAIRS.length}`)
  const windows: string[] = []
  for (const t of devDocumentTexts())
    for (let i = 1; i <= t.length; i += 2) windows.push(t.slice(Math.max(0, i - 60), i))
  // Texts that end the way the rarer expressions need.
  const crafted = [
    'Operation Dream Job, a series of ',
    '“Ghost”, the campaign of ',
    'a number of prior ',
    'a string of ',
    'sanctions against ',
    'linked to the ',
    'according to US officials in ',
    'the 12 ',
    'in March ',
    'CVE ',
    'No. 5, ',
  ]
  for (const [k, [re, copy]] of END_ANCHORED_PAIRS.entries()) {
    // Random texts of the expression's own words, capitalised and not, with spaces, punctuation and digits.
    const words = [...new Set(re.source.match(/[A-Za-z]{2,}/g) ?? [])]
    const pieces = [...words, ...words.map((w) => w[0]!.toUpperCase() + w.slice(1)), ' ', ' ', '  ', '\n', ',', ', ']
    pieces.push('.', '-', '’s', "'s", '#', '1', '20', 'the ', 'The ', 'Ukraine', 'x', ' of ', ', a ', ' in ')
    let matched = 0
    for (const text of [...windows, ...crafted, ...randomTexts(100 + k, pieces, 6000)]) {
      const expected = re.test(text)
      assert.equal(endMatches(copy, text), expected, `${re} ${JSON.stringify(text)}`)
      if (expected) matched++
    }
    assert.ok(matched > 0, `${re}: ${matched}`)
  }
})

test('numberStartsWithNumber keeps every start where NUM_RE matches', () => {
  const sticky = stickyCopy(NUM_RE)
  const pieces = [
    ...['about', 'Around', 'more than', 'MORE THAN', 'more  than', 'at least', 'up to', 'some', 'an estimated', 'an'],
    ...['over', 'at', 'up', 'one', 'Seven', 'ten', 'tens', 'hundred', 'dozen', '12', '1,000', '3.5', 'million', 'bn'],
    ...[' ', ' ', '  ', '\n', ',', '.', '-', '/', 'x', 'é', 'the ', '$', '%'],
  ]
  let kept = 0
  let all = 0
  for (const text of [...devDocumentTexts(), ...randomTexts(24, pieces, 20000)]) {
    const starts = numberStarts(text)
    const some = numberStartsWithNumber(text)
    all += starts.length
    kept += some.length
    const expected = matchAtStarts(sticky, text, starts).map((m) => [m.index, m[0]])
    const got = matchAtStarts(sticky, text, some).map((m) => [m.index, m[0]])
    assert.deepEqual(got, expected, JSON.stringify(text))
  }
  assert.ok(kept < all * 0.8, `${kept} of ${all}`)
})

test('targeting cues read from one-word forms are those of the expression', () => {
  const words = TARGET_CUE.source.match(/[a-z]{3,}/g)!
  const pieces = [
    ...words,
    ...words.map((w) => w.toUpperCase()),
    ...words.map((w) => `${w}s`),
    ...words.map((w) => `${w}x`),
  ]
  pieces.push(
    'infiltrat',
    'infiltrated',
    'exfiltrat_1',
    'Surveil',
    'surveillance',
    'hit2',
    'spear-phishing',
    'aimed at',
  )
  pieces.push('exploits', 'the', 'banks', ' ', ' ', ' ', '. ', '.\n', ', ', '-', 'é')
  let cued = 0
  for (const text of [...devDocumentTexts(), ...randomTexts(25, pieces, 6000)]) {
    const sents = sentences(text)
    const flags = targetCueFlags(text, sents)
    for (const [k, s] of sents.entries()) {
      assert.equal(flags[k], TARGET_CUE.test(s.text), JSON.stringify(s.text))
      if (flags[k]) cued++
    }
  }
  assert.ok(cued > 300, `${cued}`)
})

test('mayBeTargetAfter passes every country end where TARGET_AFTER matches past its list', () => {
  const { gate, afterList, re } = TARGET_AFTER_GATE_FOR_TEST
  const pieces = [
    'has',
    'have',
    'had',
    'been',
    'become',
    'is',
    'are',
    'was',
    'were',
    'also',
    'the',
    'target',
    'targets',
  ]
  pieces.push('victims', 'hit', 'and', 'or', 'Has', 'Latvia', 'the', 'Estonia', 'U.S.', ' ', ' ', '  ', ',', ', ', '.')
  const texts = randomTexts(
    27,
    pieces.map((p) => (/^\w/.test(p) ? ` ${p}` : p)),
    20000,
  ).map((t) => `Russia${t}`)
  let matched = 0
  for (const t of texts) {
    const expected = re.test(afterList(t, 6, t.length))
    if (expected) matched++
    if (expected) assert.ok(gate(t, 6), JSON.stringify(t))
  }
  for (const t of devDocumentTexts())
    for (let end = 1; end < t.length; end++) {
      if (!/[A-Za-z]/.test(t[end - 1]!)) continue
      const limit = Math.min(t.length, end + (end % 90))
      if (re.test(afterList(t, end, limit))) {
        matched++
        assert.ok(gate(t, end), JSON.stringify(t.slice(end, end + 60)))
      }
    }
  assert.ok(matched > 300, `${matched}`)
})

test('trimTail takes off what its expression took off, round after round', () => {
  const expected = (name: string) => {
    let t = name
    for (;;) {
      const u = t.replace(
        /(?:[\s,]+(?:the|a|an|of|in|on|at|to|and|or|&|across|within|throughout|from|with|by|for|into|against|via|over))+$|[\s,;:&-]+$/i,
        '',
      )
      if (u === t) return t
      t = u
    }
  }
  const words = 'the a an of in on at to and or & across within throughout from with by for into against via over'
  const pieces = words.split(' ').flatMap((w) => [w, w.toUpperCase(), ` ${w}`, `,${w}`])
  pieces.push('attacks', 'Ukraine', 'then', 'onto', 'x', ' ', '  ', ',', ', ', ';', ':', '-', '&', '\n', 'İn', 'é', '.')
  const texts = randomTexts(28, pieces, 30000)
  for (const t of devDocumentTexts()) for (let i = 0; i < t.length; i += 7) texts.push(t.slice(i, i + 1 + (i % 60)))
  let trimmed = 0
  for (const t of texts) {
    const want = expected(t)
    assert.equal(trimTail(t), want, JSON.stringify(t))
    if (want !== t) trimmed++
  }
  assert.ok(trimmed > 10000, `${trimmed}`)
})
