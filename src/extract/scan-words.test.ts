import assert from 'node:assert/strict'
import { test } from 'node:test'
import { isWordChar } from './matcher.ts'
import { isAsciiWordCode, wordStartOccurrences } from './scan.ts'

// A search for a name at word starts, as the finders did before the index of a long text's word starts.
function searched(text: string, name: string, from: number, until = text.length): number[] {
  const out: number[] = []
  for (let i = text.indexOf(name, from); i >= 0 && i < until; i = text.indexOf(name, i + 1))
    if (!isAsciiWordCode(text.charCodeAt(i - 1))) out.push(i)
  return out
}

// A long text (read through the index) of pieces drawn with a fixed seed.
function longText(pieces: readonly string[], seed: number, length: number): string {
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
  }
  let text = ''
  while (text.length < length) text += pieces[rand(pieces.length)]!
  return text
}

test('word-start places of a name in a long (indexed) text are those a search finds, where the name can end a word', () => {
  const pieces = [
    'Cisco',
    'Cisco Talos',
    'CiscoTalos',
    'Talos',
    'MSS',
    'U.S.',
    'Łukasz',
    'é',
    "O'Neill",
    '-',
    ' ',
    ', ',
    '.\n',
    '_',
    '9',
  ]
  const text = longText(pieces, 11, 120_000)
  const names = ['Cisco', 'Cisco Talos', 'Talos', 'MSS', 'U.S.', "O'Neill", 'Łukasz', '9']
  for (const name of names) {
    // (Bounds at places the name occurs too: a search from there finds it, one up to there does not.)
    const all = searched(text, name, 0)
    const at = (k: number) => all[Math.min(all.length - 1, k)] ?? 0
    for (const [from, until] of [
      [0, text.length],
      [5_000, 60_000],
      [119_000, text.length],
      [at(3), at(40)],
      [at(7) + 1, at(9)],
    ] as const) {
      const got = wordStartOccurrences(text, name, from, until)
      // (The index finds a place where the name's first run of word characters is the text's whole run there: every
      // place where the name can end at a word's end, which the finders ask for.)
      const endsWord = (i: number) => !isAsciiWordCode(text.charCodeAt(i + name.length))
      assert.deepEqual(got.filter(endsWord), searched(text, name, from, until).filter(endsWord), name)
    }
  }
})

test("surname places from the index of a long text's word starts equal a search for each surname at word starts", () => {
  const names = ['John Smith', 'Jane Smith', "Sean O'Neill", 'Anna Kowalski-Nowak', 'Li Wei', 'Max Müller']
  const words = [
    'Smith',
    "Smith's",
    'Smithson',
    'SmithSmith',
    "O'Neill",
    'Kowalski-Nowak',
    'Kowalski',
    'Müller',
    'x',
    '-',
    ' ',
    '. ',
    '(',
    'aSmith',
    'Smith’s',
  ]
  for (let round = 0; round < 4; round++) {
    const text = longText(words, 7 + round, 110_000)
    for (const name of names) {
      const surname = name.slice(name.lastIndexOf(' ') + 1)
      if (surname.length < 5 || !/^[A-Z][a-z'’-]+[a-z]$/.test(surname)) continue
      const want: number[] = []
      for (let i = text.indexOf(surname); i >= 0; i = text.indexOf(surname, i + 1))
        if (!isWordChar(text, i - 1)) want.push(i)
      // (The index's places are those where the surname ends at a letter run's end or before an apostrophe; the
      // callers reject every other place, as they did.)
      const end = (i: number) => text.charCodeAt(i + surname.length)
      const kept = want.filter((i) => !/[A-Za-z-]/.test(String.fromCharCode(end(i)) || ' '))
      assert.deepEqual(
        wordStartOccurrences(text, surname, 0)
          .filter((i) => !isWordChar(text, i - 1))
          .filter((i) => !/[A-Za-z-]/.test(String.fromCharCode(end(i)) || ' ')),
        kept,
        surname,
      )
    }
  }
})
