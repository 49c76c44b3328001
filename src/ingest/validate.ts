// The validation step of the import path: the STIX validator's errors (warnings do not block an import), plus the
// rule that a type Mosaic does not know must declare itself custom (an `x-` prefix or a new-object extension).
import { isObject } from '../lib/json.ts'
import type { Issue } from '../lib/result.ts'
import { TYPES, validateObject } from '../stix/index.ts'

function declaresNewType(obj: Record<string, unknown>): boolean {
  if (!isObject(obj.extensions)) return false
  for (const ext of Object.values(obj.extensions)) {
    if (isObject(ext) && typeof ext.extension_type === 'string' && ext.extension_type.startsWith('new-')) return true
  }
  return false
}

/** Errors that make an object unfit to store (warnings are not returned). */
export function validateForImport(obj: Record<string, unknown>, path: string): Issue[] {
  const type = obj.type
  if (
    typeof type === 'string' &&
    type !== 'bundle' &&
    !TYPES.has(type) &&
    !type.startsWith('x-') &&
    !declaresNewType(obj)
  ) {
    return [
      {
        code: 'unknown_type',
        path: `${path}.type`,
        message: `unknown object type '${type}' (custom types need an 'x-' prefix or a new-sdo/sco/sro extension)`,
      },
    ]
  }
  return validateObject(obj, path)
}
