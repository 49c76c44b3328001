// `mosaic validate <file|-> [options]`: the conformance interface's `validate` (specs/conformance-interface.md).
// The last stdout line is always one JSON object; exit 0 valid, 1 invalid, 2 fatal input error, 3 usage error.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import {
  type ExtraSchemas,
  officialRegistry,
  selectChecks,
  type ValidateOptions,
  validateDocument,
} from '../../stix/index.ts'

export const help = `mosaic validate <file|-> [options]

Validate one STIX JSON document (an object or a bundle) the way the OASIS reference validator does.
The last line of stdout is one JSON object:
  {"valid":bool,"errors":[{"message","path","code"}],"warnings":[…],"fatal":null}     exit 0 valid, 1 invalid
  {"valid":false,"fatal":"invalid-json"|"not-stix","errors":[{"message"}]}           exit 2
  {"usage_error":"…"}                                                                  exit 3

options:
  --stix-version 2.0|2.1   force the STIX version (default: each object's spec_version, else 2.1)
  --strict                 best-practice warnings become errors
  --strict-types           report custom object types
  --strict-properties      report custom properties
  --enforce-refs           relationships must point at objects in the same bundle
  --interop                interoperability profile (created_by_ref required, no duplicate marking refs)
  --enable LIST            only these best-practice checks (comma list of names or numbers, e.g. 202,uuid-check)
  --disable LIST           skip these best-practice checks
  --schemas DIR            also validate against the JSON schemas in DIR (by object type, or extension-definition id)`

const OPTIONS = {
  'stix-version': { type: 'string' },
  strict: { type: 'boolean' },
  'strict-types': { type: 'boolean' },
  'strict-properties': { type: 'boolean' },
  'enforce-refs': { type: 'boolean' },
  interop: { type: 'boolean' },
  enable: { type: 'string', multiple: true },
  disable: { type: 'string', multiple: true },
  schemas: { type: 'string' },
  json: { type: 'boolean' },
  db: { type: 'string' },
} as const

class UsageError extends Error {}

function emit(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`)
}

const list = (values: string[] | undefined): string[] =>
  (values ?? [])
    .flatMap((v) => v.split(','))
    .map((s) => s.trim())
    .filter((s) => s !== '')

/** Every `.json` file under `dir`, registered in a registry that also holds the official schemas. */
function loadSchemas(dir: string): ExtraSchemas {
  const registry = officialRegistry()
  const byKey = new Map<string, string>()
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name)
      if (statSync(p).isDirectory()) {
        walk(p)
        continue
      }
      if (!name.endsWith('.json')) continue
      let schema: unknown
      try {
        schema = JSON.parse(readFileSync(p, 'utf8'))
      } catch (e) {
        throw new UsageError(`invalid JSON in schema ${p}: ${e instanceof Error ? e.message : String(e)}`)
      }
      const uri = pathToFileURL(p).href
      registry.add(schema, uri)
      byKey.set(name.slice(0, -'.json'.length), uri)
    }
  }
  try {
    walk(dir)
  } catch (e) {
    if (e instanceof UsageError) throw e
    throw new UsageError(`cannot read schema directory ${dir}: ${e instanceof Error ? e.message : String(e)}`)
  }
  return { registry, byKey }
}

function readInput(file: string): string {
  try {
    return file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8')
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`)
  }
}

export async function run(args: string[]): Promise<number> {
  let opts: ValidateOptions
  let text: string
  try {
    let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true }>>
    try {
      parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true })
    } catch (e) {
      throw new UsageError(e instanceof Error ? e.message : String(e))
    }
    const { values, positionals } = parsed
    if (positionals.length !== 1) throw new UsageError('expected exactly one input: a file or - for stdin')
    const version = values['stix-version']
    if (version !== undefined && version !== '2.0' && version !== '2.1')
      throw new UsageError(`--stix-version must be 2.0 or 2.1, not ${version}`)
    const enabled = list(values.enable)
    const disabled = list(values.disable)
    try {
      selectChecks(enabled, disabled)
    } catch (e) {
      throw new UsageError(e instanceof Error ? e.message : String(e))
    }
    opts = {
      stixVersion: version,
      strict: values.strict === true,
      strictTypes: values['strict-types'] === true,
      strictProperties: values['strict-properties'] === true,
      enforceRefs: values['enforce-refs'] === true,
      interop: values.interop === true,
      enabled,
      disabled,
      extraSchemas: values.schemas === undefined ? undefined : loadSchemas(values.schemas),
    }
    text = readInput(positionals[0] as string)
  } catch (e) {
    if (!(e instanceof UsageError)) throw e
    emit({ usage_error: e.message })
    return 3
  }

  let value: unknown
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch (e) {
    emit({ valid: false, fatal: 'invalid-json', errors: [{ message: e instanceof Error ? e.message : String(e) }] })
    return 2
  }
  const result = validateDocument(value, opts)
  if ('notStix' in result) {
    emit({ valid: false, fatal: 'not-stix', errors: [{ message: result.notStix }] })
    return 2
  }
  const shape = (i: { code: string; path: string; message: string }) => ({
    message: i.message,
    path: i.path,
    code: i.code,
  })
  emit({ valid: result.valid, errors: result.errors.map(shape), warnings: result.warnings.map(shape), fatal: null })
  return result.valid ? 0 : 1
}
