/**
 * Actor mentions: a multi-pattern matcher compiled from an alias list (the resolver's index), with guards against
 * common words, malware and tool names and vendor products, plus recognition of actor names by the shape of vendor
 * naming schemes, so that actors missing from the alias list are still found.
 */
import { normalizeAlias } from '../resolve/normalize.ts'
import { afterOperation, insideLongerName } from './actors-guards.ts'
import { COMMON_WORDS, COUNTRIES, CRIME_GROUPS, KNOWN_ORGS, PRODUCT_NAMES, STATE_BODIES } from './gazetteer.ts'
import { fold, isWordChar, WordMatcher } from './matcher.ts'
import { matchAtStarts, stickyCopy } from './scan.ts'
import { escapeRe, isSpaceCode } from './text.ts'

/** One name of an actor, as the CLI builds it from the store (`aliasEntriesFromStore`). */
export interface AliasEntry {
  alias: string
  actorId: string
  actorName: string
  /** The STIX type of the object the name belongs to: intrusion-set, threat-actor, malware, tool, identity … */
  kind: string
  /**
   * Where the object comes from: MITRE ATT&CK (`attack`) and Mosaic's own starter pack (`pack`) group names with
   * care and are preferred when catalogues disagree; `catalogue` (MISP galaxies and the like, the default) collect
   * every vendor's synonyms, and some merge groups that ATT&CK keeps apart.
   */
  source?: 'attack' | 'pack' | 'catalogue'
}

export interface ActorMention {
  /** Text as written. */
  mention: string
  /** Canonical name (from the alias list, or the normalised shape). */
  canonical: string
  span: [number, number]
  /** STIX id when the alias list knows the actor. */
  actorId?: string
  via: 'alias-index' | 'shape' | 'alias-list'
}

/**
 * A mention the alias index finds: a class instance, not an object literal, whose allocation site V8 would switch to
 * old-generation allocation (mentions live as long as the document's extraction; see SentenceSpan in text.ts).
 */
class IndexHit implements ActorMention {
  mention: string
  canonical: string
  span: [number, number]
  actorId: string
  via: ActorMention['via']
  constructor(mention: string, canonical: string, span: [number, number], actorId: string) {
    this.mention = mention
    this.canonical = canonical
    this.span = span
    this.actorId = actorId
    this.via = 'alias-index'
  }
}

interface Target {
  canonical: string
  actorId: string
  /** Needs to be capitalised as in the alias (common word). */
  caseSensitive: boolean
  /** Also the name of malware or a tool: accepted only with actor context. */
  contested: boolean
  alias: string
  /** Matched only as written (the two-word form of a camel-case name). */
  exactCase: boolean
  /** Also the name of software in some catalogue. */
  software: boolean
  /** A criminal group of the gazetteer, whose brand is also its ransomware's name ("LockBit"). */
  crime: boolean
  /** Also a campaign's name in the catalogue ("Cloud Hopper"): accepted only with actor context. */
  campaign: boolean
  /** One word that is a common word or catalogued only in capitals ("SUMMIT", "Gold"): may be a word of a longer name. */
  wordLike: boolean
  /** Catalogued only as two to four capitals ("SEA", "LEAD"): written otherwise, a word ("South China Sea"). */
  acronym: boolean
}

// Actor names (catalogued in capitals) that are also the names of widely named software.
const PRODUCT_LOOKALIKES = new Set(['chromium'])
const ACTOR_KINDS = new Set(['intrusion-set', 'threat-actor', 'campaign-actor', 'actor'])
const SOFTWARE_KINDS = new Set(['malware', 'tool', 'software'])

// Group words that, right after a name, say it is an actor ("Lazarus group", "the Sandworm APT").
const ACTOR_CONTEXT_AFTER =
  /^[-\s]*(?:apt\b|group|gang|actors?\b|threat actors?|hackers|hacking group|crew|team|cluster|intrusion set|operators?)/i
// Words that, right after a name, say it is software's ("Akira ransomware", "Konni RAT").
export const SOFTWARE_AFTER = /^[\s-]+(?:ransomware|malware|backdoor|trojan|RAT|loader|stealer|wiper|implant|botnet)\b/i
// Software named in a list after its kind: "deploy malware such as TraderTraitor and AppleJeus", "tools including X".
const CRIME_SOFTWARE_AFTER =
  /^(?:\s+and\s+[\w.-]+)?[\s-]+(?:malware|backdoors?|trojans?|RAT|loaders?|stealers?|wipers?|implants?|botnets?|encryptors?|binar(?:y|ies)|payloads?|samples?|variants?|strains?|builder)\b/i
const CRIME_SOFTWARE_BEFORE =
  /\b(?:deploy(?:ed|ing|s)?|infected\s+with|variants?\s+of|versions?\s+of|strains?\s+of|encrypted\s+(?:\w+\s+)?with|cop(?:y|ies)\s+of)\s+(?:the\s+|a\s+)?$/i
// ("uses three types of ransomware, Trickbot, Ryuk and Conti": a list of software after its kind.)
const SOFTWARE_BEFORE =
  /\b(?:(?:malware|backdoors?|implants?|tools?|trojans?|ransomware|families|loaders?|payloads?|strains?|wipers?|stealers?)\s+(?:such\s+as|like|including|called|named|dubbed|known\s+as)\s+(?:the\s+)?|(?:types?|kinds?|strains?|variants?|families|forms)\s+of\s+(?:ransomware|malware)\s*[,:]\s*)(?:[\w.-]+(?:\s*,\s*|\s+(?:and|or)\s+))*$/i
