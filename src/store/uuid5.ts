import { createHash } from 'node:crypto'

/** RFC 4122 version-5 UUID of `name` in `namespace` (a UUID string). Deterministic: same input, same id. */
export function uuid5(namespace: string, name: string): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex')
  const h = createHash('sha1').update(ns).update(name, 'utf8').digest()
  h[6] = ((h[6] ?? 0) & 0x0f) | 0x50
  h[8] = ((h[8] ?? 0) & 0x3f) | 0x80
  const x = h.subarray(0, 16).toString('hex')
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`
}

/** Namespace for ids Mosaic derives (claims, imported MISP clusters …). Fixed forever. */
export const MOSAIC_NAMESPACE = '5b7e4a0e-3c1d-4f6a-9e2b-8d1c0f3a7b64'
