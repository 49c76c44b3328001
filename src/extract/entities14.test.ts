import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extractFromText } from './index.ts'
import { testMatcher } from './test-matcher.ts'

// Organisation rules written in session 14, each tested on our own sentences.
const matcher = testMatcher([['APT28', 'APT28', 'Fancy Bear']])
const orgs = (text: string) => extractFromText(text, { matcher }).orgs.map((o) => o.name)

test('a person named before the organisation they work for is not part of its name', () => {
  assert.deepEqual(orgs('Kev Morrow of Harbor Labs said the flaw was easy to exploit.'), ['Harbor Labs'])
})

test('an employer named after a person ("Maria Lopez of Quillfeather") is an organisation', () => {
  assert.deepEqual(orgs('Maria Lopez of Quillfeather said the lures were new.'), ['Quillfeather'])
  // Not a day, a title word or a state after "of".
  assert.deepEqual(orgs('John Smith of Ukraine said so on Monday.'), [])
})

test('a company after the noun for its trade ("the Dutch chipmaker Velder")', () => {
  assert.deepEqual(orgs('The Dutch chipmaker Velder was breached in 2019.'), ['Velder'])
  assert.deepEqual(orgs('The payment processor Coinvale lost $30 million.'), ['Coinvale'])
})

test('lodging is hospitality, and defence procurement and training name the defence sector', () => {
  const sectors = (text: string) => extractFromText(text, { matcher }).sectors.map((s) => s.sector)
  assert.deepEqual(sectors('Fancy Bear targeted telecommunications, transportation and lodging networks in Asia.'), [
    'telecommunications',
    'transportation',
    'hospitality',
  ])
  assert.deepEqual(sectors('Fancy Bear targeted defence procurement offices in Finland.'), ['defense'])
})

test('companies by their legal form ("Velder Limited", "Kovax Holdings ZRT", "the Ardent Consortium"), not people', () => {
  const x = extractFromText(
    'The Treasury sanctioned the Ardent Consortium. It also designated Velder Limited and Hungary-based Kovax Holdings ZRT.',
    { matcher },
  )
  assert.deepEqual(
    x.orgs.map((o) => o.name),
    ['Ardent Consortium', 'Velder Limited', 'Kovax Holdings ZRT'],
  )
  assert.deepEqual(x.people, [])
})

test('after an article, "Security" opens an organisation\'s name ("The Security Information Bureau")', () => {
  assert.deepEqual(orgs('The Security Information Bureau denied it.'), ['Security Information Bureau'])
})

test('a defanged e-mail address is an indicator whatever its top-level domain ("editor[@]review-desk[.]test")', () => {
  const iocs = (text: string) => extractFromText(text, { matcher }).iocs.map((i) => `${i.type}:${i.value}`)
  assert.ok(
    iocs('The lures came from editor[@]review-desk[.]test and carried a loader.').includes(
      'email:editor@review-desk.test',
    ),
  )
  // A plain contact address with such a domain is still none, and neither is a local part cut at a defanged dot.
  assert.deepEqual(iocs('Contact us at info@vendor.test for details.'), [])
  assert.ok(!iocs('The lures came from careers{.}desk[@]gulf-jobs[.]test.').includes('email:desk@gulf-jobs.test'))
})

test('"the U.S. Treasury" is the Department of the Treasury, and FinCEN an agency', () => {
  assert.deepEqual(
    orgs('The U.S. Treasury acted on Tuesday. The Financial Crimes Enforcement Network (FinCEN) did too.'),
    ['US Department of the Treasury', 'Financial Crimes Enforcement Network'],
  )
})
