/**
 * Attribution candidates and their features, for a learned scorer over (attributor, attributed) pairs.
 *
 * The claim rules (claims.ts) find attributions construction by construction. Every pair of a party that can speak and
 * a party that can be blamed, in one sentence (or with the sentence's speaker carried from the sentences before it), is
 * a candidate here; its features are what the rules look at, written generally: the parties' kinds, their order and
 * distance, the lower-case words between and around them, whether the rules found the pair, and where the party stands.
 * `scripts/attr-train.py` learns one weight per feature from the annotated sets and measures the learned scorer by
 * leaving whole sets out; it also reports how many annotated attributions any candidate pair covers at all (the ceiling
 * of any decision over these parties). A measuring tool, not part of extraction: session 25 found the learned scorer no
 * better than the rules on unseen sets (see the script), so nothing here changes what `extractFromText` returns.
 */

import type { AttributionClaim, Party, PartyKind } from './claims.ts'
import { isTargetPosition } from './claims.ts'
import type { Sentence } from './text.ts'

/** Kinds that can make an attribution. */
const SPEAKER_KINDS: ReadonlySet<PartyKind> = new Set<PartyKind>([
  'country',
  'government',
  'agency',
  'alliance',
  'vendor',
  'person',
  'we',
])
/** Kinds that can be attributed. */
const BLAMED_KINDS: ReadonlySet<PartyKind> = new Set<PartyKind>([
  'actor',
  'state-body',
  'sponsor',
  'individual',
  'country',
  'government',
  'company',
  'person',
  'agency',
  'vendor',
])

export interface AttrCandidate {
  attributor: Party
  attributed: Party
  /** The name summaries give each. */
  attributorName: string
  attributedName: string
  sentence: Sentence
  /** The index of the sentence. */
  index: number
  features: string[]
  /** The rule claim on this pair in this sentence, when there is one. */
  rule?: AttributionClaim | undefined
}

