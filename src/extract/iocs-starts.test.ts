// The candidate-start finders must list exactly what the simple per-character scans they replace listed (those are
// kept here as the reference), on real text and on random texts dense in dots, brackets, "@" and hex digits.
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { sharedPath } from '../lib/testing.ts'
import { IOC_EXPRESSIONS } from './iocs.ts'
import { hashStarts, iocStarts, urlStarts } from './iocs-starts.ts'
import { isAsciiWordCode, matchAtStarts, stickyCopy } from './scan.ts'

function beforeDotStartsRef(text: string, hyphen: boolean): number[] {
  const out: number[] = []
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c !== 46 && c !== 91 && c !== 40 && c !== 123) continue
    let s = i
    for (
      let p = text.charCodeAt(s - 1);
      s > 0 && (isAsciiWordCode(p) || (hyphen && p === 45));
      p = text.charCodeAt(s - 1)
    )
      s--
    if (s < i) out.push(s)
  }
  return out
}

function emailStartsRef(text: string): number[] {
  const isAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)
  const isLocal = (c: number) => isAlnum(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45
  const out: number[] = []
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c !== 64 && c !== 91 && c !== 40 && c !== 123) continue
    const here: number[] = []
    for (let s = i - 1; s >= 0 && i - s <= 64 && isLocal(text.charCodeAt(s)); s--) {
      const first = text.charCodeAt(s)
      const prev = s > 0 ? text.charCodeAt(s - 1) : -1
      if (isAlnum(first) && !(isAsciiWordCode(prev) || prev === 46 || prev === 43 || prev === 45)) here.push(s)
    }
    for (let k = here.length - 1; k >= 0; k--) out.push(here[k]!)
  }
  return out.sort((a, b) => a - b)
}

function hashStartsRef(text: string): number[] {
  const out: number[] = []
  let run = 0
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : -1
    if ((c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70)) run++
    else {
      if (run >= 32) out.push(i - run)
      run = 0
    }
  }
  return out
}

const sticky = Object.fromEntries(Object.entries(IOC_EXPRESSIONS).map(([k, re]) => [k, stickyCopy(re)]))

/** The sticky scan at `starts` finds what the global scan finds. */
function sameScan(kind: keyof typeof IOC_EXPRESSIONS, text: string, starts: number[]): void {
  const got = matchAtStarts(sticky[kind]!, text, starts).map((m) => `${m.index}:${m[0]}`)
  const want = [...text.matchAll(IOC_EXPRESSIONS[kind])].map((m) => `${m.index}:${m[0]}`)
  assert.deepEqual(got, want, `${kind} in ${JSON.stringify(text)}`)
}

function isSubsequence(sub: number[], of: number[]): boolean {
  let j = 0
  for (const x of sub) {
    while (j < of.length && of[j]! < x) j++
    if (of[j] !== x) return false
  }
  return true
}

function check(text: string): void {
  const got = iocStarts(text)
  // The "." filter drops starts where no match can begin: a subset of the plain lists, with the same scan results.
  assert.ok(isSubsequence(got.ipv4, beforeDotStartsRef(text, false)))
  assert.ok(isSubsequence(got.domain, beforeDotStartsRef(text, true)))
  assert.deepEqual(got.email, emailStartsRef(text))
  assert.deepEqual(hashStarts(text), hashStartsRef(text))
  sameScan('ipv4', text, got.ipv4)
  sameScan('domain', text, got.domain)
  sameScan('email', text, got.email)
  sameScan('hash', text, hashStarts(text))
  sameScan('url', text, urlStarts(text))
}

function rng(seed: number): () => number {
  let x = seed >>> 0
  return () => {
    x = (x * 1664525 + 1013904223) >>> 0
    return x / 2 ** 32
  }
}

test('candidate starts equal the per-character reference scans on random texts', () => {
  const next = rng(11)
  const pieces = ['a', 'F', '0', '9', 'x', '-', '_', '.', '[', '(', '{', '@', ' ', '+', '%', 'é', 'deadbeef', 'dot]']
  pieces.push('http', 'hXXps', 'h[tt]p', 'H[TT]PS', 'fxp', 'sftp', ':', '//', '[:]', '[://]', '[.]', '(.)', ']', ')')
  pieces.push('com', '192', '.1', 'example', '[at]', 'file', ':/', '\\\\', 'v1.2')
  for (let round = 0; round < 4000; round++) {
    const len = Math.floor(next() * 120)
    let t = ''
    while (t.length < len) t += pieces[Math.floor(next() * pieces.length)]
    check(t)
  }
  // Hex runs around the 32, 40, 64 and 128 lengths, at every offset.
  for (let pre = 0; pre < 40; pre++)
    for (const len of [0, 1, 31, 32, 33, 63, 64, 65, 100, 128, 129])
      for (const post of ['', ' ', 'g', 'a'.repeat(5)]) check(`${'q'.repeat(pre)}${'a'.repeat(len)}${post}`)
})

test('candidate starts equal the per-character reference scans on the development documents', () => {
  const dev = sharedPath('extraction-dev')
  if (!dev) return
  for (const f of readdirSync(dev).filter((x) => x.endsWith('.txt'))) check(readFileSync(join(dev, f), 'utf8'))
})
