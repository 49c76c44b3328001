// What STIX 2.1 says about each type beyond its JSON schema, as tables (STYLE.md point 10): kinds, schema files,
// reference targets, open vocabularies, ordered timestamps, relationship suggestions, SCO extensions.
// The property tables themselves come from the official schemas (schemas/official-schemas.ts), compiled once.

const S = 'http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/'

export type Kind = 'sdo' | 'sro' | 'sco' | 'meta' | 'bundle'

const words = (s: string): readonly string[] => s.trim().split(/\s+/)

export const SDO_TYPES = words(`attack-pattern campaign course-of-action grouping identity incident indicator
  infrastructure intrusion-set location malware malware-analysis note observed-data opinion report threat-actor tool
  vulnerability`)
export const SRO_TYPES = words('relationship sighting')
export const SCO_TYPES = words(`artifact autonomous-system directory domain-name email-addr email-message file
  ipv4-addr ipv6-addr mac-addr mutex network-traffic process software url user-account windows-registry-key
  x509-certificate`)
export const META_TYPES = words('marking-definition language-content extension-definition')

/** Every type the specification defines, with its kind and the `$id` of its official schema. */
export const TYPES: ReadonlyMap<string, { kind: Kind; schema: string }> = new Map([
  ...SDO_TYPES.map((t) => [t, { kind: 'sdo' as Kind, schema: `${S}sdos/${t}.json` }] as const),
  ...SRO_TYPES.map((t) => [t, { kind: 'sro' as Kind, schema: `${S}sros/${t}.json` }] as const),
  ...SCO_TYPES.map((t) => [t, { kind: 'sco' as Kind, schema: `${S}observables/${t}.json` }] as const),
  ...META_TYPES.map((t) => [t, { kind: 'meta' as Kind, schema: `${S}common/${t}.json` }] as const),
  ['bundle', { kind: 'bundle' as Kind, schema: `${S}common/bundle.json` }],
])

export const CORE_SCHEMA = `${S}common/core.json`
export const SCO_CORE_SCHEMA = `${S}common/cyber-observable-core.json`

/** Names a custom property must not take (the reference validator rejects them). */
export const RESERVED_PROPERTIES: ReadonlySet<string> = new Set(['severity', 'action', 'usernames', 'phone_numbers'])
/** Type names reserved by the specification for future use. */
export const RESERVED_OBJECTS: ReadonlySet<string> = new Set(['incident', 'infrastructure'])

/** Ordered timestamp pairs: [later, 'ge' | 'gt', earlier]. `modified >= created` applies to every object. */
export const TIMESTAMP_COMPARE: Readonly<Record<string, readonly (readonly [string, 'ge' | 'gt', string])[]>> = {
  campaign: [['last_seen', 'ge', 'first_seen']],
  indicator: [['valid_until', 'gt', 'valid_from']],
  infrastructure: [['last_seen', 'ge', 'first_seen']],
  'intrusion-set': [['last_seen', 'ge', 'first_seen']],
  malware: [['last_seen', 'ge', 'first_seen']],
  'observed-data': [['last_observed', 'ge', 'first_observed']],
  relationship: [['stop_time', 'gt', 'start_time']],
  sighting: [['last_seen', 'ge', 'first_seen']],
  'threat-actor': [['last_seen', 'ge', 'first_seen']],
  'network-traffic': [['end', 'ge', 'start']],
}

/** Properties that hold timestamps (checked for real calendar dates). */
export const TIMESTAMP_PROPERTIES: ReadonlySet<string> = new Set(
  words(`created modified first_seen last_seen valid_from valid_until first_observed last_observed published
  start_time stop_time object_modified analysis_started analysis_ended submitted ctime mtime atime date start end
  created_time account_created account_expires credential_last_changed account_first_login account_last_login
  modified_time validity_not_before validity_not_after`),
)

