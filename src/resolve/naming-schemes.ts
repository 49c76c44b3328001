// Vendor naming schemes as data. Each family says which shape of name it covers, what that shape implies (origin
// or motivation) and where the vendor documents it. The matcher below knows only the shapes, never a vendor.
// Where a vendor's own page does not state a family's meaning, the meaning is left out rather than guessed; the few
// families whose meaning rests on third-party mappings say so in `note`.

/** How a family's names are built. */
export type NamingShape =
  /** "<one or two words> <word>": CrowdStrike "Kryptonite Panda", Microsoft "Gingham Typhoon". */
  | 'suffix'
  /** "<word> <one or two words>": Secureworks "BRONZE MOHAWK", Trend Micro "Earth Lusca". */
  | 'prefix'
  /** A whole-name pattern (case-insensitive): Mandiant "APT40", Proofpoint "TA423", Microsoft "Storm-0558". */
  | 'code'
  /** A single word from a closed list (Microsoft's pre-2023 chemical element names). */
  | 'word-list'
  /** A single word ending with one of the given endings (Dragos minerals "VOLTZITE", Symantec insects). */
  | 'word-ending'

/** One family of one vendor's naming scheme. */
export interface NamingFamily {
  vendor: string
  /** The family as the vendor writes it: "Panda", "Typhoon", "BRONZE", "APT##", "UNC####". */
  family: string
  shape: NamingShape
  /** For suffix/prefix: the family word. For code: a regular expression source matched against the whole name. */
  match?: string
  /** For word-list and word-ending: the words or endings (upper case). */
  words?: readonly string[]
  /** Country or region of origin the family implies, when it implies one. */
  origin?: string
  /** Motivation the family implies ("financially motivated", "hacktivist", "influence operations" …). */
  motivation?: string
  /** For word-list and word-ending: only names written in capitals count ("VOLTZITE", not "Kryptonite"). */
  capitalsOnly?: boolean
  /** Where the vendor (or, see `note`, a public mapping) documents the family. */
  source: string
  note?: string
}

/** What {@link namingScheme} says about a name's shape. */
export interface NamingSchemeMatch {
  vendor: string
  family: string
  origin?: string
  motivation?: string
  source: string
}

const CROWDSTRIKE = 'https://www.crowdstrike.com/blog/meet-the-adversaries/'
const CROWDSTRIKE_2 = 'https://www.crowdstrike.com/en-us/blog/naming-adversaries-and-why-it-matters-to-security-teams/'
const MICROSOFT = 'https://learn.microsoft.com/en-us/microsoft-365/security/intelligence/microsoft-threat-actor-naming'
const MICROSOFT_2023 =
  'https://www.microsoft.com/en-us/security/blog/2023/04/18/microsoft-shifts-to-a-new-threat-actor-naming-taxonomy/'
const MICROSOFT_FEED =
  'https://raw.githubusercontent.com/microsoft/mstic/master/PublicFeeds/ThreatActorNaming/MicrosoftMapping.json'
const SECUREWORKS = 'https://docs.ctpx.secureworks.com/intelligence/threat_groups/'
const SECUREWORKS_PROFILES = 'https://www.secureworks.com/research/threat-profiles'
const MANDIANT_UNC = 'https://www.mandiant.com/resources/blog/how-mandiant-tracks-uncategorized-threat-actors'
const MANDIANT_APT = 'https://www.mandiant.com/resources/insights/apt-groups'
const UNIT42 = 'https://unit42.paloaltonetworks.com/threat-actor-groups-tracked-by-palo-alto-networks-unit-42/'
// A third-party summary of several vendors' conventions (CrowdStrike, Mandiant, Recorded Future, Microsoft).
const CONVENTIONS = 'https://andreafortuna.org/2023/07/17/threat-actor-naming-conventions-a-big-mess/'
const GTI = 'https://github.com/MISP/misp-galaxy/pull/1247'
// MISP's threat-actor galaxy records which vendor coined each name (meta.name-attribution); families whose shape is
// evidenced only there cite it and say so in `note`.
const MISP = 'https://github.com/MISP/misp-galaxy/blob/main/clusters/threat-actor.json'
const THREE60 = 'https://github.com/MISP/misp-galaxy/blob/main/clusters/360net.json'
const PERIODIC_TABLE = 'https://iupac.org/what-we-do/periodic-table-of-elements/'

const byMisp = (vendor: string): string => `shape from MISP name-attribution (producer: ${vendor})`
const fromMisp = (what: string): string => `meaning from MISP clusters: ${what}`

