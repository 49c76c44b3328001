import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { sharedPath } from '../lib/testing.ts'
import {
  CAMPAIGN_PATTERNS,
  CVE_RE,
  campaignStarts,
  cveStarts,
  DATE_PATTERNS,
  dateStarts,
  LONE_YEAR_RE,
  NAMED_CAMPAIGN_RE,
  NAMED_GATE_FOR_TEST,
  NUM_RE,
  numberStarts,
  sectorIdx,
  sectorPhrasesAt,
  sectorStarts,
  TARGET_CUE,
  targetCueFlags,
} from './entities.ts'
import { KEY_DIGIT, RunWords, stretchStart, type WordRuns, wordRuns } from './entities-b-words.ts'
import { matchAtStarts, stickyCopy } from './scan.ts'
import { isSpaceCode, type Sentence, sentences } from './text.ts'

// Text written to reach every pattern the word runs stand in for, with the awkward characters they must survive.
const SAMPLE = [
  'The campaign dubbed “Ghost Writer” and an attack known as Sandworm preceded Operation Dream Job. The Fancy Bear',
  'cyber espionage campaign hit the Bundestag; the SolarWinds supply-chain attack on Orion in 2020 followed the',
  'NotPetya attacks. Recent high-profile Cyber-attacks against the energy sector, a new Spear-phishing wave targeting',
  'diplomats and the most recent intrusions into government networks were accused of hacking the parliament. Attempts',
  'to meddle in the elections and the disruption of power supplies went after local government websites. Defacing',
  'dozens of sites, they targeted healthcare and public health, defence contractors and hospitals in Ukraine.',
  'Between 6 and 28 May 2025, 6–28 May 2025, on 12th of January, 2024, January 12, 2024, Sept. 3 2023, from',
  'November and December of 2024 to December 2015, 2024-01-12 and in 2017 (not v2018 or 2019-x). About 3,000',
  'members, tens of thousands of terminals, two Chinese nationals, over 1.5 million users, at least 40 victims and',
  'an estimated 12 k devices; CVE-2024-1234, cve 2023 12345 and CVE_2022_99999. GOVERNMENT AGENCIES were TARGETED.',
  'Energy\u00a0sector firms were hit\u2009by ransomware;  the recent  campaigns in\tMarch 2024 infiltrated Kelvin',
  'ſystems. Communications Security Establishment said infiltrators breached the Government Communications office.',
  'A most recent most recent most recent Attack on the grid followed the most recent major destructive attacks on',
  'Ukrainian banks. Volt Typhoon kept pre-positioning. 12 th of Feb 2021 and 3 - 4 Mar. 2022.',
  'The NotPetya malware attack, a WannaCry ransomware\u00a0outbreak, pre-Sony hack, the x-Colonial breach, Kaseya DDoS',
  'incident. the sony hack on Sony in 2014 and the Anti-Bot cyber Cyber-attacks.',
].join('\n')

// Deterministic pseudo-random numbers.
function rng(seed: number): (n: number) => number {
  let x = seed
  return (n) => {
    x = (x * 1103515245 + 12345) % 2147483648
    return x % n
  }
}

// The sample's words reshuffled with odd separators and cases: texts no one wrote, for the equivalences to hold on.
function shuffled(seed: number): string {
  const r = rng(seed)
  const words = SAMPLE.split(/\s+/)
  const seps = [' ', ' ', ' ', '  ', '\n', ' - ', '-', '–', ', ', '. ', '\u00a0', '\u2009', ' of ', '_', '.']
  let out = ''
  for (let i = 0; i < 400; i++) {
    let w = words[r(words.length)]!
    const c = r(6)
    if (c === 0) w = w.toLowerCase()
    else if (c === 1) w = w.toUpperCase()
    out += w + seps[r(seps.length)]!
  }
  return out
}

function corpus(): string[] {
  const texts = [SAMPLE, SAMPLE.toLowerCase(), SAMPLE.toUpperCase()]
  for (let seed = 1; seed <= 40; seed++) texts.push(shuffled(seed))
  const dev = sharedPath('extraction-dev')
  if (dev)
    for (const f of readdirSync(dev).filter((x) => /^dev\d+\.txt$/.test(x)))
      texts.push(readFileSync(join(dev, f), 'utf8'))
  return texts
}
const TEXTS = corpus()

// The matches of a plain global scan, and of the sticky copy tried only at `starts`, as comparable rows.
function plainScan(re: RegExp, text: string): string[] {
  const global = new RegExp(re.source, `${re.flags.replace(/[gy]/g, '')}g`)
  return [...text.matchAll(global)].map((m) => JSON.stringify([m.index, ...m]))
}
function fastScan(re: RegExp, text: string, starts: number[]): string[] {
  return matchAtStarts(stickyCopy(re), text, starts).map((m) => JSON.stringify([m.index, ...m]))
}

