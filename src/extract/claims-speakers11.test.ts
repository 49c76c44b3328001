import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extractFromText } from './index.ts'
import { testMatcher } from './test-matcher.ts'

// Rules written from the opened check23 set (session 11), each tested on our own sentences about other events.
const matcher = testMatcher([
  ['APT33', 'APT33', 'Peach Sandstorm', 'Elfin'],
  ['Lazarus Group', 'Lazarus Group', 'Lazarus'],
])

function claims(text: string): string[] {
  return extractFromText(text, { matcher }).attributions.map((a) => `${a.attributor.name} > ${a.attributed.name}`)
}
/** Each claim as "attributor > attributed (confidence wording)". */
function pairs(text: string): string[] {
  return extractFromText(text, { matcher }).attributions.map(
    (a) => `${a.attributor.name} > ${a.attributed.name} (${a.confidenceText})`,
  )
}
function actors(text: string): string[] {
  return [...new Set(extractFromText(text, { matcher }).actors.map((a) => a.canonical))]
}

test('the "on" of a measure names the company it targets; an attack "on" a company does not', () => {
  assert.deepEqual(
    claims(
      'Canada and Japan on Friday imposed joint sanctions on Brightwave Hosting Ltd, a bulletproof hosting firm, for renting servers to extortion crews.',
    ),
    ['Government of Canada > Brightwave Hosting Ltd', 'Government of Japan > Brightwave Hosting Ltd'],
  )
  assert.deepEqual(claims('Canada imposed sanctions over the cyberattack on Acme Holdings Ltd last spring.'), [])
})

test('what a device belongs to is its owner, not who stands behind anything', () => {
  assert.deepEqual(
    claims('Dutch police said they found the server keys on a seized laptop belonging to a Lazarus operator.'),
    [],
  )
})

test('actors named by an apposition, a trade list or a coined identifier with a lettered middle part', () => {
  assert.deepEqual(actors('Cyber Volk, a pro-Russian hacktivist group, posted the files.'), ['Cyber Volk'])
  assert.deepEqual(actors('The host rented servers to ransomware gangs such as Akira, Medusa and Qilin.'), [
    'Akira',
    'Medusa',
    'Qilin',
  ])
  assert.deepEqual(
    actors(
      'We have tracked an intrusion set, QX-Cluster-3, since May. A second set, QX-Cluster-4, reused its servers.',
    ),
    ['QX-Cluster-3', 'QX-Cluster-4'],
  )
  // A source and the subject of its clause; a company described by its business.
  assert.deepEqual(actors('According to the BSI, a Russian hacking group broke into the network.'), [])
  assert.deepEqual(actors('Rostec, a Russian defence group, denied it.'), [])
})

test('a group that claims an attack names itself, and the partner it claims it with', () => {
  assert.deepEqual(
    pairs('Cyber Volk, a pro-Russian hacktivist group, claimed responsibility for the outage on Telegram.'),
    ['Cyber Volk > Cyber Volk (claimed responsibility)'],
  )
  assert.deepEqual(
    pairs(
      'Cyber Volk, a pro-Russian hacktivist group, said it had carried out the attack together with the Lazarus group.',
    ),
    ['Cyber Volk > Cyber Volk (said)', 'Cyber Volk > Lazarus Group (said)'],
  )
  assert.deepEqual(pairs('Responsibility for the outage was claimed by the hacktivist group Cyber Volk.'), [
    'Cyber Volk > Cyber Volk (claimed responsibility)',
  ])
  // A company that says it fixed something claims no attack; a group said to be responsible by others is their claim.
  assert.deepEqual(pairs('Microsoft said it had attacked the problem at once.'), [])
  assert.deepEqual(pairs('No group has claimed responsibility, and officials have not blamed Lazarus.'), [])
})

test('a passive agent of an exploit or a hack; a second "that" clause with its own hedge and its own verb', () => {
  assert.deepEqual(
    claims(
      'The flaw in the VPN appliance was exploited by the Lazarus group in targeted attacks, according to Kaspersky.',
    ),
    ['Kaspersky > Lazarus Group'],
  )
  const got = extractFromText(
    'We assess that the intruders are highly likely working for the North Korean government, and that the operation possibly serves the Reconnaissance General Bureau (RGB).',
    { matcher },
  ).attributions.map((a) => `${a.attributed.name} (${a.confidenceText})`)
  assert.deepEqual(got.sort(), ['North Korean Government (highly likely)', 'Reconnaissance General Bureau (possibly)'])
})

