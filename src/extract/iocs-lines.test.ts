// The line context of indicators: the lines and sections found by indexOf and offsets are those of splitting the text
// at line breaks and trimming each line.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { lines } from './iocs.ts'

const REFERENCE_HEADING =
  /^\s*(?:#+\s*)?(?:references?|sources?|more info(?:rmation)?(?: on [^:]*)?|further reading|read more|links|related(?: links| reading)?|see also|external links|acknowledg(?:e)?ments?|footnotes?|credits?)\s*:?\s*$/i
const IOC_HEADING =
  /\b(?:indicators?|iocs?|network|domains?|urls?|ip addresses|ips|hashes|sha-?256|sha-?1|md5|c2|command and control|infrastructure|sender addresses|e-?mail addresses|observables|artifacts|payloads?)\b/i

function splitLines(text: string): { start: number; end: number; text: string; section: string }[] {
  const out: { start: number; end: number; text: string; section: string }[] = []
  let section = 'body'
  let pos = 0
  for (const raw of text.split('\n')) {
    const start = pos
    pos += raw.length + 1
    const t = raw.trim()
    const upper = t === t.toUpperCase() && /[A-Z]/.test(t)
    if (t.length > 0 && t.length < 80 && (t.endsWith(':') || upper) && !'-*•'.includes(t[0]!)) {
      if (REFERENCE_HEADING.test(t.replace(/:$/, ''))) section = 'reference'
      else if (IOC_HEADING.test(t)) section = 'ioc'
      else section = 'body'
    }
    out.push({ start, end: start + raw.length, text: raw, section })
  }
  return out
}

test('lines and their sections are those of splitting and trimming', () => {
  const pieces = ['References:', 'INDICATORS', 'Network IOCs:', 'Body text here', 'x', ':', '- Sources:', '• IPS', 'é']
  const spaces = ['', ' ', '\t', '\u00a0', '\ufeff', '\r', '\u3000']
  let seed = 3
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
  }
  for (let t = 0; t < 2000; t++) {
    let text = ''
    for (let i = 0, n = rnd(12); i < n; i++)
      text +=
        spaces[rnd(spaces.length)]! + pieces[rnd(pieces.length)]! + spaces[rnd(spaces.length)]! + (rnd(3) ? '\n' : '')
    const got = lines(text).map((l) => ({ start: l.start, end: l.end, text: l.text, section: l.section }))
    assert.deepEqual(got, splitLines(text), JSON.stringify(text))
  }
})
