import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extractFromText, summarize } from './index.ts'
import { testMatcher } from './test-matcher.ts'

// Rules written from the opened check18 set (session 9), each tested on our own sentences about other events.
const matcher = testMatcher([
  ['APT33', 'APT33', 'Peach Sandstorm', 'Elfin'],
  ['Lazarus Group', 'Lazarus Group', 'Lazarus'],
])

function claims(text: string): string[] {
  return extractFromText(text, { matcher }).attributions.map((a) => `${a.attributor.name} > ${a.attributed.name}`)
}

test("an Attorney General whose title names no state speaks for the release's agency, not for the state named before", () => {
  const text =
    "Justice Department Seizes Domains Used by Iranian Hackers\n\nThe operation targeted servers that Iranian hackers had rented in Russia. Attorney General Jane Roe said the Department would keep disrupting the Iranian government's cyber campaigns against American companies."
  assert.ok(claims(text).includes('US Department of Justice > Iranian Government'), claims(text).join('; '))
  const roe = extractFromText(text, { matcher }).attributions.find((a) => a.attributor.text === 'Jane Roe')
  assert.equal(roe?.attributor.kind, 'agency')
})

test("a government's cyber campaigns or operations are its own; its cyberattacks told in passing are not", () => {
  assert.deepEqual(claims("The FBI said the arrests would slow the Iranian government's hacking operations."), [
    'FBI > Iranian Government',
  ])
  assert.deepEqual(claims("The FBI said the Iranian government's budget grew."), [])
})

test('"too early to link" is no link', () => {
  assert.deepEqual(
    claims(
      'Jan Novak, the chief executive of the analytics firm Chainview, said that the laundering resembled earlier thefts but that it was too early to definitively link the theft to the Lazarus Group.',
    ),
    [],
  )
})

function summary(text: string) {
  return summarize(extractFromText(text, { matcher }))
}

test('a body named by its number is a unit a measure can name, listed as an organisation too', () => {
  const text =
    "WASHINGTON - The U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) today sanctioned one entity and two individuals. Department 27 of the Ministry of Light Industry (Department 27) runs the network. Department 27 is designated pursuant to E.O. 13687 for being controlled by the Government of North Korea."
  assert.ok(claims(text).includes('Office of Foreign Assets Control > Department 27'), claims(text).join('; '))
  assert.ok(summary(text).organizations.some((o) => o.name === 'Department 27 of the Ministry of Light Industry'))
  // (A year before a head is no number of a body: "the 2024 Department of Defense report".)
  assert.ok(
    !summary('The 2024 Department of Defense report named Bureau 121.').organizations.some((o) => /2024/.test(o.name)),
  )
})

test('"It is also designated today": the company the sentence before opened with', () => {
  const text =
    "WASHINGTON - The U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) today sanctioned three entities. Dalian Harbour Electronics Co., Ltd. (Dalian Harbour), a company based in China, has shipped servers to the network. It is also designated today."
  assert.ok(
    claims(text).includes('Office of Foreign Assets Control > Dalian Harbour Electronics Co., Ltd.'),
    claims(text).join('; '),
  )
})

test('a designated person with two clauses in apposition, and a Korean name written surname first', () => {
  const text =
    "WASHINGTON - The U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) today sanctioned two individuals. Choe Il Nam, the network's chief representative, who is based in Laos, is designated as well. Jong Song Hwa, its deputy in Vientiane, is also designated."
  const c = claims(text)
  assert.ok(c.includes('Office of Foreign Assets Control > Choe Il Nam'), c.join('; '))
  assert.ok(c.includes('Office of Foreign Assets Control > Jong Song Hwa'), c.join('; '))
  // (A longer capitalised name is no person's: "Han Il Nam Trading".)
  assert.ok(!summary('The firm Han Il Nam Trading shipped parts.').individuals.some((p) => p.name.startsWith('Han')))
})

