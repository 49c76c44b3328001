// Starts and gates of speed round 18c: each scan tried only at its starts finds what the global expression finds.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { devDocumentTexts, randomPieceTexts } from '../lib/testing.ts'
import { GROUP_SCANS_FOR_TEST } from './actors-named.ts'
import { AUTHOR_FAST_PATHS_FOR_TEST } from './claims-author.ts'
import { refang } from './iocs.ts'
import { matchAtStarts } from './scan.ts'

/** Random texts of the pieces (see randomPieceTexts). */
const randomTexts = (seed: number, pieces: string[], n: number): string[] =>
  randomPieceTexts(seed, pieces, n, { least: 3, spread: 20, upper: 0.1 })

const GROUP_PIECES = [
  'group',
  'groups',
  'gang',
  'gangs',
  'collective',
  'collectives',
  'crew',
  'crews',
  'outfit',
  'actor',
  'threat actor',
  'subgroup',
  'gangroup',
  'crewcrew',
  'outfitgang',
  ', a ',
  ', an ',
  ', the ',
  ',\n the\t',
  ',',
  'pro-Russian ',
  'hacktivist ',
  'ransomware ',
  'self-styled ',
  ' including ',
  ' such as ',
  ' like ',
  ' among them ',
  ' namely ',
  ':',
  ' named by the FBI ',
  ' are ',
  ' were ',
  ' include ',
  ' of cybercriminals',
  ' of hackers',
  ' known as ',
  ' who call themselves ',
  ' that calls itself ',
  ' dubbed ',
  ' called ',
  '"',
  '“',
  'Qilin',
  'Silent Crow',
  'LockBit',
  'The ',
  ' ',
  '  ',
  '\n',
  '-',
  '_',
  'x',
  '1',
  'é',
  '.',
]

