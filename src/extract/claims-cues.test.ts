import assert from 'node:assert/strict'
import { test } from 'node:test'
import { corpusTexts } from '../lib/testing.ts'
import { FAST_SCANS } from './claims.ts'
import { stateName } from './claims-names.ts'
import { extractFromText } from './index.ts'
import { testMatcher } from './test-matcher.ts'
import { sentences } from './text.ts'

// Actors the tests name, in the shape the CLI's alias list has (none of them from the check documents' sentences).
const matcher = testMatcher([
  ['APT33', 'APT33', 'Peach Sandstorm', 'Elfin'],
  ['APT35', 'APT35', 'Charming Kitten', 'Mint Sandstorm'],
  ['APT41', 'APT41', 'Wicked Panda', 'Brass Typhoon'],
  ['Kimsuky', 'Kimsuky', 'Emerald Sleet', 'Velvet Chollima'],
  ['APT29', 'APT29', 'Cozy Bear', 'Midnight Blizzard', 'NOBELIUM'],
])

/** "attributor > attributed [confidence]" for each attribution of the text. */
function claims(text: string, publisher?: string): string[] {
  const x = extractFromText(text, publisher ? { matcher, publisher } : { matcher })
  return x.attributions.map((a) => `${a.attributor.name} > ${a.attributed.name} [${a.confidenceText}]`)
}

