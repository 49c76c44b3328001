import assert from 'node:assert/strict'
import { test } from 'node:test'
import { corpusTexts } from '../lib/testing.ts'
import {
  CONFIDENCE_PATTERN_KEYWORDS,
  CONFIDENCE_PATTERN_STARTS,
  findAllConfidence,
  findAllConfidenceWhere,
} from '../stix/confidence.ts'
import { buildParties, FAST_SCANS, KEYWORD_RULES } from './claims.ts'
import { KeywordIndex, matchAtOccurrences, occursIn } from './claims-keywords.ts'
import { keywordStarts, lowerForKeywords } from './scan.ts'
import { escapeRe, sentences } from './text.ts'

const SAMPLE =
  'The UK government attributed the attack to APT28, also known as Fancy Bear, a.k.a. STRONTIUM. Russia denied it; ' +
  'the Kremlin called the claims BASELESS. We assess with high confidence that the GRU was behind it.\n' +
  'Officials said the group, formerly tracked as Sofacy, carried out the intrusion on behalf of the state. ' +
  'The authoring agencies judge it highly likely. The work of ſtate hackers is \u212Anown. WE were not; we were.\n' +
  'It is almost certainly not, and probably not, a remote chance; chances are about even, an even chance, nearly ' +
  'certain. They are highly confident, moderately confident, fully confident, with a moderate degree of confidence. ' +
  'Criminal charges were brought; he was indicted, convicted, allegedly; it is strongly believed, thought to be, ' +
  'suspected, possibly; it may have; we judge, confirm, and determined it was very unlikely, in all likelihood.\n' +
  'The U.S. authoring agencies and the UK partner agencies, with participating AGENCIES (the U.K. partner ' +
  'agencies) and partner agenciesX; Iran is likely the actor behind it, and China was widely responsible. ' +
  "It is Russia’s doing and Iran's doing; APT28 reportedly carried out the attack, carried out by APT29. " +
  'They were the group behind it; Beijing rejected and denied the claims as groundless. Chinese state-sponsored ' +
  'hackers, Russia-linked actors, Iranian APT groups, North Korean operatives and the UK’s intelligence ' +
  'community; Canada’s federal government and the Russian hackers. We, we_ and wE; _we, (we) and "We".'

/** The sample above and real report texts (see corpusTexts). */
function texts(): string[] {
  return [SAMPLE, ...corpusTexts()]
}

/** True where a word starts: the character before is no ASCII letter or digit. */
function wordStart(text: string, i: number): boolean {
  return i === 0 || !/[A-Za-z0-9]/.test(text[i - 1]!)
}

test('the keyword pass finds every word-start occurrence the lower-cased text holds, and no other', () => {
  const keywords = ['den', 'evidence', 'no evidence', 'e', 'known', 'also', 'aka', 'a.k.a', 'we', 'state', 'blame']
  const index = new KeywordIndex([...keywords, 'to blame', 'work', 'the work of', 'known'])
  for (const text of texts()) {
    const found = index.find(text)
    const lower = lowerForKeywords(text)
    assert.equal(lower.length, text.length)
    const want = index.keywords.flatMap((k, id) =>
      keywordStarts(lower, [k])
        .filter((s) => wordStart(text, s))
        .map((s) => `${s}:${s + k.length}:${id}`),
    )
    const got = found.starts.map((s, i) => `${s}:${found.ends[i]}:${found.keys[i]}`)
    assert.deepEqual(got.sort(), want.sort())
    assert.deepEqual(
      found.starts,
      [...found.starts].sort((x, y) => x - y),
    )
    // A group sees its own keywords only.
    const group = index.group(['blame', 'we'])
    for (const s of sentences(text))
      assert.equal(
        occursIn(found, group, s.start, s.end),
        /(?<![A-Za-z0-9])(?:blame|we)/.test(lowerForKeywords(s.text)),
      )
  }
})

