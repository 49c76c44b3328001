import type { StixObject } from '../stix/types.ts'

/** What the confidence of a claim says: verbatim wording, the scale it belongs to, its term there, and STIX 0–100. */
export interface ClaimConfidence {
  text?: string
  scale?: string
  term?: string
  stix?: number
}

/** Where a claim comes from in a document: report id, character span, quote, or an external reference. */
export interface ClaimEvidence {
  report?: string
  span?: [number, number]
  quote?: string
  url?: string
  source_name?: string
  external_id?: string
  description?: string
}

/**
 * One fact as somebody stated it. Derived on write from STIX objects (a relationship is a claim, each alias is a claim
 * by the object's creator, an opinion agrees or denies) or added by analysts (merge = a `same-as` claim).
 */
export interface Claim {
  id: string
  subject: string
  predicate: string
  /** A STIX id, or a literal value (alias text) when `literal` is true. */
  object: string
  literal: boolean
  polarity: 'asserts' | 'denies' | 'retracts'
  /** Identity id of who says it, or null when unknown. */
  source: string | null
  /** When it became public (valid time). */
  published: string | null
  /** When Mosaic learned it. */
  recorded: string
  confidence: ClaimConfidence | null
  evidence: ClaimEvidence[]
  markings: string[]
  /** The STIX object this claim was derived from (relationship, object with aliases, opinion, analyst note). */
  origin: string
  /** Set when another claim retracts this one. */
  retracted_by?: string | null
  extra?: Record<string, unknown>
}

export interface ClaimQuery {
  subject?: string | string[]
  predicate?: string | string[]
  object?: string | string[]
  source?: string | string[]
  origin?: string
  /** Only claims published on or before this timestamp (claims with no date are kept). */
  asOf?: string
  includeRetracted?: boolean
  limit?: number
}

export type PutOutcome = 'created' | 'updated' | 'unchanged'

/** One transactional write: everything put in it lands on commit, nothing on rollback or crash. */
export interface WriteSession {
  /** Store one object version. `json` is its text as received, stored verbatim when given. */
  put(obj: StixObject, json?: string): Promise<PutOutcome>
  /** Add an analyst or derived claim that has no STIX object of its own. */
  addClaim(claim: Claim): Promise<void>
  commit(): Promise<void>
  rollback(): Promise<void>
}

export interface ObjectQuery {
  types?: string[]
  ids?: string[]
  /** Only versions that existed at this time (modified <= asOf). */
  asOf?: string
  includeRevoked?: boolean
  limit?: number
  offset?: number
}

export interface SearchHit {
  id: string
  type: string
  name: string
  score: number
  snippet: string
}

export interface AliasRow {
  norm: string
  alias: string
  object_id: string
  object_type: string
  claim_id: string
  source: string | null
}

export interface StoreStats {
  objects: number
  versions: number
  claims: number
  aliases: number
  byType: Record<string, number>
}

/** The storage port. SQLite (embedded default) and PostgreSQL implement it and pass one contract suite. */
export interface Store {
  readonly kind: 'sqlite' | 'postgres'
  begin(): Promise<WriteSession>
  /** Current version of an object (latest `modified`), or a given version. */
  get(id: string, version?: string): Promise<StixObject | undefined>
  versions(id: string): Promise<StixObject[]>
  objects(q?: ObjectQuery): AsyncIterable<StixObject>
  count(q?: ObjectQuery): Promise<number>
  search(text: string, opts?: { types?: string[]; limit?: number }): Promise<SearchHit[]>
  claims(q: ClaimQuery): Promise<Claim[]>
  getClaim(id: string): Promise<Claim | undefined>
  /** Every alias row, or those with the given normalised form. */
  aliases(norm?: string): Promise<AliasRow[]>
  stats(): Promise<StoreStats>
  /** Changes whenever the data changes (any connection's commit): lets views cache what they computed. */
  revision(): Promise<string>
  /** Key/value settings kept with the database (schema version, starter pack version, …). */
  getMeta(key: string): Promise<string | undefined>
  setMeta(key: string, value: string): Promise<void>
  close(): Promise<void>
}