const MANDIANT_NOTE = 'Mandiant (now Google Threat Intelligence) assigns APT## only after attributing a state sponsor'

/** Chemical element names, which Microsoft used for nation-state groups until April 2023 (STRONTIUM, GADOLINIUM …). */
export const CHEMICAL_ELEMENTS: readonly string[] = [
  'HYDROGEN',
  'HELIUM',
  'LITHIUM',
  'BERYLLIUM',
  'BORON',
  'CARBON',
  'NITROGEN',
  'OXYGEN',
  'FLUORINE',
  'NEON',
  'SODIUM',
  'MAGNESIUM',
  'ALUMINIUM',
  'ALUMINUM',
  'SILICON',
  'PHOSPHORUS',
  'SULFUR',
  'SULPHUR',
  'CHLORINE',
  'ARGON',
  'POTASSIUM',
  'CALCIUM',
  'SCANDIUM',
  'TITANIUM',
  'VANADIUM',
  'CHROMIUM',
  'MANGANESE',
  'IRON',
  'COBALT',
  'NICKEL',
  'COPPER',
  'ZINC',
  'GALLIUM',
  'GERMANIUM',
  'ARSENIC',
  'SELENIUM',
  'BROMINE',
  'KRYPTON',
  'RUBIDIUM',
  'STRONTIUM',
  'YTTRIUM',
  'ZIRCONIUM',
  'NIOBIUM',
  'MOLYBDENUM',
  'TECHNETIUM',
  'RUTHENIUM',
  'RHODIUM',
  'PALLADIUM',
  'SILVER',
  'CADMIUM',
  'INDIUM',
  'TIN',
  'ANTIMONY',
  'TELLURIUM',
  'IODINE',
  'XENON',
  'CAESIUM',
  'CESIUM',
  'BARIUM',
  'LANTHANUM',
  'CERIUM',
  'PRASEODYMIUM',
  'NEODYMIUM',
  'PROMETHIUM',
  'SAMARIUM',
  'EUROPIUM',
  'GADOLINIUM',
  'TERBIUM',
  'DYSPROSIUM',
  'HOLMIUM',
  'ERBIUM',
  'THULIUM',
  'YTTERBIUM',
  'LUTETIUM',
  'HAFNIUM',
  'TANTALUM',
  'TUNGSTEN',
  'RHENIUM',
  'OSMIUM',
  'IRIDIUM',
  'PLATINUM',
  'GOLD',
  'MERCURY',
  'THALLIUM',
  'LEAD',
  'BISMUTH',
  'POLONIUM',
  'ASTATINE',
  'RADON',
  'FRANCIUM',
  'RADIUM',
  'ACTINIUM',
  'THORIUM',
  'PROTACTINIUM',
  'URANIUM',
  'NEPTUNIUM',
  'PLUTONIUM',
  'AMERICIUM',
  'CURIUM',
  'BERKELIUM',
  'CALIFORNIUM',
  'EINSTEINIUM',
  'FERMIUM',
  'MENDELEVIUM',
  'NOBELIUM',
  'LAWRENCIUM',
  'RUTHERFORDIUM',
  'DUBNIUM',
  'SEABORGIUM',
  'BOHRIUM',
  'HASSIUM',
  'MEITNERIUM',
  'DARMSTADTIUM',
  'ROENTGENIUM',
  'COPERNICIUM',
  'NIHONIUM',
  'FLEROVIUM',
  'MOSCOVIUM',
  'LIVERMORIUM',
  'TENNESSINE',
  'OGANESSON',
]

const suffix = (
  vendor: string,
  family: string,
  source: string,
  meaning: { origin?: string; motivation?: string; note?: string } = {},
): NamingFamily => ({ vendor, family, shape: 'suffix', match: family, source, ...meaning })
const prefix = (
  vendor: string,
  family: string,
  source: string,
  meaning: { origin?: string; motivation?: string; note?: string } = {},
): NamingFamily => ({ vendor, family, shape: 'prefix', match: family, source, ...meaning })
const code = (
  vendor: string,
  family: string,
  match: string,
  source: string,
  meaning: { origin?: string; motivation?: string; note?: string } = {},
): NamingFamily => ({ vendor, family, shape: 'code', match, source, ...meaning })

/**
 * Every naming family Mosaic recognises, in precedence order: whole-name codes first, then suffix families, then
 * prefix families, then single-word families (so "Void Blizzard" is Microsoft's, not Trend Micro's "Void").
 */
