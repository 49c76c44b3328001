// Indicators for log sweeps: read from a STIX bundle (indicator patterns), a CSV with a value column, or a plain
// list; literal IOCs are compiled into one hash table keyed by their normalised value (literal-table.ts) and matched
// against whole field values — never substrings, so 1.2.3.4 does not match 11.2.3.45. Patterns that are not plain
// literal equalities go to the STIX pattern evaluator (patterns.ts).
import { isAscii } from 'node:buffer'
import { readFileSync } from 'node:fs'
import { MosaicError } from '../../lib/errors.ts'
import { parseCsvDocument, parseCsvLine } from './csv.ts'

/** The literal types the sweep matches. */
export type LiteralType = 'ipv4-addr' | 'ipv6-addr' | 'domain-name' | 'url' | 'email-addr' | 'file-hash'

/** One literal value an indicator asserts. */
export interface LiteralIndicator {
  /** The STIX indicator id, or `line:N` for list/CSV input. */
  indicatorId: string
  name: string | null
  type: LiteralType
  value: string
}

/** An indicator whose pattern needs the STIX pattern evaluator. */
export interface NonLiteralIndicator {
  indicatorId: string
  name: string | null
  pattern: string
}

const TYPES: readonly LiteralType[] = ['ipv4-addr', 'ipv6-addr', 'domain-name', 'url', 'email-addr', 'file-hash']
/** The literal types in the order of LiteralList.typeCode. */
export const LITERAL_TYPES = TYPES
const TYPE_CODE = new Map(TYPES.map((t, i) => [t, i]))

/**
 * The literal indicators of a set, stored by column: a million list entries take about 13 bytes each plus the
 * list text itself (their values are ranges of it), instead of an object and a string apiece. Entries from STIX
 * indicators keep their id and name as objects.
 */
export class LiteralList implements Iterable<LiteralIndicator> {
  length = 0
  private types = new Uint8Array(64)
  private lines = new Int32Array(64)
  private starts = new Int32Array(64)
  private ends = new Int32Array(64)
  /** Source text of the ranged values (one list document). */
  private text = ''
  /** Entries pushed as objects (sparse). */
  private objects: (LiteralIndicator | undefined)[] = []

  private grow(): void {
    if (this.length < this.types.length) return
    const size = this.types.length * 2
    const g = <T extends Uint8Array | Int32Array>(a: T, make: (n: number) => T): T => {
      const b = make(size)
      b.set(a)
      return b
    }
    this.types = g(this.types, (n) => new Uint8Array(n))
    this.lines = g(this.lines, (n) => new Int32Array(n))
    this.starts = g(this.starts, (n) => new Int32Array(n))
    this.ends = g(this.ends, (n) => new Int32Array(n))
  }

  push(lit: LiteralIndicator): void {
    this.grow()
    this.objects[this.length] = lit
    this.types[this.length] = TYPE_CODE.get(lit.type) ?? 0
    this.length++
  }

  /** An entry whose value is `text.slice(start, end)` and whose id is `line:N`. */
  pushRange(text: string, start: number, end: number, line: number, type: LiteralType): void {
    if (this.text !== text) {
      if (this.text !== '') {
        // A second source text: store this entry as an object.
        this.push({ indicatorId: `line:${line}`, name: null, type, value: text.slice(start, end) })
        return
      }
      this.text = text
    }
    this.grow()
    const i = this.length++
    this.types[i] = TYPE_CODE.get(type) ?? 0
    this.lines[i] = line
    this.starts[i] = start
    this.ends[i] = end
  }

  type(i: number): LiteralType {
    return TYPES[this.types[i]!]!
  }

  /** The type of entry i as its index in LITERAL_TYPES. */
  typeCode(i: number): number {
    return this.types[i]!
  }

  /** The number of entries stored as objects (the others are ranges of `source`). */
  get objectCount(): number {
    return this.objects.length
  }

  /** The list text that ranged entries point into ('' when there is none). */
  get source(): string {
    return this.text
  }

  /** Where entry i's value starts in `source`, or -1 when the entry is an object. */
  rangeStart(i: number): number {
    return i < this.objects.length && this.objects[i] ? -1 : this.starts[i]!
  }

