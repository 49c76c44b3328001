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

// (Session 9: a name the vendor coins for its own cluster is no attribution, as the development set's dev09 annotates
// "a group we've designated as TGR-UNK-0044"; check9, check10 and check12 had counted it.)
test('a vendor that tracks the operator of an activity under a name of its own coins it; its links of that name are its claims', () => {
  const c = claims(
    'Thornbury Labs | Research | 4 May 2026\n\nWe track the operator of this activity as TBL-3104. We assess with moderate confidence that TBL-3104 is Kimsuky. Given the victims, it is highly likely that the campaign collects intelligence for the North Korean government.',
  )
  assert.ok(!c.some((x) => x.includes('> TBL-3104')), c.join('; '))
  assert.ok(c.includes('Thornbury Labs > Kimsuky (with moderate confidence)'), c.join('; '))
  assert.ok(c.includes('Thornbury Labs > North Korean Government (highly likely)'), c.join('; '))
})

test('a news outlet the text cites speaks, and states compared with the accuser are not accused', () => {
  const c = claims(
    'The Foreign Office called the attack unacceptable. According to the newspaper Süddeutsche Zeitung, the attack was carried out by Peach Sandstorm.',
  )
  assert.ok(c.includes('Süddeutsche Zeitung > APT33 (carried out by)'), c.join('; '))
  assert.deepEqual(
    claims('Sweden is the latest country to accuse Iran of cyber espionage, after Denmark, Norway and Estonia.'),
    ['Government of Sweden > Iranian Government (accuse)'],
  )
})