/** Target types of reference properties (by property name, any type unless the type overrides). */
export const REF_TARGETS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  '*': { created_by_ref: ['identity'], object_marking_refs: ['marking-definition'] },
  sighting: { observed_data_refs: ['observed-data'], where_sighted_refs: ['identity', 'location'] },
  malware: {
    operating_system_refs: ['software'],
    sample_refs: ['artifact', 'file'],
  },
  'malware-analysis': {
    host_vm_ref: ['software'],
    operating_system_ref: ['software'],
    installed_software_refs: ['software'],
    sample_ref: ['file', 'artifact', 'network-traffic'],
  },
  directory: { contains_refs: ['file', 'directory'] },
  'domain-name': { resolves_to_refs: ['ipv4-addr', 'ipv6-addr', 'domain-name'] },
  'email-addr': { belongs_to_ref: ['user-account'] },
  'email-message': {
    from_ref: ['email-addr'],
    sender_ref: ['email-addr'],
    to_refs: ['email-addr'],
    cc_refs: ['email-addr'],
    bcc_refs: ['email-addr'],
    raw_email_ref: ['artifact'],
  },
  file: { content_ref: ['artifact'], parent_directory_ref: ['directory'] },
  'ipv4-addr': { resolves_to_refs: ['mac-addr'], belongs_to_refs: ['autonomous-system'] },
  'ipv6-addr': { resolves_to_refs: ['mac-addr'], belongs_to_refs: ['autonomous-system'] },
  'network-traffic': {
    src_ref: ['ipv4-addr', 'ipv6-addr', 'mac-addr', 'domain-name'],
    dst_ref: ['ipv4-addr', 'ipv6-addr', 'mac-addr', 'domain-name'],
    src_payload_ref: ['artifact'],
    dst_payload_ref: ['artifact'],
    encapsulates_refs: ['network-traffic'],
    encapsulated_by_ref: ['network-traffic'],
  },
  process: {
    opened_connection_refs: ['network-traffic'],
    creator_user_ref: ['user-account'],
    image_ref: ['file'],
    parent_ref: ['process'],
    child_refs: ['process'],
  },
  'windows-registry-key': { creator_user_ref: ['user-account'] },
}

/** Reference properties inside SCO extensions and embedded lists. */
export const EMBEDDED_REF_TARGETS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  'archive-ext': { contains_refs: ['file', 'directory'] },
  'http-request-ext': { message_body_data_ref: ['artifact'] },
  'windows-service-ext': { service_dll_refs: ['file'] },
  body_multipart: { body_raw_ref: ['artifact', 'file'] },
}

/** The predefined extensions of each SCO type. */
export const SCO_EXTENSIONS: Readonly<Record<string, readonly string[]>> = {
  file: ['archive-ext', 'ntfs-ext', 'pdf-ext', 'raster-image-ext', 'windows-pebinary-ext'],
  'network-traffic': ['http-request-ext', 'icmp-ext', 'socket-ext', 'tcp-ext'],
  process: ['windows-process-ext', 'windows-service-ext'],
  'user-account': ['unix-account-ext'],
}

