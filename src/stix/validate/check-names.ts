// The best-practice ("SHOULD") checks by name and number, as the OASIS reference validator's --enable/--disable take
// them, and which of them run for a given pair of lists (the reference's selection rules).

import { MosaicError } from '../../lib/errors.ts'

/** Code → name, the reference validator's check table (STIX 2.1), plus the extension checks. */
export const CHECK_CODES: Readonly<Record<string, string>> = {
  '1': 'format-checks',
  '101': 'custom-prefix',
  '102': 'custom-prefix-lax',
  '103': 'uuid-check',
  '111': 'open-vocab-format',
  '121': 'kill-chain-names',
  '141': 'observable-object-keys',
  '142': 'observable-dictionary-keys',
  '143': 'malware-analysis-product',
  '149': 'windows-process-priority-format',
  '150': 'hash-length',
  '2': 'approved-values',
  '201': 'marking-definition-type',
  '202': 'relationship-types',
  '203': 'duplicate-ids',
  '210': 'all-vocabs',
  '211': 'attack-motivation',
  '212': 'attack-resource-level',
  '213': 'identity-class',
  '214': 'indicator-types',
  '215': 'industry-sector',
  '216': 'malware-types',
  '218': 'report-types',
  '219': 'threat-actor-types',
  '220': 'threat-actor-role',
  '221': 'threat-actor-sophistication',
  '222': 'tool-types',
  '223': 'region',
  '225': 'grouping-context',
  '226': 'implementation-languages',
  '227': 'infrastructure-types',
  '228': 'malware-capabilities',
  '230': 'processor-architecture',
  '231': 'malware-result',
  '241': 'hash-algo',
  '243': 'windows-pebinary-type',
  '244': 'account-type',
  '245': 'indicator-pattern-types',
  '270': 'all-external-sources',
  '271': 'mime-type',
  '272': 'protocols',
  '273': 'ipfix',
  '274': 'http-request-headers',
  '275': 'socket-options',
  '276': 'pdf-doc-info',
  '277': 'countries',
  '301': 'network-traffic-ports',
  '302': 'extref-hashes',
  '303': 'indicator-properties',
  '304': 'deprecated-properties',
  '401': 'extensions-use',
  '402': 'extension-description',
  '403': 'extension-properties',
}

const FORMAT = [
  'custom-prefix',
  'uuid-check',
  'open-vocab-format',
  'kill-chain-names',
  'observable-object-keys',
  'observable-dictionary-keys',
  'malware-analysis-product',
  'windows-process-priority-format',
  'hash-length',
]
const VOCAB_CHECKS = [
  'attack-motivation',
  'attack-resource-level',
  'identity-class',
  'indicator-types',
  'industry-sector',
  'malware-types',
  'report-types',
  'threat-actor-types',
  'threat-actor-role',
  'threat-actor-sophistication',
  'tool-types',
  'region',
  'grouping-context',
  'implementation-languages',
  'infrastructure-types',
  'malware-capabilities',
  'processor-architecture',
  'malware-result',
  'indicator-pattern-types',
  'hash-algo',
  'windows-pebinary-type',
  'account-type',
]
const EXTERNAL = [
  'mime-type',
  'protocols',
  'ipfix',
  'http-request-headers',
  'socket-options',
  'pdf-doc-info',
  'countries',
]
const OTHER = [
  'network-traffic-ports',
  'extref-hashes',
  'indicator-properties',
  'deprecated-properties',
  'extensions-use',
  'extension-description',
  'extension-properties',
]
const APPROVED = ['marking-definition-type', 'relationship-types', 'duplicate-ids', ...VOCAB_CHECKS, ...EXTERNAL]

/** Group names → the single checks they stand for. */
const GROUPS: Readonly<Record<string, readonly string[]>> = {
  all: [...FORMAT, ...APPROVED, ...OTHER],
  'format-checks': FORMAT,
  'approved-values': APPROVED,
  'all-vocabs': VOCAB_CHECKS,
  'all-external-sources': EXTERNAL,
}

const ALL_NAMES = new Set([...Object.values(CHECK_CODES), 'all', 'enforce_relationship_refs'])

/** A check given by number or name, as its name; throws a usage error for an unknown one. */
export function checkName(nameOrCode: string): string {
  const s = nameOrCode.trim()
  const name = CHECK_CODES[s] ?? s
  if (!ALL_NAMES.has(name)) throw new MosaicError('usage', `${s} is not a valid check!`)
  return name
}

/**
 * The set of single checks that run for the given --enable/--disable lists (names or numbers), following the
 * reference validator: nothing given → all; --disable removes (a disabled `custom-prefix` falls back to
 * `custom-prefix-lax`); --enable adds, and alone means "only these".
 */
export function selectChecks(enabled: readonly string[] = [], disabled: readonly string[] = []): Set<string> {
  const en = enabled.map(checkName)
  const dis = new Set(disabled.map(checkName))
  const on = new Set<string>()
  if (en.length === 0 && dis.size === 0) {
    for (const c of GROUPS.all ?? []) on.add(c)
    return on
  }
  if (dis.size > 0 && !dis.has('all')) {
    if (!dis.has('format-checks')) {
      for (const c of FORMAT) {
        if (c === 'custom-prefix') {
          if (!dis.has('custom-prefix')) on.add('custom-prefix')
          else if (!dis.has('custom-prefix-lax')) on.add('custom-prefix-lax')
        } else if (!dis.has(c)) on.add(c)
      }
    }
    if (!dis.has('approved-values')) {
      for (const c of ['marking-definition-type', 'relationship-types', 'duplicate-ids']) if (!dis.has(c)) on.add(c)
      if (!dis.has('all-vocabs')) for (const c of VOCAB_CHECKS) if (!dis.has(c)) on.add(c)
      if (!dis.has('all-external-sources')) for (const c of EXTERNAL) if (!dis.has(c)) on.add(c)
    }
    for (const c of OTHER) if (!dis.has(c)) on.add(c)
  }
  for (const name of en) {
    const group = GROUPS[name]
    if (group) for (const c of group) on.add(c)
    else on.add(name)
  }
  return on
}
