import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extractFromText } from './index.ts'
import { testMatcher } from './test-matcher.ts'

// Rules written from the opened check16 set (session 8), each tested on our own sentences about other events.
const matcher = testMatcher([
  ['APT33', 'APT33', 'Peach Sandstorm', 'Elfin'],
  ['Kimsuky', 'Kimsuky', 'Emerald Sleet'],
])

function claims(text: string): string[] {
  return extractFromText(text, { matcher }).attributions.map((a) => `${a.attributor.name} > ${a.attributed.name}`)
}

test('a source described before its name ("according to Dutch security firm X") speaks; the officials targeted do not', () => {
  assert.deepEqual(
    claims(
      'Suspected North Korean hackers broke into the mailboxes of senior Japanese and Korean officials in May, according to Slovak cybersecurity firm ESET, which found the lures on a file-sharing site.',
    ),
    ['ESET > North Korean Government'],
  )
  // "according to researchers at X", and its owner named after it is not the source.
  assert.deepEqual(
    claims('Hackers linked to Iran hit the ports, according to researchers at Microsoft.').map(
      (c) => c.split(' > ')[0],
    ),
    ['Microsoft'],
  )
})

test('officials listed after the target of an operation are targets too, not speakers', () => {
  assert.deepEqual(
    claims(
      'ESET believes the campaign against the U.S. officials, Japanese officials and journalists was carried out by a group called Emerald Sleet.',
    ),
    ['ESET > Kimsuky'],
  )
})

test('a relative clause whose subject says so links the group it describes, with its own wording', () => {
  const x = extractFromText(
    'A criminal complaint filed today charges three Iranian nationals with running Elfin, a hacking group that the Justice Department says is responsible for hundreds of intrusions into utilities.',
    { matcher },
  )
  const c = x.attributions.find((a) => a.attributed.name === 'APT33' && a.cue === 'is responsible')
  assert.ok(c, x.attributions.map((a) => `${a.attributor.name} > ${a.attributed.name}`).join('; '))
  assert.equal(c.attributor.name, 'US Department of Justice')
  // "charges" belongs to the main clause, not to what the department says of the group.
  assert.notEqual(c.confidenceText, 'charges')
  assert.deepEqual(
    claims('The report covers Elfin, which the Justice Department says was responsible for the intrusions.'),
    ['US Department of Justice > APT33'],
  )
})

test('a long legal subject ("A federal grand jury indictment unsealed today") speaks for the charges that follow', () => {
  const c = claims(
    'A federal grand jury indictment unsealed today charges two Libyan nationals with computer fraud.\n\nKhalil Tarek Hamza Mansour, 31, and Osama Ziad Marwan Haddad, 29, are charged with conspiracy to damage protected computers.',
  )
  assert.ok(c.includes('US Department of Justice > Khalil Tarek Hamza Mansour'), c.join('; '))
  assert.ok(c.includes('US Department of Justice > Osama Ziad Marwan Haddad'), c.join('; '))
})

test('coordinating the work of authorities in other states is no attribution to them', () => {
  const x = extractFromText(
    'The takedown was part of an international effort in which Europol coordinated the work of authorities in Spain, Italy and Greece.',
    { matcher, publisher: 'US Department of Justice' },
  )
  assert.deepEqual(x.attributions, [])
})

test('a company named after its trade speaks as the subject of a verb of saying, not as the victim of a theft', () => {
  const x = extractFromText(
    'Crypto lending platform Harbor Vault says the $20 million theft it suffered in March was the work of a North Korean threat actor.',
    { matcher },
  )
  assert.ok(
    x.orgs.some((o) => o.name === 'Harbor Vault'),
    x.orgs.map((o) => o.name).join('; '),
  )
  assert.deepEqual(
    x.attributions.map((a) => `${a.attributor.name} > ${a.attributed.name}`),
    ['Harbor Vault > North Korean Government'],
  )
  // The victim of a theft attributed by others does not speak.
  const c = claims(
    'The FBI attributed the theft of $90 million from the Singapore-based crypto exchange Coinbridge Asia by North Korean cyber actors.',
  )
  assert.ok(!c.some((s) => s.startsWith('Coinbridge')), c.join('; '))
})

