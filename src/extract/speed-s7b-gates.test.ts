// Gates that skip an expression (or a copy of the text) where it cannot match must agree with the expression.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { SOFTWARE_AFTER, shapeCanonical, softwareWordAfter } from './actors.ts'
import { STATE_LINKED_AFTER, stateLinkedAfter } from './extract.ts'
import { refang } from './iocs.ts'
import { monthOf } from './text.ts'

// A small deterministic generator.
function rng(seed: number): () => number {
  let x = seed >>> 0
  return () => {
    x = (x * 1664525 + 1013904223) >>> 0
    return x / 2 ** 32
  }
}

function randomText(next: () => number, pieces: readonly string[], most: number): string {
  let t = ''
  for (let i = Math.floor(next() * most); i > 0; i--) t += pieces[Math.floor(next() * pieces.length)]!
  return t
}

test('softwareWordAfter is true wherever SOFTWARE_AFTER matches the 20 characters', () => {
  const next = rng(71)
  const pieces = [' ', '-', '\n', '\u00a0', '\u2009', 'ransomware', 'RAT', 'Malware', 'BACKDOOR', 'trojan', 'loader']
  const more = ['stealer', 'wiper', 'implant', 'botnet', 'rats', 'group', 'x', 'ſtealer', 'K', 'İ', ',', '.', 'ra']
  const all = [...pieces, ...more]
  let matched = 0
  for (let round = 0; round < 20000; round++) {
    const t = randomText(next, all, 8)
    for (let at = 0; at <= t.length; at++) {
      const re = SOFTWARE_AFTER.test(t.slice(at, at + 20))
      if (re) {
        matched++
        assert.ok(softwareWordAfter(t, at), JSON.stringify([t, at]))
      }
    }
  }
  assert.ok(matched > 1000)
})

test('stateLinkedAfter is STATE_LINKED_AFTER on the 30 characters', () => {
  const next = rng(73)
  const pieces = [' ', '-', '\n', '  ', '\u00a0', 'state', 'State', 'sponsored', 'BACKED', 'linked', 'affiliated']
  const more = ['state-', 'ſponsored', 'a', 's', 'x', '          ', ',', 'link']
  const all = [...pieces, ...more]
  let matched = 0
  for (let round = 0; round < 20000; round++) {
    const t = randomText(next, all, 8)
    for (let at = 0; at <= t.length; at++) {
      const want = STATE_LINKED_AFTER.test(t.slice(at, at + 30))
      if (want) matched++
      assert.equal(stateLinkedAfter(t, at), want, JSON.stringify([t, at]))
    }
  }
  assert.ok(matched > 1000)
})

test('shapeCanonical gives the canonical spellings', () => {
  assert.equal(shapeCanonical('APT 10'), 'APT10')
  assert.equal(shapeCanonical('Advanced Persistent Threat Group 31'), 'APT31')
  assert.equal(shapeCanonical('APT-C-23'), 'APT-C-23')
  assert.equal(shapeCanonical('APT Q 1'), 'APT-Q-1')
  assert.equal(shapeCanonical('STORM-0558'), 'Storm-0558')
  assert.equal(shapeCanonical('storm-0558'), 'Storm-0558')
  assert.equal(shapeCanonical('Dev-0537'), 'DEV-0537')
  assert.equal(shapeCanonical('dev-1'), 'DEV-1')
  assert.equal(shapeCanonical('Storm-'), 'Storm-')
  assert.equal(shapeCanonical('UNC2452'), 'UNC2452')
  assert.equal(shapeCanonical('ſtorm-1'), 'ſtorm-1')
})

test('refang and monthOf keep their results with the expressions made once', () => {
  // Run twice: a global expression made once must not carry lastIndex from one call to the next.
  for (let k = 0; k < 2; k++) {
    assert.equal(refang('hxxps[:]//evil[.]example(.)com[/]x'), 'https://evil.example.com/x')
    assert.equal(refang('user[at]example{dot}org'), 'user@example.org')
    assert.equal(refang('h[tt]p[://]a[.]b'), 'http://a.b')
    assert.equal(refang('fxp://x[.]y'), 'ftp://x.y')
  }
  assert.equal(monthOf('Sept.'), 9)
  assert.equal(monthOf('Jan.'), 1)
  assert.equal(monthOf('March'), 3)
  assert.equal(monthOf('Mar..'), 0)
})
