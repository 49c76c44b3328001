// Name normalisation for the alias index and the resolver. Three levels, each a coarser key than the last:
//   normalizeAlias  — what the store indexes: spelling noise only (case, diacritics, separators, quotes, possessives);
//   looseAliasKey   — also drops generic affixes analysts add or omit ("the …", "… Group/Team/Gang"), leading zeros;
//   aliasTokens     — the words, for token-overlap suggestions.
// The levels are decisions about evidence: a normalised match is the same name; a loose match is a likely reference.

// Letters that NFKD does not decompose into a base letter plus a combining mark.
const FOLD: Record<string, string> = {
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ø: 'o',
  Ø: 'o',
  ł: 'l',
  Ł: 'l',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  Ð: 'd',
  þ: 'th',
  Þ: 'th',
  ı: 'i',
  ħ: 'h',
}
const FOLD_RE = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'gu')

const ASCII_RE = /^[\x20-\x7e]*$/

const QUOTES = `"'“”‘’«»\`„‚‹›「」『』`
const EDGE_QUOTES_RE = new RegExp(`^[\\s${QUOTES}]+|[\\s${QUOTES}]+$`, 'gu')
// A possessive at a word end: "APT40's", "Lazarus’s", "Lazarus' " — the s stays when it belongs to the word.
const POSSESSIVE_RE = /(\S)['’]s(?![\p{L}\p{N}])/gu
const TRAILING_APOSTROPHE_RE = /(s)['’](?![\p{L}\p{N}])/gu

/** Unicode compatibility forms, diacritics and special letters folded; lower case; edges and possessives cleaned. */
function fold(name: string): string {
  let s = name
  // Plain ASCII (nearly every alias) has nothing to decompose or fold.
  if (!ASCII_RE.test(s)) {
    s = s
      .normalize('NFKC')
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
    s = s.replace(FOLD_RE, (c) => FOLD[c] ?? c)
  }
  s = s.toLowerCase().replace(EDGE_QUOTES_RE, '')
  s = s.replace(POSSESSIVE_RE, '$1').replace(TRAILING_APOSTROPHE_RE, '$1')
  return s
}

/**
 * The normalised form of a name, used as the alias index key: case, Unicode compatibility forms and diacritics,
 * surrounding quotes, possessives, separators (space . - _ / and any other punctuation) and letter–digit boundaries
 * are folded away, so "APT 40", "apt-40", "APT40's" and "“Apt40”" all become "apt40", and "TEMP.Periscope" equals
 * "Temp Periscope". Letters of every script are kept ("海莲花" stays itself). Returns "" for a name with no letters
 * or digits.
 */
export function normalizeAlias(name: string): string {
  return fold(name).replace(/[^\p{L}\p{N}]+/gu, '')
}

/** The words of a name after folding: "TEMP.Periscope" → ["temp", "periscope"], "APT-C-36" → ["apt", "c", "36"]. */
export function aliasTokens(name: string): string[] {
  return fold(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0)
}

// Words analysts add to or drop from a group's name without changing what it refers to. Deliberately short: every
// word here widens what matches, so place names or malware-like words ("cybergang" → "Gaza") must not be in it.
const LEADING_NOISE = new Set(['the'])
const TRAILING_NOISE = new Set([
  'group',
  'groups',
  'grp',
  'team',
  'gang',
  'crew',
  'actor',
  'actors',
  'apt',
  'hackers',
  'hacker',
  'hacking',
  'threat',
  'organization',
  'organisation',
])

/**
 * A coarser key than {@link normalizeAlias}: drops a leading "the", trailing generic words ("group", "team", "gang",
 * "crew", "actor", "hackers", "APT" …), a version's ".0" and leading zeros of numbers that follow letters, so "the Lazarus Group",
 * "Lazarus" and "Lazarus Gang" share the key "lazarus", and "Storm-0501" equals "Storm 501". The affixes are only
 * dropped while what remains still has a letter and at least three characters ("Group 5" and "Team 3" stay whole).
 */
export function looseAliasKey(name: string): string {
  // "Dragonfly 2.0" and "Dragonfly 2" are one name: a version's ".0" goes.
  const tokens = aliasTokens(name.replace(/(\d)\.0+(?!\d)/g, '$1'))
  let start = 0
  let end = tokens.length
  const keeps = (a: number, b: number): boolean => {
    const rest = tokens.slice(a, b).join('')
    return rest.length >= 3 && /\p{L}/u.test(rest)
  }
  while (end - start > 1 && LEADING_NOISE.has(tokens[start] ?? '') && keeps(start + 1, end)) start++
  while (end - start > 1 && TRAILING_NOISE.has(tokens[end - 1] ?? '') && keeps(start, end - 1)) end--
  return tokens
    .slice(start, end)
    .join('')
    .replace(/(\p{L})0+(?=\d)/gu, '$1')
}
