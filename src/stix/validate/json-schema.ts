// A small JSON-schema validator: the draft-07 / 2020-12 subset the OASIS STIX schemas use (type, properties, required,
// enum, const, pattern, patternProperties, additionalProperties, items, min/max*, allOf/anyOf/oneOf/not, if/then/else,
// contains, propertyNames, dependencies, format email, $ref with relative and absolute URLs and #/ pointers).
//
// Each schema node compiles once into a closure. A closure called without an error list only answers valid/invalid
// and allocates nothing, which is the import hot path (almost every object is valid). Messages follow Python's
// `jsonschema` wording, which the OASIS reference validator prints ("'modified' is a required property").

/** One schema violation: where (a list of keys from the validated value) and what. */
export interface SchemaError {
  path: (string | number)[]
  message: string
  keyword: string
}

/** A path built only when an error is reported: a linked list from the leaf up. */
interface PathNode {
  parent: PathNode | undefined
  key: string | number
}

type Compiled = (v: unknown, path: PathNode | undefined, out: SchemaError[] | undefined) => boolean

type Json = Record<string, unknown>

const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)

function toPath(p: PathNode | undefined): (string | number)[] {
  const keys: (string | number)[] = []
  for (let n = p; n; n = n.parent) keys.push(n.key)
  return keys.reverse()
}

/** Python repr() of a JSON value, as jsonschema's messages show it, cut to a readable length. */
export function pyRepr(v: unknown): string {
  const full = fullRepr(v)
  return full.length > 240 ? `${full.slice(0, 237)}...` : full
}

function fullRepr(v: unknown): string {
  if (v === null || v === undefined) return 'None'
  if (v === true) return 'True'
  if (v === false) return 'False'
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(v)
  if (typeof v === 'string') {
    const q = v.includes("'") && !v.includes('"') ? '"' : "'"
    let s = v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')
    if (q === "'") s = s.replace(/'/g, "\\'")
    return q + s + q
  }
  if (Array.isArray(v)) return `[${v.map(fullRepr).join(', ')}]`
  if (isObj(v))
    return `{${Object.entries(v)
      .map(([k, x]) => `${fullRepr(k)}: ${fullRepr(x)}`)
      .join(', ')}}`
  return String(v)
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false
    return a.every((x, i) => deepEqual(x, b[i]))
  }
  if (Array.isArray(b)) return false
  const ka = Object.keys(a as Json)
  const kb = Object.keys(b as Json)
  if (ka.length !== kb.length) return false
  return ka.every((k) => Object.hasOwn(b as Json, k) && deepEqual((a as Json)[k], (b as Json)[k]))
}

function typeOk(t: string, v: unknown): boolean {
  switch (t) {
    case 'string':
      return typeof v === 'string'
    case 'object':
      return isObj(v)
    case 'array':
      return Array.isArray(v)
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v)
    case 'number':
      return typeof v === 'number'
    case 'boolean':
      return typeof v === 'boolean'
    case 'null':
      return v === null
    default:
      return true
  }
}

/** Length in code points, as Python's len() counts. */
function cpLength(s: string): number {
  let n = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 0xd800 || c > 0xdbff) n++
  }
  return n
}

const EMAIL_RE = /^[^@\s]+@[^@\s]+\.[^@\s]+$/

// The message is a thunk: on the fast path (no error list, e.g. inside anyOf/oneOf/not) nothing is formatted.
function fail(
  out: SchemaError[] | undefined,
  path: PathNode | undefined,
  keyword: string,
  message: () => string,
): false {
  if (out) out.push({ path: toPath(path), message: message(), keyword })
  return false
}

/** Schemas registered by their `$id` URL, compiled on first use. */
export class SchemaRegistry {
  private readonly docs = new Map<string, Json>()
  private readonly cache = new WeakMap<object, Compiled>()
  private readonly regexCache = new Map<string, RegExp>()

