import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extractFromText, summarize } from './index.ts'
import { testMatcher } from './test-matcher.ts'

const orgs = (text: string) => summarize(extractFromText(text)).organizations.map((o) => o.name)
const bodies = (text: string) => extractFromText(text).stateBodies.map((b) => b.body.name)

test('an organisation name does not run over a sentence end or a line break', () => {
  assert.deepEqual(orgs('The money was moved through Hong Kong.\n\nCourt filings say more.'), [])
  assert.deepEqual(orgs('Funds went via Cyprus. Supreme Court judges disagreed.'), ['Supreme Court'])
  // Abbreviations inside a name are kept.
  assert.deepEqual(orgs('He met the U.S. Department of Commerce and Acme Widgets Co. Ltd officials.'), [
    'U.S. Department of Commerce',
    'Acme Widgets Co. Ltd',
  ])
})

test('product and protocol words before a device noun are not makers', () => {
  assert.deepEqual(orgs('Attackers hit SSL VPN appliances, IoT devices and NAS devices.'), [])
  assert.deepEqual(orgs('Exploits for FortiGate firewalls and Zyxel routers spread.'), ['Zyxel'])
})

test('parties defined with their acronym, research teams and a bulletin publisher are organisations', () => {
  assert.deepEqual(orgs('Hackers targeted the Christian Democrats (CDU) and the Greens.'), ['Christian Democrats'])
  assert.deepEqual(
    orgs(
      'Talos, the threat intelligence group of Cisco, and Nightjar Labs agreed. Kestrel Watch is the threat research unit of Heron Corp.',
    ),
    ['Cisco Talos', 'Cisco', 'Nightjar Labs', 'Kestrel Watch', 'Heron Corp.'],
  )
  assert.deepEqual(orgs('Brightwater Intel | Weekly Note | 3 March 2025\n\nA new loader appeared.'), [
    'Brightwater Intel',
  ])
})

test('mentions of one embassy share one name, as first written with its host', () => {
  const text =
    "Beijing's embassy in London rejected the claims. Later the Chinese Embassy in the UK repeated that the Chinese embassy had no role."
  // (By the first mention that gives its host, as written.)
  assert.deepEqual(orgs(text), ["Beijing's embassy in London"])
  assert.deepEqual(orgs('The Iranian embassy in Tirana was closed.'), ['Iranian embassy in Tirana'])
})

test('numbered units and agencies of a state are state bodies with their parent', () => {
  assert.deepEqual(bodies('The operation was run by GRU Unit 29155.'), ['GRU', 'GRU Unit 29155'])
  assert.deepEqual(bodies('Investigators tied it to military unit 26165 of Russian military intelligence.'), [
    'GRU Unit 26165',
    'GRU',
  ])
  assert.deepEqual(bodies('Prosecutors named PLA Unit 61398 in Shanghai.'), [
    "People's Liberation Army",
    'PLA Unit 61398',
  ])
  assert.deepEqual(bodies('Center 20, part of the FSB, ran the servers.'), ['FSB Center 20', 'FSB'])
  // A bare unit number is an actor alias where the index knows it as one (else a unit of the army named around it),
  // and "Centre 18 months" is no unit.
  const index = testMatcher([['Sandworm Team', 'Sandworm', 'Unit 74455']])
  const text = 'Sandworm (aka Unit 74455) struck Russia-linked targets.'
  assert.deepEqual(
    extractFromText(text, { matcher: index }).stateBodies.map((b) => b.body.name),
    [],
  )
  assert.deepEqual(bodies(text), ['GRU Unit 74455'])
  assert.deepEqual(bodies('The FSB opened the Centre 18 months ago.'), ['FSB'])
})

test('armies as agents and named services of other states', () => {
  assert.deepEqual(bodies('The wiper was deployed by the Iranian army.'), ['Iranian Armed Forces'])
  assert.deepEqual(bodies('Chinese military hackers broke in.'), ["People's Liberation Army"])
  assert.deepEqual(bodies('The attack was carried out by the Armed Forces of the Russian Federation.'), [
    'Russian Armed Forces',
  ])
  // An army that is attacked is not a sponsor.
  assert.deepEqual(bodies('Phishing e-mails reached the Ukrainian military and the Polish army.'), [])
  assert.deepEqual(bodies("Vietnam's Ministry of Public Security denied it."), [
    'Vietnamese Ministry of Public Security',
  ])
  assert.deepEqual(bodies('The Main Centre for Special Technologies (GTsST) of the GRU built it.'), [
    'GRU Main Center for Special Technologies',
    'GRU Main Center for Special Technologies',
    'GRU',
  ])
})

test('the entities of a sanctions list that names people with capitalised surnames', () => {
  const text = [
    'The Council listed the following persons and entities:',
    '- WANG Lei (China)',
    '- Dmitri Olegovich PETROV (Russia)',
    '- Shenyang Bright Star Trading Co. Ltd (China)',
    '- Harbor Works (Iran)',
    '',
    'Affected products:',
    '- Apex Gateway',
    '- Nimbus Portal (all versions)',
  ].join('\n')
  assert.deepEqual(orgs(text), ['Shenyang Bright Star Trading Co. Ltd', 'Harbor Works'])
})

test("an office an agency owns, state services, airlines, parliaments and ministries 'for X and Y' are organisations", () => {
  assert.deepEqual(orgs("The Department of the Treasury's Office of Foreign Assets Control (OFAC) acted."), [
    'US Department of the Treasury',
    'Office of Foreign Assets Control',
  ])
  assert.deepEqual(orgs('The Naval Criminal Investigative Service and Vietnam Airlines met.'), [
    'Naval Criminal Investigative Service',
    'Vietnam Airlines',
  ])
  assert.deepEqual(orgs('Hackers hit the Storting and the Riigikogu.'), ['Storting', 'Riigikogu'])
  assert.deepEqual(orgs('The Ministry for Europe and Foreign Affairs protested.'), [
    'Ministry for Europe and Foreign Affairs',
  ])
  // A product or a technique named with "Service" is no organisation, nor are the words its initials do not cover.
  assert.deepEqual(orgs('It abuses the Ticket Granting Service and a Distributed Denial of Service (DDoS).'), [])
  // (Microsoft, the maker, is named on its own.)
  assert.deepEqual(
    orgs('Flaws hit the Discovery Service and Microsoft Protected Extensible Authentication Protocol (PEAP).'),
    ['Microsoft'],
  )
})
