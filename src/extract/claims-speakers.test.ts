import assert from 'node:assert/strict'
import { test } from 'node:test'
import { findOrgs } from './entities.ts'
import { extractFromText, summarize } from './index.ts'
import { testMatcher } from './test-matcher.ts'

// Actors these tests name; the sentences are our own, about other actors and speakers than any annotated document.
const matcher = testMatcher([
  ['APT33', 'APT33', 'Peach Sandstorm', 'Elfin'],
  ['APT34', 'APT34', 'OilRig', 'Helix Kitten'],
  ['APT35', 'APT35', 'Charming Kitten', 'Phosphorus'],
  ['Kimsuky', 'Kimsuky', 'Emerald Sleet', 'Velvet Chollima'],
])

function claims(text: string): string[] {
  return extractFromText(text, { matcher }).attributions.map(
    (a) => `${a.attributor.name} > ${a.attributed.name}${a.confidenceText ? ` (${a.confidenceText})` : ''}`,
  )
}

test('groups listed after a plural word for groups are several groups, not one group by several names', () => {
  const x = extractFromText(
    'The breaches can be tied to the hacking groups known as Advanced Persistent Threat 33, Advanced Persistent Threat 34 and Advanced Persistent Threat 35, the ministry said.',
    { matcher },
  )
  assert.deepEqual(
    x.actors.map((a) => a.canonical),
    ['APT33', 'APT34', 'APT35'],
  )
  assert.deepEqual(summarize(x).aliases_asserted, [])
  // One group's names after a singular word are still an alias list.
  const y = extractFromText('The breach is the work of a group known as Elfin, Peach Sandstorm and Holmium.', {
    matcher,
  })
  assert.ok(y.actors.some((a) => a.mention === 'Holmium' && a.canonical === 'APT33'))
})

test('"the X regime" is the state itself', () => {
  assert.deepEqual(claims('The FBI has described Phosphorus as believed to be directed by the Iranian regime.'), [
    'FBI > Iranian Government (believed)',
  ])
  const parties = extractFromText('Officials said the hackers work for the North Korean regime.', { matcher }).parties
  assert.ok(parties.some((p) => p.kind === 'government' && p.name === 'North Korean Government'))
})

test('initials ending in a number name the whole body they follow, not the department it opens with', () => {
  const orgs = findOrgs('The Department of Defense Cyber Crime Center (DC3) and the FBI issued the alert.', [], [])
  assert.ok(orgs.some((o) => o.name === 'Department of Defense Cyber Crime Center'))
  assert.ok(!orgs.some((o) => o.name === 'US Department of Defense'))
})

test('a security firm the gazetteer does not know speaks where its name has a firm’s shape and a verb of saying', () => {
  assert.deepEqual(claims('Wrenfield Intelligence suggested in May that the same lures could be linked to APT35.'), [
    'Wrenfield Intelligence > APT35 (could be)',
  ])
  assert.deepEqual(claims('Researchers at Ostrava Security said the campaign was run by OilRig.'), [
    'Ostrava Security > APT34 (run by)',
  ])
  // A public body's name of the same shape is none.
  const orgs = findOrgs('The National Security Council said nothing.', [], [])
  assert.ok(!orgs.some((o) => o.kind === 'vendor'))
})

test('a public body found by its shape belongs to the state its name opens with', () => {
  const orgs = findOrgs(
    'He worked for a Russian Ministry of Defense institute; Iran’s Ministry of Intelligence and the South Korean Ministry of Unification were named.',
    [],
    [],
  )
  const byName = new Map(orgs.map((o) => [o.name, o.country]))
  assert.equal(byName.get('Russian Ministry of Defense'), 'Russia')
  assert.equal(byName.get('South Korean Ministry of Unification'), 'South Korea')
})

test('an agency of the accused state is not the one accusing', () => {
  const got = claims(
    'WASHINGTON - The Department of Justice today unsealed two indictments charging three Russian nationals who worked for the Russian government. Ivan Petrov, an employee of a Russian Ministry of Energy research institute, is charged with conspiracy.',
  )
  assert.ok(got.includes('US Department of Justice > Russian Government (charging)'), got.join('; '))
  assert.ok(!got.some((c) => c.startsWith('Russian Ministry of Energy')), got.join('; '))
})

