/**
 * Sector vocabulary beyond the gazetteer's, and the reading of sector words that name a sector only as a modifier of
 * a shared noun ("defence, technology and government targets", "religious and other non-governmental
 * organisations").
 */
import { SECTORS } from './gazetteer.ts'

/**
 * Phrases that name targeted sectors, by sector. Names follow the usual sector names of threat reports (those of the
 * CISA critical-infrastructure list where one applies); a phrase here takes precedence over the gazetteer's.
 */
export const MORE_SECTORS: Record<string, string[]> = {
  government: [
    'government',
    'governments',
    'government services',
    'governmental',
    'government personnel',
    'government computer networks',
    'government computer systems',
    'government targets',
    'government offices',
    'government officials',
    'government ministries',
    'government employees',
    'government networks',
    'government organisations',
    'governmental organisations',
    'governmental bodies',
    'state agencies',
    'state bodies',
    'state entities',
    'state organisations',
    'state organizations',
    'public bodies',
    'public institutions',
    'public administrations',
    'local governments',
    'local authorities',
    'municipal governments',
    'regional governments',
    'civil servants',
    'authorities',
    'public authorities',
    'public servants',
  ],
  education: [
    'academic',
    'academics',
    'academic institutions',
    'academic organisations',
    'academic organizations',
    'university',
    'colleges',
    'educational institutions',
    'education sector',
  ],
  research: [
    'research',
    'research centres',
    'research centers',
    'research organisations',
    'research facilities',
    'research center',
    'research centre',
    'research laboratory',
    'research facility',
  ],
  'think tanks': ['think tanks', 'think tank', 'think-tanks', 'think-tank', 'thinktanks', 'policy institutes'],
  healthcare: [
    'health',
    'health care providers',
    'health-care providers',
    'healthcare providers',
    'healthcare organisations',
    'healthcare organizations',
    'health organisations',
    'health sector',
    'healthcare sector',
    'clinics',
    'medical centres',
    'medical centers',
    'medical devices',
  ],
  // (Annotated as a sector of its own wherever a set names it: pharmaceutical makers are not care providers.)
  pharmaceuticals: [
    'pharmaceutical',
    'pharmaceuticals',
    'pharmaceutical companies',
    'pharmaceutical firms',
    'pharmaceutical manufacturers',
    'pharmaceutical industry',
    'drugmakers',
  ],
  engineering: [
    'engineering',
    'engineering companies',
    'engineering firms',
    'civil engineering',
    'industrial engineering',
  ],
  judiciary: [
    'judiciary',
    'judicial system',
    'court system',
    'court network',
    'court networks',
    'court computer network',
  ],
  diplomatic: ['diplomatic', 'diplomatic personnel', 'diplomatic entities', 'diplomatic missions', 'diplomats'],
  'financial services': [
    'financial',
    'bank',
    'state-owned bank',
    'central bank',
    'financial organisations',
    'financial organizations',
    'financial firms',
    'insurance companies',
    'insurers',
    'credit unions',
    'investment firms',
    'payment processors',
    'fintech',
  ],
  telecommunications: [
    'telecommunications operators',
    'telecommunication operators',
    'telecom operators',
    'telecoms operators',
    'telecommunications firms',
    'telecom companies',
    'telecoms companies',
    'mobile operators',
    'mobile network operators',
    'telcos',
    'ISPs',
  ],
  technology: [
    'semiconductors',
    'semiconductor companies',
    'semiconductor equipment makers',
    'chip equipment makers',
    'chipmakers',
    'chip makers',
    'technology',
    'tech',
    'technology firms',
    'tech firms',
    'IT companies',
    'IT firms',
    'semiconductor companies',
    'hardware manufacturers',
    'computer hardware manufacturers',
    'hardware makers',
    'semiconductor',
    'electronics',
  ],
  software: [
    'software',
    'gaming software',
    'software vendors',
    'software suppliers',
    'software developers',
    'software companies',
    'software development',
  ],
  'cloud service providers': [
    'cloud service providers',
    'cloud services providers',
    'cloud service provider',
    'cloud computing providers',
  ],
  media: [
    'media',
    'media organisations',
    'news organisations',
    'news organizations',
    'news outlets',
    'broadcasters',
    'newspapers',
    'reporters',
    'journalism',
    'members of the media',
    'media companies',
    'media company',
    'publishing',
  ],
  // (Its own name: lexicons file it under non-governmental organisations or as a sector of its own, by this name.)
  'civil society': [
    'civil society',
    'civil society organisations',
    'civil society organizations',
    'civil society groups',
    'civil society bodies',
  ],
  'non-governmental organizations': [
    'NGO',
    'non-profits',
    'non-profit organisations',
    'non-profit organizations',
    'nonprofits',
    'nonprofit organizations',

    'human rights organisations',
    'human rights organizations',
    'human rights groups',
    'humanitarian organisations',
    'humanitarian organizations',
    'charities',
  ],
  'religious organizations': [
    'religious organization',
    'religious organisation',
    'religious',
    'religious organisations',
    'religious organizations',
    'religious groups',
    'religious institutions',
  ],
  'international organizations': [
    'international organisations',
    'international organizations',
    'intergovernmental organisations',
    'intergovernmental organizations',
  ],
  'political organizations': [
    'political groups',
    'political campaigns',
    'political party',
    'politicians',
    'election campaigns',
    'presidential campaigns',
    'campaign staff',
  ],
  'private sector': [
    'private sector',
    'private companies',
    'private-sector companies',
    'private businesses',
    'businesses',
  ],
  hospitality: ['lodging', 'hotel', 'hotel chains', 'hotel chain'],
  defense: [
    'defence procurement',
    'defense procurement',
    'defence training',
    'defense training',
    'defence contractors',
    'defense firms',
    'defence firms',
    'defence companies',
    'defense companies',
    'military personnel',
    'military units',
    'militaries',
    'defence contractor',
    'defense contractor',
    'defence company',
    'defense company',
    'military contractor',
    'missile maker',
    'missile manufacturer',
    'arms maker',
    'arms manufacturer',
    'arms makers',
    'arms manufacturers',
  ],
  energy: [
    'energy company',
    'energy companies',
    'energy firms',
    'energy firms',
    'oil companies',
    'gas companies',
    'power companies',
    'power stations',
    'petroleum',
    'petrochemical',
    'power grid',
    'power grids',
    'electricity grid',
    'power plant',
    'power plants',
    'electric utility',
    'electric utilities',
    'oil company',
    'gas company',
    'pipeline operator',
    'power company',
    'fuel pipeline',
    'fuel pipelines',
    'hydroelectric plant',
    'hydroelectric plants',
    'hydropower plant',
    'hydropower plants',
    'petrol stations',
    'gas stations',
    'fuel stations',
    'fuel distribution',
  ],
  transportation: [
    'railways',
    'railway',
    'railway operator',
    'railway company',
    'rail operator',
    'rail network',
    'railroads',
    'public transport',
    'public transportation',
    'transport companies',
    'transportation companies',
    'transport sector',
    'transportation sector',
    'transit agencies',
    'trucking companies',
  ],
  // Logistics is a sector of its own in threat reports (freight, forwarding), not only transport.
  logistics: [
    'logistics',
    'logistics companies',
    'logistics firms',
    'logistics providers',
    'freight companies',
    'freight forwarders',
    'logistics firm',
    'logistics company',
  ],
  manufacturing: ['steel producers', 'steel plants', 'steelmakers', 'steel makers', 'metals companies'],
  aviation: ['aviation', 'airlines', 'airports', 'airline', 'airport', 'air traffic control', 'air navigation'],
  aerospace: ['aerospace', 'aircraft parts', 'aircraft manufacturers', 'aircraft makers', 'aerospace companies'],
  legal: ['law firm', 'law firms', 'legal sector', 'legal services'],
  'food and agriculture': ['crop science', 'agribusiness', 'agricultural companies'],
  // (Not "law enforcement" alone: it is more often the one acting, "law enforcement had requested".)
  'law enforcement': [
    'law enforcement agencies',
    'law enforcement systems',
    'law enforcement networks',
    'police forces',
  ],
  entertainment: ['entertainment companies', 'entertainment industry', 'film studios'],
  'hosting providers': [
    'hosting providers',
    'web hosting providers',
    'hosting companies',
    'web hosting companies',
    'hosting firms',
  ],
  'managed service providers': ['IT services', 'IT services providers', 'IT services companies'],
  maritime: ['shipping', 'seaports', 'sea ports', 'port operators'],
  satellite: ['satellite', 'satellite operators', 'satellite communications', 'satellite companies'],
  'video games': [
    'video game companies',
    'video game developers',
    'video game makers',
    'video game publishers',
    'gaming companies',
    'game developers',
  ],
  cryptocurrency: [
    'cryptocurrency firms',
    'cryptocurrency companies',
    'crypto exchanges',
    'crypto exchange',
    'cryptocurrency company',
    'cryptocurrency exchange',
    'cryptocurrency platforms',
    'cryptocurrency industry',
    'cryptocurrency sector',
    'virtual currency exchanges',
    'digital asset exchanges',
    'crypto platforms',
    'crypto firms',
    'crypto companies',
    'decentralized finance',
    'decentralised finance',
    'DeFi',
    'DeFi platforms',
    'DeFi protocols',
  ],
  water: [
    'water supply',
    'water supplies',
    'water system',
    'water systems',
    'water and sewage',
    'water and sewage system',
    'water and sewage systems',
    'sewage',
    'water treatment',
    'water treatment plants',
    'water utility',
    'dams',
  ],
}