test('a company defined with a short name in brackets is named by it later', () => {
  const text =
    "WASHINGTON - The U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) today sanctioned two companies. Korea Ryonbong Shipping Co (Ryonbong) has run IT workers abroad since 2021. Ryonbong is designated pursuant to E.O. 13722."
  assert.ok(
    claims(text).includes('Office of Foreign Assets Control > Korea Ryonbong Shipping Co'),
    claims(text).join('; '),
  )
})

test("a ministry's English release: its header gives the state, 'the Government' is the author's, and the measure's noun in apposition names the company", () => {
  const text =
    'Designation of IT Personnel for Independent Sanctions\n\nPress Release, Ministry of Foreign Affairs, Republic of Korea\nMarch 3, 2026\n\n1. The organization designated today, the Chosun Sinjin Trading Corporation, has dispatched IT personnel abroad.\n\n2. This designation comes a month after the Government designated the Pyongyang Haeyang Technology Corporation.'
  const x = extractFromText(text, { matcher })
  const c = x.attributions.map((a) => `${a.attributor.name} > ${a.attributed.name}`)
  assert.ok(c.includes('Ministry of Foreign Affairs > Chosun Sinjin Trading Corporation'), c.join('; '))
  assert.ok(
    x.attributions.some(
      (a) => a.attributed.name === 'Pyongyang Haeyang Technology Corporation' && a.attributor.country === 'South Korea',
    ),
    c.join('; '),
  )
})

test("a headline's verb ends the name before it", () => {
  const orgs = summary(
    'Justice Department Conducts Court-Authorized Takedown of Botnet\n\nThe operation ended in May.',
  ).organizations.map((o) => o.name)
  assert.ok(!orgs.some((n) => /Conducts/.test(n)), orgs.join('; '))
  // (A noun that looks like a verb stays: "the Multilateral Sanctions Monitoring Team".)
  assert.ok(
    summary('The Multilateral Sanctions Monitoring Team said so.').organizations.some(
      (o) => o.name === 'Multilateral Sanctions Monitoring Team',
    ),
  )
})

test('"according to the complaint" is a legal allegation', () => {
  const x = extractFromText(
    'Justice Department Charges Hacker\n\nOffice of Public Affairs\n\nAccording to the complaint, Ri Kwang Hyok acted at the behest of the North Korean government.',
    { matcher },
  )
  const a = x.attributions.find((a) => a.attributed.name === 'North Korean Government')
  assert.equal(a?.confidence?.scale, 'legal-allegation')
})

test('the subject of an activity is the party before an apposition, or the actor a description is named in apposition', () => {
  const m2 = testMatcher([
    ['Kimsuky', 'Kimsuky'],
    ['Andariel', 'Andariel'],
    ['APT33', 'APT33', 'Peach Sandstorm'],
  ])
  const c = (t: string) =>
    extractFromText(t, { matcher: m2 }).attributions.map((a) => `${a.attributor.name} > ${a.attributed.name}`)
  const korean = c(
    "The Korean National Police Agency said Kimsuky and Andariel, hacker groups under North Korea's Reconnaissance General Bureau, carried out the 2023 attack.",
  )
  assert.ok(korean.includes('Korean National Police Agency > Kimsuky'), korean.join('; '))
  assert.ok(korean.includes('Korean National Police Agency > Andariel'), korean.join('; '))
  assert.ok(!korean.some((x) => x.startsWith('North Korean Government')), korean.join('; '))
  assert.deepEqual(c('Microsoft said the group, known as Peach Sandstorm, targeted satellite companies.'), [
    'Microsoft > APT33',
  ])
})

test('an intelligence service that accuses speaks; an agency accused of a cyber operation is a party a link names', () => {
  const text =
    "Beijing, May 2, 2026 - China's Ministry of State Security (MSS) on Friday accused the US National Security Agency (NSA) of a cyber operation against a satellite operator. The MSS said the NSA had exploited a flaw in the operator's mail server."
  const c = claims(text)
  assert.ok(c.includes('PRC Ministry of State Security > NSA'), c.join('; '))
  // (A rebuke is no link: "accused the NSA of trying to conjure up a threat" leaves the NSA an agency that can speak.)
  const rebuke = extractFromText(
    'The Russian embassy accused the NSA of trying to conjure up a mythical threat. The NSA said APT33 hacked the dam.',
    { matcher },
  )
  assert.ok(rebuke.attributions.some((a) => a.attributor.name === 'NSA' && a.attributed.name === 'APT33'))
})

