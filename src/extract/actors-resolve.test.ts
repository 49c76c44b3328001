// Which actor an alias-index name resolves to when sources disagree: ATT&CK and the pack ("firm") group names with
// care, catalogues (MISP galaxies) collect synonyms and sometimes lump groups. All names here are made up.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { MOSAIC_IDENTITY_ID } from '../stix/mosaic-extensions.ts'
import { type AliasEntry, compileActorMatcher } from './actors.ts'
import { aliasEntriesFromStore } from './store-aliases.ts'

type Source = NonNullable<AliasEntry['source']>
/** The entries of one object: its name and aliases. */
const obj = (source: Source, name: string, aliases: string[], id = `${source}:${name}`): AliasEntry[] =>
  [name, ...aliases].map((alias) => ({ alias, actorId: id, actorName: name, kind: 'intrusion-set', source }))

const canonicals = (entries: AliasEntry[], text: string) =>
  compileActorMatcher(entries)
    .find(text)
    .map((m) => `${m.mention}=${m.canonical}`)

test("a group's own name in ATT&CK is that group's, though a catalogue lumps it with another", () => {
  const entries = [
    ...obj('attack', 'Copper Heron', ['Quartz Fox', 'HIDDEN LANTERN']),
    ...obj('attack', 'APT91', ['Glass Finch', 'Amber Sleet']),
    // A catalogue cluster of the same name that lists the other group's names, its APTnn name among them.
    ...obj('catalogue', 'Copper Heron', ['APT91', 'Glass Finch', 'Quartz Fox', 'Amber Sleet']),
    ...obj('catalogue', 'Copper Heron', ['APT 91', 'HIDDEN LANTERN'], 'other-catalogue'),
  ]
  assert.deepEqual(canonicals(entries, 'Copper Heron and HIDDEN LANTERN, then APT91 and Amber Sleet.'), [
    'Copper Heron=Copper Heron',
    'HIDDEN LANTERN=Copper Heron',
    'APT91=APT91',
    'Amber Sleet=APT91',
  ])
})

test('a catalogue cluster named after a name ATT&CK lists under a group is that group', () => {
  const entries = [
    ...obj('attack', 'Marsh Otter', ['Onyx Hail', 'TIN SPARROW']),
    ...obj('catalogue', 'Onyx Hail', ['TIN SPARROW', 'Marsh']),
    ...obj('catalogue', 'Onyx Hail', []),
  ]
  assert.deepEqual(canonicals(entries, 'Onyx Hail, known to others as Marsh, struck.'), [
    'Onyx Hail=Marsh Otter',
    // A synonym only a catalogue gives, to a cluster ATT&CK files under a group: that group.
    'Marsh=Marsh Otter',
  ])
})

test('a cluster that lumps two ATT&CK groups keeps its own name, and its former name goes with it', () => {
  const entries = [
    ...obj('attack', 'Lotus Harp', ['Plum Typhoon', 'OSMIRIDIUM', 'Spring Harp']),
    ...obj('attack', 'APT92', ['Kestrel Team']),
    ...obj('catalogue', 'Plum Typhoon', ['OSMIRIDIUM', 'APT92', 'Lotus Harp']),
  ]
  assert.deepEqual(
    canonicals(entries, 'Plum Typhoon (OSMIRIDIUM) is tracked by Microsoft; Spring Harp and Lotus Harp elsewhere.'),
    ['Plum Typhoon=Plum Typhoon', 'OSMIRIDIUM=Plum Typhoon', 'Spring Harp=Lotus Harp', 'Lotus Harp=Lotus Harp'],
  )
})

test('a catalogue cluster is the ATT&CK group two or more of its names belong to, not one loose overlap', () => {
  const entries = [
    ...obj('attack', 'Dune Worm Team', ['APT93', 'Grey Lynx Bear', 'IRON KETTLE']),
    ...obj('catalogue', 'Dune Worm', ['APT93', 'Grey Lynx Bear', 'BLUE ECHO']),
    ...obj('attack', 'Velvet Crane', ['Cerise Hail']),
    ...obj('catalogue', 'Garnet Sleet', ['Cerise Hail', 'GARNET']),
  ]
  assert.deepEqual(canonicals(entries, 'Dune Worm and BLUE ECHO; Garnet Sleet and Velvet Crane.'), [
    // The group's APTnn name, the convention for canonical names.
    'Dune Worm=APT93',
    'BLUE ECHO=APT93',
    'Garnet Sleet=Garnet Sleet',
    'Velvet Crane=Velvet Crane',
  ])
})

