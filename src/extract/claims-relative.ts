/**
 * Claims a relative clause reports of the party it follows: "the Lazarus group, which the agencies say has been running
 * Operation Dream Job since mid-2020", "APT28, which the NCSC believes has targeted routers since 2021". The speaker is
 * named inside the clause, by name or as "the agency", "the company", "the agencies" (those the text named before);
 * the claim is about the party before the comma.
 */
import type { AttributionClaim, Party, PartyKind } from './claims.ts'
import type { Sentence } from './text.ts'

// After the party: the relative pronoun, the speaker (found separately), a verb of saying or judging, and the verb of the
// clause's own predicate ("has been running"). Not a link to another party ("which Mandiant believes is linked to the
// Belarusian military", "which X says has significant overlaps with …"): the sentence's cues read that link.
const RELATIVE_OPEN = /^,\s+(?:which|who|whom)\s+/
const SAYS_THAT_IT =
  /^\s+(?:(?:also|now|publicly|previously)\s+)?(say|says|said|believe|believes|believed|assess|assesses|assessed|judge|judges|judged|think|thinks|allege|alleges|alleged|claim|claims|suspect|suspects|suspected)\s+(?:is|are|was|were|has|have|had|may|might|could)\b(?!\s+(?:(?:\w+ly|been|be)\s+)?(?:linked|tied|connected|associated|affiliated|backed|sponsored|run|operated|controlled|directed|part|an?\s+(?:unit|arm)|(?:\w+\s+)?overlaps?)\b)/
// "the agencies", "the two services", "the company": the speaker named before, by its kind.
const ANAPHOR =
  /^(?:the\s+)(?:(?:two|three|four|both)\s+)?(agencies|services|authorities|agency|service|company|firm|researchers|vendor)\b/i
// "two Iranians, A and B, whom the Justice Department indicted in 2021", "the Lazarus Group, a … group that OFAC
// designated in 2019": a legal measure or designation whose object is the party before the clause (the verb has no
// object of its own: what follows it is a preposition, a date or the clause's end).
const MEASURED_IT =
  /^\s+(?:(?:has|have|had)\s+)?(?:(?:also|previously|publicly|formally|later|already|since|then)\s+)?(indicted|charged|sanctioned|designated|blacklisted)(?=\s*[,.;:)]|\s+(?:in|on|last|earlier|this|for|under|over|at|and|with|alongside|as|together|after|before|of|years?|months?)\b)/
// "the Lazarus Group, a North Korea-based, state-sponsored cyber hacking group that": an apposition describing the party,
// then the relative pronoun (for a measure only).
const APPOSED_RELATIVE = /^,\s+(?:an?|the)\s+[^,;()]{0,80}?(?:,\s*[^,;()]{0,40}?)?\s+(?:that|which|whom|who)\s+/
// Two parties of one list: "A and B", "A, B".
const LIST_GAP = /^(?:,\s*(?:and\s+)?|\s+and\s+)$/
const ATTRIBUTED = new Set<PartyKind>(['actor', 'state-body', 'sponsor'])
const SPEAKERS = new Set<PartyKind>(['agency', 'vendor', 'government', 'country', 'alliance', 'person', 'we'])

/** The claims of relative clauses after an actor or a state body in `sents` (see the module's comment). */
export function relativeClaims(text: string, sents: Sentence[], parties: Party[]): AttributionClaim[] {
  const out: AttributionClaim[] = []
  if (!text.includes(', which ') && !text.includes(', who') && !text.includes(' that ')) return out
  let k = 0
  let firstAt: Map<number, number> | undefined
  for (let i = 0; i < parties.length; i++) {
    const p = parties[i]!
    const individual = p.kind === 'individual'
    if (!ATTRIBUTED.has(p.kind) && !individual) continue
    // (The expression opens with a comma.)
    if (text.charCodeAt(p.span[1]) !== 44) continue
    const after = text.slice(p.span[1], p.span[1] + 140)
    const relative = RELATIVE_OPEN.exec(after)
    const open = relative ?? APPOSED_RELATIVE.exec(after)
    if (!open) continue
    // (An individual, or a party with an apposition, only for a measure: see MEASURED_IT.)
    const measureOnly = individual || !relative
    const from = p.span[1] + open[0].length
    // The speaker: a party that starts the clause, or an anaphor for one named before.
    let speakers: Party[] = []
    let end = -1
    // (The first party in the list starting there, or after "the " there.)
    if (!firstAt) {
      firstAt = new Map()
      for (let j = parties.length - 1; j >= 0; j--) firstAt.set(parties[j]!.span[0], j)
    }
    const at = firstAt.get(from)
    const afterThe = text.startsWith('the ', from) ? firstAt.get(from + 4) : undefined
    const first = at === undefined ? afterThe : afterThe === undefined ? at : Math.min(at, afterThe)
    const named = first === undefined ? undefined : parties[first]
    if (named && SPEAKERS.has(named.kind)) {
      speakers = [named]
      end = named.span[1]
    } else {
      const a = ANAPHOR.exec(text.slice(from, from + 40))
      if (!a) continue
      const noun = a[1]!.toLowerCase()
      const before = parties.slice(0, i)
      if (noun === 'agencies' || noun === 'services' || noun === 'authorities') {
        const names = new Map<string, Party>()
        for (const q of before) if (q.kind === 'agency') names.set(q.name, q)
        if (names.size < 2 || names.size > 4) continue
        speakers = [...names.values()]
      } else {
        const kind: PartyKind = noun === 'agency' || noun === 'service' ? 'agency' : 'vendor'
        const last = before.findLast((q) => q.kind === kind)
        if (!last) continue
        speakers = [last]
      }
      end = from + a[0].length
    }
    const clause = text.slice(end, end + 60)
    const says = measureOnly ? null : SAYS_THAT_IT.exec(clause)
    const measured = says ? null : MEASURED_IT.exec(clause)
    const cue = says?.[1] ?? measured?.[1]
    if (!cue) continue
    while (k < sents.length && sents[k]!.end <= p.span[0]) k++
    const s = sents[k]
    if (!s || s.start > p.span[0] || s.end < end) continue
    // A measure names every party of the list before the clause ("A and B, whom …").
    const objects = [p]
    if (measured)
      for (let j = i - 1; j >= 0; j--) {
        const q = parties[j]!
        if (q.kind !== p.kind || q.span[0] < s.start) break
        if (!LIST_GAP.test(text.slice(q.span[1], objects[0]!.span[0]))) break
        objects.unshift(q)
      }
    for (const o of objects)
      for (const q of speakers) {
        if (q.name === o.name || (q.country && q.country === o.country)) continue
        out.push({
          attributor: q,
          attributed: o,
          confidenceText: cue,
          cue,
          sentence: s,
          span: [s.start, s.end],
          quote: s.text,
        })
      }
  }
  return out
}
