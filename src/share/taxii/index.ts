// The TAXII 2.1 server's front door (STYLE.md point 1).

/** The storage port behind the server, and the record it stores per object version. */
export type {
  CollectionResource,
  Json,
  ObjectRecord,
  RecordSelector,
  StatusResource,
  TaxiiBackend,
} from './backend.ts'
/**
 * The TAXII 2.1 server as a Hono app over a backend (Basic auth, Accept negotiation, every endpoint).
 * @example serve({ fetch: createTaxiiApp({ backend, users }).fetch, hostname: '127.0.0.1', port: 0 })
 */
export { createTaxiiApp, type TaxiiAppOptions } from './http.ts'
/** The media type of every TAXII 2.1 request and response. */
export { TAXII_MEDIA_TYPE } from './media-type.ts'
/** An in-memory backend built from a seed file in the reference server's memory-backend layout. */
export { loadSeed, MemoryBackend } from './memory-backend.ts'
/** Paging tokens (`next`), injectable for tests. */
export { PageSessions } from './paging.ts'
/** The record a STIX object is stored as (version, spec version, media type), for other backends. */
export { recordFor, specVersionOf, stixMediaType } from './records.ts'
/** The endpoint logic without HTTP: each operation returns a status, a JSON body and headers. */
export { problem, type Reply, TaxiiService } from './service.ts'
/** Microsecond timestamps as normalised strings. */
export { normalizeTimestamp, nowTimestamp } from './timestamp.ts'
