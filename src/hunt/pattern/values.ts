// Value types the matcher compares: STIX timestamps (microsecond precision, like the reference), binary data (kept
// as a Latin-1 string, one char per byte), and IPv4/IPv6 addresses and CIDRs.

export class MatchError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'MatchError'
  }
}

/** A timestamp as whole seconds since the epoch plus microseconds. */
export class Timestamp {
  readonly seconds: number
  readonly micros: number
  constructor(seconds: number, micros: number) {
    this.seconds = seconds
    this.micros = micros
  }
  compare(other: Timestamp): number {
    return this.seconds - other.seconds || this.micros - other.micros
  }
  /** Seconds (with fraction) from this to `later`. */
  until(later: Timestamp): number {
    return later.seconds - this.seconds + (later.micros - this.micros) / 1e6
  }
  key(): string {
    return `t:${this.seconds}.${this.micros}`
  }
}

// Python's strptime("%Y-%m-%dT%H:%M:%S[.%f]Z") accepts one-digit fields; the datetime constructor then checks ranges.
const STAMP =
  /^(\d{4})-(1[0-2]|0[1-9]|[1-9])-(3[01]|[12]\d|0[1-9]|[1-9]| [1-9])T(2[0-3]|[01]\d|\d):([0-5]\d|\d):(6[01]|[0-5]\d|\d)(?:\.(\d{1,6}))?Z$/

function daysIn(year: number, month: number): number {
  return [
    31,
    year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ][month - 1]!
}

/** Parse a STIX timestamp as the reference matcher does; undefined when it is not valid. */
export function parseTimestamp(text: string): Timestamp | undefined {
  // More than six fraction digits are cut to six (datetime holds microseconds).
  let s = text
  const dot = s.indexOf('.')
  if (dot >= 0 && s.endsWith('Z') && s.length - dot - 2 > 6) s = `${s.slice(0, dot + 7)}Z`
  const m = STAMP.exec(s)
  if (!m) return undefined
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((x) => Number(x))
  if (year! < 1 || day! > daysIn(year!, month!) || second! > 59) return undefined
  const d = new Date(0)
  d.setUTCFullYear(year!, month! - 1, day!)
  d.setUTCHours(hour!, minute!, second!, 0)
  const micros = m[7] ? Number(m[7].padEnd(6, '0')) : 0
  return new Timestamp(Math.floor(d.getTime() / 1000), micros)
}

/** Binary data as a string of char codes 0–255. */
export class Binary {
  readonly bytes: string
  constructor(bytes: string) {
    this.bytes = bytes
  }
}

export function hexToBinary(hex: string): Binary {
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) throw new MatchError(`invalid hex value: ${hex}`)
  let out = ''
  for (let i = 0; i < hex.length; i += 2) out += String.fromCharCode(Number.parseInt(hex.slice(i, i + 2), 16))
  return new Binary(out)
}

/** Base64 decode like Python's b64decode without validation: characters outside the alphabet are dropped. */
export function base64ToBinary(text: string): Binary {
  const clean = text.replace(/[^A-Za-z0-9+/=]/g, '')
  const body = clean.replace(/=+$/, '')
  if (body.includes('=') || body.length % 4 === 1) throw new MatchError(`invalid base64 value: ${text}`)
  return new Binary(atob(body + '='.repeat((4 - (body.length % 4)) % 4)))
}

/** Latin-1 bytes of a string, or undefined when it holds a code point ≥ 256. */
export function stringAsBytes(s: string): string | undefined {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 255) return undefined
  return s
}

/** Compare strings by code point (JavaScript's `<` compares UTF-16 units, which differs above U+FFFF). */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i)
    const y = b.charCodeAt(i)
    if (x === y) continue
    const xs = x >= 0xd800 && x <= 0xdfff
    const ys = y >= 0xd800 && y <= 0xdfff
    if (xs === ys) return x - y
    return xs ? 1 : -1 // a surrogate pair is above every BMP character
  }
  return a.length - b.length
}

