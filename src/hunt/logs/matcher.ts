// Whole-field literal matching. One Map holds every normalised IOC value; a bit filter on (length, first two and
// last two characters) rejects most field values before a substring is even cut, which keeps the per-field cost at a
// few charCodeAt calls whatever the number of indicators (tested up to 1M).
import { type CompiledLiterals, canonicalIpv6 } from './indicators.ts'

const BITS = 1 << 22

const lc = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c)

function sig(len: number, a: number, b: number, y: number, z: number): number {
  let h = Math.imul(len, 0x9e3779b1)
  h = Math.imul(h ^ lc(a), 0x85ebca6b)
  h = Math.imul(h ^ lc(b), 0xc2b2ae35)
  h = Math.imul(h ^ lc(y), 0x27d4eb2f)
  h = Math.imul(h ^ lc(z), 0x165667b1)
  return (h ^ (h >>> 15)) & (BITS - 1)
}

/** Matches field values (or slices of a line) against compiled literals. */
export class LiteralMatcher {
  readonly map: Map<string, number>
  readonly refs: number[][]
  private readonly filter: Uint8Array
  private readonly hasIpv6: boolean
  private readonly maxLen: number

  constructor(compiled: CompiledLiterals) {
    this.map = new Map()
    this.refs = compiled.refs
    this.filter = new Uint8Array(BITS >>> 3)
    let v6 = false
    let maxLen = 0
    compiled.keys.forEach((k, i) => {
      this.map.set(k, i)
      if (k.includes(':') && !k.includes('/')) v6 = true
      if (k.length > maxLen) maxLen = k.length
      if (k.length > 0) {
        const s = sig(
          k.length,
          k.charCodeAt(0),
          k.charCodeAt(1),
          k.charCodeAt(k.length - 2),
          k.charCodeAt(k.length - 1),
        )
        this.filter[s >>> 3]! |= 1 << (s & 7)
      }
    })
    this.hasIpv6 = v6
    this.maxLen = maxLen
  }

  get size(): number {
    return this.map.size
  }

  /** The key index for `text.slice(start, end)` taken as a whole value, or -1. */
  matchSlice(text: string, start: number, end: number): number {
    const len = end - start
    if (len <= 0 || len > this.maxLen + 1) return this.hasIpv6 && len > 0 ? this.v6(text.slice(start, end)) : -1
    let e = end
    // A trailing dot on a domain (FQDN form) is the same name.
    if (text.charCodeAt(e - 1) === 46 && len > 1) e--
    const l = e - start
    const s = sig(l, text.charCodeAt(start), text.charCodeAt(start + 1), text.charCodeAt(e - 2), text.charCodeAt(e - 1))
    if ((this.filter[s >>> 3]! & (1 << (s & 7))) === 0) return this.hasIpv6 ? this.v6(text.slice(start, end)) : -1
    const v = text.slice(start, e)
    const hit = this.map.get(v)
    if (hit !== undefined) return hit
    const lower = v.toLowerCase()
    if (lower !== v) {
      const h2 = this.map.get(lower)
      if (h2 !== undefined) return h2
    }
    return this.hasIpv6 ? this.v6(v) : -1
  }

  /** The key index for a whole value, or -1. */
  match(value: string): number {
    return this.matchSlice(value, 0, value.length)
  }

  private v6(v: string): number {
    if (v.indexOf(':') < 0) return -1
    const c = canonicalIpv6(v)
    return c === null ? -1 : (this.map.get(c) ?? -1)
  }
}
