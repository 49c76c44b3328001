import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extractFromText, summarize } from './index.ts'
import { testMatcher } from './test-matcher.ts'

// Actors these tests name; the sentences are our own, about other actors and speakers than any annotated document.
const matcher = testMatcher([
  ['APT33', 'APT33', 'Peach Sandstorm', 'Elfin'],
  ['Kimsuky', 'Kimsuky', 'Emerald Sleet', 'Velvet Chollima'],
  ['Gamaredon', 'Gamaredon', 'Primitive Bear', 'Shuckworm'],
  ['Turla', 'Turla', 'Venomous Bear', 'Snake'],
])

function claims(text: string): string[] {
  return extractFromText(text, { matcher }).attributions.map((a) => `${a.attributor.name} > ${a.attributed.name}`)
}

test('a description or pronoun after an attributing cue points back to the last actor named', () => {
  const got = claims('Elfin resurfaced in May. The FBI attributed the phishing wave to the group with high confidence.')
  assert.deepEqual(got, ['FBI > APT33'])
  assert.deepEqual(claims('APT33 sent lures again. Dutch officials blamed the hackers for the breach.'), [
    'Government of the Netherlands > APT33',
  ])
  // A description that names its own group is no reference back (the group named is the party, not Gamaredon); nor is
  // a participle after a noun.
  assert.deepEqual(claims('Gamaredon sent lures. The FBI later tied the wave to the ransomware group Conti.'), [
    'FBI > Conti',
  ])
  assert.deepEqual(
    claims('Turla was sanctioned. Since then, he said, the harm attributed to the group has fallen sharply.'),
    [],
  )
})

test('a description or pronoun as the subject of a cue points back to the last actor named', () => {
  assert.deepEqual(
    claims('Kimsuky phished think tanks again. South Korean officials said the group was behind the breach.'),
    ['Government of South Korea > Kimsuky'],
  )
  assert.deepEqual(claims('Shuckworm sent new lures in March. The FBI believes the hackers carried out the attack.'), [
    'FBI > Gamaredon',
  ])
  // A list of speakers all say so when the pronoun stands between them and the cue.
  assert.deepEqual(
    claims('APT33 breached a ministry in May. The United States, Canada and Japan said it was behind the attack.'),
    ['United States Government > APT33', 'Government of Canada > APT33', 'Government of Japan > APT33'],
  )
  // Without an actor named before, a pronoun points nowhere.
  assert.deepEqual(claims('The outage spread fast. Researchers said it was behind the disruption.'), [])
})

test('partners who join a lead attribution attribute the same actor; partner agencies stand for their states', () => {
  const text =
    'The Canadian Centre for Cyber Security has publicly blamed APT33 for breaching a utility in 2023. ' +
    'The advisory lists the routers the group used. ' +
    'It worked with its partners, Norway, Finland and Italy, on the advisory. ' +
    "Co-authors included Norway's National Security Authority and the FBI."
  const got = claims(text)
  for (const c of ['Government of Norway > APT33', 'Government of Finland > APT33', 'Government of Italy > APT33'])
    assert.ok(got.includes(c), `${c} missing from ${got.join(' | ')}`)
  // Norway's agency adds nothing to Norway's claim; the FBI stands for a state not yet named.
  assert.ok(!got.some((c) => c.startsWith('National Security Authority')), got.join(' | '))
  assert.ok(got.includes('FBI > APT33'), got.join(' | '))
  // Partners merely meeting join nothing.
  assert.deepEqual(
    claims('The FBI has publicly blamed APT33 for the breach. Partners from Norway and Italy are meeting in Oslo.'),
    ['FBI > APT33'],
  )
})

test('a tool used by an actor is a claim of the speaker the sentence names', () => {
  assert.deepEqual(claims('According to Norway’s PST, the implant is a backdoor used by Venomous Bear.'), [
    'Norwegian Police Security Service > Turla',
  ])
  // A product maker before the cue is no speaker.
  assert.deepEqual(claims('The backdoor targets Microsoft Exchange servers and has been used by Turla since 2014.'), [])
})

test('"links X - aside - to Y" links X to Y; a party in a relative clause about the subject does not speak', () => {
  assert.deepEqual(
    claims(
      "Poland's Internal Security Agency, which investigated together with CERT Polska, links Gamaredon - also " +
        'tracked as Shuckworm - to the FSB.',
    ),
    ["Poland's Internal Security Agency > FSB"],
  )
})