  /** Register a schema document under its `$id`, or under `uri` when given (a custom schema's file URL). */
  add(schema: unknown, uri?: string): string {
    if (!isObj(schema)) throw new TypeError('a JSON schema must be an object')
    const id = uri ?? (typeof schema.$id === 'string' ? schema.$id : undefined)
    if (!id) throw new TypeError('a JSON schema needs an $id or a uri')
    this.docs.set(stripFragment(id), schema)
    if (typeof schema.$id === 'string') this.docs.set(stripFragment(schema.$id), schema)
    return id
  }

  has(uri: string): boolean {
    return this.docs.has(stripFragment(uri))
  }

  /**
   * A validator for the document registered at `uri`: returns true when valid; pushes every error into `out`
   * when one is given.
   */
  validator(uri: string): (value: unknown, out?: SchemaError[]) => boolean {
    const doc = this.docs.get(stripFragment(uri))
    if (!doc) throw new Error(`no schema registered at ${uri}`)
    const fn = this.compile(doc, stripFragment(uri))
    return (value, out) => fn(value, undefined, out)
  }

  private regex(src: string): RegExp {
    let re = this.regexCache.get(src)
    if (!re) {
      re = new RegExp(defuse(src))
      this.regexCache.set(src, re)
    }
    return re
  }

  private resolve(ref: string, base: string): { node: unknown; base: string } {
    const abs = new URL(ref, base).href
    const hash = abs.indexOf('#')
    const docUri = hash < 0 ? abs : abs.slice(0, hash)
    const frag = hash < 0 ? '' : decodeURIComponent(abs.slice(hash + 1))
    let doc: unknown = this.docs.get(docUri)
    if (doc === undefined) doc = this.fallback(docUri)
    if (doc === undefined) throw new Error(`unresolvable $ref ${ref} (from ${base})`)
    let node: unknown = doc
    if (frag.startsWith('/')) {
      for (const part of frag.slice(1).split('/')) {
        const key = part.replace(/~1/g, '/').replace(/~0/g, '~')
        node = isObj(node) || Array.isArray(node) ? (node as Json)[key] : undefined
      }
    }
    if (node === undefined) throw new Error(`unresolvable $ref ${ref} (from ${base})`)
    return { node, base: docUri }
  }

  /** A custom schema's relative ref such as `../common/core.json`: find the registered document with that tail. */
  private fallback(docUri: string): Json | undefined {
    const tail = docUri.split('/').slice(-2).join('/')
    for (const [uri, doc] of this.docs) if (uri.endsWith(`/${tail}`)) return doc
    return undefined
  }

  private compile(schema: unknown, base: string): Compiled {
    if (schema === true || schema === undefined) return () => true
    if (schema === false) return (v, p, out) => fail(out, p, 'false', () => `False schema does not allow ${pyRepr(v)}`)
    if (!isObj(schema)) return () => true
    const cached = this.cache.get(schema)
    if (cached) return cached
    // Install a forwarding stub first so recursive $refs terminate.
    let impl: Compiled = () => true
    const stub: Compiled = (v, p, out) => impl(v, p, out)
    this.cache.set(schema, stub)
    const here = typeof schema.$id === 'string' ? new URL(schema.$id, base).href.split('#')[0] || base : base
    impl = this.build(schema, here)
    this.cache.set(schema, impl)
    return impl
  }

