import assert from 'node:assert/strict'
import { test } from 'node:test'
import { isAsciiWordCode, wordStartOccurrences } from './scan.ts'

// A search for a name at word starts, as the finders did before the index of a long text's word starts.
function searched(text: string, name: string, from: number, until = text.length): number[] {
  const out: number[] = []
  for (let i = text.indexOf(name, from); i >= 0 && i < until; i = text.indexOf(name, i + 1))
    if (!isAsciiWordCode(text.charCodeAt(i - 1))) out.push(i)
  return out
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
  let seed = 11
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
  }
  let text = ''
  while (text.length < 120_000) text += pieces[rand(pieces.length)]!
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
