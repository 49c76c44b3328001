/**
 * Guards for alias-index hits that are words of something else: a campaign name ("Operation Cloud Hopper" names the
 * campaign, not the actor one catalogue also files it under), and one-word aliases that are the head or tail of a
 * longer capitalised name ("the Pacific Leaders Summit" is no mention of the group some catalogue calls SUMMIT).
 */
import { COUNTRIES } from './gazetteer.ts'

// Words that may stand capitalised right before an actor's one-word name without making one longer name with it:
// determiners and other function words (capitalised at a sentence or heading start), and words of actor context.
const FREE_BEFORE = new Set(
  `the a an this that these those its their our his her both unlike like while when and or as by of with from
  against to for in on at after before since also then but not only whether if once group actor actors apt threat
  hackers dubbed named called tracked known aka including include includes such than versus vs via`
    .split(/\s+/)
    .filter(Boolean),
)
// Words that say the name before them is an actor's ("Sandworm Team", "the Summit Group").
const ACTOR_AFTER = new Set(
  `group groups team gang crew actor actors apt hackers operators cluster collective threat unit`
    .split(/\s+/)
    .filter(Boolean),
)

let countryWords: Set<string> | undefined
// Country names and adjectives (their last word): "Russian Turla", "North Korean Andariel".
function isCountryWord(w: string): boolean {
  if (!countryWords) {
    countryWords = new Set()
    for (const c of COUNTRIES)
      for (const n of [c.name, ...c.adjectives, ...c.aliases]) countryWords.add(n.split(/\s+/).pop()!.toLowerCase())
  }
  return countryWords.has(w.toLowerCase())
}

/** Whether the hit at [start, end) stands right after "Operation" (a campaign's name, as in "Operation Cloud Hopper"). */
export function afterOperation(text: string, start: number): boolean {
  return start >= 10 && text.startsWith('Operation', start - 10) && /\s/.test(text[start - 1]!)
}

// A line set in title case (a headline): every word is capitalised but for short function words.
const TITLE_LOWER = new Set(
  'a an the and or but nor of in on at to for with by from as vs via per into over'.split(' '),
)
function titleCaseLine(text: string, at: number): boolean {
  const from = text.lastIndexOf('\n', at) + 1
  let to = text.indexOf('\n', at)
  if (to < 0) to = text.length
  if (to - from > 300) return false
  let n = 0
  for (const m of text.slice(from, to).matchAll(/[A-Za-z][\w'’]*/g)) {
    if (/^[a-z]/.test(m[0]) && !TITLE_LOWER.has(m[0])) return false
    n++
  }
  return n >= 3
}

// Whether the word at `start` begins a sentence, a line or a quotation (where every word is capitalised).
function sentenceInitial(text: string, start: number): boolean {
  let i = start - 1
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--
  return i < 0 || /[\n.!?:;"“‘'(•*-]/.test(text[i]!)
}

/**
 * Whether a one-word alias hit at [start, end) is the tail or head of a longer capitalised name: the word before it
 * (a space or hyphen between) is a capitalised word that is not a function word, a country word, a possessive or
 * the first word of a sentence, or a capitalised word other than a group word follows ("Special Summit", "Gold
 * Dragon", "Equation Editor"). Not asked on title-case lines, where every word is capitalised. Asked of names that
 * are common words or catalogued only in capitals; a name written in capitals is meant as one.
 */
export function insideLongerName(text: string, start: number, end: number): boolean {
  if (/^[A-Z]+$/.test(text.slice(start, end))) return false
  const sepBefore = text[start - 1]
  let found = false
  if (sepBefore === ' ' || sepBefore === '-') {
    const m = /(?<![\w.])([A-Za-z][A-Za-z'’&-]*)$/.exec(text.slice(Math.max(0, start - 41), start - 1))
    if (m && /^[A-Z][a-z]/.test(m[1]!)) {
      const w = m[1]!
      const wStart = start - 1 - w.length
      const word = w.replace(/['’]s$/, '')
      if (
        word === w &&
        !FREE_BEFORE.has(w.toLowerCase()) &&
        !isCountryWord(w.split('-').pop()!) &&
        !sentenceInitial(text, wStart)
      )
        found = true
    }
  }
  // After a version number of a capitalised name ("Windows Server 2012 Gold", "Office 2016 Lead"): a word of the
  // product's name.
  if (
    !found &&
    sepBefore === ' ' &&
    /[A-Z][\w-]*\s+\d+(?:\.\d+)*$/.test(text.slice(Math.max(0, start - 41), start - 1))
  )
    found = true
  if (!found) {
    const m = /^[ -]([A-Z][a-z]+)\b/.exec(text.slice(end, end + 30))
    if (m && !ACTOR_AFTER.has(m[1]!.toLowerCase())) found = true
  }
  // ("the Summit for Democracy", "the Council of Europe": a capitalised name that goes on with "for" or "of".)
  if (
    !found &&
    /^\s+(?:for|of)\s+(?:the\s+)?[A-Z][a-z]/.test(text.slice(end, end + 30)) &&
    /^the\s+$/i.test(text.slice(Math.max(0, start - 4), start))
  )
    found = true
  return found && !titleCaseLine(text, start)
}
