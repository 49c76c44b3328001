import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extractFromText, summarize } from './index.ts'
import { testMatcher } from './test-matcher.ts'

// Constructions found missing by short news texts of our own (session 22: public events of 2017-2024 told as news,
// releases and indictments), not by the check sets.
const matcher = testMatcher([
  ['Storm-0558', 'Storm-0558'],
  ['LockBit', 'LockBit'],
  ['Sandworm', 'Sandworm', 'Voodoo Bear'],
])

function claims(text: string): string[] {
  return extractFromText(text, { matcher }).attributions.map((a) => `${a.attributor.name} > ${a.attributed.name}`)
}

test('a review board speaks, and "Cyber" opens its name after a lower-case article', () => {
  assert.deepEqual(claims('In April, the Cyber Safety Review Board said the hack was the work of Storm-0558.'), [
    'Cyber Safety Review Board > Storm-0558',
  ])
  const orgs = summarize(
    extractFromText('In a report, the Cyber Safety Review Board criticised the vendor.', { matcher }),
  ).organizations.map((o) => o.name)
  assert.deepEqual(orgs, ['Cyber Safety Review Board'])
})

test('the object of an earlier subject\'s verb is no speaker of the "said" coordinated after it', () => {
  assert.deepEqual(
    claims(
      'The Cyber Safety Review Board blamed failures at Microsoft for the intrusion and said the hack was the work of Storm-0558.',
    ),
    ['Cyber Safety Review Board > Storm-0558'],
  )
  assert.deepEqual(claims('The FBI criticised Microsoft and said the hack was the work of Storm-0558.'), [
    'FBI > Storm-0558',
  ])
  // Listed subjects, and a subject with its own verb, still speak.
  assert.deepEqual(claims('The FBI and Microsoft said the hack was the work of Storm-0558.'), [
    'FBI > Storm-0558',
    'Microsoft > Storm-0558',
  ])
  assert.deepEqual(claims('Microsoft confirmed the hack and said it was the work of Storm-0558.'), [
    'Microsoft > Storm-0558',
  ])
  // A reported clause ("warned that …") keeps its own subject.
  assert.deepEqual(
    claims('The FBI warned that Microsoft found the flaw and said the hack was the work of Storm-0558.'),
    ['FBI > Storm-0558', 'Microsoft > Storm-0558'],
  )
})

test('a denial\'s "smear campaign by Washington" names no attacker, and does not silence the accuser', () => {
  const text =
    'The FBI has attributed those attacks to the North Korean government. North Korea has consistently denied involvement in cyberattacks, calling such accusations a smear campaign by Washington.'
  assert.deepEqual(claims(text), ['FBI > North Korean Government'])
})

test('"The indictment alleges" in a federal case with no prosecutor named is the Justice Department\'s', () => {
  const text =
    'WASHINGTON - A federal indictment unsealed today charges three programmers. The indictment alleges that Jon Chang Hyok and Kim Il were members of units of the Reconnaissance General Bureau.'
  const got = claims(text)
  assert.ok(got.includes('US Department of Justice > Jon Chang Hyok'), got.join('; '))
  assert.ok(!got.some((c) => c.startsWith('The indictment')), got.join('; '))
})

test('an army said to have launched an attack is a party; a state a harmful aim is aimed at is not', () => {
  assert.deepEqual(
    claims(
      'The White House said the Russian military launched the most destructive and costly cyber-attack in history.',
    ),
    ['White House > Russian Armed Forces'],
  )
  assert.deepEqual(
    claims("The White House said the attack was part of the Kremlin's ongoing effort to destabilise Ukraine."),
    ['White House > Russian Government'],
  )
})

test('"attribution to X" as a noun is a cue, with its confidence', () => {
  const x = extractFromText(
    'The NCSC has high confidence in its assessment of attribution to the Russian Foreign Intelligence Service (SVR) of the campaign.',
    { matcher },
  )
  assert.deepEqual(
    x.attributions.map((a) => `${a.attributor.name} > ${a.attributed.name} (${a.confidenceText})`),
    ['UK National Cyber Security Centre > SVR (high confidence)'],
  )
})

