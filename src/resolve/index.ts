// The resolve domain's front door: name normalisation, the actor-name resolver, vendor naming schemes, and alias
// conflict/contamination helpers. Pure: no database, no I/O.

/** Alias conflicts (one name, several actors) and contamination (an alias that is a malware or tool name). */
export {
  type AliasClaimant,
  type AliasConflict,
  type AliasContamination,
  aliasConflicts,
  aliasContamination,
  type NamedThing,
} from './conflicts.ts'
/** Vendor naming schemes as data, and the shape matcher over them. */
export {
  CHEMICAL_ELEMENTS,
  describeNamingScheme,
  NAMING_FAMILIES,
  type NamingFamily,
  type NamingSchemeMatch,
  type NamingShape,
  namingScheme,
  namingSchemes,
} from './naming-schemes.ts'
/** Name keys: `normalizeAlias` (the alias-index key), `looseAliasKey` (generic affixes dropped), `aliasTokens`. */
export { aliasTokens, looseAliasKey, normalizeAlias } from './normalize.ts'
/** Realistic query-set generator used to measure the resolver (for benches and tests). */
export {
  COMMON_NEGATIVES,
  type GeneratedQuery,
  generateQueries,
  type QueryGroup,
  spellingVariants,
} from './query-set.ts'
/** The resolver: build an index over actors once, then resolve names in microseconds. */
export {
  ACTOR_TYPES,
  type BuildResolverOptions,
  buildResolver,
  type Candidate,
  osaDistance,
  type Resolution,
  type ResolveOptions,
  type Resolver,
  type ResolverActor,
  type Suggestion,
} from './resolver.ts'