// Open vocabularies (STIX 2.1 §10). Values outside them are warnings, never errors.
export const VOCABS = {
  'attack-motivation': words(`accidental coercion dominance ideology notoriety organizational-gain personal-gain
    personal-satisfaction revenge unpredictable`),
  'attack-resource-level': words('individual club contest team organization government'),
  'grouping-context': words('suspicious-activity malware-analysis unspecified'),
  'identity-class': words('individual group system organization class unknown'),
  'implementation-languages': words(`applescript bash c c++ c# go java javascript lua objective-c perl php powershell
    python ruby scala swift typescript visual-basic x86-32 x86-64`),
  'indicator-types': words(
    'anomalous-activity anonymization benign compromised malicious-activity attribution unknown',
  ),
  'industry-sector': words(`agriculture aerospace automotive chemical commercial communications construction defense
    education energy entertainment financial-services government emergency-services government-local
    government-national government-public-services government-regional healthcare hospitality-leisure
    infrastructure dams nuclear water insurance manufacturing mining non-profit pharmaceuticals retail technology
    telecommunications transportation utilities`),
  'infrastructure-types': words(`amplification anonymization botnet command-and-control control-system exfiltration
    firewall hosting-malware hosting-target-lists phishing reconnaissance routers-switches staging workstation
    undefined`),
  'malware-types': words(`adware backdoor bot bootkit ddos downloader dropper exploit-kit keylogger ransomware
    remote-access-trojan resource-exploitation rogue-security-software rootkit screen-capture spyware trojan unknown
    virus webshell wiper worm`),
  'malware-capabilities': words(`accesses-remote-machines anti-debugging anti-disassembly anti-emulation
    anti-memory-forensics anti-sandbox anti-vm captures-input-peripherals captures-output-peripherals
    captures-system-state-data cleans-traces-of-infection commits-fraud communicates-with-c2
    compromises-data-availability compromises-data-integrity compromises-system-availability controls-local-machine
    degrades-security-software degrades-system-updates determines-c2-server emails-spam escalates-privileges
    evades-av exfiltrates-data fingerprints-host hides-artifacts hides-executing-code infects-files
    infects-remote-machines installs-other-components persists-after-system-reboot prevents-artifact-access
    prevents-artifact-deletion probes-network-environment self-modifies steals-authentication-credentials
    violates-system-operational-integrity`),
  'malware-result': words('malicious suspicious benign unknown'),
  'processor-architecture': words('alpha arm ia-64 mips powerpc sparc x86 x86-64'),
  'report-types': words(`attack-pattern campaign identity indicator intrusion-set malware observed-data threat-actor
    threat-report tool vulnerability`),
  'threat-actor-types': words(`activist competitor crime-syndicate criminal hacker insider-accidental
    insider-disgruntled nation-state sensationalist spy terrorist unknown`),
  'threat-actor-role': words(`agent director independent infrastructure-architect infrastructure-operator
    malware-author sponsor`),
  'threat-actor-sophistication': words('none minimal intermediate advanced expert innovator strategic'),
  'tool-types': words(`denial-of-service exploitation information-gathering network-capture credential-exploitation
    remote-access vulnerability-scanning unknown`),
  region: words(`africa eastern-africa middle-africa northern-africa southern-africa western-africa americas
    latin-america-caribbean south-america caribbean central-america northern-america asia central-asia eastern-asia
    southern-asia south-eastern-asia western-asia europe eastern-europe northern-europe southern-europe
    western-europe antarctica oceania australia-new-zealand melanesia micronesia polynesia`),
  'indicator-pattern-types': words('stix pcre sigma snort suricata yara'),
  'hash-algo': words('MD5 SHA-1 SHA-256 SHA-512 SHA3-256 SHA3-512 SSDEEP TLSH'),
  'windows-pebinary-type': words('dll exe sys'),
  'account-type': words('facebook ldap nis openid radius skype tacacs twitter unix windows-local windows-domain'),
} as const

export type VocabName = keyof typeof VOCABS

