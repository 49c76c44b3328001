import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extractFromText } from './index.ts'
import { testMatcher } from './test-matcher.ts'

// Rules written in session 15 from the opened check sets (check32, check33), each tested on our own sentences about
// other events.
const matcher = testMatcher([
  ['APT28', 'APT28', 'Fancy Bear'],
  ['APT33', 'APT33', 'Elfin'],
  ['APT36', 'APT36', 'APT 36', 'Transparent Tribe'],
  ['APT41', 'APT41', 'Wicked Panda'],
  ['Salt Typhoon', 'Salt Typhoon'],
])

function claims(text: string): string[] {
  return extractFromText(text, { matcher }).attributions.map((a) => `${a.attributor.name} > ${a.attributed.name}`)
}
function orgs(text: string): string[] {
  return extractFromText(text, { matcher }).orgs.map((o) => o.name)
}
function actors(text: string): string[] {
  return [...new Set(extractFromText(text, { matcher }).actors.map((a) => a.canonical))]
}

test('"described X as linked to Y" and "wrote that": a publication speaks with either verb', () => {
  assert.deepEqual(claims("The Record described Elfin as a group linked to Iran's Revolutionary Guard."), [
    'The Record > Islamic Revolutionary Guard Corps',
  ])
  assert.deepEqual(claims('The Record likewise wrote that the attack was attributed to Wicked Panda.'), [
    'The Record > APT41',
  ])
})

test('a date range inside "attributed … to" is not the cue\'s "to"', () => {
  assert.deepEqual(claims('ESET attributed the intrusions, which ran from March to June 2024, to Fancy Bear.'), [
    'ESET > APT28',
  ])
})

test('a news site, a news agency or a daily named by its trade noun speaks', () => {
  assert.deepEqual(orgs('The Tunisian news site Kapitalis reported that APT33 was behind the attack.'), ['Kapitalis'])
  assert.deepEqual(claims('The daily Le Soir reported that the attack was carried out by Fancy Bear.'), [
    'Le Soir > APT28',
  ])
  // An adverb "daily" before a nationality names no publication.
  assert.deepEqual(orgs('Hackers mounted daily Russian attacks on Ukrainian banks.'), [])
})

test("a company's researcher speaks for the company the title names by its first word", () => {
  assert.deepEqual(
    claims(
      'An investigation by the blockchain analytics firm Kerrow Intelligence traced the funds. Kerrow analyst Jane Holt said it looks increasingly likely that Fancy Bear was behind the theft.',
    ),
    ['Kerrow Intelligence > APT28'],
  )
})

test('a capitalised title between commas, then a named agency: the official speaks for the agency', () => {
  const text =
    "Telangana Cyber, the state's nodal cyber agency, published a report. Ravi Kumar, Additional Director General of Police, Telangana Cyber, said the attacks were carried out by Transparent Tribe."
  assert.deepEqual(claims(text), ['Telangana Cyber > APT36'])
  // The title is no organisation.
  assert.ok(!orgs(text).includes('Additional Director General of Police'))
  // "According to Rao, the agency blocked …": a surname before a bare "the agency" is no agency.
  assert.deepEqual(orgs('According to Rao, the agency blocked the attempts.'), [])
})

test('"The N groups named by the agency are A, B and C": actors, each attributed by the agency', () => {
  const text =
    "Telangana Cyber, the state's nodal cyber agency, has identified four APT groups behind attacks on state websites. The four groups named by the agency are APT 36, Pakistan Cyber Force, Team Kraken PK and HOAX1337."
  assert.deepEqual(actors(text), ['APT36', 'Pakistan Cyber Force', 'Team Kraken PK', 'HOAX1337'])
  assert.deepEqual(claims(text), [
    'Telangana Cyber > APT36',
    'Telangana Cyber > Pakistan Cyber Force',
    'Telangana Cyber > Team Kraken PK',
    'Telangana Cyber > HOAX1337',
  ])
  // Without hacking in view, a list of "groups" names no actors.
  assert.deepEqual(actors('The groups named by the council are Oxfam, Caritas and the Red Cross.'), [])
})

