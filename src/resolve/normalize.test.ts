import assert from 'node:assert/strict'
import { test } from 'node:test'
import { aliasTokens, looseAliasKey, normalizeAlias } from './normalize.ts'

test('normalizeAlias folds case, separators and letter–digit boundaries to one key', () => {
  for (const s of ['APT40', 'apt40', 'APT 40', 'apt-40', 'APT_40', 'Apt.40', ' APT  40 ', 'APT\u00a040', 'APT—40']) {
    assert.equal(normalizeAlias(s), 'apt40', s)
  }
  assert.equal(normalizeAlias('TEMP.Periscope'), normalizeAlias('Temp Periscope'))
  assert.equal(normalizeAlias('Kryptonite-Panda'), normalizeAlias('KRYPTONITE PANDA'))
  assert.equal(normalizeAlias('APT-C-36'), normalizeAlias('APT C 36'))
})

test('normalizeAlias drops surrounding quotes and possessives but keeps a word-final s', () => {
  assert.equal(normalizeAlias('“Apt40”'), 'apt40')
  assert.equal(normalizeAlias('"APT40"'), 'apt40')
  assert.equal(normalizeAlias('«APT40»'), 'apt40')
  assert.equal(normalizeAlias("APT40's"), 'apt40')
  assert.equal(normalizeAlias('APT40’s'), 'apt40')
  assert.equal(normalizeAlias("LAPSUS$'s"), 'lapsus')
  assert.equal(normalizeAlias("Lazarus' "), 'lazarus')
  assert.equal(normalizeAlias("Lazarus's group"), 'lazarusgroup')
  assert.equal(normalizeAlias('Charming Kittens'), 'charmingkittens')
  assert.equal(normalizeAlias('Moses Staff'), 'mosesstaff')
})

test('normalizeAlias folds Unicode compatibility forms, diacritics and special letters', () => {
  assert.equal(normalizeAlias('ＡＰＴ４０'), 'apt40')
  assert.equal(normalizeAlias('Sofacy Grüppe'), 'sofacygruppe')
  assert.equal(normalizeAlias('Déjà Vu'), 'dejavu')
  assert.equal(normalizeAlias('Straße'), 'strasse')
  assert.equal(normalizeAlias('Ørsted'), 'orsted')
  assert.equal(normalizeAlias('Łódź'), 'lodz')
  assert.equal(normalizeAlias('海莲花'), '海莲花')
  assert.equal(normalizeAlias('...'), '')
  assert.equal(normalizeAlias(''), '')
})

test('looseAliasKey drops a leading "the" and trailing generic words, keeping short or numeric remainders', () => {
  const lazarus = looseAliasKey('Lazarus')
  for (const s of [
    'the Lazarus Group',
    'Lazarus Group',
    'LAZARUS GANG',
    'Lazarus team',
    'The Lazarus APT',
    'Lazarus hackers',
  ]) {
    assert.equal(looseAliasKey(s), lazarus, s)
  }
  assert.equal(looseAliasKey('Sandworm Team'), 'sandworm')
  assert.equal(looseAliasKey('Sofacy Group'), 'sofacy')
  assert.equal(looseAliasKey('Group 5'), 'group5')
  assert.equal(looseAliasKey('Group5'), 'group5')
  assert.equal(looseAliasKey('The Group'), 'group')
  assert.equal(looseAliasKey('Gaza Cybergang'), 'gazacybergang')
  assert.equal(looseAliasKey('APT Group'), 'apt')
})

test('looseAliasKey equates numbers with and without leading zeros, and versions with and without .0', () => {
  assert.equal(looseAliasKey('Storm-0501'), looseAliasKey('Storm 501'))
  assert.equal(looseAliasKey('APT-C-00'), looseAliasKey('APT C 0'))
  assert.equal(looseAliasKey('G0065'), 'g65')
  assert.notEqual(looseAliasKey('APT4'), looseAliasKey('APT40'))
  assert.equal(looseAliasKey('Dragonfly 2.0'), looseAliasKey('Dragonfly 2'))
  assert.notEqual(looseAliasKey('Dragonfly 2.0'), looseAliasKey('Dragonfly 20'))
})

test('aliasTokens splits on separators after folding', () => {
  assert.deepEqual(aliasTokens('TEMP.Periscope'), ['temp', 'periscope'])
  assert.deepEqual(aliasTokens('APT-C-36'), ['apt', 'c', '36'])
  assert.deepEqual(aliasTokens('  “Kryptonite Panda” '), ['kryptonite', 'panda'])
})