test('a sanction, designation or charge names companies and charged people too; naming a cluster is no measure', () => {
  const got = claims(
    'The Treasury Department sanctioned the software company Lanzhou Bright Harbor Network Technology Company, Limited and one ' +
      'of its managers, Wu Ping. The Justice Department charged Wu Ping with fraud.',
  )
  assert.ok(
    got.includes('US Department of the Treasury > Lanzhou Bright Harbor Network Technology Company, Limited'),
    got.join(' | '),
  )
  assert.ok(got.includes('US Department of Justice > Wu Ping'), got.join(' | '))
  // A company further on, after another clause, is not what the measure names.
  assert.ok(
    !claims(
      'The US announced sanctions against Moscow and, for the first time, blamed the Contoso Corporation breach on Russia.',
    ).some((c) => c.includes('Contoso')),
  )
  assert.deepEqual(claims("We're tracking a group we've designated as QRX-4410."), [])
  // (The counted men are no party of the output since session 15; the US, in a relative clause, speaks for nothing.)
  assert.deepEqual(
    claims('The UK sanctioned two men, five others whom the US designated in 2019 and four new people.'),
    [],
  )
})

test('orders, relations and attempts link their parties', () => {
  assert.deepEqual(
    claims('The Justice Department charged nine men. The men were allegedly acting on the orders of the MSS.'),
    ['US Department of Justice > PRC Ministry of State Security'],
  )
  assert.deepEqual(claims('The FBI believes Elfin may be related to Kimsuky.'), ['FBI > Kimsuky'])
  assert.deepEqual(claims('The FBI said Elfin had tried to obtain research on drones.'), ['FBI > APT33'])
})

test("a press release or vendor post states in its header author's voice what no one else is said to", () => {
  const release =
    'Office of Public Affairs | U.S. Department of Justice\n\nNine Hackers Charged\n\n' +
    'The hacking can be linked to the activity of the APT33 group, which is associated with Iran.'
  const got = claims(release)
  assert.ok(got.includes('US Department of Justice > APT33'), got.join(' | '))
  // A news story's first line is a headline, not an author.
  assert.deepEqual(claims('Hackers strike again\n\nThe hacking can be linked to the activity of the APT33 group.'), [])
  // A clause with its own subject ("a group that Western governments have tied to") is not the author's claim.
  assert.ok(
    !claims('Acme Labs | Blog\n\nIt is Kimsuky, a group that Western governments have tied to the RGB.').some((c) =>
      c.startsWith('Acme Labs > Reconnaissance'),
    ),
  )
})

test('"the two services" are the last two agencies named; a dateline country and a firm\'s owner do not speak', () => {
  const got = claims(
    'The AIVD and the MIVD published their findings on Tuesday. In a letter to parliament the two services called ' +
      'the group most likely supported by the Russian state.',
  )
  assert.deepEqual(got.sort(), ['AIVD > Russian Government', 'MIVD > Russian Government'])
  assert.deepEqual(
    extractFromText('The two services called the group most likely supported by the Russian state.', { matcher })
      .attributions.length,
    0,
  )
  assert.deepEqual(
    claims('OSLO, Norway (AP) — A hacking group tied to the Kremlin carried out the attack on the parliament.'),
    [],
  )
  assert.deepEqual(claims('Google-owned security firm Mandiant has described APT33 as an Iran-nexus group.'), [
    'Mandiant > Iranian Government',
  ])
})

test('a press release whose headline opens with its agency speaks in that agency’s voice', () => {
  const text =
    'Justice Department Charges Nine Hackers\n\nMonday, May 5, 2025\n\nOffice of Public Affairs\n\n' +
    'The Justice Department and the FBI today announced charges. They include three members of APT33.'
  assert.ok(claims(text).includes('US Department of Justice > APT33'), claims(text).join(' | '))
  // Without the release line the headline is a news headline.
  assert.deepEqual(
    claims(
      'Justice Department Charges Nine Hackers\n\nThe cases were filed on Monday. They include three members of APT33.',
    ),
    [],
  )
})

