// Generic STIX validation over the tables: the official JSON schema of each type (structure, required and typed
// properties, enumerations, id and timestamp forms), then the MUST rules schemas cannot express (errors), then the
// SHOULD rules (warnings; errors under `strict`). Mirrors the OASIS reference validator's checks and wording.

import { type Issue, joinPath } from '../../lib/result.ts'
import { parseId, scoId, uuidVersion } from '../ids.ts'
import { validatePattern } from '../pattern/index.ts'
import { selectChecks } from './check-names.ts'
import { ISO_639_1, ISO_639_2, ISO_3166_1_ALPHA2 } from './codes.ts'
import { type SchemaError, SchemaRegistry } from './json-schema.ts'
import { OFFICIAL_SCHEMAS } from './schemas/official-schemas.ts'
import {
  COMMON_RELATIONSHIPS,
  CORE_SCHEMA,
  EMBEDDED_REF_TARGETS,
  MARKING_DEFINITION_TYPES,
  NON_SDOS,
  OBSERVABLE_DICT_KEY_EXCEPTIONS,
  REF_TARGETS,
  RELATIONSHIPS,
  RESERVED_PROPERTIES,
  SCO_CORE_SCHEMA,
  SCO_EXTENSIONS,
  TIMESTAMP_COMPARE,
  TIMESTAMP_PROPERTIES,
  TYPES,
  V20_LABEL_VOCABS,
  V20_REQUIRED,
  VOCAB_USES,
  VOCABS,
} from './tables.ts'

/** Options, named after the reference validator's command line. */
export interface ValidateOptions {
  /** Force the STIX version; otherwise each object's `spec_version`, else 2.1. */
  stixVersion?: '2.0' | '2.1' | undefined
  /** Best-practice findings become errors. */
  strict?: boolean | undefined
  /** Custom object types are reported. */
  strictTypes?: boolean | undefined
  /** Custom properties are reported. */
  strictProperties?: boolean | undefined
  /** Relationships must point at objects in the same bundle. */
  enforceRefs?: boolean | undefined
  /** Interoperability profile: `created_by_ref` required, no duplicate marking refs. */
  interop?: boolean | undefined
  /** Best-practice checks to run only (names or numbers). */
  enabled?: readonly string[] | undefined
  /** Best-practice checks to skip (names or numbers). */
  disabled?: readonly string[] | undefined
  /** Extra schemas (--schemas DIR), by object type or extension-definition id. */
  extraSchemas?: ExtraSchemas | undefined
  /** Replaces the built-in STIX Patterning check for `pattern_type: stix` indicators: returns error messages. */
  patternValidator?: ((pattern: string, version: string) => string[]) | undefined
}

/** Extra schemas loaded by the caller: a registry that also holds the official ones, and which URI serves which key. */
export interface ExtraSchemas {
  registry: SchemaRegistry
  /** Object type or extension-definition id → registered schema URI. */
  byKey: ReadonlyMap<string, string>
}

export interface ValidationResult {
  valid: boolean
  errors: Issue[]
  warnings: Issue[]
}

type Obj = Record<string, unknown>
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)
const has = (o: Obj, k: string): boolean => Object.hasOwn(o, k)

// ---------------------------------------------------------------------------------------------------------------
// Official schemas, compiled once on first use (no work at import time).

interface Compiled {
  registry: SchemaRegistry
  validators: Map<string, (v: unknown, out?: SchemaError[]) => boolean>
  properties: Map<string, ReadonlySet<string>>
}
let compiled: Compiled | undefined

/** The registry holding the official STIX 2.1 schemas, so extra schemas can `$ref` them by URL. */
export function officialRegistry(): SchemaRegistry {
  const registry = new SchemaRegistry()
  for (const [id, schema] of Object.entries(OFFICIAL_SCHEMAS)) registry.add(relaxContainers(id, schema), id)
  return registry
}

// Like the reference, members of a bundle and objects embedded in observed-data are validated one by one against
// their own schemas, so the containers' schemas do not constrain them.
function relaxContainers(id: string, schema: unknown): unknown {
  if (id.endsWith('/common/bundle.json') && isObj(schema)) {
    const props = { ...(schema.properties as Obj), objects: {} }
    return { ...schema, properties: props }
  }
  if (id.endsWith('/sdos/observed-data.json') && isObj(schema) && Array.isArray(schema.allOf)) {
    const allOf = schema.allOf.map((part) =>
      isObj(part) && isObj(part.properties) && has(part.properties, 'objects')
        ? { ...part, properties: { ...part.properties, objects: {} } }
        : part,
    )
    return { ...schema, allOf }
  }
  return schema
}

function state(): Compiled {
  if (!compiled) compiled = { registry: officialRegistry(), validators: new Map(), properties: new Map() }
  return compiled
}

function schemaValidator(uri: string) {
  const st = state()
  let v = st.validators.get(uri)
  if (!v) {
    v = st.registry.validator(uri)
    st.validators.set(uri, v)
  }
  return v
}

/** The property names a type's official schema defines (walking allOf/anyOf/oneOf and $refs, not `not`). */
export function definedProperties(type: string): ReadonlySet<string> {
  const st = state()
  let set = st.properties.get(type)
  if (set) return set
  const info = TYPES.get(type)
  const out = new Set<string>()
  if (info) collectProps(OFFICIAL_SCHEMAS[info.schema], info.schema, out, new Set())
  set = out
  st.properties.set(type, set)
  return set
}

