// The STIX model's front door (STYLE.md point 1): validation, ids. Browser-safe: no node:* imports.

/** Identifier helpers: parse `type--uuid`, UUID versions, UUIDv4/v5, deterministic SCO ids, JCS canonical JSON. */
export {
  canonicalJson,
  isRfc4122,
  newId,
  parseId,
  SCO_ID_PROPERTIES,
  SCO_NAMESPACE,
  scoId,
  sha1,
  uuid4,
  uuid5,
  uuidVersion,
} from './ids.ts'
/** Best-practice check names/numbers (reference validator table), name lookup, and --enable/--disable selection. */
export { CHECK_CODES, checkName, selectChecks } from './validate/check-names.ts'
/** The small JSON-schema engine (draft-07/2020-12 subset) and its error shape. */
export { type SchemaError, SchemaRegistry } from './validate/json-schema.ts'
/** Type tables: kinds and schemas per type, open vocabularies, fixed TLP marking ids. */
export { TLP_MARKINGS, TLP2_EXTENSION_ID, TYPES, VOCABS } from './validate/tables.ts'
/** Options of {@link validateDocument} and {@link validateObject}, named after the OASIS reference validator's flags. */
export type { ExtraSchemas, NotStix, ValidateOptions, ValidationResult } from './validate/validate.ts'
/**
 * Validate a whole STIX document (object or bundle): schema, MUST rules (errors), best practices (warnings, or errors
 * under `strict`). Returns `{ notStix }` when the value is not STIX at all.
 * @example const r = validateDocument(bundle, { strict: true }); if ('notStix' in r) … else r.valid
 */
/** Validate one object on the import hot path; returns its errors (empty = valid), paths prefixed with `path`. */
/** The property names the STIX 2.1 specification defines for a type (empty for custom types). */
/** A JSON-schema registry preloaded with the official STIX 2.1 schemas (add custom ones that `$ref` them by URL). */
export { definedProperties, officialRegistry, validateDocument, validateObject } from './validate/validate.ts'
