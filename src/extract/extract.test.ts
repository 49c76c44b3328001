import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { sharedPath, skipUnless } from '../lib/testing.ts'
import { CLAIM_EXT_ID } from '../stix/mosaic-extensions.ts'
import {
  type AliasEntry,
  aliasEntriesFromStore,
  buildBundle,
  compileActorMatcher,
  extractFromText,
  findIocs,
  refang,
  summarize,
} from './index.ts'
import { AhoCorasick, selectHits } from './matcher.ts'

// A small alias list in the shape the CLI builds from the store.
const ALIASES: AliasEntry[] = [
  ...['APT40', 'Leviathan', 'Kryptonite Panda', 'TEMP.Periscope', 'Gingham Typhoon'].map((alias) => ({
    alias,
    actorId: 'intrusion-set--11111111-1111-4111-8111-111111111111',
    actorName: 'APT40',
    kind: 'intrusion-set',
  })),
  ...['Sandworm Team', 'Sandworm', 'BlackEnergy', 'Voodoo Bear'].map((alias) => ({
    alias,
    actorId: 'intrusion-set--22222222-2222-4222-8222-222222222222',
    actorName: 'Sandworm Team',
    kind: 'intrusion-set',
  })),
  {
    alias: 'BlackEnergy',
    actorId: 'malware--33333333-3333-4333-8333-333333333333',
    actorName: 'BlackEnergy',
    kind: 'malware',
  },
  {
    alias: 'Will',
    actorId: 'intrusion-set--44444444-4444-4444-8444-444444444444',
    actorName: 'Will',
    kind: 'intrusion-set',
  },
  {
    alias: 'Exchange',
    actorId: 'intrusion-set--55555555-5555-4555-8555-555555555555',
    actorName: 'X',
    kind: 'intrusion-set',
  },
]

test('the Aho-Corasick matcher finds the same occurrences as a naive search', () => {
  const pats = ['he', 'she', 'his', 'hers', 'apt40', 'apt4']
  const text = 'Ushers and APT40 saw his sheep; APT4 is not APT40.'
  const ac = new AhoCorasick(pats)
  const got = ac
    .search(text)
    .map((h) => `${h.start}:${h.end}:${pats[h.pattern]}`)
    .sort()
  const want: string[] = []
  const lower = text.toLowerCase()
  pats.forEach((p) => {
    for (let i = lower.indexOf(p); i >= 0; i = lower.indexOf(p, i + 1)) want.push(`${i}:${i + p.length}:${p}`)
  })
  assert.deepEqual(got, want.sort())
  const words = selectHits(text, ac.search(text)).map((h) => text.slice(h.start, h.end))
  assert.deepEqual(words, ['APT40', 'his', 'APT4', 'APT40'])
})

test('resolves aliases to their actor and keeps common words, malware names and products out', () => {
  const m = compileActorMatcher(ALIASES)
  const text =
    'Kryptonite Panda will attack again. The will of Leviathan is strong. BlackEnergy was deployed. ' +
    'The BlackEnergy group returned. Exchange servers were hit.'
  const found = m.find(text).map((a) => `${a.mention}=${a.canonical}`)
  assert.deepEqual(found, ['Kryptonite Panda=APT40', 'Leviathan=APT40', 'BlackEnergy=Sandworm Team'])
})

test('recognises actor names by the shape of vendor naming schemes when they are not in the alias list', () => {
  const x = extractFromText(
    'UNC3886 and APT 41 overlap with Brass Typhoon, Wicked Panda and BRONZE ATLAS; Storm-0558 differs. A summer storm hit.',
  )
  assert.deepEqual(
    x.actors.map((a) => a.canonical),
    ['UNC3886', 'APT41', 'Brass Typhoon', 'Wicked Panda', 'BRONZE ATLAS', 'Storm-0558'],
  )
})

test('turns an asserted alias list into an alias claim whose names are all actor mentions', () => {
  const text = 'Volt Typhoon (also known as Vanguard Panda, BRONZE SILHOUETTE) targeted water utilities.'
  const s = summarize(extractFromText(text))
  assert.deepEqual(s.aliases_asserted, [{ names: ['Volt Typhoon', 'Vanguard Panda', 'BRONZE SILHOUETTE'] }])
  assert.deepEqual(
    s.actors.map((a) => [a.mention, a.span]),
    [
      ['Volt Typhoon', [0, 12]],
      ['Vanguard Panda', [28, 42]],
      ['BRONZE SILHOUETTE', [44, 61]],
    ],
  )
  assert.deepEqual(s.sectors, ['water'])
})