test('a head of a service, named without an article, serves it', () => {
  const x = extractFromText(
    'Norway blamed Russia for the attack last year.\n\nJane Roe, head of the Police Security Service (PST), said the attack on the dam was carried out by hackers linked to Russia.',
    { matcher },
  )
  const roe = x.parties.find((p) => p.text === 'Jane Roe')
  assert.equal(roe?.country, 'Norway')
})

test("a numbered paragraph of a ministry release is its author's again, after a country named in passing", () => {
  const text =
    'Designation of IT Personnel for Independent Sanctions\n\nPress Release, Ministry of Foreign Affairs, Republic of Korea\nMarch 3, 2026\n\n5. Among them, Kim Chol Su earned foreign currency abroad. Ri Song Ho evaded U.S. unilateral sanctions over several years and was indicted in a U.S. court on March 1.\n\n6. The organization designated today, the Chosun Sinjin Trading Corporation, has dispatched IT personnel abroad.'
  const c = claims(text)
  assert.ok(c.includes('Ministry of Foreign Affairs > Chosun Sinjin Trading Corporation'), c.join('; '))
})

test('a cluster placed within a known actor is tied to it, and the name the analysts give it is an actor', () => {
  const m2 = testMatcher([['APT35', 'APT35', 'Mint Sandstorm', 'Charming Kitten']])
  const x = extractFromText(
    'ESET describes a group within Charming Kitten that its analysts call SilkLure. Once SilkLure is inside, it steals mail.',
    { matcher: m2 },
  )
  assert.deepEqual(
    x.attributions.map((a) => `${a.attributor.name} > ${a.attributed.name}`),
    ['ESET > APT35'],
  )
  assert.ok(x.actors.some((a) => a.canonical === 'SilkLure'))
  assert.deepEqual(
    extractFromText('Proofpoint said a subgroup of Mint Sandstorm sent the emails.', { matcher: m2 }).attributions.map(
      (a) => `${a.attributor.name} > ${a.attributed.name}`,
    ),
    ['Proofpoint > APT35'],
  )
})

test("attacks named by their state where the text says someone was their target, told by a body in a relative clause after 'according to documents'", () => {
  const c = claims(
    'Moldova was the target of "aggressive hybrid Russian attacks" during the vote, according to documents that the country\'s top security body, the Supreme Security Council, declassified on Monday.',
  )
  assert.deepEqual(c, ['Supreme Security Council > Russian Government'])
  // (Attacks told in passing link no one: "after Russian attacks on Ukraine's grid, the ministry said …".)
  assert.deepEqual(claims('The ministry said prices rose after Russian attacks on the grid.'), [])
})

test('all five defendants named before the count are each charged; officials speak for the agency their apposition names', () => {
  const text =
    "Office of Public Affairs | U.S. Department of Justice\n\nThe Justice Department today announced an indictment that charges two North Korean nationals and three facilitators.\n\nThe defendants are North Korean nationals Kim Chol Nam and Ri Song Il, Mexican national Pedro Ernesto Alonso De Los Reyes, and U.S. nationals Erick Ntekereze Prince and Emanuel Ashtor.\n\nAll five defendants are charged with conspiracy to commit wire fraud.\n\nJane Roe, a supervisory official in the Justice Department's National Security Division, said the department would keep disrupting North Korea's cyber-enabled schemes."
  const c = claims(text)
  for (const n of [
    'Kim Chol Nam',
    'Ri Song Il',
    'Pedro Ernesto Alonso De Los Reyes',
    'Erick Ntekereze Prince',
    'Emanuel Ashtor',
  ])
    assert.ok(c.includes(`US Department of Justice > ${n}`), `${n}: ${c.join('; ')}`)
  const roe = extractFromText(text, { matcher }).attributions.find((a) => a.attributor.text === 'Jane Roe')
  assert.equal(roe?.attributor.name, 'US Department of Justice')
  assert.equal(roe?.attributed.name, 'North Korean Government')
})

