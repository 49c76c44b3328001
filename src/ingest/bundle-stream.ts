// A streaming splitter for STIX bundles: finds each element of the top-level "objects" array by scanning bytes
// (strings, escapes, nesting) and hands out its exact text, so a 1 GB bundle never sits in memory whole and each
// object is parsed with the engine's own fast JSON.parse. The scanner checks structure (nesting depth, element size,
// truncation, UTF-8); JSON.parse checks the grammar of each element.
import { MosaicError } from '../lib/errors.ts'

export interface SplitOptions {
  /** Largest single object accepted, in bytes. */
  maxObjectBytes?: number
  /** Deepest nesting accepted inside the document. */
  maxDepth?: number
  /** Name of the input for error messages. */
  source?: string
}

export interface BundleElement {
  index: number
  /** The element's JSON text exactly as received. */
  text: string
  /** 1-based line where the element starts. */
  line: number
}

export interface BundleHeader {
  /** Top-level scalar properties of the bundle (type, id, spec_version …). */
  fields: Record<string, unknown>
  /** True when the document had a top-level "objects" array. */
  hadObjects: boolean
}

const QUOTE = 0x22
const BACKSLASH = 0x5c
const LBRACE = 0x7b
const RBRACE = 0x7d
const LBRACKET = 0x5b
const RBRACKET = 0x5d
const COMMA = 0x2c
const COLON = 0x3a
const NEWLINE = 0x0a

const isSpace = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09

/**
 * Split a bundle arriving as byte chunks. Yields every element of `objects`; when done, `header` holds the top-level
 * scalars. Throws MosaicError('invalid_input') naming the place (line, `objects[i]`) on structural problems.
 */
