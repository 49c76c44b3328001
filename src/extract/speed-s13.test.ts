import assert from 'node:assert/strict'
import { test } from 'node:test'
import { chargedCountedAhead } from './claims.ts'
import { extractFromText } from './index.ts'
import { testMatcher } from './test-matcher.ts'

// The expression chargedCountedAhead stands in for (quadratic on a window without a dot).
const COUNTED = String.raw`(?:the\s+)?(both|two|three|four|five)\s+(?:men|women|defendants|suspects|teenagers|hackers|individuals)\b`
const ORIGINAL = new RegExp(
  String.raw`^[^.]*\.?[^.]{0,120}?\b(?:charged|indicted|charging|indicting|charges\s+against)\s+${COUNTED}`,
  'i',
)

test('chargedCountedAhead gives what the anchored expression gives', () => {
  const pieces = [
    'x',
    ' ',
    '.',
    '. ',
    'A',
    'charged both men',
    'Indicted the two hackers',
    'charges  against five suspects',
    'charging',
    'both',
    'women',
    'uncharged two men',
    'said',
    ' the ',
    'a'.repeat(60),
    'b'.repeat(130),
    '\n',
  ]
  let seed = 7
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) >>> 0
    return seed / 4294967296
  }
  let hits = 0
  for (let n = 0; n < 20000; n++) {
    let w = ''
    const len = 1 + Math.floor(rnd() * 10)
    for (let i = 0; i < len; i++) w += pieces[Math.floor(rnd() * pieces.length)]
    w = w.slice(0, 240)
    const want = ORIGINAL.test(w)
    if (want) hits++
    assert.equal(chargedCountedAhead(w), want, JSON.stringify(w))
  }
  assert.ok(hits > 1000)
  // A charge after one dot within 120 characters counts; after two dots, or one dot further back, it does not.
  assert.equal(chargedCountedAhead(' in Utrecht on Friday. Dutch prosecutors have charged both men over'), true)
  assert.equal(chargedCountedAhead(' in Utrecht. On Friday. Prosecutors have charged both men'), false)
  assert.equal(chargedCountedAhead(`. ${'x'.repeat(119)} charged both men`), false)
  assert.equal(chargedCountedAhead(`.${'x'.repeat(119)} charged both men`), true)
})

// The unnamed sources and the counted groups a measure names are tried from the keyword pass's occurrences (any case):
// words of any case still anchor them.
test('unnamed sources and measured groups are found from the keyword pass in any case', () => {
  const matcher = testMatcher([['APT33', 'APT33', 'Peach Sandstorm', 'Elfin']])
  const claims = (text: string) =>
    extractFromText(text, { matcher }).attributions.map((a) => `${a.attributor.name} > ${a.attributed.name}`)
  assert.deepEqual(
    claims(
      'The breach was the work of hackers backed by Iran, according to people Familiar With The Matter, and people familiar with the case.',
    ),
    ['people Familiar With The Matter > Iranian Government', 'people familiar with the case > Iranian Government'],
  )
  const c = claims(
    "WASHINGTON - Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated Hostpark, a bulletproof hosting provider, together with three Russian nationals who run it. The three individuals DESIGNATED today form its board. Arkady Petrovich Zorin is its chief executive; Pavel Ilyich Markov is its general director; and Oleg Sergeyevich Titov owns the rest.",
  )
  for (const name of ['Arkady Petrovich Zorin', 'Pavel Ilyich Markov', 'Oleg Sergeyevich Titov'])
    assert.ok(c.includes(`Office of Foreign Assets Control > ${name}`), c.join('; '))
})