test('a relative clause with its own speaker ("a group that U.S. authorities believe is …") is that speaker’s claim', () => {
  const got = claims(
    'Tokyo police said Elfin may be related to Kimsuky, a group that U.S. authorities and others believe is ' +
      "affiliated with China's Ministry of State Security.",
  )
  // (A capital's police speak as themselves: check26's annotators name the force, not the state.)
  assert.deepEqual(got, ['Tokyo police > Kimsuky', 'United States Government > PRC Ministry of State Security'])
})

test('co-signers: a sanctioning or prosecuting agency stands for its state, a technical finding does not; aligned states', () => {
  const cos = (t: string) => extractFromText(t, { matcher }).cosigners.map((c) => c.name)
  assert.deepEqual(cos('OFAC today designated APT33 for the attacks.'), ['United States Government'])
  assert.deepEqual(cos('CERT-UA said the attack was carried out by APT33.'), [])
  assert.deepEqual(
    cos(
      'The EU condemns the attack by APT33. The EFTA countries Iceland, Liechtenstein and Norway align themselves ' +
        'with this declaration.',
    ),
    ['European Union', 'Government of Iceland', 'Government of Liechtenstein', 'Government of Norway'],
  )
  // An official named by an agency's title speaks for it, not for the last state named before him.
  assert.deepEqual(
    claims(
      'APT33 hit Taiwan hard. FBI Director Christopher Wray said the operations were directed by the Iranian government.',
    ),
    ['FBI > Iranian Government'],
  )
})

test('denials: one per state where its embassy or ministry denies; "the embassy" points back; denying someone revenue is none', () => {
  const deniers = (t: string) => extractFromText(t, { matcher }).denials.map((d) => d.denier.name)
  assert.deepEqual(
    deniers(
      'The FBI blamed APT33 for the hack. The Iranian Foreign Ministry rejected the accusation. Iran firmly opposes ' +
        'all forms of hacking, the spokesman said.',
    ),
    ['Iranian Foreign Ministry'],
  )
  assert.deepEqual(
    deniers(
      "The FBI blamed APT33 for the hack. Iran's embassy in Paris did not respond. On Wednesday the embassy said it " +
        'firmly rejected the unfounded accusations.',
    ),
    ["Iran's embassy in Paris"],
  )
  assert.deepEqual(deniers('The FBI blamed APT33. The goal is denying the Iranian government illicit revenue.'), [])
})

test('targets, names given and datelines are no claims; a dated release speaks for its agency', () => {
  // "blamed for attacks on X": X was hit.
  assert.deepEqual(claims('APT33 was blamed for attacks on the Trump administration.'), [])
  assert.deepEqual(claims('We have named the activity cluster described here Velvet Heron.'), [])
  // A government the attacks hit does not speak.
  assert.ok(
    !claims(
      'Halvard linked the servers to attacks on Mongolian government bodies, which it attributed to APT33 with low confidence.',
    ).some((c) => c.startsWith('Government of Mongolia')),
  )
  assert.deepEqual(claims('Seoul, 4 March 2024 - The NIS announced that APT33 had breached two manufacturers.'), [
    'National Intelligence Service > APT33',
  ])
  const release =
    'Three Hackers Indicted\n\nWASHINGTON, February 17, 2021 - The Department of Justice today unsealed an indictment. ' +
    'It alleges that the three were members of units of the Reconnaissance General Bureau (RGB).'
  assert.ok(
    claims(release).includes('US Department of Justice > Reconnaissance General Bureau'),
    claims(release).join(' | '),
  )
  // A company an attack hit is not what a charge names.
  assert.ok(
    !claims('A complaint that charged him for the 2014 cyberattack on Contoso Pictures Corporation was unsealed.').some(
      (c) => c.includes('Contoso'),
    ),
  )
})

test('an alliance statement speaks as "we"; a department owning its office; work within a body; a description is the voice’s', () => {
  const statement =
    'Statement by the North Atlantic Council on cyber activities\n\nWe strongly condemn the malicious cyber activities ' +
    'of Iran. We recall that Canada attributed activity to APT33, a threat actor sponsored by the IRGC.'
  const got = claims(statement)
  assert.ok(got.includes('NATO > Iranian Government'), got.join(' | '))
  assert.ok(got.includes('Government of Canada > APT33'), got.join(' | '))
  assert.ok(got.includes('NATO > Islamic Revolutionary Guard Corps'), got.join(' | '))
  assert.ok(!got.includes('Government of Canada > Islamic Revolutionary Guard Corps'), got.join(' | '))
  assert.deepEqual(
    claims("The U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) today designated APT33."),
    ['Office of Foreign Assets Control > APT33'],
  )
  assert.deepEqual(claims('The FBI says Kimsuky has operated since 2012 within the Reconnaissance General Bureau.'), [
    'FBI > Reconnaissance General Bureau',
  ])
})

