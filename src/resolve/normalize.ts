/**
 * The normalised form of a name, used as the alias index key: case, Unicode compatibility forms and diacritics,
 * surrounding quotes, possessives, separators (space . - _ /) and letter–digit boundaries are folded away, so
 * "APT 40", "apt-40", "APT40's" and "“Apt40”" all become "apt40", and "TEMP.Periscope" equals "Temp Periscope".
 */
export function normalizeAlias(name: string): string {
  let s = name.normalize('NFKD').replace(/\p{M}+/gu, '')
  s = s.toLowerCase().trim()
  s = s.replace(/^["'“”‘’«»`]+|["'“”‘’«»`]+$/g, '')
  s = s.replace(/['’]s$/u, '').replace(/s['’]$/u, 's')
  s = s.replace(/[\s._\-/·–—‐‑]+/gu, '')
  s = s.replace(/[^\p{L}\p{N}]+/gu, '')
  return s
}