  /** Where entry i's value ends in `source` (meaningful when rangeStart(i) >= 0). */
  rangeEnd(i: number): number {
    return this.ends[i]!
  }

  value(i: number): string {
    // (Entries past the objects array are ranges: reading past an array's end is slow in V8.)
    const o = i < this.objects.length ? this.objects[i] : undefined
    return o ? o.value : this.text.slice(this.starts[i]!, this.ends[i]!)
  }

  at(i: number): LiteralIndicator | undefined {
    if (i < 0 || i >= this.length) return undefined
    const o = i < this.objects.length ? this.objects[i] : undefined
    if (o) return o
    return { indicatorId: `line:${this.lines[i]}`, name: null, type: this.type(i), value: this.value(i) }
  }

  *[Symbol.iterator](): Iterator<LiteralIndicator> {
    for (let i = 0; i < this.length; i++) yield this.at(i)!
  }

  map<T>(fn: (l: LiteralIndicator, i: number) => T): T[] {
    const out: T[] = []
    for (let i = 0; i < this.length; i++) out.push(fn(this.at(i)!, i))
    return out
  }

  /** A new list with the entries of both. */
  static concat(a: LiteralList, b: LiteralList): LiteralList {
    const out = new LiteralList()
    for (const l of a) out.push(l)
    for (const l of b) out.push(l)
    return out
  }
}

/** Everything read from an indicators file. */
export interface IndicatorSet {
  literals: LiteralList
  nonLiteral: NonLiteralIndicator[]
  /** Entries that could not be used, with the reason. */
  rejected: { where: string; reason: string }[]
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/
const HEX_HASH = /^([0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|[0-9a-f]{128})$/i
const DOMAIN = /^(?=.{1,253}$)([a-z0-9_](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}\.?$/i

/** Canonical text of an IPv6 address (lower case, zeros compressed), or null. */
export function canonicalIpv6(v: string): string | null {
  if (!v.includes(':') || !/^[0-9a-f:.]+$/i.test(v)) return null
  try {
    const h = new URL(`http://[${v}]/`).hostname
    return h.slice(1, -1)
  } catch {
    return null
  }
}

/** `text[a, b)` is a dotted-quad IPv4 address (what the IPV4 expression accepts, without making a string). */
function isIpv4Range(text: string, a: number, b: number): boolean {
  let parts = 0
  let i = a
  while (i < b) {
    const p = i
    let v = 0
    while (i < b && i - p < 4) {
      const c = text.charCodeAt(i)
      if (c < 48 || c > 57) break
      v = v * 10 + c - 48
      i++
    }
    const digits = i - p
    if (digits === 0 || digits > 3 || v > 255 || (digits > 1 && text.charCodeAt(p) === 48)) return false
    parts++
    if (i === b) return parts === 4
    if (text.charCodeAt(i) !== 46 || parts === 4) return false
    i++
  }
  return false
}

/** `text[a, b)` holds only letters, digits, '.', '-' and '_', and at least one dot. */
function onlyHostChars(text: string, a: number, b: number): boolean {
  let dot = false
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i)
    if (c === 46) dot = true
    else if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 95))
      return false
  }
  return dot
}

/** Guess the type of a bare value (list and CSV input). */
export function guessType(v: string): LiteralType | null {
  if (IPV4.test(v)) return 'ipv4-addr'
  if (canonicalIpv6(v) !== null) return 'ipv6-addr'
  if (HEX_HASH.test(v)) return 'file-hash'
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v)) return 'url'
  if (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v)) return 'email-addr'
  if (DOMAIN.test(v)) return 'domain-name'
  return null
}

/** The key a value is stored and looked up under. */
export function literalKey(type: LiteralType, value: string): string {
  switch (type) {
    case 'ipv4-addr':
    case 'url':
      return value
    case 'ipv6-addr':
      return canonicalIpv6(value) ?? value.toLowerCase()
    case 'domain-name':
      return value.toLowerCase().replace(/\.$/, '')
    default:
      return value.toLowerCase()
  }
}

