/** Report ingestion: text, HTML, PDF or URL → entities and claims with evidence spans, a STIX bundle, a summary. */
export type { ActorMatcher, ActorMention, AliasEntry } from './actors.ts'
export { compileActorMatcher, findActorShapes } from './actors.ts'
export type { Extraction, ExtractionSummary, ExtractOptions } from './extract.ts'
export { extractFromText, summarize } from './extract.ts'
export type { Ioc, NonIoc } from './iocs.ts'
export { findIocs, refang } from './iocs.ts'