test("an APTnn name is the display name only where both sides say it is the same actor's", () => {
  const entries = [
    ...obj('attack', 'APT94', ['Midnight Gale', 'Quiet Bear']),
    // Microsoft-style cluster that lists the APTnn name, which ATT&CK's group lists back.
    ...obj('catalogue', 'Midnight Gale', ['APT94', 'NOBELITE']),
  ]
  assert.deepEqual(canonicals(entries, 'Midnight Gale, also NOBELITE.'), ['Midnight Gale=APT94', 'NOBELITE=APT94'])
})

test('without sources (every entry a catalogue one), the actor most entries give a name wins', () => {
  const e = (alias: string, actorName: string): AliasEntry => ({
    alias,
    actorId: actorName,
    actorName,
    kind: 'intrusion-set',
  })
  const entries = [e('Ridge Owl', 'Ridge Owl'), e('PEWTER', 'Ridge Owl'), e('PEWTER', 'Ridge Owl'), e('PEWTER', 'Fen')]
  assert.deepEqual(canonicals(entries, 'PEWTER and Ridge Owl'), ['PEWTER=Ridge Owl', 'Ridge Owl=Ridge Owl'])
})

test("the store's entries say whose each object is: ATT&CK's, the pack's or a catalogue's", async () => {
  const objects: Record<string, Record<string, unknown>> = {
    'intrusion-set--a': { name: 'Marsh Otter', created_by_ref: 'identity--c78cb6e5-0c4b-4611-8297-d1b8b55e40b5' },
    'intrusion-set--b': { name: 'Reed Owl', created_by_ref: MOSAIC_IDENTITY_ID },
    'intrusion-set--c': { name: 'Onyx Hail', created_by_ref: 'identity--misp-galaxy' },
    'intrusion-set--d': {
      name: 'Old Otter',
      created_by_ref: 'identity--c78cb6e5-0c4b-4611-8297-d1b8b55e40b5',
      revoked: true,
    },
  }
  const row = (alias: string, id: string) => ({
    norm: alias.toLowerCase(),
    alias,
    object_id: id,
    object_type: 'intrusion-set',
    claim_id: `c-${alias}`,
    source: null,
  })
  const entries = await aliasEntriesFromStore({
    aliases: async () => [
      row('Onyx Hail', 'intrusion-set--a'),
      row('Reed Owl', 'intrusion-set--b'),
      row('Onyx Hail', 'intrusion-set--c'),
      row('Old Otter', 'intrusion-set--d'),
    ],
    get: async (id: string) => objects[id] as never,
  })
  assert.deepEqual(
    entries.map((e) => `${e.actorName}:${e.source}`),
    ['Marsh Otter:attack', 'Reed Owl:pack', 'Onyx Hail:catalogue', 'Old Otter:catalogue'],
  )
  assert.deepEqual(canonicals(entries, 'Onyx Hail'), ['Onyx Hail=Marsh Otter'])
})

test('an APTnn alias is the display name unless a catalogue keeps an APTnn entry of its own apart from the actor', () => {
  const attack = (alias: string) => ({
    alias,
    actorId: 'intrusion-set--1',
    actorName: 'Larkspur',
    kind: 'intrusion-set',
    source: 'attack' as const,
  })
  const base = [attack('Larkspur'), attack('Grey Heron'), attack('APT77')]
  const text = 'Officials said Larkspur was behind the intrusions.'
  assert.equal(compileActorMatcher(base).find(text)[0]?.canonical, 'APT77')
  const apart = [
    ...base,
    { alias: 'APT77', actorId: 'misp:77', actorName: 'APT77', kind: 'intrusion-set', source: 'catalogue' as const },
  ]
  assert.equal(compileActorMatcher(apart).find(text)[0]?.canonical, 'Larkspur')
})
