// Gates of the claim rules (speed round 7a): each cheap test must pass wherever the expression it guards matches.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { devDocumentTexts, randomPieceTexts } from '../lib/testing.ts'
import { FAST_SCANS, mayEndorse, PARTY_GATES_FOR_TEST, STATE_WORD_GATE_FOR_TEST } from './claims.ts'
import { AUTHOR_FAST_PATHS_FOR_TEST } from './claims-author.ts'
import { ENDORSE, ENDORSE_JOINING } from './claims-partners.ts'
import { sentences } from './text.ts'

/** Random texts of the pieces (see randomPieceTexts). */
const randomTexts = (seed: number, pieces: string[], n: number): string[] =>
  randomPieceTexts(seed, pieces, n, { least: 3, spread: 14, upper: 0.15 })

test('mayEndorse passes every sentence where the endorsement expression matches', () => {
  const pieces = [
    'agrees with this attribution',
    'also joined the attribution',
    'issued  statements of\nsupport',
    'stand in solidarity with',
    'welcomed the statement',
    'stood with its European partners',
    'echoed the assessment',
    'joined Washington in condemning',
    'joins the US in\npublicly accusing',
    'issued  statements condemning',
    'issued their own statement condemning',
    'reached the same conclusions',
    'reached same assessment',
    'voiced full support',
    'concurred  with the UK assessment',
    'agree with\nthese findings',
    'endorses the conclusions',
    'supported that judgement',
    'shares these findings',
    'Shared this assessment',
    ' is also supported by',
    ' were endorsed\nby',
    'was shared by',
    ' ',
    '\n',
    '_',
    'x',
    '1',
    'é',
    '.',
    ', ',
    'ſ',
  ]
  let matched = 0
  for (const text of [...devDocumentTexts(), ...randomTexts(71, pieces, 4000)])
    for (const s of sentences(text)) {
      if (!ENDORSE.test(s.text) && !ENDORSE_JOINING.test(s.text)) continue
      matched++
      assert.ok(mayEndorse(text, s), JSON.stringify(s.text))
    }
  assert.ok(matched > 100)
})

test('the header reader’s fast paths give what its expressions give', () => {
  const F = AUTHOR_FAST_PATHS_FOR_TEST
  const pieces = [
    'By ',
    'by the ',
    'Posted by ',
    'BY\u00a0',
    'the ',
    'Acme Labs',
    'Acme Security Research',
    ' | ',
    ' • ',
    ' — ',
    ' - ',
    '-',
    ', ',
    '14 October 2025',
    'May 3, 2024',
    'Published',
    'WASHINGTON, February 17, 2021 - The ',
    'LONDON — ',
    '\n',
    '\n\n',
    ' ',
    '\t',
    'x',
    'é',
    'Office of Public Affairs',
    'Press Release',
    'news  releases',
    'For Immediate Release',
    'statement',
    'Department of Justice',
  ]
  let bylines = 0
  for (const text of [...devDocumentTexts(), ...randomTexts(72, pieces, 6000)]) {
    // BYLINE before every position: the gate passes wherever it matches.
    for (let at = 0; at <= text.length; at++) {
      if (!F.BYLINE.test(text.slice(Math.max(0, at - 30), at))) continue
      bylines++
      assert.ok(F.mayEndByline(text, at), JSON.stringify(text.slice(0, at)))
    }
    const lineEnd = F.firstLineEnd(text)
    assert.equal(lineEnd, text.search(/\n|$/))
    const after = text.slice(lineEnd, lineEnd + 200)
    if (F.RELEASE_LINE.test(after)) assert.ok(F.RELEASE_WORD.test(after), JSON.stringify(after))
    for (const line of text.split('\n')) {
      const trimmed = line.trim()
      if (!F.hasPartSeparatorChar(trimmed)) assert.deepEqual(trimmed.split(F.HEAD_PART_SEPARATOR), [trimmed])
      assert.equal(F.withoutLeadingDash(trimmed), line.replace(/^\s*[-–—]?\s*/, '').trim())
    }
  }
  assert.ok(bylines > 100)
})

