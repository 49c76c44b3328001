// Whole-field literal matching on bytes. Every normalised IOC value lives in one open-addressing hash table made of
// typed arrays over SharedArrayBuffers, so it is built once and shared by every worker thread without a copy, and a
// lookup never creates a string. A bit filter on (length, first two and last two bytes) rejects most field values
// before the value is even hashed, so the per-field cost is a few byte reads whatever the number of indicators.
import { canonicalIpv6, LITERAL_TYPES, type LiteralList, literalKey } from './indicators.ts'

const T_IPV4 = LITERAL_TYPES.indexOf('ipv4-addr')
const T_IPV6 = LITERAL_TYPES.indexOf('ipv6-addr')
const T_DOMAIN = LITERAL_TYPES.indexOf('domain-name')
const T_URL = LITERAL_TYPES.indexOf('url')

/** The shareable part of the table (what workers receive). */
export interface LiteralTableData {
  /** Key bytes, one after the other (UTF-8; lower-cased unless `exact`). */
  keyBytes: Uint8Array
  /** Start of key i in keyBytes; key i ends at keyOffsets[i + 1]. */
  keyOffsets: Int32Array
  /** 1 when key i compares case-sensitively (URLs). */
  exact: Uint8Array
  /** Hash slots holding key index + 1 (0 = empty); the length is a power of two. */
  slots: Int32Array
  /** Signature bit filter; the length in bits is a power of two. */
  filter: Uint8Array
  count: number
  minLen: number
  maxLen: number
  hasIpv6: boolean
}

/** The table plus, for the main thread, which literals each key stands for (a linked list over literal indexes). */
export interface CompiledTable {
  data: LiteralTableData
  /** First literal index of key i, then nextLiteral[] until -1. */
  firstLiteral: Int32Array
  nextLiteral: Int32Array
}

const lc = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c)

function sig(len: number, a: number, b: number, y: number, z: number, mask: number): number {
  let h = Math.imul(len, 0x9e3779b1)
  h = Math.imul(h ^ lc(a), 0x85ebca6b)
  h = Math.imul(h ^ lc(b), 0xc2b2ae35)
  h = Math.imul(h ^ lc(y), 0x27d4eb2f)
  h = Math.imul(h ^ lc(z), 0x165667b1)
  return (h ^ (h >>> 15)) & mask
}

function sigOf(buf: Uint8Array, s: number, e: number, mask: number): number {
  const l = e - s
  return l > 1 ? sig(l, buf[s]!, buf[s + 1]!, buf[e - 2]!, buf[e - 1]!, mask) : sig(l, buf[s]!, 0, 0, buf[s]!, mask)
}

/** FNV-1a over the ASCII-lower-cased bytes. */
function hashOf(buf: Uint8Array, s: number, e: number): number {
  let h = 0x811c9dc5
  for (let i = s; i < e; i++) h = Math.imul(h ^ lc(buf[i]!), 0x01000193)
  return (h ^ (h >>> 16)) >>> 0
}

const pow2 = (n: number) => 2 ** Math.ceil(Math.log2(Math.max(2, n)))

function shared(bytes: number): SharedArrayBuffer {
  return new SharedArrayBuffer(Math.max(8, bytes))
}

