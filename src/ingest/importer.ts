// The import pipeline: open → detect format → stream objects → fix up (ATT&CK) → check and validate → write in one
// transaction. A bundle imports whole or not at all; with `lenient`, valid objects import and every rejected one is
// listed with its path and reason. Re-importing the same versions changes nothing.
import { MosaicError } from '../lib/errors.ts'
import { isObject } from '../lib/json.ts'
import type { Issue } from '../lib/result.ts'
import type { StixObject } from '../stix/types.ts'
import type { PutOutcome, Store, WriteSession } from '../store/store.ts'
import { fixAttackObject, looksLikeAttack } from './attack.ts'
import { type BundleHeader, splitBundle } from './bundle-stream.ts'
import { checkSafety } from './check.ts'
import { isGalaxyFile, mapGalaxy } from './misp-galaxy.ts'
import { type OpenedSource, readAll } from './source.ts'
import { validateForImport } from './validate.ts'
import { isCveRecord, isKevCatalog, mapCveRecord, mapKev } from './vulnerabilities.ts'

export type ImportFormat = 'auto' | 'stix' | 'attack' | 'misp-galaxy' | 'kev' | 'cve'

export interface ImportOptions {
  format?: ImportFormat
  lenient?: boolean
  /** Called now and then with the number of objects seen and bytes read. */
  onProgress?: (objects: number, bytes: number) => void
  /** Stop listing errors after this many (the import still fails or rejects them all). */
  maxErrors?: number
}

export interface ImportReport {
  format: Exclude<ImportFormat, 'auto'>
  created: number
  updated: number
  unchanged: number
  rejected: number
  errors: Issue[]
  /** False when the import was rolled back. */
  committed: boolean
}

const PEEK_BYTES = 256 * 1024
const SMALL_FORMAT_MAX = 256 * 1024 * 1024

/** Read the first bytes to decide the format, then hand back a stream that replays them. */
async function peek(chunks: AsyncIterable<Uint8Array>): Promise<{ head: string; chunks: AsyncIterable<Uint8Array> }> {
  const it = chunks[Symbol.asyncIterator]()
  const taken: Uint8Array[] = []
  let size = 0
  let ended = false
  while (size < PEEK_BYTES) {
    const r = await it.next()
    if (r.done) {
      ended = true
      break
    }
    taken.push(r.value)
    size += r.value.length
  }
  const head = Buffer.concat(taken).subarray(0, PEEK_BYTES).toString('utf8')
  async function* replay(): AsyncGenerator<Uint8Array> {
    yield* taken
    if (ended) return
    for (;;) {
      const r = await it.next()
      if (r.done) return
      yield r.value
    }
  }
  return { head, chunks: replay() }
}