// A company's name around a one-word actor name: "Sichuan Silence Information Technology Company" (see
// `companyNamesDropped`).
const COMPANY_NAME_AROUND =
  /^(?:[ \t]+(?:[A-Z][\w&-]*|and|of)){0,4}[ \t]+(?:Company|Technology|Technologies|Co\.|Corp\.?|Corporation|Inc\.?|Ltd\.?|Limited|LLC|GmbH|Holdings|Network\s+Technology|Information\s+Technology)\b/
const CAPITALISED_BEFORE = /(?<![\w.])([A-Z][a-z][\w&-]*)[ \t]+$/
const OPERATION_WORD = /^operation\s/i
const POSSESSIVE = /^['’]s\b/
const ONE_CAPITALISED_WORD = /^[A-Z][a-z]+$/

// The two first letters (lower-cased) of SOFTWARE_AFTER's words: ransomware and RAT, malware, backdoor, botnet, trojan,
// loader, stealer, wiper, implant.
const SOFTWARE_WORD_PAIRS = new Uint8Array(26 * 26)
for (const pair of ['ra', 'ma', 'ba', 'bo', 'tr', 'lo', 'st', 'wi', 'im'])
  SOFTWARE_WORD_PAIRS[(pair.charCodeAt(0) - 97) * 26 + pair.charCodeAt(1) - 97] = 1
/**
 * False only when SOFTWARE_AFTER cannot match the 20 characters from `at`: it needs a run of whitespace or "-" there,
 * then (the run cannot end earlier: a word does not start with either) one of its words, whose first two letters are
 * ASCII letters in either case (the expression has the i flag without u: no other character folds onto them).
 */
export function softwareWordAfter(text: string, at: number): boolean {
  let p = at
  const end = Math.min(text.length, at + 20)
  while (p < end) {
    const c = text.charCodeAt(p)
    if (c !== 45 && !isSpaceCode(c)) break
    p++
  }
  if (p === at || p + 2 > end) return false
  const a = text.charCodeAt(p) | 32
  const b = text.charCodeAt(p + 1) | 32
  return a >= 97 && a <= 122 && b >= 97 && b <= 122 && SOFTWARE_WORD_PAIRS[(a - 97) * 26 + b - 97] === 1
}

const ACTOR_CONTEXT_BEFORE =
  /(?:\b(?:group|actor|apt|known as|aka|tracked as|dubbed|named|called)\s*[,:]?\s*|\b(?:attributed|attributes|attribute|linked|tied|blamed|pinned)\s+(?:[\w-]+\s+){0,3}(?:to|on)\s+|\b(?:carried out|conducted|perpetrated|orchestrated)\s+by\s+)$/i

/** A compiled alias index. Build once per alias list; reuse for every document. */
export interface ActorMatcher {
  readonly patternCount: number
  find(text: string): ActorMention[]
}

// The criminal groups of the gazetteer as entries of the index (the pack's weight), and their names, normalised.
const CRIME_ENTRIES: AliasEntry[] = CRIME_GROUPS.flatMap((names) =>
  names.map((alias) => ({
    alias,
    actorId: `crime:${names[0]!.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
    actorName: names[0]!,
    kind: 'intrusion-set',
    source: 'pack' as const,
  })),
)
const CRIME_NAMES = new Set(CRIME_ENTRIES.map((e) => normalizeAlias(e.alias)))

export function compileActorMatcher(given: readonly AliasEntry[]): ActorMatcher {
  // (With the pack's weight: ATT&CK's entry for a group keeps its id and name; over a catalogue's alone, the
  // gazetteer's are preferred, as the pack's are.)
  const entries = given.concat(CRIME_ENTRIES)
  // Names that belong to software (malware, tools) and to non-actor things in the gazetteer.
  // Names that belong to software (malware, tools), with how many software entries carry each.
  const software = new Map<string, number>()
  for (const e of entries)
    if (SOFTWARE_KINDS.has(e.kind)) {
      const n = normalizeAlias(e.alias)
      software.set(n, (software.get(n) ?? 0) + 1)
    }
  const blocked = new Set<string>()
  for (const c of COUNTRIES)
    for (const n of [c.name, ...c.adjectives, ...c.aliases, ...c.metonyms]) blocked.add(normalizeAlias(n))
  for (const o of KNOWN_ORGS) for (const f of o.forms) blocked.add(normalizeAlias(f))
  for (const b of STATE_BODIES) for (const f of b.forms) blocked.add(normalizeAlias(f))
  for (const p of PRODUCT_NAMES) blocked.add(normalizeAlias(p))
  // Campaign names ("Operation Cloud Hopper", "Cloud Hopper (managed service provider campaign)"), also without the
  // word "Operation" and a bracketed note.
  const campaigns = new Set<string>()
  for (const e of entries) {
    if (e.kind !== 'campaign') continue
    const a = e.alias.replace(/\s*\([^)]*\)\s*$/, '').trim()
    campaigns.add(normalizeAlias(a))
    campaigns.add(normalizeAlias(a.replace(/^Operation\s+/i, '')))
  }

  // Candidate actors per normalised alias, keyed by their normalised name (the clusters of one name in several
  // catalogues are one actor): how many entries support the alias, how many of them are ATT&CK's or the pack's.
  const byNorm = new Map<string, Map<string, Candidate>>()
  for (const e of entries) {
    if (!ACTOR_KINDS.has(e.kind)) continue
    const alias = e.alias.trim()
    const n = normalizeAlias(alias)
    if (n.length < 3 || /^\d+$/.test(n) || blocked.has(n)) continue
    let m = byNorm.get(n)
    if (!m) byNorm.set(n, (m = new Map()))
    const key = normalizeAlias(e.actorName)
    // ATT&CK's grouping first where it and the pack differ.
    const firm = e.source === 'attack' ? 2 : e.source === 'pack' ? 1 : 0
    const cur = m.get(key)
    if (cur) {
      cur.count++
      cur.firm += firm
      // The id and name of the careful source's object when there is one.
      if (firm && !cur.firmId) Object.assign(cur, { name: e.actorName, id: e.actorId, firmId: true })
    } else m.set(key, { key, name: e.actorName, id: e.actorId, count: 1, firm, alias, firmId: firm === 1 })
  }
  // Every spelling of each normalised alias.
  const spellings = new Map<string, string[]>()
  for (const e of entries) {
    if (!ACTOR_KINDS.has(e.kind)) continue
    const n = normalizeAlias(e.alias)
    const all = spellings.get(n)
    if (all) all.push(e.alias.trim())
    else spellings.set(n, [e.alias.trim()])
  }
  const support = new Map<string, number>()
  for (const m of byNorm.values()) for (const [k, v] of m) support.set(k, (support.get(k) ?? 0) + v.count)
  // The group ATT&CK or the pack give a name to: the group of that name, else the group that lists it most firmly.
  const firmOf = (n: string): Candidate | undefined => {
    const m = byNorm.get(n)
    const own = m?.get(n)
    return own && own.firm > 0 ? own : firmest(m)
  }
  // Per catalogue cluster, the ATT&CK or pack groups its other names belong to: one group says which group the cluster
  // is (MISP's "Sandworm" lists APT44, Voodoo Bear, Seashell Blizzard: Sandworm Team); two or more say it lumps groups
  // ATT&CK keeps apart (Microsoft's "Raspberry Typhoon" lists APT30 and Lotus Blossom, two ATT&CK groups).
  const groupsNamed = new Map<string, Map<string, Set<string>>>()
  for (const e of entries) {
    if (!ACTOR_KINDS.has(e.kind) || (e.source !== undefined && e.source !== 'catalogue')) continue
    const key = normalizeAlias(e.actorName)
    const a = normalizeAlias(e.alias)
    const g = a === key ? undefined : firmOf(a)?.key
    if (g === undefined) continue
    let groups = groupsNamed.get(key)
    if (!groups) groupsNamed.set(key, (groups = new Map()))
    const names = groups.get(g)
    if (names) names.add(a)
    else groups.set(g, new Set([a]))
  }
  // A catalogue cluster's own name: the cluster itself where it lumps groups, else the group ATT&CK or the pack file
  // the name under, else the one group two or more of its other names belong to, else the cluster.
  const ofCluster = (c: Candidate): Candidate => {
    const groups = groupsNamed.get(c.key)
    if (groups && groups.size >= 2) return c
    const listed = firmest(byNorm.get(c.key))
    if (listed) return listed
    // One group, and by two names at least: a single shared name is often a loose overlap.
    const only = groups?.size === 1 ? [...groups][0]! : undefined
    if (only && only[1].size >= 2) return firmOf(only[0]) ?? c
    return c
  }
  // A name that ATT&CK or the pack give a group as its own name is that group's; a catalogue cluster's own name as
  // above; a name ATT&CK or the pack list as an alias, the group they list it under (their grouping is preferred);
  // any other name, the cluster most entries give it to (ties: the actor with more names in all, then a
  // Mandiant-style APTnn name), taken as above ("Gamaredon", a synonym of Microsoft's "Aqua Blizzard", which ATT&CK
  // lists under Gamaredon Group).
  const winner = new Map<string, Candidate>()
  for (const [n, m] of byNorm) {
    const own = m.get(n)
    const best =
      own && own.firm > 0 ? own : own ? ofCluster(own) : (firmest(m) ?? mostSupported(m.values(), support, ofCluster))
    if (best) winner.set(n, best)
  }
  // A cluster kept as itself takes along the names it shares with the group ATT&CK or the pack list its name under
  // ("RADIUM", Microsoft's former name for Raspberry Typhoon, which ATT&CK lists under Lotus Blossom with it).
  for (const [key, groups] of groupsNamed) {
    const c = winner.get(key)
    if (groups.size < 2 || c?.key !== key) continue
    const g = firmest(byNorm.get(key))?.key
    const shared = g === undefined ? undefined : groups.get(g)
    for (const a of shared ?? []) {
      if (a === g || winner.get(a)?.key !== g) continue
      // Only a name the cluster holds at least as firmly as the group ("BRONZE PRESIDENT", listed by every source
      // under Mustang Panda and by one cluster that lumps it, stays with Mustang Panda).
      const m = byNorm.get(a)
      if ((m?.get(key)?.count ?? 0) >= (m?.get(g!)?.count ?? 0)) winner.set(a, c)
    }
  }
  // Display name per actor: its Mandiant-style APTnn alias when that name is the same actor's, as both sides say:
  // the APTnn name resolves to this actor, or to a group that itself lists this actor's name (Microsoft's "Midnight
  // Blizzard" cluster lists APT29, and ATT&CK's APT29 lists Midnight Blizzard). A catalogue that lumps APT38 into
  // Lazarus Group does not make APT38 Lazarus Group's name (ATT&CK's APT38 does not list Lazarus Group).
  // A catalogue entry of the APTnn name's own that lists none of the actor's names keeps the two apart (MISP's "APT43",
  // beside its "Kimsuky" that lists APT43 as a synonym): the actor keeps its own name.
  const ownApt = new Map<string, Set<string>>()
  for (const e of entries) {
    if (!ACTOR_KINDS.has(e.kind) || !/^APT\s?\d{1,3}$/i.test(e.actorName.trim())) continue
    const k = normalizeAlias(e.actorName)
    const names = ownApt.get(k)
    if (names) names.add(normalizeAlias(e.alias))
    else ownApt.set(k, new Set([normalizeAlias(e.alias)]))
  }
  const aptName = new Map<string, string>()
  for (const e of entries) {
    if (!ACTOR_KINDS.has(e.kind)) continue
    const m = /^APT\s?(\d{1,3})$/i.exec(e.alias.trim())
    if (!m) continue
    const key = normalizeAlias(e.actorName)
    const own = ownApt.get(normalizeAlias(e.alias))
    if (own && own.size === 1 && key !== normalizeAlias(e.alias)) continue
    const apt = winner.get(normalizeAlias(e.alias))
    if (!apt) continue
    const same = apt.key === key || (byNorm.get(key)?.has(apt.key) ?? false)
    if (same && (!aptName.has(key) || apt.key === key)) aptName.set(key, `APT${m[1]}`)
  }

  const patterns: string[] = []
  const targets: Target[] = []
  const seenPattern = new Set<string>()
  for (const [n, m] of byNorm) {
    const best = winner.get(n)
    if (!best) continue
    const lower = n
    const isCommon = COMMON_WORDS.has(lower) || (/^[a-z]+$/i.test(best.alias) && best.alias.length <= 5)
    // Contested when the catalogues file the name under software about as often as under actors: a name that is
    // mostly an actor's (several actor entries, one catalogue's malware entry named after the group, as "Kimsuky" or
    // "Red Delta") is an actor's name wherever it stands.
    let actorCount = 0
    for (const v of m.values()) actorCount += v.count
    // (A criminal group of the gazetteer is named as a group wherever it stands: "one ransom note from LockBit".)
    const crime = CRIME_NAMES.has(n)
    const contested = !crime && software.has(n) && actorCount < 2 * software.get(n)!
    const campaign = campaigns.has(n)
    const allForms = spellings.get(n)!
    const wordLike =
      allForms.every((f) => /^(?:[A-Z][a-z]+|[A-Z]+|[a-z]+)$/.test(f)) &&
      (COMMON_WORDS.has(n) || allForms.every((f) => /^[A-Z]+$/.test(f)))
    const acronym = allForms.every((f) => /^[A-Z]{2,4}$/.test(f))
    // The surface forms to search: the alias as written, and with its separators as spaces or removed.
    const forms = new Set([best.alias])
    for (const v of m.values()) forms.add(v.alias)
    for (const f of [...forms]) {
      forms.add(f.replace(/[-_.]/g, ' '))
      forms.add(f.replace(/[-_.\s]/g, ''))
    }
    // A camel-case name also written as two words ("RedDelta" as "Red Delta"); only capitalised, as a name.
    const split = new Set<string>()
    for (const f of [...forms]) {
      if (!/^[A-Z][a-z]{2,}(?:[A-Z][a-z]{2,})+$/.test(f)) continue
      const g = f.replace(/([a-z])([A-Z])/g, '$1 $2')
      if (!forms.has(g)) split.add(g)
      forms.add(g)
    }
    for (const f of forms) {
      const key = fold(f)
      if (key.length < 3 || seenPattern.has(key)) continue
      seenPattern.add(key)
      patterns.push(f)
      targets.push({
        canonical: aptName.get(best.key) ?? best.name,
        actorId: best.id,
        caseSensitive: isCommon,
        exactCase: split.has(f),
        contested,
        alias: f,
        campaign,
        software: software.has(n) && !crime,
        crime,
        wordLike,
        acronym,
      })
    }
  }
  // The whole-word, leftmost-longest hits of the patterns (as selectHits over an Aho-Corasick search gives them).
  const words = new WordMatcher(patterns)

  return {
    patternCount: patterns.length,
    find(text: string): ActorMention[] {
      const hits = words.find(text)
      const out: ActorMention[] = []
      for (const h of hits) {
        const t = targets[h.pattern]!
        const mention = text.slice(h.start, h.end)
        if (!caseOk(mention, t)) continue
        if (t.acronym && mention !== mention.toUpperCase() && !actorContext(text, h.start, h.end)) continue
        if ((t.contested || t.campaign) && !actorContext(text, h.start, h.end)) continue
        // "Akira ransomware", "Carbanak malware": the software of the same name.
        // (One run of the expression for both tests, and none where the word after the hit cannot be a software word.)
        const sw = softwareWordAfter(text, h.end) ? SOFTWARE_AFTER.exec(text.slice(h.end, h.end + 20)) : null
        if (t.software && sw !== null) continue
        // "Cardinal RAT": with the word after it, the name of software in the catalogues.
        if (sw && software.has(normalizeAlias(mention + sw[0]))) continue
        // "Operation X" names a campaign; a one-word name inside a longer capitalised name is a word of that name.
        if (afterOperation(text, h.start)) continue
        // A criminal group's brand used as its software: "deploying the Conti and Trickbot malware", "infected with
        // LockBit" (its "ransomware" is the group's, as reporting writes it: "the LockBit ransomware gang").
        if (
          t.crime &&
          (CRIME_SOFTWARE_AFTER.test(text.slice(h.end, h.end + 40)) ||
            CRIME_SOFTWARE_BEFORE.test(text.slice(Math.max(0, h.start - 30), h.start)))
        )
          continue
        // A catalogue that files "Operation Wocao" under actors still names a campaign (unless the text also names the
        // group bare, more than once: "Operation Pawn Storm" beside "Pawn Storm hackers" and "behind Pawn Storm", a
        // vendor's name for the group behind it; not "the word Cleaver appeared" once).
        if ((mention.charCodeAt(0) | 32) === 111 && OPERATION_WORD.test(mention) && !namedBare(text, hits, mention))
          continue
        if (t.wordLike && insideLongerName(text, h.start, h.end)) continue
        // "malware such as TraderTraitor and AppleJeus": named as software, whatever else the catalogues file it as.
        // ("malware such as GOLD DRAKE's Dridex": the owner of the software named is an actor.)
        if (
          SOFTWARE_BEFORE.test(text.slice(Math.max(0, h.start - 90), h.start)) &&
          !POSSESSIVE.test(text.slice(h.end, h.end + 3))
        )
          continue
        // An actor's name that is also a product's, written as the product's ("Chromium"; the group is "CHROMIUM").
        if (PRODUCT_LOOKALIKES.has(mention.toLowerCase()) && mention !== mention.toUpperCase()) continue
        out.push(new IndexHit(mention, t.canonical, [h.start, h.end], t.actorId))
      }
      return describedCompaniesDropped(text, companyNamesDropped(text, campaignNamesDropped(text, out)))
    },
  }
}

interface Candidate {
  /** The actor's normalised name. */
  key: string
  name: string
  id: string
  /** Entries that give the alias to this actor; `firm`: 2 per ATT&CK entry among them, 1 per pack entry. */
  count: number
  firm: number
  /** One spelling of the alias. */
  alias: string
  /** Whether `id` and `name` are those of an ATT&CK or pack object. */
  firmId: boolean
}

/** The candidate ATT&CK or the pack give the name to most firmly, if any. */
function firmest(m: Map<string, Candidate> | undefined): Candidate | undefined {
  let best: Candidate | undefined
  for (const v of m?.values() ?? []) if (v.firm > 0 && (!best || v.firm > best.firm)) best = v
  return best
}

/** The candidate most entries give a name to (ties: the actor with more names in all, then an APTnn name). */
function mostSupported(
  cands: Iterable<Candidate>,
  support: Map<string, number>,
  then: (c: Candidate) => Candidate,
): Candidate | undefined {
  let best: Candidate | undefined
  let bestScore = -1
  for (const v of cands) {
    const score = v.count * 1e6 + (support.get(v.key) ?? 0) * 10 + (/^APT\s?\d+$/i.test(v.name) ? 5 : 0)
    if (score > bestScore) {
      best = v
      bestScore = score
    }
  }
  return best && then(best)
}

// Right after a name: it names a campaign ("the Cloud Hopper campaign", "China's Cloud Hopper hacking campaign").
const CAMPAIGN_AFTER =
  /^[\s-]+(?:(?:hacking|espionage|cyber[- ]?espionage|cyber|intrusion|phishing)\s+)?(?:campaign|operation)s?\b/i

/**
 * A name the text uses only as a campaign's ("the actor behind the Cloud Hopper campaign") while it names the actor
 * otherwise (another alias or an actor-name shape of the same canonical) is the campaign's name, not a mention.
 */
function campaignNamesDropped(text: string, hits: ActorMention[]): ActorMention[] {
  // Whether each hit names a campaign, and each hit's name key, asked once per hit.
  const naming: boolean[] = []
  let any = false
  for (const a of hits) {
    const n = namesCampaign(text, a)
    naming.push(n)
    any ||= n
  }
  if (!any) return hits
  const keys: string[] = []
  for (const a of hits) keys.push(nameKey(a))
  const onlyCampaign = new Set<string>()
  for (let i = 0; i < hits.length; i++) if (naming[i]) onlyCampaign.add(keys[i]!)
  for (let i = 0; i < hits.length; i++) if (!naming[i]) onlyCampaign.delete(keys[i]!)
  // (Nothing to drop: every hit is kept.)
  if (onlyCampaign.size === 0) return hits
  const other = new Set<string>()
  for (let i = 0; i < hits.length; i++) if (!onlyCampaign.has(keys[i]!)) other.add(hits[i]!.canonical)
  for (const a of shapesIn(text)) if (!onlyCampaign.has(nameKey(a))) other.add(a.canonical)
  const out: ActorMention[] = []
  for (let i = 0; i < hits.length; i++)
    if (!(onlyCampaign.has(keys[i]!) && other.has(hits[i]!.canonical))) out.push(hits[i]!)
  return out
}

// At module level, not closures made per call (tsx wraps each closure it makes in a naming call).
/** Whether the mention `a` of `text` is followed by "campaign" or "operation". */
function namesCampaign(text: string, a: ActorMention): boolean {
  // (The expression begins with whitespace or "-": without one after the name, no copy and no test.)
  const c = text.charCodeAt(a.span[1])
  if (c !== 45 && !isSpaceCode(c)) return false
  return CAMPAIGN_AFTER.test(text.slice(a.span[1], a.span[1] + 40))
}

/** A mention's letters and digits, case-folded: the same name however it is spelt. */
function nameKey(a: ActorMention): string {
  return fold(a.mention).replace(/[^a-z0-9]/g, '')
}

const UPPER_FIRST = /^\p{Lu}/u
function caseOk(mention: string, t: Target): boolean {
  // A mention in all lower case of a name that has capitals is a word, not a name ("will", "lead", "turla" in a URL).
  if (mention === mention.toLowerCase() && t.alias !== t.alias.toLowerCase()) return false
  if (t.exactCase && mention !== t.alias) return false
  if (t.caseSensitive) {
    if (!UPPER_FIRST.test(mention)) return false
  }
  return true
}

function actorContext(text: string, start: number, end: number): boolean {
  return (
    ACTOR_CONTEXT_AFTER.test(text.slice(end, end + 24)) ||
    ACTOR_CONTEXT_BEFORE.test(text.slice(Math.max(0, start - 48), start))
  )
}

// Vendor naming schemes: the shape alone says "actor".
const CROWDSTRIKE = 'Panda|Bear|Kitten|Chollima|Spider|Tiger|Leopard|Buffalo|Jackal|Ocelot|Crane|Hawk|Lynx|Wolf|Saiga'
const MICROSOFT = 'Typhoon|Blizzard|Sandstorm|Sleet|Tempest|Hail|Cyclone|Tsunami'
const PALO_ALTO = 'Taurus|Ursa|Serpens|Libra|Pisces|Scorpius|Draco|Orion|Lynx|Aries|Virgo|Gemini|Columba'
const SECUREWORKS =
  'BRONZE|IRON|COBALT|NICKEL|TUNGSTEN|GOLD|ALUMINUM|ZINC|COPPER|PLATINUM|SILVER|TIN|LEAD|CARBON|MERCURY|BARIUM|BORON|TITANIUM|CHROMIUM'
const RF_COLOURS = 'Red|Blue|Green|Purple|Yellow|Gray|Grey|Orange|White|Black'
const RF_WORDS =
  'Alpha|Bravo|Charlie|Delta|Echo|Foxtrot|Golf|Hotel|India|Juliett|Kilo|Lima|Mike|November|Oscar|Papa|Quebec|Romeo|Sierra|Tango|Uniform|Victor|Whiskey|Xray|Yankee|Zulu'
const CAP = String.raw`[A-Z][a-zA-Z]+`
// The one-word names and adjectives of states (a hacktivist front's second word).
const STATE_WORDS = [
  ...new Set(COUNTRIES.flatMap((c) => [c.name, ...c.adjectives, ...c.aliases]).filter((w) => /^[A-Z][a-z]+$/.test(w))),
]
  .sort((a, b) => b.length - a.length)
  .join('|')
/**
 * A shape and where its matches can start. `words`: every match contains one of them as written. By default every
 * match begins with one of them; with `namesBefore` the word ends the match, after `namesBefore` capitalised names
 * (at most) and a space.
 */
export interface Shape {
  re: RegExp
  words: string[]
  namesBefore?: 1 | 2
}
export const SHAPES: readonly Shape[] = [
  { re: /\bAPT[- ]?C[- ]?\d{1,3}\b/g, words: ['APT'] },
  { re: /\bAPT[- ]?Q[- ]?\d{1,3}\b/g, words: ['APT'] },
  { re: /\bAPT[- ]?\d{1,3}\b/g, words: ['APT'] },
  { re: /\bAdvanced Persistent Threat(?: Group)? ?\d{1,3}\b/g, words: ['Advanced Persistent Threat'] },
  {
    re: /\b(?:UNC|TA|FIN|DEV-|Dev-|Storm-|STORM-|UAC-|UAT-|TAG-|TEMP\.)\d{2,5}\b/g,
    words: ['UNC', 'TA', 'FIN', 'DEV-', 'Dev-', 'Storm-', 'STORM-', 'UAC-', 'UAT-', 'TAG-', 'TEMP.'],
  },
  // Volexity UTA, Sophos STAC, Cisco Talos UAT, IBM X-Force ITG and Hive, Secureworks TG, Thales ATK.
  {
    re: /\b(?:UTA\d{4}|STAC\d{4}|UAT\d{4}|ITG\d{2}|Hive\d{4}|TG-\d{4}|ATK\d{1,3})\b/g,
    words: ['UTA', 'STAC', 'UAT', 'ITG', 'Hive', 'TG-', 'ATK'],
  },
  // Recorded Future: a colour and a word of the phonetic alphabet, as one word ("RedDelta", "BlueBravo").
  {
    re: new RegExp(String.raw`\b(?:${RF_COLOURS})(?:${RF_WORDS})\b`, 'g'),
    words: RF_COLOURS.split('|'),
  },
  { re: /\bTEMP\.[A-Z][a-z]+\b/g, words: ['TEMP.'] },
  { re: /\b(?:TGR-UNK|TGR-STA|CL-STA|CL-CRI|CL-UNK)-\d{3,5}\b/g, words: ['TGR-', 'CL-'] },
  { re: /\bDEV-\d{4}\b/g, words: ['DEV-'] },
  {
    re: new RegExp(String.raw`\b${CAP}(?: ${CAP})? (?:${CROWDSTRIKE})\b`, 'g'),
    words: CROWDSTRIKE.split('|'),
    namesBefore: 2,
  },
  { re: new RegExp(String.raw`\b${CAP} (?:${MICROSOFT})\b`, 'g'), words: MICROSOFT.split('|'), namesBefore: 1 },
  { re: new RegExp(String.raw`\b${CAP} (?:${PALO_ALTO})\b`, 'g'), words: PALO_ALTO.split('|'), namesBefore: 1 },
  { re: new RegExp(String.raw`\b(?:${SECUREWORKS}) [A-Z]{3,}\b`, 'g'), words: SECUREWORKS.split('|') },
  { re: /\bEarth [A-Z][a-z]+\b/g, words: ['Earth '] },
  { re: /\bVoid [A-Z][a-z]+\b/g, words: ['Void '] },
  // Hacktivist fronts named after a state ("Anonymous Sudan", "Anonymous Russia"): the group, not the state.
  { re: new RegExp(String.raw`\bAnonymous (?:${STATE_WORDS})\b`, 'g'), words: ['Anonymous '] },
]
// Sticky copies, tried only where a match can start (the global scan would find the same matches).
const SHAPE_AT = SHAPES.map((sh) => stickyCopy(sh.re))

// Every shape word in one expression, longest first, so that at a position it matches the longest word there (any
// other word starting there is a prefix of it). Every word begins with a letter, and in every match of a shape its
// word stands after a word boundary (the expression's \b, or the space before a suffix word), so only occurrences at a
// boundary matter, and the expression finds each of those.
const SHAPE_WORDS = [...new Set(SHAPES.flatMap((sh) => sh.words))].sort((a, b) => b.length - a.length)
const SHAPE_WORD_RE = new RegExp(String.raw`\b(?:${SHAPE_WORDS.map(escapeRe).join('|')})`, 'g')
// For each word, the shapes one of whose words starts where it starts (the shapes of the word and of its prefixes).
const SHAPES_OF_WORD = new Map(
  SHAPE_WORDS.map((w) => [w, SHAPES.flatMap((sh, i) => (sh.words.some((u) => w.startsWith(u)) ? [i] : []))]),
)

/** Per shape (index in SHAPES), the ascending positions of its words at a word boundary, from one scan. */
function shapeWordStarts(text: string): number[][] {
  const at: number[][] = SHAPES.map(() => [])
  SHAPE_WORD_RE.lastIndex = 0
  for (let m = SHAPE_WORD_RE.exec(text); m !== null; m = SHAPE_WORD_RE.exec(text)) {
    for (const i of SHAPES_OF_WORD.get(m[0])!) at[i]!.push(m.index)
    // Go on right after the start: a word starting inside this one is not skipped.
    SHAPE_WORD_RE.lastIndex = m.index + 1
  }
  return at
}

/**
 * Where a shape's matches can start, given the positions of its words: at those, or, for a shape ending with a word,
 * at the capitalised names before it. A name there is `[A-Z][a-zA-Z]+` after a word boundary, so it is the whole run
 * of ASCII letters before the space (a run starting earlier would have a letter before the name, and no boundary).
 */
function shapeStartsAt(text: string, sh: Shape, at: number[]): number[] {
  if (sh.namesBefore === undefined || at.length === 0) return at
  const out: number[] = []
  for (const k of at) {
    if (text.charCodeAt(k - 1) !== 32) continue
    const last = letterRunStart(text, k - 1)
    if (last === k - 1) continue
    if (sh.namesBefore === 2 && text.charCodeAt(last - 1) === 32) {
      const first = letterRunStart(text, last - 1)
      if (first < last - 1) out.push(first)
    }
    out.push(last)
  }
  return out.sort((a, b) => a - b)
}

/** Per shape (index in SHAPES), where its matches can start; for tests. */
export function shapeStarts(text: string): number[][] {
  const at = shapeWordStarts(text)
  return SHAPES.map((sh, i) => shapeStartsAt(text, sh, at[i]!))
}

/** The start of the run of ASCII letters that ends right before `end`. */
function letterRunStart(text: string, end: number): number {
  let s = end
  for (let c = text.charCodeAt(s - 1); s > 0 && (c | 32) >= 97 && (c | 32) <= 122; c = text.charCodeAt(s - 1)) s--
  return s
}

// First words that make a shape match a phrase rather than a name ("Russian Bear", "The Typhoon").
const SHAPE_STOP = new Set(
  `the a an this that these those its their our his her big great new old last next first every each any some no winter
  summer spring autumn fall tropical super severe category perfect solar snow ice dust sand brown black white red blue
  green yellow grizzly polar teddy giant red-eyed russian chinese iranian korean north south east west`
    .split(/\s+/)
    .filter(Boolean),
)

// Each shape as a whole-string test (for a match with its first word taken off).
const SHAPE_WHOLE = SHAPES.map((sh) => new RegExp(`^(?:${sh.re.source})$`))
// Names of vendors and products that have an actor name's shape.
const SHAPE_LOOKALIKES = new Set(['arctic wolf'])
let orgWords: Set<string> | undefined
/** Whether the name after "Operation " in `mention` stands bare (not after "Operation") in two hits or more. */
function namedBare(text: string, hits: readonly { start: number; end: number }[], mention: string): boolean {
  const name = mention.slice(10).toLowerCase()
  let n = 0
  for (const o of hits)
    if (
      o.end - o.start === name.length &&
      !afterOperation(text, o.start) &&
      text.slice(o.start, o.end).toLowerCase() === name
    )
      if (++n === 2) return true
  return false
}

/** Whether a first word of a shape match is no part of the name: a phrase word, a vendor's name, "Operation". */
function shapePrefix(word: string): boolean {
  if (SHAPE_STOP.has(word.toLowerCase()) || word === 'Operation') return true
  if (!orgWords) {
    // One-word names of known organisations and vendors (their single-word forms), and the research teams named
    // before a vendor's names for actors.
    orgWords = new Set(['Talos', 'GDATA', 'Unit42'])
    for (const o of KNOWN_ORGS) for (const f of o.forms) if (/^[A-Z][\w-]+$/.test(f)) orgWords.add(f)
  }
  return orgWords.has(word)
}

/** Canonical spelling of a shape-recognised name ("APT 10" → "APT10", "Advanced Persistent Threat Group 31" → "APT31"). */
export function shapeCanonical(name: string): string {
  // (Each expression is tried only on a name that starts with its first letter.)
  const first = name.charCodeAt(0)
  if (first === 65) {
    const apt = APT_NUMBERED.exec(name)
    if (apt) return `APT${apt[1]}`
    const c = APT_LETTERED.exec(name)
    if (c) return `APT-${c[1]}-${c[2]}`
  }
  // Microsoft's spellings: "STORM-0558" → "Storm-0558", "Dev-0537" → "DEV-0537".
  const lower = first | 32
  if (lower === 115 || lower === 100) {
    const ms = MICROSOFT_NUMBERED.exec(name)
    if (ms) return `${lower === 115 ? 'Storm' : 'DEV'}-${ms[1]}`
  }
  return name
}
const APT_NUMBERED = /^(?:APT[- ]?|Advanced Persistent Threat(?: Group)? ?)(\d{1,3})$/
const APT_LETTERED = /^APT[- ]?([CQ])[- ]?(\d{1,3})$/
const MICROSOFT_NUMBERED = /^(?:storm|dev)-(\d+)$/i

/** Actor names recognised by their shape alone. */
export function findActorShapes(text: string): ActorMention[] {
  // The matcher asks first (to tell campaign names from actor names), then the pipeline: one scan per text, and fresh
  // objects for each caller, since the pipeline edits the mentions it is given.
  // Built by pushing onto one array literal, not by `map`: `map` gives an empty and a full array different element
  // kinds, and the caller's `for … of` over the result then deoptimised extractFromText (whose recompiling, with all
  // it inlines, takes TurboFan 0.4–1.7 s) whenever a document brought the kind its optimised code had not seen. The
  // literal's allocation site keeps the kind it has once held objects, so every result has the same map.
  const shapes = shapesIn(text)
  const out: ActorMention[] = []
  for (let i = 0; i < shapes.length; i++) {
    const m = shapes[i]!
    out.push({ ...m, span: [m.span[0], m.span[1]] })
  }
  return out
}

/** The shape mentions of `text`, kept for the last text (not to be edited: findActorShapes gives copies). */
function shapesIn(text: string): readonly ActorMention[] {
  if (text !== shapesText) {
    shapesText = text
    shapesFound = shapesOf(text)
  }
  return shapesFound
}
let shapesText: string | undefined
let shapesFound: ActorMention[] = []

function shapesOf(text: string): ActorMention[] {
  const out: ActorMention[] = []
  const starts = shapeStarts(text)
  for (let i = 0; i < SHAPES.length; i++) {
    for (const m of matchAtStarts(SHAPE_AT[i]!, text, starts[i]!)) {
      let mention = m[0]
      let at = m.index
      // A first word that is no part of the name: a phrase word ("the", "Russian") or a vendor's name ("FireEye
      // Clandestine Wolf", "SolarWinds Orion"): the rest, if it still has the shape.
      while (mention.includes(' ') && shapePrefix(mention.slice(0, mention.indexOf(' ')))) {
        const sp = mention.indexOf(' ') + 1
        mention = mention.slice(sp)
        at += sp
      }
      if (mention !== m[0] && !SHAPE_WHOLE[i]!.test(mention)) continue
      // "Operation Hidden Wolf" names a campaign.
      if (afterOperation(text, at)) continue
      const end = at + mention.length
      if (isWordChar(text, at - 1) || isWordChar(text, end)) continue
      if (text[at - 1] === '/' || text[end] === '/') continue
      // An identifier that goes on ("TA18-106A", a US-CERT alert) is not the name.
      if (text[end] === '-' && isWordChar(text, end + 1)) continue
      if (SHAPE_LOOKALIKES.has(mention.toLowerCase())) continue
      out.push({ mention, canonical: shapeCanonical(mention), span: [at, end], via: 'shape' })
    }
  }
  return out
}

/**
 * Names the text presents as a company's ("the Israeli company NSO Group", "Candiru, an Israeli spyware maker,"): a
 * commercial vendor that some catalogues file as an actor (MISP files NSO Group under Night Tsunami) is, in a text that
 * calls it a company, that company, wherever its name occurs.
 */
function describedCompaniesDropped(text: string, mentions: ActorMention[]): ActorMention[] {
  let companies: Set<string> | undefined
  for (const m of mentions)
    if (
      COMPANY_NOUN_BEFORE.test(text.slice(Math.max(0, m.span[0] - 20), m.span[0])) ||
      COMPANY_APPOSITION_AFTER.test(text.slice(m.span[1], m.span[1] + 60))
    )
      (companies ??= new Set()).add(m.canonical)
  return companies ? mentions.filter((m) => !companies.has(m.canonical)) : mentions
}
const COMPANY_NOUN_BEFORE = /\b(?:company|firm|maker|vendor|developer|manufacturer|startup)\s+$/
const COMPANY_APPOSITION_AFTER =
  /^,\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?(?:company|firm|maker|vendor|developer|manufacturer|startup)\b(?!\s+(?:said|says|added|told|wrote|noted|reported|stated|believes|assessed)\b)/

/**
 * One-word actor names that are a word of a company's name the text gives in full: "the company Sichuan Silence
 * Information Technology Company (Sichuan Silence)" names no actor called Silence, there or where the short form is
 * used again ("worked for Sichuan Silence"). The company's name is the capitalised word before the hit plus the hit.
 */
function companyNamesDropped(text: string, mentions: ActorMention[]): ActorMention[] {
  let prefixes: Set<string> | undefined
  for (const m of mentions) {
    if (!ONE_CAPITALISED_WORD.test(m.mention)) continue
    const before = CAPITALISED_BEFORE.exec(text.slice(Math.max(0, m.span[0] - 40), m.span[0]))
    if (before && COMPANY_NAME_AROUND.test(text.slice(m.span[1], m.span[1] + 80)))
      (prefixes ??= new Set()).add(`${before[1]} ${m.mention}`)
  }
  if (!prefixes) return mentions
  return mentions.filter((m) => {
    const before = CAPITALISED_BEFORE.exec(text.slice(Math.max(0, m.span[0] - 40), m.span[0]))
    return !(before && prefixes.has(`${before[1]} ${m.mention}`))
  })
}