/** Build the table from literal indicators (one key per distinct normalised value). */
export function compileTable(literals: LiteralList): CompiledTable {
  const n = literals.length
  // Key bytes are written as keys are made (no array of key strings); the buffer grows if a key is longer than its
  // value (rare: Unicode case mappings). Entries that are ranges of an ASCII list text (the usual big list) are
  // copied and lower-cased byte by byte, with no string per entry.
  const src = literals.source
  const srcBytes = src !== '' && Buffer.byteLength(src, 'utf8') === src.length ? Buffer.from(src, 'latin1') : null
  let total = 0
  if (srcBytes !== null && literals.objectCount === 0) total = srcBytes.length + n
  else
    for (let i = 0; i < n; i++) {
      const rs = srcBytes === null ? -1 : literals.rangeStart(i)
      total += (rs >= 0 ? literals.rangeEnd(i) - rs : Buffer.byteLength(literals.value(i))) + 1
    }
  let keyBytes = new Uint8Array(shared(total))
  let keyBuf = Buffer.from(keyBytes.buffer, keyBytes.byteOffset, keyBytes.byteLength)
  const keyOffsets = new Int32Array(shared((n + 1) * 4))
  const exact = new Uint8Array(shared(n))
  const slots = new Int32Array(shared(pow2(n * 2) * 4))
  const filterBits = Math.max(1 << 20, pow2(n * 32))
  const filter = new Uint8Array(shared(filterBits >>> 3))
  const firstLiteral = new Int32Array(n).fill(-1)
  const nextLiteral = new Int32Array(n).fill(-1)
  const lastLiteral = new Int32Array(n)
  const slotMask = slots.length - 1
  const filterMask = filterBits - 1
  let count = 0
  let off = 0
  let maxLen = 0
  let minLen = Number.MAX_SAFE_INTEGER
  let hasIpv6 = false
  for (let i = 0; i < n; i++) {
    const code = literals.typeCode(i)
    const rs = srcBytes === null || code === T_IPV6 ? -1 : literals.rangeStart(i)
    let len: number
    let h: number
    if (rs >= 0 && srcBytes !== null) {
      // The bytes of literalKey(type, value): as is for addresses and URLs, ASCII lower-case otherwise, and a
      // domain without its trailing dot; hashed as they are copied.
      let re = literals.rangeEnd(i)
      if (code === T_DOMAIN && re > rs && srcBytes[re - 1] === 46) re--
      len = re - rs
      if (len === 0) continue
      if (off + len > keyBytes.length) {
        const bigger = new Uint8Array(shared((off + len) * 2))
        bigger.set(keyBytes.subarray(0, off))
        keyBytes = bigger
        keyBuf = Buffer.from(keyBytes.buffer, keyBytes.byteOffset, keyBytes.byteLength)
      }
      const lower = code !== T_IPV4 && code !== T_URL
      h = 0x811c9dc5
      for (let j = 0; j < len; j++) {
        const c = srcBytes[rs + j]!
        const l = c >= 65 && c <= 90 ? c + 32 : c
        keyBytes[off + j] = lower ? l : c
        h = Math.imul(h ^ l, 0x01000193)
      }
      h = (h ^ (h >>> 16)) >>> 0
    } else {
      const k = literalKey(literals.type(i), literals.value(i))
      if (k.length === 0) continue
      const need = Buffer.byteLength(k)
      if (off + need > keyBytes.length) {
        const bigger = new Uint8Array(shared((off + need) * 2))
        bigger.set(keyBytes.subarray(0, off))
        keyBytes = bigger
        keyBuf = Buffer.from(keyBytes.buffer, keyBytes.byteOffset, keyBytes.byteLength)
      }
      len = keyBuf.write(k, off, 'utf8')
      h = hashOf(keyBytes, off, off + len)
    }
    const isExact = code === T_URL
    let slot = h & slotMask
    let found = -1
    for (;;) {
      const v = slots[slot]!
      if (v === 0) break
      const j = v - 1
      if (exact[j] === (isExact ? 1 : 0) && equalBytes(keyBytes, keyOffsets[j]!, keyOffsets[j + 1]!, off, len)) {
        found = j
        break
      }
      slot = (slot + 1) & slotMask
    }
    if (found >= 0) {
      nextLiteral[lastLiteral[found]!] = i
      lastLiteral[found] = i
      continue
    }
    const j = count++
    slots[slot] = j + 1
    keyOffsets[j] = off
    keyOffsets[j + 1] = off + len
    exact[j] = isExact ? 1 : 0
    firstLiteral[j] = i
    lastLiteral[j] = i
    const s = sigOf(keyBytes, off, off + len, filterMask)
    filter[s >>> 3]! |= 1 << (s & 7)
    if (len > maxLen) maxLen = len
    if (len < minLen) minLen = len
    if (code === T_IPV6) hasIpv6 = true
    off += len
  }
  return {
    data: { keyBytes, keyOffsets, exact, slots, filter, count, minLen: Math.min(minLen, maxLen), maxLen, hasIpv6 },
    firstLiteral,
    nextLiteral,
  }
}

function equalBytes(keys: Uint8Array, ks: number, ke: number, off: number, len: number): boolean {
  if (ke - ks !== len) return false
  for (let i = 0; i < len; i++) if (keys[ks + i] !== keys[off + i]) return false
  return true
}

