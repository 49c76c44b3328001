// Turns the starter tables into one self-contained STIX 2.1 bundle with deterministic ids and timestamps.
import {
  CLAIM_EXT_ID,
  type ClaimExtension,
  LEGAL_ACTION_EXT_ID,
  LEGAL_ACTION_TYPE,
  META_EXT_ID,
  MOSAIC_IDENTITY_ID,
} from '../../stix/mosaic-extensions.ts'
import type { Bundle, ExternalReference, StixObject } from '../../stix/types.ts'
import { uuid5 } from '../../store/uuid5.ts'
import { ACTORS, ORGS } from './actors.ts'
import { CLAIMS, DENIALS } from './attributions.ts'
import { CAMPAIGNS, MALWARE, TARGETING } from './campaigns.ts'
import { COUNTRIES, IDENTITIES, SECTORS } from './identities.ts'
import { FRONT_COMPANIES, LEGAL_ACTIONS } from './legal-actions.ts'
import type { ScaleName, Source } from './types.ts'

/** Version of the pack: the date its content was last revised. Every object carries it as created/modified. */
export const STARTER_PACK_VERSION = '2026-11-29'
const STAMP = `${STARTER_PACK_VERSION}T00:00:00.000Z`

/** UUIDv5 namespace of the starter pack. Fixed forever: changing it changes every id in the pack. */
const NAMESPACE = '0b8f6c52-7a3e-5d14-9c2b-6e1f4a8d3c70'

/** RFC 4122 version-5 UUID (SHA-1) of `name` in `namespace`. */
export function uuidv5(name: string, namespace: string = NAMESPACE): string {
  return uuid5(namespace, name)
}

const TYPE_BY_PREFIX: Record<string, string> = {
  id: 'identity',
  sec: 'identity',
  fc: 'identity',
  person: 'identity',
  ta: 'threat-actor',
  is: 'intrusion-set',
  cp: 'campaign',
  loc: 'location',
  cve: 'vulnerability',
  mw: 'malware',
  la: LEGAL_ACTION_TYPE,
  cl: 'relationship',
  tg: 'relationship',
  rel: 'relationship',
  dn: 'opinion',
}

/** The STIX id of a pack key such as `is:apt40` or `cve:CVE-2021-26855`. Pure function of the key. */
export function starterId(key: string): string {
  const prefix = key.slice(0, key.indexOf(':'))
  const type = TYPE_BY_PREFIX[prefix]
  if (!type) throw new Error(`starter pack: unknown key prefix in ${key}`)
  return `${type}--${uuidv5(key)}`
}

const BANDS: Record<string, number> = {
  'ICD-203:almost certainly': 95,
  'ICD-203:very likely': 87,
  'ICD-203:likely': 67,
  'UK-PHIA:almost certain': 95,
  'UK-PHIA:highly likely': 85,
  'UK-PHIA:likely': 65,
  'CCCS-estimative:almost certainly': 95,
  'CCCS-estimative:very likely': 85,
  'CCCS-estimative:likely': 65,
  'WEP:highly likely': 85,
  'WEP:likely': 65,
  'analytic-confidence:high': 85,
  'analytic-confidence:moderate': 60,
  'analytic-confidence:low': 30,
}

/**
 * STIX 0–100 for a term on a scale: probability and confidence terms by their band; statements of fact 90;
 * legal allegations (charges, designations) 75 — an allegation, not a finding.
 */
export function stixConfidence(scale: ScaleName, term: string): number {
  if (scale === 'statement-of-fact') return 90
  if (scale === 'legal-allegation') return 75
  const band = BANDS[`${scale}:${term}`]
  if (band === undefined) throw new Error(`starter pack: no band for ${scale}:${term}`)
  return band
}

const ref = (s: Source): ExternalReference => ({ source_name: s.title, url: s.url, description: `published ${s.date}` })

function base(type: string, key: string, createdBy: string = MOSAIC_IDENTITY_ID): StixObject {
  return { type, spec_version: '2.1', id: starterId(key), created: STAMP, modified: STAMP, created_by_ref: createdBy }
}

const slug = (s: string): string =>
  s
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

function claimExt(ext: Omit<ClaimExtension, 'extension_type'>): Record<string, Record<string, unknown>> {
  const clean: Record<string, unknown> = { extension_type: 'property-extension' }
  for (const [k, v] of Object.entries(ext)) if (v !== undefined && !(Array.isArray(v) && v.length === 0)) clean[k] = v
  return { [CLAIM_EXT_ID]: clean }
}

