import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extractFromText } from './index.ts'
import { testMatcher } from './test-matcher.ts'

// Rules written from the opened check10 set, each tested on our own sentences about other actors, people and speakers.
const matcher = testMatcher([
  ['APT33', 'APT33', 'Peach Sandstorm', 'Elfin'],
  ['Kimsuky', 'Kimsuky', 'Emerald Sleet', 'Velvet Chollima'],
])

function claims(text: string): string[] {
  return extractFromText(text, { matcher }).attributions.map(
    (a) => `${a.attributor.name} > ${a.attributed.name}${a.confidenceText ? ` (${a.confidenceText})` : ''}`,
  )
}

test('an indictment named with "an" speaks for the prosecutor, and charges the people it lists by number', () => {
  const c = claims(
    'Department of Justice | Office of Public Affairs | Monday, March 2, 2026\n\nA nine-count indictment unsealed today charges three Iranian nationals, Reza Karimi, 41, Omid Farahani, 38, and Saeed Tavakoli, 29, with a scheme to steal aerospace designs.',
  )
  for (const name of ['Reza Karimi', 'Omid Farahani', 'Saeed Tavakoli'])
    assert.ok(c.includes(`US Department of Justice > ${name} (charges)`), `${name} in ${c.join('; ')}`)
})

test('an official whose title follows the agency name speaks for the agency, not for a state named earlier', () => {
  const x = extractFromText(
    'The indictment charges Reza Karimi with hacking firms in Germany and Iran. NSA Deputy Director Mark Ellison said the case showed the reach of the Iranian state.',
    { matcher },
  )
  assert.ok(!x.parties.some((p) => p.kind === 'person'), x.parties.map((p) => `${p.kind}:${p.name}`).join('; '))
})

test('a vendor that tracks the operator of an activity under a name ties that name to itself', () => {
  const c = claims(
    'Thornbury Labs | Research | 4 May 2026\n\nWe track the operator of this activity as TBL-3104. We assess with moderate confidence that TBL-3104 is Kimsuky. Given the victims, it is highly likely that the campaign collects intelligence for the North Korean government.',
  )
  assert.ok(c.includes('Thornbury Labs > TBL-3104 (track as)'), c.join('; '))
  assert.ok(c.includes('Thornbury Labs > Kimsuky (with moderate confidence)'), c.join('; '))
  assert.ok(c.includes('Thornbury Labs > North Korean Government (highly likely)'), c.join('; '))
})
