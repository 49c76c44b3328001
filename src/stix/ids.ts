// STIX identifiers: `type--UUID`, UUID versions, and deterministic UUIDv5 ids for SCOs (STIX 2.1 §2.9).
// Pure JavaScript (SHA-1 included) so src/stix stays browser-safe.
import { canonicalJson } from '../lib/json.ts'

/** The STIX 2.1 namespace for deterministic SCO ids. */
export const SCO_NAMESPACE = '00abedb4-aa42-466c-9c01-fed23315a9b7'

const UUID_RE = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/

/** Split `type--uuid` into its parts, or undefined when it is not of that form. */
export function parseId(id: unknown): { type: string; uuid: string } | undefined {
  if (typeof id !== 'string') return undefined
  const i = id.lastIndexOf('--')
  if (i <= 0) return undefined
  const uuid = id.slice(i + 2)
  if (!UUID_RE.test(uuid)) return undefined
  return { type: id.slice(0, i), uuid }
}

/** The version digit of a UUID (4 for random, 5 for name-based), or undefined when it is not a UUID. */
export function uuidVersion(uuid: string): number | undefined {
  if (!UUID_RE.test(uuid)) return undefined
  return Number.parseInt(uuid.charAt(14), 16)
}

/** True when the UUID has the RFC 4122 variant (10xx). */
export function isRfc4122(uuid: string): boolean {
  return UUID_RE.test(uuid) && '89abAB'.includes(uuid.charAt(19))
}

/** A random UUIDv4 (uses crypto.getRandomValues, available in browsers and Node). */
export function uuid4(): string {
  const b = new Uint8Array(16)
  globalThis.crypto.getRandomValues(b)
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80
  return formatUuid(b)
}

/** A name-based UUIDv5 (RFC 4122 §4.3) of `name` (UTF-8) in `namespace`. */
export function uuid5(namespace: string, name: string): string {
  const ns = namespace.replace(/-/g, '')
  const nameBytes = new TextEncoder().encode(name)
  const data = new Uint8Array(16 + nameBytes.length)
  for (let i = 0; i < 16; i++) data[i] = Number.parseInt(ns.slice(i * 2, i * 2 + 2), 16)
  data.set(nameBytes, 16)
  const h = sha1(data)
  h[6] = ((h[6] ?? 0) & 0x0f) | 0x50
  h[8] = ((h[8] ?? 0) & 0x3f) | 0x80
  return formatUuid(h.subarray(0, 16))
}

