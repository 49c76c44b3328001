import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extractFromText } from './index.ts'
import { testMatcher } from './test-matcher.ts'

// Rules written in session 14 from the opened check sets, each tested on our own sentences about other events.
const matcher = testMatcher([
  ['APT28', 'APT28', 'Fancy Bear', 'Forest Blizzard'],
  ['APT29', 'APT29', 'Midnight Blizzard', 'Cozy Bear'],
  ['Storm-1516', 'Storm-1516'],
])

function claims(text: string): string[] {
  return extractFromText(text, { matcher }).attributions.map(
    (a) => `${a.attributor.name} > ${a.attributed.name}${a.confidence ? ` (${a.confidence.term})` : ''}`,
  )
}

test('an identity stated with "believed to be the threat actor X" names the actor', () => {
  assert.deepEqual(claims('Mandiant said the intruder is believed to be the threat actor Cozy Bear.'), [
    'Mandiant > APT29 (believed)',
  ])
})

test('an identity with a state body named by its long form ("the Russian General Staff Main Intelligence Directorate")', () => {
  assert.deepEqual(
    claims(
      'The NCSC judges that Fancy Bear is almost certainly the Russian General Staff Main Intelligence Directorate (GRU).',
    ),
    ['UK National Cyber Security Centre > GRU (almost certain)'],
  )
})

test('"aligns with Russian interests": the state whose interests an actor serves', () => {
  assert.deepEqual(claims('Microsoft assesses with high confidence that Storm-1516 aligns with Russian interests.'), [
    'Microsoft > Russian Government (high)',
  ])
  // Interests attacked are no link.
  assert.deepEqual(claims('Microsoft said Storm-1516 attacked Russian interests in Syria.'), ['Microsoft > Storm-1516'])
})

test('where a speaker judges the attackers come from ("believes the hackers are based in China") is a claim', () => {
  assert.deepEqual(claims('Unit 42 told reporters that it believes the hackers are based in China.'), [
    'Palo Alto Networks Unit 42 > PRC Government (believed)',
  ])
  assert.deepEqual(claims('The NCSC said it suspects the message came from a Russian threat actor.'), [
    'UK National Cyber Security Centre > Russian Government (suspected)',
  ])
  // Where a group sits, told as a fact, is no claim that its state runs it.
  assert.deepEqual(claims('A hacking group based in China broke into 25 mailboxes, Microsoft said.'), [])
})

test('a counted or participle list after a sanction names its parties ("The seven entities include A, B and C")', () => {
  const text =
    'Japan on Tuesday imposed sanctions on three entities and two individuals over the theft of cryptocurrency. The three entities include Fancy Bear and Cozy Bear. The listed individuals are Ivan Petrov and Oleg Smirnov.'
  assert.deepEqual(claims(text), [
    'Government of Japan > APT28',
    'Government of Japan > APT29',
    'Government of Japan > Ivan Petrov',
    'Government of Japan > Oleg Smirnov',
  ])
  // A count with no measure before it lists no parties.
  assert.deepEqual(claims('Microsoft said on Tuesday that the three groups include Fancy Bear and Cozy Bear.'), [])
})

test('"a state-sponsored actor based in China": the state such an actor works from sponsors it', () => {
  assert.deepEqual(
    claims(
      'In its report Microsoft described Cozy Bear as a state-sponsored actor based in Russia that steals e-mail.',
    ),
    ['Microsoft > Russian Government'],
  )
})

test('an actor whose apposition names a party of its own is still the subject of the verb after it', () => {
  assert.deepEqual(
    claims(
      'The NCSC said that Fancy Bear, a group affiliated with the GRU, had tried in late May to carry out an attack on the port.',
    ),
    ['UK National Cyber Security Centre > GRU', 'UK National Cyber Security Centre > APT28'],
  )
  // Not an actor named as the object of a preposition inside the subject ("resembles that of X, a …").
  assert.deepEqual(
    claims(
      'ANSSI said that a cluster whose tooling resembles that of Fancy Bear, a group it does not name further, had tried to breach a ministry.',
    ),
    [],
  )
})

function denials(text: string): string[] {
  return extractFromText(text, { matcher }).denials.map((d) => d.denier.name)
}

test('denials in other words: "untrue", "is disinformation", "a false narrative", "is not sponsored by"', () => {
  const accused = 'The NCSC said Fancy Bear, a unit of the GRU, was behind the attack on the port. '
  assert.deepEqual(denials(`${accused}The Russian embassy said the accusation is disinformation.`), ['Russian embassy'])
  assert.deepEqual(denials(`${accused}The Russian embassy said the group is not sponsored by any state.`), [
    'Russian embassy',
  ])
  assert.deepEqual(denials(`${accused}The Russian Foreign Ministry said the claims were untrue.`), [
    'Russian Foreign Ministry',
  ])
})

test('what a vendor has no evidence of, and "fabricated identities", deny nothing', () => {
  assert.deepEqual(
    denials(
      'Fancy Bear is widely reported to work for the GRU. We have no evidence of our own that Russia directed this campaign.',
    ),
    [],
  )
  assert.deepEqual(
    denials(
      'The FBI said North Korea was behind the scheme. North Korean workers used fabricated identities to get hired.',
    ),
    [],
  )
})