export const NAMING_FAMILIES: readonly NamingFamily[] = [
  // Whole-name codes.
  code('Mandiant', 'APT##', '^APT\\s?-?\\d{1,3}$', MANDIANT_APT, {
    motivation: 'state-sponsored',
    note: MANDIANT_NOTE,
  }),
  code('Mandiant', 'FIN##', '^FIN\\s?-?\\d{1,3}$', MANDIANT_APT, { motivation: 'financially motivated' }),
  code('Mandiant', 'UNC####', '^UNC\\s?-?\\d{1,5}$', MANDIANT_UNC, { motivation: 'uncategorised cluster' }),
  code('Mandiant', 'TEMP.', '^TEMP\\.[A-Za-z][\\w.]*$', MANDIANT_UNC, { motivation: 'temporary name' }),
  code('Proofpoint', 'TA###', '^TA\\s?-?\\d{3,4}$', MISP, { note: byMisp('Proofpoint') }),
  code('Microsoft', 'Storm-####', '^Storm\\s?-?\\d{3,4}$', MICROSOFT, { motivation: 'group in development' }),
  code('Microsoft', 'DEV-####', '^DEV\\s?-?\\d{3,4}$', MICROSOFT_2023, {
    motivation: 'group in development (pre-2023)',
  }),
  code('Microsoft', 'CovertNetwork-####', '^CovertNetwork\\s?-?\\d{3,5}$', MICROSOFT_FEED, {
    motivation: 'covert network',
  }),
  code('Qihoo 360', 'APT-C-##', '^APT\\s?-?C\\s?-?\\d{1,3}$', THREE60),
  code('Secureworks', 'TG-####', '^TG\\s?-?\\d{3,4}$', SECUREWORKS_PROFILES, {
    note: 'older Secureworks "Threat Group" numbers',
  }),
  code('Cisco Talos', 'UAT-####', '^UAT\\s?-?\\d{3,5}$', MISP, { note: byMisp('Cisco Talos Intelligence Group') }),
  code('Recorded Future', 'TAG-##', '^TAG\\s?-?\\d{1,3}$', CONVENTIONS, { motivation: 'temporary name' }),
  code('IBM X-Force', 'ITG##', '^ITG\\s?-?\\d{1,3}$', MISP, { note: 'ITG09 (APT40) and others in MISP synonyms' }),
  code('IBM X-Force', 'Hive####', '^Hive\\s?-?\\d{3,4}$', MISP, { note: 'Hive0### names in MISP synonyms' }),
  code('CERT-UA', 'UAC-####', '^UAC\\s?-?\\d{3,4}$', MISP, { note: 'UAC-0113 and others in MISP synonyms' }),
  code('Elastic Security Labs', 'REF####', '^REF\\s?-?\\d{3,5}$', MISP, { note: byMisp('Elastic') }),
  code(
    'Recorded Future',
    'Red <NATO letter>',
    '^Red\\s?(Alpha|Bravo|Charlie|Delta|Echo|Foxtrot|Golf|Hotel|India|Juliett?|Kilo|Lima|Mike|November|Oscar|Papa|Quebec|Romeo|Sierra|Tango|Uniform|Victor|Whiskey|X-?ray|Yankee|Zulu)$',
    CONVENTIONS,
    { origin: 'China' },
  ),
  code(
    'Recorded Future',
    'Blue <NATO letter>',
    '^Blue\\s?(Alpha|Bravo|Charlie|Delta|Echo|Foxtrot|Golf|Hotel|India|Juliett?|Kilo|Lima|Mike|November|Oscar|Papa|Quebec|Romeo|Sierra|Tango|Uniform|Victor|Whiskey|X-?ray|Yankee|Zulu)$',
    CONVENTIONS,
    { origin: 'Russia' },
  ),
  code(
    'Recorded Future',
    'Green <NATO letter>',
    '^Green\\s?(Alpha|Bravo|Charlie|Delta|Echo|Foxtrot|Golf|Hotel|India|Juliett?|Kilo|Lima|Mike|November|Oscar|Papa|Quebec|Romeo|Sierra|Tango|Uniform|Victor|Whiskey|X-?ray|Yankee|Zulu)$',
    CONVENTIONS,
    { origin: 'Iran' },
  ),
  code(
    'Recorded Future',
    'Purple <NATO letter>',
    '^Purple\\s?(Alpha|Bravo|Charlie|Delta|Echo|Foxtrot|Golf|Hotel|India|Juliett?|Kilo|Lima|Mike|November|Oscar|Papa|Quebec|Romeo|Sierra|Tango|Uniform|Victor|Whiskey|X-?ray|Yankee|Zulu)$',
    CONVENTIONS,
    { origin: 'North Korea' },
  ),
  code(
    'Recorded Future',
    'Gray <NATO letter>',
    '^Gr[ae]y\\s?(Alpha|Bravo|Charlie|Delta|Echo|Foxtrot|Golf|Hotel|India|Juliett?|Kilo|Lima|Mike|November|Oscar|Papa|Quebec|Romeo|Sierra|Tango|Uniform|Victor|Whiskey|X-?ray|Yankee|Zulu)$',
    CONVENTIONS,
    { motivation: 'cybercrime' },
  ),

  // CrowdStrike animals.
  suffix('CrowdStrike', 'Panda', CROWDSTRIKE, { origin: 'China' }),
  suffix('CrowdStrike', 'Bear', CROWDSTRIKE, { origin: 'Russia' }),
  suffix('CrowdStrike', 'Kitten', CROWDSTRIKE, { origin: 'Iran' }),
  suffix('CrowdStrike', 'Chollima', CROWDSTRIKE, { origin: 'North Korea' }),
  suffix('CrowdStrike', 'Tiger', CROWDSTRIKE, { origin: 'India' }),
  suffix('CrowdStrike', 'Leopard', CROWDSTRIKE, { origin: 'Pakistan' }),
  suffix('CrowdStrike', 'Buffalo', CROWDSTRIKE, { origin: 'Vietnam' }),
  suffix('CrowdStrike', 'Crane', CROWDSTRIKE, { origin: 'South Korea' }),
  suffix('CrowdStrike', 'Spider', CROWDSTRIKE_2, { motivation: 'eCrime' }),
  suffix('CrowdStrike', 'Jackal', CROWDSTRIKE_2, { motivation: 'hacktivist' }),
  suffix('CrowdStrike', 'Ocelot', CONVENTIONS, { origin: 'Colombia' }),
  suffix('CrowdStrike', 'Lynx', CONVENTIONS, { origin: 'Georgia' }),
  suffix('CrowdStrike', 'Wolf', CONVENTIONS, { origin: 'Turkey' }),
  suffix('CrowdStrike', 'Saiga', MISP, { origin: 'Kazakhstan', note: fromMisp('Comrade Saiga = YoroTrooper (KZ)') }),

  // Microsoft weather families (April 2023).
  suffix('Microsoft', 'Typhoon', MICROSOFT, { origin: 'China' }),
  suffix('Microsoft', 'Blizzard', MICROSOFT, { origin: 'Russia' }),
  suffix('Microsoft', 'Sandstorm', MICROSOFT, { origin: 'Iran' }),
  suffix('Microsoft', 'Sleet', MICROSOFT, { origin: 'North Korea' }),
  suffix('Microsoft', 'Cyclone', MICROSOFT, { origin: 'Vietnam' }),
  suffix('Microsoft', 'Hail', MICROSOFT, { origin: 'South Korea' }),
  suffix('Microsoft', 'Rain', MICROSOFT, { origin: 'Lebanon' }),
  suffix('Microsoft', 'Dust', MICROSOFT, { origin: 'Türkiye' }),
  suffix('Microsoft', 'Gust', MICROSOFT_FEED, { origin: 'United Arab Emirates' }),
  suffix('Microsoft', 'Squall', MICROSOFT_FEED, { origin: 'Singapore' }),
  suffix('Microsoft', 'Tempest', MICROSOFT, { motivation: 'financially motivated' }),
  suffix('Microsoft', 'Flood', MICROSOFT, { motivation: 'influence operations' }),
  suffix('Microsoft', 'Tsunami', MICROSOFT, { motivation: 'private-sector offensive actor' }),
  suffix('Microsoft', 'Lightning', MICROSOFT_FEED),

  // Palo Alto Networks Unit 42 constellations (July 2022).
  suffix('Palo Alto Networks Unit 42', 'Ursa', UNIT42, { origin: 'Russia' }),
  suffix('Palo Alto Networks Unit 42', 'Taurus', UNIT42, { origin: 'China' }),
  suffix('Palo Alto Networks Unit 42', 'Serpens', UNIT42, { origin: 'Iran' }),
  suffix('Palo Alto Networks Unit 42', 'Pisces', UNIT42, { origin: 'North Korea' }),
  suffix('Palo Alto Networks Unit 42', 'Gemini', UNIT42, {
    origin: 'India',
    note: fromMisp('Thirsty Gemini = QUILTED TIGER (IN)'),
  }),
  suffix('Palo Alto Networks Unit 42', 'Libra', UNIT42, {
    motivation: 'cybercrime',
    note: fromMisp('Muddled Libra = Scattered Spider, and 8 more'),
  }),
  suffix('Palo Alto Networks Unit 42', 'Scorpius', UNIT42, {
    motivation: 'ransomware',
    note: fromMisp('Tropical Scorpius, Dark Scorpius'),
  }),

  // Google Threat Intelligence (2025; MISP galaxy "add-new-gti-naming").
  suffix('Google Threat Intelligence', 'CASTLE', GTI, {
    origin: 'China',
    note: 'meaning from the 16 MISP clusters (all CN)',
  }),
  suffix('Google Threat Intelligence', 'RELIC', GTI, {
    origin: 'Russia',
    note: 'meaning from the 6 MISP clusters (all RU)',
  }),
  suffix('Google Threat Intelligence', 'ION', GTI, {
    origin: 'Iran',
    note: 'meaning from the 6 MISP clusters (all IR)',
  }),
  suffix('Google Threat Intelligence', 'NEPTUNE', GTI, {
    origin: 'North Korea',
    note: 'meaning from the 4 MISP clusters (all KP)',
  }),
  suffix('Google Threat Intelligence', 'COMET', GTI),

  // Check Point Research, Kaspersky, BI.ZONE.
  suffix('Check Point Research', 'Manticore', MISP, {
    origin: 'Iran',
    note: `${byMisp('Check Point')}; ${fromMisp('5 clusters, all IR')}`,
  }),
  suffix('Check Point Research', 'Dragon', MISP, {
    origin: 'China',
    note: `${byMisp('Check Point')}; also Kaspersky, McAfee; ${fromMisp('9 of 10 CN')}`,
  }),
  suffix('Kaspersky', 'Likho', MISP, { note: byMisp('Kaspersky') }),
  suffix('BI.ZONE', 'Werewolf', MISP, { note: 'Werewolf names in MISP synonyms (Sticky Werewolf, Core Werewolf …)' }),

  // Secureworks colours and metals.
  prefix('Secureworks', 'BRONZE', SECUREWORKS, { origin: 'China' }),
  prefix('Secureworks', 'IRON', SECUREWORKS, { origin: 'Russia' }),
  prefix('Secureworks', 'COBALT', SECUREWORKS, { origin: 'Iran' }),
  prefix('Secureworks', 'NICKEL', SECUREWORKS, { origin: 'North Korea' }),
  prefix('Secureworks', 'GOLD', SECUREWORKS, { motivation: 'financially motivated (criminal)' }),
  prefix('Secureworks', 'TUNGSTEN', SECUREWORKS, {
    origin: 'South Korea',
    note: fromMisp('TUNGSTEN BRIDGE = DarkHotel (KR)'),
  }),
  prefix('Secureworks', 'COPPER', SECUREWORKS, {
    origin: 'Pakistan',
    note: fromMisp('COPPER FIELDSTONE = Operation C-Major (PK)'),
  }),
  prefix('Secureworks', 'ZINC', SECUREWORKS, { origin: 'India', note: fromMisp('ZINC EMERSON = QUILTED TIGER (IN)') }),
  prefix('Secureworks', 'TIN', SECUREWORKS, { origin: 'Vietnam', note: fromMisp('TIN WOODLAWN = APT32 (VN)') }),
  prefix('Secureworks', 'ALUMINUM', SECUREWORKS, {
    origin: 'Palestinian territories',
    note: fromMisp('ALUMINUM SARATOGA = Molerats (PS)'),
  }),
  prefix('Secureworks', 'PLATINUM', SECUREWORKS, {
    origin: 'United States',
    note: fromMisp('PLATINUM TERMINAL = Longhorn (US)'),
  }),

  // Trend Micro.
  prefix('Trend Micro', 'Earth', MISP, { note: byMisp('Trend Micro'), motivation: 'espionage (APT)' }),
  prefix('Trend Micro', 'Water', MISP, { note: byMisp('Trend Micro'), motivation: 'financially motivated' }),
  prefix('Trend Micro', 'Void', MISP, {
    note: byMisp('Trend Micro'),
    motivation: 'espionage and financially motivated',
  }),

  // Single words.
  {
    vendor: 'Microsoft',
    family: 'chemical element (pre-2023)',
    shape: 'word-list',
    words: CHEMICAL_ELEMENTS,
    motivation: 'nation-state (pre-2023 element name)',
    source: MICROSOFT_2023,
    note: `element list: ${PERIODIC_TABLE}`,
  },
  {
    vendor: 'Dragos',
    family: 'mineral',
    shape: 'word-ending',
    words: ['ITE'],
    motivation: 'industrial control systems',
    capitalsOnly: true,
    source: MISP,
    note: byMisp('Dragos'),
  },
  {
    vendor: 'Symantec',
    family: 'insect',
    shape: 'word-ending',
    words: ['WORM', 'FLY'],
    source: MISP,
    note: byMisp('Symantec'),
  },
]