test('a person charged is named after the word for them ("charged a Russian national, X, with")', () => {
  assert.deepEqual(
    claims(
      'The U.S. Justice Department on Tuesday charged a Russian national, Dmitry Yuryevich Khoroshev, with being the administrator of the LockBit ransomware group.',
    ),
    ['US Department of Justice > Dmitry Yuryevich Khoroshev', 'US Department of Justice > LockBit'],
  )
})

test("an army's hackers named as one party carry their link; speakers listed with a trade word all speak", () => {
  assert.deepEqual(
    claims(
      "Russian military hackers tried to knock out a Ukrainian energy company's substations, Ukrainian officials and the security firm ESET said on Tuesday.",
    ),
    ['Government of Ukraine > GRU', 'ESET > GRU'],
  )
})

test('"unsubstantiated" rejects an accusation', () => {
  const s = summarize(
    extractFromText(
      'Google said Iranian hackers targeted the campaigns. Iran said it had no intention of interfering in the election and called the reports "unsubstantiated."',
      { matcher },
    ),
  )
  assert.equal(s.denials.length, 1)
})

test('states that "joined Washington in condemning" or "issued statements condemning" join the statement', () => {
  const lead = 'The Czech Republic said its institutions had been targeted by APT28 using the same flaw. '
  const s = summarize(
    extractFromText(
      `${lead}The European Union, NATO and the United Kingdom issued statements condemning the campaign.`,
      {
        matcher: testMatcher([['APT28', 'APT28']]),
      },
    ),
  )
  assert.deepEqual(
    s.attributions.map((a) => `${a.attributor} > ${a.attributed_to}`),
    [
      'Government of the Czech Republic > APT28',
      'European Union > APT28',
      'NATO > APT28',
      'Government of the United Kingdom > APT28',
    ],
  )
  const joined = summarize(
    extractFromText(
      "The United States formally accused hackers affiliated with China's Ministry of State Security of the hack. The European Union, Canada and Japan joined Washington in condemning the hacking.",
      { matcher },
    ),
  )
  // A state-level lead is joined as a statement: co-signers, no claims of their own.
  assert.deepEqual(joined.cosigners, [
    'United States Government',
    'European Union',
    'Government of Canada',
    'Government of Japan',
  ])
  assert.ok(!joined.attributions.some((a) => a.attributor === 'Government of Japan'))
})

test('"undertaken from the territory of X", "an attempt by X to hack" are cues; a false flag names no sponsor', () => {
  assert.deepEqual(
    claims('The EU said the malicious cyber activities had been undertaken from the territory of China.'),
    ['European Union > PRC Government'],
  )
  assert.deepEqual(
    claims(
      "The Netherlands said on Thursday that it had disrupted an attempt by Russia's GRU military intelligence agency to hack into the OPCW.",
    ),
    ['Government of the Netherlands > GRU'],
  )
  // "an attempt by X" with no intrusion after it is no cue.
  assert.deepEqual(claims('The Netherlands said it had welcomed an attempt by Russia to mediate.'), [])
  assert.deepEqual(
    claims(
      'The NCSC judges that the GRU was almost certainly responsible for the attack, which the attackers tried to make look like the work of North Korean and Chinese hackers.',
    ),
    ['UK National Cyber Security Centre > GRU'],
  )
})

test('"a group steered by the GRU"; a lower-case city before a date is a dateline for an official with no state', () => {
  assert.deepEqual(claims('The NCSC said the attack was carried out by Sandworm, a group steered by the GRU.'), [
    'UK National Cyber Security Centre > Sandworm',
    'UK National Cyber Security Centre > GRU',
  ])
  const text =
    'Berlin, 3 May 2024\n\nGermany has recalled its ambassador to Russia. Foreign Minister Annalena Baerbock said the attack was carried out by Sandworm.'
  assert.deepEqual(claims(text), ['Government of Germany > Sandworm'])
})

test("a state's described agency takes the name the gazetteer knows it by ('Ukraine's security service')", () => {
  assert.deepEqual(claims("Ukraine's security service said the attack was carried out by Sandworm."), [
    'Security Service of Ukraine > Sandworm',
  ])
  // A described agency the gazetteer does not know keeps its words.
  assert.deepEqual(claims("Estonia's security service said the attack was carried out by Sandworm."), [
    "Estonia's security service > Sandworm",
  ])
})