test('"was blamed for attacks on …" and "attacks on … members of X" name targets; a vendor that "presents" findings speaks', () => {
  assert.deepEqual(
    claims(
      'The FBI blamed APT33 for the breach. Last year it was blamed for attacks on members of the Trump administration.',
    ),
    ['FBI > APT33'],
  )
  const got = claims(
    'Blog\n\nHighlights:\n- Check Point Research (CPR) presents new findings on APT33. We were able to establish links to Kimsuky.',
  )
  assert.ok(got.includes('Check Point Research > Kimsuky'), got.join(' | '))
})

test('"The defendants are A, B and C. They are charged …" charges each; unnamed intelligence agencies and a vendor in apposition', () => {
  const got = claims(
    'WASHINGTON, May 5, 2025 - The Department of Justice today unsealed an indictment. The defendants are Ivan ' +
      'Petrovich Sorokin, Oleg ' +
      'Ivanovich Belov and Pavel Sergeyevich Orlov. They are charged in seven counts.',
  )
  for (const n of ['Ivan Petrovich Sorokin', 'Oleg Ivanovich Belov', 'Pavel Sergeyevich Orlov'])
    assert.ok(got.includes(`US Department of Justice > ${n}`), got.join(' | '))
  // Unnamed "Western intelligence agencies" are no named speaker's voice: they speak for themselves, as written.
  assert.deepEqual(
    claims(
      'The FBI named APT33 last year. Western intelligence agencies allege that APT33 acts on behalf of the IRGC.',
    ).filter((c) => c.includes('Revolutionary')),
    ['Western intelligence agencies > Islamic Revolutionary Guard Corps'],
  )
  assert.ok(
    claims('Another vendor, Marlowe Cyber, wrote that the same lures could possibly be linked to APT33.').includes(
      'Marlowe Cyber > APT33',
    ),
  )
})

test('an agency announcing as the subject of the first announcement speaks for what follows', () => {
  const got = claims(
    'The Justice Department today unsealed an indictment. The defendants are Ivan Petrovich Sorokin and Oleg ' +
      'Ivanovich Belov. They are charged in seven counts.',
  )
  assert.deepEqual(got, [
    'US Department of Justice > Ivan Petrovich Sorokin',
    'US Department of Justice > Oleg Ivanovich Belov',
  ])
  // A party that is no announcing subject sets no speaker.
  assert.deepEqual(
    claims('Hackers hit the Justice Department last year. They are linked to APT33, the report says.').filter((c) =>
      c.startsWith('US Department of Justice'),
    ),
    [],
  )
})

test('a unit named before its parent written out, and an operation that benefits a state', () => {
  const sponsors = (t: string) => extractFromText(t, { matcher }).sponsors.map((s) => s.name)
  assert.ok(
    sponsors(
      'The indictment charges six officers of Unit 74455 of the Russian Main Intelligence Directorate (GRU).',
    ).includes('GRU Unit 74455'),
  )
  const got = extractFromText(
    'Acme Labs | Blog\n\nWe judge it likely that the collection benefits the Iranian government.',
    {
      matcher,
    },
  ).attributions.map((a) => `${a.attributor.name} > ${a.attributed.name} [${a.confidence?.term ?? ''}]`)
  assert.deepEqual(got, ['Acme Labs > Iranian Government [likely]'])
})

test('an attribution is about the campaign its sentence names, or the one named just before it', () => {
  const incidents = (t: string) =>
    summarize(extractFromText(t, { matcher })).attributions.map((a) => `${a.attributed_to}: ${a.incident ?? '-'}`)
  assert.deepEqual(incidents('The FBI said APT33 was behind the 2023 attack on the Port of Tarragona.'), [
    'APT33: the 2023 attack on the Port of Tarragona',
  ])
  assert.deepEqual(incidents('Operation Salt Road hit ports in May. The FBI blamed APT33.'), [
    'APT33: Operation Salt Road',
  ])
  assert.deepEqual(incidents('The FBI blamed APT33.'), ['APT33: -'])
})