test('word runs are the maximal runs of \\w with their keys', () => {
  const letter = (c: string) => (/[a-z]/i.test(c) ? c.toLowerCase().charCodeAt(0) - 96 : -1)
  for (const text of TEXTS) {
    const runs: WordRuns = wordRuns(text)
    const want = [...text.matchAll(/\w+/g)]
    assert.equal(runs.n, want.length)
    for (const [j, m] of want.entries()) {
      assert.equal(runs.start[j], m.index)
      assert.equal(runs.end[j], m.index + m[0].length)
      let key: number
      if (/^\d/.test(m[0])) key = KEY_DIGIT
      else {
        const first = [...m[0].slice(0, 3)].map(letter)
        key = first.some((v) => v < 0) ? 0 : first.reduce((k, v) => k * 27 + v, 0) * 27 ** (3 - first.length)
      }
      assert.equal(runs.key[j], key, m[0])
    }
  }
})

test('isSpaceCode is \\s', () => {
  for (let c = 0; c < 0x10000; c++) assert.equal(isSpaceCode(c), /\s/.test(String.fromCharCode(c)), `${c}`)
})

test('a stretch over runs ends where walking back over the characters does', () => {
  // The walk the run version stands for: back over word characters, `-` (and `–`) and whitespace, crossing at most
  // `maxGaps` runs of whitespace.
  const walk = (text: string, head: number, maxGaps: number, dash: boolean) => {
    let i = head
    let gaps = 0
    let inSpace = false
    while (i > 0) {
      const c = text[i - 1]!
      if (/\s/.test(c)) {
        if (!inSpace && ++gaps > maxGaps) break
        inSpace = true
      } else if (/[\w-]/.test(c) || (dash && c === '–')) inSpace = false
      else break
      i--
    }
    return i
  }
  for (const text of TEXTS.slice(0, 20)) {
    const runs = wordRuns(text)
    for (let h = 0; h < runs.n; h++)
      for (const maxGaps of [0, 1, 2, 3, 5, 7])
        for (const dash of [false, true]) {
          const lo = walk(text, runs.start[h]!, maxGaps, dash)
          let first = h
          while (first > 0 && runs.start[first - 1]! >= lo) first--
          assert.equal(stretchStart(text, runs, h, maxGaps, dash), first)
        }
  }
})

test('a run is one of the words when it equals one, or starts with a prefix word, whatever its case', () => {
  const words = new RunWords(['at', 'attack', 'campaign*', 'ten*'], { digits: true })
  const capitals = new RunWords(['the'], { capitals: true })
  const text = 'at At attack ATTACKS attacked Campaigns campaign_x tens tEn te 42 4a x9 The Sandworm sandworm'
  const runs = wordRuns(text)
  const got = [...text.matchAll(/\w+/g)].map(
    (m, j) => `${m[0]}:${words.has(text, runs, j)}:${capitals.has(text, runs, j)}`,
  )
  assert.deepEqual(got, [
    'at:true:false',
    'At:true:true',
    'attack:true:false',
    'ATTACKS:false:true',
    'attacked:false:false',
    'Campaigns:true:true',
    'campaign_x:true:false',
    'tens:true:false',
    'tEn:true:false',
    'te:false:false',
    '42:true:false',
    '4a:true:false',
    'x9:false:false',
    'The:false:true',
    'Sandworm:false:true',
    'sandworm:false:false',
  ])
  assert.deepEqual(words.find(text, runs), [0, 1, 2, 5, 6, 7, 8, 10, 11])
})

test('campaign, date, quantity and CVE patterns tried at their starts find what a global scan finds', () => {
  let matches = 0
  for (const text of TEXTS) {
    const campaigns = campaignStarts(text)
    for (const [i, re] of CAMPAIGN_PATTERNS.entries()) {
      const want = plainScan(re, text)
      matches += want.length
      assert.deepEqual(fastScan(re, text, campaigns[i]!), want, `campaign pattern ${i}`)
    }
    const dates = dateStarts(text)
    for (const [i, re] of [...DATE_PATTERNS.map((p) => p[0]), LONE_YEAR_RE].entries()) {
      const want = plainScan(re, text)
      matches += want.length
      assert.deepEqual(fastScan(re, text, dates[i]!), want, `date pattern ${i}`)
    }
    assert.deepEqual(fastScan(NUM_RE, text, numberStarts(text)), plainScan(NUM_RE, text))
    const named = plainScan(NAMED_CAMPAIGN_RE, text)
    matches += named.length
    assert.deepEqual(fastScan(NAMED_CAMPAIGN_RE, text, NAMED_GATE_FOR_TEST.starts(text)), named)
    assert.deepEqual(fastScan(CVE_RE, text, cveStarts(text)), plainScan(CVE_RE, text))
  }
  assert.ok(matches > 500)
})

