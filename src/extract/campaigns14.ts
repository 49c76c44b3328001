/**
 * Campaign forms that threat-intelligence writing repeats and the pattern finders of `findCampaigns` miss: the IT
 * worker schemes of indictments and sanctions ("a Russia-based IT worker scheme"), and thefts listed by sum and victim
 * ("thefts … included $308 million from DMM Bitcoin, $50 million from Upbit and …", "the $41 million theft from the
 * betting platform Stake.com").
 */

export interface FoundCampaign {
  name: string
  span: [number, number]
}

// "a Russia-based IT worker scheme", "fraudulent remote information technology (IT) worker schemes", "Fraudulent IT
// Worker Revenue Schemes" (a headline's title case).
const IT_WORKER_SCHEME =
  /(?:\b(?:[Rr]emote|[Ff]raudulent|[Ii]llicit|[Mm]ulti-[Yy]ear|North\s+Korean|DPRK|[A-Z][a-z]+-[Bb]ased)\s+){0,3}\b(?:IT|[Ii]nformation\s+[Tt]echnology(?:\s+\(IT\))?)\s+[Ww]orkers?\s+(?:(?:[Ff]raud|[Rr]evenue(?:\s+[Gg]eneration)?)\s+)?[Ss]chemes?\b/g

const SUM = String.raw`(?:US)?[$€£]\d[\d.,]*(?:\s*(?:million|billion|bn|m)\b)?`
// A victim's name: capitalised words, maybe after a few lower-case words of its kind ("the crypto betting platform").
const VICTIM = String.raw`(?:the\s+)?(?:[a-z][\w-]*\s+){0,4}?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}`
// "the $41 million theft from X", "the $600 million hack of X".
const SUM_THEFT = new RegExp(
  String.raw`\b(?:the\s+)?${SUM}\s+(?:theft|heist|hack|robbery|exploit)\s+(?:from|of|on)\s+${VICTIM}`,
  'g',
)
// One member of a list of thefts: "$308 million from DMM Bitcoin" (the first after a theft word, the others after a
// comma, "and" or "and of").
const SUM_FROM = new RegExp(String.raw`${SUM}\s+from\s+(${VICTIM})`, 'g')
// A theft word before the list in its sentence.
const THEFT_CUE = /\b(?:thefts?|heists?|stole|stolen|steal(?:ing|s)?|drained|looted|hacks?)\b/i

/** The end of `name` without a trailing dot or a cut abbreviation's dot ("Stake.com." → "Stake.com"). */
function trimName(name: string): string {
  return name.replace(/[.,;:’']+$/, '')
}

/**
 * Campaigns of the forms above in `text`, each unless `taken` says its span is masked or already found (the caller's
 * test, so that these never replace what the pattern finders found).
 */
export function findMoreCampaigns(text: string, taken: (span: [number, number]) => boolean): FoundCampaign[] {
  const out: FoundCampaign[] = []
  const push = (name: string, start: number) => {
    const t = trimName(name)
    const span: [number, number] = [start, start + t.length]
    if (t.length > 3 && !taken(span) && !out.some((o) => o.span[0] < span[1] && span[0] < o.span[1]))
      out.push({ name: t, span })
  }
  if (/[Ww]orker/.test(text)) {
    for (const m of text.matchAll(IT_WORKER_SCHEME)) push(m[0], m.index)
  }
  if (/[$€£]\d/.test(text)) {
    for (const m of text.matchAll(SUM_THEFT)) push(m[0], m.index)
    for (const m of text.matchAll(SUM_FROM)) {
      // In a sentence about thefts, before the sum ("thefts attributed to the DPRK included $308 million from …").
      const sentenceStart = Math.max(text.lastIndexOf('. ', m.index), text.lastIndexOf('\n', m.index), 0)
      if (!THEFT_CUE.test(text.slice(sentenceStart, m.index))) continue
      // A victim is named: its last word is capitalised and no month or weekday ("from January").
      const victim = m[1]!
      if (
        /^(?:the\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/.test(
          victim,
        )
      )
        continue
      push(m[0], m.index)
    }
  }
  return out
}
