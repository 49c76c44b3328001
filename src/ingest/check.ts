// Checks every imported object must pass before it is written, beyond STIX validation: no prototype-polluting keys,
// bounded nesting, bounded strings. Pure and allocation-free on the happy path.
import type { Issue } from '../lib/result.ts'

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

export interface SafetyLimits {
  maxDepth: number
  maxStringBytes: number
}

export const DEFAULT_LIMITS: SafetyLimits = { maxDepth: 64, maxStringBytes: 16 * 1024 * 1024 }

/** Walk a parsed value; return the first unsafe place found, with its JSON path. */
export function checkSafety(value: unknown, path: string, limits = DEFAULT_LIMITS): Issue | undefined {
  const walk = (v: unknown, p: string, depth: number): Issue | undefined => {
    if (typeof v === 'string') {
      // length in UTF-16 units is a lower bound of the UTF-8 byte length
      if (v.length > limits.maxStringBytes)
        return { code: 'string_too_long', path: p, message: `string longer than ${limits.maxStringBytes} bytes` }
      return undefined
    }
    if (v === null || typeof v !== 'object') return undefined
    if (depth > limits.maxDepth)
      return { code: 'too_deep', path: p, message: `nested deeper than ${limits.maxDepth} levels` }
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const r = walk(v[i], `${p}[${i}]`, depth + 1)
        if (r) return r
      }
      return undefined
    }
    for (const k of Object.keys(v)) {
      if (FORBIDDEN_KEYS.has(k))
        return { code: 'forbidden_key', path: `${p}.${k}`, message: `property name '${k}' is not allowed` }
      const r = walk((v as Record<string, unknown>)[k], `${p}.${k}`, depth + 1)
      if (r) return r
    }
    return undefined
  }
  return walk(value, path, 0)
}