test('a hedge in a later coordinated clause with its own subject is that clause\'s ("…, and Y probably compromised")', () => {
  assert.deepEqual(
    claims(
      'ESET said Fancy Bear began targeting the subsidiaries of Polish firms, and Cozy Bear probably compromised a managed service provider.',
    ),
    ['ESET > APT28', 'ESET > APT29 (likely)'],
  )
})

test('"broke into" is an intrusion a speaker can say an actor made', () => {
  assert.deepEqual(claims('The FBI said Cozy Bear broke into the networks of two think tanks.'), ['FBI > APT29'])
})

test('a name the author gives in a relative clause ("…, which we track as XY-Cluster-3") is an actor, after any noun', () => {
  const actors = (text: string) => extractFromText(text, { matcher }).actors.map((a) => a.mention)
  assert.deepEqual(
    actors(
      'Since April we have followed a phishing wave against ports and customs offices in the Baltics, which we track as HL-Cluster-3. HL-Cluster-3 used lures about tariffs.',
    ),
    ['HL-Cluster-3', 'HL-Cluster-3'],
  )
  assert.deepEqual(actors('A cluster that we call UNK_PaperHeron sent the lures.'), ['UNK_PaperHeron'])
  // A name without digits or an underscore after a noun that is no actor's is a campaign's, not an actor's.
  assert.deepEqual(actors('We followed a phishing wave, which we call Paper Heron, against ports.'), [])
})

test('"placed X within Y", "flagged X" and "was going after" are claims a speaker makes', () => {
  assert.deepEqual(claims('In May the NCSC publicly placed Fancy Bear within the GRU.'), [
    'UK National Cyber Security Centre > GRU',
  ])
  assert.deepEqual(claims('Microsoft first flagged Cozy Bear in 2019.'), ['Microsoft > APT29'])
  assert.deepEqual(claims('The FBI said Cozy Bear was going after think tanks in Washington.'), ['FBI > APT29'])
})

test('unnamed speakers the text qualifies by their side speak as written ("Western intelligence agencies allege")', () => {
  assert.deepEqual(claims('Western intelligence agencies allege that Fancy Bear acts on behalf of the GRU.'), [
    'Western intelligence agencies > GRU (alleged)',
  ])
  // Unqualified ones do not.
  assert.deepEqual(claims('Several governments allege that Fancy Bear acts on behalf of the GRU.'), [])
})

test('a body named before that rejects the accusation is its denier ("The BIA denied any wrongdoing")', () => {
  const text =
    'Amnesty said the lures were sent from servers of the Velmor Institute. The NCSC said Fancy Bear, a unit of the GRU, was behind the attack. The Velmor Institute denied any wrongdoing.'
  assert.deepEqual(denials(text), ['Velmor Institute'])
})

test('national police forces by their own names speak ("Guardia Civil"), also as "the police force said"', () => {
  assert.deepEqual(
    claims(
      "MADRID - Spain's Civil Guard said on Saturday it had arrested three people. The attacks were organised by Cozy Bear, the police force said.",
    ),
    ['Guardia Civil > APT29'],
  )
})

test('"All five are charged", "had taken control of", "The X ransomware group broke into"', () => {
  const x = extractFromText(
    'The FBI charged Noah Urban and Tyler Buchanan on Monday. All five are charged with wire fraud.',
    {
      matcher,
    },
  )
  // The people the sentence before named are the subjects of the second charge too.
  assert.deepEqual(
    x.attributions.filter((a) => a.quote.startsWith('All five')).map((a) => a.attributed.name),
    ['Noah Urban', 'Tyler Buchanan'],
  )
  assert.deepEqual(claims('The FBI said Cozy Bear had taken control of a water pumping station.'), ['FBI > APT29'])
})

test('a cleft sentence puts the doer forward ("says it was X that broke into"), and a judged act ("is believed to have breached")', () => {
  assert.deepEqual(claims('The NCSC said it was Fancy Bear that hacked the port.'), [
    'UK National Cyber Security Centre > APT28',
  ])
  assert.deepEqual(claims('The FBI said Cozy Bear is suspected of having breached two hospitals.'), [
    'FBI > APT29 (suspected)',
  ])
  // A cleft about anything else is none.
  assert.deepEqual(claims('The NCSC said it was a long day that broke records.'), [])
})

test('a company found once by its context speaks wherever its name comes back with a verb of saying', () => {
  assert.deepEqual(
    claims(
      'The German software maker Fennwick disclosed a breach on Friday. Fennwick says it was Cozy Bear that broke into its network.',
    ),
    ['Fennwick > APT29'],
  )
})

test('a described speaker set off by commas before the cue ("…, the company said, it attributes …")', () => {
  assert.deepEqual(
    claims(
      'The German software company Fennwick disclosed a breach on Friday. With its responders, the company said, it attributes the activity to Cozy Bear.',
    ),
    ['Fennwick > APT29'],
  )
})