test('a large keyword set finds the same occurrences', () => {
  // About 3,000 keywords of the documents' own words (and pairs of them): a trie far larger than the rules' own.
  const words = new Set<string>()
  for (const text of texts())
    for (const m of lowerForKeywords(text).matchAll(/\b[a-z][a-z]+(?: [a-z]+)?/g))
      if (words.size < 3000) words.add(m[0])
  const index = new KeywordIndex(words)
  for (const text of texts()) {
    const found = index.find(text)
    const lower = lowerForKeywords(text)
    const want = index.keywords.flatMap((k, id) =>
      keywordStarts(lower, [k])
        .filter((s) => wordStart(text, s))
        .map((s) => `${s}:${s + k.length}:${id}`),
    )
    assert.deepEqual(found.starts.map((s, i) => `${s}:${found.ends[i]}:${found.keys[i]}`).sort(), want.sort())
  }
})

test('every match of a keyword-gated claim expression starts with (or holds) one of its keywords at a word start', () => {
  let matches = 0
  for (const text of texts()) {
    for (const s of [{ start: 0, text }, ...sentences(text)]) {
      for (const rule of KEYWORD_RULES) {
        const re = new RegExp(rule.re.source, `${rule.re.flags.replace(/[gy]/g, '')}g`)
        for (const m of s.text.matchAll(re)) {
          matches++
          const lower = lowerForKeywords(m[0])
          const at = (k: string, i: number) => lower.startsWith(k, i) && wordStart(s.text, m.index + i)
          const ok = rule.atStart
            ? rule.keywords.some((k) => at(k, 0))
            : rule.keywords.some((k) => [...lower.matchAll(new RegExp(escapeRe(k), 'g'))].some((x) => at(k, x.index)))
          assert.ok(ok, `${re.source.slice(0, 40)}: "${m[0]}"`)
        }
      }
    }
  }
  assert.ok(matches > 20)
})

test('trying sticky copies at keyword occurrences gives the matches of a global scan of each sentence', () => {
  const rules = KEYWORD_RULES.filter((r) => r.atStart)
  const index = new KeywordIndex(rules.flatMap((r) => r.keywords))
  const groups = rules.map((r) => index.group(r.keywords))
  for (const text of texts()) {
    const found = index.find(text)
    for (const s of sentences(text)) {
      rules.forEach((r, i) => {
        const global = new RegExp(r.re.source, `${r.re.flags.replace(/[gy]/g, '')}g`)
        const sticky = new RegExp(r.re.source, `${r.re.flags.replace(/[gy]/g, '')}y`)
        const want = [...s.text.matchAll(global)].map((m) => `${m.index}:${m[0]}`)
        const got = matchAtOccurrences(sticky, s.text, s.start, found, groups[i]!).map((m) => `${m.index}:${m[0]}`)
        assert.deepEqual(got, want)
      })
    }
  }
})

test('confidence wordings read with the keyword pass equal findAllConfidence sentence by sentence', () => {
  const index = new KeywordIndex([
    ...CONFIDENCE_PATTERN_KEYWORDS.flat(),
    ...CONFIDENCE_PATTERN_STARTS.flatMap((k) => k ?? []),
  ])
  const groups = CONFIDENCE_PATTERN_KEYWORDS.map((k) => index.group(k))
  const startGroups = CONFIDENCE_PATTERN_STARTS.map((k) => (k ? index.group(k) : undefined))
  let found = 0
  for (const text of texts()) {
    const occ = index.find(text)
    for (const s of sentences(text)) {
      const mayMatch = CONFIDENCE_PATTERN_KEYWORDS.map((_, i) => occursIn(occ, groups[i]!, s.start, s.end))
      const want = findAllConfidence(s.text)
      found += want.length
      assert.deepEqual(findAllConfidenceWhere(s.text, mayMatch), want)
      // Sticky tries where a pattern's start words occur find the same.
      const tries = mayMatch.map((may, i) => {
        const g = startGroups[i]
        if (!may || !g) return may
        const at: number[] = []
        for (let j = 0; j < occ.starts.length; j++)
          if (g[occ.keys[j]!] && occ.starts[j]! >= s.start && occ.starts[j]! < s.end) at.push(occ.starts[j]! - s.start)
        return at
      })
      assert.deepEqual(findAllConfidenceWhere(s.text, tries), want)
      // Trying every pattern finds nothing more: the keyword lists are right.
      assert.deepEqual(
        findAllConfidenceWhere(
          s.text,
          CONFIDENCE_PATTERN_KEYWORDS.map(() => true),
        ),
        want,
      )
    }
  }
  assert.ok(found > 30)
})

