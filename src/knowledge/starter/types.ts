/** Row shapes of the starter pack tables. Every row names its objects by a stable key (see keys in build.ts). */

/** Confidence scales the pack uses (the wording itself stays verbatim in the claim). */
export type ScaleName =
  | 'ICD-203'
  | 'UK-PHIA'
  | 'CCCS-estimative'
  | 'WEP'
  | 'analytic-confidence'
  | 'statement-of-fact'
  | 'legal-allegation'

export interface Source {
  url: string
  title: string
  /** Publication date of the source, YYYY-MM-DD. */
  date: string
}

/** A government, agency, alliance, vendor, company, person or sector. Key prefixes: `id:`, `sec:`, `fc:`, `person:`. */
export interface IdentityRow {
  key: string
  name: string
  identity_class: 'organization' | 'individual' | 'class' | 'group'
  /** ISO 3166-1 alpha-2 of the country the identity belongs to. */
  country?: string
  sectors?: string[]
  description?: string
  /** Key of the organisation this one belongs to (a ministry's agency, a government's ministry). */
  part_of?: string
  url?: string
}

/** The organisation or state behind intrusion sets (threat-actor). Key prefix `ta:`. */
export interface OrgRow {
  key: string
  name: string
  country: string
  aliases?: string[]
  description: string
  part_of?: string
  source: Source
}

/** A state-sponsored intrusion set. Key prefix `is:`. */
export interface ActorRow {
  key: string
  name: string
  country: string
  /** MITRE ATT&CK group id, when ATT&CK has one. */
  attack?: string
  aliases: string[]
  /** The source for the state of origin: its URL, date and a short verbatim quote. */
  origin: Source & { by: string; quote: string }
}

export interface ClaimRow {
  key: string
  /** Identity key of who says it. */
  by: string
  cosigners?: string[]
  /** Intrusion set or campaign the statement is about (`is:` or `cp:`). */
  subject: string
  /** Who it is attributed to (`ta:`, `is:` or `loc:`). */
  target: string
  about?: string[]
  /** Verbatim confidence wording, when the statement uses any. */
  wording?: string
  scale: ScaleName
  /** Term on the scale (normalised spelling of the wording). */
  term: string
  source: Source
  quote?: string
}

export interface DenialRow {
  key: string
  by: string
  responds_to: string[]
  source: Source
  quote: string
}

export interface LegalSubject {
  name: string
  kind: 'person' | 'organisation' | 'front-company'
  /** Key of an identity or threat-actor in the pack. */
  ref?: string
}

export interface LegalActionRow {
  key: string
  action_type: 'indictment' | 'sanction' | 'arrest' | 'reward' | 'expulsion'
  authority: string
  date: string
  name: string
  subjects: LegalSubject[]
  charges?: string[]
  concerns: string[]
  source: Source
  description?: string
}

export interface ImpactRow {
  quantity: number
  unit: string
  description: string
  approximate?: boolean
  by: string
  source: Source
}

export interface CampaignRow {
  key: string
  name: string
  aliases?: string[]
  first_seen: string
  last_seen?: string
  description: string
  /** Intrusion sets and malware the campaign used (`is:`, `mw:`). */
  uses?: string[]
  targets_countries?: string[]
  targets_sectors?: string[]
  cves?: string[]
  impact?: ImpactRow[]
  source: Source
}

/** A `targets` claim from an attributor (e.g. APT40 → Canadian defence research, 2017–2018). */
export interface TargetingRow {
  key: string
  by: string
  subject: string
  targets: string[]
  start?: string
  stop?: string
  source: Source
  quote?: string
}