test('charged people listed with their ages, and a name of five words', () => {
  const x = extractFromText(
    'The Justice Department today unsealed an indictment charging two Iranian nationals, Mohammad Reza Hosseini Abbas Tehrani, 31, and Ali Karimi, 29, for their roles in the scheme.',
    { matcher },
  )
  assert.deepEqual(
    x.people.map((p) => `${p.name}${p.charged ? ' (charged)' : ''}`),
    ['Mohammad Reza Hosseini Abbas Tehrani (charged)', 'Ali Karimi (charged)'],
  )
})

test('a state that describes the company named after it does not speak', () => {
  assert.deepEqual(
    claims('The U.S. security firm Dragos, which investigated the outage, said APT33 had compromised the controllers.'),
    ['Dragos > APT33'],
  )
})

test('Europol speaks; a judgement passed on the subject by the agent after "by"', () => {
  assert.deepEqual(claims('Europol said APT33 had also attacked hospitals in Sweden.'), ['Europol > APT33'])
  assert.deepEqual(
    claims(
      'APT33 is a loose network. The group was recently identified by Belgian authorities as responsible for the attacks.',
    ),
    ['Government of Belgium > APT33'],
  )
})

test("a country's press speaks; a state's military intelligence is a body a link names; a hedged passive agent", () => {
  assert.deepEqual(
    pairs('Turkish media reported that the intruders are believed to be linked to Greek military intelligence.'),
    ['Turkish media > Greek military intelligence (believed)'],
  )
  assert.deepEqual(
    pairs(
      'Local media reported that a port was also targeted on Tuesday, allegedly by Iran-based hackers known as APT33.',
    ),
    ['Local media > APT33 (allegedly)'],
  )
  // Reports that cite a named source: the source speaks, not the press.
  assert.ok(
    !pairs('According to local media reports citing the police, APT33 infiltrated the networks of 40 firms.').some(
      (p) => p.startsWith('local media'),
    ),
  )
})

test('a state that supports a case, and a state-affiliated victim, are no sponsors', () => {
  assert.deepEqual(claims('Partners in Spain, Italy and Japan supported the case, as did several companies.'), [])
  assert.deepEqual(
    claims(
      'Hackers linked to the Lazarus group broke into a Japanese government-affiliated research institute, Kaspersky said.',
    ),
    ['Kaspersky > Lazarus Group'],
  )
  // A hyphenated or a group-qualifying adjective still carries the sponsor.
  assert.deepEqual(claims('Kaspersky said Iranian state-backed hackers broke in.'), ['Kaspersky > Iranian Government'])
})

test('the object of a preposition is no speaker; the people, findings or council of a body speak for it', () => {
  assert.deepEqual(
    claims(
      'Amid tension between Iran and Israel, this Iran-aligned actor, which we track as APT33, ran phishing operations.',
    ),
    [],
  )
  assert.deepEqual(
    claims(
      'According to the minister, the findings of the Federal Intelligence Service show that the attack was carried out by APT33.',
    ),
    ['Federal Intelligence Service > APT33'],
  )
  assert.deepEqual(claims('A spokesman for the Foreign Ministry of Japan said the attack was carried out by APT33.'), [
    'Foreign Ministry of Japan > APT33',
  ])
})

test('a city\'s police speak; "Police believe that …" hedges a long clause', () => {
  assert.deepEqual(
    pairs(
      'Seoul police are investigating the intrusions. Police believe that a series of break-ins at the Korea University hospital in 2019 and 2020 was carried out by APT33.',
    ),
    ['Seoul police > APT33 (believe)'],
  )
})

test('an activity after a describing apposition or an alias list; an operation against the attackers is no claim', () => {
  assert.deepEqual(
    claims(
      'Prosecutors in Virginia said that APT33, an Iranian military hacking unit, stole research from two universities.',
    ),
    // (The apposition's nationality describes the group: no claim of its own about the state, since session 20.)
    ['Prosecutors > APT33'],
  )
  assert.deepEqual(
    claims(
      'The FBI said that the unit, also known as APT33, Elfin and Peach Sandstorm, had been exploiting VPN servers.',
    ),
    ['FBI > APT33'],
  )
  assert.deepEqual(
    claims(
      "Estonia's police said they had taken part in an international operation, coordinated by the United States, to dismantle servers used by the Lazarus group, which is linked to North Korea's Reconnaissance General Bureau.",
    ).filter((c) => c.startsWith('United States')),
    [],
  )
  // (The sponsor adjective "Iran-linked" is a claim of its own; joining the operation names no group.)
  assert.ok(
    !claims('Finland says it took part in an operation against the Iran-linked APT33 network.').includes(
      'Government of Finland > APT33',
    ),
  )
})

