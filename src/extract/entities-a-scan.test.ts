import assert from 'node:assert/strict'
import { test } from 'node:test'
import { devDocumentTexts } from '../lib/testing.ts'
import { ANCHORED_FOR_TEST } from './entities.ts'
import { chunksBack, matchesOf, startsBefore, TextScan } from './entities-a-scan.ts'
import { wordRuns } from './entities-b-words.ts'
import { COUNTRIES, KNOWN_ORGS, STATE_BODIES } from './gazetteer.ts'
import { escapeRe } from './text.ts'

const FORM_LISTS = [
  COUNTRIES.flatMap((c) => [c.name, ...c.aliases, ...c.adjectives, ...c.metonyms]),
  STATE_BODIES.flatMap((b) => b.forms),
  KNOWN_ORGS.flatMap((o) => o.forms),
]
const KEYWORDS = [
  ['Agency', 'Ministry', 'Co', 'Inc'],
  ['said', 'says', 'told'],
  ['such as', 'including', 'like'],
  ['Embassy', 'embassy', 'President', 'Mr', 'Mr.'],
]

let seed = 12345
function rnd(n: number): number {
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed % n
}
const pick = <T>(xs: readonly T[]): T => xs[rnd(xs.length)]!

// Texts made to trip the scans: forms and keywords glued to words and to each other, overlapping forms, names
// before heads and verbs, brackets, and the spaces `\s` matches besides the ASCII ones.
function synthetic(): string {
  const pieces = [
    ...FORM_LISTS.flat(),
    ...KEYWORDS.flat(),
    'John Smith',
    'Li Wei',
    'Director',
    'spokesperson',
    'defendants',
    'companies',
    'devices',
    'a company',
    'the',
    'The',
    'of',
    'and',
    'x',
    '_',
    '9',
    '(',
    '(NSA)',
    ')',
    ',',
    '.',
    "'s",
    '’s',
    '-',
    'Provincial State Security Bureau',
    'Russian military intelligence agency',
    'GRU unit 26165',
  ]
  const spaces = [' ', ' ', ' ', '', '  ', '\n', '\u00a0', '\u2009', '\t']
  let t = ''
  const n = 20 + rnd(120)
  for (let i = 0; i < n; i++) t += pick(pieces) + pick(spaces)
  return t
}

// Written texts with the shapes the person and state-body expressions look for.
const WRITTEN = [
  'The Dutch interior minister, Anna de Vries, and her Belgian counterpart, Luc Peeters, said so.\n' +
    'Lisa O. Monaco, the Deputy Attorney General, said Park Jin Hyok, a citizen of North Korea, was indicted.\n' +
    'Those listed are:\n- WANG Lei (China)\n- Dmitri Olegovich PETROV (Russia)\n* KOVALENKO, Andrii Ivanovych\n',
  'Mikhail Pavlovich Matveev has been charged. The minister, John Smith. GAO Qiang was arrested.',
  'The worm was built by the Russian army, and by the Armed Forces of the Russian Federation. Chinese military ' +
    'hackers struck. Unit 42, the threat intelligence team of a vendor; the Insikt Group is the threat research arm ' +
    'of Recorded Future. The Hainan State Security Department, the Chinese intelligence agency and the North Korean ' +
    'intelligence bureau. GRU military unit 74455, Unit 29155 of the GRU and Centre 18, a unit of the FSB.',
  // List items behind every kind of marker, space and line break, and names that are not behind one.
  '- WANG Lei (China)\n\u00a0 1. Acme Security Ltd\n12) Foo Bar and Baz, x\n1234. Not A Marker\n•\tNational Cyber ' +
    'Security Centre\n–Anna SMITH (UK)\n  ▪ GAO Qiang;\n·lower Case\n\r\nMikhail PETROV\n—\u2009Ivan IVANOV\n* \n' +
    'Park Jin HYOK\n1.2) Odd One\n99. KOVALENKO, Andrii\n- ',
  '\n- WANG Lei (China)\n',
  // Second words of every kind after a list marker: connectors, other capitals, spaces, none.
  '- Bank of Foo (x)\n- Foo & Bar;\n- Foo the Bar\n- Foo for Bar\n- Foo and\n- Anna Łukasz,\n- Anna Żaryn (PL)\n' +
    '- Foo\u3000Bar\n- Foo\u00a0BAR\n- Foo bar\n- Foo\n- Foo \n- Foo\r\nBar Baz\n2) MININ, Alexey\nBar Baz\nGAO Qiang\n- X. Y',
  '\nDmitri PETROV\n',
  // Speakers named in every shape before the verb, and lookalikes; acronyms of every length in brackets.
  'Lisa O. Monaco said so. John Smith said it (John Smith said) and\nJohn Smith said; Jean-Luc Picard says, ' +
    'D’Arcy Smith told them, John\nSmith said, Mary Ann Jones\u00a0added, Anna\u2009Kowalczykówna wrote, he said, ' +
    'Microsoft said, John SMITH said, John Smith  said. The National Cyber Security Centre (NCSC), Cyber Command ' +
    '(ABCDEFGHIJ) and Foo Bar (ABCDEFGHIJK), Foo Bar(NSA) Bar Baz (N) Qux Quux (A-B&C) Ab Cd (Xy9) Ef Gh\t(EFG)',
  'Foo Bar (ABCDEFGHIJK) and x.',
  // Team nouns with and without the words after them that the apposition needs.
  'Unit 42 is the threat intelligence team at Palo Alto Networks. Foo Labs, the research arm within Bar; the army ' +
    'of Ruritania, the cyber unit of the FBI, the security division  of Acme, the intelligence teams of Acme and ' +
    'Insikt Group, a threat research arm of\nRecorded Future, Talos is the security research team ofx Cisco.',
  // Vendors in apposition and by the shape of their names, with every qualifier and spacing, and lookalikes.
  'Another vendor, Marlowe Cyber, wrote it. The threat intelligence research team, Foo Bar Baz, found; one\u00a0firm, ' +
    'Acme, said; a  security\nvendor, Zed Labs, and the research team,Qux, a cybersecurity firm, Kite & Co., ' +
    'anothervendor, X Y, The research research team, Blue Sky, said. Corvid Intelligence suggested it; researchers ' +
    'at Quillfeather Security and analysts from Acme Threat Intelligence noted; Red Canary Threat Labs has also ' +
    'said, Foo Bar Cyber\tsaid, Xy Cybersecurity wrote, National Security reported, Big Red Research Labs found, ' +
    'ACME Security said, Acme Securityx said, experts at  Zed Research, team from Ab Cd Labs.',
]

