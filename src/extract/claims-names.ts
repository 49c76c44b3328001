/**
 * Names of the parties claims are about, in the form the annotation uses: "Government of the Czech Republic",
 * "Government of the Dominican Republic" (English puts "the" before a country whose name is a common noun phrase:
 * a republic, kingdom, federation, union, emirates, states, islands, or a plural name).
 */
import { governmentName } from './gazetteer.ts'

const TAKES_THE =
  /(?:\b(?:Republic|Kingdom|Federation|Union|Emirates|States|Islands|Netherlands|Philippines|Bahamas|Gambia|Maldives|Comoros|Seychelles)\b)/

/** The government of a country, as attributions, co-signers and sponsors name it. */
export function stateName(country: string): string {
  let name = NAMES.get(country)
  if (name === undefined) {
    name = nameOf(country)
    NAMES.set(country, name)
  }
  return name
}
const NAMES = new Map<string, string>()

function nameOf(country: string): string {
  const name = governmentName(country)
  // The adjective form, as "PRC Government" and "Russian Government" are named.
  if (name === 'DPRK Government') return 'North Korean Government'
  const m = /^Government of (?!the )(.+)$/.exec(name)
  return m && TAKES_THE.test(m[1]!) ? `Government of the ${m[1]}` : name
}