function pairs(text: string, publisher?: string): Set<string> {
  return new Set(claims(text, publisher).map((c) => c.replace(/ \[.*$/, '')))
}

test('passive agents link the party after "by" to the activity', () => {
  const cases: [string, string][] = [
    ['The Dutch government said the intrusions were orchestrated by APT33.', 'APT33'],
    ['Canada said the campaign was conducted by APT41.', 'APT41'],
    ['The Japanese government said that the operation is controlled by the GRU.', 'GRU'],
    ['The FBI said the phishing waves were funded by the Iranian government.', 'Iranian Government'],
    ['Officials in Poland said the break-in was carried out by Kimsuky operators.', 'Kimsuky'],
  ]
  for (const [text, party] of cases) {
    const got = claims(text)
    assert.ok(
      got.some((c) => c.includes(`> ${party} [`)),
      `${text}\n  ${got.join(' | ')}`,
    )
  }
})

test('"traced to", "tied to", "linked X to Y", "pointed the finger at", "belonged to", "worked for"', () => {
  const cases: [string, string, string][] = [
    ['Australia traced the intrusion back to APT41.', 'Government of Australia', 'APT41'],
    ['The FBI publicly linked Kimsuky to North Korea in 2020.', 'FBI', 'North Korean Government'],
    ['Italy has pointed the finger at Russia over the outage.', 'Government of Italy', 'Russian Government'],
    ['Spanish authorities said the two men belonged to APT35.', 'Government of Spain', 'APT35'],
    [
      'The US said the contractors worked for the Ministry of State Security.',
      'United States Government',
      'PRC Ministry of State Security',
    ],
    ['The Estonian government tied the defacements to APT29.', 'Government of Estonia', 'APT29'],
  ]
  for (const [text, by, to] of cases) {
    const got = pairs(text)
    assert.ok(got.has(`${by} > ${to}`), `${text}\n  ${[...got].join(' | ')}`)
  }
})

test('a speaker in a relative clause speaks only for what follows it; unattributed sentences keep the last speaker', () => {
  const text =
    'Canada has accused Iran of a series of intrusions. The operations were run by APT35, which the Canadian Centre ' +
    'for Cyber Security assesses to be almost certainly subordinate to the IRGC. Responsibility for the earlier ' +
    'attacks lies with the IRGC as well.'
  const got = claims(text)
  assert.ok(got.includes('Government of Canada > APT35 [run by]'), got.join(' | '))
  assert.ok(!got.some((c) => c.startsWith('Canadian Centre for Cyber Security > APT35')), got.join(' | '))
  assert.ok(
    got.some((c) =>
      /Canadian Centre for Cyber Security > Islamic Revolutionary Guard Corps \[almost certainly\]/.test(c),
    ),
    got.join(' | '),
  )
  assert.ok(
    got.some((c) =>
      c.startsWith('Government of Canada > Islamic Revolutionary Guard Corps [Responsibility lies with]'),
    ),
    got.join(' | '),
  )
})

test('states penalised, sanctioned or facing charges are attributed by the last speaker', () => {
  const text =
    'The European Union accused Russia of a string of cyber attacks. Iran is penalised for the intrusions into ' +
    'the port. Belarus, for its part, faces sanctions for the defacements.'
  const got = pairs(text)
  assert.ok(got.has('European Union > Iranian Government'), [...got].join(' | '))
  assert.ok(got.has('European Union > Government of Belarus'), [...got].join(' | '))
})

test('officials in a country speak for its government; a hedge on the cue is kept as written', () => {
  const got = claims('Officials in Lithuania said APT29 is believed to be controlled by the SVR.')
  assert.ok(
    got.some((c) => c.startsWith('Government of Lithuania > ') && c.endsWith('[believed]')),
    got.join(' | '),
  )
  const vendor = claims(
    'APT35 is widely suspected of working for the Iranian government, according to a report by Microsoft.',
  )
  assert.ok(vendor.includes('Microsoft > Iranian Government [suspected]'), vendor.join(' | '))
})

test('a vendor judging that a cluster is a known actor attributes the cluster to it', () => {
  const got = claims(
    'Infrastructure overlaps lead us to this view: we judge it likely that the activity, which we call CL-STA-0099, is APT41.',
    'Harbor Labs',
  )
  assert.ok(got.includes('Harbor Labs > APT41 [likely]'), got.join(' | '))
})

test('doubt, targets, agents of sanctions and nationalities are not attributions', () => {
  for (const text of [
    'It is still not known whether APT33 is tied to the IRGC, the researchers said.',
    'Check Point identified campaigns aimed at ministries in Vietnam, Laos and Cambodia.',
    'ESET said the firm, a contractor sanctioned by the U.S. Treasury, builds spyware.',
    'Prosecutors said Kim Il, a citizen of North Korea, has been indicted on three counts.',
    'The NCSC said APT29 defaced Ukrainian government websites.',
  ]) {
    const got = claims(text)
    assert.ok(
      !got.some((c) =>
        / > (?:Government of (?:Vietnam|Laos|Cambodia|Ukraine)|United States Government|North Korean Government|Islamic Revolutionary Guard Corps) /.test(
          c,
        ),
      ),
      `${text}\n  ${got.join(' | ')}`,
    )
  }
})

test('court documents and prosecutors speak for the prosecuting authority the text names', () => {
  const text =
    'The Justice Department unsealed an indictment on Tuesday. Court documents allege that the defendants worked for ' +
    'the Reconnaissance General Bureau.'
  const got = claims(text)
  assert.ok(got.includes('US Department of Justice > Reconnaissance General Bureau [allege]'), got.join(' | '))
})

test('governments of countries whose English name takes "the" are named with it', () => {
  assert.equal(stateName('Czech Republic'), 'Government of the Czech Republic')
  assert.equal(stateName('Dominican Republic'), 'Government of the Dominican Republic')
  assert.equal(stateName('United Arab Emirates'), 'Government of the United Arab Emirates')
  assert.equal(stateName('Germany'), 'Government of Germany')
  assert.equal(stateName('North Korea'), 'North Korean Government')
})

test('one walk over the keyword occurrences gives each object cue the matches of a global scan', () => {
  const texts = [
    'Italy pointed the finger at Russia; the raids were run by APT29 and funded by the SVR, working for the state. ' +
      'The activity, which we track as UNC9, is APT41. Officials saw APT33 and observed Kimsuky. Members of APT35 ' +
      'belonged to the IRGC; responsibility for the attack lies with the GRU, tied to it and linked it to Iran.',
  ]
  texts.push(...corpusTexts())
  let n = 0
  for (const text of texts)
    for (const s of sentences(text)) {
      const got = FAST_SCANS.objCueMatches(text, s)
      for (let i = 0; i < FAST_SCANS.objCount; i++) {
        const re = FAST_SCANS.cues[i]!
        const want = [...s.text.matchAll(new RegExp(re.source, re.flags))].map((m) => `${m.index}:${m[0]}`)
        n += want.length
        assert.deepEqual(
          (got[i] ?? []).map((m) => `${m.index}:${m[0]}`),
          want,
        )
      }
    }
  assert.ok(n > 20)
})

/** The alias claims of the text, each as its names joined by " | ". */
function aliasLists(text: string): string[] {
  return extractFromText(text, { matcher }).aliasClaims.map((c) => c.names.map((n) => n.text).join(' | '))
}

test('alias lists in their common cue forms, with subjects before a relative clause and names by shape', () => {
  const cases: [string, string][] = [
    [
      'Kimsuky, which also goes by the names Velvet Chollima and Black Banshee, sent the lures.',
      'Kimsuky | Velvet Chollima | Black Banshee',
    ],
    [
      'APT41, which is run by contractors, is also commonly known as Wicked Panda, Barium or Winnti Umbrella.',
      'APT41 | Wicked Panda | Barium | Winnti Umbrella',
    ],
    [
      'Vendors track them under the names Peach Sandstorm, Refined Kitten and HOLMIUM.',
      'Peach Sandstorm | Refined Kitten | HOLMIUM',
    ],
    [
      'The intruder is a group best known as Charming Kitten and also tracked as Phosphorus, TA453 and Yellow Garuda.',
      'Charming Kitten | Phosphorus | TA453 | Yellow Garuda',
    ],
    [
      'APT29 (also known as NOBELIUM (Microsoft), Cozy Bear (CrowdStrike) and Iron Hemlock (Secureworks)) returned.',
      'APT29 | NOBELIUM | Cozy Bear | Iron Hemlock',
    ],
    ['APT33 is also called Elfin, or "Refined Kitten", by other vendors.', 'APT33 | Elfin | Refined Kitten'],
    [
      'Researchers saw a cluster of operators tracked under the names Emerald Sleet, Velvet Chollima and TA427 in May.',
      'Emerald Sleet | Velvet Chollima | TA427',
    ],
    [
      'Two crews known under the names Charming Kitten, Mint Sandstorm and Yellow Garuda were seen.',
      'Charming Kitten | Mint Sandstorm | Yellow Garuda',
    ],
    [
      'APT41 emerged in 2012 and goes by a number of other names, among them Wicked Panda, Sword of Justice and Barium.',
      'APT41 | Wicked Panda | Sword of Justice | Barium',
    ],
    [
      'Who is behind it? Cozy Bear has several aliases, including The Dukes, Dark Halo and Blue Kitsune Storm Team.',
      'Cozy Bear | The Dukes | Dark Halo | Blue Kitsune Storm Team',
    ],
    ['The APT33 group is known by many names, such as Elfin and Holmium.', 'APT33 | Elfin | Holmium'],
  ]
  for (const [text, want] of cases) {
    const got = aliasLists(text)
    assert.ok(got.includes(want), `${text}\n  ${got.join(' || ')}`)
  }
})

test('names listed after a word for something other than a group are no alias list', () => {
  for (const text of [
    'APT41 ran the campaigns known as Operation Harbor Fox, Operation Kingsgate and Operation Wicked Panda.',
    'It is part of a larger set of tools referred to as Peach Sandstorm, BlueSky and HOLMIUM.',
    'APT41 attacked a firm that goes by many names, including Harbor Fox, Kingsgate and Blue Ridge.',
    'Kimsuky targeted a set of tools tracked under the names Peach Sandstorm, BlueSky and HOLMIUM.',
  ]) {
    const got = aliasLists(text)
    assert.equal(got.length, 0, `${text}\n  ${got.join(' || ')}`)
  }
})

test('"part of", "linked by X to", "the Chinese state", numbered units', () => {
  assert.ok(
    pairs('The NCSC judges that APT29 is almost certainly part of the SVR.').has(
      'UK National Cyber Security Centre > SVR',
    ),
  )
  const linked = claims('The intrusions were linked by Google to APT41 last year.')
  assert.ok(
    linked.some((c) => c.startsWith('Google > APT41')),
    linked.join(' | '),
  )
  const state = pairs('Microsoft said Kimsuky works on behalf of the North Korean state.')
  assert.ok(state.has('Microsoft > North Korean Government'), [...state].join(' | '))
  const x = extractFromText('The operation was run by GRU Unit 74455, the US said.', { matcher })
  assert.ok(
    x.sponsors.some((s) => s.name === 'GRU Unit 74455'),
    x.sponsors.map((s) => s.name).join(' | '),
  )
  assert.ok(x.sponsors.some((s) => s.name === 'GRU'))
})

test('a state body named only inside a doubt is no sponsor', () => {
  const x = extractFromText(
    'Analysts said Kimsuky is sponsored by North Korea. It is not yet known whether Kimsuky is tied to the ' +
      "Ministry of State Security or to the People's Liberation Army.",
    { matcher },
  )
  const names = x.sponsors.map((s) => s.name)
  assert.ok(!names.some((n) => /State Security|Liberation/.test(n)), names.join(' | '))
})

test('how a group is tracked names the party; a state rejecting an attribution is its denier', () => {
  const got = claims(
    'Court documents allege that the two men worked for the IRGC and that vendors track them under the names ' +
      'Charming Kitten and Mint Sandstorm. The Justice Department announced the charges.',
  )
  assert.ok(
    got.some((c) => / > APT35 \[allege\]$/.test(c)),
    got.join(' | '),
  )
  const x = extractFromText('The EU attributed the campaign to APT41. Beijing firmly opposed the accusations.', {
    matcher,
  })
  assert.deepEqual(
    x.denials.map((d) => d.denier.name),
    ['PRC Government'],
  )
  const y = extractFromText('Canada attributed the campaign to APT41. Canada rejected claims that it had delayed.', {
    matcher,
  })
  assert.deepEqual(y.denials.length, 0)
})

test('a rejection read as a counter-claim does not silence the attributing state', () => {
  const text =
    'Australia said with high confidence that hackers affiliated with the Iranian Ministry of Intelligence had ' +
    'carried out the breach. On Friday Iran dismissed the charge by Canberra that it was to blame for the breach. ' +
    'Australia also announced charges against the Iranian Ministry of Intelligence officers.'
  const got = pairs(text)
  assert.ok(
    [...got].some((p) => p.startsWith('Government of Australia > ')),
    [...got].join(' | '),
  )
  assert.ok(![...got].some((p) => p.startsWith('Iranian Government > ')), [...got].join(' | '))
})

test('several cues for one link in a sentence give one claim per confidence', () => {
  const got = claims(
    'Polish officials said the break-in had been run by agents of the GRU, members of a unit belonging to the GRU.',
  )
  const gru = got.filter((c) => c.includes('> GRU ['))
  assert.equal(gru.length, 1, got.join(' | '))
})

test('a description or pronoun after an attributing cue points back to the last actor named', () => {
  const cases: [string, string][] = [
    [
      'Tooling and victimology point to APT33, and we attribute the intrusions to that group with moderate confidence.',
      'we > APT33',
    ],
    // The organisation that tracks the actor in its own voice is the author "we" speaks for.
    [
      'Mandiant has tracked Charming Kitten since 2014. We attribute this campaign to the same actor.',
      'Mandiant > APT35',
    ],
    [
      'Wicked Panda reused its loader. Secureworks attributes the campaign to this threat group.',
      'Secureworks > APT41',
    ],
  ]
  for (const [text, want] of cases) assert.ok(pairs(text).has(want), `${text}: ${[...pairs(text)].join('; ')}`)
  // A description that is named afterwards, or a cue that links only what follows at once, does not point back.
  assert.deepEqual(claims('Kimsuky was active. Researchers attributed it to the group of hackers in Pyongyang.'), [])
})

test('a subject opening its own clause speaks for the cue that follows it', () => {
  const cases: [string, string][] = [
    ['The malware resembles old Cozy Bear tools; Microsoft attributes the operation to APT29.', 'Microsoft > APT29'],
    [
      'The loader overlaps with Elfin samples, and ESET now attributes the activity to APT33 with high confidence.',
      'ESET > APT33',
    ],
    ['Victims were in Germany, but we have attributed the campaign to APT41.', 'we > APT41'],
  ]
  for (const [text, want] of cases) assert.ok(pairs(text).has(want), `${text}: ${[...pairs(text)].join('; ')}`)
})

test('where an actor is based is not a target', () => {
  const p = pairs('The FBI said it named two hacker groups based in North Korea, Kimsuky and APT33, as the culprits.')
  assert.ok(p.has('FBI > Kimsuky') || p.has('FBI > North Korean Government'), [...p].join('; '))
  assert.ok(
    !pairs('Kaspersky identified 800 victims located in Iran and Israel.').has('Kaspersky > Iranian Government'),
  )
})

test('an identity stated of a pronoun, a description or a cluster names the party; "consistent with" points to it', () => {
  const cases: [string, string][] = [
    ['The NCSC said it is almost certainly the SVR.', 'UK National Cyber Security Centre > SVR [almost certainly]'],
    ['Talos believes the attackers are likely part of the GRU.', 'Cisco Talos > GRU [likely]'],
    ['We assess with moderate confidence that UNC4444 is APT33.', 'we > APT33 [with moderate confidence]'],
    [
      'The tooling is consistent with Charming Kitten activity, Secureworks said.',
      'Secureworks > APT35 [consistent with]',
    ],
    [
      'The CCCS said the intrusion was consistent with previous operations by the FSB.',
      'Canadian Centre for Cyber Security > FSB [consistent with]',
    ],
  ]
  for (const [text, want] of cases) {
    const got = claims(text)
    assert.ok(
      got.some((c) => c.replace(/ \[.*$/, '') === want.replace(/ \[.*$/, '')),
      `${text}: ${got.join('; ')}`,
    )
  }
  // Not an identity: a description of the actor, or "it is the first time".
  assert.deepEqual(claims('ESET said APT33 is a sophisticated actor.'), [])
  assert.deepEqual(claims('Proofpoint said it is the first time Kimsuky used the tool.'), [])
})

test('a pronoun or definite description opening a sentence speaks for the last party of its kind', () => {
  const cases: [string, string][] = [
    ['Earlier, the FBI warned banks. The bureau named Kimsuky as the culprit behind the theft.', 'FBI > Kimsuky'],
    [
      'Kaspersky published a report on Friday. The company said the intrusions were carried out by APT33.',
      'Kaspersky > APT33',
    ],
    [
      'Earlier, the CCCS warned banks. The agency blamed the attack on Charming Kitten.',
      'Canadian Centre for Cyber Security > APT35',
    ],
  ]
  for (const [text, want] of cases) {
    const got = [...pairs(text)].map((c) => c.replace('APT43', 'Kimsuky'))
    assert.ok(got.includes(want), `${text}: ${got.join('; ')}`)
  }
  // "named X" as the name of a campaign is no attribution.
  assert.deepEqual(claims('A campaign named Kimsuky hit banks, the FBI said.'), [])
})

test('an official placed in the accused state does not speak for it', () => {
  const text =
    'Ottawa and Canberra point the finger at Beijing over the hack. Deputy Minister Jane Moreau said the breach had been traced to Wicked Panda.'
  const got = [...pairs(text)]
  assert.ok(!got.some((c) => c.startsWith('PRC Government >')), got.join('; '))
  assert.ok(got.includes('Government of Canada > PRC Government'), got.join('; '))
})

test('"The agencies" of a joint statement are its co-signing governments, one attributor each', () => {
  const text =
    'The advisory was released by the NSA and the FBI together with partner agencies: the Australian Signals Directorate and the Canadian Centre for Cyber Security. The agencies assess that the intrusions were carried out by Wicked Panda.'
  const got = pairs(text)
  for (const want of ['United States Government', 'Government of Australia', 'Government of Canada'])
    assert.ok(got.has(`${want} > APT41`), [...got].join('; '))
  // Without co-signers known, "the agencies" names no one.
  assert.deepEqual(
    claims('Researchers looked at the malware. The agencies said Wicked Panda was behind the attack.'),
    [],
  )
})

test('a state that sponsors, directs or funds cyber actors is attributed', () => {
  const cases: [string, string][] = [
    [
      'The NSA warned that the government of Iran sponsors cyber actors who phish diplomats.',
      'NSA > Iranian Government',
    ],
    ['ESET said Russia directly funds several hacking groups.', 'ESET > Russian Government'],
    ['The CCCS said China tasks contractor hacking teams.', 'Canadian Centre for Cyber Security > PRC Government'],
  ]
  for (const [text, want] of cases) assert.ok(pairs(text).has(want), `${text}: ${[...pairs(text)].join('; ')}`)
  assert.deepEqual(claims('Microsoft said Russia runs a large army.'), [])
})

test('a state body named as the owner of its numbered unit is not attributed beside the unit', () => {
  for (const text of [
    'The NCSC said the group is almost certainly subordinate to GRU Unit 74455.',
    'Microsoft said the attack was carried out by Unit 26165 of the GRU.',
  ]) {
    const got = [...pairs(text)]
    assert.ok(
      got.some((c) => / > GRU Unit \d+$/.test(c)),
      `${text}: ${got.join('; ')}`,
    )
    assert.ok(!got.some((c) => / > GRU$/.test(c)), `${text}: ${got.join('; ')}`)
  }
})