interface Network {
  v6: boolean
  /** Address as a bigint. */
  addr: bigint
  prefix: number
}

/** IPv4 the way inet_aton reads it: 1–4 parts, decimal, octal (leading 0) or hex (0x); the last part fills the rest. */
function parseIPv4(text: string): bigint | undefined {
  const parts = text.split('.')
  if (parts.length < 1 || parts.length > 4) return undefined
  const nums: number[] = []
  for (const p of parts) {
    let v: number
    if (/^0[xX][0-9a-fA-F]*$/.test(p)) v = p.length === 2 ? 0 : Number.parseInt(p.slice(2), 16)
    else if (/^0[0-7]*$/.test(p)) v = p.length === 1 ? 0 : Number.parseInt(p.slice(1), 8)
    else if (/^[1-9][0-9]*$/.test(p)) v = Number(p)
    else return undefined
    nums.push(v)
  }
  let value = 0n
  for (let i = 0; i < nums.length - 1; i++) {
    if (nums[i]! > 255) return undefined
    value = value * 256n + BigInt(nums[i]!)
  }
  const restBytes = 4 - (nums.length - 1)
  const last = nums[nums.length - 1]!
  if (last >= 2 ** (8 * restBytes)) return undefined
  return (value << BigInt(8 * restBytes)) + BigInt(last)
}

function parseIPv6(text: string): bigint | undefined {
  let s = text
  let tail: bigint | undefined
  const lastColon = s.lastIndexOf(':')
  if (s.slice(lastColon + 1).includes('.')) {
    const v4 = /^\d{1,3}(\.\d{1,3}){3}$/.test(s.slice(lastColon + 1)) ? parseIPv4(s.slice(lastColon + 1)) : undefined
    if (v4 === undefined) return undefined
    tail = v4
    s = `${s.slice(0, lastColon + 1)}0:0`
  }
  const halves = s.split('::')
  if (halves.length > 2) return undefined
  const groups = (h: string) => (h === '' ? [] : h.split(':'))
  const head = groups(halves[0]!)
  const rest = halves.length === 2 ? groups(halves[1]!) : []
  const fill = 8 - head.length - rest.length
  if ((halves.length === 2 && fill < 1) || (halves.length === 1 && fill !== 0)) return undefined
  const all = [...head, ...new Array<string>(halves.length === 2 ? fill : 0).fill('0'), ...rest]
  let value = 0n
  for (const g of all) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return undefined
    value = (value << 16n) + BigInt(Number.parseInt(g, 16))
  }
  if (tail !== undefined) value = (value & ~0xffffffffn) | tail
  return value
}

/** An address or CIDR; a bare address is /32 (IPv4) or /128 (IPv6). Throws MatchError when malformed. */
export function parseNetwork(text: string): Network {
  const slash = text.indexOf('/')
  const addrText = slash < 0 ? text : text.slice(0, slash)
  const v6 = addrText.includes(':')
  const addr = v6 ? parseIPv6(addrText) : parseIPv4(addrText)
  const max = v6 ? 128 : 32
  if (addr === undefined) throw new MatchError(`invalid IP address: ${text}`)
  if (slash < 0) return { v6, addr, prefix: max }
  const prefixText = text.slice(slash + 1)
  if (!/^\d+$/.test(prefixText) || Number(prefixText) > max) throw new MatchError(`invalid CIDR subnet: ${text}`)
  return { v6, addr, prefix: Number(prefixText) }
}

/** Is `inner` (address or CIDR) inside the `outer` CIDR? Different IP versions are never inside each other. */
export function networkContains(outer: Network, inner: Network): boolean {
  if (outer.v6 !== inner.v6 || outer.prefix > inner.prefix) return false
  const bits = BigInt(outer.v6 ? 128 : 32)
  const shift = bits - BigInt(outer.prefix)
  return outer.addr >> shift === inner.addr >> shift
}