test('a state needs one of the gate’s words after it for any of the four expressions on the words after it to match', () => {
  const G = STATE_WORD_GATE_FOR_TEST
  const pieces = [
    'China',
    'Russia',
    "'s",
    '’S',
    "'",
    ' ',
    '  ',
    '\n',
    '-',
    ' - ',
    'federal ',
    'national ',
    'Government',
    'governments',
    'administration',
    'military,',
    'military ',
    'armed forces',
    'intelligence',
    ' community',
    ' services',
    'state',
    'nation-state',
    'security',
    'counter-intelligence',
    'counterintelligence',
    'cyber',
    'cybersecurity',
    'signals intelligence',
    ' agency',
    ' authorities',
    'sponsored',
    'backed',
    'linked',
    'run',
    'runs',
    'APT',
    'APT28',
    'hacking group',
    'threat actors',
    'hackers',
    'spies',
    'operatives',
    'and',
    'in',
    'x',
    '_',
  ]
  let matched = 0
  const re = G.expressions()
  for (const text of [...devDocumentTexts(), ...randomTexts(73, pieces, 3000)])
    for (let at = 0; at < text.length; at++) {
      const end = Math.min(text.length, at + 40)
      const after = text.slice(at, end)
      if (!re.some((r) => r.test(after))) continue
      matched++
      assert.ok(G.words.has(G.wordAfterState(text, at, end)), JSON.stringify(after))
    }
  assert.ok(matched > 1000)
})

test('the word and character gates before and after a party pass wherever their expressions match', () => {
  const G = PARTY_GATES_FOR_TEST
  const pieces = [
    'attacks on ',
    'attacks  against the ',
    'targeting ',
    'Targeted ',
    'hit ',
    'into ',
    'across an ',
    'at a ',
    'invaded ',
    'according to ',
    'to ',
    'partners in ',
    'outfits based in ',
    'groups operating out of ',
    'hackers from ',
    'citizens of ',
    'invasion of the ',
    'told ',
    'designated the ',
    'charged ',
    'the ',
    'THE ',
    'an ',
    'in',
    'Berlin ',
    'x',
    '_',
    ' ',
    '\u00a0',
    '\n',
    ', ',
    ',',
    ' 4 March 2024 - ',
    ' March 25 (Reuters) -',
    ' (AP) —',
    ' Netherlands (AP) —',
    ' v. Smith',
    '  v Smith',
    '-based',
    '-owned ',
    '-ownedx',
    'China',
    'Iran',
  ]
  let before = 0
  let after = 0
  const befores = G.before()
  const afters = G.after()
  for (const text of [...devDocumentTexts(), ...randomTexts(74, pieces, 3000)])
    for (let to = 0; to <= text.length; to++) {
      for (const width of [16, 20, 24, 40]) {
        const from = Math.max(0, to - width)
        const slice = text.slice(from, to)
        for (const g of befores) {
          if (!g.re.test(slice)) continue
          before++
          assert.ok(G.endsWithWordOf(text, from, to, g.words, g.articles), `${g.re.source.slice(0, 30)} ${slice}`)
        }
      }
      for (const g of afters) {
        if (!g.re.test(text.slice(to, to + 40))) continue
        after++
        assert.ok(g.gate(text, to), `${g.re.source.slice(0, 30)} ${text.slice(to, to + 40)}`)
      }
    }
  assert.ok(before > 1000 && after > 1000, `${before} ${after}`)
})

test('the keyword-gated negation and doubt tests give what their expressions give on every window', () => {
  const G = PARTY_GATES_FOR_TEST
  const pieces = [
    'not ',
    'cannot ',
    'NOT ',
    'no ',
    'north ',
    'Never ',
    'without ',
    'declined to ',
    'refused to ',
    'denied ',
    'deny ',
    'rejects ',
    'unclear ',
    'unknown ',
    'whether ',
    'not yet known ',
    'not confirmed ',
    'x',
    '_',
    ' ',
    '.',
    ';',
    'attributed to ',
    'Iran ',
  ]
  let negated = 0
  let doubted = 0
  for (const text of [...devDocumentTexts(), ...randomTexts(75, pieces, 1500)])
    for (let to = 0; to <= text.length; to++)
      for (const width of [30, 40, 80]) {
        const from = Math.max(0, to - width)
        const slice = text.slice(from, to)
        const n = G.negation.re().test(slice)
        const d = G.doubt.re().test(slice)
        if (n) negated++
        if (d) doubted++
        assert.equal(G.negation.gated(text, from, to), n, slice)
        assert.equal(G.doubt.gated(text, from, to), d, slice)
      }
  assert.ok(negated > 1000 && doubted > 1000, `${negated} ${doubted}`)
})

