// Turning a STIX object into the record the server keeps for it (version, spec version, media type, date added).

import type { Result } from '../../lib/result.ts'
import { err, ok } from '../../lib/result.ts'
import { parseId } from '../../stix/index.ts'
import type { Json, ObjectRecord } from './backend.ts'
import { normalizeTimestamp } from './timestamp.ts'

/** The STIX media type for a spec version. */
export function stixMediaType(specVersion: string): string {
  return `application/stix+json;version=${specVersion}`
}

/**
 * The spec version of an object: its `spec_version`; without one, `2.0` — except objects with neither `created` nor
 * `modified`, which can only be 2.1 cyber-observables (SCOs may omit `spec_version`).
 */
export function specVersionOf(obj: Json): string {
  if (typeof obj.spec_version === 'string') return obj.spec_version
  return obj.created === undefined && obj.modified === undefined ? '2.1' : '2.0'
}

/**
 * Build the record for one received object, or say why it cannot be stored. The check is deliberately minimal (an
 * object with a `type`, an id of that type, a usable version timestamp): a TAXII server relays content, and the
 * reference server accepts objects a full STIX validation would reject.
 */
export function recordFor(obj: unknown, dateAdded: string, mediaType?: string): Result<ObjectRecord, string> {
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) return err('object is not a JSON object')
  const o = obj as Json
  if (typeof o.type !== 'string' || o.type === '') return err("'type' is a required property")
  if (typeof o.id !== 'string') return err("'id' is a required property")
  const parsed = parseId(o.id)
  if (!parsed || parsed.type !== o.type) return err(`'id' must be '${o.type}--<uuid>'`)
  if (o.spec_version !== undefined && typeof o.spec_version !== 'string') return err("'spec_version' must be a string")
  const raw = o.modified ?? o.created
  let version = dateAdded
  let versionText = dateAdded
  if (raw !== undefined) {
    const normal = normalizeTimestamp(raw)
    if (!normal) return err(`'${o.modified !== undefined ? 'modified' : 'created'}' is not a timestamp`)
    version = normal
    versionText = raw as string
  }
  const specVersion = specVersionOf(o)
  return ok({
    id: o.id,
    type: o.type,
    object: o,
    dateAdded,
    version,
    versionText,
    specVersion,
    mediaType: mediaType ?? stixMediaType(specVersion),
  })
}