/** The literal indexes a key stands for. */
export function literalsOfKey(t: CompiledTable, key: number): number[] {
  const out: number[] = []
  for (let i = t.firstLiteral[key] ?? -1; i >= 0; i = t.nextLiteral[i]!) out.push(i)
  return out
}

/** Lookups against a table (in any thread). */
export class LiteralTable {
  private readonly keys: Uint8Array
  private readonly offsets: Int32Array
  private readonly exact: Uint8Array
  private readonly slots: Int32Array
  private readonly filter: Uint8Array
  private readonly slotMask: number
  private readonly filterMask: number
  private readonly maxLen: number
  private readonly minLen: number
  readonly hasIpv6: boolean
  readonly size: number
  /** Field lengths outside [minLookup, maxLookup] can never be found: callers may skip them unread. */
  readonly minLookup: number
  readonly maxLookup: number
  private scratch = Buffer.allocUnsafe(256)

  constructor(d: LiteralTableData) {
    this.keys = d.keyBytes
    this.offsets = d.keyOffsets
    this.exact = d.exact
    this.slots = d.slots
    this.filter = d.filter
    this.slotMask = d.slots.length - 1
    this.filterMask = d.filter.length * 8 - 1
    this.maxLen = d.maxLen
    this.minLen = d.minLen
    this.hasIpv6 = d.hasIpv6
    this.size = d.count
    // A trailing dot may follow a key; an IPv6 value may be written longer than its canonical key (at most 45
    // characters with an embedded IPv4 address).
    this.minLookup = d.count === 0 ? 1 : Math.max(1, d.minLen)
    this.maxLookup = d.count === 0 ? 0 : d.hasIpv6 ? Math.max(d.maxLen + 1, 64) : d.maxLen + 1
  }

  /** The key index for the whole value `buf[s, e)`, or -1. A trailing dot (FQDN form) is ignored. */
  find(buf: Uint8Array, s: number, e: number): number {
    let len = e - s
    // Shorter than every key (a status code, `-`), or longer than every key even with a trailing dot.
    if (len < this.minLen || len <= 0) return -1
    if (len > this.maxLen + 1) return this.hasIpv6 ? this.v6(buf, s, e) : -1
    if (buf[e - 1] === 46 && len > 1) {
      e--
      len--
    }
    const f = sigOf(buf, s, e, this.filterMask)
    if ((this.filter[f >>> 3]! & (1 << (f & 7))) === 0) return this.hasIpv6 ? this.v6(buf, s, e) : -1
    const k = this.probe(buf, s, e)
    return k >= 0 || !this.hasIpv6 ? k : this.v6(buf, s, e)
  }

  /** The key index for a whole string value, or -1. */
  findString(value: string): number {
    const need = value.length * 3
    if (need > this.scratch.length) this.scratch = Buffer.allocUnsafe(Math.max(need, this.scratch.length * 2))
    const n = this.scratch.write(value, 0, 'utf8')
    return this.find(this.scratch, 0, n)
  }

  private probe(buf: Uint8Array, s: number, e: number): number {
    const keys = this.keys
    const len = e - s
    let slot = hashOf(buf, s, e) & this.slotMask
    for (;;) {
      const v = this.slots[slot]!
      if (v === 0) return -1
      const j = v - 1
      const ks = this.offsets[j]!
      if (this.offsets[j + 1]! - ks === len) {
        let i = 0
        if (this.exact[j] === 1) while (i < len && keys[ks + i] === buf[s + i]) i++
        else while (i < len && keys[ks + i] === lc(buf[s + i]!)) i++
        if (i === len) return j
      }
      slot = (slot + 1) & this.slotMask
    }
  }

  /** IPv6 in any textual form: only values with `::` or seven colons are canonicalised (not `04:00:05`). */
  private v6(buf: Uint8Array, s: number, e: number): number {
    let colons = 0
    let double = false
    for (let i = s; i < e; i++) {
      if (buf[i] === 58) {
        colons++
        if (buf[i + 1] === 58) double = true
      }
    }
    if (colons < 2 || (!double && colons < 6)) return -1
    const c = canonicalIpv6(Buffer.from(buf.buffer, buf.byteOffset + s, e - s).toString('latin1'))
    if (c === null) return -1
    const b = Buffer.from(c, 'latin1')
    return this.probe(b, 0, b.length)
  }
}