function globalMatches(re: RegExp, text: string): string[] {
  return [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}:${m[1] ?? ''}`)
}
function matchesAt(at: RegExp, text: string, starts: number[]): string[] {
  return matchAtStarts(at, text, starts).map((m) => `${m.index}:${m[0]}:${m[1] ?? ''}`)
}

test('the group expressions tried at the group nouns (and the commas before them) find what their global scans find', () => {
  const G = GROUP_SCANS_FOR_TEST
  let found = 0
  for (const text of [...devDocumentTexts(), ...randomTexts(18, GROUP_PIECES, 12000)]) {
    const nouns = G.groupNounStarts(text)
    const each: number[] = []
    for (const w of ['group', 'gang', 'collective', 'crew', 'outfit'])
      for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) each.push(i)
    assert.deepEqual(
      nouns,
      each.sort((a, b) => a - b),
      text,
    )
    const expected = [
      globalMatches(G.apposition.re, text),
      globalMatches(G.suchAs.re, text),
      globalMatches(G.called.re, text),
    ]
    found += expected[0]!.length + expected[1]!.length + expected[2]!.length
    assert.deepEqual(matchesAt(G.apposition.at, text, G.appositionStarts(text, nouns)), expected[0], text)
    assert.deepEqual(matchesAt(G.suchAs.at, text, nouns), expected[1], text)
    assert.deepEqual(matchesAt(G.called.at, text, G.calledStarts(text, nouns)), expected[2], text)
  }
  assert.ok(found > 1000, `${found}`)
})

test('the trade words found in one scan are every occurrence of each', () => {
  const pieces = [
    'ransomware',
    'extortion',
    'hack',
    'hacker',
    'cyber',
    'cybercrime',
    'hackransomware',
    'threat',
    'APT',
    'espionage',
    'state-',
    'threatAPT',
    'apt',
    'Hack',
    ' ',
    'x',
  ]
  for (const text of [...devDocumentTexts(), ...randomTexts(1805, pieces, 3000)]) {
    const each: number[] = []
    for (const w of ['ransomware', 'extortion', 'hack', 'cyber', 'threat', 'APT', 'espionage', 'state-'])
      for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) each.push(i)
    assert.deepEqual(
      GROUP_SCANS_FOR_TEST.tradeStarts(text),
      each.sort((a, b) => a - b),
      text,
    )
  }
})

/** `refang` as it was before its tests were read in one pass (each test on the string each replacement is given). */
function refangBefore(s: string): string {
  const hasLetters = (t: string, letters: string): boolean => {
    outer: for (let i = 0; i + letters.length <= t.length; i++) {
      for (let k = 0; k < letters.length; k++) if ((t.charCodeAt(i + k) | 32) !== letters.charCodeAt(k)) continue outer
      return true
    }
    return false
  }
  const openingThen = (t: string, code: number, letter: string): boolean => {
    for (let i = 0; i + 1 < t.length; i++) {
      const c = t.charCodeAt(i)
      if (c !== 91 && c !== 40 && c !== 123) continue
      const d = t.charCodeAt(i + 1)
      if (d === code || (d | 32) === letter.charCodeAt(0) || /\s/.test(t[i + 1]!)) return true
    }
    return false
  }
  if (!/[[({]/.test(s) && !hasLetters(s, 'xp')) return s
  if (!/[({]|\[(?!\.\])/.test(s) && !hasLetters(s, 'xp')) return s.replaceAll('[.]', '.')
  let t = s
  if (hasLetters(t, 'xxp')) t = t.replace(/\bhxxp/gi, 'http')
  if (/\[[tT]/.test(t)) t = t.replace(/\bh\[tt\]p/gi, 'http')
  if (hasLetters(t, 'fxp')) t = t.replace(/\bfxp\b/gi, 'ftp')
  if (openingThen(t, 46, 'd')) t = t.replace(/\[\s*(?:\.|dot)\s*\]|\(\s*(?:\.|dot)\s*\)|\{\s*(?:\.|dot)\s*\}/gi, '.')
  if (openingThen(t, 64, 'a')) t = t.replace(/\[\s*(?:@|at)\s*\]|\(\s*(?:@|at)\s*\)|\{\s*(?:@|at)\s*\}/gi, '@')
  if (t.includes('[:')) t = t.replace(/\[:\/\/\]/g, '://').replace(/\[:\]/g, ':')
  if (t.includes('[/')) t = t.replace(/\[\/\]/g, '/')
  return t
}

test('refang, its tests read in one pass, gives what it gave with a test per replacement', () => {
  const pieces = [
    'hxxp',
    'hXXps',
    'h[tt]p',
    'H[TT]ps',
    'fxp',
    'FXP',
    '[.]',
    '(.)',
    '{.}',
    '[dot]',
    '( dot )',
    '{ . }',
    '[@]',
    '[at]',
    '(at)',
    '{ @ }',
    '[://]',
    '[:]',
    '[/]',
    '[',
    '(',
    '{',
    ']',
    ')',
    '}',
    'x',
    'X',
    'p',
    'f',
    't',
    'T',
    'a',
    'd',
    'D',
    ' ',
    '\u00a0',
    '\t',
    '.',
    '@',
    ':',
    '/',
    'example',
    'com',
    '_',
    'é',
  ]
  let changed = 0
  for (const s of randomTexts(1802, pieces, 30000)) {
    const expected = refangBefore(s)
    if (expected !== s) changed++
    assert.equal(refang(s), expected, JSON.stringify(s))
  }
  assert.ok(changed > 10000, `${changed}`)
})

test('the header reader’s separator test and line-opening gates agree with its expressions', () => {
  const F = AUTHOR_FAST_PATHS_FOR_TEST
  const pieces = [
    'By ',
    'by\t',
    'BY ',
    'Published by ',
    'posted  by the ',
    'Written by ',
    '\nBy Acme Threat Research',
    '\n\tposted by the Corvane Labs',
    'Acme Threat Research',
    'Northwind Labs',
    ' Group',
    'WASHINGTON',
    'THE HAGUE',
    ', Dec 5, 2024',
    ' - ',
    ' — ',
    '–',
    '-',
    '|',
    '•',
    '·',
    '\u00a0-\u00a0',
    '\n',
    '\n  ',
    '\t',
    ' ',
    'U.S.',
    "O'",
    'The ',
    'x',
    '1',
    'é',
    '.',
    'Kelvin \u212a',
  ]
  let byline = 0
  let dateline = 0
  let separated = 0
  for (const text of [...devDocumentTexts(), ...randomTexts(1804, pieces, 20000)]) {
    const head = text.slice(0, 600)
    const sep = F.SEPARATOR.test(head)
    if (sep) separated++
    assert.equal(F.hasSeparator(head), sep, JSON.stringify(head))
    const open = F.lineOpenings(text)
    F.BYLINE_NAME.lastIndex = 0
    if (F.BYLINE_NAME.exec(head)) {
      byline++
      assert.ok((open & F.BYLINE_OPENING) !== 0, JSON.stringify(head))
    }
    if (F.DATELINE_LEAD.exec(head)) {
      dateline++
      assert.ok((open & F.DATELINE_OPENING) !== 0, JSON.stringify(head))
    }
  }
  assert.ok(byline > 1000 && dateline > 1000 && separated > 1000, `${byline} ${dateline} ${separated}`)
})