test("a prosecutor speaks for the prosecution authority the text names; a body's short word in brackets", () => {
  const text =
    'The Norwegian Prosecution Authority said the inquiry was closed. Senior prosecutor Kari Lund said the intrusion was carried out by Fancy Bear. In a separate statement, the Norwegian Police Security Service (Pest) said APT28 had acted on behalf of the Iranian Revolutionary Guard.'
  assert.deepEqual(claims(text), [
    'Norwegian Prosecution Authority > APT28',
    'Norwegian Police Security Service > Islamic Revolutionary Guard Corps',
  ])
})

test('"the actors responsible are almost certainly X": an identity of the actors responsible', () => {
  assert.deepEqual(
    claims('The Cyber Centre said the actors responsible are almost certainly PRC state-sponsored Salt Typhoon.'),
    ['Canadian Centre for Cyber Security > PRC Government', 'Canadian Centre for Cyber Security > Salt Typhoon'],
  )
})

test('"first reported …, citing sources, that the gang was responsible"; a gang named before a verb', () => {
  assert.deepEqual(
    claims(
      'The ransomware gang Rhysida hit the hospital. Reuters first reported on Monday, citing two people familiar with the matter, that the gang was responsible.',
    ),
    ['Reuters > Rhysida'],
  )
})

test('a lower-confidence second link: "came from the same operators" in a judged clause, "this activity is also X"', () => {
  const conf = (text: string) =>
    extractFromText(text, { matcher }).attributions.map(
      (a) => `${a.attributor.name} > ${a.attributed.name} (${a.confidence?.term ?? 'asserted'})`,
    )
  const vendor = 'Tarnhollow Labs | 2 March 2026\n\nWe attribute the main wave to Fancy Bear with high confidence. '
  assert.deepEqual(
    conf(
      `${vendor}We also assess with low confidence that a smaller wave of fake invoices sent to port agents in Gdansk in May 2026 came from the same operators.`,
    ).slice(1),
    ['Tarnhollow Labs > APT28 (low)'],
  )
  assert.deepEqual(
    conf(
      `${vendor}We consider it a realistic possibility that this activity is also Elfin, but the overlap is small.`,
    ).slice(1),
    ['Tarnhollow Labs > APT33 (realistic possibility)'],
  )
  // Without a judgement, where mail came from is no claim.
  assert.deepEqual(conf(`${vendor}The invoices came from the same operators.`).slice(1), [])
})

test('"evidence suggests that the attack came from X, the Global Times has learned"; "regarded X as the main suspect"', () => {
  assert.deepEqual(
    claims('Preliminary evidence suggests that the attack on the observatory came from Iran, Reuters has learned.'),
    ['Reuters > Iranian Government'],
  )
  assert.deepEqual(claims('Mandiant said it regarded Russia as the main suspect.'), ['Mandiant > Russian Government'])
  // Regarding someone as a partner is no suspicion.
  assert.deepEqual(claims('Mandiant said it regarded Russia as a partner in the investigation.'), [])
})

test('a passive agent with its state before it ("indicted by the U.S. Justice Department"); "named in a U.S. indictment"', () => {
  assert.deepEqual(claims('Wicked Panda was indicted by the U.S. Justice Department in 2020 for intrusions.'), [
    'US Department of Justice > APT41',
  ])
  assert.deepEqual(
    claims('Seoul blacklisted the hacker Kim Il. He is also named in a U.S. federal indictment.').filter((c) =>
      c.endsWith('United States Government'),
    ),
    [],
  )
})

test('"the NCA, the FBI and other partners announced that they had taken control of X": "they" are the speakers', () => {
  assert.deepEqual(
    claims(
      "LockBit hit the bank. The UK's National Crime Agency, the FBI and other partners announced that they had taken control of LockBit's websites.",
    ),
    [],
  )
})