const CLAIM_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Mosaic claim metadata',
  type: 'object',
  properties: {
    extension_type: { const: 'property-extension' },
    published: { type: 'string' },
    confidence_text: { type: 'string' },
    confidence_scale: { type: 'string' },
    confidence_term: { type: 'string' },
    polarity: { enum: ['asserts', 'denies', 'retracts'] },
    cosigner_refs: { type: 'array', items: { type: 'string' } },
    about_refs: { type: 'array', items: { type: 'string' } },
    attributor_ref: { type: 'string' },
    evidence: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          report_ref: { type: 'string' },
          span: { type: 'array', items: { type: 'integer' }, minItems: 2, maxItems: 2 },
          quote: { type: 'string' },
          url: { type: 'string' },
          title: { type: 'string' },
        },
      },
    },
    responds_to: { type: 'array', items: { type: 'string' } },
    predicate: { type: 'string' },
  },
  required: ['extension_type'],
}

const LEGAL_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Mosaic legal action (x-mosaic-legal-action)',
  type: 'object',
  properties: {
    name: { type: 'string' },
    action_type: { enum: ['indictment', 'sanction', 'arrest', 'reward', 'expulsion'] },
    authority_ref: { type: 'string' },
    date: { type: 'string' },
    subjects: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          name: { type: 'string' },
          kind: { enum: ['person', 'organisation', 'front-company'] },
          ref: { type: 'string' },
        },
        required: ['name', 'kind'],
      },
    },
    charges: { type: 'array', items: { type: 'string' } },
    concerns_refs: { type: 'array', items: { type: 'string' } },
  },
  required: ['action_type', 'authority_ref', 'date', 'subjects'],
}

const META_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Mosaic source metadata',
  type: 'object',
  properties: {
    extension_type: { const: 'property-extension' },
    origin: { type: 'string' },
    meta: { type: 'object' },
    impact: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          quantity: { type: 'number' },
          unit: { type: 'string' },
          description: { type: 'string' },
          approximate: { type: 'boolean' },
          source_ref: { type: 'string' },
          url: { type: 'string' },
        },
        required: ['quantity', 'unit'],
      },
    },
  },
  required: ['extension_type'],
}

function extensionDefinitions(): StixObject[] {
  const def = (id: string, name: string, description: string, schema: unknown, types: string[]): StixObject => ({
    type: 'extension-definition',
    spec_version: '2.1',
    id,
    created: STAMP,
    modified: STAMP,
    created_by_ref: MOSAIC_IDENTITY_ID,
    name,
    description,
    schema: JSON.stringify(schema),
    version: '1.0.0',
    extension_types: types,
  })
  return [
    def(
      CLAIM_EXT_ID,
      'Mosaic claim',
      'Publication date, verbatim confidence wording and scale, co-signers, subject matter and evidence of a claim.',
      CLAIM_SCHEMA,
      ['property-extension'],
    ),
    def(
      LEGAL_ACTION_EXT_ID,
      'Mosaic legal action',
      'New SDO x-mosaic-legal-action: indictment, sanction, arrest, reward or expulsion.',
      LEGAL_SCHEMA,
      ['new-sdo'],
    ),
    def(
      META_EXT_ID,
      'Mosaic source metadata',
      "A source's own metadata and impact figures with their source.",
      META_SCHEMA,
      ['property-extension'],
    ),
  ]
}

function relationship(
  key: string,
  type: string,
  source: string,
  target: string,
  createdBy: string,
  extra: Partial<StixObject> = {},
): StixObject {
  return {
    ...base('relationship', key, createdBy),
    relationship_type: type,
    source_ref: starterId(source),
    target_ref: starterId(target),
    ...extra,
  }
}

