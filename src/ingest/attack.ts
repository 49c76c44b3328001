// ATT&CK's bundles are STIX-2.0-shaped with spec_version 2.1 added. Fill the defaults STIX 2.1 documents for what
// 2.0 lacked, keep every x_mitre_* property untouched.
import type { StixObject } from '../stix/types.ts'

export function looksLikeAttack(obj: Record<string, unknown>): boolean {
  for (const k in obj) if (k.startsWith('x_mitre_')) return true
  return false
}

/** Returns true when it changed the object. */
export function fixAttackObject(obj: StixObject): boolean {
  let changed = false
  if (obj.spec_version === undefined && obj.type !== 'bundle') {
    obj.spec_version = '2.1'
    changed = true
  }
  // STIX 2.1 made is_family required on malware; every ATT&CK software entry describes a family.
  if (obj.type === 'malware' && obj.is_family === undefined) {
    obj.is_family = true
    changed = true
  }
  return changed
}