test('another state\'s body named like a known one ("Switzerland\'s National Cyber Security Centre (NCSC)")', () => {
  const text =
    "BERN - Switzerland's National Cyber Security Centre (NCSC) has published its analysis. The Play ransomware group broke into Xplain in May 2023, the NCSC said."
  assert.deepEqual(claims(text), ["Switzerland's National Cyber Security Centre > Play"])
  assert.ok(!orgs(text).includes('UK National Cyber Security Centre'))
})

test('an unnamed counted group is no attributed party; a state acting "in coordination with" another co-signs', () => {
  const x = extractFromText(
    'WASHINGTON - Today the United States, in coordination with the United Kingdom, is designating seven Russian nationals for their part in the Trickbot gang. A grand jury has charged nine Iranian nationals over the scheme.',
    { matcher },
  )
  assert.deepEqual(
    x.attributions.filter((a) => a.attributed.defendants).map((a) => a.attributed.text),
    [],
  )
  assert.deepEqual(x.cosigners.map((c) => c.name).sort(), [
    'Government of the United Kingdom',
    'United States Government',
  ])
  // A state named after "-Based" in a headline is a place, not who stands behind.
  assert.deepEqual(claims('United States Sanctions Members of Russia-Based Trickbot Cybercrime Gang'), [])
})

test('"used a zero-day vulnerability … to" as an activity under a named speaker; an association speaks', () => {
  assert.deepEqual(
    claims(
      'The Cyber Security Association of Ruritania said that from July 2022 to July 2023 U.S. intelligence agencies used a zero-day vulnerability in a mail server to take over a defence contractor.',
    ),
    ['Cyber Security Association of Ruritania > U.S. intelligence agencies'],
  )
  // The text's own narration of a tool used names no claim.
  assert.deepEqual(claims('APT28 used a zero-day flaw in Outlook.'), [])
})

test('the publisher a report is credited to ("according to a report by Bleeping Computer")', () => {
  // (The outlet under its gazetteer name, whichever way the text spaces it.)
  assert.deepEqual(claims('The breach has been linked to Fancy Bear, according to a report by Bleeping Computer.'), [
    'BleepingComputer > APT28',
  ])
  // Not a person, not the "U" of "U.S.".
  assert.deepEqual(orgs('The breach was first reported by John Smith.'), [])
  assert.ok(
    !orgs('The intrusion was attributed to Elfin, according to a report by the U.S. firm Recorded Future.').includes(
      'U',
    ),
  )
})

test('"Russian services are behind"; "came directly from Russia" said with certainty; "carried out from China"', () => {
  assert.deepEqual(
    claims(
      "Montenegro's Agency for National Security (ANB) has said that coordinated Russian services are behind the wave of cyberattacks.",
    ),
    ['Agency for National Security > Russian Government'],
  )
  assert.deepEqual(
    claims(
      'Marko Ilic, director of the Directorate for Information Security, said he could state with certainty that the attack came directly from Russia.',
    ),
    ['Directorate for Information Security > Russian Government'],
  )
  assert.deepEqual(
    claims("Norway's Foreign Minister Ine Eriksen Soereide said that it had been carried out from China."),
    ['Government of Norway > PRC Government'],
  )
  // Where servers stood is no attribution.
  assert.deepEqual(claims('The FBI said the attack was launched from servers in the Netherlands.'), [])
})

test('"the Cuba ransomware gang" is a gang, not a state; a subordinate clause\'s subject is not listed with the accused', () => {
  assert.deepEqual(
    claims(
      'Montenegro blames Russia for cyberattack as Cuba ransomware gang claims it. Officials later confirmed that Cuba was behind the attack.',
    ),
    ['Government of Montenegro > Russian Government', 'Government of Montenegro > Cuba'],
  )
  assert.deepEqual(claims('The FBI blamed Fancy Bear as well as Elfin for the attack.'), ['FBI > APT28', 'FBI > APT33'])
})

function deniers(text: string): string[] {
  return extractFromText(text, { matcher }).denials.map((d) => d.denier.name)
}