function formatUuid(b: Uint8Array): string {
  let hex = ''
  for (let i = 0; i < 16; i++) hex += (b[i] ?? 0).toString(16).padStart(2, '0')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** SHA-1 digest (20 bytes). Small and adequate for id derivation; not for security. */
export function sha1(msg: Uint8Array): Uint8Array {
  const ml = msg.length
  const total = (((ml + 8) >> 6) + 1) << 6
  const buf = new Uint8Array(total)
  buf.set(msg)
  buf[ml] = 0x80
  const view = new DataView(buf.buffer)
  view.setUint32(total - 8, Math.floor((ml * 8) / 0x100000000))
  view.setUint32(total - 4, (ml * 8) >>> 0)
  let h0 = 0x67452301
  let h1 = 0xefcdab89
  let h2 = 0x98badcfe
  let h3 = 0x10325476
  let h4 = 0xc3d2e1f0
  const w = new Uint32Array(80)
  for (let off = 0; off < total; off += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(off + i * 4)
    for (let i = 16; i < 80; i++) {
      const x = (w[i - 3] ?? 0) ^ (w[i - 8] ?? 0) ^ (w[i - 14] ?? 0) ^ (w[i - 16] ?? 0)
      w[i] = (x << 1) | (x >>> 31)
    }
    let a = h0
    let b = h1
    let c = h2
    let d = h3
    let e = h4
    for (let i = 0; i < 80; i++) {
      let f: number
      let k: number
      if (i < 20) {
        f = (b & c) | (~b & d)
        k = 0x5a827999
      } else if (i < 40) {
        f = b ^ c ^ d
        k = 0x6ed9eba1
      } else if (i < 60) {
        f = (b & c) | (b & d) | (c & d)
        k = 0x8f1bbcdc
      } else {
        f = b ^ c ^ d
        k = 0xca62c1d6
      }
      const t = (((a << 5) | (a >>> 27)) + f + e + k + (w[i] ?? 0)) >>> 0
      e = d
      d = c
      c = (b << 30) | (b >>> 2)
      b = a
      a = t
    }
    h0 = (h0 + a) >>> 0
    h1 = (h1 + b) >>> 0
    h2 = (h2 + c) >>> 0
    h3 = (h3 + d) >>> 0
    h4 = (h4 + e) >>> 0
  }
  const out = new Uint8Array(20)
  const ov = new DataView(out.buffer)
  ov.setUint32(0, h0)
  ov.setUint32(4, h1)
  ov.setUint32(8, h2)
  ov.setUint32(12, h3)
  ov.setUint32(16, h4)
  return out
}

export { canonicalJson }

/** The ID-contributing properties of each SCO type (STIX 2.1 §6). `process` has none: it always uses UUIDv4. */
export const SCO_ID_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  artifact: ['hashes', 'payload_bin'],
  'autonomous-system': ['number'],
  directory: ['path'],
  'domain-name': ['value'],
  'email-addr': ['value'],
  'email-message': ['from_ref', 'subject', 'body'],
  file: ['hashes', 'name', 'extensions', 'parent_directory_ref'],
  'ipv4-addr': ['value'],
  'ipv6-addr': ['value'],
  'mac-addr': ['value'],
  mutex: ['name'],
  'network-traffic': ['start', 'end', 'src_ref', 'dst_ref', 'src_port', 'dst_port', 'protocols', 'extensions'],
  process: [],
  software: ['name', 'cpe', 'swid', 'vendor', 'version'],
  url: ['value'],
  'user-account': ['account_type', 'user_id', 'account_login'],
  'windows-registry-key': ['key', 'values'],
  'x509-certificate': ['hashes', 'serial_number'],
}

const HASH_PREFERENCE = ['MD5', 'SHA-1', 'SHA-256', 'SHA-512']

/** Only one hash contributes to an id: MD5, else SHA-1, SHA-256, SHA-512, else the first one given. */
function chooseOneHash(hashes: Record<string, unknown>): Record<string, unknown> {
  for (const alg of HASH_PREFERENCE) if (alg in hashes) return { [alg]: hashes[alg] }
  const first = Object.keys(hashes)[0]
  return first === undefined ? {} : { [first]: hashes[first] }
}

/**
 * The deterministic id of an SCO: UUIDv5 over the canonical JSON of its ID-contributing properties, or
 * undefined when the type has none of them present (the SCO then uses UUIDv4) or is not a known SCO type.
 * @example scoId({ type: 'ipv4-addr', value: '10.0.0.1' }) // 'ipv4-addr--…' (always the same)
 */
export function scoId(obj: Record<string, unknown>): string | undefined {
  const type = obj.type
  if (typeof type !== 'string') return undefined
  const props = SCO_ID_PROPERTIES[type]
  if (!props || props.length === 0) return undefined
  const name: Record<string, unknown> = {}
  for (const p of props) {
    const v = obj[p]
    if (v === undefined) continue
    name[p] = p === 'hashes' && typeof v === 'object' && v !== null ? chooseOneHash(v as Record<string, unknown>) : v
  }
  if (Object.keys(name).length === 0) return undefined
  return `${type}--${uuid5(SCO_NAMESPACE, canonicalJson(name))}`
}

/** A new random id for `type`. */
export function newId(type: string): string {
  return `${type}--${uuid4()}`
}