export async function* splitBundle(
  chunks: AsyncIterable<Uint8Array>,
  header: BundleHeader,
  opts: SplitOptions = {},
): AsyncGenerator<BundleElement> {
  const maxObjectBytes = opts.maxObjectBytes ?? 32 * 1024 * 1024
  const maxDepth = opts.maxDepth ?? 100
  const src = opts.source ?? 'input'
  const decoder = new TextDecoder('utf-8', { fatal: true })
  const fail = (msg: string, line: number, where?: string): never => {
    throw new MosaicError('invalid_input', msg, { where: `${src}:${line}${where ? ` (${where})` : ''}` })
  }

  let depth = 0
  let inString = false
  let escaped = false
  let line = 1
  let sawAny = false
  let topIsObject = false
  let done = false
  // depth-1 state: are we reading a key, and which key is current
  let expectKey = false
  let keyBytes: number[] | null = null
  let currentKey = ''
  let inObjects = false // inside the top-level "objects" array (depth 2 = its elements)
  // element capture
  let elemIndex = 0
  let elemStart = -1 // offset in the current chunk where the element started, or -1
  let elemPieces: Uint8Array[] = []
  let elemBytes = 0
  let elemLine = 0
  let capturing = false
  // top-level scalar capture (values of depth-1 keys other than objects)
  let scalarPieces: Uint8Array[] | null = null
  let scalarStart = -1
  let scalarBytes = 0

  const emit = (chunk: Uint8Array, end: number): BundleElement => {
    const piece = chunk.subarray(elemStart === -1 ? 0 : elemStart, end)
    elemPieces.push(piece)
    const total = elemBytes + piece.length
    let buf: Uint8Array
    if (elemPieces.length === 1) buf = piece
    else {
      buf = new Uint8Array(total)
      let o = 0
      for (const p of elemPieces) {
        buf.set(p, o)
        o += p.length
      }
    }
    let text: string
    try {
      text = decoder.decode(buf)
    } catch {
      return fail('invalid UTF-8 in object', elemLine, `objects[${elemIndex}]`)
    }
    const el = { index: elemIndex, text, line: elemLine }
    elemIndex++
    capturing = false
    elemPieces = []
    elemBytes = 0
    elemStart = -1
    return el
  }

  const finishScalar = (chunk: Uint8Array, end: number) => {
    if (!scalarPieces) return
    scalarPieces.push(chunk.subarray(scalarStart === -1 ? 0 : scalarStart, end))
    const text = Buffer.concat(scalarPieces).toString('utf8').trim()
    scalarPieces = null
    scalarStart = -1
    scalarBytes = 0
    try {
      header.fields[currentKey] = JSON.parse(text)
    } catch {
      fail(`invalid JSON value for top-level "${currentKey}"`, line)
    }
  }

  for await (const chunk of chunks) {
    const n = chunk.length
    if (capturing) elemStart = 0
    if (scalarPieces) scalarStart = 0
    for (let i = 0; i < n; i++) {
      const b = chunk[i] as number
      if (b === NEWLINE) line++
      if (inString) {
        if (escaped) escaped = false
        else if (b === BACKSLASH) escaped = true
        else if (b === QUOTE) {
          inString = false
          if (keyBytes) {
            currentKey = Buffer.from(keyBytes).toString('utf8')
            keyBytes = null
          }
        } else if (keyBytes) {
          if (keyBytes.length < 256) keyBytes.push(b)
        }
        continue
      }
      if (isSpace(b)) continue
      if (done) fail('unexpected data after the end of the JSON document', line)
      if (!sawAny) {
        sawAny = true
        if (b === LBRACKET) fail('not a STIX bundle: the document is a JSON array', line)
        if (b !== LBRACE) fail('not a STIX bundle: the document is not a JSON object', line)
        topIsObject = true
      }
      // start of an element of objects
      if (inObjects && depth === 2 && !capturing && b !== COMMA && b !== RBRACKET) {
        capturing = true
        elemStart = i
        elemLine = line
      }
      // start of a top-level scalar value (after ':' at depth 1)
      if (depth === 1 && !expectKey && !scalarPieces && currentKey !== 'objects' && b !== COLON && b !== COMMA) {
        if (b !== LBRACE && b !== LBRACKET && b !== RBRACE) {
          scalarPieces = []
          scalarStart = i
        }
      }
      switch (b) {
        case QUOTE:
          inString = true
          if (depth === 1 && expectKey) {
            keyBytes = []
            expectKey = false
          }
          break
        case LBRACE:
        case LBRACKET:
          depth++
          if (depth > maxDepth)
            fail(`nesting deeper than ${maxDepth} levels`, line, inObjects ? `objects[${elemIndex}]` : undefined)
          if (depth === 1) expectKey = true
          if (depth === 2 && b === LBRACKET && currentKey === 'objects') {
            inObjects = true
            header.hadObjects = true
          }
          break
        case RBRACE:
        case RBRACKET:
          if (depth === 2 && inObjects && capturing && b === RBRACKET) {
            // scalar element directly before the closing bracket
            yield emit(chunk, i)
          }
          depth--
          if (depth < 0) fail('unbalanced closing bracket', line)
          if (depth === 2 && inObjects && capturing) yield emit(chunk, i + 1)
          if (depth === 1 && inObjects && b === RBRACKET) inObjects = false
          if (depth === 1 && scalarPieces) finishScalar(chunk, i)
          if (depth === 0) {
            if (scalarPieces) finishScalar(chunk, i)
            done = true
          }
          break
        case COMMA:
          if (depth === 2 && inObjects && capturing) yield emit(chunk, i)
          if (depth === 1) {
            if (scalarPieces) finishScalar(chunk, i)
            expectKey = true
          }
          break
        case COLON:
          break
      }
      if (capturing && elemBytes + (i - elemStart) > maxObjectBytes) {
        fail(`object larger than ${maxObjectBytes} bytes`, elemLine, `objects[${elemIndex}]`)
      }
    }
    if (capturing) {
      const piece = chunk.subarray(elemStart === -1 ? 0 : elemStart)
      elemPieces.push(piece)
      elemBytes += piece.length
      if (elemBytes > maxObjectBytes)
        fail(`object larger than ${maxObjectBytes} bytes`, elemLine, `objects[${elemIndex}]`)
      elemStart = -1
    }
    if (scalarPieces) {
      const piece = chunk.subarray(scalarStart === -1 ? 0 : scalarStart)
      scalarPieces.push(piece)
      scalarBytes += piece.length
      if (scalarBytes > 1024 * 1024) fail(`top-level "${currentKey}" value is too large`, line)
      scalarStart = -1
    }
  }
  if (!sawAny) fail('empty input: no JSON document', line)
  if (!done || inString || depth !== 0) {
    fail(
      'unexpected end of input: the JSON document is truncated',
      line,
      inObjects ? `objects[${elemIndex}]` : undefined,
    )
  }
  if (!topIsObject) fail('not a STIX bundle', line)
}