/** Every sector phrase (lower-cased) with its sector: the gazetteer's, then these (which win). */
export const SECTOR_PHRASES: ReadonlyMap<string, string> = (() => {
  const lookup = new Map<string, string>()
  for (const table of [SECTORS, MORE_SECTORS])
    for (const [canon, phrases] of Object.entries(table)) for (const p of phrases) lookup.set(p.toLowerCase(), canon)
  return lookup
})()

/**
 * Sector words that are everyday words too: they name a sector only before a head noun ("energy sector", "government
 * websites"), or as one of several modifiers of one ("academic, government and think tank organisations").
 */
export const SECTOR_AMBIGUOUS = new Set([
  'government',
  'satellite',
  'businesses',
  'governmental',
  'diplomatic',
  'engineering',
  'software',
  'judiciary',
  'pharmaceutical',
  'communications',
  'energy',
  'water',
  'transport',
  'finance',
  'financial',
  'medical',
  'military',
  'defence',
  'defense',
  'education',
  'chemical',
  'nuclear',
  'retail',
  'electricity',
  'parliament',
  'technology',
  'tech',
  'academic',
  'research',
  'religious',
  'health',
  'media',
  'cryptocurrency',
  'blockchain',
  'semiconductor',
  'electronics',
  'petroleum',
  'petrochemical',
  'lodging',
  'hospitality',
])