test('"the involvement of X" names the party involved, not in an investigation into it; a unit named once', () => {
  assert.deepEqual(
    pairs("The involvement of China's People's Liberation Army was highly likely, Japan's foreign minister said."),
    ["Government of Japan > People's Liberation Army (highly likely)"],
  )
  assert.deepEqual(
    pairs(
      'Prosecutors opened an investigation into the possible involvement of Russia, the foreign minister of Japan said.',
    ),
    [],
  )
  assert.deepEqual(claims('The NCSC said APT28 is linked to GRU Military Unit 26165.'), [
    'UK National Cyber Security Centre > GRU Unit 26165',
  ])
})

test('a surname names the person named in full before; measures "of" a person; "the person behind"; where one lives', () => {
  const text =
    'OFAC today designated Pavel Andreyevich Sorokin. Britain and Japan are announcing their own designations of Sorokin today. ' +
    'The National Crime Agency said Sorokin, a 29-year-old from Kazan, is the person behind the persona DarkMarten.'
  const x = extractFromText(text, { matcher })
  assert.deepEqual(
    x.people.map((p) => `${p.name}=${p.text}`),
    [
      'Pavel Andreyevich Sorokin=Pavel Andreyevich Sorokin',
      'Pavel Andreyevich Sorokin=Sorokin',
      'Pavel Andreyevich Sorokin=Sorokin',
    ],
  )
  assert.deepEqual(claims(text), [
    'Office of Foreign Assets Control > Pavel Andreyevich Sorokin',
    'Government of the United Kingdom > Pavel Andreyevich Sorokin',
    'Government of Japan > Pavel Andreyevich Sorokin',
    'National Crime Agency > Pavel Andreyevich Sorokin',
  ])
  assert.deepEqual(
    claims('The Justice Department said today that Ivan Kuznetsov, 41, of Tomsk, Russia, is charged with wire fraud.'),
    ['US Department of Justice > Ivan Kuznetsov'],
  )
})

test("a counted group's claim names the people no claim of the same speaker names yet", () => {
  const got = claims(
    'The Justice Department today unsealed criminal charges against three Iranian nationals, Reza Amiri Tabrizi, Ali Hosseini Kermani and Mehdi Rostami Yazdani. Yazdani is also charged with aggravated identity theft.',
  )
  // (Yazdani's own charge is a second claim of its own sentence.)
  assert.deepEqual([...new Set(got)].sort(), [
    'US Department of Justice > Ali Hosseini Kermani',
    'US Department of Justice > Mehdi Rostami Yazdani',
    'US Department of Justice > Reza Amiri Tabrizi',
  ])
})

test('the subject of a relative clause about a group makes that claim only, as background that co-signs nothing', () => {
  const x = extractFromText(
    "Cisco believes with moderate confidence that the hackers belong to APT33, a state-sponsored espionage group that U.S. officials have linked to Iran's Ministry of Intelligence.",
    { matcher },
  )
  assert.deepEqual(
    x.attributions.map((a) => `${a.attributor.name} > ${a.attributed.name}`),
    ['United States Government > Iranian Ministry of Intelligence and Security', 'Cisco > APT33'],
  )
  assert.deepEqual(x.cosigners, [])
  // "judges it almost certain that Russia carried out …": a "that" after a verb opens no relative clause.
  assert.deepEqual(claims('The NCSC judges it almost certain that Russia carried out the attack.'), [
    'UK National Cyber Security Centre > Russian Government',
  ])
})

test('a later speaker of a coordinated clause speaks for the cues of its clause', () => {
  assert.deepEqual(
    claims(
      'Greece says the intruders have ties to Turkey, while Greek media reported that the hackers are believed to be linked to the Lazarus group.',
    ).filter((c) => c.endsWith('Lazarus Group')),
    ['Greek media > Lazarus Group'],
  )
})

test('a named operation is on one line', () => {
  const names = (t: string) => extractFromText(t, { matcher }).campaigns.map((c) => c.name)
  assert.ok(!names('The takedown was part of Operation\n\nSecond, the police said.').some((n) => n.includes('\n')))
  assert.ok(names('The takedown was part of Operation Endgame, the police said.').includes('Operation Endgame'))
})

test("what the text says a group is, with no speaker of its own, is the author's background, not the last speaker's", () => {
  const got = extractFromText(
    'OFAC today designated Sinbad, a mixer that laundered funds for APT33. The Lazarus Group is a cybercrime group of anonymous hackers run by the North Korean government.',
    { matcher },
  ).attributions.map((a) => `${a.attributor.name} > ${a.attributed.name}`)
  assert.ok(!got.includes('Office of Foreign Assets Control > North Korean Government'), got.join(' | '))
})