// Compiled once: code regexes, and the family words of suffix/prefix/word-list families keyed by lower case.
interface Compiled {
  codes: { family: NamingFamily; re: RegExp }[]
  suffixes: Map<string, NamingFamily>
  prefixes: Map<string, NamingFamily>
  lists: { family: NamingFamily; words: Set<string> }[]
  endings: { family: NamingFamily; endings: string[] }[]
}
let compiled: Compiled | undefined

function compile(): Compiled {
  const c: Compiled = { codes: [], suffixes: new Map(), prefixes: new Map(), lists: [], endings: [] }
  for (const f of NAMING_FAMILIES) {
    if (f.shape === 'code' && f.match) c.codes.push({ family: f, re: new RegExp(f.match, 'iu') })
    else if (f.shape === 'suffix' && f.match) c.suffixes.set(f.match.toLowerCase(), f)
    else if (f.shape === 'prefix' && f.match) c.prefixes.set(f.match.toLowerCase(), f)
    else if (f.shape === 'word-list' && f.words) c.lists.push({ family: f, words: new Set(f.words) })
    else if (f.shape === 'word-ending' && f.words) c.endings.push({ family: f, endings: [...f.words] })
  }
  return c
}

function toMatch(f: NamingFamily): NamingSchemeMatch {
  return {
    vendor: f.vendor,
    family: f.family,
    ...(f.origin === undefined ? {} : { origin: f.origin }),
    ...(f.motivation === undefined ? {} : { motivation: f.motivation }),
    source: f.source,
  }
}