// Nouns a list of sector modifiers can share.
// (Not nouns that are often list members of their own: "communications and infrastructure", "… and networks".)
const HEAD =
  /^(?:sectors?|industry|industries|providers|companies|organi[sz]ations|entities|institutions|agencies|bodies|contractors|firms|suppliers|targets|operators|groups|outlets|victims|customers|businesses|institutes|verticals)$/i
// Words that end a list item: the list is over, or it was not a list.
const CLOSED =
  /^(?:the|a|an|of|in|on|at|to|for|from|by|with|that|which|who|was|were|is|are|be|been|has|have|had|its|their|his|her|it|they|this|these|those|said|says|but|not|as|than|into|over|after|before|while|when)$/i
// Between list items.
const SEP = /^(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|&)\s+|\s*\/\s*)/

/**
 * Whether the sector word that ends at `end` in `text` heads a list of modifiers sharing a head noun ("defence,
 * technology and government targets"), or of three or more sector words (`isSector` says which; a text cut after
 * "academic, government, think tank" still names three sectors): the offset where the list ends (the other sector
 * words up to there are its members too), or -1.
 */
export function sectorListEnd(text: string, end: number, isSector: (phrase: string) => boolean): number {
  let pos = end
  let items = 1
  let sectors = 1
  for (let n = 0; n < 8; n++) {
    const rest = text.slice(pos, pos + 60)
    const sep = SEP.exec(rest)
    if (!sep) break
    pos += sep[0].length
    // The next item: up to four words ("other non-governmental organisations"), ended by a separator.
    const words: string[] = []
    let at = pos
    for (let w = 0; w < 4; w++) {
      const wm = /^(?:\s+)?([A-Za-z][\w'’-]*)/.exec(text.slice(at, at + 40))
      if (!wm || (w > 0 && !/^\s/.test(text.slice(at, at + 1)))) break
      if (CLOSED.test(wm[1]!)) break
      words.push(wm[1]!)
      at += wm[0].length
      if (HEAD.test(wm[1]!)) return at
      if (SEP.test(text.slice(at, at + 8))) break
    }
    if (words.length === 0) break
    items++
    const phrase = words.filter((w) => !/^other$/i.test(w)).join(' ')
    if (isSector(phrase)) sectors++
    pos = at
  }
  return items >= 3 && sectors === items ? pos : -1
}