test('the sponsoring-verb and "consistent with" gates pass wherever their expressions match', () => {
  const G = PARTY_GATES_FOR_TEST
  const pieces = [
    ' sponsors ',
    ' SPONSORED ',
    ' backs ',
    ' directly controls ',
    ' has long funded ',
    ' tasked ',
    ' employs ',
    ' runs ',
    ' ran ',
    "'s government ",
    ' (the Kremlin) ',
    'several ',
    'cyber actors',
    'hacking groups',
    'APT units',
    ' is consistent with ',
    'inconsistent with ',
    'Consistent With previous activity of the ',
    'tooling attributed to ',
    ' ',
    'x',
    '-',
    '.',
  ]
  let sponsors = 0
  let consistent = 0
  for (const text of [...devDocumentTexts(), ...randomTexts(76, pieces, 3000)])
    for (let at = 0; at <= text.length; at++) {
      const to = Math.min(text.length, at + 90)
      if (G.stateSponsors.re().test(text.slice(at, to))) {
        sponsors++
        // (A state ends at a word's end: the window never opens inside a word there.)
        if (at === 0 || !/[A-Za-z0-9]/.test(text[at - 1]!) || !/[A-Za-z0-9]/.test(text[at] ?? ''))
          assert.ok(G.stateSponsors.gate(text, at, to), text.slice(at, to))
      }
      const from = Math.max(0, at - 80)
      if (G.consistent.re().test(text.slice(from, at))) {
        consistent++
        assert.ok(G.consistent.gate(text, from, at), text.slice(from, at))
      }
    }
  assert.ok(sponsors > 300 && consistent > 300, `${sponsors} ${consistent}`)
})

test('a cue with next words matches only where one of them follows the word it starts with', () => {
  const cues = FAST_SCANS.nextWordCues()
  assert.ok(cues.length >= 3)
  const pieces = [
    'campaigns by ',
    'attack  BY\n',
    'hacks by',
    'activities by the ',
    'espionage\u00a0by ',
    'operation bypass ',
    'is part of ',
    'was likely a unit of ',
    'are an arm\tof ',
    'associated with ',
    'belongs to ',
    'members of ',
    'officers  OF ',
    'x',
    ' ',
    '_',
    '.',
  ]
  let matched = 0
  for (const text of [...devDocumentTexts(), ...randomTexts(77, pieces, 3000)])
    for (const c of cues) {
      const re = new RegExp(c.re.source, `${c.re.flags.replace(/[gy]/g, '')}g`)
      for (const m of text.matchAll(re)) {
        matched++
        assert.ok(FAST_SCANS.followedBy(text, m.index, c.next), m[0])
      }
    }
  assert.ok(matched > 1000, `${matched}`)
})

test('every cue found by its keyword occurrences (and the words before them) gives the global scan’s matches', () => {
  const pieces = [
    'APT41 ',
    'has ',
    'had also ',
    'have  also been ',
    'also ',
    'is ',
    'were also ',
    'been ',
    'hacked ',
    'HACKED ',
    'breached ',
    'targeting ',
    'tried to steal ',
    'attempted to gain access ',
    'hacking ',
    'exploited by ',
    'compromising ',
    'stole ',
    'x',
    '_',
    ',',
    '-',
    ' ',
    '\n',
  ]
  let matched = 0
  for (const text of [...devDocumentTexts(), ...randomTexts(78, pieces, 3000)])
    for (const s of sentences(text))
      FAST_SCANS.cues.forEach((re, i) => {
        const got = FAST_SCANS.cueMatches(i, text, s).map((m) => `${m.index}:${m[0]}`)
        const want = [...s.text.matchAll(new RegExp(re.source, `${re.flags.replace(/[gy]/g, '')}g`))].map(
          (m) => `${m.index}:${m[0]}`,
        )
        matched += want.length
        assert.deepEqual(got, want, `${re.source.slice(0, 30)} ${s.text}`)
      })
  assert.ok(matched > 1000, `${matched}`)
})

