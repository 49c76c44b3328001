import assert from 'node:assert/strict'
import { test } from 'node:test'
import { corpusTexts } from '../lib/testing.ts'
import { TARGET_GATES_FOR_TEST } from './entities.ts'

// The cue words of the expressions, glued and spaced in the ways that can trip the word gates.
const PIECES = [
  ...`against target targets targeting targeted attacked attack attacks on into hit hitting compromised breached hacked
  infected struck infiltrated penetrated in across throughout aimed directed at went gone going goes go after hack
  breach compromise infiltration surveillance of the The THE countries nations states jurisdictions such as including
  like among them notably and Japan Korea supporters allies x pro a an two several sent to from stole took data`.split(
    /\s+/,
  ),
  ',',
  '-',
  '.',
]
const SPACES = [' ', ' ', ' ', '', '  ', '\n', '\u00a0', '\u2009', ', ', ',']

let seed = 4242
function rnd(n: number): number {
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed % n
}

function befores(): string[] {
  const out: string[] = []
  for (let i = 0; i < 20000; i++) {
    let t = ''
    const n = 1 + rnd(7)
    for (let k = 0; k < n; k++) t += PIECES[rnd(PIECES.length)]! + SPACES[rnd(SPACES.length)]!
    out.push(rnd(3) === 0 ? t.toUpperCase() : t)
  }
  // The 60 characters before each word start of real report texts.
  for (const text of corpusTexts())
    for (const m of text.matchAll(/\b\w/g)) out.push(text.slice(Math.max(0, m.index - 60), m.index))
  return out
}

test('the words before a country gate only expressions that cannot match there', () => {
  const { wordsBefore, gates } = TARGET_GATES_FOR_TEST
  const matched = gates.map(() => 0)
  for (const b of befores()) {
    const cue = wordsBefore(b)
    gates.forEach((g, i) => {
      if (!g.re.test(b)) return
      matched[i]!++
      assert.ok(g.ok(cue), `${g.re.source.slice(0, 40)} on ${JSON.stringify(b)}`)
    })
  }
  // Each expression matched often enough for the check to mean something.
  assert.ok(
    matched.every((n) => n > 20),
    `${matched}`,
  )
})
