// The IOC and build tables of the Exchange spec, shipped in ./data (see data/PROVENANCE.md), plus extra IOC files
// given with --ioc. Loading is explicit (no work at import time, STYLE.md point 14).
import { readFileSync } from 'node:fs'
import { MosaicError } from '../../lib/errors.ts'
import { parseCsvDocument } from '../logs/csv.ts'
import type { IocMatch } from './types.ts'

const IOC_TYPES = new Set(['ip', 'user_agent', 'uri_path', 'sha256', 'filepath', 'filename'])

/** IOC rows indexed the way spec §7.5 matches each type. */
export interface IocTables {
  ip: Map<string, IocMatch[]>
  /** User agents with `+` turned into spaces (matched as case-sensitive substrings). */
  userAgents: { needle: string; row: IocMatch }[]
  /** Lower-cased decoded paths. */
  uriPath: Map<string, IocMatch[]>
  sha256: Map<string, IocMatch[]>
  /** Lower-cased Windows paths. */
  filepath: Map<string, IocMatch[]>
  /** Lower-cased basenames (enrichment only). */
  filename: Map<string, IocMatch[]>
  rows: number
}

export function emptyIocTables(): IocTables {
  return {
    ip: new Map(),
    userAgents: [],
    uriPath: new Map(),
    sha256: new Map(),
    filepath: new Map(),
    filename: new Map(),
    rows: 0,
  }
}

function add(map: Map<string, IocMatch[]>, key: string, row: IocMatch): void {
  const list = map.get(key)
  if (list) list.push(row)
  else map.set(key, [row])
}

/** Add the rows of one IOC CSV (spec §7.5 schema) to the tables. `name` is used in error messages. */
export function addIocCsv(tables: IocTables, text: string, name: string): void {
  const { header, rows } = parseCsvDocument(text)
  const col = (n: string) => header.findIndex((h) => h.toLowerCase() === n)
  const ti = col('indicator_type')
  const vi = col('value')
  if (ti < 0 || vi < 0) {
    throw new MosaicError('invalid_input', 'IOC file needs the columns indicator_type and value', { where: name })
  }
  const get = (fields: string[], n: string) => {
    const i = col(n)
    return i < 0 ? '' : (fields[i] ?? '')
  }
  for (const { fields } of rows) {
    const type = (fields[ti] ?? '').trim().toLowerCase()
    const value = (fields[vi] ?? '').trim()
    if (!IOC_TYPES.has(type) || value === '') continue
    const row: IocMatch = {
      type,
      value,
      description: get(fields, 'description'),
      campaign: get(fields, 'campaign'),
      source_name: get(fields, 'source_name'),
      source_url: get(fields, 'source_url'),
    }
    tables.rows++
    if (type === 'ip') add(tables.ip, value, row)
    else if (type === 'user_agent') tables.userAgents.push({ needle: value.replaceAll('+', ' '), row })
    else if (type === 'uri_path') add(tables.uriPath, value.toLowerCase(), row)
    else if (type === 'sha256') add(tables.sha256, value.toLowerCase(), row)
    else if (type === 'filepath') add(tables.filepath, value.toLowerCase(), row)
    else add(tables.filename, value.toLowerCase(), row)
  }
}

function dataFile(name: string): string {
  return readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8')
}

/** The built-in IOC list plus extra IOC files (read from disk). */
export function loadIocTables(extraFiles: readonly string[] = [], builtIn = true): IocTables {
  const tables = emptyIocTables()
  if (builtIn) addIocCsv(tables, dataFile('exchange-iocs.csv'), 'exchange-iocs.csv')
  for (const f of extraFiles) {
    let text: string
    try {
      text = readFileSync(f, 'utf8')
    } catch (e) {
      throw new MosaicError('invalid_input', `cannot read IOC file: ${(e as Error).message}`, { where: f })
    }
    addIocCsv(tables, text, f)
  }
  return tables
}

