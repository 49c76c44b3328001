// CISA KEV catalog and CVE JSON 5 records → STIX vulnerability objects. KEV and CVE records of one CVE are separate
// objects (different sources, different dates); views join them by CVE id (the object name).
import { isObject } from '../lib/json.ts'
import type { Issue } from '../lib/result.ts'
import { META_EXT_ID } from '../stix/mosaic-extensions.ts'
import type { StixObject } from '../stix/types.ts'
import { MOSAIC_NAMESPACE, uuid5 } from '../store/uuid5.ts'

const CISA_ID = `identity--${uuid5(MOSAIC_NAMESPACE, 'identity:cisa')}`
const CVE_PROGRAM_ID = `identity--${uuid5(MOSAIC_NAMESPACE, 'identity:cve-program')}`
const CVE_RE = /^CVE-\d{4}-\d{4,}$/

const day = (d: string) => (/^\d{4}-\d{2}-\d{2}$/.test(d) ? `${d}T00:00:00.000Z` : new Date(d).toISOString())

export function isKevCatalog(v: unknown): v is { catalogVersion: string; vulnerabilities: unknown[] } {
  return isObject(v) && Array.isArray(v.vulnerabilities) && typeof v.catalogVersion === 'string'
}

export function isCveRecord(v: unknown): boolean {
  return isObject(v) && v.dataType === 'CVE_RECORD' && isObject(v.cveMetadata)
}

function identity(id: string, name: string, url: string): StixObject {
  return {
    type: 'identity',
    spec_version: '2.1',
    id,
    created: '2021-11-03T00:00:00.000Z',
    modified: '2021-11-03T00:00:00.000Z',
    name,
    identity_class: 'organization',
    external_references: [{ source_name: 'website', url }],
  }
}

export function mapKev(catalog: { vulnerabilities: unknown[] }): { objects: StixObject[]; issues: Issue[] } {
  const objects: StixObject[] = [
    identity(CISA_ID, 'Cybersecurity and Infrastructure Security Agency (CISA)', 'https://www.cisa.gov/'),
  ]
  const issues: Issue[] = []
  catalog.vulnerabilities.forEach((v, i) => {
    const path = `vulnerabilities[${i}]`
    if (!isObject(v) || typeof v.cveID !== 'string' || !CVE_RE.test(v.cveID)) {
      issues.push({ code: 'invalid_kev_entry', path: `${path}.cveID`, message: 'missing or malformed cveID' })
      return
    }
    if (typeof v.dateAdded !== 'string' || Number.isNaN(Date.parse(v.dateAdded))) {
      issues.push({ code: 'invalid_kev_entry', path: `${path}.dateAdded`, message: 'missing or malformed dateAdded' })
      return
    }
    const ts = day(v.dateAdded)
    objects.push({
      type: 'vulnerability',
      spec_version: '2.1',
      id: `vulnerability--${uuid5(MOSAIC_NAMESPACE, `kev:${v.cveID}`)}`,
      created: ts,
      modified: ts,
      created_by_ref: CISA_ID,
      name: v.cveID,
      ...(typeof v.shortDescription === 'string' ? { description: v.shortDescription } : {}),
      external_references: [
        { source_name: 'cve', external_id: v.cveID },
        { source_name: 'cisa-kev', url: 'https://www.cisa.gov/known-exploited-vulnerabilities-catalog' },
      ],
      extensions: { [META_EXT_ID]: { extension_type: 'property-extension', origin: 'cisa-kev', meta: v } },
    })
  })
  return { objects, issues }
}

export function mapCveRecord(rec: Record<string, unknown>): { objects: StixObject[]; issues: Issue[] } {
  const meta = rec.cveMetadata as Record<string, unknown>
  const cve = meta.cveId
  if (typeof cve !== 'string' || !CVE_RE.test(cve)) {
    return {
      objects: [],
      issues: [{ code: 'invalid_cve', path: 'cveMetadata.cveId', message: 'missing or malformed' }],
    }
  }
  const published = typeof meta.datePublished === 'string' ? meta.datePublished : undefined
  const updated = typeof meta.dateUpdated === 'string' ? meta.dateUpdated : published
  if (!published || Number.isNaN(Date.parse(published))) {
    return {
      objects: [],
      issues: [{ code: 'invalid_cve', path: 'cveMetadata.datePublished', message: 'missing or malformed' }],
    }
  }
  const cna = isObject(rec.containers) && isObject(rec.containers.cna) ? rec.containers.cna : {}
  const desc = Array.isArray(cna.descriptions)
    ? cna.descriptions.find((d) => isObject(d) && typeof d.value === 'string' && String(d.lang).startsWith('en'))
    : undefined
  const refs = Array.isArray(cna.references)
    ? cna.references
        .filter((r) => isObject(r) && typeof r.url === 'string')
        .slice(0, 20)
        .map((r) => ({ source_name: 'cve-reference', url: (r as { url: string }).url }))
    : []
  const created = new Date(published).toISOString()
  const modified = new Date(updated && !Number.isNaN(Date.parse(updated)) ? updated : published).toISOString()
  return {
    objects: [
      identity(CVE_PROGRAM_ID, 'CVE Program', 'https://www.cve.org/'),
      {
        type: 'vulnerability',
        spec_version: '2.1',
        id: `vulnerability--${uuid5(MOSAIC_NAMESPACE, `cve:${cve}`)}`,
        created,
        modified: [modified, created].sort()[1] as string, // the later of the two ISO timestamps
        created_by_ref: CVE_PROGRAM_ID,
        name: cve,
        ...(desc ? { description: (desc as { value: string }).value } : {}),
        external_references: [
          { source_name: 'cve', external_id: cve, url: `https://www.cve.org/CVERecord?id=${cve}` },
          ...refs,
        ],
        extensions: {
          [META_EXT_ID]: {
            extension_type: 'property-extension',
            origin: 'cve-record',
            meta: { cveMetadata: meta, problemTypes: cna.problemTypes, affected: cna.affected, metrics: cna.metrics },
          },
        },
      },
    ],
    issues: [],
  }
}