/** Which properties of which types use which open vocabulary: [type, property, vocabulary, vocabulary -ov name]. */
export const VOCAB_USES: readonly (readonly [string, string, VocabName, string])[] = [
  ['intrusion-set', 'primary_motivation', 'attack-motivation', 'attack-motivation'],
  ['intrusion-set', 'secondary_motivations', 'attack-motivation', 'attack-motivation'],
  ['threat-actor', 'primary_motivation', 'attack-motivation', 'attack-motivation'],
  ['threat-actor', 'secondary_motivations', 'attack-motivation', 'attack-motivation'],
  ['threat-actor', 'personal_motivations', 'attack-motivation', 'attack-motivation'],
  ['intrusion-set', 'resource_level', 'attack-resource-level', 'attack-resource-level'],
  ['threat-actor', 'resource_level', 'attack-resource-level', 'attack-resource-level'],
  ['grouping', 'context', 'grouping-context', 'grouping-context'],
  ['identity', 'identity_class', 'identity-class', 'identity-class'],
  ['malware', 'implementation_languages', 'implementation-languages', 'implementation-languages'],
  ['indicator', 'indicator_types', 'indicator-types', 'indicator-type'],
  ['infrastructure', 'infrastructure_types', 'infrastructure-types', 'infrastructure-type'],
  ['identity', 'sectors', 'industry-sector', 'industry-sector'],
  ['malware', 'malware_types', 'malware-types', 'malware-type'],
  ['malware', 'capabilities', 'malware-capabilities', 'malware-capabilities'],
  ['malware-analysis', 'result', 'malware-result', 'malware-result'],
  ['malware', 'architecture_execution_envs', 'processor-architecture', 'processor-architecture'],
  ['report', 'report_types', 'report-types', 'report-type'],
  ['threat-actor', 'threat_actor_types', 'threat-actor-types', 'threat-actor-type'],
  ['threat-actor', 'roles', 'threat-actor-role', 'threat-actor-role'],
  ['threat-actor', 'sophistication', 'threat-actor-sophistication', 'threat-actor-sophistication'],
  ['tool', 'tool_types', 'tool-types', 'tool-type'],
  ['location', 'region', 'region', 'region'],
  ['indicator', 'pattern_type', 'indicator-pattern-types', 'pattern-type'],
]

/** Relationship types allowed between any two objects. */
export const COMMON_RELATIONSHIPS: ReadonlySet<string> = new Set(['derived-from', 'duplicate-of', 'related-to'])

const SDOS_ATTACK = ['attack-pattern', 'infrastructure', 'malware', 'tool']
/** Suggested relationships (STIX 2.1 Appendix B): source type → relationship type → target types. */
export const RELATIONSHIPS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  'attack-pattern': {
    delivers: ['malware'],
    targets: ['identity', 'location', 'vulnerability'],
    uses: ['malware', 'tool'],
  },
  campaign: {
    'attributed-to': ['intrusion-set', 'threat-actor'],
    compromises: ['infrastructure'],
    'originates-from': ['location'],
    targets: ['identity', 'location', 'vulnerability'],
    uses: SDOS_ATTACK,
  },
  'course-of-action': {
    investigates: ['indicator'],
    mitigates: ['attack-pattern', 'indicator', 'malware', 'tool', 'vulnerability'],
    remediates: ['malware', 'vulnerability'],
  },
  identity: { 'located-at': ['location'] },
  indicator: {
    indicates: ['attack-pattern', 'campaign', 'infrastructure', 'intrusion-set', 'malware', 'threat-actor', 'tool'],
    'based-on': ['observed-data'],
  },
  infrastructure: {
    'communicates-with': ['infrastructure', 'ipv4-addr', 'ipv6-addr', 'domain-name', 'url'],
    'consists-of': ['infrastructure', 'observed-data', ...SCO_TYPES],
    controls: ['infrastructure', 'malware'],
    delivers: ['malware'],
    has: ['vulnerability'],
    hosts: ['tool', 'malware'],
    'located-at': ['location'],
    uses: ['infrastructure'],
  },
  'intrusion-set': {
    'attributed-to': ['threat-actor'],
    compromises: ['infrastructure'],
    hosts: ['infrastructure'],
    owns: ['infrastructure'],
    'originates-from': ['location'],
    targets: ['identity', 'location', 'vulnerability'],
    uses: SDOS_ATTACK,
  },
  malware: {
    'authored-by': ['threat-actor', 'intrusion-set'],
    'beacons-to': ['infrastructure'],
    'exfiltrates-to': ['infrastructure'],
    'communicates-with': ['ipv4-addr', 'ipv6-addr', 'domain-name', 'url'],
    controls: ['malware'],
    downloads: ['malware', 'tool', 'file'],
    drops: ['malware', 'tool', 'file'],
    exploits: ['vulnerability'],
    'originates-from': ['location'],
    targets: ['identity', 'infrastructure', 'location', 'vulnerability'],
    uses: SDOS_ATTACK,
    'variant-of': ['malware'],
  },
  'malware-analysis': {
    characterizes: ['malware'],
    'analysis-of': ['malware'],
    'static-analysis-of': ['malware'],
    'dynamic-analysis-of': ['malware'],
  },
  'threat-actor': {
    'attributed-to': ['identity'],
    compromises: ['infrastructure'],
    hosts: ['infrastructure'],
    owns: ['infrastructure'],
    impersonates: ['identity'],
    'located-at': ['location'],
    targets: ['identity', 'location', 'vulnerability'],
    uses: SDOS_ATTACK,
  },
  tool: {
    delivers: ['malware'],
    drops: ['malware'],
    has: ['vulnerability'],
    targets: ['identity', 'infrastructure', 'location', 'vulnerability'],
    uses: ['infrastructure'],
  },
}

