// `mosaic pattern validate|match|inspect|equivalent`: the conformance interface (specs/conformance-interface.md).
// Every run ends with exactly one JSON line on stdout; exit 0 = positive answer, 1 = negative, 2 = input error the
// subcommand reports ({"error": {"kind", "message"}}), 3 = usage error ({"usage_error": …}).
import { readFileSync } from 'node:fs'
import {
  canonicalPattern,
  compilePattern,
  equivalentPatterns,
  inspectPattern,
  observationsFromStix,
} from '../../hunt/pattern/index.ts'
import { MosaicError } from '../../lib/errors.ts'
import { parsePattern, type StixPatternVersion, validatePattern } from '../../stix/pattern/index.ts'
import { parse, printJson } from '../args.ts'

export const help = `mosaic pattern — STIX Patterning (2.1, or 2.0 with --stix-version 2.0)

usage:
  mosaic pattern validate   (--pattern P | --pattern-file F) [--stix-version 2.0|2.1]
  mosaic pattern match      (--pattern P | --pattern-file F) --observed FILE [--stix-version 2.0|2.1]
  mosaic pattern inspect    (--pattern P | --pattern-file F) [--stix-version 2.0|2.1]
  mosaic pattern equivalent (--pattern A | --pattern-file F) (--pattern2 B | --pattern2-file F2) [--stix-version …]
  mosaic pattern canonical  (--pattern P | --pattern-file F)          the canonical form used by 'equivalent'

match: FILE is a JSON array of bundles (2.1) or of observed-data objects (2.0).
Output is one JSON line on stdout. Exit codes: 0 valid/matched/equivalent, 1 not, 2 input error
({"error":{"kind":"parse"|"match","message":…}}), 3 usage error.
MATCHES and LIKE run on a step-budgeted regex engine: a catastrophic expression fails with a "match" error.`

const options = {
  pattern: { type: 'string' },
  'pattern-file': { type: 'string' },
  pattern2: { type: 'string' },
  'pattern2-file': { type: 'string' },
  observed: { type: 'string' },
  'stix-version': { type: 'string' },
} as const

class Usage extends Error {}

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8')
  } catch (e) {
    throw new Usage(`cannot read ${what} '${path}': ${e instanceof Error ? e.message : String(e)}`)
  }
}

function patternArg(values: Record<string, unknown>, name: 'pattern' | 'pattern2'): string {
  const inline = values[name]
  const file = values[`${name}-file`]
  if (typeof inline === 'string' && typeof file === 'string')
    throw new Usage(`give --${name} or --${name}-file, not both`)
  if (typeof inline === 'string') return inline
  if (typeof file === 'string') return readText(file, 'pattern file')
  throw new Usage(`--${name} or --${name}-file is required`)
}

function parseError(kind: 'parse' | 'match', message: string): number {
  printJson({ error: { kind, message } })
  return 2
}

function runSub(sub: string, values: Record<string, unknown>, version: StixPatternVersion): number {
  switch (sub) {
    case 'validate': {
      const result = validatePattern(patternArg(values, 'pattern'), { stixVersion: version })
      printJson({ valid: result.valid, errors: result.errors })
      return result.valid ? 0 : 1
    }
    case 'match': {
      const text = patternArg(values, 'pattern')
      if (typeof values.observed !== 'string') throw new Usage('--observed FILE is required')
      const raw = readText(values.observed, 'observed-data file')
      const compiled = compilePattern(text, { stixVersion: version })
      if (!compiled.ok) return parseError(compiled.error.kind, compiled.error.message)
      let data: unknown
      try {
        data = JSON.parse(raw)
      } catch (e) {
        return parseError('match', `observed-data file is not valid JSON: ${e instanceof Error ? e.message : e}`)
      }
      const observations = observationsFromStix(data, version)
      if (!observations.ok) return parseError('match', observations.error)
      const result = compiled.value.tryMatch(observations.value)
      if (!result.ok) return parseError(result.error.kind, result.error.message)
      printJson({ matched: result.value.matched, observation_indexes: result.value.observationIndexes })
      return result.value.matched ? 0 : 1
    }
    case 'inspect': {
      const parsed = parsePattern(patternArg(values, 'pattern'), { stixVersion: version })
      if (!parsed.ok) return parseError('parse', `${parsed.error.line}:${parsed.error.column}: ${parsed.error.message}`)
      printJson(inspectPattern(parsed.value))
      return 0
    }
    case 'canonical':
    case 'equivalent': {
      const a = parsePattern(patternArg(values, 'pattern'), { stixVersion: version })
      if (!a.ok) return parseError('parse', `pattern: ${a.error.line}:${a.error.column}: ${a.error.message}`)
      if (sub === 'canonical') {
        printJson({ canonical: canonicalPattern(a.value) })
        return 0
      }
      const b = parsePattern(patternArg(values, 'pattern2'), { stixVersion: version })
      if (!b.ok) return parseError('parse', `pattern2: ${b.error.line}:${b.error.column}: ${b.error.message}`)
      const equivalent = equivalentPatterns(a.value, b.value)
      printJson({ equivalent })
      return equivalent ? 0 : 1
    }
    default:
      throw new Usage(`unknown subcommand '${sub}' (validate, match, inspect, equivalent, canonical)`)
  }
}

export async function run(args: string[]): Promise<number> {
  try {
    let parsed: ReturnType<typeof parse<typeof options>>
    try {
      parsed = parse(args, options)
    } catch (e) {
      if (e instanceof MosaicError) throw new Usage(e.message)
      throw e
    }
    const [sub, ...extra] = parsed.positionals
    if (sub === undefined) throw new Usage('a subcommand is required: validate, match, inspect, equivalent')
    if (extra.length > 0) throw new Usage(`unexpected argument '${extra[0]}'`)
    const v = parsed.values['stix-version'] ?? '2.1'
    if (v !== '2.0' && v !== '2.1') throw new Usage(`--stix-version must be 2.0 or 2.1, not '${v}'`)
    try {
      return runSub(sub, parsed.values, v)
    } catch (e) {
      // Only a pathologically nested pattern can exhaust the stack; report it like any other input error.
      if (e instanceof RangeError) return parseError('match', 'pattern too deeply nested')
      throw e
    }
  } catch (e) {
    if (e instanceof Usage) {
      process.stderr.write(`mosaic pattern: ${e.message}\n`)
      printJson({ usage_error: e.message })
      return 3
    }
    throw e
  }
}