function detect(head: string): Exclude<ImportFormat, 'auto'> {
  const h = head.trimStart()
  if (h.startsWith('{')) {
    if (/"type"\s*:\s*"bundle"/.test(head)) return /"x_mitre_[a-z_]+"\s*:/.test(head) ? 'attack' : 'stix'
    if (/"catalogVersion"\s*:/.test(head) && /"vulnerabilities"\s*:/.test(head)) return 'kev'
    if (/"dataType"\s*:\s*"CVE_RECORD"/.test(head)) return 'cve'
    if (/"values"\s*:\s*\[/.test(head) && /"uuid"\s*:/.test(head)) return 'misp-galaxy'
  }
  return 'stix'
}

/** Import one source into the store. Throws MosaicError for input that cannot be read at all (nothing written). */
export async function importSource(
  store: Store,
  source: OpenedSource,
  opts: ImportOptions = {},
): Promise<ImportReport> {
  const { head, chunks } = await peek(source.chunks)
  const format = !opts.format || opts.format === 'auto' ? detect(head) : opts.format
  return inImportSession(store, format, opts, (session, report) =>
    format === 'stix' || format === 'attack'
      ? importBundle(session, chunks, source.name, format, opts, report)
      : importMapped(session, chunks, source.name, format, opts, report),
  )
}

/**
 * One import, one transaction: commit when `body` reported no error (or `lenient`), roll back otherwise and on a
 * throw, so an import lands whole or not at all.
 */
async function inImportSession(
  store: Store,
  format: ImportReport['format'],
  opts: { lenient?: boolean },
  body: (session: WriteSession, report: ImportReport) => Promise<void>,
): Promise<ImportReport> {
  const report: ImportReport = {
    format,
    created: 0,
    updated: 0,
    unchanged: 0,
    rejected: 0,
    errors: [],
    committed: false,
  }
  const session = await store.begin()
  try {
    await body(session, report)
  } catch (e) {
    await session.rollback()
    throw e
  }
  if (report.errors.length > 0 && !opts.lenient) {
    await session.rollback()
    report.created = report.updated = report.unchanged = 0
    return report
  }
  await session.commit()
  report.committed = true
  return report
}

/** Validate and write objects already in memory; each rejected one is counted with its issues. */
async function putValidated(
  session: WriteSession,
  objects: readonly StixObject[],
  report: ImportReport,
  pathOf: (index: number, obj: StixObject) => string,
): Promise<void> {
  for (const [i, obj] of objects.entries()) {
    const issues = validateForImport(obj, pathOf(i, obj))
    if (issues.length > 0) {
      report.rejected++
      report.errors.push(...issues)
      continue
    }
    count(report, await session.put(obj))
  }
}

/** Import objects already in memory (e.g. the starter pack) through the same validation, in one transaction. */
export async function importObjects(
  store: Store,
  objects: readonly StixObject[],
  opts: { lenient?: boolean } = {},
): Promise<ImportReport> {
  return inImportSession(store, 'stix', opts, (session, report) =>
    putValidated(session, objects, report, (i) => `objects[${i}]`),
  )
}

function count(report: ImportReport, outcome: PutOutcome): void {
  report[outcome]++
}

async function importBundle(
  session: WriteSession,
  chunks: AsyncIterable<Uint8Array>,
  name: string,
  format: 'stix' | 'attack',
  opts: ImportOptions,
  report: ImportReport,
): Promise<void> {
  const maxErrors = opts.maxErrors ?? 200
  const header: BundleHeader = { fields: {}, hadObjects: false }
  let bytes = 0
  async function* counted(): AsyncGenerator<Uint8Array> {
    for await (const c of chunks) {
      bytes += c.length
      yield c
    }
  }
  let seen = 0
  let failed = false
  const reject = (issue: Issue) => {
    report.rejected++
    if (report.errors.length < maxErrors) report.errors.push(issue)
    if (!opts.lenient) failed = true
  }
  for await (const el of splitBundle(counted(), header, { source: name })) {
    seen++
    if (opts.onProgress && seen % 2000 === 0) opts.onProgress(seen, bytes)
    const path = `objects[${el.index}]`
    let obj: unknown
    try {
      obj = JSON.parse(el.text)
    } catch (e) {
      reject({ code: 'invalid_json', path, message: `${(e as Error).message} (line ${el.line})` })
      continue
    }
    if (!isObject(obj)) {
      reject({ code: 'not_an_object', path, message: 'bundle member is not a JSON object' })
      continue
    }
    const unsafe = checkSafety(obj, path)
    if (unsafe) {
      reject(unsafe)
      continue
    }
    let fixed = false
    if (format === 'attack' || looksLikeAttack(obj)) fixed = fixAttackObject(obj as StixObject)
    const issues = validateForImport(obj, path)
    if (issues.length > 0) {
      for (const issue of issues) reject(issue)
      continue
    }
    // Once the import is known to fail, keep validating (to list every problem) but stop writing.
    if (failed) continue
    count(report, await session.put(obj as StixObject, fixed ? undefined : el.text.trim()))
  }
  opts.onProgress?.(seen, bytes)
  if (header.fields.type !== undefined && header.fields.type !== 'bundle') {
    throw new MosaicError('invalid_input', `not a STIX bundle (top-level type is '${String(header.fields.type)}')`, {
      where: name,
    })
  }
  if (header.fields.type === undefined || !header.hadObjects) {
    if (header.fields.type === undefined)
      throw new MosaicError('invalid_input', 'not a STIX bundle: no top-level "type": "bundle"', { where: name })
  }
}

async function importMapped(
  session: WriteSession,
  chunks: AsyncIterable<Uint8Array>,
  name: string,
  format: 'misp-galaxy' | 'kev' | 'cve',
  opts: ImportOptions,
  report: ImportReport,
): Promise<void> {
  const buf = await readAll(chunks, SMALL_FORMAT_MAX, name)
  if (buf.length === 0) throw new MosaicError('invalid_input', 'empty input', { where: name })
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf)
  } catch {
    throw new MosaicError('invalid_input', 'invalid UTF-8', { where: name })
  }
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch (e) {
    throw new MosaicError('invalid_input', `invalid JSON: ${(e as Error).message}`, { where: name })
  }
  const unsafe = checkSafety(doc, '', { maxDepth: 64, maxStringBytes: 16 * 1024 * 1024 })
  if (unsafe) throw new MosaicError('invalid_input', unsafe.message, { where: `${name} ${unsafe.path}` })
  let mapped: { objects: StixObject[]; issues: Issue[] }
  if (format === 'misp-galaxy') {
    if (!isGalaxyFile(doc)) throw new MosaicError('invalid_input', 'not a MISP galaxy cluster file', { where: name })
    mapped = mapGalaxy(doc)
  } else if (format === 'kev') {
    if (!isKevCatalog(doc)) throw new MosaicError('invalid_input', 'not a CISA KEV catalog', { where: name })
    mapped = mapKev(doc)
  } else {
    if (!isCveRecord(doc)) throw new MosaicError('invalid_input', 'not a CVE JSON 5 record', { where: name })
    mapped = mapCveRecord(doc as Record<string, unknown>)
  }
  for (const issue of mapped.issues) {
    report.rejected++
    report.errors.push(issue)
  }
  await putValidated(session, mapped.objects, report, (_i, obj) => obj.id)
  opts.onProgress?.(mapped.objects.length, buf.length)
}