/** Types that are not SDOs: relationships between them are not checked against the suggestions. */
export const NON_SDOS: ReadonlySet<string> = new Set([...SCO_TYPES, ...SRO_TYPES, ...META_TYPES, 'bundle'])

/** Properties deprecated in STIX 2.1. */
export const DEPRECATED_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  'observed-data': ['objects'],
  'email-message': [],
  file: [],
}

/** Dictionary-valued SCO properties whose keys are not checked for lowercase (their keys are data). */
export const OBSERVABLE_DICT_KEY_EXCEPTIONS: ReadonlySet<string> = new Set([
  'hashes',
  'file_header_hashes',
  'request_header',
  'additional_header_fields',
  'document_info_dict',
  'exif_tags',
  'options',
  'environment_variables',
  'ipfix',
  'extensions',
])

/** Marking definition types defined by the specification. */
export const MARKING_DEFINITION_TYPES: ReadonlySet<string> = new Set(['statement', 'tlp'])

/** Fixed TLP marking definitions: id → [version, level]. */
export const TLP_MARKINGS: ReadonlyMap<string, readonly ['1.0' | '2.0', string]> = new Map([
  ['marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9', ['1.0', 'white']],
  ['marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da', ['1.0', 'green']],
  ['marking-definition--f88d31f6-486f-44da-b317-01333bde0b82', ['1.0', 'amber']],
  ['marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed', ['1.0', 'red']],
  ['marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487', ['2.0', 'clear']],
  ['marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb', ['2.0', 'green']],
  ['marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421', ['2.0', 'amber']],
  ['marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003', ['2.0', 'amber+strict']],
  ['marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1', ['2.0', 'red']],
])

/** The TLP 2.0 property extension. */
export const TLP2_EXTENSION_ID = 'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d'

/** STIX 2.0 required properties beyond type, id, created, modified (the 2.0 mode has no schema copy). */
export const V20_REQUIRED: Readonly<Record<string, readonly string[]>> = {
  'attack-pattern': ['name'],
  campaign: ['name'],
  'course-of-action': ['name'],
  identity: ['name', 'identity_class'],
  indicator: ['labels', 'pattern', 'valid_from'],
  'intrusion-set': ['name'],
  malware: ['name', 'labels'],
  'observed-data': ['first_observed', 'last_observed', 'number_observed', 'objects'],
  report: ['name', 'labels', 'published', 'object_refs'],
  'threat-actor': ['name', 'labels'],
  tool: ['name', 'labels'],
  vulnerability: ['name'],
  relationship: ['relationship_type', 'source_ref', 'target_ref'],
  sighting: ['sighting_of_ref'],
}
/** STIX 2.0 open vocabularies carried in `labels`. */
export const V20_LABEL_VOCABS: Readonly<Record<string, VocabName>> = {
  indicator: 'indicator-types',
  malware: 'malware-types',
  report: 'report-types',
  'threat-actor': 'threat-actor-types',
  tool: 'tool-types',
}
