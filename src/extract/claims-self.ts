/**
 * Claims of responsibility: a group that says it carried out an attack names itself as the one responsible ("Predatory
 * Sparrow claimed responsibility in a Telegram statement", "Silent Crow said it had carried out the attack together
 * with Belarusian Cyberpartisans"). The claim is the group's own: it is both the attributor and the attributed party,
 * and a partner it names ("together with X") is a party of the same claim.
 */
import type { AttributionClaim, Party } from './claims.ts'
import { type Sentence, sortedBySpanStart, spansInside } from './text.ts'

// "claimed responsibility", "has claimed credit for", "took responsibility for", "responsibility was claimed by".
const CLAIMED =
  /\b(?:claim(?:ed|s|ing)?|took|takes?|taken|accept(?:ed|s)?|assum(?:ed|es))\s+(?:full\s+|public\s+|sole\s+)?(?:responsibility|credit)\b/gi
// "Responsibility for the outage was claimed by X".
const CLAIMED_BY = /\b(?:responsibility|credit)\b[^.;]{0,60}?\b(?:was|has\s+been|had\s+been|is)\s+claimed\s+by\b/gi
// "said it had carried out the attack", "says it was behind the outage", "announced that it had hacked …".
const SAID_IT =
  /\b(?:said|says|announced|stated|declared|boasted|posted|wrote)\s+(?:on\s+[\w-]+\s+)?(?:that\s+)?(?:it|they)\s+(?:had\s+|has\s+|have\s+)?(?:(?:was|were)\s+(?:behind|responsible)|carried\s+out|conducted|launched|staged|mounted|hacked|breached|attacked|struck|paralys|paralyz|disabled|took\s+down|knocked)/gi
// Between the group and its verb: an apposition in commas or brackets, and auxiliaries or adverbs.
const SUBJECT_GAP =
  /^(?:\s*\([^()]{1,60}\))?(?:\s*,[^,.;]{1,120},)?\s*(?:(?:has|have|had|later|also|quickly|publicly|itself|then|since|already|swiftly)\s+){0,3}$/
// After the passive's "by": an article and up to three words ("the hacktivist group").
const AGENT_GAP = /^\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,3}$/
// The partner a group claims the attack with ("together with Belarusian Cyberpartisans": a capitalised word may open a
// name the index knows without it).
const PARTNER_BEFORE =
  /\b(?:together\s+with|jointly\s+with|along\s*side|alongside|in\s+cooperation\s+with|with\s+help\s+from)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)?$/i

/**
 * Each claim of responsibility in `sents`: the group named as the subject of a verb of claiming (or after "claimed
 * by"), as attributor and attributed party, and each partner it names with "together with".
 */
export function selfClaims(text: string, sents: Sentence[], parties: Party[]): AttributionClaim[] {
  const out: AttributionClaim[] = []
  const actors = parties.filter((p) => p.kind === 'actor')
  if (actors.length === 0) return out
  // (The actors of a sentence by a binary search when they are in order, as the parties come.)
  const sorted = sortedBySpanStart(actors)
  for (const s of sents) {
    const inside = sorted
      ? spansInside(actors, s.start, s.end)
      : actors.filter((p) => p.span[0] >= s.start && p.span[1] <= s.end)
    if (inside.length === 0) continue
    // (Each expression holds its words: a sentence without them holds no match.)
    const claims = s.text.includes('esponsib') || s.text.includes('credit')
    const saidIt = s.text.includes(' it ') || s.text.includes(' they ')
    if (!claims && !saidIt) continue
    for (const re of [CLAIMED, SAID_IT, CLAIMED_BY]) {
      if (re === SAID_IT ? !saidIt : !claims) continue
      re.lastIndex = 0
      for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
        const cs = s.start + m.index
        const ce = cs + m[0].length
        const group = re === CLAIMED_BY ? agentAfter(text, inside, ce) : subjectBefore(text, inside, cs)
        if (!group) continue
        const wording = re === SAID_IT ? 'said' : 'claimed responsibility'
        out.push(claim(group, group, wording, s))
        // "… carried out the attack together with Belarusian Cyberpartisans": the partner is claimed too.
        const clauseEnd = s.start + clauseEndIn(s.text, m.index + m[0].length)
        for (const p of inside)
          if (
            p.span[0] >= ce &&
            p.span[1] <= clauseEnd &&
            p.name !== group.name &&
            PARTNER_BEFORE.test(text.slice(Math.max(s.start, p.span[0] - 30), p.span[0]))
          )
            out.push(claim(group, p, wording, s))
      }
    }
  }
  // One claim per group, party and sentence.
  const seen = new Set<string>()
  return out.filter((c) => {
    const key = `${c.attributor.name}\u0000${c.attributed.name}\u0000${c.sentence.start}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** The actor that is the subject of a verb at `at`: the last one before it, with only an apposition or adverbs between. */
function subjectBefore(text: string, actors: Party[], at: number): Party | undefined {
  let best: Party | undefined
  for (const p of actors) if (p.span[1] <= at && SUBJECT_GAP.test(text.slice(p.span[1], at))) best ??= p
  // (The first such actor: "Predatory Sparrow, known in Persian as Gonjeshke Darande, claimed …" is one group.)
  return best
}

/** "responsibility was claimed by X": the actor right after the passive's "by" (which ends at `at`). */
function agentAfter(text: string, actors: Party[], at: number): Party | undefined {
  for (const p of actors)
    if (p.span[0] >= at && p.span[0] - at < 40 && AGENT_GAP.test(text.slice(at, p.span[0]))) return p
  return undefined
}

/** Where the clause that goes on at `from` ends in a sentence's text: at a semicolon, or the sentence's end. */
function clauseEndIn(sentence: string, from: number): number {
  const semi = sentence.indexOf(';', from)
  return semi < 0 ? sentence.length : semi
}

function claim(by: Party, to: Party, wording: string, s: Sentence): AttributionClaim {
  return {
    attributor: by,
    attributed: to,
    confidenceText: wording,
    cue: wording,
    sentence: s,
    span: [s.start, s.end],
    quote: s.text,
  }
}