test('an intelligence agency another state accuses is the doer after "carried out by", and "U.S." ends no clause', () => {
  assert.deepEqual(
    claims(
      'The FSB said the operation had been carried out by the U.S. National Security Agency, and that several thousand devices had been infected.',
    ),
    ['FSB > NSA'],
  )
  // Elsewhere the agency speaks.
  assert.deepEqual(claims('The NSA said the attack was carried out by Sandworm.'), ['NSA > Sandworm'])
  // An accused service the gazetteer knows only as a state body.
  assert.deepEqual(claims('Chinese investigators said the attack was the work of the Tailored Access Operations.'), [
    'Chinese investigators > Office of Tailored Access Operations',
  ])
})

test('groups an overlap names are not the claim\'s ("TA453, a group that overlaps with … APT42")', () => {
  const m = testMatcher([
    ['TA453', 'TA453'],
    ['APT42', 'APT42'],
  ])
  const got = extractFromText(
    'Proofpoint attributed the campaign with high confidence to TA453, a group that overlaps with the activity other vendors track as APT42.',
    { matcher: m },
  ).attributions.map((a) => `${a.attributor.name} > ${a.attributed.name}`)
  assert.deepEqual(got, ['Proofpoint > TA453'])
})

test('"a subordinate of X", "a subordinate element within X", "the primary sabotage unit of X"; a pronoun subject after them', () => {
  const m = testMatcher([
    ['Star Blizzard', 'Star Blizzard', 'Callisto Group'],
    ['MuddyWater', 'MuddyWater', 'MERCURY'],
    ['Sandworm', 'Sandworm'],
  ])
  const got = (t: string) =>
    extractFromText(t, { matcher: m }).attributions.map((a) => `${a.attributor.name} > ${a.attributed.name}`)
  assert.deepEqual(
    got(
      'The National Cyber Security Centre assesses that Star Blizzard is almost certainly a subordinate of FSB Centre 18, and that it was responsible for the leak of trade documents.',
    ),
    ['UK National Cyber Security Centre > FSB Centre 18', 'UK National Cyber Security Centre > Star Blizzard'],
  )
  assert.deepEqual(
    got("MuddyWater is a subordinate element within Iran's Ministry of Intelligence and Security, the FBI said."),
    ['FBI > Iranian Ministry of Intelligence and Security'],
  )
  assert.deepEqual(
    got("Mandiant said the group is the primary cyber sabotage unit of Russia's military intelligence agency."),
    ['Mandiant > GRU'],
  )
  // A coordinated clause with a possessive subject ends the list the cue names.
  assert.deepEqual(
    got(
      'Microsoft describes MuddyWater as a subordinate element within the MOIS, and its tactics resemble those of the groups Sandworm and Star Blizzard.',
    ),
    ['Microsoft > Iranian Ministry of Intelligence and Security'],
  )
})

test('a title only one state uses gives an official with no state named near ("Foreign Secretary")', () => {
  assert.deepEqual(
    claims(
      "Foreign Secretary David Cameron told Parliament today that Russia's Federal Security Service had conducted a sustained campaign of cyber interference.",
    ),
    ['Government of the United Kingdom > FSB'],
  )
})

test("unnamed sources cited after a claim whose subject speaks are the reporter's, not speakers", () => {
  assert.deepEqual(
    claims(
      'U.S. officials believe Iranian hackers were behind a breach of the campaign, according to two people familiar with the matter.',
    ),
    ['United States Government > Iranian Government'],
  )
  // With no subject of its own, the unnamed source still speaks.
  assert.deepEqual(
    claims('Iranian hackers were behind a breach of the campaign, according to two people familiar with the matter.'),
    ['two people familiar with the matter > Iranian Government'],
  )
})

test('"a group the ASD says is a state-sponsored cyber group of X": the clause\'s speaker says so, alone', () => {
  const m = testMatcher([['APT40', 'APT40']])
  const got = extractFromText(
    "The Australian Government has attributed the activity to APT40, a group the Australian Signals Directorate says is a state-sponsored cyber group of the People's Republic of China's Ministry of State Security (MSS).",
    { matcher: m },
  ).attributions.map((a) => `${a.attributor.name} > ${a.attributed.name}`)
  assert.deepEqual(got, [
    'Government of Australia > APT40',
    'Australian Signals Directorate > PRC Ministry of State Security',
  ])
})