test('extracts an attribution with its verbatim confidence wording on a named scale', () => {
  const text =
    "In the assessment of the UK's National Cyber Security Centre (NCSC), the GRU almost certainly took part in the attack. " +
    'The PRC embassy rejected the accusations as groundless.'
  const x = extractFromText(text)
  const a = x.attributions.find((c) => c.attributed.name === 'GRU')
  assert.ok(a, 'attribution to the GRU')
  assert.equal(a.confidenceText, 'almost certainly')
  assert.equal(a.confidence?.scale, 'icd-203')
  assert.equal(text.slice(a.span[0], a.span[1]), a.quote)
  assert.ok(x.sponsors.some((s) => s.name === 'GRU'))
})

test('reads indictments as legal allegations and marks the named people charged', () => {
  const text =
    'The US indicted Zhu Hua and Zhang Shilong over their alleged part in the APT 10 cyber group, accused of running ' +
    'the operation on behalf of the Chinese Ministry of State Security.'
  const s = summarize(extractFromText(text))
  assert.deepEqual(
    s.individuals.map((p) => [p.name, p.charged]),
    [
      ['Zhu Hua', true],
      ['Zhang Shilong', true],
    ],
  )
  const legal = new Set(['indicted', 'alleged'])
  const attributed = s.attributions
    .filter((a) => legal.has(a.confidence_text))
    .map((a) => `${a.attributor}>${a.attributed_to}`)
  assert.ok(attributed.includes('United States Government>APT10'), attributed.join(' | '))
  assert.ok(attributed.includes('United States Government>PRC Ministry of State Security'))
})

test('refangs every common defanged form', () => {
  assert.equal(refang('hxxps[:]//github[.]com/x'), 'https://github.com/x')
  assert.equal(refang('a[@]b(.)org'), 'a@b.org')
  assert.equal(refang('x[at]y{dot}net'), 'x@y.net')
  const text =
    'C2: hxxp://cdn-sync(.)kvx7-docsync[.]net/upd/get.php and 203.0.113[.]77:8443, ' +
    'mail from protocol-office[at]diplo-circular-kz[.]net, hash 64d480ee64f68fbf55f1d8d4aa63c1b9.'
  const { iocs } = findIocs(text)
  assert.deepEqual(
    iocs.map((i) => `${i.type}:${i.value}`),
    [
      'url:http://cdn-sync.kvx7-docsync.net/upd/get.php',
      'ipv4:203.0.113.77',
      'email:protocol-office@diplo-circular-kz.net',
      'md5:64d480ee64f68fbf55f1d8d4aa63c1b9',
    ],
  )
  for (const i of iocs) assert.equal(text.slice(i.span[0], i.span[1]), i.text)
})

test('keeps reference links, contact addresses, file names, versions and image credits out of the indicators', () => {
  const text = [
    'Photo: Jane Doe/example-images.com',
    'The loader.dll and invitation_conf.rar files beacon to evil-c2[.]top.',
    'Upgrade to version 10.2.3.4 now.',
    'Questions about this report: research@vendor-labs.io',
    '',
    'REFERENCES',
    '- https://attack.mitre.org/groups/G0010/',
    '- https://nvd.nist.gov/vuln/detail/CVE-2023-38831',
  ].join('\n')
  const { iocs, nonIocs } = findIocs(text)
  assert.deepEqual(
    iocs.map((i) => i.value),
    ['evil-c2.top'],
  )
  const why = nonIocs.map((n) => `${n.text}:${n.why}`)
  assert.ok(why.includes('loader.dll:file name'))
  assert.ok(why.includes('research@vendor-labs.io:contact address'))
  assert.ok(why.includes('https://attack.mitre.org/groups/G0010/:reference link'))
})