test('a newspaper described before its name is the source of what it reports', () => {
  assert.deepEqual(
    claims(
      'According to the Danish newspaper Politiken, the intrusion was carried out by the Iranian group Elfin.',
    ).map((c) => c.split(' > ')[0]),
    // (One claim: "the Iranian group Elfin" names the group; its nationality describes it, since session 20.)
    ['Politiken'],
  )
})

test('a joint sanction names each sanctioning office; a company described with an abbreviation is still a company', () => {
  const x = extractFromText(
    "Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) and the United Kingdom's Foreign, Commonwealth & Development Office (FCDO) sanctioned Hostpark, a bulletproof hosting (BPH) services provider based in Russia.",
    { matcher },
  )
  const fcdo = x.orgs.find((o) => o.name === 'Foreign, Commonwealth & Development Office')
  assert.equal(fcdo?.text, 'Foreign, Commonwealth & Development Office (FCDO)')
  assert.deepEqual(
    x.attributions.map((a) => `${a.attributor.name} > ${a.attributed.name}`),
    ['Office of Foreign Assets Control > Hostpark', 'Foreign, Commonwealth & Development Office > Hostpark'],
  )
  // A person's role at a company is no company of that person's name.
  const y = extractFromText('Li Wen, a security researcher at the company at the time, found the flaw.', { matcher })
  assert.ok(!y.orgs.some((o) => o.name === 'Li Wen'))
})

test('"a group paid by the X government" links the group to that government', () => {
  assert.deepEqual(claims('The FBI has described Elfin as a group paid by the Iranian government.'), [
    'FBI > Iranian Government',
  ])
})

test('an incident that "was likely a Russian cyberattack" is attributed; Russian cyberattacks told in passing are not', () => {
  const x = extractFromText('The ministry said the outage at the rail operator was likely a Russian cyberattack.', {
    matcher,
  })
  assert.ok(x.parties.some((p) => p.kind === 'sponsor' && p.name === 'Russian Government'))
  const y = extractFromText('Russian cyberattacks on Ukraine continued through the winter.', { matcher })
  assert.ok(!y.parties.some((p) => p.kind === 'sponsor'))
})

test('"the Iranian-linked group" after a named actor stands for that actor as the subject of what it did', () => {
  const c = claims(
    'Elfin has been active since 2013. In 2019, Microsoft reported that the Iranian-linked group had targeted thousands of engineers.',
  )
  assert.ok(c.includes('Microsoft > APT33'), c.join('; '))
})

test("a state's department before its acronym is named without the state, and keeps it as its country", () => {
  const x = extractFromText("Canada's Communications Security Establishment (CSE) published the advisory.", { matcher })
  const o = x.orgs.find((o) => o.name === 'Communications Security Establishment')
  assert.equal(o?.country, 'Canada')
  // A list of services named as examples ends with its sentence.
  const y = extractFromText(
    'Victims included streaming services including Vidflix, Streamly and Tunebox. Prosecutors say more were hit.',
    {
      matcher,
    },
  )
  assert.deepEqual(
    y.orgs.map((o) => o.name),
    ['Vidflix', 'Streamly', 'Tunebox'],
  )
})

test('a water supply and a decentralised finance platform name their sectors', () => {
  const x = extractFromText(
    "A cyberattack on a Czech town's water supply was stopped. Decentralized finance platform Harbor Vault says the theft was the work of hackers.",
    { matcher },
  )
  const sectors = x.sectors.map((s) => s.sector)
  assert.ok(sectors.includes('water'), sectors.join('; '))
  assert.ok(sectors.includes('cryptocurrency'), sectors.join('; '))
})

test('a Russian patronymic makes a person of a given name the lexicon lacks', () => {
  const x = extractFromText(
    "The board is led by Arkhip Nikanorovich Lyubov, the company's chief executive, and Yevdokim Savvich Rudnev.",
    { matcher },
  )
  assert.ok(
    x.people.some((p) => p.name === 'Arkhip Nikanorovich Lyubov'),
    x.people.map((p) => p.name).join('; '),
  )
})

test('a researcher known by one name speaks; "the potential markings of X" links X with a hedge', () => {
  const x = extractFromText(
    'The theft was most likely the work of Kimsuky, according to the pseudonymous on-chain investigator Hexwatch. Hexwatch later wrote that the hack has the potential markings of a Kimsuky operation.',
    { matcher },
  )
  const c = x.attributions.map((a) => `${a.attributor.name} > ${a.attributed.name} | ${a.confidenceText}`)
  assert.ok(c.includes('Hexwatch > Kimsuky | most likely'), c.join('; '))
  assert.ok(c.includes('Hexwatch > Kimsuky | potential'), c.join('; '))
})