const WORD = /[A-Za-z][A-Za-z'’-]*|\d+|[,;:()"“”]/g

function tokens(s: string): string[] {
  const out: string[] = []
  for (const m of s.matchAll(WORD)) {
    const w = m[0]
    const c = w.charCodeAt(0)
    out.push(c >= 65 && c <= 90 ? 'CAP' : c >= 48 && c <= 57 ? 'NUM' : w.toLowerCase().replace(/’/g, "'"))
  }
  return out
}

/** Word classes, so a cue seen with one verb carries to its near synonyms. */
const CLASSES: readonly [string, RegExp][] = [
  [
    'ATTR',
    /^(?:attribut\w*|blam\w*|link\w*|tie|ties|tied|tying|behind|responsib\w*|culprit\w*|perpetrat\w*|orchestrat\w*|conduct\w*|carried|carry\w*|sponsor\w*|backed|operat\w*|work\w*|affiliat\w*|connect\w*|associat\w*|traced?|tracing|point\w*|origin\w*|came|from)$/,
  ],
  [
    'LEGAL',
    /^(?:charg\w*|indict\w*|accus\w*|alleg\w*|sanction\w*|designat\w*|arrest\w*|prosecut\w*|convict\w*|wanted|complaint|defendants?|sentenc\w*|warrants?)$/,
  ],
  [
    'SAY',
    /^(?:said|says|say|stated?|states|announc\w*|report\w*|told|tells|wrote|writes|according|claim\w*|declar\w*|publish\w*|revealed?|disclos\w*|confirm\w*|identif\w*|named?|names|exposed?|determin\w*|found|concluded?|judged?|judges|call\w*)$/,
  ],
  [
    'BELIEF',
    /^(?:assess\w*|believ\w*|likely|probabl\w*|almost|certain\w*|confiden\w*|suspect\w*|possibl\w*|may|might|could|high|moderate|low|degree|think|thinks|indicat\w*|suggest\w*)$/,
  ],
  ['NEG', /^(?:not|no|never|denied|denies|deny|reject\w*|dismiss\w*|refut\w*|unfounded|baseless|groundless|without)$/],
  [
    'HIT',
    /^(?:target\w*|attack\w*|against|hit|victims?|breach\w*|compromis\w*|hack\w*|intrusions?|penetrat\w*|infiltrat\w*|spied|spying|espionage|stole|stolen|theft)$/,
  ],
  [
    'GOV',
    /^(?:government|ministry|minister|agency|intelligence|military|state|officials?|spokes\w*|embassy|police|prosecutors?|department|services?)$/,
  ],
]

function classOf(w: string): string | undefined {
  for (const [c, re] of CLASSES) if (re.test(w)) return c
  return undefined
}

function bucket(n: number): string {
  return n <= 1 ? '0-1' : n <= 3 ? '2-3' : n <= 6 ? '4-6' : n <= 10 ? '7-10' : n <= 18 ? '11-18' : '19+'
}

/**
 * The candidates of a text. `claims` are the rule claims (final, after every rule); `nameOf` gives a party's summary
 * name (the attributor "we" as its author, an actor with its text).
 */
export function attributionCandidates(
  text: string,
  sents: readonly Sentence[],
  parties: readonly Party[],
  claims: readonly AttributionClaim[],
  nameOf: (p: Party, asAttributor: boolean) => string | undefined,
): AttrCandidate[] {
  const out: AttrCandidate[] = []
  const sorted = [...parties].sort((a, b) => a.span[0] - b.span[0])
  // Rule claims by sentence start, and by pair over the whole text.
  const ruleIn = new Map<number, AttributionClaim[]>()
  const rulePairs = new Set<string>()
  const ruleAttributors = new Set<string>()
  for (const c of claims) {
    const l = ruleIn.get(c.sentence.start)
    if (l) l.push(c)
    else ruleIn.set(c.sentence.start, [c])
    rulePairs.add(`${c.attributor.name}\u0000${c.attributed.name}`)
    ruleAttributors.add(c.attributor.name)
  }
  // Where each name stands in the text: the sentences naming it, and those where it is followed by a saying verb.
  const named = new Map<string, Set<number>>()
  const speaks = new Map<string, number>()
  // The parties starting inside each sentence, in text order (one sweep, read by both passes).
  const insideOf: Party[][] = []
  {
    let j = 0
    for (let si = 0; si < sents.length; si++) {
      const s = sents[si] as Sentence
      while (j < sorted.length && (sorted[j] as Party).span[0] < s.start) j++
      const inside: Party[] = []
      insideOf.push(inside)
      for (let q = j; q < sorted.length && (sorted[q] as Party).span[0] < s.end; q++) {
        const p = sorted[q] as Party
        inside.push(p)
        for (const n of [nameOf(p, true), nameOf(p, false)]) {
          if (n === undefined) continue
          let set = named.get(n)
          if (!set) named.set(n, (set = new Set()))
          set.add(si)
        }
        const n = nameOf(p, true)
        if (n !== undefined && SPEAKER_KINDS.has(p.kind)) {
          const after = tokens(text.slice(p.span[1], Math.min(s.end, p.span[1] + 40))).slice(0, 3)
          if (after.some((w) => classOf(w) === 'SAY' || classOf(w) === 'BELIEF'))
            speaks.set(n, (speaks.get(n) ?? 0) + 1)
        }
      }
    }
  }
  const docFeatures = (bName: string, aName: string): string[] => {
    const bs = named.get(bName)
    const as = named.get(aName)
    let both = 0
    if (bs && as) for (const x of bs) if (as.has(x)) both++
    const first = bs ? Math.min(...bs) : -1
    return [
      `bfreq:${bucket(bs?.size ?? 0)}`,
      `afreq:${bucket(as?.size ?? 0)}`,
      `both:${bucket(both)}`,
      `bspeaks:${bucket(speaks.get(bName) ?? 0)}`,
      first >= 0 && first < 3 ? 'b:early' : first < 0 ? 'b:unnamed' : 'b:later',
    ]
  }
  // The speakers carried: the rule attributors of the last sentence with a claim, the last vendor and agency named.
  let carried: Party[] = []
  let lastVendor: Party | undefined
  let lastAgency: Party | undefined
  let lastPerson: Party | undefined
  for (let si = 0; si < sents.length; si++) {
    const s = sents[si] as Sentence
    const inside = insideOf[si] as Party[]
    const rules = ruleIn.get(s.start) ?? []
    const speakers = inside.filter((p) => SPEAKER_KINDS.has(p.kind))
    const blamed = inside.filter((p) => BLAMED_KINDS.has(p.kind))
    if (blamed.length) {
      const ctx: [Party, string][] = []
      for (const p of carried) ctx.push([p, 'carried'])
      if (lastVendor) ctx.push([lastVendor, 'lastvendor'])
      if (lastAgency) ctx.push([lastAgency, 'lastagency'])
      if (lastPerson) ctx.push([lastPerson, 'lastperson'])
      const cands: [Party, string][] = speakers.map((p) => [p, 'in'])
      const seen = new Set(speakers.map((p) => nameOf(p, true)))
      for (const [p, why] of ctx) {
        const n = nameOf(p, true)
        if (n === undefined || seen.has(n)) continue
        seen.add(n)
        cands.push([p, why])
      }
      // Rule attributors not named in the sentence ("we", a speaker carried by the rules).
      for (const r of rules) {
        const n = r.attributor.name
        if (seen.has(n)) continue
        seen.add(n)
        cands.push([r.attributor, 'rule'])
      }
      const sentToks = tokens(s.text)
      for (const [b, why] of cands) {
        const bName = why === 'rule' ? b.name : nameOf(b, true)
        if (bName === undefined) continue
        for (const a of blamed) {
          if (a === b) continue
          const aName = nameOf(a, false)
          if (aName === undefined || aName === bName) continue
          const rule = rules.find((r) => r.attributor.name === bName && r.attributed.name === a.name)
          out.push({
            attributor: b,
            attributed: a,
            attributorName: bName,
            attributedName: aName,
            sentence: s,
            index: si,
            features: docFeatures(bName, aName).concat(
              features(text, s, sentToks, b, a, why, inside, {
                rule: rule !== undefined,
                ruleDoc: rulePairs.has(`${bName}\u0000${a.name}`),
                ruleAttributor: ruleAttributors.has(bName),
                ruleOnA: rules.some((r) => r.attributed.name === a.name),
                ruleByB: rules.some((r) => r.attributor.name === bName),
                nSpeakers: speakers.length,
                nBlamed: blamed.length,
                first: si < 3,
              }),
            ),
            rule,
          })
        }
      }
    }
    if (rules.length) carried = [...new Set(rules.map((r) => r.attributor))].slice(0, 3)
    for (const p of inside) {
      if (p.kind === 'vendor' && !p.media) lastVendor = p
      else if (p.kind === 'agency') lastAgency = p
      else if (p.kind === 'person') lastPerson = p
    }
  }
  return out
}

interface Flags {
  rule: boolean
  ruleDoc: boolean
  ruleAttributor: boolean
  ruleOnA: boolean
  ruleByB: boolean
  nSpeakers: number
  nBlamed: number
  first: boolean
}

function features(
  text: string,
  s: Sentence,
  sentToks: string[],
  b: Party,
  a: Party,
  why: string,
  inside: readonly Party[],
  f: Flags,
): string[] {
  const out: string[] = ['bias', `kb:${b.kind}`, `ka:${a.kind}`, `kp:${b.kind}|${a.kind}`, `why:${why}`]
  if (b.media) out.push('b:media')
  if (f.rule) out.push('rule:s', `rule:s|${b.kind}|${a.kind}`)
  if (f.ruleDoc) out.push('rule:doc')
  if (f.ruleAttributor) out.push('rule:attributor')
  if (f.ruleOnA && !f.rule) out.push('rule:other-attributor')
  if (f.ruleByB && !f.rule) out.push('rule:other-attributed')
  if (!f.rule && !f.ruleDoc && !f.ruleOnA && !f.ruleByB) out.push('rule:none')
  out.push(`ns:${Math.min(f.nSpeakers, 4)}`, `nb:${Math.min(f.nBlamed, 5)}`)
  if (f.first) out.push('sent:head')
  if (b.country && a.country && b.country === a.country) out.push('samecountry')
  if (a.actorId) out.push('a:known')
  if (isTargetPosition(text, a)) out.push('a:target')
  const aL = tokens(text.slice(Math.max(s.start, a.span[0] - 60), a.span[0])).slice(-3)
  const aR = tokens(text.slice(a.span[1], Math.min(s.end, a.span[1] + 60))).slice(0, 3)
  out.push(`al1:${aL[aL.length - 1] ?? '^'}`, `al2:${aL.slice(-2).join(' ')}`, `ar1:${aR[0] ?? '$'}`)
  out.push(`ar2:${aR.slice(0, 2).join(' ')}`, `ka|al1:${a.kind}|${aL[aL.length - 1] ?? '^'}`)
  for (const w of aL) {
    const c = classOf(w)
    if (c) out.push(`alc:${c}`)
  }
  for (const w of aR) {
    const c = classOf(w)
    if (c) out.push(`arc:${c}`)
  }
  const sc = new Set<string>()
  for (const w of sentToks) {
    const c = classOf(w)
    if (c) sc.add(c)
  }
  for (const c of sc) out.push(`sc:${c}`)
  if (s.text.includes('"') || s.text.includes('“')) out.push('quoted')
  if (why === 'in') {
    const bL = tokens(text.slice(Math.max(s.start, b.span[0] - 60), b.span[0])).slice(-2)
    const bR = tokens(text.slice(b.span[1], Math.min(s.end, b.span[1] + 60))).slice(0, 3)
    out.push(`bl1:${bL[bL.length - 1] ?? '^'}`, `bl2:${bL.join(' ')}`, `br1:${bR[0] ?? '$'}`)
    out.push(`br2:${bR.slice(0, 2).join(' ')}`)
    for (const w of bR) {
      const c = classOf(w)
      if (c) out.push(`brc:${c}`)
    }
    const before = b.span[0] < a.span[0]
    out.push(before ? 'ord:ba' : 'ord:ab')
    const between = tokens(before ? text.slice(b.span[1], a.span[0]) : text.slice(a.span[1], b.span[0]))
    out.push(`dist:${bucket(between.length)}`, `dist:${before ? 'ba' : 'ab'}:${bucket(between.length)}`)
    for (const w of new Set(between)) {
      out.push(`bw:${w}`, `bw${before ? 'ba' : 'ab'}:${w}`)
      const c = classOf(w)
      if (c) out.push(`bwc:${before ? 'ba' : 'ab'}:${c}`)
    }
    const lo = Math.min(a.span[0], b.span[0])
    const hi = Math.max(a.span[1], b.span[1])
    let mid = 0
    let nearer = false
    for (const p of inside) {
      if (p === a || p === b) continue
      if (p.span[0] > lo && p.span[1] < hi) mid++
      if (SPEAKER_KINDS.has(p.kind) && Math.abs(p.span[0] - a.span[0]) < Math.abs(b.span[0] - a.span[0])) nearer = true
    }
    out.push(`mid:${Math.min(mid, 3)}`, nearer ? 'b:not-nearest' : 'b:nearest')
  } else {
    for (const w of new Set(sentToks)) out.push(`sw:${w}`)
    out.push(`ctx:${why}|${sentToks[0] ?? ''}`)
  }
  return out
}