test('a speaker reported after the claim at the end of its sentence speaks for it, not the people the claim names', () => {
  assert.deepEqual(
    claims(
      'A hacking group linked to APT35 tried to break into the accounts of aides to Prime Minister Ana Costa and former Minister Rui Lobo, Microsoft said on Friday.',
    ),
    ['Microsoft > APT35 (linked to)'],
  )
  // A subject that says so itself is the speaker; the one after it only reports it.
  assert.ok(
    claims('The FBI said Charming Kitten was behind it, Microsoft reported.').includes('FBI > APT35 (was behind)'),
  )
})

test('a vendor its header names by shape alone is one of the organisations the text names', () => {
  const x = extractFromText(
    'Quiet Reef: an OilRig cluster returns\n\nHarlow Threat Intelligence | 3 March 2026\n\nWe assess with moderate confidence that the lures are the work of OilRig.',
    { matcher },
  )
  assert.ok(summarize(x).organizations.some((o) => o.name === 'Harlow Threat Intelligence'))
  assert.deepEqual(
    claims(
      'Quiet Reef: an OilRig cluster returns\n\nHarlow Threat Intelligence | 3 March 2026\n\nWe assess with moderate confidence that the lures are the work of OilRig.',
    ),
    ['Harlow Threat Intelligence > APT34 (with moderate confidence)'],
  )
})

test('the author a header block names between the headline and the body speaks for the text', () => {
  const release =
    'Programmer Charged Over Bank Thefts\n\nDepartment of Justice\nOffice of Public Affairs\n\nFOR IMMEDIATE RELEASE\nMonday, May 4, 2026\n\nA complaint unsealed today charges Ivan Petrov with conspiracy. According to the complaint, Petrov acted on behalf of the Russian government.'
  assert.ok(
    claims(release).some((c) => c.startsWith('US Department of Justice > Russian Government')),
    claims(release).join('; '),
  )
  const blog =
    'Copper Kite: a new OilRig cluster\n\nHollin Security Research | Threat Intelligence Blog | 2 May 2026\n\nWe attribute the cluster with moderate confidence to OilRig.'
  assert.deepEqual(claims(blog), ['Hollin Security Research > APT34 (with moderate confidence)'])
  // A subtitle that is a sentence about an organisation is no header.
  const story = 'Hackers hit a ministry\n\nMicrosoft says Helix Kitten broke in\n\nThe FBI said APT34 was behind it.'
  assert.deepEqual(claims(story), ['FBI > APT34 (was behind)'])
})

test('a person a sanction or a finding names is a party it links', () => {
  assert.deepEqual(
    claims(
      'Canada today imposed a cyber sanction under its Special Economic Measures Act on Russian national Pyotr Ivanovich Sokolov for his role in the breach.',
    ),
    ['Government of Canada > Pyotr Ivanovich Sokolov (sanction on)'],
  )
  assert.deepEqual(claims('The RCMP and the CSE have linked Pyotr Sokolov to the breach of a hospital network.'), [
    'Royal Canadian Mounted Police > Pyotr Sokolov (linked)',
    'Communications Security Establishment > Pyotr Sokolov (linked)',
  ])
  // Sanctions on a state, and a count of people, are no such link.
  assert.deepEqual(claims('The UK imposed sanctions on Russia over the invasion.'), [])
  assert.deepEqual(claims('In response, sanctions have been imposed on a company and two individuals.'), [])
})

test('a patronymic is the middle of a three-word name', () => {
  const x = extractFromText('Officials named Pyotr Ivanovich Sokolov and Anna Sergeyevna Volkova in the notice.', {
    matcher,
  })
  assert.deepEqual(
    x.people.map((p) => p.name),
    ['Pyotr Ivanovich Sokolov', 'Anna Sergeyevna Volkova'],
  )
})