test('"attackers reputedly linked to Russia" is a hedged link to the state, in the voice of the text', () => {
  const x = extractFromText('Attackers reputedly linked to Russia kept up their campaigns against ministries.', {
    matcher,
    publisher: 'National Cyber Security Centre',
  })
  const c = x.attributions.map((a) => `${a.attributed.name} | ${a.confidenceText}`)
  assert.deepEqual(c, ['Russian Government | reputedly'])
  // "appeared to be responsible" is a hedge too.
  const y = extractFromText(
    'Independent analyst Hexwatch wrote that North Korea also appeared to be responsible for the hack.',
    {
      matcher,
    },
  )
  assert.deepEqual(
    y.attributions.map((a) => `${a.attributor.name} > ${a.attributed.name} | ${a.confidenceText}`),
    ['Hexwatch > North Korean Government | appeared'],
  )
})

test('a hedged predicate of a sponsored group hedges the link; what belongs to a government is a target; states money passes through do not speak', () => {
  const c = extractFromText(
    'Hackers from two Chinese state-backed groups are suspected of breaking into computers belonging to Vietnamese government bodies, according to the cybersecurity company ESET.',
    { matcher },
  ).attributions.map((a) => `${a.attributor.name} > ${a.attributed.name} | ${a.confidenceText}`)
  assert.deepEqual(c, ['ESET > PRC Government | suspected'])
  assert.deepEqual(
    claims(
      'The proceeds were routed through the U.S. and PRC banking systems, ultimately for the benefit of the DPRK government.',
    ).filter((x) => x.startsWith('PRC') || x.startsWith('United States')),
    [],
  )
})

test("a header line under the title names the author with its name written out ('ANSSI (French National Cybersecurity Agency) | date')", () => {
  const c = extractFromText(
    'Threat overview 2025: a year of pressure\n\nNCSC (National Cyber Security Centre) | 2 May 2026\n\nAttackers reputedly linked to China were also active.',
    { matcher },
  ).attributions.map((a) => `${a.attributor.name} > ${a.attributed.name} | ${a.confidenceText}`)
  assert.deepEqual(c, ['UK National Cyber Security Centre > PRC Government | reputedly'])
})

test('authorities in a state and a company headquartered in a city of it do not make it a target', () => {
  const t = extractFromText(
    'The takedown hit servers used for attacks against Estonia, in an effort in which Europol coordinated the work of authorities in Spain and Italy. The hosting firm is headquartered in Omsk, Russia.',
    { matcher },
  ).countriesTargeted.map((c) => c.country)
  assert.deepEqual(t, ['Estonia'])
})

test('where a company is located is no party to what the indictment alleges', () => {
  const c = claims(
    "The Justice Department today unsealed an indictment against fourteen men. According to the indictment, the defendants worked for two DPRK-controlled companies, Hanseong Trading, located in the People's Republic of China (PRC), and Taebong Works, located in the Russian Federation.",
  )
  assert.deepEqual(c, ['US Department of Justice > North Korean Government'])
})

test('"the three individuals designated today", named right after, are each designated by the measure told before', () => {
  const c = extractFromText(
    "WASHINGTON - Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated Hostpark, a bulletproof hosting provider, together with three Russian nationals who run it. The three individuals designated today form its board. Arkady Petrovich Zorin is its chief executive; Pavel Ilyich Markov is its general director; and Oleg Sergeyevich Titov owns the rest.",
    { matcher },
  ).attributions.map((a) => `${a.attributor.name} > ${a.attributed.name}`)
  for (const name of ['Arkady Petrovich Zorin', 'Pavel Ilyich Markov', 'Oleg Sergeyevich Titov'])
    assert.ok(c.includes(`Office of Foreign Assets Control > ${name}`), c.join('; '))
})

test("a headline's flat restatement of a link the body hedges gives way to the body's wording", () => {
  const c = extractFromText(
    'Chinese hackers hit Vietnamese ministries, ESET says\n\nHackers from a Chinese state-backed group are suspected of breaking into the ministries, according to the security company ESET.',
    { matcher },
  ).attributions.map((a) => `${a.attributor.name} > ${a.attributed.name} | ${a.confidenceText}`)
  assert.deepEqual(c, ['ESET > PRC Government | suspected'])
})
