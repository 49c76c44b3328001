import assert from 'node:assert/strict'
import { test } from 'node:test'
import { describeNamingScheme, NAMING_FAMILIES, namingScheme, namingSchemes } from './naming-schemes.ts'

test('every naming family has a vendor, an https source and a usable matcher', () => {
  assert.ok(NAMING_FAMILIES.length >= 60)
  for (const f of NAMING_FAMILIES) {
    assert.ok(f.vendor.length > 0, f.family)
    assert.match(f.source, /^https:\/\//, `${f.vendor} ${f.family}`)
    if (f.shape === 'code') assert.doesNotThrow(() => new RegExp(f.match ?? '(', 'iu'), f.family)
    if (f.shape === 'suffix' || f.shape === 'prefix') assert.match(f.match ?? '', /^\p{L}+$/u, f.family)
    if (f.shape === 'word-list' || f.shape === 'word-ending') assert.ok((f.words ?? []).length > 0, f.family)
  }
})

test('family words are unique within their shape so a name never gets two answers from one shape', () => {
  for (const shape of ['suffix', 'prefix'] as const) {
    const words = NAMING_FAMILIES.filter((f) => f.shape === shape).map((f) => f.match?.toLowerCase())
    assert.equal(new Set(words).size, words.length, shape)
  }
})

test('CrowdStrike animals give the origin or motivation their family implies', () => {
  assert.deepEqual(
    [
      'Kryptonite Panda',
      'Fancy Bear',
      'Charming Kitten',
      'Velvet Chollima',
      'Wizard Spider',
      'Viceroy Tiger',
      'Mythic Leopard',
      'Ocean Buffalo',
      'Shadow Crane',
      'Deadeye Jackal',
    ].map((n) => [namingScheme(n)?.vendor, namingScheme(n)?.origin ?? namingScheme(n)?.motivation]),
    [
      ['CrowdStrike', 'China'],
      ['CrowdStrike', 'Russia'],
      ['CrowdStrike', 'Iran'],
      ['CrowdStrike', 'North Korea'],
      ['CrowdStrike', 'eCrime'],
      ['CrowdStrike', 'India'],
      ['CrowdStrike', 'Pakistan'],
      ['CrowdStrike', 'Vietnam'],
      ['CrowdStrike', 'South Korea'],
      ['CrowdStrike', 'hacktivist'],
    ],
  )
  assert.equal(namingScheme('KRYPTONITE PANDA')?.origin, 'China')
})

test('Microsoft weather families, Storm-#### and pre-2023 element names are Microsoft naming', () => {
  const m = namingScheme('Ruby Sleet')
  assert.equal(m?.vendor, 'Microsoft')
  assert.equal(m?.origin, 'North Korea')
  assert.equal(describeNamingScheme(m!), 'Microsoft naming, North Korea nexus')
  assert.equal(namingScheme('Gingham Typhoon')?.origin, 'China')
  assert.equal(namingScheme('Midnight Blizzard')?.origin, 'Russia')
  assert.equal(namingScheme('Mint Sandstorm')?.origin, 'Iran')
  assert.equal(namingScheme('Octo Tempest')?.motivation, 'financially motivated')
  assert.equal(namingScheme('Storm-1516')?.family, 'Storm-####')
  assert.equal(namingScheme('Storm 0558')?.family, 'Storm-####')
  assert.equal(namingScheme('GADOLINIUM')?.vendor, 'Microsoft')
  assert.equal(namingScheme('STRONTIUM')?.family, 'chemical element (pre-2023)')
  // Microsoft's suffix wins over Trend Micro's "Void" prefix.
  assert.equal(namingScheme('Void Blizzard')?.vendor, 'Microsoft')
  assert.equal(namingSchemes('Void Blizzard').length, 2)
})

test('Secureworks colours, Mandiant codes, Proofpoint, Unit 42, 360 and others are recognised', () => {
  assert.deepEqual(namingScheme('BRONZE MOHAWK'), {
    vendor: 'Secureworks',
    family: 'BRONZE',
    origin: 'China',
    source: 'https://docs.ctpx.secureworks.com/intelligence/threat_groups/',
  })
  assert.equal(namingScheme('IRON TWILIGHT')?.origin, 'Russia')
  assert.equal(namingScheme('COBALT ILLUSION')?.origin, 'Iran')
  assert.equal(namingScheme('NICKEL ACADEMY')?.origin, 'North Korea')
  assert.equal(namingScheme('GOLD SOUTHFIELD')?.vendor, 'Secureworks')
  assert.equal(namingScheme('APT40')?.family, 'APT##')
  assert.equal(namingScheme('APT 28')?.family, 'APT##')
  assert.equal(namingScheme('UNC2452')?.family, 'UNC####')
  assert.equal(namingScheme('FIN7')?.motivation, 'financially motivated')
  assert.equal(namingScheme('TEMP.Periscope')?.family, 'TEMP.')
  assert.equal(namingScheme('TA423')?.vendor, 'Proofpoint')
  assert.equal(namingScheme('Fighting Ursa')?.origin, 'Russia')
  assert.equal(namingScheme('Stately Taurus')?.origin, 'China')
  assert.equal(namingScheme('APT-C-36')?.vendor, 'Qihoo 360')
  assert.equal(namingScheme('BlueCharlie')?.origin, 'Russia')
  assert.equal(namingScheme('UAT-4356')?.vendor, 'Cisco Talos')
  assert.equal(namingScheme('ISLAND CASTLE')?.origin, 'China')
  assert.equal(namingScheme('VOLTZITE')?.vendor, 'Dragos')
})

test('names without a vendor shape, or a family word alone, get no scheme', () => {
  for (const n of ['Panda Express', 'Typhoon', 'Panda', 'China', 'will', 'Kryptonite', 'Lazarus Group', '', '  ']) {
    assert.equal(namingScheme(n), undefined, n)
  }
  // Four words is no vendor's shape.
  assert.equal(namingScheme('the very big panda'), undefined)
})