test('a speaker after the claim ends its clause before a semicolon', () => {
  assert.deepEqual(
    claims('The outage was the work of Russian military intelligence hackers, CERT-UA says; a case will follow.'),
    ['CERT-UA > GRU (the work of)'],
  )
  // "Russia's military intelligence" is the GRU, and the EU's name for its 85th centre is the centre.
  const x = extractFromText(
    "The group is a unit of Russia's military intelligence. The 85th Main Centre for Special Services (GTsSS) was listed.",
    { matcher },
  )
  assert.deepEqual(
    x.parties.map((p) => `${p.kind}:${p.name}`),
    [
      'state-body:GRU',
      'state-body:GRU 85th Main Special Service Center',
      'state-body:GRU 85th Main Special Service Center',
    ],
  )
})

test('a person an apposition places in a state body serves that state, and does not accuse it', () => {
  const x = extractFromText(
    'Ivan Orlov, the head of the GRU, is listed because he is responsible for the attacks carried out by the GTsSS.',
    { matcher },
  )
  // (Listed, he is the listing's party; as a speaker he would stand for Russia.)
  assert.ok(x.parties.some((p) => p.kind === 'individual' && p.name === 'Ivan Orlov'))
  assert.ok(!x.parties.some((p) => p.kind === 'person' && p.country !== 'Russia'))
  assert.deepEqual(
    x.attributions.map((a) => a.attributor.name),
    [],
  )
})

test('a complaint or indictment named before "charges" charges the person after it', () => {
  const got = claims(
    'Department of Justice\nOffice of Public Affairs\n\nA criminal complaint unsealed today in federal court in Boston charges Ali Rezaei, an Iranian national, with conspiracy.',
  )
  assert.ok(got.includes('US Department of Justice > Ali Rezaei (charges)'), got.join('; '))
  // "charges" as a noun after it is no verb.
  assert.deepEqual(claims('The indictment unsealed today includes charges of wire fraud.'), [])
})

test('"Threat Intel" ends a security firm’s name too', () => {
  assert.deepEqual(claims('Marram Threat Intel wrote that the same servers could be linked to Elfin.'), [
    'Marram Threat Intel > APT33 (could be)',
  ])
})

test('a header block naming an alliance’s council makes the alliance the voice of its release', () => {
  const got = claims(
    'Cyber-attacks: EU lists one body\n\nCouncil of the EU - Press release\n3 May 2026\n\nThe Council today decided to impose restrictive measures on a body responsible for the attack. The body listed is the GRU, whose officers took part in the attack.',
  )
  assert.ok(
    got.some((c) => c.startsWith('European Union > GRU')),
    got.join('; '),
  )
})

test('the state that closes a state body’s name is part of it, and a body linked as responsible makes its state a sponsor', () => {
  const x = extractFromText(
    'Latvia has determined that the intrusion was carried out by APT31, a group associated with the Ministry of State Security of China.',
    { matcher },
  )
  assert.ok(!x.attributions.some((a) => a.attributed.name === 'PRC Government' && a.attributed.kind === 'country'))
  assert.ok(x.attributions.some((a) => a.attributed.name === 'PRC Ministry of State Security'))
  assert.deepEqual(
    summarize(x).state_sponsors.map((s) => s.name),
    ['PRC Ministry of State Security', 'PRC Government'],
  )
})

test('a public body the attacks hit names its sector', () => {
  const sectors = (t: string) => summarize(extractFromText(t, { matcher })).sectors
  assert.ok(sectors('The hackers breached the Slovenian Ministry of Foreign Affairs in May.').includes('government'))
  assert.ok(sectors('APT34 targeted the Slovenian Police with phishing.').includes('law enforcement'))
  // A body that speaks is no target.
  assert.ok(!sectors('The Slovenian Ministry of Foreign Affairs said APT34 was behind it.').includes('government'))
})

test('sector words threat reports use for exchanges, hosts, IT services, airports and politicians', () => {
  const sectors = (t: string) => summarize(extractFromText(t, { matcher })).sectors
  assert.deepEqual(sectors('The group stole funds from a cryptocurrency exchange in Seoul.'), ['cryptocurrency'])
  assert.deepEqual(sectors('The attacks hit Latvian web hosting providers.'), ['hosting providers'])
  assert.deepEqual(sectors('The hackers targeted airports and IT services.'), ['aviation', 'managed service providers'])
  assert.deepEqual(sectors('APT28 targeted politicians.'), ['political organizations'])
})

