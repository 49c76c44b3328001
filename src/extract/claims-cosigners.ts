/**
 * Co-signers of joint statements: the state a listed partner agency stands for. A joint advisory lists agencies under
 * their country ("together with three agencies of the Republic of Korea: the National Intelligence Service, the
 * National Police Agency and …"): the country the list opens with is theirs, whatever other state uses the same name.
 */
import type { CountryMention } from './entities.ts'
import { countStartingBefore } from './text.ts'

// The words that open a list of a state's bodies: "agencies of", "partners from", "authorities in".
const LIST_OPENING =
  /\b(?:agencies|partners|authorities|organi[sz]ations|bodies|services|departments|ministries|institutions)\s+(?:of|from|in)\s+(?:the\s+)?$/i
// A clause of its own between the list's opening and the name: the name is not in the list.
const OWN_CLAUSE = /[.;]|\b(?:is|are|was|were|has|have|had|said|says|led|issued|released)\b/

/**
 * The country whose bodies a list in the sentence (from `from`) opens with, when the name at `at` is one of them;
 * undefined otherwise. `countries` are sorted by start.
 */
export function listOwner(text: string, from: number, at: number, countries: CountryMention[]): string | undefined {
  let tried = 0
  // (The countries are in text order: those starting at or after `at` end after it, and are not read.)
  for (let i = countStartingBefore(countries, at) - 1; i >= 0 && tried < 3; i--) {
    const c = countries[i]!
    if (c.span[1] > at) continue
    if (c.span[0] < from) break
    tried++
    if (!LIST_OPENING.test(text.slice(Math.max(from, c.span[0] - 60), c.span[0]))) continue
    const between = text.slice(c.span[1], at)
    if (between.length > 160 || OWN_CLAUSE.test(between)) return undefined
    return c.country
  }
  return undefined
}