// Every cue word, number word, qualifier and sector phrase in sentences of their own, in three cases.
const WORD_TEXT = (() => {
  const cues = `target targets targeted targeting attack attacks attacked attacking hit hitting compromise compromised
    compromises compromising breach breached breaches intrusion intrusions against aimed_at went_after go_after goes_after
    going_after victim victims affected disrupt disrupted disrupting disruption infiltrated infiltration broke_into
    broken_into exploit exploited exploiting spear-phishing spearphishing espionage pre-positioning access deface
    defaced defacing defacement wiper ransomware targetsx hits prepositioning directed_at gone_after victimised
    victimized phishing campaign campaigns hack hacks hacked hacking spy_on spied_on spies_on spying_on spying steal
    stole stolen theft infect infected infections extort extortion exfiltrated surveillance surveil focused_on
    focuses_on focus_on focusing break_into breaks_into breaking_into cyberattack cyberattacks cyberespionage`
    .split(/\s+/)
    .map((w) => w.replace('_', ' '))
  const numbers = `about around approximately roughly nearly almost over more_than at_least up_to some potentially
    an_estimated`
    .split(/\s+/)
    .flatMap((q) =>
      ['two', 'tens', 'Hundred', 'dozen', 'forty-two', '7', '1,200'].map((n) => `${q.replace('_', ' ')} ${n}`),
    )
  const { lookup } = sectorIdx()
  const lines = [
    ...cues.map((w) => `Then the group ${w} it.`),
    ...numbers.map((n) => `They saw ${n} devices.`),
    ...[...lookup.keys()].map((p) => `They targeted ${p} and ${p}s.`),
  ]
  return [
    ...lines,
    ...lines.map((l) => l.toUpperCase()),
    ...lines.map((l) => l.replace(/\b\w/g, (c) => c.toUpperCase())),
  ].join('\n')
})()
TEXTS.push(WORD_TEXT)
// Dates of every shape around a month name, with the spacing, dots and separators the month-start filter reads
// (see dateStarts): each pattern must still find every match a global scan finds.
TEXTS.push(
  [
    'On March 4-6, 2024 and March 4 – 6, 2024, then August 4 to September 2, 2025, and January 12, 2024.',
    'Sept. 3, 2020; Jan.\u00a012, 2024; Dec.\n\n2015; May–June 2024; May - June 2024; November and December of 2024.',
    'In December 2015, December of 2016, March2024, Marchy 2024, June or July 2019, April through May 2020.',
    'From 4 August to 2 September 2025, between 6 and 28 May 2025, 6-28 May 2025, 12th of January 2024, Jun 2,2021.',
    'We call the operation "Dune Relay"; a campaign, which we call Operation Steppe Courier; they named this activity',
    'Silent Harbor. The operation, which we dubbed Grey Lantern, recalls the campaign, which we named X. Renamed the',
    'campaign Foo Bar; dubs the intrusion set Night Owl, calls our campaign Blue; operation,  which we name  Red Sky.',
    'We call the operation "Dune Relay"; a campaign, which we call Operation Steppe Courier; they named this activity',
    'Silent Harbor. The operation, which we dubbed Grey Lantern, recalls the campaign, which we named X. Renamed the',
    'campaign Foo Bar; dubs the intrusion set Night Owl, calls our campaign Blue; operation,  which we name  Red Sky.',
    'CALLED the campaign Zed; Names this operation Quiet Fox. operation,\nwhich\twe namebed Odd One, campaign, which we',
    'dub Last Light',
    'Feb.x 2020, Oct 1999, Nov. of 1998, Apr\t\t7, 2001, July  and  August 2003, May to 2004, May -4 2004.',
  ].join('\n'),
)

test('targeting cues and sector phrases found per sentence from the runs are those of the plain expressions', () => {
  const { re } = sectorIdx()
  let cued = 0
  for (const text of TEXTS) {
    const sents = sentences(text)
    // A sentence whose text does not lie at its offsets is read on its own.
    const odd: Sentence[] = [...sents, { start: 0, end: 20, text: 'They targeted banks.' }]
    for (const list of [sents, odd]) {
      const flags = targetCueFlags(text, list)
      for (const [k, s] of list.entries()) {
        assert.equal(flags[k], TARGET_CUE.test(s.text), s.text)
        if (!flags[k]) continue
        cued++
        const starts = sectorStarts(text, list, k)
        assert.deepEqual(fastScan(re, s.text, starts), plainScan(re, s.text), s.text)
        // The phrases found without the expression are its matches.
        assert.deepEqual(
          sectorPhrasesAt(s.text, starts),
          matchAtStarts(re, s.text, starts).flatMap((m) => [m.index, m[0].length]),
          s.text,
        )
      }
    }
  }
  assert.ok(cued > 100)
})