const STRING = String.raw`'((?:[^'\\]|\\.)*)'`
const CMP = new RegExp(
  String.raw`^\s*(ipv4-addr|ipv6-addr|domain-name|url|email-addr):value\s*=\s*${STRING}\s*$|^\s*file:hashes\.(?:'[^']+'|"[^"]+"|[A-Za-z0-9-]+)\s*=\s*${STRING}\s*$`,
)

/**
 * The literal values of a pattern made only of `[type:value = '…']` comparisons joined by OR (inside one
 * observation or between observations), or null when the pattern needs the evaluator.
 */
export function literalsOfPattern(pattern: string): { type: LiteralType; value: string }[] | null {
  const body = pattern.trim()
  // Split on OR at bracket depth 0 and inside brackets alike; any AND, FOLLOWEDBY, qualifier or other operator
  // makes the pattern non-literal.
  if (
    /\b(AND|FOLLOWEDBY|WITHIN|REPEATS|START|STOP|NOT|LIKE|MATCHES|IN|ISSUBSET|ISSUPERSET|EXISTS)\b/.test(
      body.replace(/'(?:[^'\\]|\\.)*'/g, "''"),
    )
  )
    return null
  const inner = body.replace(/'(?:[^'\\]|\\.)*'/g, (s) => s.replace(/[[\]]/g, (c) => (c === '[' ? '\u0001' : '\u0002')))
  const parts = inner.split(/\]\s*OR\s*\[|\bOR\b/).map((p) =>
    p
      .replace(/^\s*\[/, '')
      .replace(/\]\s*$/, '')
      .replace(/\u0001/g, '[')
      .replace(/\u0002/g, ']'),
  )
  const out: { type: LiteralType; value: string }[] = []
  for (const p of parts) {
    const m = CMP.exec(p)
    if (!m) return null
    const raw = (m[2] ?? m[3] ?? '').replace(/\\(.)/g, '$1')
    out.push({ type: (m[1] as LiteralType | undefined) ?? 'file-hash', value: raw })
  }
  return out.length > 0 ? out : null
}

/**
 * Indicators from STIX objects (a bundle's objects, or what the store returns): literal patterns go to the hash
 * table, other STIX patterns to the pattern evaluator; other objects are ignored, non-STIX patterns rejected.
 * Revoked indicators are skipped.
 */
export function indicatorsFromObjects(objects: readonly unknown[], where = 'objects'): IndicatorSet {
  const set: IndicatorSet = { literals: new LiteralList(), nonLiteral: [], rejected: [] }
  objects.forEach((o, i) => {
    if (typeof o !== 'object' || o === null) return
    const obj = o as Record<string, unknown>
    if (obj.type !== 'indicator' || obj.revoked === true) return
    const id = typeof obj.id === 'string' ? obj.id : `${where}[${i}]`
    const name = typeof obj.name === 'string' ? obj.name : null
    const pattern = typeof obj.pattern === 'string' ? obj.pattern : null
    if (pattern === null || (obj.pattern_type !== undefined && obj.pattern_type !== 'stix')) {
      set.rejected.push({
        where: typeof obj.id === 'string' ? obj.id : `${where}[${i}]`,
        reason: 'not a STIX-pattern indicator',
      })
      return
    }
    const lits = literalsOfPattern(pattern)
    if (lits === null) set.nonLiteral.push({ indicatorId: id, name, pattern })
    else for (const l of lits) set.literals.push({ indicatorId: id, name, type: l.type, value: l.value })
  })
  return set
}

