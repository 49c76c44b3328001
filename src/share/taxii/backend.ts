// The storage port behind the TAXII server. The TAXII rules (filters, paging, status resources, permissions) live in
// service.ts and work on these records, so a backend only stores and finds them: the in-memory one (memory-backend.ts)
// serves `mosaic taxii serve`, and a Store-backed one can later serve `mosaic serve` under /taxii2/.

/** A JSON object as received or stored. */
export type Json = Record<string, unknown>

/** One stored version of one STIX object in one collection, with the server's bookkeeping. */
export interface ObjectRecord {
  id: string
  type: string
  /** The STIX object exactly as it was received. */
  object: Json
  /** When the server added this version (normalised timestamp, see timestamp.ts). */
  dateAdded: string
  /** The version as a normalised timestamp (`modified`, else `created`, else `date_added`), for comparisons. */
  version: string
  /** The version as the object spells it, for output (`versions`, manifest `version`). */
  versionText: string
  /** `spec_version`, or `2.0` for an object without one (objects without created/modified count as 2.1 SCOs). */
  specVersion: string
  /** The STIX media type of this version, e.g. `application/stix+json;version=2.1`. */
  mediaType: string
}

/** A collection resource (TAXII 2.1 section 5.2) as stored; extra properties are served as they are. */
export interface CollectionResource extends Json {
  id: string
  title: string
  can_read: boolean
  can_write: boolean
  media_types?: string[]
}

/** A status resource (TAXII 2.1 section 4.3.1). Seeded ones are served exactly as they are. */
export interface StatusResource extends Json {
  id: string
}

/** Which records to fetch: every record when a list is absent; a list is OR-ed, the two lists AND-ed. */
export interface RecordSelector {
  ids?: readonly string[]
  types?: readonly string[]
}

/** The storage port of the TAXII server. Every method is async so a database can stand behind it. */
export interface TaxiiBackend {
  /** The discovery resource, or undefined when the server has none. */
  discovery(): Promise<Json | undefined>
  /** The API-root resource, or undefined when there is no such API root. */
  apiRoot(root: string): Promise<Json | undefined>
  /** The collections of an API root (without their contents), or undefined when there is no such API root. */
  collections(root: string): Promise<CollectionResource[] | undefined>
  /** One collection, or undefined when the API root or the collection does not exist. */
  collection(root: string, collectionId: string): Promise<CollectionResource | undefined>
  /** Every stored version in a collection that the selector picks, in the order they were added. */
  records(root: string, collectionId: string, select: RecordSelector): Promise<ObjectRecord[]>
  /**
   * Store new versions. A version whose id and version are already stored is left as it is. Returns, per record,
   * whether it was newly stored.
   */
  put(root: string, collectionId: string, records: readonly ObjectRecord[]): Promise<boolean[]>
  /** Remove stored versions (matched by id and normalised version). Returns how many were removed. */
  remove(root: string, collectionId: string, versions: readonly { id: string; version: string }[]): Promise<number>
  /** Keep a status resource for `GET …/status/{id}/`. */
  saveStatus(root: string, status: StatusResource): Promise<void>
  /** A status resource, or undefined when there is none with that id. */
  status(root: string, statusId: string): Promise<StatusResource | undefined>
}
