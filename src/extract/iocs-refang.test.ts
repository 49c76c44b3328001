// refang skips the replacements that cannot apply; it must give what the full chain of replacements gives.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { findIocs, IOC_EXPRESSIONS, isDefanged, refang } from './iocs.ts'

function refangRef(s: string): string {
  return s
    .replace(/\bhxxp/gi, 'http')
    .replace(/\bh\[tt\]p/gi, 'http')
    .replace(/\bfxp\b/gi, 'ftp')
    .replace(/\[\s*(?:\.|dot)\s*\]|\(\s*(?:\.|dot)\s*\)|\{\s*(?:\.|dot)\s*\}/gi, '.')
    .replace(/\[\s*(?:@|at)\s*\]|\(\s*(?:@|at)\s*\)|\{\s*(?:@|at)\s*\}/gi, '@')
    .replace(/\[:\/\/\]/g, '://')
    .replace(/\[:\]/g, ':')
    .replace(/\[\/\]/g, '/')
}

test('refang equals the full chain of replacements', () => {
  let x = 3
  const next = () => {
    x = (x * 1664525 + 1013904223) >>> 0
    return x / 2 ** 32
  }
  const pieces = ['h', 'H', 'x', 'X', 'p', 'P', 'f', 't', 'T', 's', '[', ']', '(', ')', '{', '}', '.', 'dot', 'DOT']
  pieces.push('@', 'at', 'AT', ':', '/', '//', ' ', 'a', 'evil', 'com', 'hxxp', 'h[tt]p', 'fxp', '[.]', '[:]', '[/]')
  pieces.push('\u00a0', '\t', 'd', 'D', 'o', 'O')
  for (let round = 0; round < 20000; round++) {
    let s = ''
    const n = Math.floor(next() * 10)
    for (let i = 0; i < n; i++) s += pieces[Math.floor(next() * pieces.length)]
    assert.equal(refang(s), refangRef(s), JSON.stringify(s))
  }
  // Mostly the usual defanged domains, with a stray character now and then.
  const usual = ['evil', '[.]', 'com', '-', '1', '[', ']', '.', 'x', 'p', '(']
  for (let round = 0; round < 20000; round++) {
    let s = ''
    const n = Math.floor(next() * 8)
    for (let i = 0; i < n; i++) s += usual[Math.floor(next() * (next() < 0.9 ? 3 : usual.length))]
    assert.equal(refang(s), refangRef(s), JSON.stringify(s))
  }
  for (const s of ['hxxps://evil[.]com/a[/]b', 'FXP[:]//x(dot)y', 'a[at]b{.}c', 'H[TT]P[://]x', 'example.com'])
    assert.equal(refang(s), refangRef(s))
})

const DEFANG =
  /\[\s*\.\s*\]|\(\s*\.\s*\)|\{\s*\.\s*\}|\[dot\]|\(dot\)|\{dot\}|\[:\]|\[@\]|\[at\]|\(at\)|\{at\}|\(@\)|hxxp|fxp|\[\/\]|h\[tt\]p/i

test('isDefanged equals the defang expression over the whole text', () => {
  let x = 9
  const next = () => {
    x = (x * 1664525 + 1013904223) >>> 0
    return x / 2 ** 32
  }
  const pieces = ['h', 'H', 'x', 'X', 'p', 'P', 'f', 'F', 't', 'T', '[', ']', '(', ')', '{', '}', '.', 'dot', '@', 'at']
  pieces.push(':', '/', ' ', 'e', 'hxxp', 'h[tt]p', 'H[TT]P', 'fxp', '[.]', '( . )', 'exploit', 'expert')
  for (let round = 0; round < 30000; round++) {
    let s = ''
    const n = Math.floor(next() * 12)
    for (let i = 0; i < n; i++) s += pieces[Math.floor(next() * pieces.length)]
    assert.equal(isDefanged(s), DEFANG.test(s), JSON.stringify(s))
  }
})

test('a URL loses the punctuation after it as by the end-anchored expressions', () => {
  const trimRef = (u: string) => {
    let t = u
    while (/[.,;:!?'"’”]$/.test(t) && !/\[\.\]$|\(\.\)$/.test(t)) t = t.slice(0, -1)
    return t
  }
  const ends = ['', '.', ',', ';).', '?!', "'", '"', '’”', '[.]', '(.)', '[.].', '(.);', '/', ')', ']', '.:.', 'x.']
  for (const end of ends) {
    const text = `C2 payload download: hxxp://evil[.]example[.]com/a.b?x=1${end} and http://203.0.113.9/p${end}\n`
    const found = findIocs(text)
    const spans = [...found.iocs, ...found.nonIocs].map((i) => `${i.span[0]}:${i.text}`)
    for (const m of text.matchAll(IOC_EXPRESSIONS.url)) {
      const want = trimRef(m[0])
      assert.ok(spans.includes(`${m.index}:${want}`), `${JSON.stringify(want)} in ${JSON.stringify(spans)}`)
    }
  }
})