/** Parse an indicators document: a STIX bundle (or array / single indicator), a CSV with a value column, or a list. */
export function parseIndicators(text: string, where = 'indicators'): IndicatorSet {
  const set: IndicatorSet = { literals: new LiteralList(), nonLiteral: [], rejected: [] }
  const trimmed = text.replace(/^\uFEFF/, '').trimStart()
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let doc: unknown
    try {
      doc = JSON.parse(trimmed)
    } catch (e) {
      throw new MosaicError('invalid_input', `not valid JSON: ${(e as Error).message}`, { where })
    }
    const objects = Array.isArray(doc)
      ? doc
      : typeof doc === 'object' && doc !== null && Array.isArray((doc as { objects?: unknown }).objects)
        ? (doc as { objects: unknown[] }).objects
        : [doc]
    return indicatorsFromObjects(objects)
  }
  const nl = trimmed.indexOf('\n')
  const first = (nl < 0 ? trimmed : trimmed.slice(0, nl)).replace(/\r$/, '')
  const header = (parseCsvLine(first) ?? []).map((h) => h.trim().toLowerCase())
  const vi = header.findIndex((h) => ['value', 'indicator', 'ioc', 'observable'].includes(h))
  if (vi >= 0) {
    const ti = header.findIndex((h) => ['type', 'indicator_type'].includes(h))
    const { rows } = parseCsvDocument(trimmed)
    for (const r of rows) {
      const value = (r.fields[vi] ?? '').trim()
      add(set, value, r.line, ti >= 0 ? (r.fields[ti] ?? '').trim().toLowerCase() : '')
    }
    return set
  }
  // A plain list (up to millions of lines): walk it without splitting it; values stay ranges of the text.
  let start = 0
  for (let n = 1; start <= trimmed.length; n++) {
    let end = trimmed.indexOf('\n', start)
    if (end < 0) end = trimmed.length
    let a = start
    let b = end
    start = end + 1
    while (a < b && trimmed.charCodeAt(a) <= 32) a++
    while (b > a && trimmed.charCodeAt(b - 1) <= 32) b--
    if (a === b || trimmed.charCodeAt(a) === 35 /* # */) continue
    // Most lines of a big list are addresses: recognised without making a string.
    if (isIpv4Range(trimmed, a, b)) {
      set.literals.pushRange(trimmed, a, b, n, 'ipv4-addr')
      continue
    }
    const line = trimmed.slice(a, b)
    if (onlyHostChars(trimmed, a, b)) {
      // Letters, digits, '.', '-', '_' with a dot: not an IPv6 address, hash, URL or e-mail address, so a domain
      // name or nothing (what guessType would say, without its other tests).
      if (DOMAIN.test(line)) set.literals.pushRange(trimmed, a, b, n, 'domain-name')
      else reject(set, line, n)
      continue
    }
    if (line.includes(',')) {
      add(set, (parseCsvLine(line)?.[0] ?? line).trim(), n, '')
      continue
    }
    const type = typeOf(line, '')
    if (type === null) reject(set, line, n)
    else set.literals.pushRange(trimmed, a, b, n, type)
  }
  return set
}

const TYPE_ALIASES: Record<string, LiteralType> = {
  ip: 'ipv4-addr',
  ipv4: 'ipv4-addr',
  'ipv4-addr': 'ipv4-addr',
  ipv6: 'ipv6-addr',
  'ipv6-addr': 'ipv6-addr',
  domain: 'domain-name',
  'domain-name': 'domain-name',
  hostname: 'domain-name',
  url: 'url',
  email: 'email-addr',
  'email-addr': 'email-addr',
  md5: 'file-hash',
  sha1: 'file-hash',
  sha256: 'file-hash',
  hash: 'file-hash',
}

function typeOf(value: string, typeHint: string): LiteralType | null {
  let type = TYPE_ALIASES[typeHint] ?? guessType(value)
  if (type === 'ipv4-addr' && !IPV4.test(value) && canonicalIpv6(value) !== null) type = 'ipv6-addr'
  return type
}

function reject(set: IndicatorSet, value: string, line: number): void {
  set.rejected.push({ where: `line:${line}`, reason: `not a literal IOC this sweep matches: ${value.slice(0, 80)}` })
}

function add(set: IndicatorSet, value: string, line: number, typeHint: string): void {
  if (value === '') return
  const type = typeOf(value, typeHint)
  if (type === null) reject(set, value, line)
  else set.literals.push({ indicatorId: `line:${line}`, name: null, type, value })
}

/** Read an indicators file from disk. */
export function readIndicatorsFile(path: string): IndicatorSet {
  let text: string
  try {
    // An ASCII file (the usual IOC list) is decoded as latin1: the same text, several times faster than UTF-8.
    const bytes = readFileSync(path)
    text = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8')
  } catch (e) {
    throw new MosaicError('invalid_input', `cannot read indicators: ${(e as Error).message}`, { where: path })
  }
  return parseIndicators(text, path)
}