  private build(s: Json, base: string): Compiled {
    const checks: Compiled[] = []
    const sub = (x: unknown) => this.compile(x, base)

    if (typeof s.$ref === 'string') {
      const ref = s.$ref
      let target: Compiled | undefined
      checks.push((v, p, out) => {
        if (!target) {
          const r = this.resolve(ref, base)
          target = this.compile(r.node, r.base)
        }
        return target(v, p, out)
      })
    }
    if (s.type !== undefined) {
      const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string]
      const shown = types.length === 1 ? pyRepr(types[0]) : pyRepr(types)
      checks.push((v, p, out) =>
        types.some((t) => typeOk(t, v)) ? true : fail(out, p, 'type', () => `${pyRepr(v)} is not of type ${shown}`),
      )
    }
    if (Array.isArray(s.enum)) {
      const values = s.enum as unknown[]
      const prim = new Set(values.filter((x) => typeof x !== 'object' || x === null))
      const complex = values.filter((x) => typeof x === 'object' && x !== null)
      checks.push((v, p, out) =>
        prim.has(v) || (typeof v === 'object' && v !== null && complex.some((c) => deepEqual(c, v)))
          ? true
          : fail(out, p, 'enum', () => `${pyRepr(v)} is not one of ${pyRepr(values)}`),
      )
    }
    if ('const' in s) {
      const c = s.const
      checks.push((v, p, out) => (deepEqual(c, v) ? true : fail(out, p, 'const', () => `${pyRepr(c)} was expected`)))
    }
    if (typeof s.pattern === 'string') {
      const src = s.pattern
      const re = this.regex(src)
      checks.push((v, p, out) =>
        typeof v !== 'string' || re.test(v)
          ? true
          : fail(out, p, 'pattern', () => `${pyRepr(v)} does not match ${pyRepr(src)}`),
      )
    }
    if (typeof s.format === 'string' && s.format === 'email') {
      checks.push((v, p, out) =>
        typeof v !== 'string' || EMAIL_RE.test(v)
          ? true
          : fail(out, p, 'format', () => `${pyRepr(v)} is not a 'email'`),
      )
    }
    if (typeof s.minLength === 'number') {
      const n = s.minLength
      checks.push((v, p, out) =>
        typeof v !== 'string' || cpLength(v) >= n ? true : fail(out, p, 'minLength', () => `${pyRepr(v)} is too short`),
      )
    }
    if (typeof s.maxLength === 'number') {
      const n = s.maxLength
      checks.push((v, p, out) =>
        typeof v !== 'string' || cpLength(v) <= n ? true : fail(out, p, 'maxLength', () => `${pyRepr(v)} is too long`),
      )
    }
    if (typeof s.minimum === 'number') {
      const n = s.minimum
      checks.push((v, p, out) =>
        typeof v !== 'number' || v >= n
          ? true
          : fail(out, p, 'minimum', () => `${pyRepr(v)} is less than the minimum of ${n}`),
      )
    }
    if (typeof s.maximum === 'number') {
      const n = s.maximum
      checks.push((v, p, out) =>
        typeof v !== 'number' || v <= n
          ? true
          : fail(out, p, 'maximum', () => `${pyRepr(v)} is greater than the maximum of ${n}`),
      )
    }
    if (typeof s.minItems === 'number') {
      const n = s.minItems
      checks.push((v, p, out) =>
        !Array.isArray(v) || v.length >= n ? true : fail(out, p, 'minItems', () => `${pyRepr(v)} is too short`),
      )
    }
    if (typeof s.maxItems === 'number') {
      const n = s.maxItems
      checks.push((v, p, out) =>
        !Array.isArray(v) || v.length <= n ? true : fail(out, p, 'maxItems', () => `${pyRepr(v)} is too long`),
      )
    }
    if (s.uniqueItems === true) {
      checks.push((v, p, out) => {
        if (!Array.isArray(v)) return true
        for (let i = 0; i < v.length; i++)
          for (let j = i + 1; j < v.length; j++)
            if (deepEqual(v[i], v[j])) return fail(out, p, 'uniqueItems', () => `${pyRepr(v)} has non-unique elements`)
        return true
      })
    }
    if (typeof s.minProperties === 'number') {
      const n = s.minProperties
      checks.push((v, p, out) =>
        !isObj(v) || Object.keys(v).length >= n
          ? true
          : fail(out, p, 'minProperties', () => `${pyRepr(v)} does not have enough properties`),
      )
    }
    if (Array.isArray(s.required)) {
      const req = s.required as string[]
      checks.push((v, p, out) => {
        if (!isObj(v)) return true
        let ok = true
        for (const k of req) {
          if (!Object.hasOwn(v, k)) {
            ok = false
            if (!out) return false
            fail(out, p, 'required', () => `${pyRepr(k)} is a required property`)
          }
        }
        return ok
      })
    }
    if (isObj(s.dependencies) || isObj(s.dependentRequired)) {
      const deps = { ...(s.dependencies as Json | undefined), ...(s.dependentRequired as Json | undefined) }
      for (const [k, d] of Object.entries(deps)) {
        if (Array.isArray(d)) {
          const need = d as string[]
          checks.push((v, p, out) => {
            if (!isObj(v) || !Object.hasOwn(v, k)) return true
            let ok = true
            for (const n of need)
              if (!Object.hasOwn(v, n))
                ok = fail(out, p, 'dependencies', () => `${pyRepr(n)} is a dependency of ${pyRepr(k)}`)
            return ok
          })
        } else {
          const fn = sub(d)
          checks.push((v, p, out) => !isObj(v) || !Object.hasOwn(v, k) || fn(v, p, out))
        }
      }
    }
    const props = isObj(s.properties) ? s.properties : undefined
    const patternProps = isObj(s.patternProperties) ? s.patternProperties : undefined
    if (props) {
      const entries = Object.entries(props).map(([k, x]) => [k, sub(x)] as const)
      checks.push((v, p, out) => {
        if (!isObj(v)) return true
        let ok = true
        for (const [k, fn] of entries) {
          if (!Object.hasOwn(v, k)) continue
          if (!fn(v[k], out ? { parent: p, key: k } : undefined, out)) {
            ok = false
            if (!out) return false
          }
        }
        return ok
      })
    }
    const patterns = patternProps
      ? Object.entries(patternProps).map(([src, x]) => ({
          all: src === '^.*$' || src === '.*',
          suffix: literalSuffix(src),
          re: this.regex(src),
          fn: sub(x),
        }))
      : []
    // A key can only match `^…_hex$` if it ends in `_hex`: test that first, it is far cheaper than the regex.
    const matches = (pp: (typeof patterns)[number], k: string) =>
      pp.all || ((pp.suffix === undefined || k.endsWith(pp.suffix)) && pp.re.test(k))
    if (patterns.length > 0) {
      checks.push((v, p, out) => {
        if (!isObj(v)) return true
        let ok = true
        for (const k of Object.keys(v)) {
          for (const pp of patterns) {
            if (!matches(pp, k)) continue
            if (!pp.fn(v[k], out ? { parent: p, key: k } : undefined, out)) {
              ok = false
              if (!out) return false
            }
          }
        }
        return ok
      })
    }
    if (s.additionalProperties !== undefined && s.additionalProperties !== true) {
      const known = new Set(props ? Object.keys(props) : [])
      const extra = s.additionalProperties
      const fn = extra === false ? undefined : sub(extra)
      checks.push((v, p, out) => {
        if (!isObj(v)) return true
        const unexpected: string[] = []
        let ok = true
        for (const k of Object.keys(v)) {
          if (known.has(k) || patterns.some((pp) => matches(pp, k))) continue
          if (fn) {
            if (!fn(v[k], out ? { parent: p, key: k } : undefined, out)) ok = false
          } else unexpected.push(k)
        }
        if (unexpected.length > 0) {
          const verb = unexpected.length === 1 ? 'was' : 'were'
          return fail(
            out,
            p,
            'additionalProperties',
            () => `Additional properties are not allowed (${unexpected.map(pyRepr).join(', ')} ${verb} unexpected)`,
          )
        }
        return ok
      })
    }
    if (isObj(s.propertyNames)) {
      const fn = sub(s.propertyNames)
      checks.push((v, p, out) => {
        if (!isObj(v)) return true
        let ok = true
        for (const k of Object.keys(v)) if (!fn(k, p, out)) ok = false
        return ok
      })
    }
    if (s.items !== undefined) {
      if (Array.isArray(s.items)) {
        const fns = (s.items as unknown[]).map(sub)
        checks.push((v, p, out) => {
          if (!Array.isArray(v)) return true
          let ok = true
          fns.forEach((fn, i) => {
            if (i < v.length && !fn(v[i], out ? { parent: p, key: i } : undefined, out)) ok = false
          })
          return ok
        })
      } else {
        const fn = sub(s.items)
        checks.push((v, p, out) => {
          if (!Array.isArray(v)) return true
          let ok = true
          for (let i = 0; i < v.length; i++) {
            if (!fn(v[i], out ? { parent: p, key: i } : undefined, out)) {
              ok = false
              if (!out) return false
            }
          }
          return ok
        })
      }
    }
    if (s.contains !== undefined) {
      const fn = sub(s.contains)
      checks.push((v, p, out) =>
        !Array.isArray(v) || v.some((x) => fn(x, undefined, undefined))
          ? true
          : fail(out, p, 'contains', () => `None of ${pyRepr(v)} are valid under the given schema`),
      )
    }
    if (Array.isArray(s.allOf)) {
      const fns = (s.allOf as unknown[]).map(sub)
      checks.push((v, p, out) => {
        let ok = true
        for (const fn of fns) {
          if (!fn(v, p, out)) {
            ok = false
            if (!out) return false
          }
        }
        return ok
      })
    }
    if (Array.isArray(s.anyOf)) {
      const fns = (s.anyOf as unknown[]).map(sub)
      checks.push((v, p, out) =>
        fns.some((fn) => fn(v, undefined, undefined))
          ? true
          : fail(out, p, 'anyOf', () => `${pyRepr(v)} is not valid under any of the given schemas`),
      )
    }
    if (Array.isArray(s.oneOf)) {
      const fns = (s.oneOf as unknown[]).map(sub)
      checks.push((v, p, out) => {
        let n = 0
        for (const fn of fns) if (fn(v, undefined, undefined) && ++n > 1) break
        if (n === 1) return true
        return fail(out, p, 'oneOf', () =>
          n === 0
            ? `${pyRepr(v)} is not valid under any of the given schemas`
            : `${pyRepr(v)} is valid under each of more than one of the given schemas`,
        )
      })
    }
    if (s.not !== undefined) {
      const fn = sub(s.not)
      checks.push((v, p, out) =>
        fn(v, undefined, undefined)
          ? fail(out, p, 'not', () => `${pyRepr(v)} should not be valid under ${pyRepr(s.not)}`)
          : true,
      )
    }
    if (s.if !== undefined) {
      const cond = sub(s.if)
      const then = s.then === undefined ? undefined : sub(s.then)
      const otherwise = s.else === undefined ? undefined : sub(s.else)
      checks.push((v, p, out) => {
        if (cond(v, undefined, undefined)) return then ? then(v, p, out) : true
        return otherwise ? otherwise(v, p, out) : true
      })
    }

