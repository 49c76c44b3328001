// The in-memory TAXII backend, seeded from a file laid out like the reference server's (medallion's) memory backend:
// { "/discovery": {...}, "<api-root>": { information, status: [...], collections: [{..., objects, manifest}] } }.
// State lives for the life of the process; nothing is written back.
import type { Issue, Result } from '../../lib/result.ts'
import { err, joinPath, ok } from '../../lib/result.ts'
import type { CollectionResource, Json, ObjectRecord, RecordSelector, StatusResource, TaxiiBackend } from './backend.ts'
import { recordFor } from './records.ts'
import { normalizeTimestamp, nowTimestamp } from './timestamp.ts'

interface CollectionState {
  resource: CollectionResource
  records: ObjectRecord[]
}

interface RootState {
  information: Json | undefined
  status: StatusResource[]
  collections: CollectionState[]
}

const isJson = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)

/** A TAXII backend holding everything in memory. */
export class MemoryBackend implements TaxiiBackend {
  readonly #discovery: Json | undefined
  readonly #roots: Map<string, RootState>

  constructor(discovery: Json | undefined, roots: Map<string, RootState>) {
    this.#discovery = discovery
    this.#roots = roots
  }

  async discovery(): Promise<Json | undefined> {
    return this.#discovery
  }

  async apiRoot(root: string): Promise<Json | undefined> {
    return this.#roots.get(root)?.information
  }

  async collections(root: string): Promise<CollectionResource[] | undefined> {
    return this.#roots.get(root)?.collections.map((c) => c.resource)
  }

  async collection(root: string, collectionId: string): Promise<CollectionResource | undefined> {
    return this.#collection(root, collectionId)?.resource
  }

  async records(root: string, collectionId: string, select: RecordSelector): Promise<ObjectRecord[]> {
    const records = this.#collection(root, collectionId)?.records ?? []
    const ids = select.ids ? new Set(select.ids) : undefined
    const types = select.types ? new Set(select.types) : undefined
    return records.filter((r) => (!ids || ids.has(r.id)) && (!types || types.has(r.type)))
  }

  async put(root: string, collectionId: string, records: readonly ObjectRecord[]): Promise<boolean[]> {
    const state = this.#collection(root, collectionId)
    if (!state) return records.map(() => false)
    return records.map((rec) => {
      // An object without `modified` cannot have later versions: any stored copy of its id is the same object.
      const immutable = rec.object.modified === undefined
      const present = state.records.some((r) => r.id === rec.id && (immutable || r.version === rec.version))
      if (!present) state.records.push(rec)
      return !present
    })
  }

  async remove(
    root: string,
    collectionId: string,
    versions: readonly { id: string; version: string }[],
  ): Promise<number> {
    const state = this.#collection(root, collectionId)
    if (!state) return 0
    const doomed = new Set(versions.map((v) => `${v.id}\u0000${v.version}`))
    const before = state.records.length
    state.records = state.records.filter((r) => !doomed.has(`${r.id}\u0000${r.version}`))
    return before - state.records.length
  }

  async saveStatus(root: string, status: StatusResource): Promise<void> {
    this.#roots.get(root)?.status.push(status)
  }

  async status(root: string, statusId: string): Promise<StatusResource | undefined> {
    return this.#roots.get(root)?.status.find((s) => s.id === statusId)
  }

  #collection(root: string, collectionId: string): CollectionState | undefined {
    return this.#roots.get(root)?.collections.find((c) => c.resource.id === collectionId)
  }
}

/**
 * Build a memory backend from a parsed seed document. Each object is joined to its manifest entry (same id and
 * version) for `date_added` and `media_type`; an object without one counts as added now.
 */
export function loadSeed(seed: unknown): Result<MemoryBackend> {
  if (!isJson(seed)) return err([{ code: 'invalid_type', path: '', message: 'the seed must be a JSON object' }])
  const issues: Issue[] = []
  let discovery: Json | undefined
  const roots = new Map<string, RootState>()
  const loadTime = nowTimestamp()
  for (const [key, value] of Object.entries(seed)) {
    const path = joinPath('', key)
    if (!isJson(value)) {
      issues.push({ code: 'invalid_type', path, message: `'${key}' must be a JSON object` })
      continue
    }
    if (key === '/discovery') {
      discovery = value
      continue
    }
    const information = value.information
    if (information !== undefined && !isJson(information))
      issues.push({ code: 'invalid_type', path: joinPath(path, 'information'), message: 'must be an object' })
    const status: StatusResource[] = []
    const statusList = value.status ?? []
    if (!Array.isArray(statusList))
      issues.push({ code: 'invalid_type', path: joinPath(path, 'status'), message: 'must be an array' })
    else
      statusList.forEach((s, i) => {
        if (isJson(s) && typeof s.id === 'string') status.push(s as StatusResource)
        else issues.push({ code: 'invalid_value', path: joinPath(joinPath(path, 'status'), i), message: 'needs an id' })
      })
    const collections: CollectionState[] = []
    const collectionList = value.collections ?? []
    if (!Array.isArray(collectionList))
      issues.push({ code: 'invalid_type', path: joinPath(path, 'collections'), message: 'must be an array' })
    else
      collectionList.forEach((c, i) => {
        const cpath = joinPath(joinPath(path, 'collections'), i)
        const loaded = loadCollection(c, cpath, loadTime, issues)
        if (loaded) collections.push(loaded)
      })
    roots.set(key, { information: isJson(information) ? information : undefined, status, collections })
  }
  return issues.length > 0 ? err(issues) : ok(new MemoryBackend(discovery, roots))
}

function loadCollection(c: unknown, path: string, loadTime: string, issues: Issue[]): CollectionState | undefined {
  if (!isJson(c) || typeof c.id !== 'string') {
    issues.push({ code: 'invalid_value', path, message: 'a collection must be an object with an id' })
    return undefined
  }
  const { objects = [], manifest = [], ...rest } = c
  const resource = {
    ...rest,
    id: c.id,
    title: typeof c.title === 'string' ? c.title : '',
    can_read: c.can_read === true,
    can_write: c.can_write === true,
  } as CollectionResource
  if (!Array.isArray(objects) || !Array.isArray(manifest)) {
    issues.push({ code: 'invalid_type', path, message: "'objects' and 'manifest' must be arrays" })
    return undefined
  }
  const entries = manifest.filter(isJson)
  const records: ObjectRecord[] = []
  objects.forEach((obj, i) => {
    const o = isJson(obj) ? obj : {}
    const raw = o.modified ?? o.created
    const version = normalizeTimestamp(raw)
    const entry = entries.find((e) => e.id === o.id && (raw === undefined || normalizeTimestamp(e.version) === version))
    const dateAdded = normalizeTimestamp(entry?.date_added) ?? loadTime
    const mediaType = typeof entry?.media_type === 'string' ? entry.media_type : undefined
    const rec = recordFor(obj, dateAdded, mediaType)
    if (rec.ok) {
      // A seeded SCO keeps its manifest `version` when it has one.
      if (raw === undefined && typeof entry?.version === 'string') {
        rec.value.versionText = entry.version
        rec.value.version = normalizeTimestamp(entry.version) ?? rec.value.version
      }
      records.push(rec.value)
    } else issues.push({ code: 'invalid_value', path: joinPath(joinPath(path, 'objects'), i), message: rec.error })
  })
  return { resource, records }
}