/** One row of exchange-builds.csv. */
export interface BuildRow {
  product: string
  matchPrefix: number[]
  family: 'proxylogon' | 'proxyshell'
  kind: 'security_update' | 'cu_includes_fix' | 'not_affected'
  fixedBuild: number[] | null
  cves: string[]
  updateName: string
  kb: string
}

/** Parse a build string into 4 integers (zero padding allowed, missing parts are 0), or null. */
export function parseBuild(text: string): number[] | null {
  const parts = text.trim().split('.')
  if (parts.length < 2 || parts.length > 4 || parts.some((p) => !/^\d+$/.test(p))) return null
  const nums = parts.map((p) => Number.parseInt(p, 10))
  while (nums.length < 4) nums.push(0)
  return nums
}

/** The build table shipped in ./data. */
export function loadBuildTable(text = dataFile('exchange-builds.csv')): BuildRow[] {
  const { header, rows } = parseCsvDocument(text)
  const idx = (n: string) => header.indexOf(n)
  const out: BuildRow[] = []
  for (const { fields } of rows) {
    const f = (n: string) => (fields[idx(n)] ?? '').trim()
    const family = f('fix_family')
    const kind = f('fix_kind')
    if (
      (family !== 'proxylogon' && family !== 'proxyshell') ||
      !['security_update', 'cu_includes_fix', 'not_affected'].includes(kind)
    )
      continue
    out.push({
      product: f('product'),
      matchPrefix: f('match_prefix')
        .split('.')
        .filter((p) => p !== '')
        .map((p) => Number.parseInt(p, 10)),
      family,
      kind: kind as BuildRow['kind'],
      fixedBuild: f('fixed_build') === '' ? null : parseBuild(f('fixed_build')),
      cves: f('cves_fixed')
        .split(';')
        .map((c) => c.trim())
        .filter((c) => c !== ''),
      updateName: f('update_name'),
      kb: f('kb'),
    })
  }
  return out
}

const PRODUCTS: Record<string, string> = {
  '15.2': 'Exchange 2019',
  '15.1': 'Exchange 2016',
  '15.0': 'Exchange 2013',
  '14.3': 'Exchange 2010',
}

/** CVEs of each family (spec §1). */
export const FAMILY_CVES = {
  proxylogon: ['CVE-2021-26855', 'CVE-2021-26857', 'CVE-2021-26858', 'CVE-2021-27065'],
  proxyshell: ['CVE-2021-31207', 'CVE-2021-34473', 'CVE-2021-34523'],
} as const

function cmp(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < 4; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0)
    if (d !== 0) return d
  }
  return 0
}

/** Spec §6: the vulnerable CVEs of one family for a build (empty when fixed, not applicable or unknown). */
export function vulnerableCves(
  table: readonly BuildRow[],
  build: number[],
  family: 'proxylogon' | 'proxyshell',
): string[] {
  const product = PRODUCTS[`${build[0]}.${build[1]}`]
  if (!product) return []
  const out: string[] = []
  for (const cve of FAMILY_CVES[family]) {
    const rows = table.filter((r) => r.product === product && r.family === family && r.cves.includes(cve))
    if (rows.length === 0 || rows.some((r) => r.kind === 'not_affected')) continue
    const su = rows.filter(
      (r) => r.kind === 'security_update' && r.matchPrefix.length > 0 && r.matchPrefix.every((p, i) => build[i] === p),
    )
    const fixed =
      su.length > 0
        ? su.some((r) => r.fixedBuild !== null && cmp(build, r.fixedBuild) >= 0)
        : rows.some((r) => r.kind === 'cu_includes_fix' && r.fixedBuild !== null && cmp(build, r.fixedBuild) >= 0)
    if (!fixed) out.push(cve)
  }
  return out.sort()
}

/** The product name for a parsed build, or null when it is not an Exchange version the table covers. */
export function productOf(build: number[]): string | null {
  return PRODUCTS[`${build[0]}.${build[1]}`] ?? null
}
