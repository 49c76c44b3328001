// Gates of the claim rules (speed round 18a): each cheap test must pass wherever the expression it guards matches.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { devDocumentTexts, randomPieceTexts, seededRandom } from '../lib/testing.ts'
import { FAST_SCANS, GATES_18A_FOR_TEST } from './claims.ts'

/** Random texts of the pieces (see randomPieceTexts). */
const randomTexts = (seed: number, pieces: string[], n: number): string[] =>
  randomPieceTexts(seed, pieces, n, { least: 3, spread: 14, upper: 0.1, capital: 0.05 })

test('the alias triggers tried only where a vendor naming form can reach its verb equal a global scan', () => {
  const pieces = [
    'which ',
    'whom ',
    'that ',
    'other ',
    'some ',
    'sometimes ',
    'otherwise ',
    'several ',
    'many ',
    'security ',
    'vendors ',
    'researchers ',
    'trackers ',
    'companies ',
    'firms ',
    'analysts ',
    'Microsoft ',
    'Cyber-Security ',
    'tracks ',
    'track ',
    'calls ',
    'call ',
    'names ',
    'name ',
    'labels ',
    'dubs ',
    'refers to ',
    'refer to ',
    'it ',
    'them ',
    'as ',
    'also ',
    'known ',
    'called ',
    'the group ',
    'APT28',
    'Fancy Bear',
    '"Salt Typhoon"',
    ' ',
    '  ',
    '\n',
    '\u00a0',
    ', ',
    '. ',
    '-',
    '_',
    'x',
    '1',
    'é',
    'ſ',
    '\u212a',
    '(',
  ]
  const re = new RegExp(FAST_SCANS.aliasTrigger.source, FAST_SCANS.aliasTrigger.flags)
  let matched = 0
  // (Matches of the vendor naming forms, which open with a gated word.)
  let vendorForms = 0
  for (const text of [...devDocumentTexts(), ...randomTexts(1811, pieces, 6000)]) {
    const want = [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`)
    matched += want.length
    for (const m of text.matchAll(re))
      if (
        /^(?:that|which|whom|other|some|vendors|researchers|trackers|companies|firms|security|analysts)\s/i.test(m[0])
      )
        vendorForms++
    assert.deepEqual(
      FAST_SCANS.aliasTriggers(text).map((m) => `${m.index}:${m[0]}`),
      want,
      JSON.stringify(text),
    )
  }
  assert.ok(matched > 500 && vendorForms > 300)
})

test('the gates on the words around a party pass wherever their expressions match', () => {
  const pieces = [
    "'s ",
    '’s ',
    ' field office',
    ' office ',
    ' bureau',
    ' station',
    ' is',
    ' are ',
    ' was',
    ' were ',
    ' has been ',
    ' have been',
    ' had been ',
    ' now',
    ' also ',
    ' investigating',
    ' probing ',
    ' looking into',
    ' hacked',
    ' breached ',
    ' compromised',
    ' among them',
    ' (FBI) ',
    '(X)',
    ' of',
    ' for ',
    ' responsible for ',
    ' behind ',
    'the attacks',
    ' cyber attacks ',
    ' was responsible for the attacks',
    '(GRU) were behind these intrusions ',
    ' has been widely behind a campaign',
    'of Novosibirsk, ',
    'from New York,\n',
    'company tied to ',
    'front linked to the ',
    'entities subordinate to  ',
    'group that officials ',
    'cluster which researchers widely ',
    'Gang\twhom prosecutors have ',
    'state ',
    'strategic ',
    'Russian',
    ' interests',
    ' goals ',
    ' and its allies',
    "'s power",
    ' nationals',
    ' Citizens ',
    'residents',
    "'s members",
    '’s  affiliates',
    ' associates ',
    ', a North Korean unit, ',
    ', the group,',
    ' was designated ',
    ' were also sanctioned',
    '(KMCTC)',
    'exposed ',
    'sanctioned two ',
    'members of ',
    'affiliates of the ',
    'dubbed ',
    'named “',
    'known as ',
    "codenamed '",
    'Called "',
    'partners, including ',
    'allies such as ',
    'agencies among them ',
    'Canada',
    ' and ',
    'Germany, ',
    'of ',
    'from ',
    'Paris',
    'New York',
    ', ',
    ',',
    'East ',
    'Western ',
    'South',
    'entity ',
    'companies ',
    'front ',
    'tied ',
    'linked ',
    'subordinate ',
    'to ',
    'the ',
    ', which ',
    ', who ',
    'group ',
    'actor ',
    'that ',
    'which ',
    'whom ',
    'U.S. officials ',
    'believe ',
    'have ',
    'widely ',
    ' ',
    '  ',
    '\n',
    '\u00a0',
    'x',
    'Xy',
    '1',
    '_',
    '-',
    'é',
    'ſ',
    '\u212a',
    '.',
    ';',
  ]
  const G = GATES_18A_FOR_TEST
  const after = G.after.map(() => 0)
  const before = G.before.map(() => 0)
  for (const text of [...devDocumentTexts(), ...randomTexts(1812, pieces, 5000)]) {
    for (let at = 0; at <= text.length; at++) {
      G.after.forEach((g, i) => {
        if (!g.re.test(text.slice(at, at + g.window))) return
        after[i]!++
        assert.ok(g.gate(text, at, at + g.window), `${g.re.source.slice(0, 30)} at ${at}: ${JSON.stringify(text)}`)
      })
      G.before.forEach((g, i) => {
        const from = Math.max(0, at - g.window)
        if (!g.re.test(text.slice(from, at))) return
        before[i]!++
        assert.ok(g.gate(text, from, at), `${g.re.source.slice(0, 30)} to ${at}: ${JSON.stringify(text)}`)
      })
    }
  }
  for (const n of [...after, ...before]) assert.ok(n > 20, `${after} ${before}`)
})

test('the cue expressions gated on their first letter match only cues opening with it', () => {
  const words = ['members of', 'Member of', 'OFFICERS of', 'agents of', 'operatives of', 'linked', 'Tied', 'connected']
  const more = ['belongs', 'belonged', 'x', ' ', 'of', '-', 'ſ', 'é', '1', '_', 'mem', 'lin']
  const next = seededRandom(1813)
  for (const { re, letters } of GATES_18A_FOR_TEST.cueFirst) {
    let matched = 0
    for (let round = 0; round < 4000; round++) {
      let t = ''
      for (let i = 1 + Math.floor(next() * 3); i > 0; i--) {
        const all = next() < 0.6 ? words : more
        t += all[Math.floor(next() * all.length)]!
      }
      if (!re.test(t)) continue
      matched++
      assert.ok(letters.includes(String.fromCharCode(t.charCodeAt(0) | 32)), JSON.stringify(t))
    }
    assert.ok(matched > 100)
  }
})

test('no expression followingParties skips on a plain list gap matches one', () => {
  const { gate, expressions } = GATES_18A_FOR_TEST.plainGap
  const pieces = [', ', ',', ' and ', ' AND ', 'And', ' or ', 'Or', ' (', ') ', '(', ')', ' ', '\n', '\u00a0']
  const words = [' by ', ' of ', ' the ', ' which ', ' is ', ' as ', 'and1', 'or_', '-', 'ſ', 'android', ' known as ']
  const next = seededRandom(1814)
  let plain = 0
  let notPlain = 0
  for (let round = 0; round < 20000; round++) {
    let gap = ''
    for (let i = Math.floor(next() * 6); i > 0; i--) {
      const all = next() < 0.85 ? pieces : words
      gap += all[Math.floor(next() * all.length)]!
    }
    if (!gate(gap)) {
      notPlain++
      continue
    }
    plain++
    assert.ok(/^[\s,()]*(?:(?:and|or)[\s,()]+)*(?:and|or)?[\s,()]*$/i.test(gap), JSON.stringify(gap))
    for (const re of expressions) assert.ok(!re.test(gap), `${re.source.slice(0, 30)}: ${JSON.stringify(gap)}`)
  }
  assert.ok(plain > 5000 && notPlain > 2000)
})

test('an expression gated on the length of what it reads matches only strings of those lengths', () => {
  const pieces = ['likely', 'LIKELY', 'probable', 'Possible', 'possibly', 'un', ' ', 'ſ', 'x', 'y']
  const next = seededRandom(1815)
  for (const { re, lengths } of GATES_18A_FOR_TEST.lengths) {
    let matched = 0
    for (let round = 0; round < 3000; round++) {
      let t = ''
      for (let i = 1 + Math.floor(next() * 2); i > 0; i--) t += pieces[Math.floor(next() * pieces.length)]!
      if (!re.test(t)) continue
      matched++
      assert.ok(lengths.includes(t.length), JSON.stringify(t))
    }
    assert.ok(matched > 300)
  }
})
