import assert from 'node:assert/strict'
import { test } from 'node:test'
import { type AliasEntry, compileActorMatcher, extractFromText } from './index.ts'

// Actors the tests name (none of them from the check documents' sentences).
const ALIASES: AliasEntry[] = [
  ['APT33', 'APT33', 'Peach Sandstorm', 'Elfin'],
  ['APT28', 'APT28', 'Fancy Bear', 'Forest Blizzard'],
  ['Kimsuky', 'Kimsuky', 'Emerald Sleet', 'Velvet Chollima'],
].flatMap(([name, ...aliases], i) =>
  aliases.map((alias) => ({
    alias: alias!,
    actorId: `intrusion-set--${String(i + 1).repeat(8)}-1111-4111-8111-111111111111`,
    actorName: name!,
    kind: 'intrusion-set',
  })),
)
const matcher = compileActorMatcher(ALIASES)

function claims(text: string): string[] {
  const x = extractFromText(text, { matcher })
  return x.attributions.map((a) => `${a.attributor.name} > ${a.attributed.name} [${a.confidence?.scale ?? ''}]`)
}
function cosigners(text: string): string[] {
  return extractFromText(text, { matcher }).cosigners.map((c) => c.name)
}

test('counted groups of people a legal measure names are attributed, with the prosecuting state as co-signer', () => {
  const cases: [string, string][] = [
    ['The Justice Department charged five Iranian nationals with hacking dozens of firms.', 'five Iranian nationals'],
    [
      'The Department of Justice unsealed indictments against seven Russian hackers on Thursday.',
      'seven Russian hackers',
    ],
    ['Three Syrian operatives were indicted in March, the Department of Justice said.', 'Three Syrian operatives'],
    ['A federal grand jury in Oregon indicted two Vietnamese citizens over the intrusions.', 'two Vietnamese citizens'],
    ['Canada announced sanctions against four Belarusian officers for the attacks.', 'four Belarusian officers'],
  ]
  for (const [text, party] of cases) {
    const got = claims(text)
    assert.ok(
      // Sanctions are a state measure, not a charge: stated as fact.
      got.some((c) => c.includes(`> ${party} [${text.includes('sanctions') ? '' : 'legal-allegation'}]`)),
      `${text}\n  ${got.join(' | ')}`,
    )
    assert.ok(
      !got.some((c) => / > (?:Iranian|Russian|Syrian|Vietnamese|Belarusian) Government/.test(c)),
      got.join(' | '),
    )
  }
  assert.deepEqual(cosigners('The Justice Department charged five Iranian nationals with hacking dozens of firms.'), [
    'United States Government',
  ])
  // Counted people with no legal measure near are no party; a sponsor adjective still is.
  assert.deepEqual(claims('Two Chinese hackers broke into the network of a German firm last year.'), [])
  assert.ok(
    claims('The FBI said two Chinese state-sponsored hackers were charged.').some((c) => c.includes('PRC Government')),
  )
})

test('a state named as the owner of the agency it opens does not attribute beside it', () => {
  const got = claims('The United States Department of Justice said APT28 was behind the attack.')
  assert.deepEqual(got, ['US Department of Justice > APT28 []'])
})

test('"we" in a vendor report is its author: the header, a byline, or the organisation speaking as itself', () => {
  const texts = [
    'Mandiant | Threat Research | 2 May 2025\n\nWe assess with moderate confidence that the activity is the work of APT33.',
    'Blog post\nBy Recorded Future\n\nWe attribute this campaign with low confidence to APT28.',
    'Between May and June ESET researchers observed a wave of phishing. We attribute it with high confidence to Kimsuky.',
  ]
  const authors = ['Mandiant', 'Recorded Future', 'ESET']
  texts.forEach((t, i) => {
    const got = claims(t)
    assert.ok(got.length > 0 && got.every((c) => c.startsWith(`${authors[i]} >`)), `${t}\n  ${got.join(' | ')}`)
  })
  // With no author named, "we" stays.
  assert.ok(claims('We attribute this campaign with low confidence to APT28.')[0]!.startsWith('we >'))
})