test('places listed ("countries such as China and Russia") do not speak; after a link a party carries itself, only a party that says so does', () => {
  assert.deepEqual(
    claims(
      'OFAC said the workers, often North Korean nationals working from countries such as China and Russia, generate revenue for the DPRK regime.',
    ),
    ['Office of Foreign Assets Control > North Korean Government'],
  )
  assert.deepEqual(
    claims(
      "The Danish Defence Intelligence Service (DDIS) published a report.\n\nRussia's cyber operations aim to weaken Western support for Ukraine, DDIS said.",
    ),
    ['Danish Defence Intelligence Service > Russian Government'],
  )
})

test('a vendor masthead with header words, and a name the vendor coins for its own cluster attributes nothing', () => {
  const m2 = testMatcher([['APT45', 'APT45', 'Andariel', 'Onyx Sleet']])
  const text =
    'Fenwick Labs Threat Research\n\nBuild servers as a way in: FL-Cluster-7 exploits TeamCity\n\nMarch 10, 2026 | Fenwick Labs Threat Intelligence Team\n\nWe track the activity as FL-Cluster-7. We assess with moderate confidence that FL-Cluster-7 is Andariel.'
  const c = extractFromText(text, { matcher: m2 }).attributions.map(
    (a) => `${a.attributor.name} > ${a.attributed.name}`,
  )
  assert.deepEqual(c, ['Fenwick Labs > APT45'])
})

test('the defendants in apposition are charged; people in apposition to a counted group a measure names stand for it; "which is charging X" has the agency charge X', () => {
  const text =
    "WASHINGTON - Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) sanctioned Korea Pinewood Trading Company (Pinewood) and two North Korean nationals, Kim Se Ryong and Jo Kyong Il, for their roles in IT worker schemes. Today's action is taken in coordination with the Department of Justice, which is charging Kim Se Ryong and four other North Koreans. OFAC is designating Pinewood, a front company for the DPRK."
  const c = claims(text)
  for (const x of [
    'Office of Foreign Assets Control > Kim Se Ryong',
    'Office of Foreign Assets Control > Jo Kyong Il',
    'US Department of Justice > Kim Se Ryong',
  ])
    assert.ok(c.includes(x), `${x}: ${c.join('; ')}`)
  assert.ok(!c.some((x) => x.endsWith('> Pinewood')), c.join('; '))
  const people = extractFromText(
    'The defendants, Hossein Harooni and Reza Kazemifar, are in their thirties and remain at large.',
    { matcher },
  ).people
  assert.ok(people.length === 2 && people.every((p) => p.charged))
})

test("an official with no state at hand belongs to the dateline's state, not to the state the story accuses", () => {
  const x = extractFromText(
    'Romania blames Russian hackers\n\nBUCHAREST, Dec 5, 2024 - Romania was the target of aggressive Russian attacks, according to declassified documents. Moscow denied it.\n\nOutgoing President Klaus Iohannis said the vote would be held as planned.',
    { matcher },
  )
  assert.equal(x.parties.find((p) => p.text === 'Klaus Iohannis')?.country, 'Romania')
})

