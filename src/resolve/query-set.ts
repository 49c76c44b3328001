// A realistic query-set generator for measuring the resolver: the spellings analysts actually type for every name of
// every group (case, separators, letter–digit splits, "the … Group", possessives, quotes, stray whitespace, a name
// with another in parentheses), plus names that are not actors. Pure and deterministic; the caller supplies groups
// and negatives (tests build them from the shared ATT&CK and MISP data).

/** A group whose names should resolve to it. */
export interface QueryGroup {
  /** Any id of the record the names belong to (the expected actor must contain it). */
  id: string
  name: string
  aliases: readonly string[]
}

/** One generated query and what a correct answer is. */
export interface GeneratedQuery {
  query: string
  /** The record id the top candidate must contain, or undefined when no candidate is correct. */
  expectId: string | undefined
  /** How the query was made ("as-is", "lower", "hyphen", "the-group" …, or "negative"). */
  variant: string
  /** The alias it was made from (for positives). */
  from?: string
}

const GENERIC_SUFFIX_RE = /\s+(group|team|gang|crew)$/i

/** Spelling variants of one name, each with the name of the transformation. Duplicates removed. */
export function spellingVariants(name: string): { variant: string; query: string }[] {
  const out: { variant: string; query: string }[] = []
  const add = (variant: string, query: string): void => {
    if (query.trim() !== '' && !out.some((o) => o.query === query)) out.push({ variant, query })
  }
  const words = name.split(/[\s._-]+/).filter((w) => w !== '')
  add('as-is', name)
  add('lower', name.toLowerCase())
  add('upper', name.toUpperCase())
  add('title', words.map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()).join(' '))
  if (words.length > 1) {
    add('hyphen', words.join('-'))
    add('dot', words.join('.'))
    add('underscore', words.join('_'))
    add('joined', words.join(''))
    add('spaced-lower', words.join(' ').toLowerCase())
  }
  // Letter–digit boundaries: "APT28" → "APT 28" / "APT-28"; "APT 28" → "APT28".
  const split = name.replace(/(\p{L})(\d)/gu, '$1 $2')
  if (split !== name) {
    add('digit-space', split)
    add('digit-hyphen', name.replace(/(\p{L})(\d)/gu, '$1-$2'))
    add('digit-space-lower', split.toLowerCase())
  }
  const glued = name.replace(/(\p{L})[\s-](\d)/gu, '$1$2')
  if (glued !== name) add('digit-glued', glued)
  // Generic affixes analysts add or drop.
  if (GENERIC_SUFFIX_RE.test(name)) {
    add('drop-group', name.replace(GENERIC_SUFFIX_RE, ''))
    add('the-drop-group', `the ${name.replace(GENERIC_SUFFIX_RE, '')}`)
  } else if (!/\d$/.test(name)) {
    add('add-group', `${name} Group`)
    add('add-group-lower', `${name} group`)
    add('add-team', `${name} team`)
  }
  add('the', `the ${name}`)
  add('The', `The ${name}`)
  add('possessive', `${name}'s`)
  add('possessive-curly', `${name}’s`)
  add('quoted', `"${name}"`)
  add('curly-quoted', `“${name}”`)
  add('whitespace', `  ${words.join('  ')} `)
  add('nbsp', words.join('\u00a0'))
  return out
}

/**
 * Every variant of every name of every group (expected: that group), plus every alias paired with the group's
 * main name in parentheses, plus the negatives (expected: no candidate). Deterministic order.
 */
export function generateQueries(groups: readonly QueryGroup[], negatives: readonly string[]): GeneratedQuery[] {
  const out: GeneratedQuery[] = []
  for (const g of groups) {
    const names = [...new Set([g.name, ...g.aliases])]
    for (const n of names) {
      for (const v of spellingVariants(n)) out.push({ query: v.query, expectId: g.id, variant: v.variant, from: n })
      if (n !== g.name) out.push({ query: `${g.name} (${n})`, expectId: g.id, variant: 'parenthesised', from: n })
    }
  }
  for (const q of negatives) out.push({ query: q, expectId: undefined, variant: 'negative' })
  return out
}

/** Common English words, malware-like and place-like words an analyst might type that name no actor. */
export const COMMON_NEGATIVES: readonly string[] = [
  'will',
  'the',
  'group',
  'team',
  'gang',
  'apt',
  'APT',
  'threat actor',
  'hackers',
  'ransomware',
  'malware',
  'phishing',
  'Typhoon',
  'Panda',
  'Bear',
  'Kitten',
  'Spider',
  'Blizzard',
  'Sandstorm',
  'Sleet',
  'Tempest',
  'Storm',
  'Chollima',
  'Panda Express',
  'Teddy Bear',
  'Hello Kitty',
  'Spider-Man',
  'Winter Storm',
  'Snow',
  'weather',
  'China',
  'Russia',
  'Iran',
  'North Korea',
  'United States',
  'Microsoft',
  'CrowdStrike',
  'Mandiant',
  'Google',
  'Exchange',
  'ProxyLogon',
  'CVE-2021-26855',
  'Hainan',
  'Ministry of State Security',
  'MSS',
  'GRU',
  'NSA',
  'FBI',
  'CISA',
  'Canada',
  'NATO',
  'Cobalt Strike',
  'Mimikatz',
  'PowerShell',
  'PsExec',
  'Metasploit',
  'web shell',
  'China Chopper',
  'PlugX',
  'ShadowPad',
  'Emotet',
  'TrickBot',
  'spearphishing',
  'password spraying',
  'zero-day',
  'supply chain',
  'espionage',
  'financially motivated',
  'state-sponsored',
  'critical infrastructure',
  'healthcare',
  'defence',
  'maritime',
  'hello world',
  'lorem ipsum',
  'foo',
  'bar',
  'test',
  'unknown',
  'none',
  'n/a',
  'TBD',
  'actor',
  'campaign',
  'operation',
  'intrusion set',
  'advanced persistent threat',
  'APT 0',
  'APT999',
  'FIN99',
  'UNC0',
  'G9999',
  'TA0',
  'Storm-9999',
  'Grizzly',
  'Steppe',
  'Fancy',
  'Cozy',
  'Lazarus Ransomware Inc',
  'Panda Security',
  'Bear Stearns',
  'Kitten Rescue',
  'Sandstorm Media',
  'Blue',
  'Red',
  'Gold',
  'Bronze',
  'Nickel',
  'Cobalt',
  'Platinum Card',
]
