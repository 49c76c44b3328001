/**
 * Units of quantities that the plain "number + noun" reading of `findNumbers` misses: sums of money (the currency
 * written as a symbol or code before the number, or as a word after it), percentages, periods of time given as a
 * length ("a deadline of 7 days", "for 90 days"), and counts whose noun comes after a list of modifiers ("70
 * academic, government and think tank organisations").
 */

// A currency symbol or code right before a number ("$10", "US$1.5", "€40", "USD 250"), and the unit it gives.
const CURRENCY_BEFORE =
  /(?:^|[^\w$])((?:US|USD|AU|A|C|CA|CAD|HK|NZ|S)?\$|€|£|¥|₹|₽|(?<![A-Za-z])(?:USD|EUR|GBP|JPY|CNY|RMB|CHF|AUD|CAD|RUB|INR|BTC|ETH)\s?)$/
const SYMBOL_UNIT: Record<string, string> = {
  '€': 'euros',
  '£': 'pounds',
  '¥': 'yen',
  '₹': 'rupees',
  '₽': 'rubles',
}
const CODE_UNIT: Record<string, string> = {
  USD: 'US dollars',
  EUR: 'euros',
  GBP: 'pounds',
  JPY: 'yen',
  CNY: 'yuan',
  RMB: 'yuan',
  CHF: 'Swiss francs',
  AUD: 'Australian dollars',
  CAD: 'Canadian dollars',
  RUB: 'rubles',
  INR: 'rupees',
  BTC: 'bitcoin',
  ETH: 'ether',
}

/** The currency of a sum whose number starts at `start` (a symbol or code just before it), as a unit; or undefined. */
export function currencyBefore(text: string, start: number): string | undefined {
  const m = CURRENCY_BEFORE.exec(text.slice(Math.max(0, start - 5), start))
  if (!m) return undefined
  const c = m[1]!.trim()
  if (c.endsWith('$')) {
    const p = c.slice(0, -1)
    if (p === 'US' || p === 'USD' || p === '') return p === '' ? 'dollars' : 'US dollars'
    if (p === 'A' || p === 'AU') return 'Australian dollars'
    if (p === 'C' || p === 'CA' || p === 'CAD') return 'Canadian dollars'
    if (p === 'HK') return 'Hong Kong dollars'
    if (p === 'NZ') return 'New Zealand dollars'
    return 'dollars'
  }
  return SYMBOL_UNIT[c] ?? CODE_UNIT[c]
}

// Currency words after a number ("2.3 million euros", "500 bitcoin"): the unit as written.
export const CURRENCY_WORD =
  /^(?:dollars?|euros?|pounds?|yen|yuan|renminbi|rubles?|roubles?|rupees?|francs?|hryvnias?|shekels?|won|bitcoins?|BTC|ETH|USD|EUR|GBP)$/

/** Whether `rest` (the text after a number) starts with a percent sign or word. */
export const PERCENT_AFTER = /^\s*(?:%|percent\b|per\s+cent\b|pct\b)/i

// Lengths of time: a count of them is a quantity ("a deadline of 7 days", "for 90 days", "within 24 hours"), unless
// the phrase dates something relative to another time ("three days later", "two weeks ago", "12 months old").
const PERIOD = /^(?:minutes?|hours?|days?|weeks?|months?)$/
const RELATIVE_AFTER = /^\s*(?:ago|later|earlier|after|before|prior|old|since|previously|beforehand|afterwards?)\b/i

/** The period word a number counts (`word`, `rest` the text after it), when it is a length of time; or undefined. */
export function periodUnit(word: string, restAfterWord: string): string | undefined {
  if (!PERIOD.test(word)) return undefined
  if (RELATIVE_AFTER.test(restAfterWord)) return undefined
  return word.toLowerCase()
}

// After a first modifier that ends with a comma or is followed by "and"/"or": more modifiers, then the plural noun
// they share ("academic, government, think tank and research organisations"; "academic and government bodies").
const SHARED_HEAD =
  /^(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)(?:[a-z][\w-]*(?:\s*,\s*(?:(?:and|or)\s+)?|\s+)){0,7}?([a-z][\w-]*(?<![siu])s)(?=[\s,.;:)]|$)/

/**
 * The plural noun that a list of modifiers starting with the unit word `first` shares, read from `rest` (the text
 * right after that word); or undefined. `first` itself must not be plural (then it is the noun).
 */
export function sharedHead(first: string, rest: string): string | undefined {
  if (/s$/.test(first) || !/^[a-z]/.test(first)) return undefined
  const m = SHARED_HEAD.exec(rest.slice(0, 120))
  if (!m) return undefined
  // The words in between are modifiers, not a new clause: no verb-like words or digits.
  const between = rest.slice(0, m.index + m[0].length - m[1]!.length)
  if (/\b(?:\d|the|a|an|were|was|are|is|has|have|had|their|its|which|that|who)\b/.test(between)) return undefined
  if (/\b(?:\w+ed|including|targeting|using|affecting|hitting|during|following)\b/.test(between)) return undefined
  return m[1]
}