test("the Council's listings name the company and its people; a state's operation with the hallmarks of it; a nation-state-level actor", () => {
  const c = claims(
    'Council of the EU\nPress release\n20 May 2026\n\nThe Council today adopted restrictive measures against 9 individuals.\n\nThe Council also listed the web hosting company Brightnode Hosting, together with its chief executive Iurie Rusu and its owner Ivan Rusu.',
  )
  for (const x of ['European Union > Brightnode Hosting', 'European Union > Iurie Rusu', 'European Union > Ivan Rusu'])
    assert.ok(c.includes(x), `${x}: ${c.join('; ')}`)
  assert.deepEqual(
    claims('Jane Roe, a former defence minister, said the attack bore all the hallmarks of a Chinese operation.'),
    ['Jane Roe > PRC Government'],
  )
  assert.deepEqual(claims('Volexity said it suspected a Chinese nation-state-level threat actor.'), [
    'Volexity > PRC Government',
  ])
})

test('a vendor that detected or uncovered an actor at work attributes the activity to it', () => {
  const m2 = testMatcher([
    ['Sandworm', 'Sandworm'],
    ['MirrorFace', 'MirrorFace'],
  ])
  const c = (t: string) =>
    extractFromText(t, { matcher: m2, publisher: 'ESET' }).attributions.map(
      (a) => `${a.attributor.name} > ${a.attributed.name}`,
    )
  assert.deepEqual(c('We detected the infamous Sandworm group using a new wiper against a Ukrainian utility.'), [
    'ESET > Sandworm',
  ])
  assert.deepEqual(c('Our researchers also uncovered a MirrorFace spearphishing campaign aimed at Japanese parties.'), [
    'ESET > MirrorFace',
  ])
})

test("a semicolon ends a clause's wording when its speakers are in the clause", () => {
  const x = extractFromText(
    "Ukrainian authorities have publicly named Gamaredon as a unit of Russia's Federal Security Service (FSB); on the basis of our own data we judge it highly likely that the new cluster serves the same FSB collection needs.",
    { matcher: testMatcher([['Gamaredon', 'Gamaredon']]) },
  )
  const ukraine = x.attributions.filter(
    (a) => a.attributor.name === 'Government of Ukraine' && a.attributed.name === 'FSB',
  )
  assert.ok(ukraine.length > 0)
  assert.ok(
    ukraine.every((a) => a.confidenceText !== 'highly likely'),
    ukraine.map((a) => a.confidenceText).join('; '),
  )
})

test('news outlets speak in a relative clause ("Sky News, which was first to report that …"); an actor that began targeting is at work', () => {
  assert.deepEqual(
    claims('Sky News, which was first to report that China was behind the attack, put the claim to the minister.'),
    ['Sky News > PRC Government'],
  )
  const m2 = testMatcher([['POLONIUM', 'POLONIUM']])
  assert.deepEqual(
    extractFromText('POLONIUM also began targeting the foreign subsidiaries of Israeli firms.', {
      matcher: m2,
      publisher: 'ESET',
    }).attributions.map((a) => `${a.attributor.name} > ${a.attributed.name}`),
    ['ESET > POLONIUM'],
  )
})

test('a hacker organization "calling itself" a name is an actor, and a service that exposed it speaks', () => {
  const x = extractFromText(
    'Beijing, May 4, 2026 - China\'s Ministry of State Security (MSS) on Monday exposed a hacker organization calling itself "Ghost Lotus 9", which it said had attacked power grids.',
    { matcher },
  )
  assert.ok(
    x.actors.some((a) => a.canonical === 'Ghost Lotus 9'),
    x.actors.map((a) => a.canonical).join('; '),
  )
  assert.ok(
    x.attributions.some(
      (a) => a.attributor.name === 'PRC Ministry of State Security' && a.attributed.name === 'Ghost Lotus 9',
    ),
  )
})

test("one counter-claim against the author's state does not make it the accused and silence its agencies", () => {
  const c = claims(
    "WASHINGTON - The U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) today sanctioned two entities for generating illicit revenue for the government of the DPRK. Chosun Pine Trading Corporation is designated for exporting workers from North Korea.\n\nNorth Korea blamed the United States for hostile cyber operations.",
  )
  assert.ok(c.includes('Office of Foreign Assets Control > Chosun Pine Trading Corporation'), c.join('; '))
  assert.ok(!c.some((x) => x.startsWith('North Korean Government')), c.join('; '))
})