    if (checks.length === 0) return () => true
    if (checks.length === 1) return checks[0] as Compiled
    return (v, p, out) => {
      let ok = true
      for (const c of checks) {
        if (!c(v, p, out)) {
          ok = false
          if (!out) return false
        }
      }
      return ok
    }
  }
}

function stripFragment(uri: string): string {
  const i = uri.indexOf('#')
  return i < 0 ? uri : uri.slice(0, i)
}

/** The literal text a regex must end with (`_hex` for `^[a-z][a-z0-9_]{0,245}_hex$`), when that is certain. */
function literalSuffix(src: string): string | undefined {
  if (src.includes('|') || !src.endsWith('$')) return undefined
  const m = /([A-Za-z0-9_-]+)\$$/.exec(src)
  if (!m || m.index === undefined) return undefined
  const before = src.charAt(m.index - 1)
  if (before === '\\' || before === '[') return undefined
  return m[1]
}

/**
 * The official schemas write a name rule as `([a-z][a-z0-9]*)+`: a nested quantifier that backtracks exponentially
 * (a 29-letter key not matching took 9 s). `[a-z][a-z0-9]*` accepts exactly the same strings in linear time.
 */
export function defuse(pattern: string): string {
  return pattern.split('([a-z][a-z0-9]*)+').join('[a-z][a-z0-9]*')
}