test('denials: an unplaced foreign-ministry spokesperson speaks for the accused state; "calumnies"; each denial kept', () => {
  const text =
    'Canberra said China was behind the attacks. In Beijing, foreign ministry spokesman Wang Lei rejected the claims as baseless. At the time, foreign ministry spokeswoman Li Na denied the allegations.'
  assert.deepEqual(deniers(text), ['PRC Government', 'PRC Government'])
  assert.deepEqual(
    deniers(
      "Rome blamed Russia for the attacks. The Russian foreign ministry's spokeswoman, Anna Petrova, called the minister's words calumnies and accusations without proof.",
    ),
    ['Russian foreign ministry'],
  )
})

test('a body named after a possessive keeps "Security"; initials after a name in its own language', () => {
  const text =
    "Amnesty International said it attributes NoviSpy to the country's Security Information Agency (Bezbednosno-informativna agencija, BIA) with a high degree of confidence. The BIA denied any wrongdoing."
  assert.ok(orgs(text).includes('Security Information Agency'))
  assert.deepEqual(deniers(text), ['Security Information Agency'])
})

test("foreign-policy sanctions against a state name no party; a state's own attack names no speaker", () => {
  assert.deepEqual(
    claims('Days earlier, Japan had joined Western sanctions against Russia over its invasion of Ukraine.'),
    [],
  )
  assert.deepEqual(claims('The UK imposed sanctions against the GRU for the attacks.'), [
    'Government of the United Kingdom > GRU',
  ])
  assert.deepEqual(
    claims(
      "The security company Symantec said on Wednesday that Singapore's worst cyber attack, the theft of health records, was the work of Elfin.",
    ),
    ['Symantec > APT33'],
  )
  assert.deepEqual(
    claims(
      'The administration formally pinned the SolarWinds intrusion on a Russian intelligence service, the White House said.',
    ).length,
    1,
  )
})

test('"lists among the defendants A, B and C": each person charged', () => {
  assert.deepEqual(
    claims("The Justice Department's release lists among the defendants Viktor Orlov, Boris Antonov and Ivan Ermakov."),
    [
      'US Department of Justice > Viktor Orlov',
      'US Department of Justice > Boris Antonov',
      'US Department of Justice > Ivan Ermakov',
    ],
  )
})

test('a catalogued name the text calls a company is that company; a vendor by its first word; victims "among them"', () => {
  const nso = testMatcher([['Night Tsunami', 'Night Tsunami', 'NSO Group']])
  const x = extractFromText('Morocco used the Pegasus spyware of the Israeli company NSO Group. NSO Group denied it.', {
    matcher: nso,
  })
  assert.deepEqual(x.actors, [])
  assert.ok(x.orgs.some((o) => o.name === 'NSO Group'))
  assert.deepEqual(
    claims(
      'The report came from Insikt Group. Insikt said malware had been found inside the networks of ten ministries and agencies, the State Intelligence Agency among them, and that it was operated by Wicked Panda.',
    ),
    ['Insikt Group > APT41'],
  )
})

test("a link inside what a speaker denies or dismisses is not the speaker's claim", () => {
  assert.deepEqual(claims('China denies claims that Wicked Panda hacked the ministry.'), [])
  assert.deepEqual(claims('Mandiant dismissed reports that Wicked Panda hacked the ministry.'), [])
  assert.deepEqual(claims('Mandiant said Wicked Panda hacked the ministry.'), ['Mandiant > APT41'])
})

test('companies by their head word (Motors, Aerospace, Partners, Solutions), not a generic offer', () => {
  assert.deepEqual(
    orgs('Hackers hit Hino Motors and Collins Aerospace, while AE Industrial Partners bought Paragon Solutions.'),
    ['Hino Motors', 'Collins Aerospace', 'AE Industrial Partners', 'Paragon Solutions'],
  )
  assert.deepEqual(orgs('The company offers Managed Security Solutions to banks.'), [])
})
