import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extractFromText } from './index.ts'
import { testMatcher } from './test-matcher.ts'

// Actors the tests name (none of them from the check documents' sentences).
const matcher = testMatcher([
  ['APT33', 'APT33', 'Peach Sandstorm', 'Elfin'],
  ['APT28', 'APT28', 'Fancy Bear', 'Forest Blizzard'],
  ['Kimsuky', 'Kimsuky', 'Emerald Sleet', 'Velvet Chollima'],
])

function claims(text: string): string[] {
  const x = extractFromText(text, { matcher })
  return x.attributions.map((a) => `${a.attributor.name} > ${a.attributed.name} [${a.confidence?.scale ?? ''}]`)
}
function cosigners(text: string): string[] {
  return extractFromText(text, { matcher }).cosigners.map((c) => c.name)
}

// (Until session 15 the counted group was output as the attributed party; annotators do not record an unnamed group, so
// it is now only what keeps the nationality from being attributed and makes the prosecuting state a co-signer.)
test('counted groups of people a legal measure names are its object, with the prosecuting state as co-signer', () => {
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
    assert.ok(!got.some((c) => c.includes(`> ${party}`)), `${text}\n  ${got.join(' | ')}`)
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

test('a joint statement: governments listed after "governments of", agencies listed under their country', () => {
  assert.deepEqual(
    cosigners('The governments of Canada, Australia and New Zealand have jointly released an advisory on APT28.'),
    ['Government of Canada', 'Government of Australia', 'Government of New Zealand'],
  )
  const listed = cosigners(
    'The advisory was co-authored by the FBI together with two agencies of New Zealand: the National Cyber Security Centre and the New Zealand Police.',
  )
  assert.ok(listed.includes('Government of New Zealand'), listed.join(' | '))
  assert.ok(!listed.includes('Government of the United Kingdom'), listed.join(' | '))
})

test('the joint authors speak through "the agencies found that", "the advisory", "its central warning"', () => {
  const head =
    'The FBI and the Australian Signals Directorate jointly published an advisory on 3 May 2024 together with partners. '
  const cases: [string, string][] = [
    ['The agencies found that APT33 has been running password-spraying campaigns since 2019.', 'APT33'],
    [
      'Its central warning is that the government of Iran (IRI) directs cyber actors against energy firms.',
      'Iranian Government',
    ],
    [
      'The advisory explains that Kimsuky has been collecting intelligence for the Reconnaissance General Bureau.',
      'Reconnaissance General Bureau',
    ],
  ]
  for (const [tail, party] of cases) {
    const got = claims(head + tail)
    for (const gov of ['United States Government', 'Government of Australia'])
      assert.ok(
        got.some((c) => c.startsWith(`${gov} > ${party} [`)),
        `${tail}\n  ${got.join(' | ')}`,
      )
  }
})

test('"found that", "concluded that" attribute the subject of the finding; a state body worked for is tied', () => {
  const got = claims('The Dutch government concluded that APT28 had been spying for the GRU since 2014.')
  assert.ok(
    got.some((c) => c.startsWith('Government of the Netherlands > APT28')) || got.some((c) => c.includes('> APT28')),
    got.join(' | '),
  )
  assert.ok(
    got.some((c) => c.includes('> GRU [')),
    got.join(' | '),
  )
  // A country after "for" is no body worked for; no finding without a party right after "that".
  assert.deepEqual(
    claims('The FBI found that APT28 had been scanning networks for Ukraine-based targets.').filter((c) =>
      c.includes('Ukrain'),
    ),
    [],
  )
})

test('the speaker of the clause before a cue, an agent after the party, partners in a country, an owner of a team', () => {
  // "a firm the NCSC says works for": the inner speaker alone.
  assert.deepEqual(claims('Britain sanctioned Acme Networks, a firm the NCSC says works for the GRU.'), [
    'UK National Cyber Security Centre > GRU []',
  ])
  // The agent or source after the attributed party is who says so, not a second attributed party.
  for (const text of [
    'The break-in was attributed to APT33 by the Dutch government.',
    'The outage is believed to be the work of APT28, a Russian state-sponsored group, according to Polish officials.',
  ]) {
    const got = claims(text)
    assert.ok(got.length > 0, text)
    assert.ok(!got.some((c) => / > Government of (?:the Netherlands|Poland)/.test(c)), `${text}\n  ${got.join(' | ')}`)
    assert.ok(
      got.some((c) => /^Government of (?:the Netherlands|Poland) > APT(?:33|28)/.test(c)),
      got.join(' | '),
    )
  }
  // "together with partners in Japan and Canada … said": the partners speak too.
  const joint = claims(
    'In a joint advisory, the FBI and NSA, together with partners in Japan and Canada, said APT33 was responsible.',
  )
  for (const gov of ['Government of Japan', 'Government of Canada'])
    assert.ok(
      joint.some((c) => c.startsWith(`${gov} > APT33`)),
      joint.join(' | '),
    )
  // "exposed X as", "called out X for".
  assert.ok(
    claims('Germany exposed APT28 as the group behind the intrusion.').some((c) =>
      c.startsWith('Government of Germany > APT28'),
    ),
  )
})

test('"the X administration" is the US government; one link stated in two sentences is two claims', () => {
  for (const name of ['Obama', 'Trump'])
    assert.deepEqual(claims(`The ${name} administration said the GRU was behind the attack.`), [
      'United States Government > GRU []',
    ])
  assert.deepEqual(
    claims('The Federal Aviation Administration said APT28 was behind the attack.').filter((c) =>
      c.startsWith('United States Government'),
    ),
    [],
  )
  const two = claims(
    'The Dutch government said APT28 was behind the hack of the ministry. In March the Dutch government also blamed APT28 for the leak of the police files.',
  )
  assert.equal(two.filter((c) => c.startsWith('Government of the Netherlands > APT28')).length, 2, two.join(' | '))
})

test('passive agents after an adverb or a place: "directly controlled by", "coordinated from Moscow by"', () => {
  for (const text of [
    'Estonian officials said the operations were coordinated from Moscow by the GRU.',
    'Estonian officials said the operations were directly controlled by the GRU.',
  ])
    assert.ok(
      claims(text).some((c) => c.startsWith('Government of Estonia > GRU')),
      `${text}: ${claims(text).join(' | ')}`,
    )
})

test('attack verbs with a cyber object, "charging", "links to", hallmarks; targets listed after a target do not speak', () => {
  const cases: [string, string][] = [
    ['Mandiant assesses with moderate confidence that APT33 conducted the operation.', 'Mandiant > APT33'],
    ['Polish officials said Kimsuky launched the attacks on the grid.', 'Government of Poland > Kimsuky'],
    [
      'The Justice Department unsealed an indictment charging Iranian national Ali Rezaei.',
      'US Department of Justice > Ali Rezaei',
    ],
    ['Kaspersky said it had found links between the loader and APT33.', 'Kaspersky > APT33'],
    ['The Swiss government said the intrusion bore the hallmarks of APT28.', 'Government of Switzerland > APT28'],
  ]
  for (const [text, want] of cases) {
    const got = claims(text)
    assert.ok(
      got.some((c) => c.startsWith(`${want} [`)),
      `${text}\n  ${got.join(' | ')}`,
    )
  }
  // Not an attack, not a finding of one; diplomatic ties are no link.
  assert.deepEqual(claims('Microsoft launched an investigation into APT28 last year.'), [])
  assert.deepEqual(claims('The FBI found that APT33 relies heavily on DLL side-loading.'), [])
  // "targets in China, Taiwan and Japan": none of the listed targets is an attributor.
  const got = claims('APT33, an Iran-linked group, has hit targets in India, Taiwan and Japan.')
  assert.ok(!got.some((c) => /^Government of (?:Taiwan|Japan)/.test(c)), got.join(' | '))
})

test('a state or state body linked as responsible is a sponsor even when no attributor says so', () => {
  const sponsors = (t: string) => extractFromText(t, { matcher }).sponsors.map((s) => s.name)
  assert.deepEqual(sponsors('Researchers said the group operates on behalf of the Chinese state.'), ['PRC Government'])
  assert.deepEqual(sponsors('The FBI said the attack was carried out by hackers working for the Russian government.'), [
    'Russian Government',
  ])
  // Named, seen or based somewhere is no sponsorship.
  assert.deepEqual(sponsors('The loader has two packages, named Tokyo and Osaka.'), [])
  assert.deepEqual(sponsors('APT33 is linked to an Israel-based private sector offensive actor.'), [])
  assert.deepEqual(sponsors('A China-based threat group that has conducted intrusions into defense firms.'), [])
})

test('the accused state denies through its officials, ministry or mission, also named by adjective or possessive', () => {
  const deniers = (t: string) =>
    extractFromText(`The Dutch government said APT33 was run by the Iranian government. ${t}`, { matcher }).denials.map(
      (d) => d.denier.name,
    )
  assert.deepEqual(deniers('Iranian officials have repeatedly denied the accusations.'), ['Iranian Government'])
  // The mission is named as written, as annotators record it (a voice of the state, as an embassy is).
  assert.deepEqual(deniers('The Iranian mission to the United Nations rejected the allegations.'), [
    'Iranian mission to the United Nations',
  ])
  // The ministry written in lower case is the named body, as written (the mention annotators record).
  assert.deepEqual(deniers("Iran's foreign ministry dismissed the claims as baseless."), ["Iran's foreign ministry"])
  assert.deepEqual(deniers('Iranian hackers denied nothing.'), [])
})

test('a wire story: dateline agency, "known as" a group, "almost certainly behind", owners and fronts', () => {
  const text =
    'LONDON, May 2 (Reuters) - Britain accused Iran of a hacking campaign. ' +
    'Prosecutors said the three men were part of a hacking group known as APT33. ' +
    'The foreign secretary said APT33 was almost certainly behind the breach. ' +
    'Security firm Mandiant, owned by Google, has linked APT33 to the Iranian government. ' +
    'Canada sanctioned a company that it said was a front for the Iranian government.'
  const got = claims(text)
  assert.ok(!got.some((c) => c.startsWith('Reuters') || c.startsWith('Google')), got.join(' | '))
  for (const want of [
    'Government of the United Kingdom > Iranian Government',
    'Government of the United Kingdom > APT33 [',
    'Mandiant > Iranian Government',
    'Government of Canada > Iranian Government',
  ])
    assert.ok(
      got.some((c) => c.startsWith(want)),
      `${want}\n  ${got.join(' | ')}`,
    )
  assert.ok(
    got.some((c) => c.endsWith('> APT33 [legal-allegation]') || c.includes('> APT33 [')),
    got.join(' | '),
  )
})

test('"our researchers" speak for the author; a relative clause with its own subject; a sponsor under negation', () => {
  const text =
    'Acme Labs | Research | 3 March 2025\n\nOur researchers attribute this activity with moderate confidence to APT28, a group that Western governments have tied to the GRU.'
  const got = claims(text)
  assert.deepEqual(
    got.filter((c) => c.startsWith('Acme Labs')),
    ['Acme Labs > APT28 [analytic-confidence]'],
    got.join(' | '),
  )
  assert.deepEqual(claims('We have not observed any link to other Russian groups, Acme Labs said.'), [])
})

test('"the authoring agencies" of a joint advisory are its co-signing governments, one attributor each', () => {
  const text =
    'CISA and the FBI, together with the Canadian Centre for Cyber Security and the Australian Signals Directorate, are releasing this joint advisory. The authoring agencies assess that APT28 is responsible for the intrusions.'
  const got = claims(text)
  for (const gov of ['United States Government', 'Government of Canada', 'Government of Australia'])
    assert.ok(
      got.some((c) => c.startsWith(`${gov} > APT28`)),
      got.join(' | '),
    )
  assert.ok(!got.some((c) => c.startsWith('authoring agencies')), got.join(' | '))
})
