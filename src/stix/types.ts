/** Any STIX object as received: STIX spelling (snake_case) kept as is (STYLE.md point 9). */
export interface StixObject {
  type: string
  id: string
  spec_version?: string
  created?: string
  modified?: string
  created_by_ref?: string
  revoked?: boolean
  labels?: string[]
  confidence?: number
  external_references?: ExternalReference[]
  object_marking_refs?: string[]
  granular_markings?: { marking_ref?: string; lang?: string; selectors: string[] }[]
  extensions?: Record<string, Record<string, unknown>>
  [key: string]: unknown
}

export interface ExternalReference {
  source_name: string
  description?: string
  url?: string
  hashes?: Record<string, string>
  external_id?: string
}

export interface Bundle {
  type: 'bundle'
  id: string
  objects: StixObject[]
}
