// The validation step of the import path. Delegates to the STIX validator; kept as one seam so the importer does not
// care how validation is organised.
import type { Issue } from '../lib/result.ts'

const ID_RE =
  /^([a-z0-9][a-z0-9-]*[a-z0-9])--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/
const TS_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/

/** Errors that make an object unfit to store (warnings are not returned). */
export function validateForImport(obj: Record<string, unknown>, path: string): Issue[] {
  const issues: Issue[] = []
  const type = obj.type
  if (typeof type !== 'string' || type === '') {
    issues.push({ code: 'missing_property', path: `${path}.type`, message: "'type' is a required property" })
    return issues
  }
  const id = obj.id
  if (typeof id !== 'string') {
    issues.push({ code: 'missing_property', path: `${path}.id`, message: "'id' is a required property" })
  } else {
    const m = ID_RE.exec(id)
    if (!m || m[1] !== type)
      issues.push({
        code: 'invalid_id',
        path: `${path}.id`,
        message: `'${id}' is not a valid identifier for type '${type}'`,
      })
  }
  for (const k of ['created', 'modified'] as const) {
    const v = obj[k]
    if (v === undefined) continue
    if (typeof v !== 'string' || !TS_RE.test(v) || Number.isNaN(Date.parse(v)))
      issues.push({
        code: 'invalid_timestamp',
        path: `${path}.${k}`,
        message: `'${String(v)}' is not a valid timestamp`,
      })
  }
  if (typeof obj.created === 'string' && typeof obj.modified === 'string' && obj.modified < obj.created)
    issues.push({
      code: 'modified_before_created',
      path: `${path}.modified`,
      message: "'modified' must be later than or equal to 'created'",
    })
  return issues
}