test("a state's service named by what it does speaks as written; a group known to intelligence is not tied to it", () => {
  const c = claims("Estonia's security service said on Friday that Peach Sandstorm was behind the intrusion.")
  assert.deepEqual(c, ["Estonia's security service > APT33 (was behind)"])
  assert.deepEqual(
    claims(
      'Säpo said the breach was probably the work of Kimsuky, a group known to Japanese and U.S. intelligence.',
    ).map((x) => x.split(' > ')[1]!.replace(/ \(.*/, '')),
    ['Kimsuky'],
  )
})

test('what belongs to a party is no link to it', () => {
  const c = claims('The Guardian reported that Kimsuky breached e-mail accounts linked to the Maltese government.')
  assert.ok(!c.some((x) => x.includes('> Government of Malta')), c.join('; '))
})

test('a forecast is no claim, and partners named with it join nothing', () => {
  const c = claims(
    'The agency assesses that Peach Sandstorm was responsible for the intrusions. Together with CSIS and the FBI, the agency has concluded that Peach Sandstorm will likely continue to target energy firms.',
  )
  assert.ok(!c.some((x) => x.includes('(likely)')), c.join('; '))
  assert.ok(!c.some((x) => x.startsWith('FBI')), c.join('; '))
})

test('"the Iranian intelligence services" are one body named as written, also as the subject that tasks a group', () => {
  assert.deepEqual(
    claims('The NCSC said it is almost certain that Peach Sandstorm is part of the Iranian intelligence services.'),
    ['UK National Cyber Security Centre > Iranian intelligence services (almost certain)'],
  )
  assert.deepEqual(claims('The NCA said Iranian intelligence services had tasked the group with the attacks.'), [
    'National Crime Agency > Iranian intelligence services (tasked)',
  ])
  // Speaking, they are their state's voice.
  assert.deepEqual(claims('Dutch intelligence agencies say Peach Sandstorm was behind the breach.'), [
    'Dutch intelligence agencies > APT33 (was behind)',
  ])
})

test('agencies that agree with an attribution made before state it too', () => {
  const c = claims(
    "Canada's Communications Security Establishment said it assesses Peach Sandstorm was responsible for the intrusions. The US National Security Agency has said that it agrees with this attribution, which is also supported by the FBI.",
  )
  assert.ok(c.includes('NSA > APT33 (agrees)'), c.join('; '))
  assert.ok(c.includes('FBI > APT33 (agrees)'), c.join('; '))
})

test('the people a listing names by their part in a group are its parties; a charge "in" a state is that state\'s', () => {
  const text =
    'Cyber-attacks: Council sanctions four persons\n\nCouncil of the EU | Press release | 3 March 2026\n\nThe Council today imposed restrictive measures on four persons. Two of the persons listed, Pavel Orlov and Ivan Demidov, are members of the Peach Sandstorm group. Ivan Demidov, a former officer of the border guard, is also charged with espionage in Latvia. Olga Sergeeva and Boris Lenkov played a key role in deploying the ransomware.'
  const c = claims(text)
  for (const name of ['Pavel Orlov', 'Ivan Demidov'])
    assert.ok(c.includes(`European Union > ${name} (members of)`), c.join('; '))
  for (const name of ['Olga Sergeeva', 'Boris Lenkov'])
    assert.ok(c.includes(`European Union > ${name} (played a key role in)`), c.join('; '))
  assert.ok(c.includes('Government of Latvia > Ivan Demidov (charged)'), c.join('; '))
  // Without a listing, people playing a role are no parties.
  assert.deepEqual(claims('Olga Sergeeva and Boris Lenkov played a key role in the project, the company said.'), [])
})

test("a district office keeps its district, and a war's victim is no party a claim links", () => {
  const c = claims(
    "The U.S. Attorney's Office for the Eastern District of Virginia today unsealed charges against Pavel Orlov.",
  )
  assert.deepEqual(c, ["U.S. Attorney's Office for the Eastern District of Virginia > Pavel Orlov (charges)"])
  assert.deepEqual(
    claims('The group has been an integral part of the invasion of Ukraine, the agency said.').filter((x) =>
      x.includes('Ukraine'),
    ),
    [],
  )
})

test('"can be linked" is a hedge of its own', () => {
  assert.deepEqual(claims('The Foreign Ministry said the intrusions can be linked to Peach Sandstorm.'), [
    'Foreign Ministry > APT33 (can be linked)',
  ])
})

test('people listed with their ages who "are charged" are charged by the voice of the text', () => {
  const c = claims(
    'Department of Justice | Office of Public Affairs | Monday, March 2, 2026\n\nThe Department of Justice today unsealed an indictment. The defendants, Reza Karimi, 41, Omid Farahani, 38, and Saeed Tavakoli, 29, are charged with conspiracy to commit computer fraud.',
  )
  for (const name of ['Reza Karimi', 'Omid Farahani', 'Saeed Tavakoli'])
    assert.ok(
      c.some((x) => x.startsWith(`US Department of Justice > ${name}`)),
      c.join('; '),
    )
})

test('a campaign "by" a group is that group\'s; partners a speaker worked "with" do not speak', () => {
  const c = claims(
    'The Swedish Security Service and the Danish Security and Intelligence Service jointly warn of an ongoing cyber campaign by the hacker group Kimsuky.',
  )
  assert.deepEqual(c.sort(), [
    'Danish Security and Intelligence Service > Kimsuky (campaign by)',
    'Swedish Security Service > Kimsuky (campaign by)',
  ])
  const d = claims(
    'The NPA stated that the intrusion is believed to be linked to Kimsuky, and that it established the facts through its joint investigation with the FBI and CISA.',
  )
  assert.ok(d.includes('National Police Agency > Kimsuky (believed)'), d.join('; '))
  assert.ok(!d.some((x) => x.startsWith('FBI') || x.startsWith('CISA')), d.join('; '))
})

test("states that sign an advisory on a state body join its lead; an official named by the agency's title speaks for it", () => {
  const c = claims(
    "The National Cyber Security Centre today exposed a campaign by unit 26165 of the GRU against logistics firms. The advisory has been signed by Norway, Finland and Chile. Ann Brook, the NCSC's Director of Operations, said the threat was serious.",
  )
  for (const g of ['Government of Norway', 'Government of Finland', 'Government of Chile'])
    assert.ok(
      c.some((x) => x.startsWith(`${g} > GRU`)),
      c.join('; '),
    )
  const x = extractFromText(
    "The NCSC exposed unit 26165 of the GRU, with partners in Chile. Ann Brook, the NCSC's Director of Operations, said the campaign by the GRU was serious.",
    { matcher },
  )
  assert.ok(!x.parties.some((p) => p.kind === 'person'), x.parties.map((p) => `${p.kind}:${p.name}`).join('; '))
})

test('a person a listing gives its reasons for is its party, an official too', () => {
  const c = claims(
    'Cyber-attacks: Council sanctions two persons\n\nCouncil of the EU | Press release | 3 March 2026\n\nPavel Orlov, a 31-year-old officer of the border guard, is listed because he took part in the attack on the parliament. Ivan Demidov, the head of the service, is listed because he is responsible for the attacks.',
  )
  for (const name of ['Pavel Orlov', 'Ivan Demidov'])
    assert.ok(c.includes(`European Union > ${name} (listed)`), c.join('; '))
})

test("a state's services speaking together are named as written and co-sign", () => {
  const x = extractFromText('Danish intelligence agencies say Peach Sandstorm was behind the breach of the port.', {
    matcher,
  })
  assert.deepEqual(
    x.attributions.map((a) => `${a.attributor.name} > ${a.attributed.name}`),
    ['Danish intelligence agencies > APT33'],
  )
  assert.deepEqual(
    x.cosigners.map((c) => c.name),
    ['Government of Denmark'],
  )
})

test('a measure "designating" a list of people names each of them', () => {
  const c = claims(
    'OFAC is today designating Pavel Orlov, Ivan Demidov, Oleg Sidorov and Boris Lenkov as members of the Peach Sandstorm group.',
  )
  for (const name of ['Pavel Orlov', 'Ivan Demidov', 'Oleg Sidorov', 'Boris Lenkov'])
    assert.ok(c.includes(`Office of Foreign Assets Control > ${name} (designating)`), c.join('; '))
})

test('a hedge in a later clause about another party is that clause\'s; "operates as part of" is an identity', () => {
  const c = claims(
    "Chile's national CSIRT said in its own statement that it assesses Peach Sandstorm was responsible for the intrusions, and that the group almost certainly operates as part of the Iranian intelligence services.",
  )
  assert.ok(
    c.some((x) => /> APT33 \((?:was responsible|assesses)\)$/.test(x)),
    c.join('; '),
  )
  assert.ok(
    c.some((x) => x.endsWith('> Iranian intelligence services (almost certainly)')),
    c.join('; '),
  )
})

test('"U.S. prosecutors" with no office named are the US Department of Justice; a vendor\'s background charge co-signs nothing', () => {
  const x = extractFromText(
    'Quiet ports: a new wave of intrusions\n\nSecureworks | Threat Research | 4 May 2026\n\nPeach Sandstorm was behind the 2019 attacks; in 2021, U.S. prosecutors charged three of its members over them.',
    { matcher },
  )
  assert.ok(
    x.attributions.some((a) => a.attributor.name === 'US Department of Justice' && a.attributed.name === 'APT33'),
    x.attributions.map((a) => `${a.attributor.name} > ${a.attributed.name}`).join('; '),
  )
  assert.ok(!x.cosigners.some((c) => c.name === 'United States Government'))
})

test('a counted group is no party where the same attributor names its people', () => {
  const c = claims(
    'Department of Justice | Office of Public Affairs | Monday, March 2, 2026\n\nA nine-count indictment unsealed today charges two Iranian nationals, Reza Karimi, 41, and Omid Farahani, 38, with hacking.',
  )
  assert.ok(!c.some((x) => x.includes('two Iranian nationals')), c.join('; '))
  assert.ok(c.includes('US Department of Justice > Reza Karimi (charges)'), c.join('; '))
})

test("in a treasury's own release, its state acting is the treasury", () => {
  const c = claims(
    'United States Sanctions Members of Peach Sandstorm\n\nU.S. Department of the Treasury\nPress Release\nMarch 2, 2026\n\nWASHINGTON - Today the United States is designating Pavel Orlov and Ivan Demidov, members of the Peach Sandstorm group.',
  )
  assert.ok(
    c.some((x) => x.startsWith('US Department of the Treasury > Pavel Orlov')),
    c.join('; '),
  )
  assert.ok(!c.some((x) => x.startsWith('United States Government >')), c.join('; '))
})

test('a foreign ministry written in lower case, as wires write it, denies for its state', () => {
  const x = extractFromText(
    "Santiago, March 1, 2026 - Chile's foreign ministry on Monday rejected a vendor's finding that Peach Sandstorm had targeted its ports, calling it speculation.",
    { matcher },
  )
  assert.deepEqual(
    x.denials.map((d) => d.denier.name),
    ["Chile's foreign ministry"],
  )
  const y = extractFromText('The Chilean foreign ministry rejected the report.', { matcher })
  assert.deepEqual(
    y.denials.map((d) => d.denier.name),
    ['Chilean foreign ministry'],
  )
})

test('a byline names the vendor that speaks as "we", also where the entity finder does not know it', () => {
  for (const byline of [
    'By the Quillmark Security Research team | 4 May 2026',
    'Posted by Quillmark Threat Intelligence on 4 May 2026',
  ]) {
    const c = claims(
      `Quiet ports: a new wave\n\n${byline}\n\nWe assess with moderate confidence that the activity is Peach Sandstorm.`,
    )
    assert.equal(c.length, 1, c.join('; '))
    assert.match(c[0]!, /^Quillmark (?:Security Research|Threat Intelligence) > APT33/)
  }
})

test('"has always opposed all forms of hacker attacks" denies; an embassy denies under the name written', () => {
  const x = extractFromText(
    "The Treasury said Peach Sandstorm, an Iranian state-sponsored group, hacked its network. Ali Rezaei, a spokesperson for Iran's foreign ministry, told a news conference that Iran has always opposed all forms of hacker attacks. A spokesperson for the Iranian Embassy in Ottawa denied any responsibility for the hack.",
    { matcher },
  )
  assert.deepEqual(
    x.denials.map((d) => d.denier.name),
    ["Iran's foreign ministry", 'Iranian Embassy in Ottawa'],
  )
})

test('states an activity is "affecting" are its targets; a cluster tracked "behind it" is named', () => {
  const x = extractFromText(
    'NATO Allies condemned the hostile activity affecting Chile, Peru and Norway. We call the operation Saltmarsh and track the cluster behind it as QMR-4410.',
    { matcher },
  )
  assert.deepEqual(
    x.countriesTargeted.map((c) => c.country),
    ['Chile', 'Peru', 'Norway'],
  )
  assert.ok(!x.attributions.some((a) => a.attributed.name.startsWith('Government of')))
  assert.ok(x.actors.some((a) => a.canonical === 'QMR-4410'))
})

test('"operates as part of Russia\'s GRU" is an identity with its owner; an endorsement in the passive keeps its verb', () => {
  const c = claims(
    "Chile's security service said on Tuesday that Peach Sandstorm was behind the breach, and that the group almost certainly operates as part of Iran's MOIS. The finding is shared by Norway's security service.",
  )
  assert.ok(
    c.includes("Chile's security service > Iranian Ministry of Intelligence and Security (almost certainly)"),
    c.join('; '),
  )
  assert.ok(c.includes("Norway's security service > APT33 (shared)"), c.join('; '))
})

test('"…, police said Thursday" is the police force the text names', () => {
  const c = claims(
    'Kimsuky hacked the e-mails of former ministers for months, police said Wednesday. The Korean National Police Agency said the group used phishing sites.',
  )
  assert.ok(
    c.some((x) => x.startsWith('Korean National Police Agency > Kimsuky')),
    c.join('; '),
  )
  const d = claims(
    'A North Korean hacking group read the e-mails of former ministers for months, police said Wednesday. The Korean National Police Agency said the group used phishing sites.',
  )
  assert.ok(
    d.some((x) => x.startsWith('Korean National Police Agency > North Korean Government')),
    d.join('; '),
  )
})

test('the states listed after a target are targets too, never parties a claim links', () => {
  const c = claims(
    'Statement by the North Atlantic Council on recent hybrid activities\n\nNATO | Press release | 2 May 2024\n\nAllies are deeply concerned about recent malicious activities on Allied territory. Among them are activities that have led to the investigation and charging of multiple individuals in connection with hostile state activity affecting Chile, Peru, Norway and Finland.',
  )
  assert.ok(!c.some((x) => / > Government of /.test(x)), c.join('; '))
})