const TEXTS = [...devDocumentTexts(), ...WRITTEN, ...Array.from({ length: 400 }, synthetic)]

test('the one pass finds each form list as a global longest-first alternation of its forms does', () => {
  const scan = new TextScan(FORM_LISTS, KEYWORDS)
  const alternations = FORM_LISTS.map(
    (forms) =>
      new RegExp(
        `(?:${[...new Set(forms)]
          .sort((a, b) => b.length - a.length)
          .map(escapeRe)
          .join('|')})`,
        'g',
      ),
  )
  let found = 0
  for (const text of TEXTS) {
    const got = scan.of(text).forms
    alternations.forEach((re, i) => {
      const want = [...text.matchAll(re)].map((m) => ({ index: m.index, form: m[0] }))
      assert.deepEqual(
        got[i]!.map((h) => ({ index: h.index, form: h.form })),
        want,
      )
      found += want.length
    })
  }
  assert.ok(found > 1000)
})

test('the one pass finds the word starts, the capital ones, and the keywords beginning at word starts', () => {
  const scan = new TextScan(FORM_LISTS, KEYWORDS)
  for (const text of TEXTS) {
    const got = scan.of(text)
    const words = [...text.matchAll(/\b\w/g)].map((m) => m.index)
    assert.deepEqual([...got.words], words)
    assert.deepEqual(
      [...got.capitals],
      words.filter((p) => /[A-Z]/.test(text[p]!)),
    )
    KEYWORDS.forEach((group, i) => {
      assert.deepEqual(
        got.keywords[i],
        words.filter((p) => group.some((k) => text.startsWith(k, p))),
      )
    })
  }
})

test('startsBefore gives the starts within so many chunks before an anchor, and chunksBack is monotone', () => {
  for (const text of TEXTS.slice(-100)) {
    const starts = [...text.matchAll(/\b\w/g)].map((m) => m.index)
    const anchors = starts.filter(() => rnd(5) === 0)
    for (const chunks of [1, 2, 3, 8]) {
      for (let i = 1; i < text.length; i++)
        assert.ok(chunksBack(text, i - 1, chunks) <= chunksBack(text, i, chunks), `monotone at ${i}`)
      for (const withAnchors of [false, true]) {
        const want = starts.filter((s) => anchors.some((a) => s < a && s >= chunksBack(text, a, chunks)))
        if (withAnchors) want.push(...anchors.filter((a) => !want.includes(a)))
        want.sort((a, b) => a - b)
        assert.deepEqual(startsBefore(text, anchors, chunks, starts, withAnchors), want)
      }
    }
  }
})

test('each name expression tried at its starts only finds what its global search finds', () => {
  const scan = ANCHORED_FOR_TEST.scan()
  const found = ANCHORED_FOR_TEST.expressions.map(() => 0)
  for (const text of TEXTS) {
    const scanned = scan.of(text)
    ANCHORED_FOR_TEST.expressions.forEach((x, i) => {
      const want = [...text.matchAll(x.re)].map((m) => [m.index, ...m])
      assert.deepEqual(
        matchesOf(x, text, scanned).map((m) => [m.index, ...m]),
        want,
        `${x.re.source.slice(0, 60)} in ${JSON.stringify(text.slice(0, 80))}`,
      )
      found[i] = found[i]! + want.length
    })
  }
  // Every expression has matches to compare, except the rare phrases that only the dev documents may hold.
  assert.ok(found.filter((n) => n > 0).length >= ANCHORED_FOR_TEST.expressions.length - 2, `${found}`)
})

test('the word runs the one pass hands over are those wordRuns finds by itself', () => {
  const scan = new TextScan(FORM_LISTS, KEYWORDS)
  const copy = (text: string) => {
    const r = wordRuns(text)
    return {
      n: r.n,
      start: [...r.start.slice(0, r.n)],
      end: [...r.end.slice(0, r.n)],
      key: [...r.key.slice(0, r.n)],
      noted: [...r.noted.slice(0, r.m)],
    }
  }
  for (const text of [...TEXTS, '', 'x', '_9 ab_c9 9ab é_ xy', 'end with a word']) {
    wordRuns('-')
    const alone = copy(text)
    scan.of(text)
    assert.deepEqual(copy(text), alone)
  }
})