/** Builds the starter bundle. Deterministic: two calls return deep-equal bundles. */
export function starterBundle(): Bundle {
  const objects: StixObject[] = []
  const push = (o: StixObject): void => {
    objects.push(o)
  }

  push({
    type: 'identity',
    spec_version: '2.1',
    id: MOSAIC_IDENTITY_ID,
    created: STAMP,
    modified: STAMP,
    name: 'Mosaic',
    identity_class: 'organization',
    description:
      'The Mosaic project: author of its STIX extensions and of the starter knowledge pack (public record, with sources).',
  })
  for (const o of extensionDefinitions()) push(o)

  for (const c of COUNTRIES) push({ ...base('location', `loc:${c.code}`), name: c.name, country: c.code })

  for (const row of [...IDENTITIES, ...SECTORS]) {
    push({
      ...base('identity', row.key),
      name: row.name,
      identity_class: row.identity_class,
      ...(row.sectors ? { sectors: row.sectors } : {}),
      ...(row.description ? { description: row.description } : {}),
      ...(row.url ? { external_references: [{ source_name: 'website', url: row.url }] } : {}),
    })
    if (row.country)
      push(relationship(`rel:${row.key}:located-at`, 'located-at', row.key, `loc:${row.country}`, MOSAIC_IDENTITY_ID))
    if (row.part_of)
      push(
        relationship(`rel:${row.key}:part-of`, 'related-to', row.key, row.part_of, MOSAIC_IDENTITY_ID, {
          description: 'part of',
          extensions: claimExt({ predicate: 'part-of' }),
        }),
      )
  }

  for (const org of ORGS) {
    push({
      ...base('threat-actor', org.key),
      name: org.name,
      description: org.description,
      threat_actor_types: ['nation-state'],
      resource_level: 'government',
      ...(org.aliases?.length ? { aliases: org.aliases } : {}),
      external_references: [ref(org.source)],
    })
    push(
      relationship(`rel:${org.key}:located-at`, 'located-at', org.key, `loc:${org.country}`, MOSAIC_IDENTITY_ID, {
        external_references: [ref(org.source)],
      }),
    )
    if (org.part_of) {
      push(
        relationship(`rel:${org.key}:part-of`, 'related-to', org.key, org.part_of, MOSAIC_IDENTITY_ID, {
          description: 'part of',
          external_references: [ref(org.source)],
          extensions: claimExt({
            predicate: 'part-of',
            published: org.source.date,
            evidence: [{ url: org.source.url, title: org.source.title }],
          }),
        }),
      )
    }
  }

  for (const a of ACTORS) {
    const refs: ExternalReference[] = []
    if (a.attack)
      refs.push({
        source_name: 'mitre-attack',
        external_id: a.attack,
        url: `https://attack.mitre.org/groups/${a.attack}/`,
      })
    refs.push(ref(a.origin))
    push({
      ...base('intrusion-set', a.key),
      name: a.name,
      ...(a.aliases.length ? { aliases: a.aliases } : {}),
      external_references: refs,
    })
    push(
      relationship(
        `rel:${a.key}:originates-from`,
        'originates-from',
        a.key,
        `loc:${a.country}`,
        starterId(a.origin.by),
        {
          external_references: [ref(a.origin)],
          extensions: claimExt({
            published: a.origin.date,
            evidence: [{ url: a.origin.url, title: a.origin.title, quote: a.origin.quote }],
          }),
        },
      ),
    )
  }

  for (const m of MALWARE)
    push({
      ...base('malware', m.key),
      name: m.name,
      is_family: true,
      malware_types: m.types,
      ...(m.aliases?.length ? { aliases: m.aliases } : {}),
    })

  const cves = new Set<string>()
  for (const c of CAMPAIGNS) for (const cve of c.cves ?? []) cves.add(cve)
  for (const cve of [...cves].sort()) {
    push({
      ...base('vulnerability', `cve:${cve}`),
      name: cve,
      external_references: [{ source_name: 'cve', external_id: cve, url: `https://www.cve.org/CVERecord?id=${cve}` }],
    })
  }

  for (const c of CAMPAIGNS) {
    const impact = (c.impact ?? []).map((i) => ({
      quantity: i.quantity,
      unit: i.unit,
      description: i.description,
      ...(i.approximate ? { approximate: true } : {}),
      source_ref: starterId(i.by),
      url: i.source.url,
    }))
    const refs = [ref(c.source), ...(c.impact ?? []).map((i) => ref(i.source))]
    push({
      ...base('campaign', c.key),
      name: c.name,
      description: c.description,
      ...(c.aliases?.length ? { aliases: c.aliases } : {}),
      first_seen: `${c.first_seen}T00:00:00.000Z`,
      ...(c.last_seen ? { last_seen: `${c.last_seen}T00:00:00.000Z` } : {}),
      external_references: dedupeRefs(refs),
      ...(impact.length ? { extensions: { [META_EXT_ID]: { extension_type: 'property-extension', impact } } } : {}),
    })
    const ev = claimExt({ published: c.source.date, evidence: [{ url: c.source.url, title: c.source.title }] })
    const rel = (suffix: string, type: string, target: string): StixObject =>
      relationship(`rel:${c.key}:${suffix}`, type, c.key, target, MOSAIC_IDENTITY_ID, {
        external_references: [ref(c.source)],
        extensions: ev,
      })
    // Campaign → intrusion set is a related-to 'conducted-by' link authored by Mosaic; attributions proper are the
    // sourced claims in attributions.ts, so the ledger never shows Mosaic as an attributor.
    for (const u of c.uses ?? []) {
      if (u.startsWith('is:')) {
        push(
          relationship(`rel:${c.key}:uses:${u}`, 'related-to', c.key, u, MOSAIC_IDENTITY_ID, {
            description: 'conducted by',
            external_references: [ref(c.source)],
            extensions: claimExt({
              predicate: 'conducted-by',
              published: c.source.date,
              evidence: [{ url: c.source.url, title: c.source.title }],
            }),
          }),
        )
      } else push(rel(`uses:${u}`, 'uses', u))
    }
    for (const cc of c.targets_countries ?? []) push(rel(`targets:loc:${cc}`, 'targets', `loc:${cc}`))
    for (const s of c.targets_sectors ?? []) push(rel(`targets:${s}`, 'targets', s))
    for (const cve of c.cves ?? []) push(rel(`targets:cve:${cve}`, 'targets', `cve:${cve}`))
  }

  for (const t of TARGETING) {
    for (const target of t.targets) {
      push(
        relationship(`${t.key}:${target}`, 'targets', t.subject, target, starterId(t.by), {
          ...(t.start ? { start_time: `${t.start}T00:00:00.000Z` } : {}),
          ...(t.stop ? { stop_time: `${t.stop}T23:59:59.000Z` } : {}),
          external_references: [ref(t.source)],
          extensions: claimExt({
            published: t.source.date,
            evidence: [{ url: t.source.url, title: t.source.title, ...(t.quote ? { quote: t.quote } : {}) }],
          }),
        }),
      )
    }
  }

  for (const c of CLAIMS) {
    push(
      relationship(c.key, 'attributed-to', c.subject, c.target, starterId(c.by), {
        confidence: stixConfidence(c.scale, c.term),
        external_references: [ref(c.source)],
        extensions: claimExt({
          published: c.source.date,
          ...(c.wording ? { confidence_text: c.wording } : {}),
          confidence_scale: c.scale,
          confidence_term: c.term,
          polarity: 'asserts',
          cosigner_refs: (c.cosigners ?? []).map(starterId),
          about_refs: (c.about ?? []).map(starterId),
          evidence: [{ url: c.source.url, title: c.source.title, ...(c.quote ? { quote: c.quote } : {}) }],
        }),
      }),
    )
  }

  for (const d of DENIALS) {
    push({
      ...base('opinion', d.key, starterId(d.by)),
      opinion: 'strongly-disagree',
      explanation: d.quote,
      authors: [IDENTITIES.find((i) => i.key === d.by)?.name ?? d.by],
      object_refs: d.responds_to.map(starterId),
      external_references: [ref(d.source)],
      extensions: claimExt({
        published: d.source.date,
        polarity: 'denies',
        responds_to: d.responds_to.map(starterId),
        evidence: [{ url: d.source.url, title: d.source.title, quote: d.quote }],
      }),
    })
  }

  for (const f of FRONT_COMPANIES) {
    push({
      ...base('identity', f.key),
      name: f.name,
      identity_class: 'organization',
      description: 'Company named in a legal action.',
    })
    push(relationship(`rel:${f.key}:located-at`, 'located-at', f.key, `loc:${f.country}`, MOSAIC_IDENTITY_ID))
    if (f.front_for)
      push(
        relationship(`rel:${f.key}:front-for`, 'related-to', f.key, f.front_for, MOSAIC_IDENTITY_ID, {
          description: 'front company for',
          extensions: claimExt({ predicate: 'front-for' }),
        }),
      )
  }

  const people = new Map<string, StixObject>()
  for (const la of LEGAL_ACTIONS) {
    const subjects = la.subjects.map((s) => {
      let r = s.ref
      if (!r && s.kind === 'person' && !/^\d|personnel|operatives/.test(s.name)) {
        r = `person:${slug(s.name)}`
        if (!people.has(r)) people.set(r, { ...base('identity', r), name: s.name, identity_class: 'individual' })
      }
      return { name: s.name, kind: s.kind, ...(r ? { ref: starterId(r) } : {}) }
    })
    push({
      ...base(LEGAL_ACTION_TYPE, la.key, starterId(la.authority)),
      name: la.name,
      ...(la.description ? { description: la.description } : {}),
      action_type: la.action_type,
      authority_ref: starterId(la.authority),
      date: la.date,
      subjects,
      ...(la.charges ? { charges: la.charges } : {}),
      concerns_refs: la.concerns.map(starterId),
      external_references: [ref(la.source)],
      extensions: {
        [LEGAL_ACTION_EXT_ID]: { extension_type: 'new-sdo' },
        ...claimExt({ published: la.date, evidence: [{ url: la.source.url, title: la.source.title }] }),
      },
    })
  }
  for (const p of people.values()) push(p)

  return { type: 'bundle', id: `bundle--${uuidv5(`starter-pack:${STARTER_PACK_VERSION}`)}`, objects }
}

function dedupeRefs(refs: ExternalReference[]): ExternalReference[] {
  const seen = new Set<string>()
  return refs.filter((r) => {
    const k = `${r.url}`
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}