/** Every family whose shape the name has, in precedence order (see {@link NAMING_FAMILIES}). */
export function namingSchemes(name: string): NamingSchemeMatch[] {
  compiled ??= compile()
  const trimmed = name.normalize('NFKC').trim().replace(/\s+/g, ' ')
  if (trimmed === '') return []
  const out: NamingSchemeMatch[] = []
  for (const { family, re } of compiled.codes) if (re.test(trimmed)) out.push(toMatch(family))
  const words = trimmed.split(' ')
  const first = words[0] ?? ''
  const last = words[words.length - 1] ?? ''
  // Two or three words: a family word plus one or two given words ("Kryptonite Panda", "Midnight Blizzard").
  if (words.length >= 2 && words.length <= 3) {
    const s = compiled.suffixes.get(last.toLowerCase())
    if (s && /^\p{L}/u.test(first)) out.push(toMatch(s))
    const p = compiled.prefixes.get(first.toLowerCase())
    if (p && /^\p{L}/u.test(last)) out.push(toMatch(p))
  }
  if (words.length === 1 && /^\p{L}+$/u.test(first)) {
    const upper = first.toUpperCase()
    const capitals = first === upper
    for (const { family, words: list } of compiled.lists) {
      if (list.has(upper) && (capitals || !family.capitalsOnly)) out.push(toMatch(family))
    }
    for (const { family, endings } of compiled.endings) {
      if (family.capitalsOnly && !capitals) continue
      if (endings.some((e) => upper.endsWith(e) && upper.length >= e.length + 3)) out.push(toMatch(family))
    }
  }
  return out
}

/**
 * The vendor naming family a name's shape belongs to, and the origin or motivation that family implies — or
 * undefined when no known scheme fits. Says nothing about whether such an actor exists.
 * @example namingScheme('Ruby Sleet') // { vendor: 'Microsoft', family: 'Sleet', origin: 'North Korea', source: … }
 */
export function namingScheme(name: string): NamingSchemeMatch | undefined {
  return namingSchemes(name)[0]
}

/** A one-line reading of a scheme match: "Microsoft naming, North Korea nexus". */
export function describeNamingScheme(m: NamingSchemeMatch): string {
  const parts = [`${m.vendor} naming`]
  if (m.origin) parts.push(`${m.origin} nexus`)
  if (m.motivation) parts.push(m.motivation)
  return parts.join(', ')
}