test('the affiliation, relative-pronoun and last-word shortcuts agree with their expressions', () => {
  const G = PARTY_GATES_FOR_TEST
  const pieces = [
    'employees of the ',
    'an officer at a ',
    'Members in ',
    'staff of ',
    'operatives of two units ',
    'works for the ',
    'worked for an ',
    'teamwork for ',
    'which ',
    'that the ',
    'whom ',
    'who ',
    'THAT ',
    'x',
    '_',
    ' ',
    '\n',
    ',',
    'Russian ',
  ]
  let affiliated = 0
  let relative = 0
  const rel = G.relative()
  for (const text of [...devDocumentTexts(), ...randomTexts(79, pieces, 2000)]) {
    for (let to = 0; to <= text.length; to++) {
      const from = Math.max(0, to - 40)
      const a = G.affiliation.re().test(text.slice(from, to))
      if (a) affiliated++
      assert.equal(G.affiliation.gated(text, from, to), a, text.slice(from, to))
      const from12 = Math.max(0, to - 12)
      if (rel.re.test(text.slice(from12, to))) {
        relative++
        assert.ok(G.endsWithWordOf(text, from12, to, rel.words, new Set(['the'])), text.slice(from12, to))
      }
    }
    for (const line of text.split('\n')) {
      const t = line.trim()
      if (t) assert.equal(G.lastWord(t), t.split(/\s+/).pop())
    }
  }
  assert.ok(affiliated > 500 && relative > 500, `${affiliated} ${relative}`)
})

test('the passive-agent and used-by cues need "by", "from", "out" or an adverb next; the support and interests cues a later word', () => {
  const next = FAST_SCANS.nextWordCues()
  const needing = FAST_SCANS.needingCues()
  // (Session 20 added "campaign of": a sixth; session 29 "operations as part of": a seventh; session 36 the spyware
  // cue on tools "built by" a vendor, a third needing one.)
  assert.equal(next.length, 7)
  assert.equal(needing.length, 3)
  const pieces = [
    'sponsored by ',
    'carried out by ',
    'directly controlled  by ',
    'controlled from Moscow by ',
    'coordinated from Saint Petersburg by ',
    'Run BY ',
    'running by ',
    'led by ',
    'used by ',
    'the espionage campaign of ',
    'conducts espionage as part of Iran',
    'carried out attacks AS PART OF the GRU',
    'Operations of ',
    'deployed exclusively by the group known as ',
    'operates in support of ',
    'acting in direct support of ',
    'conducted cyber operations in support of ',
    'works in SUPPORT of ',
    'serves Iranian state intelligence requirements ',
    'supports the strategic interests of the ',
    'aligns with Chinese state objectives ',
    'in line with the goals of ',
    'furthering its long-held regional ambitions ',
    'benefits the ',
    'BENEFITTING ',
    'Hacking tools built by ',
    'spyware made and sold by ',
    'malware that was developed by ',
    'TOOLS MARKETED BY ',
    'software designed by ',
    'the GRU ',
    'x',
    '_',
    ' ',
    '.',
  ]
  let matched = 0
  for (const text of [...devDocumentTexts(), ...randomTexts(80, pieces, 3000)])
    for (const s of sentences(text)) {
      for (const c of next)
        for (const m of s.text.matchAll(new RegExp(c.re.source, `${c.re.flags.replace(/[gy]/g, '')}g`))) {
          matched++
          assert.ok(FAST_SCANS.followedBy(s.text, m.index, c.next), m[0])
        }
      for (const c of needing)
        for (const m of s.text.matchAll(new RegExp(c.re.source, `${c.re.flags.replace(/[gy]/g, '')}g`))) {
          matched++
          assert.ok(c.needs(text, s, m), m[0])
        }
    }
  assert.ok(matched > 2000, `${matched}`)
})