test('a state linked as responsible is not among the countries its attacks hit', () => {
  const targets = (t: string) => summarize(extractFromText(t, { matcher })).countries_targeted
  const t = 'The FBI said the Iranian government was behind the attacks. The hackers targeted Iran and Israel.'
  assert.ok(!targets(t).includes('Iran'), targets(t).join(', '))
  assert.ok(targets(t).includes('Israel'), targets(t).join(', '))
})

test('alias lists "known in the community as" and "under names including"', () => {
  const aliases = (t: string) =>
    summarize(extractFromText(t, { matcher })).aliases_asserted.map((a) => a.names.join(', '))
  assert.deepEqual(aliases('The unit is widely known in the security research community as OilRig and Helix Kitten.'), [
    'OilRig, Helix Kitten',
  ])
  assert.deepEqual(
    aliases(
      'The group is tracked in the threat intelligence industry under names including Elfin, Peach Sandstorm and Holmium.',
    ),
    ['Elfin, Peach Sandstorm, Holmium'],
  )
})

test('more sector words: government services, law enforcement agencies, members of the media, military personnel', () => {
  const sectors = (t: string) => summarize(extractFromText(t, { matcher })).sectors
  assert.deepEqual(sectors('The wiper hit government services and law enforcement agencies.'), [
    'government',
    'law enforcement',
  ])
  assert.deepEqual(sectors('The phishing targeted members of the media and military personnel.'), ['media', 'defense'])
  // Law enforcement that acts is no target.
  assert.deepEqual(sectors('Western law enforcement disrupted the gang earlier this year.'), [])
})

test('the states an advisory is signed by are its co-signers', () => {
  const x = extractFromText(
    'The NCSC said the GRU was behind the campaign. The advisory has been signed by Norway, Finland and Sweden, with nine agencies adding their seals.',
    { matcher },
  )
  assert.deepEqual(
    summarize(x).cosigners.filter((c) => c !== 'Government of the United Kingdom'),
    ['Government of Norway', 'Government of Finland', 'Government of Sweden'],
  )
})

test('a company an earlier claim implicates can deny it', () => {
  const x = extractFromText(
    'The Russian Interior Ministry said OilRig was behind an operation that used Samsung phones. Samsung flatly rejected the accusation.',
    { matcher },
  )
  assert.deepEqual(
    summarize(x).denials.map((d) => d.denier),
    ['Samsung'],
  )
})

test('alias lists that open a sentence, that name other names, or that the index already groups', () => {
  const aliases = (t: string) =>
    summarize(extractFromText(t, { matcher })).aliases_asserted.map((a) => a.names.join(', '))
  assert.deepEqual(aliases('Also known as Helix Kitten and Crambus, OilRig is regarded by analysts as Iranian.'), [
    'OilRig, Helix Kitten, Crambus',
  ])
  assert.deepEqual(
    aliases('Researchers have identified the group under other names, including Elfin, Peach Sandstorm and Holmium.'),
    ['Elfin, Peach Sandstorm, Holmium'],
  )
  assert.deepEqual(
    aliases('They served a unit of the IRGC, known to security researchers as Charming Kitten or Phosphorus.'),
    ['Charming Kitten, Phosphorus'],
  )
})

test('a state service found by its shape speaks', () => {
  assert.deepEqual(
    claims(
      'The findings of the Military Counterintelligence Service (SKW) show that the attack was carried out by OilRig.',
    ),
    ['Military Counterintelligence Service > APT34 (carried out by)'],
  )
})

test('a case caption and an employer are no speakers', () => {
  const got = claims(
    'WASHINGTON, May 4, 2026 - The Department of Justice today unsealed an indictment. In the indictment, United States v. Ivan Petrov, an employee of a Russian Ministry of Energy institute is charged with conspiracy.',
  )
  assert.ok(got.includes('US Department of Justice > Ivan Petrov (charged)'), got.join('; '))
  assert.ok(!got.some((c) => c.startsWith('United States Government >')), got.join('; '))
})