test('the fast cue, agency and denial scans give the plain global scans', () => {
  let matches = 0
  for (const text of texts()) {
    const agencies = new RegExp(FAST_SCANS.agencies.source, 'gi')
    const want = [...text.matchAll(agencies)].map((m) => `${m.index}:${m[0]}:${m[1]}`)
    assert.deepEqual(
      FAST_SCANS.agencyGroups(text).map((m) => `${m.index}:${m[0]}:${m[1]}`),
      want,
    )
    matches += want.length
    for (const s of sentences(text)) {
      FAST_SCANS.cues.forEach((re, i) => {
        // (With the cue's own flags: "serves (the) X" wants a capital after it, which 'i' would not.)
        const flags = re.flags.includes('g') ? re.flags : `${re.flags}g`
        const want = [...s.text.matchAll(new RegExp(re.source, flags))].map((m) => `${m.index}:${m[0]}`)
        matches += want.length
        assert.deepEqual(
          FAST_SCANS.cueMatches(i, text, s).map((m) => `${m.index}:${m[0]}`),
          want,
          re.source,
        )
      })
      assert.equal(FAST_SCANS.hasDenialCue(text, s), FAST_SCANS.denialCue.test(s.text))
    }
  }
  assert.ok(matches > 40)
})

test('the parties "we" are the matches of a global scan for "we"', () => {
  for (const text of texts()) {
    const parties = buildParties({
      text,
      actors: [],
      countries: [],
      bodies: [],
      orgs: [],
      people: [],
      personCountry: () => undefined,
    })
    assert.deepEqual(
      parties.filter((p) => p.kind === 'we').map((p) => `${p.span[0]}:${p.text}`),
      [...text.matchAll(/\b[Ww]e\b/g)].map((m) => `${m.index}:${m[0]}`),
    )
  }
})

test('the best confidence wording of a sentence is the same when the unranked patterns are not tried', () => {
  let found = 0
  for (const text of texts()) {
    for (const s of sentences(text)) {
      const all = findAllConfidence(s.text)
      for (let cue = s.start; cue < s.end; cue += 7) {
        const want = FAST_SCANS.bestOf(all, s, cue)
        if (want) found++
        assert.deepEqual(FAST_SCANS.bestConfidence(text, s, cue), want)
      }
    }
  }
  assert.ok(found > 20)
})

test('3,000 distinct eight-letter keywords are each found', () => {
  // Many keywords sharing their first letters: many trie records below each two-letter prefix.
  const words: string[] = []
  let seed = 11
  const letter = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return String.fromCharCode(97 + (seed % 26))
  }
  while (words.length < 3000) words.push(Array.from({ length: 8 }, letter).join(''))
  const index = new KeywordIndex(words)
  const text = `Intro ${words[5]} and ${words[2999]!.toUpperCase()} then x${words[7]} end`
  const found = index.find(text)
  const got = found.starts.map((s, i) => `${text.slice(s, found.ends[i])}=${index.keywords[found.keys[i]!]}`)
  // Occurrences count at word starts only, compared case-insensitively.
  assert.deepEqual(got, [`${words[5]}=${words[5]}`, `${words[2999]!.toUpperCase()}=${words[2999]}`])
})
