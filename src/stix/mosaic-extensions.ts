/**
 * Mosaic's own STIX extensions. Mosaic-only fields travel in these, so a round trip through any STIX 2.1 tool
 * loses nothing (DESIGN.md). The ids are fixed forever: changing one breaks every exported bundle.
 */

/** The identity that authors Mosaic's extension definitions and the starter knowledge pack. */
export const MOSAIC_IDENTITY_ID = 'identity--afb27e43-2634-4ce9-ae1e-f69331b34d6c'

/**
 * Property extension on any object that carries a claim (relationship, opinion, legal action, report …):
 * publication date, verbatim confidence wording and scale, co-signers, what it is about, evidence.
 */
export const CLAIM_EXT_ID = 'extension-definition--9d4c1318-0073-4ba7-9dd9-2ff08369c2fd'

/** New SDO `x-mosaic-legal-action`: indictment, sanction, arrest, reward, expulsion. */
export const LEGAL_ACTION_EXT_ID = 'extension-definition--3dc2144a-602b-47d5-a7bd-908440f6831e'
export const LEGAL_ACTION_TYPE = 'x-mosaic-legal-action'

/** Property extension keeping a source's own metadata that STIX has no property for (MISP meta, impact figures). */
export const META_EXT_ID = 'extension-definition--3896e9d1-4656-457f-a3fb-94eb44747655'

/** The content of CLAIM_EXT_ID on an object. Every field optional. */
export interface ClaimExtension {
  extension_type: 'property-extension'
  /** When the statement became public (YYYY-MM-DD or a full timestamp). Valid time for as-of views. */
  published?: string
  /** Verbatim confidence wording, the scale it is on, its term there; STIX 0–100 sits in `confidence`. */
  confidence_text?: string
  confidence_scale?: string
  confidence_term?: string
  /** asserts (default), denies, retracts. */
  polarity?: 'asserts' | 'denies' | 'retracts'
  /** Identities that co-signed a joint statement. */
  cosigner_refs?: string[]
  /** Campaigns, incidents or reports the claim is about. */
  about_refs?: string[]
  /** The attributor when it is not `created_by_ref` (e.g. a minister quoted in a news report). */
  attributor_ref?: string
  /** Evidence: the report and exact character span, and the quote, or a source URL with a title. */
  evidence?: { report_ref?: string; span?: [number, number]; quote?: string; url?: string; title?: string }[]
  /** Claim ids this one answers (a denial answers the attributions made before it in the report, up to 50,000 characters back). */
  responds_to?: string[]
  /** Free-form typed claim when the relationship vocabulary has no word for it (e.g. 'formerly', 'subset-of'). */
  predicate?: string
}

/** The content of META_EXT_ID on an object. */
export interface MetaExtension {
  extension_type: 'property-extension'
  /** Where the record came from (e.g. 'misp-galaxy:threat-actor'). */
  origin?: string
  /** True when the source gives no dates: claims derived from the object then carry no published date. */
  dates_unknown?: boolean
  /** The source's own metadata, kept whole. */
  meta?: Record<string, unknown>
  /** Impact figures with their source: quantity, unit, what, who says, where. */
  impact?: {
    quantity: number
    unit: string
    description?: string
    approximate?: boolean
    source_ref?: string
    url?: string
  }[]
}