function collectProps(schema: unknown, base: string, out: Set<string>, seen: Set<unknown>): void {
  if (!isObj(schema) || seen.has(schema)) return
  seen.add(schema)
  if (isObj(schema.properties)) for (const k of Object.keys(schema.properties)) out.add(k)
  for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
    const list = schema[key]
    if (Array.isArray(list)) for (const s of list) collectProps(s, base, out, seen)
  }
  if (typeof schema.$ref === 'string' && !schema.$ref.startsWith('#')) {
    const url = new URL(schema.$ref, base).href
    collectProps(OFFICIAL_SCHEMAS[url], url, out, seen)
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Context shared by the checks of one object.

interface Ctx {
  obj: Obj
  path: string
  version: '2.0' | '2.1'
  opts: ValidateOptions
  checks: ReadonlySet<string>
  errors: Issue[]
  warnings: Issue[]
}

/** Append a trusted sub-path such as `granular_markings[1]` or `extensions.x-ext` (not re-quoted). */
const subPath = (base: string, sub: string | undefined): string => (!sub ? base : base === '' ? sub : `${base}.${sub}`)

function error(ctx: Ctx, code: string, message: string, sub?: string): void {
  ctx.errors.push({ code, path: subPath(ctx.path, sub), message })
}

/** A best-practice finding: a warning, or an error under `strict`. */
function should(ctx: Ctx, code: string, message: string, sub?: string): void {
  const issue = { code, path: subPath(ctx.path, sub), message }
  if (ctx.opts.strict) ctx.errors.push(issue)
  else ctx.warnings.push(issue)
}

const SCHEMA_CODES: Readonly<Record<string, string>> = {
  required: 'missing_property',
  type: 'invalid_type',
  enum: 'invalid_value',
  const: 'invalid_value',
  pattern: 'invalid_format',
  additionalProperties: 'unexpected_property',
}

function schemaIssues(ctx: Ctx, errs: SchemaError[], prefix = ''): void {
  for (const e of errs) {
    let p = ctx.path
    for (const k of e.path) p = joinPath(p, k)
    const id = typeof ctx.obj.id === 'string' ? `${ctx.obj.id}: ` : ''
    const where = e.path.length > 0 ? `${e.path.join('.')}: ` : ''
    ctx.errors.push({
      code: SCHEMA_CODES[e.keyword] ?? 'schema',
      path: p,
      message: `${id}${prefix}${where}${e.message}`,
    })
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Timestamps.

const TS_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?Z$/
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** Why a well-formed timestamp is not a real instant (dateutil's wording), or undefined when it is fine. */
function calendarProblem(ts: string): string | undefined {
  const m = TS_RE.exec(ts)
  if (!m) return undefined
  const year = Number(m[1])
  const month = Number(m[2])
  const day = Number(m[3])
  if (month < 1 || month > 12) return 'month must be in 1..12'
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  const max = month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] ?? 31)
  if (day < 1 || day > max) return 'day is out of range for month'
  if (Number(m[4]) > 23) return 'hour must be in 0..23'
  if (Number(m[5]) > 59) return 'minute must be in 0..59'
  if (Number(m[6]) > 59) return 'second must be in 0..59'
  return undefined
}

/** Compare two STIX timestamps as instants (fractions of any length). */
function compareTs(a: string, b: string): number | undefined {
  const ma = TS_RE.exec(a)
  const mb = TS_RE.exec(b)
  if (!ma || !mb) return undefined
  const head = (m: RegExpExecArray) => `${m[1]}${m[2]}${m[3]}${m[4]}${m[5]}${m[6]}`
  const ha = head(ma)
  const hb = head(mb)
  if (ha !== hb) return ha < hb ? -1 : 1
  const fa = (ma[7] ?? '.').slice(1).padEnd(12, '0')
  const fb = (mb[7] ?? '.').slice(1).padEnd(12, '0')
  return fa === fb ? 0 : fa < fb ? -1 : 1
}

function checkTimestamps(ctx: Ctx): void {
  const { obj } = ctx
  for (const k of Object.keys(obj)) {
    if (!TIMESTAMP_PROPERTIES.has(k)) continue
    const v = obj[k]
    if (typeof v !== 'string') continue
    const problem = calendarProblem(v)
    if (problem) error(ctx, 'invalid_timestamp', `'${k}': '${v}' is not a valid timestamp: ${problem}`, k)
  }
  const pairs: (readonly [string, 'ge' | 'gt', string])[] = [['modified', 'ge', 'created']]
  const extra = TIMESTAMP_COMPARE[obj.type as string]
  if (extra) pairs.push(...extra)
  for (const [later, op, earlier] of pairs) {
    const a = obj[later]
    const b = obj[earlier]
    if (typeof a !== 'string' || typeof b !== 'string') continue
    const c = compareTs(a, b)
    if (c === undefined) continue
    if (op === 'ge' ? c < 0 : c <= 0) {
      const word = op === 'ge' ? 'later than or equal to' : 'later than'
      error(ctx, 'timestamp_order', `'${later}' (${a}) must be ${word} '${earlier}' (${b})`, later)
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// MUST rules the schemas cannot express.

const PROPERTY_NAME_RE = /^[a-z0-9_]{3,250}$/
const TYPE_FORMAT_RE = /^-?[a-z0-9]+(-[a-z0-9]+)*-?$/
const MIME_RE = /^(application|audio|font|image|message|model|multipart|text|video)\/[a-zA-Z0-9.+_-]+/
const CHARSET_RE = /^[a-zA-Z0-9_()-]+$/
const CPE23_RE =
  /^cpe:2\.3:[aho*-](:(((\?*|\*?)([a-zA-Z0-9\-._]|(\\[\\*?!"#$%&'()+,/:;<=>@[\]^`{|}~]))+(\?*|\*?))|[*-])){5}(:(([a-zA-Z]{2,3}(-([a-zA-Z]{2}|[0-9]{3}))?)|[*-]))(:(((\?*|\*?)([a-zA-Z0-9\-._]|(\\[\\*?!"#$%&'()+,/:;<=>@[\]^`{|}~]))+(\?*|\*?))|[*-])){4}$/

/** An RFC 5646 tag whose primary subtag is an ISO 639 code and whose region, if any, is a real one. */
export function isLanguageTag(tag: string): boolean {
  const parts = tag.split('-')
  const primary = parts[0]?.toLowerCase() ?? ''
  if (!(primary.length === 2 ? ISO_639_1.has(primary) : primary.length === 3 && ISO_639_2.has(primary))) return false
  for (const p of parts.slice(1)) {
    if (/^[A-Za-z]{2}$/.test(p)) {
      if (!ISO_3166_1_ALPHA2.has(p.toUpperCase())) return false
    } else if (!/^([A-Za-z]{4}|\d{3}|[A-Za-z0-9]{5,8}|[A-Za-z0-9]{1,8})$/.test(p)) return false
  }
  return true
}

function checkMarkings(ctx: Ctx): void {
  const { obj } = ctx
  if (obj.type === 'marking-definition') {
    if (Array.isArray(obj.object_marking_refs) && obj.object_marking_refs.includes(obj.id))
      error(
        ctx,
        'circular_marking',
        '`object_marking_refs` cannot contain any references to this marking definition object (no circular references).',
        'object_marking_refs',
      )
    if (Array.isArray(obj.granular_markings) && obj.granular_markings.some((g) => isObj(g) && g.marking_ref === obj.id))
      error(
        ctx,
        'circular_marking',
        '`granular_markings` cannot contain any references to this marking definition object (no circular references).',
        'granular_markings',
      )
  }
  if (!Array.isArray(obj.granular_markings)) return
  obj.granular_markings.forEach((marking, i) => {
    if (!isObj(marking) || !Array.isArray(marking.selectors)) return
    for (const selector of marking.selectors) {
      if (typeof selector !== 'string') continue
      const problem = selectorProblem(obj, selector)
      if (problem)
        error(
          ctx,
          'invalid_selector',
          `'${selector}' is not a valid selector because ${problem}.`,
          `granular_markings[${i}]`,
        )
    }
  })
}

function selectorProblem(obj: Obj, selector: string): string | undefined {
  let cur: unknown = obj
  let prev = ''
  for (const seg of selector.split('.')) {
    const idx = /^\[(\d+)\]$/.exec(seg)
    if (idx) {
      if (!Array.isArray(cur)) return `'${prev}' is not a list`
      const n = Number(idx[1])
      if (n >= cur.length) return `${n} is not a valid index`
      cur = cur[n]
    } else {
      if (!isObj(cur)) return `'${seg}' is not a property`
      if (!has(cur, seg)) return `'${seg}' is not a property`
      cur = cur[seg]
    }
    prev = seg
  }
  return undefined
}

function refTypeOf(ref: unknown): string | undefined {
  return parseId(ref)?.type
}

function describeTypes(types: readonly string[]): string {
  return types.length === 1 ? `'${types[0]}'` : `'${types.slice(0, -1).join("', '")}' or '${types[types.length - 1]}'`
}

function checkRefTargets(ctx: Ctx): void {
  const { obj } = ctx
  const type = obj.type as string
  const tables = [REF_TARGETS['*'], REF_TARGETS[type]]
  for (const table of tables) {
    if (!table) continue
    for (const [prop, targets] of Object.entries(table)) {
      const v = obj[prop]
      if (v === undefined) continue
      const refs = Array.isArray(v) ? v : [v]
      for (const r of refs) {
        const t = refTypeOf(r)
        if (t !== undefined && !targets.includes(t))
          error(ctx, 'invalid_reference', `'${prop}' must refer to an object of type ${describeTypes(targets)}.`, prop)
      }
    }
  }
  // References inside SCO extensions and embedded lists.
  const ext = obj.extensions
  if (isObj(ext)) {
    for (const [name, body] of Object.entries(ext)) {
      const table = EMBEDDED_REF_TARGETS[name]
      if (!table || !isObj(body)) continue
      for (const [prop, targets] of Object.entries(table)) {
        const v = body[prop]
        for (const r of Array.isArray(v) ? v : v === undefined ? [] : [v]) {
          const t = refTypeOf(r)
          if (t !== undefined && !targets.includes(t))
            error(
              ctx,
              'invalid_reference',
              `'${prop}' in the ${name} extension must refer to an object of type ${describeTypes(targets)}.`,
              `extensions.${name}`,
            )
        }
      }
    }
  }
  if (type === 'email-message' && Array.isArray(obj.body_multipart)) {
    const targets = EMBEDDED_REF_TARGETS.body_multipart?.body_raw_ref ?? []
    obj.body_multipart.forEach((part, i) => {
      if (!isObj(part)) return
      const t = refTypeOf(part.body_raw_ref)
      if (t !== undefined && !targets.includes(t))
        error(
          ctx,
          'invalid_reference',
          `'body_raw_ref' must refer to an object of type ${describeTypes(targets)}.`,
          `body_multipart[${i}]`,
        )
    })
  }
}

/** Reference checks for SCOs embedded in a (deprecated) observed-data `objects` dictionary: refs are keys. */
function checkEmbeddedObservableRefs(ctx: Ctx, objects: Obj): void {
  for (const [key, sco] of Object.entries(objects)) {
    if (!isObj(sco) || typeof sco.type !== 'string') continue
    const table = REF_TARGETS[sco.type]
    if (!table) continue
    for (const [prop, targets] of Object.entries(table)) {
      const v = sco[prop]
      if (v === undefined) continue
      for (const r of Array.isArray(v) ? v : [v]) {
        const target = typeof r === 'string' ? objects[r] : undefined
        if (!isObj(target)) {
          error(ctx, 'invalid_reference', `${prop} in observable object '${key}' can't resolve reference '${r}'.`)
          continue
        }
        if (typeof target.type === 'string' && !targets.includes(target.type))
          error(
            ctx,
            'invalid_reference',
            `'${prop}' in observable object '${key}' must refer to an object of type ${describeTypes(targets)}.`,
          )
      }
    }
  }
}

function checkScoMusts(ctx: Ctx, sco: Obj, where: string): void {
  const id = String(sco.id ?? where)
  if (sco.type === 'artifact' && typeof sco.mime_type === 'string' && !MIME_RE.test(sco.mime_type))
    error(
      ctx,
      'invalid_mime_type',
      `The 'mime_type' property of object '${id}' ('${sco.mime_type}') must be an IANA registered MIME Type of the form 'type/subtype'.`,
    )
  if (sco.type === 'directory' && typeof sco.path_enc === 'string' && !CHARSET_RE.test(sco.path_enc))
    error(
      ctx,
      'invalid_charset',
      `The 'path_enc' property of object '${id}' ('${sco.path_enc}') must be an IANA registered character set.`,
    )
  if (sco.type === 'file' && typeof sco.name_enc === 'string' && !CHARSET_RE.test(sco.name_enc))
    error(
      ctx,
      'invalid_charset',
      `The 'name_enc' property of object '${id}' ('${sco.name_enc}') must be an IANA registered character set.`,
    )
  if (sco.type === 'software' && Array.isArray(sco.languages))
    for (const lang of sco.languages)
      if (typeof lang !== 'string' || !ISO_639_2.has(lang))
        error(
          ctx,
          'invalid_language',
          `The 'languages' property of object '${id}' contains an invalid ISO 639-2 language code ('${lang}').`,
        )
  if (sco.type === 'software' && typeof sco.cpe === 'string' && !CPE23_RE.test(sco.cpe))
    error(ctx, 'invalid_cpe', `Provided CPE value '${sco.cpe}' is not CPE v2.3 compliant.`)
}

const UUID4_ONLY_IF_NO_ID_PROPS: Readonly<Record<string, readonly string[]>> = {
  artifact: ['hashes', 'payload_bin'],
  'email-message': ['from_ref', 'subject', 'body'],
  'user-account': ['account_type', 'user_id', 'account_login'],
  'windows-registry-key': ['key', 'values'],
  'x509-certificate': ['hashes', 'serial_number'],
}

function checkMusts(ctx: Ctx): void {
  const { obj } = ctx
  const type = obj.type as string
  const id = parseId(obj.id)
  if (id && id.type !== type)
    error(ctx, 'id_type_mismatch', `'id' must begin with the object's type ('${type}--'), got '${obj.id}'`, 'id')
  checkTimestamps(ctx)
  checkMarkings(ctx)
  checkRefTargets(ctx)
  if (typeof obj.lang === 'string' && !isLanguageTag(obj.lang))
    error(ctx, 'invalid_language', `'${obj.lang}' is not a valid RFC 5646 language code.`, 'lang')
  checkScoMusts(ctx, obj, ctx.path)
  if (type === 'observed-data' && has(obj, 'objects')) {
    const objects = obj.objects
    if (isObj(objects)) {
      checkEmbeddedObservableRefs(ctx, objects)
      for (const [k, sco] of Object.entries(objects)) if (isObj(sco)) checkScoMusts(ctx, sco, k)
    }
  }
  if (type === 'language-content' && isObj(obj.contents)) {
    for (const [lang, value] of Object.entries(obj.contents)) {
      if (!isLanguageTag(lang))
        error(
          ctx,
          'invalid_language',
          `Invalid key '${lang}' in 'contents' property must be an RFC 5646 code`,
          'contents',
        )
      if (isObj(value))
        for (const sub of Object.keys(value))
          if (!PROPERTY_NAME_RE.test(sub))
            error(
              ctx,
              'invalid_property_name',
              `'${sub}' in '${lang}' of the 'contents' property is invalid and must match a valid property name`,
              'contents',
            )
    }
  }
  if (id) {
    const idProps = UUID4_ONLY_IF_NO_ID_PROPS[type]
    if (idProps?.every((k) => !has(obj, k)) && uuidVersion(id.uuid) !== 4)
      error(ctx, 'invalid_uuid', 'If no Contributing Properties are present, a UUIDv4 must be used', 'id')
    if (type === 'process' && uuidVersion(id.uuid) !== 4)
      error(ctx, 'invalid_uuid', 'A process object must use UUIDv4 for its id', 'id')
  }
  if (type === 'extension-definition' && has(obj, 'extension_properties')) {
    const types = Array.isArray(obj.extension_types) ? obj.extension_types : []
    if (!types.includes('toplevel-property-extension'))
      error(
        ctx,
        'invalid_extension',
        "'extension_properties' may only be used with the 'toplevel-property-extension' extension type.",
        'extension_properties',
      )
  }
  if (type === 'indicator' && obj.pattern_type === 'stix' && typeof obj.pattern === 'string') checkPattern(ctx)
  if (ctx.opts.interop && (TYPES.get(type)?.kind === 'sdo' || TYPES.get(type)?.kind === 'sro')) {
    if (!has(obj, 'created_by_ref')) error(ctx, 'missing_property', "'created_by_ref' is a required property")
  }
  if (ctx.opts.interop && Array.isArray(obj.object_marking_refs)) {
    const seen = new Set<unknown>()
    for (const r of obj.object_marking_refs) {
      if (seen.has(r))
        error(ctx, 'duplicate_marking', `'object_marking_refs' contains '${r}' more than once.`, 'object_marking_refs')
      seen.add(r)
    }
  }
}

// Object types of a STIX pattern: `[type:prop …]`. A light scan; full syntax checking is the patternValidator's job.
const PATTERN_PATH_RE = /(?:^|[[\s(]|AND|OR)\s*([A-Za-z0-9_-]+):([A-Za-z0-9_]+|'[^']*')/g

function patternPaths(pattern: string): { type: string; prop: string }[] {
  const out: { type: string; prop: string }[] = []
  const noStrings = pattern.replace(
    /'(?:[^'\\]|\\.)*'(?!\s*[=<>!]|\s*(?:NOT\s+)?(?:IN|LIKE|MATCHES|ISSUBSET|ISSUPERSET))/g,
    "''",
  )
  for (const m of noStrings.matchAll(PATTERN_PATH_RE)) {
    const type = m[1] ?? ''
    const prop = (m[2] ?? '').replace(/^'|'$/g, '')
    out.push({ type, prop })
  }
  return out
}

function checkPattern(ctx: Ctx): void {
  const { obj } = ctx
  const pattern = obj.pattern as string
  const version =
    typeof obj.pattern_version === 'string'
      ? obj.pattern_version
      : typeof obj.spec_version === 'string'
        ? obj.spec_version
        : '2.1'
  const errs = ctx.opts.patternValidator
    ? ctx.opts.patternValidator(pattern, version)
    : validatePattern(pattern, { stixVersion: version === '2.0' ? '2.0' : '2.1' }).errors
  if (errs.length > 0) {
    for (const e of errs) error(ctx, 'invalid_pattern', e, 'pattern')
    return
  }
  const on = ctx.checks
  for (const { type, prop } of patternPaths(pattern)) {
    const known = TYPES.get(type)?.kind === 'sco'
    if (!known) {
      if (!TYPE_FORMAT_RE.test(type) || type.length < 3 || type.length > 250)
        error(ctx, 'invalid_pattern', `'${type}' is not a valid observable type name`, 'pattern')
      else if (on.has('custom-prefix') && !on.has('extensions-use') && !/^x-.+-.+$/.test(type))
        error(
          ctx,
          'invalid_pattern',
          `Custom Observable Object type '${type}' should start with 'x-' followed by a source unique identifier (like a domain name with dots replaced by hyphens), a hyphen and then the name`,
          'pattern',
        )
      else if (on.has('custom-prefix-lax') && !on.has('extensions-use') && !/^x-.+$/.test(type))
        error(ctx, 'invalid_pattern', `Custom Observable Object type '${type}' should start with 'x-'`, 'pattern')
      if (ctx.opts.strictTypes) should(ctx, 'strict-types', `'${type}' is not a valid stix observable type`, 'pattern')
      if (!PROPERTY_NAME_RE.test(prop))
        error(ctx, 'invalid_pattern', `'${prop}' is not a valid observable property name`, 'pattern')
      continue
    }
    if (definedProperties(type).has(prop)) continue
    if (!PROPERTY_NAME_RE.test(prop))
      error(ctx, 'invalid_pattern', `'${prop}' is not a valid observable property name`, 'pattern')
    else if (on.has('custom-prefix') && !on.has('extensions-use') && !/^x_.+_.+$/.test(prop))
      error(
        ctx,
        'invalid_pattern',
        `Cyber Observable Object custom property '${prop}' should start with 'x_' followed by a source unique identifier (like a domain name with dots replaced by underscores), an underscore and then the name`,
        'pattern',
      )
    else if (on.has('custom-prefix-lax') && !on.has('extensions-use') && !/^x_.+$/.test(prop))
      error(
        ctx,
        'invalid_pattern',
        `Cyber Observable Object custom property '${prop}' should start with 'x_'`,
        'pattern',
      )
    if (ctx.opts.strictProperties)
      should(ctx, 'strict-properties', `'${prop}' is not a valid property for '${type}' objects`, 'pattern')
  }
}

// ---------------------------------------------------------------------------------------------------------------
// SHOULD rules (best practices), each under its reference check name.

const pyIsLower = (s: string): boolean => (s !== s.toUpperCase() || /[a-z]/.test(s) ? s === s.toLowerCase() : false)

function hasExtensionOfKind(obj: Obj, kinds: readonly string[]): boolean {
  const ext = obj.extensions
  if (!isObj(ext)) return false
  return Object.values(ext).some(
    (e) => isObj(e) && typeof e.extension_type === 'string' && kinds.includes(e.extension_type),
  )
}

const NEW_OBJECT_EXT = ['new-sdo', 'new-sco', 'new-sro']

function checkShoulds(ctx: Ctx): void {
  const { obj, checks: on } = ctx
  const type = obj.type as string
  const info = TYPES.get(type)
  const isSco = info
    ? info.kind === 'sco'
    : !has(obj, 'created') && !has(obj, 'modified') && type !== 'marking-definition'
  const definesNewType = hasExtensionOfKind(obj, NEW_OBJECT_EXT)
  const topLevelExt = hasExtensionOfKind(obj, ['toplevel-property-extension'])
  const id = String(obj.id)

  // custom-prefix / custom-prefix-lax (101/102) and extensions-use (401)
  if (!info && type !== 'bundle') {
    if (!definesNewType) {
      if (on.has('custom-prefix') && !/^x-.+-.+$/.test(type))
        should(
          ctx,
          'custom-prefix',
          isSco
            ? `Custom Observable Object type '${type}' should start with 'x-' followed by a source unique identifier (like a domain name with dots replaced by hyphens), a hyphen and then the name.`
            : `Custom object type '${type}' should start with 'x-' followed by a source unique identifier (like a domain name with dots replaced by hyphens), a hyphen and then the name.`,
          'type',
        )
      else if (on.has('custom-prefix-lax') && !/^x-.+$/.test(type))
        should(
          ctx,
          'custom-prefix-lax',
          isSco
            ? `Custom Observable Object type '${type}' should start with 'x-'.`
            : `Custom object type '${type}' should start with 'x-' in order to be compatible with future versions of the STIX 2 specification.`,
          'type',
        )
      if (on.has('extensions-use'))
        should(
          ctx,
          'extensions-use',
          `Custom object type '${type}' should be defined with an extension definition ('new-sdo', 'new-sco' or 'new-sro' extension).`,
          'type',
        )
    }
  }
  if (info && info.kind !== 'bundle') {
    const defined = definedProperties(type)
    for (const prop of Object.keys(obj)) {
      if (defined.has(prop) || RESERVED_PROPERTIES.has(prop)) continue
      if (!topLevelExt) {
        if (on.has('custom-prefix') && !/^x_.+_.+$/.test(prop))
          should(
            ctx,
            'custom-prefix',
            isSco
              ? `Cyber Observable Object custom property '${prop}' should start with 'x_' followed by a source unique identifier (like a domain name with dots replaced by hyphens), a hyphen and then the name.`
              : `Custom property '${prop}' should have a type that starts with 'x_' followed by a source unique identifier (like a domain name with dots replaced by hyphen), a hyphen and then the name.`,
            prop,
          )
        else if (on.has('custom-prefix-lax') && !/^x_.+$/.test(prop))
          should(
            ctx,
            'custom-prefix-lax',
            isSco
              ? `Cyber Observable Object custom property '${prop}' should start with 'x_'.`
              : `Custom property '${prop}' should have a type that starts with 'x_' in order to be compatible with future versions of the STIX 2 specification.`,
            prop,
          )
        if (on.has('extensions-use'))
          should(
            ctx,
            'extensions-use',
            `Custom property '${prop}' should be defined with a 'toplevel-property-extension' extension.`,
            prop,
          )
      }
    }
    // Custom SCO extensions
    const known = SCO_EXTENSIONS[type]
    if (known && isObj(obj.extensions)) {
      for (const key of Object.keys(obj.extensions)) {
        if (known.includes(key) || key.startsWith('extension-definition--')) continue
        if (on.has('custom-prefix') && !/^x-.+-.+-ext$/.test(key))
          should(
            ctx,
            'custom-prefix',
            `Custom Cyber Observable Object extension type '${key}' should start with 'x-' followed by a source unique identifier (like a domain name with dots replaced by hyphens), a hyphen and then the name.`,
            'extensions',
          )
        else if (on.has('custom-prefix-lax') && !/^x-.+-ext$/.test(key))
          should(
            ctx,
            'custom-prefix-lax',
            `Custom Cyber Observable Object extension type '${key}' should start with 'x-'.`,
            'extensions',
          )
      }
    }
  }
  if (ctx.opts.strictTypes && !info)
    should(ctx, 'strict-types', `Object type '${type}' is not one of those defined in the specification.`, 'type')
  if (ctx.opts.strictProperties && info) {
    const defined = definedProperties(type)
    for (const prop of Object.keys(obj))
      if (!defined.has(prop))
        should(ctx, 'strict-properties', `Property '${prop}' is not one of those defined in the specification.`, prop)
  }

  // uuid-check (103)
  const pid = parseId(obj.id)
  if (on.has('uuid-check') && pid) {
    const v = uuidVersion(pid.uuid)
    if (isSco && type !== 'process') {
      if (v !== 5 && scoId(obj) !== undefined)
        should(ctx, 'uuid-check', `Cyber Observable ID value ${id} is not a valid UUIDv5 ID.`, 'id')
    } else if (v !== 4 && !(isSco && type === 'process'))
      should(ctx, 'uuid-check', `Given ID value ${id} is not a valid UUIDv4 ID.`, 'id')
  }

  // open-vocab-format (111) and the vocabulary checks (2xx)
  for (const [t, prop, vocab, ovName] of VOCAB_USES) {
    if (t !== type || !has(obj, prop)) continue
    const raw = obj[prop]
    const values = Array.isArray(raw) ? raw : [raw]
    if (on.has('open-vocab-format'))
      for (const v of values)
        if (typeof v === 'string' && (!pyIsLower(v) || v.includes('_') || v.includes(' ')))
          should(
            ctx,
            'open-vocab-format',
            `Open vocabulary value '${v}' should be all lowercase and use hyphens instead of spaces or underscores as word separators.`,
            prop,
          )
    if (on.has(vocab)) {
      const allowed: readonly string[] = VOCABS[vocab]
      if (!values.every((v) => typeof v === 'string' && allowed.includes(v)))
        should(ctx, vocab, `${prop} contains a value not in the ${ovName}-ov vocabulary.`, prop)
    }
  }

  // kill-chain-names (121)
  if (on.has('kill-chain-names') && Array.isArray(obj.kill_chain_phases)) {
    for (const phase of obj.kill_chain_phases) {
      if (!isObj(phase)) continue
      for (const [key, label] of [
        ['kill_chain_name', 'kill_chain_name'],
        ['phase_name', 'phase_name'],
      ] as const) {
        const v = phase[key]
        if (typeof v === 'string' && (!pyIsLower(v) || v.includes('_') || v.includes(' ')))
          should(
            ctx,
            'kill-chain-names',
            `${label} '${v}' should be all lowercase and use hyphens instead of spaces or underscores as word separators.`,
            'kill_chain_phases',
          )
      }
    }
  }

  // observable-object-keys (141) for the deprecated embedded objects
  if (type === 'observed-data' && isObj(obj.objects) && on.has('observable-object-keys'))
    for (const key of Object.keys(obj.objects))
      if (!/^\d+$/.test(key))
        should(
          ctx,
          'observable-object-keys',
          `'${key}' is not a good key value. Observable Objects should use non-negative integers for their keys.`,
          'objects',
        )

  const scos: Obj[] = isSco
    ? [obj]
    : type === 'observed-data' && isObj(obj.objects)
      ? Object.values(obj.objects).filter(isObj)
      : []
  for (const sco of scos) scoShoulds(ctx, sco)

  // malware-analysis-product (143)
  if (on.has('malware-analysis-product') && type === 'malware-analysis' && typeof obj.product === 'string')
    if (!/^[a-z0-9-]+$/.test(obj.product))
      should(
        ctx,
        'malware-analysis-product',
        `The 'product' property of object '${id}' should be all lowercase with words seperated by dash.`,
        'product',
      )

  // marking-definition-type (201)
  if (
    on.has('marking-definition-type') &&
    type === 'marking-definition' &&
    typeof obj.definition_type === 'string' &&
    !MARKING_DEFINITION_TYPES.has(obj.definition_type)
  )
    should(
      ctx,
      'marking-definition-type',
      'Marking definition `definition_type` should be one of: statement, tlp.',
      'definition_type',
    )

  // relationship-types (202)
  if (on.has('relationship-types') && type === 'relationship') relationshipShould(ctx)

  // countries (277)
  if (on.has('countries') && type === 'location' && typeof obj.country === 'string')
    if (!ISO_3166_1_ALPHA2.has(obj.country.toUpperCase()))
      should(ctx, 'countries', 'Location `country` should be a valid ISO 3166-1 ALPHA-2 Code.', 'country')

  // extref-hashes (302)
  if (on.has('extref-hashes') && Array.isArray(obj.external_references)) {
    const bad = obj.external_references.find((r) => isObj(r) && has(r, 'url') && !has(r, 'hashes'))
    if (isObj(bad))
      should(
        ctx,
        'extref-hashes',
        `External reference '${typeof bad.source_name === 'string' ? bad.source_name : ''}' has a URL but no hash.`,
        'external_references',
      )
  }

  // indicator-properties (303)
  if (on.has('indicator-properties') && type === 'indicator' && (!has(obj, 'name') || !has(obj, 'description')))
    should(ctx, 'indicator-properties', 'Both the name and description properties SHOULD be present.')

  // deprecated-properties (304)
  if (on.has('deprecated-properties') && type === 'observed-data' && has(obj, 'objects'))
    should(
      ctx,
      'deprecated-properties',
      "Included property 'objects' is deprecated within the indicated spec version.",
      'objects',
    )

  // extension-description (402) and extension-properties (403)
  if (type === 'extension-definition') {
    if (on.has('extension-description') && !has(obj, 'description'))
      should(ctx, 'extension-description', 'Extension definitions should have a description.')
    const kinds = Array.isArray(obj.extension_types) ? obj.extension_types : []
    if (
      on.has('extension-properties') &&
      kinds.includes('toplevel-property-extension') &&
      !has(obj, 'extension_properties')
    )
      should(
        ctx,
        'extension-properties',
        "A 'toplevel-property-extension' extension definition should list its 'extension_properties'.",
      )
  }
}

const PROTOCOL_RE = /^[a-zA-Z0-9-]{1,15}$/
const HTTP_HEADER_RE = /^[A-Za-z0-9-]+$/
const SOCKET_OPTION_RE = /^(SO|ICMP|ICMP6|IP|IPV6|MCAST|TCP|IRLMP)_[A-Z0-9_]+$/
const PDF_DID = new Set([
  'Title',
  'Author',
  'Subject',
  'Keywords',
  'Creator',
  'Producer',
  'CreationDate',
  'ModDate',
  'Trapped',
])

function hashNameOk(name: string): boolean {
  return (VOCABS['hash-algo'] as readonly string[]).includes(name) || name.startsWith('x_')
}

function scoShoulds(ctx: Ctx, sco: Obj): void {
  const on = ctx.checks
  const type = sco.type
  const id = String(sco.id ?? '')
  const ext = isObj(sco.extensions) ? sco.extensions : undefined
  const pe = ext && isObj(ext['windows-pebinary-ext']) ? ext['windows-pebinary-ext'] : undefined

  // observable-dictionary-keys (142)
  if (on.has('observable-dictionary-keys')) {
    const walk = (o: Obj) => {
      for (const [k, v] of Object.entries(o)) {
        if (/[A-Z]/.test(k))
          should(ctx, 'observable-dictionary-keys', `As a dictionary key, '${k}' should be lowercase.`)
        if (isObj(v) && !OBSERVABLE_DICT_KEY_EXCEPTIONS.has(k)) walk(v)
      }
    }
    walk(sco)
  }
  // windows-process-priority-format (149)
  if (on.has('windows-process-priority-format') && type === 'process' && ext) {
    const wp = ext['windows-process-ext']
    if (isObj(wp) && typeof wp.priority === 'string' && !/.+_CLASS$/.test(wp.priority))
      should(
        ctx,
        'windows-process-priority-format',
        `The 'priority' property of object '${id}' should end in '_CLASS'.`,
      )
  }
  // hash-length (150) and hash-algo (241)
  const hashDicts: Obj[] = []
  if ((type === 'file' || type === 'artifact' || type === 'x509-certificate') && isObj(sco.hashes))
    hashDicts.push(sco.hashes)
  if (type === 'file' && ext) {
    const ntfs = ext['ntfs-ext']
    if (isObj(ntfs) && Array.isArray(ntfs.alternate_data_streams))
      for (const ads of ntfs.alternate_data_streams) if (isObj(ads) && isObj(ads.hashes)) hashDicts.push(ads.hashes)
    if (pe) {
      if (isObj(pe.file_header_hashes)) hashDicts.push(pe.file_header_hashes)
      if (isObj(pe.optional_header) && isObj(pe.optional_header.hashes)) hashDicts.push(pe.optional_header.hashes)
      if (Array.isArray(pe.sections))
        for (const s of pe.sections) if (isObj(s) && isObj(s.hashes)) hashDicts.push(s.hashes)
    }
  }
  for (const dict of hashDicts) {
    for (const h of Object.keys(dict)) {
      if (on.has('hash-length') && [...h].length > 30)
        should(
          ctx,
          'hash-length',
          `Object '${id}' has a 'hashes' dictionary with a hash of type '${h}', which is longer than 30 characters.`,
        )
      if (on.has('hash-algo') && !hashNameOk(h))
        should(
          ctx,
          'hash-algo',
          `Object '${id}' has a 'hashes' dictionary with a hash of type '${h}', which is not a value in the hash-algorithm-ov vocabulary nor a custom value prepended with 'x_'.`,
        )
    }
  }
  // windows-pebinary-type (243)
  if (on.has('windows-pebinary-type') && pe && has(pe, 'pe_type'))
    if (!(VOCABS['windows-pebinary-type'] as readonly unknown[]).includes(pe.pe_type))
      should(
        ctx,
        'windows-pebinary-type',
        `Object '${id}' has a Windows PE Binary File extension with a 'pe_type' of '${String(pe.pe_type)}', which is not a value in the windows-pebinary-type-ov vocabulary.`,
      )
  // account-type (244)
  if (on.has('account-type') && type === 'user-account' && has(sco, 'account_type'))
    if (!(VOCABS['account-type'] as readonly unknown[]).includes(sco.account_type))
      should(
        ctx,
        'account-type',
        `Object '${id}' is a User Account Object with an 'account_type' of '${String(sco.account_type)}', which is not a value in the account-type-ov vocabulary.`,
      )
  // mime-type (271)
  if (on.has('mime-type') && type === 'file' && typeof sco.mime_type === 'string' && !MIME_RE.test(sco.mime_type))
    should(
      ctx,
      'mime-type',
      `The 'mime_type' property of object '${id}' ('${sco.mime_type}') should be an IANA MIME Type of the form 'type/subtype'.`,
    )
  if (type === 'network-traffic') {
    // protocols (272)
    if (on.has('protocols') && Array.isArray(sco.protocols))
      for (const p of sco.protocols)
        if (typeof p === 'string' && !PROTOCOL_RE.test(p))
          should(
            ctx,
            'protocols',
            `The 'protocols' property of object '${id}' contains a value ('${p}') not in IANA Service Name and Transport Protocol Port Number Registry.`,
          )
    // ipfix (273)
    if (on.has('ipfix') && isObj(sco.ipfix))
      for (const k of Object.keys(sco.ipfix))
        if (!/^[a-z][a-zA-Z0-9]+/.test(k))
          should(
            ctx,
            'ipfix',
            `The 'ipfix' property of object '${id}' contains a key ('${k}') not in IANA IP Flow Information Export (IPFIX) Entities Registry.`,
          )
    // http-request-headers (274)
    const http = ext?.['http-request-ext']
    if (on.has('http-request-headers') && isObj(http) && isObj(http.request_header))
      for (const h of Object.keys(http.request_header))
        if (!HTTP_HEADER_RE.test(h))
          should(
            ctx,
            'http-request-headers',
            `The 'request_header' property of object '${id}' contains an invalid HTTP request header ('${h}').`,
          )
    // socket-options (275)
    const sock = ext?.['socket-ext']
    if (on.has('socket-options') && isObj(sock) && isObj(sock.options))
      for (const o of Object.keys(sock.options))
        if (!SOCKET_OPTION_RE.test(o))
          should(
            ctx,
            'socket-options',
            `The 'options' property of object '${id}' contains a key ('${o}') that is not a valid socket option (SO|ICMP|ICMP6|IP|IPV6|MCAST|TCP|IRLMP)_*.`,
          )
    // network-traffic-ports (301)
    if (on.has('network-traffic-ports') && (!has(sco, 'src_port') || !has(sco, 'dst_port')))
      should(
        ctx,
        'network-traffic-ports',
        `The Network Traffic object '${id}' should contain both the 'src_port' and 'dst_port' properties.`,
      )
  }
  // pdf-doc-info (276)
  const pdf = ext?.['pdf-ext']
  if (on.has('pdf-doc-info') && type === 'file' && isObj(pdf) && isObj(pdf.document_info_dict))
    for (const k of Object.keys(pdf.document_info_dict))
      if (!PDF_DID.has(k))
        should(
          ctx,
          'pdf-doc-info',
          `The 'document_info_dict' property of object '${id}' contains a key ('${k}') that is not a valid PDF Document Information Dictionary key.`,
        )
}

function relationshipShould(ctx: Ctx): void {
  const { obj } = ctx
  const rType = obj.relationship_type
  const src =
    refTypeOf(obj.source_ref) ?? (typeof obj.source_ref === 'string' ? obj.source_ref.split('--')[0] : undefined)
  const tgt =
    refTypeOf(obj.target_ref) ?? (typeof obj.target_ref === 'string' ? obj.target_ref.split('--')[0] : undefined)
  if (typeof rType !== 'string' || !src || !tgt) return
  if (COMMON_RELATIONSHIPS.has(rType) || NON_SDOS.has(src) || NON_SDOS.has(tgt)) return
  const bySource = RELATIONSHIPS[src]
  if (!bySource) {
    should(
      ctx,
      'relationship-types',
      `'${src}' is not a suggested relationship source object for the '${rType}' relationship.`,
      'source_ref',
    )
    return
  }
  const targets = bySource[rType]
  if (!targets) {
    should(
      ctx,
      'relationship-types',
      `'${rType}' is not a suggested relationship type for '${src}' objects.`,
      'relationship_type',
    )
    return
  }
  if (!targets.includes(tgt))
    should(
      ctx,
      'relationship-types',
      `'${tgt}' is not a suggested relationship target object for '${src}' objects with the '${rType}' relationship.`,
      'target_ref',
    )
}

// ---------------------------------------------------------------------------------------------------------------
// STIX 2.0 mode: no schema copy is shipped, so a compact table covers the 2.0 rules.

const ID_RE =
  /^[a-z][a-z0-9-]+[a-z0-9]--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$/
const TS20_RE =
  /^[0-9]{4}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9]|60)(\.[0-9]+)?Z$/

function validate20(ctx: Ctx): void {
  const { obj } = ctx
  const type = obj.type
  if (typeof type !== 'string' || !/^[a-z0-9-]{3,250}$/.test(type))
    error(ctx, 'invalid_format', `${JSON.stringify(type)} is not a valid type`, 'type')
  const idOk = typeof obj.id === 'string' && ID_RE.test(obj.id)
  if (!has(obj, 'id')) error(ctx, 'missing_property', "'id' is a required property")
  else if (!idOk) error(ctx, 'invalid_format', `'${String(obj.id)}' is not a valid identifier`, 'id')
  if (type === 'marking-definition') {
    for (const k of ['created', 'definition_type', 'definition'])
      if (!has(obj, k)) error(ctx, 'missing_property', `'${k}' is a required property`)
  } else if (type !== 'bundle') {
    for (const k of ['created', 'modified'])
      if (!has(obj, k)) error(ctx, 'missing_property', `'${k}' is a required property`)
    for (const k of V20_REQUIRED[type as string] ?? [])
      if (!has(obj, k)) error(ctx, 'missing_property', `'${k}' is a required property`)
  }
  for (const k of Object.keys(obj)) {
    const v = obj[k]
    if (TIMESTAMP_PROPERTIES.has(k) && !(typeof v === 'string' && TS20_RE.test(v)))
      error(ctx, 'invalid_format', `'${k}' is not a valid timestamp`, k)
    if ((k.endsWith('_ref') && typeof v !== 'string') || (k.endsWith('_ref') && !ID_RE.test(v as string)))
      error(ctx, 'invalid_format', `'${k}' is not a valid identifier`, k)
    if (
      k.endsWith('_refs') &&
      (!Array.isArray(v) || v.length === 0 || v.some((r) => typeof r !== 'string' || !ID_RE.test(r)))
    )
      error(ctx, 'invalid_format', `'${k}' must be a non-empty list of identifiers`, k)
    if (Array.isArray(v) && v.length === 0) error(ctx, 'invalid_value', `[] is too short`, k)
    if (k !== 'id' && (k.length < 3 || k.length > 250 || !/^[a-z0-9_]+$/.test(k)))
      error(ctx, 'invalid_property_name', `'${k}' is not a valid property name`, k)
  }
  if (
    type === 'observed-data' &&
    typeof obj.number_observed === 'number' &&
    (obj.number_observed < 1 || obj.number_observed > 999999999)
  )
    error(ctx, 'invalid_value', 'number_observed must be between 1 and 999,999,999', 'number_observed')
  if (has(obj, 'confidence')) error(ctx, 'unexpected_property', "'confidence' is not a STIX 2.0 property", 'confidence')
  const parsed = parseId(obj.id)
  if (parsed && parsed.type !== type)
    error(
      ctx,
      'id_type_mismatch',
      `'id' must begin with the object's type ('${String(type)}--'), got '${obj.id}'`,
      'id',
    )
  checkTimestamps(ctx)
  checkMarkings(ctx)
  if (type === 'observed-data' && isObj(obj.objects)) checkEmbeddedObservableRefs(ctx, obj.objects)
  // 2.0 open vocabularies live in `labels`.
  const vocab = V20_LABEL_VOCABS[type as string]
  if (vocab && Array.isArray(obj.labels) && ctx.checks.has(vocab)) {
    const allowed: readonly string[] = VOCABS[vocab]
    if (!obj.labels.every((l) => typeof l === 'string' && allowed.includes(l)))
      should(ctx, vocab, `labels contains a value not in the ${vocab.replace(/s$/, '')}-ov vocabulary.`, 'labels')
  }
  if (ctx.checks.has('uuid-check') && parsed && uuidVersion(parsed.uuid) !== 4)
    should(ctx, 'uuid-check', `Given ID value ${String(obj.id)} is not a valid UUIDv4 ID.`, 'id')
  if (type === 'relationship' && ctx.checks.has('relationship-types')) relationshipShould(ctx)
}

// ---------------------------------------------------------------------------------------------------------------
// Entry points.

function versionOf(obj: Obj, opts: ValidateOptions, bundleVersion?: string): '2.0' | '2.1' {
  let v: string = opts.stixVersion ?? (typeof obj.spec_version === 'string' ? obj.spec_version : '2.1')
  if (bundleVersion === '2.0') v = '2.0'
  if (bundleVersion === '2.1' && !has(obj, 'spec_version') && has(obj, 'created')) v = '2.0'
  return v === '2.0' ? '2.0' : '2.1'
}

function schemaFor(obj: Obj): string {
  const type = obj.type as string
  const info = TYPES.get(type)
  if (info) return info.schema
  return !has(obj, 'created') && !has(obj, 'modified') && type !== 'marking-definition' ? SCO_CORE_SCHEMA : CORE_SCHEMA
}

function runSchema(ctx: Ctx, uri: string, value: unknown, prefix = ''): void {
  const validator = schemaValidator(uri)
  if (validator(value)) return
  const errs: SchemaError[] = []
  validator(value, errs)
  schemaIssues(ctx, errs, prefix)
}

function runExtraSchemas(ctx: Ctx, extra: ExtraSchemas): void {
  const { obj } = ctx
  const run = (uri: string, value: unknown, prefix: string) => {
    const v = extra.registry.validator(uri)
    const errs: SchemaError[] = []
    if (!v(value, errs)) schemaIssues(ctx, errs, prefix)
  }
  const byType = extra.byKey.get(obj.type as string)
  if (byType) run(byType, obj, '')
  if (isObj(obj.extensions))
    for (const [key, body] of Object.entries(obj.extensions)) {
      const uri = extra.byKey.get(key)
      if (uri) run(uri, body, `extensions.${key}: `)
    }
}

function validateOne(
  obj: Obj,
  path: string,
  opts: ValidateOptions,
  checks: ReadonlySet<string>,
  out: ValidationResult,
  bundleVersion?: string,
): void {
  const version = versionOf(obj, opts, bundleVersion)
  const ctx: Ctx = { obj, path, version, opts, checks, errors: out.errors, warnings: out.warnings }
  if (version === '2.0') {
    validate20(ctx)
  } else {
    runSchema(ctx, schemaFor(obj), obj)
    if (obj.type === 'observed-data' && has(obj, 'objects')) {
      if (!isObj(obj.objects)) error(ctx, 'invalid_type', 'Observed Data objects must be in dict format.', 'objects')
      else
        for (const [key, sco] of Object.entries(obj.objects)) {
          if (!isObj(sco) || typeof sco.type !== 'string') {
            error(ctx, 'missing_property', "Observable object must contain a 'type' property.", `objects.${key}`)
            continue
          }
          const uri =
            TYPES.get(sco.type)?.kind === 'sco' ? (TYPES.get(sco.type)?.schema ?? SCO_CORE_SCHEMA) : SCO_CORE_SCHEMA
          runSchema({ ...ctx, path: joinPath(joinPath(path, 'objects'), key) }, uri, sco, `object '${key}': `)
        }
    }
    checkMusts(ctx)
    if (checks.size > 0 || opts.strictTypes || opts.strictProperties) checkShoulds(ctx)
  }
  if (opts.extraSchemas) runExtraSchemas(ctx, opts.extraSchemas)
}

const defaultChecks = new Map<string, ReadonlySet<string>>()
function checksFor(opts: ValidateOptions): ReadonlySet<string> {
  const key = `${(opts.enabled ?? []).join(',')}|${(opts.disabled ?? []).join(',')}`
  let set = defaultChecks.get(key)
  if (!set) {
    set = selectChecks(opts.enabled, opts.disabled)
    defaultChecks.set(key, set)
  }
  return set
}

/** Thrown-free description of why a document is not STIX at all (the reference raises instead of reporting). */
export type NotStix = { notStix: string }

/**
 * Validate one STIX JSON value: an object or a bundle. Every issue is collected with its path
 * (`objects[3].valid_from`), never stopping at the first. Returns `{ notStix }` when the value has no `type`/`id`
 * or a bundle member has no `type`.
 */
export function validateDocument(value: unknown, opts: ValidateOptions = {}): ValidationResult | NotStix {
  if (!isObj(value) || !has(value, 'type') || !has(value, 'id'))
    return { notStix: "Input must be an object with both an 'id' and a 'type' property." }
  const checks = checksFor(opts)
  const out: ValidationResult = { valid: true, errors: [], warnings: [] }
  if (value.type === 'bundle' && Array.isArray(value.objects)) {
    for (const member of value.objects)
      if (!isObj(member) || !has(member, 'type'))
        return { notStix: "Each object in bundle must have a 'type' property." }
  }
  validateOne(value, '', opts, checks, out)
  if (value.type === 'bundle' && Array.isArray(value.objects)) {
    const bundleVersion = typeof value.spec_version === 'string' ? value.spec_version : '2.1'
    const objects = value.objects as Obj[]
    objects.forEach((member, i) => {
      validateOne(member, `objects[${i}]`, opts, checks, out, bundleVersion)
    })
    bundleChecks(value, objects, opts, checks, out)
  }
  out.valid = out.errors.length === 0
  return out
}

function bundleChecks(
  bundle: Obj,
  objects: Obj[],
  opts: ValidateOptions,
  checks: ReadonlySet<string>,
  out: ValidationResult,
): void {
  const ctx: Ctx = { obj: bundle, path: '', version: '2.1', opts, checks, errors: out.errors, warnings: out.warnings }
  if (opts.stixVersion && typeof bundle.spec_version === 'string' && bundle.spec_version !== opts.stixVersion)
    out.warnings.push({
      code: 'spec-version',
      path: 'spec_version',
      message: `${String(bundle.id)}: spec_version mismatch with supplied option. Treating as ${opts.stixVersion} content.`,
    })
  if (checks.has('duplicate-ids')) {
    const seen = new Map<unknown, unknown>()
    objects.forEach((o, i) => {
      if (!has(o, 'id') || !has(o, 'modified')) return
      if (!seen.has(o.id)) seen.set(o.id, o.modified)
      else if (seen.get(o.id) === o.modified)
        should(
          { ...ctx, path: `objects[${i}]` },
          'duplicate-ids',
          `Duplicate ID '${String(o.id)}' has identical \`modified\` timestamp. If they are different versions of the same object, they should have different \`modified\` properties.`,
          'id',
        )
    })
  }
  if (opts.enforceRefs) {
    const ids = new Set(objects.filter((o) => o.type !== 'relationship').map((o) => o.id))
    objects.forEach((o, i) => {
      if (o.type !== 'relationship') return
      for (const k of ['source_ref', 'target_ref'])
        if (has(o, k) && !ids.has(o[k]))
          should(
            { ...ctx, path: `objects[${i}]` },
            'enforce-refs',
            `Relationship object ${String(o.id)} makes reference to ${String(o[k])} Which is not found in current bundle `,
            k,
          )
    })
  }
}

/**
 * Validate one object on the import hot path: schema, MUST rules, and (only with `strict`) best practices as
 * errors. Returns the errors; an empty list means valid. `path` prefixes every issue path.
 */
export function validateObject(obj: unknown, path: string, opts: ValidateOptions = {}): Issue[] {
  if (!isObj(obj) || typeof obj.type !== 'string')
    return [{ code: 'missing_property', path, message: "'type' is a required property" }]
  const out: ValidationResult = { valid: true, errors: [], warnings: [] }
  const checks = opts.strict ? checksFor(opts) : NO_CHECKS
  validateOne(obj, path, opts, checks, out)
  return out.errors
}

const NO_CHECKS: ReadonlySet<string> = new Set()