test('"called on it to stop spreading disinformation" rejects an accusation', () => {
  const s = summarize(
    extractFromText(
      'Australia attributed the attacks to China. The Chinese embassy in Canberra said Australia had hyped the issue and called on it to stop spreading disinformation.',
      { matcher },
    ),
  )
  assert.deepEqual(
    s.denials.map((d) => d.denier),
    ['Chinese embassy in Canberra'],
  )
})

test('an organisation named again by its initials is the same speaker ("Hewlett Packard Enterprise" … "HPE said")', () => {
  const m = testMatcher([['APT29', 'APT29', 'Midnight Blizzard']])
  const text =
    'Hewlett Packard Enterprise said on Wednesday that Midnight Blizzard had gained access to its email. In a filing with the Securities and Exchange Commission, HPE said the attackers had exfiltrated data.'
  const got = extractFromText(text, { matcher: m }).attributions.map(
    (a) => `${a.attributor.name} > ${a.attributed.name} (${a.attributor.text})`,
  )
  // The opening phrase's party ("with the Securities and Exchange Commission") does not speak either.
  assert.deepEqual(got, [
    'Hewlett Packard Enterprise > APT29 (Hewlett Packard Enterprise)',
    'Hewlett Packard Enterprise > APT29 (HPE)',
  ])
  // Initials inside a longer word are no mention.
  const orgs = extractFromText('Hewlett Packard Enterprise builds servers. The HPEX line is new.', { matcher: m }).orgs
  assert.deepEqual(
    orgs.map((o) => o.text),
    ['Hewlett Packard Enterprise'],
  )
})

test('an organisation named right before the attack on it is its victim, no speaker ("HSE attack: …")', () => {
  const m = testMatcher([['Wizard Spider', 'Wizard Spider']])
  const got = (t: string) =>
    extractFromText(t, { matcher: m }).attributions.map((a) => `${a.attributor.name} > ${a.attributed.name}`)
  assert.deepEqual(
    got(
      'National Health Service attack: the National Cyber Security Centre and police point to the St Petersburg gang Wizard Spider',
    ),
    ['UK National Cyber Security Centre > Wizard Spider'],
  )
})

test('a title of office in apposition before the name is the person\'s ("The Foreign Secretary, David Cameron, said")', () => {
  assert.deepEqual(
    claims(
      "The Foreign Secretary, David Cameron, told Parliament that Russia's Federal Security Service had conducted a sustained campaign of cyber interference.",
    ),
    ['Government of the United Kingdom > FSB'],
  )
})

test('a subject before a closed relative clause; a relative clause\'s own subject with its cue; "established links between"', () => {
  const m = testMatcher([
    ['MirrorFace', 'MirrorFace'],
    ['Secret Blizzard', 'Secret Blizzard'],
    ['APT40', 'APT40'],
  ])
  const got = (t: string) =>
    extractFromText(t, { matcher: m }).attributions.map((a) => `${a.attributor.name} > ${a.attributed.name}`)
  assert.deepEqual(
    got(
      "Japan's National Police Agency said that a hacking group called MirrorFace, which it said was linked to the Chinese state, had carried out about 210 cyberattacks.",
    ),
    ['National Police Agency > PRC Government', 'National Police Agency > MirrorFace'],
  )
  assert.deepEqual(
    got(
      "We assess that Secret Blizzard, which the Cybersecurity and Infrastructure Security Agency has attributed to Center 16 of Russia's Federal Security Service, takes over other actors' tools.",
    ),
    ['CISA > FSB Center 16'],
  )
  assert.deepEqual(
    got(
      "The GCSB has established links between a state-sponsored group from the People's Republic of China and the 2021 compromise of the Parliamentary Counsel Office.",
    ),
    ['Government Communications Security Bureau > PRC Government'],
  )
  // Links between two groups are no claim on the first.
  assert.ok(
    !got('Trend Micro found links between MirrorFace and other threat actors.').includes('Trend Micro > MirrorFace'),
  )
})