const dev = sharedPath('extraction-dev')
test('every claim in the bundle of every dev document has a span whose text equals its quote', skipUnless(dev), () => {
  const matcher = compileActorMatcher(ALIASES)
  const files = readdirSync(dev!).filter((f) => /^dev\d+\.txt$/.test(f))
  assert.ok(files.length >= 11)
  let checked = 0
  for (const f of files) {
    const text = readFileSync(join(dev!, f), 'utf8')
    const x = extractFromText(text, { matcher })
    const bundle = buildBundle(x, { source: f, now: '2026-01-01T00:00:00.000Z' })
    for (const o of bundle.objects) {
      const ext = o.extensions?.[CLAIM_EXT_ID] as
        | { evidence?: { span?: [number, number]; quote?: string }[] }
        | undefined
      for (const e of ext?.evidence ?? []) {
        assert.ok(e.span && typeof e.quote === 'string', `${f}: ${o.id} evidence without span or quote`)
        assert.equal(text.slice(e.span[0], e.span[1]), e.quote, `${f}: ${o.id}`)
        checked++
      }
    }
    for (const a of summarize(x).actors) assert.equal(text.slice(a.span[0], a.span[1]), a.mention, f)
  }
  assert.ok(checked > 50, `only ${checked} evidence spans checked`)
})

test('a distractor with CVEs and counts yields no actor, sponsor or attribution', skipUnless(dev), () => {
  const s = summarize(
    extractFromText(readFileSync(join(dev!, 'dev10.txt'), 'utf8'), { matcher: compileActorMatcher(ALIASES) }),
  )
  assert.deepEqual(s.actors, [])
  assert.deepEqual(s.attributions, [])
  assert.deepEqual(s.state_sponsors, [])
  assert.deepEqual(s.cves, ['CVE-2023-21715', 'CVE-2023-23376', 'CVE-2023-21823'])
})

test('builds the alias list from the store, leaving states modelled as threat actors out of the actors', async () => {
  const objects: Record<string, Record<string, unknown>> = {
    'intrusion-set--1': { type: 'intrusion-set', id: 'intrusion-set--1', name: 'APT40' },
    'threat-actor--2': {
      type: 'threat-actor',
      id: 'threat-actor--2',
      name: 'Chinese state',
      resource_level: 'government',
    },
  }
  const rows = [
    {
      norm: 'leviathan',
      alias: 'Leviathan',
      object_id: 'intrusion-set--1',
      object_type: 'intrusion-set',
      claim_id: 'c1',
      source: null,
    },
    {
      norm: 'chinesestate',
      alias: 'Chinese state',
      object_id: 'threat-actor--2',
      object_type: 'threat-actor',
      claim_id: 'c2',
      source: null,
    },
    { norm: 'x', alias: 'X', object_id: 'identity--3', object_type: 'identity', claim_id: 'c3', source: null },
  ]
  const entries = await aliasEntriesFromStore({
    aliases: async () => rows,
    get: async (id: string) => objects[id] as never,
  })
  assert.deepEqual(
    entries.map((e) => `${e.alias}:${e.actorName}:${e.kind}`),
    ['Leviathan:APT40:intrusion-set', 'Chinese state:Chinese state:state'],
  )
  const m = compileActorMatcher(entries)
  assert.deepEqual(
    m.find('The Chinese state backs Leviathan.').map((a) => a.canonical),
    ['APT40'],
  )
})

test('a denial answers the claims made before it within its reach, not every claim of a long compilation', () => {
  const matcher = compileActorMatcher(ALIASES)
  const claim = 'The NCSC said APT40 was behind the intrusion into the parliament network.'
  const filler = 'The committee met again to discuss the budget for the coming year and other ordinary matters.\n\n'
  const denial = 'Beijing rejected the accusations.'
  const near = extractFromText(`${claim}\n\n${filler}${denial}`, { matcher })
  assert.equal(near.attributions.length, 1)
  assert.deepEqual(
    near.denials.map((d) => d.respondsTo),
    [[0]],
  )
  // The same claim, then some 60,000 characters of other text, then a second claim and the denial: only the second
  // claim is within the denial's reach.
  const far = extractFromText(`${claim}\n\n${filler.repeat(640)}${claim}\n\n${denial}`, { matcher })
  assert.equal(far.attributions.length, 2)
  assert.deepEqual(
    far.denials.map((d) => d.respondsTo),
    [[1]],
  )
})
