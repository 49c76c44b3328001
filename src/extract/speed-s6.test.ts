// Fast paths of the entity finders that must give what the expressions they replace gave.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { seededRandom } from '../lib/testing.ts'
import {
  acronymCover,
  findOrgs,
  hasAlignRun,
  TARGET_GUARDS_FOR_TEST,
  VENDOR_GATE_FOR_TEST,
  withoutTrailing,
} from './entities.ts'
import { ALIGN_WITH, extractFromText } from './extract.ts'

test('withoutTrailing removes what the trailing-punctuation expressions remove', () => {
  const next = seededRandom(6)
  const pieces = [
    'a',
    'Word',
    ' ',
    '\n',
    '\t',
    '\u00a0',
    '\u2009',
    ',',
    ';',
    ':',
    '.',
    '!',
    '-',
    '”',
    'é',
    '',
    '\u3000',
  ]
  for (let round = 0; round < 5000; round++) {
    let t = ''
    for (let i = Math.floor(next() * 12); i > 0; i--) t += pieces[Math.floor(next() * pieces.length)]!
    assert.equal(withoutTrailing(t, false), t.replace(/[\s,;:]+$/, ''), JSON.stringify(t))
    assert.equal(withoutTrailing(t, true), t.replace(/[\s,;:.]+$/, ''), JSON.stringify(t))
  }
})

test('the one-character guards of findTargetCountries hold wherever their expressions match', () => {
  const next = seededRandom(7)
  const pieces = [
    "'s",
    '’s',
    's',
    "'",
    ' ',
    '\n',
    '\u00a0',
    ',',
    '-',
    'and ',
    'or ',
    'as well as ',
    'speaking',
    'made',
    'x',
  ]
  for (let round = 0; round < 20000; round++) {
    let t = ''
    for (let i = Math.floor(next() * 6); i > 0; i--) t += pieces[Math.floor(next() * pieces.length)]!
    const g = TARGET_GUARDS_FOR_TEST
    assert.equal(g.isPossessiveAt(t), /^['’]s\s/.test(t), JSON.stringify(t))
    assert.equal(g.opensList(t), /^(?:\s*,|\s+(?:and|or|as well as)\s)/.test(t), JSON.stringify(t))
    if (g.notPlaceAfter.test(t)) assert.equal(t.charCodeAt(0), 45, JSON.stringify(t))
  }
})

test('acronymCover finds the words an acronym spells as the matchAll version did', () => {
  const slow = (name: string, acronym: string): number => {
    if (!/^[A-Z]+$/.test(acronym)) return 0
    const words = [...name.matchAll(/[A-Z][\w&'’-]*/g)]
    if (words.length <= acronym.length) return 0
    const tail = words.slice(-acronym.length)
    if (tail.map((w) => w[0]![0]).join('') !== acronym) return 0
    return / and /.test(name.slice(0, tail[0]!.index)) ? tail[0]!.index! : 0
  }
  const next = seededRandom(8)
  const pieces = ['Service', ' and ', ' ', 'the ', 'UK’s ', "O'Neil", 'Pro-Tech', 'X', 'Y&Z', 'of ', 'É', 'a', '_', '9']
  const acronyms = ['S', 'SX', 'XS', 'PX', 'SPS', 'OS', 'Ab', '', 'SYX', 'PYXS']
  for (let round = 0; round < 20000; round++) {
    let name = ''
    for (let i = Math.floor(next() * 9); i > 0; i--) name += pieces[Math.floor(next() * pieces.length)]!
    const acronym = acronyms[Math.floor(next() * acronyms.length)]!
    assert.equal(acronymCover(name, acronym), slow(name, acronym), JSON.stringify([name, acronym]))
  }
})

test('every text ALIGN_WITH matches has the run hasAlignRun looks for', () => {
  const next = seededRandom(9)
  const pick = (xs: string[]) => xs[Math.floor(next() * xs.length)]!
  const before = ['', 'x', 'We ', 'and ', 'co-', '_']
  const verbs = ['align', 'ALIGNED', 'Aligns', 'aligns', 'realign', 'alignment', 'Alignx', 'aligned']
  const gaps = [' ', '\n', '  ', '', '\t']
  const objects = ['themselves', 'itself', 'THEMSELVES', 'them']
  const tails = ['this declaration', 'the statement', 'the Declaration', 'x']
  let matched = 0
  for (let round = 0; round < 5000; round++) {
    const t = `${pick(before)}${pick(verbs)}${pick(gaps)}${pick(objects)}${pick(gaps)}with${pick(gaps)}${pick(tails)}`
    if (!ALIGN_WITH.test(t)) continue
    matched++
    assert.ok(hasAlignRun(t), JSON.stringify(t))
  }
  assert.ok(matched > 100)
  // The aligned states are still found (the gate lets the sentence through).
  const text = 'Iceland, Liechtenstein and Norway, members of the EEA, align themselves with this declaration.'
  assert.ok(extractFromText(text).cosigners.some((c) => c.via === 'aligned state'))
})

test('every text the apposed-vendor expression matches passes its comma gate', () => {
  const next = seededRandom(10)
  const pick = (xs: string[]) => xs[Math.floor(next() * xs.length)]!
  const articles = ['Another', 'another', 'A', 'the', 'One', 'xthe']
  const mids = [' ', ' security ', ' threat intelligence ', ' research ', '\n']
  const nouns = ['vendor', 'firm', 'research team', 'team', 'teams', 'firmware', 'vendors']
  const names = [' Marlowe Cyber,', '  Corvid Labs,', ' X,', ' Quill Feather Security Group,', 'Marlowe,', ' marlowe,']
  let matched = 0
  for (let round = 0; round < 5000; round++) {
    const t = `${pick(['', 'x ', 'Then '])}${pick(articles)}${pick(mids)}${pick(nouns)}${pick([',', ', ', ' ,', ''])}${pick(names)} wrote`
    const re = new RegExp(VENDOR_GATE_FOR_TEST.re.source, 'g')
    if (!re.test(t)) continue
    matched++
    const starts = [...t.matchAll(/\b(?:vendor|firm|team)/g)].map((m) => m.index!)
    assert.ok(VENDOR_GATE_FOR_TEST.nounWithComma(t, starts), JSON.stringify(t))
  }
  assert.ok(matched > 100)
  const orgs = findOrgs('Another vendor, Marlowe Cyber, wrote that the team, too, agreed.', [], [])
  assert.ok(orgs.some((o) => o.name === 'Marlowe Cyber'))
})
