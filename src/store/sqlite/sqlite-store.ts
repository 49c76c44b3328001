import Database from 'better-sqlite3'
import { MosaicError } from '../../lib/errors.ts'
import { nowStix } from '../../lib/time.ts'
import { normalizeAlias } from '../../resolve/normalize.ts'
import type { StixObject } from '../../stix/types.ts'
import { deriveClaims, NAMED_TYPES } from '../claims.ts'
import type {
  AliasRow,
  Claim,
  ClaimQuery,
  ObjectQuery,
  PutOutcome,
  SearchHit,
  Store,
  StoreStats,
  WriteSession,
} from '../store.ts'
import { MIGRATIONS } from './schema.ts'

type Db = InstanceType<typeof Database>

const PAGE_SIZE = Number(process.env.MOSAIC_PAGE_SIZE ?? 8192)

/** The version key of an object: `modified`, else `created` (marking definitions), else '' (SCOs). */
export function versionKey(obj: StixObject): string {
  return obj.modified ?? obj.created ?? ''
}

function migrate(db: Db): void {
  const row = db.prepare("SELECT name FROM sqlite_master WHERE type='table' AND name='meta'").get()
  let version = 0
  if (row) {
    const v = db.prepare("SELECT value FROM meta WHERE key='schema_version'").get() as { value: string } | undefined
    version = v ? Number(v.value) : 0
  }
  if (version > MIGRATIONS.length) {
    throw new MosaicError('unavailable', `database schema ${version} is newer than this Mosaic (${MIGRATIONS.length})`)
  }
  for (let i = version; i < MIGRATIONS.length; i++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[i] as string)
      db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)").run(String(i + 1))
    })()
  }
}

function toSqliteError(e: unknown, path: string): MosaicError {
  const code = (e as { code?: string }).code ?? ''
  if (code === 'SQLITE_CANTOPEN') return new MosaicError('unavailable', `cannot open database ${path}`, { cause: e })
  if (code === 'SQLITE_NOTADB')
    return new MosaicError('invalid_input', `${path} is not a Mosaic database`, { cause: e })
  if (code.startsWith('SQLITE_CONSTRAINT')) return new MosaicError('conflict', String(e), { cause: e })
  if (code === 'SQLITE_BUSY') return new MosaicError('unavailable', 'database is busy (another writer)', { cause: e })
  return new MosaicError('internal', e instanceof Error ? e.message : String(e), { cause: e })
}

const list = (v: string | string[] | undefined): string[] | undefined =>
  v === undefined ? undefined : Array.isArray(v) ? v : [v]

function rowToClaim(r: Record<string, unknown>): Claim {
  const claim: Claim = {
    id: r.id as string,
    subject: r.subject as string,
    predicate: r.predicate as string,
    object: r.object as string,
    literal: r.literal === 1,
    polarity: r.polarity as Claim['polarity'],
    source: (r.source as string | null) ?? null,
    published: (r.published as string | null) ?? null,
    recorded: r.recorded as string,
    confidence: r.confidence ? JSON.parse(r.confidence as string) : null,
    evidence: r.evidence ? JSON.parse(r.evidence as string) : [],
    markings: r.markings ? JSON.parse(r.markings as string) : [],
    origin: r.origin as string,
    retracted_by: (r.retracted_by as string | null) ?? null,
  }
  if (r.extra) claim.extra = JSON.parse(r.extra as string)
  return claim
}

/** A short extract of the description around the first query token (the FTS index keeps no positions). */
function snippet(json: string, tokens: string[]): string {
  const obj = JSON.parse(json) as StixObject
  const text = typeof obj.description === 'string' ? obj.description.replace(/\s+/g, ' ') : ''
  const lower = text.toLowerCase()
  let at = -1
  for (const t of tokens) {
    at = lower.indexOf(t.toLowerCase())
    if (at >= 0) break
  }
  const start = Math.max(0, at - 60)
  return (start > 0 ? '…' : '') + text.slice(start, start + 160) + (start + 160 < text.length ? '…' : '')
}

/** Open (creating and migrating if needed) a SQLite database file, or ':memory:'. */
export async function openSqlite(path: string): Promise<Store> {
  let db: Db
  try {
    db = new Database(path)
    // Larger pages for a new file (must precede WAL): object rows are 1–4 KB of JSON, which 4 KB pages split into
    // overflow chains (the objects table came out 30% larger than its JSON).
    if (db.prepare('SELECT COUNT(*) FROM sqlite_master').pluck().get() === 0) db.pragma(`page_size = ${PAGE_SIZE}`)
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = NORMAL')
    db.pragma('busy_timeout = 5000')
    db.pragma('cache_size = -32000')
    db.pragma('temp_store = FILE')
    migrate(db)
  } catch (e) {
    throw e instanceof MosaicError ? e : toSqliteError(e, path)
  }
  return new SqliteStore(db, path)
}

class SqliteStore implements Store {
  readonly kind = 'sqlite' as const
  readonly #db: Db
  readonly #path: string
  #writing = false
  #commits = 0
  /** Prepared statements of dynamic queries, by SQL text (preparing costs more than running small queries). */
  readonly #prepared = new Map<string, Database.Statement<unknown[]>>()
  readonly #q

  constructor(db: Db, path: string) {
    this.#db = db
    this.#path = path
    this.#q = {
      hasVersion: db.prepare('SELECT 1 FROM objects WHERE id = ? AND modified = ?').pluck(),
      insertVersion: db.prepare(
        `INSERT INTO objects (id, modified, type, name, revoked, is_current, json, recorded)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      current: db.prepare('SELECT vid, modified FROM objects WHERE id = ? AND is_current = 1'),
      retire: db.prepare('UPDATE objects SET is_current = 0 WHERE vid = ?'),
      getCurrent: db.prepare('SELECT json FROM objects WHERE id = ? AND is_current = 1').pluck(),
      getVersion: db.prepare('SELECT json FROM objects WHERE id = ? AND modified = ?').pluck(),
      versions: db.prepare('SELECT json FROM objects WHERE id = ? ORDER BY modified').pluck(),
      versionByVid: db.prepare('SELECT json FROM objects WHERE vid = ?').pluck(),
      deleteClaim: db.prepare('DELETE FROM claims WHERE id = ?'),
      deleteAliasesOf: db.prepare('DELETE FROM aliases WHERE object_id = ?'),
      // An upsert, not a replace: a claim derived again from a newer version keeps its retraction.
      insertClaim: db.prepare(
        `INSERT INTO claims (id, subject, predicate, object, literal, polarity, source, published, recorded,
          confidence, evidence, markings, origin, retracted_by, extra)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET subject = excluded.subject, predicate = excluded.predicate,
           object = excluded.object, literal = excluded.literal, polarity = excluded.polarity, source = excluded.source,
           published = excluded.published, recorded = excluded.recorded, confidence = excluded.confidence,
           evidence = excluded.evidence, markings = excluded.markings, origin = excluded.origin, extra = excluded.extra`,
      ),
      insertAlias: db.prepare(
        'INSERT INTO aliases (norm, alias, object_id, object_type, claim_id, source) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      deleteFts: db.prepare('DELETE FROM fts WHERE rowid = ?'),
      insertFts: db.prepare('INSERT INTO fts (rowid, name, aliases, description) VALUES (?, ?, ?, ?)'),
      getClaim: db.prepare('SELECT * FROM claims WHERE id = ?'),
      getMeta: db.prepare('SELECT value FROM meta WHERE key = ?').pluck(),
      setMeta: db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)'),
    }
  }

  async begin(): Promise<WriteSession> {
    if (this.#writing) throw new MosaicError('conflict', 'a write session is already open on this store')
    try {
      this.#db.exec('BEGIN IMMEDIATE')
    } catch (e) {
      throw toSqliteError(e, this.#path)
    }
    this.#writing = true
    const recorded = nowStix()
    let open = true
    const end = (sql: string) => {
      if (!open) return
      open = false
      this.#writing = false
      this.#db.exec(sql)
    }
    return {
      put: async (obj, json) => {
        if (!open) throw new MosaicError('conflict', 'write session is closed')
        return this.#put(obj, recorded, json)
      },
      addClaim: async (claim) => {
        if (!open) throw new MosaicError('conflict', 'write session is closed')
        this.#insertClaim(claim, undefined)
      },
      commit: async () => {
        end('COMMIT')
        this.#commits++
      },
      rollback: async () => end('ROLLBACK'),
    }
  }

  /** Write one object version; derive claims, aliases and search text when it becomes current. */
  #put(obj: StixObject, recorded: string, json?: string): PutOutcome {
    const q = this.#q
    const modified = versionKey(obj)
    // One lookup for the common case (a new id); the version index only when the id is known.
    const cur = q.current.get(obj.id) as { vid: number; modified: string } | undefined
    if (cur && (cur.modified === modified || q.hasVersion.get(obj.id, modified))) return 'unchanged'
    const text = json ?? JSON.stringify(obj)
    const name = typeof obj.name === 'string' ? obj.name : null
    const revoked = obj.revoked === true ? 1 : 0
    // An older version arriving late is kept in history but does not change the current view.
    const becomesCurrent = !cur || cur.modified < modified
    // lastInsertRowid, not RETURNING: RETURNING made this insert three times slower (~700 ms over ATT&CK)
    const vid = q.insertVersion.run(obj.id, modified, obj.type, name, revoked, becomesCurrent ? 1 : 0, text, recorded)
      .lastInsertRowid as number
    if (!becomesCurrent) return 'updated'
    const claims = deriveClaims(obj, recorded)
    if (cur) {
      // Claims the previous version stated and this one does not are withdrawn with it.
      const previous = JSON.parse(q.versionByVid.get(cur.vid) as string) as StixObject
      const kept = new Set(claims.map((c) => c.id))
      for (const c of deriveClaims(previous, recorded)) if (!kept.has(c.id)) q.deleteClaim.run(c.id)
      q.retire.run(cur.vid)
      q.deleteAliasesOf.run(obj.id)
      q.deleteFts.run(cur.vid)
    }
    const aliasNames: string[] = []
    for (const c of claims) {
      this.#insertClaim(c, obj.type)
      if (c.predicate === 'alias') aliasNames.push(c.object)
    }
    if (NAMED_TYPES.has(obj.type) || name !== null) {
      const description = typeof obj.description === 'string' ? obj.description : ''
      q.insertFts.run(vid, name ?? '', [...new Set(aliasNames)].join(' | '), description)
    }
    return cur ? 'updated' : 'created'
  }

  #insertClaim(c: Claim, subjectType: string | undefined): void {
    this.#q.insertClaim.run(
      c.id,
      c.subject,
      c.predicate,
      c.object,
      c.literal ? 1 : 0,
      c.polarity,
      c.source,
      c.published,
      c.recorded,
      c.confidence ? JSON.stringify(c.confidence) : null,
      c.evidence.length > 0 ? JSON.stringify(c.evidence) : null,
      c.markings.length > 0 ? JSON.stringify(c.markings) : null,
      c.origin,
      c.retracted_by ?? null,
      c.extra && Object.keys(c.extra).length > 0 ? JSON.stringify(c.extra) : null,
    )
    if (c.predicate === 'retracts') this.#applyRetraction(c)
    if (c.predicate === 'alias' && c.literal) {
      // the subject's type is its id prefix (a note's alias claims are about the actor it names, not the note)
      const type = c.subject.slice(0, c.subject.indexOf('--')) || (subjectType ?? '')
      this.#q.insertAlias.run(normalizeAlias(c.object), c.object, c.subject, type, c.id, c.source)
    }
  }

  /**
   * A retraction marks its target retracted; retracting a retraction restores what that one had retracted, so any
   * retraction can itself be undone and nothing is ever deleted.
   */
  #applyRetraction(r: Claim): void {
    const mark = this.#db.prepare('UPDATE claims SET retracted_by = ? WHERE id = ?')
    mark.run(r.id, r.object)
    const target = this.#q.getClaim.get(r.object) as Record<string, unknown> | undefined
    if (target && target.predicate === 'retracts') {
      this.#db
        .prepare('UPDATE claims SET retracted_by = NULL WHERE id = ? AND retracted_by = ?')
        .run(target.object, target.id)
    }
  }

  async get(id: string, version?: string): Promise<StixObject | undefined> {
    const text = (version === undefined ? this.#q.getCurrent.get(id) : this.#q.getVersion.get(id, version)) as
      | string
      | undefined
    return text === undefined ? undefined : JSON.parse(text)
  }

  async versions(id: string): Promise<StixObject[]> {
    return (this.#q.versions.all(id) as string[]).map((t) => JSON.parse(t))
  }

  #objectSql(q: ObjectQuery, selectCols: string): { sql: string; params: unknown[] } {
    const where: string[] = []
    const params: unknown[] = []
    const select = selectCols
    let from = 'objects c'
    if (q.asOf) {
      // The version current at asOf: the latest modified <= asOf.
      from = `(SELECT o.id, o.type, o.json, 0 AS revoked, 1 AS is_current FROM objects o
                WHERE o.modified = (SELECT MAX(o2.modified) FROM objects o2 WHERE o2.id = o.id AND o2.modified <= ?)) c`
      params.push(q.asOf)
    }
    if (q.types?.length) {
      where.push(`c.type IN (${q.types.map(() => '?').join(',')})`)
      params.push(...q.types)
    }
    if (q.ids?.length) {
      where.push(`c.id IN (${q.ids.map(() => '?').join(',')})`)
      params.push(...q.ids)
    }
    where.push('c.is_current = 1')
    if (!q.includeRevoked) where.push('c.revoked = 0')
    let sql = `SELECT ${select} FROM ${from}${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`
    if (select !== 'COUNT(*)') sql += ' ORDER BY c.id'
    if (q.limit !== undefined) {
      sql += ' LIMIT ? OFFSET ?'
      params.push(q.limit, q.offset ?? 0)
    }
    return { sql, params }
  }

  async *objects(q: ObjectQuery = {}): AsyncIterable<StixObject> {
    const { sql, params } = this.#objectSql(q, 'c.json')
    for (const text of this.#db
      .prepare(sql)
      .pluck()
      .iterate(...params))
      yield JSON.parse(text as string)
  }

  async count(q: ObjectQuery = {}): Promise<number> {
    const { sql, params } = this.#objectSql({ ...q, limit: undefined as never }, 'COUNT(*)')
    return this.#db
      .prepare(sql.replace(/ LIMIT \? OFFSET \?$/, ''))
      .pluck()
      .get(...params) as number
  }

  async search(text: string, opts: { types?: string[]; limit?: number } = {}): Promise<SearchHit[]> {
    const limit = opts.limit ?? 20
    const tokens = text.match(/[\p{L}\p{N}]+/gu) ?? []
    if (tokens.length === 0) return []
    const match = tokens.map((t) => `"${t.replace(/"/g, '""')}"`).join(' ')
    const norm = normalizeAlias(text)
    const typeFilter = opts.types?.length ? `AND c.type IN (${opts.types.map(() => '?').join(',')})` : ''
    // bm25 weights: name 10, aliases 6, description 1; an exact (normalised) alias match ranks above all others.
    const sql = `
      SELECT c.id, c.type, COALESCE(c.name, '') AS name,
             bm25(fts, 10.0, 6.0, 1.0) - (CASE WHEN EXISTS (SELECT 1 FROM aliases a WHERE a.object_id = c.id AND a.norm = ?)
                                              THEN 1000 ELSE 0 END) AS rank,
             c.json AS json
      FROM fts JOIN objects c ON c.vid = fts.rowid
      WHERE fts MATCH ? AND c.is_current = 1 AND c.revoked = 0 ${typeFilter}
      ORDER BY rank LIMIT ?`
    const rows = this.#prepare(sql).all(norm, match, ...(opts.types ?? []), limit) as {
      id: string
      type: string
      name: string
      rank: number
      json: string
    }[]
    return rows.map((r) => ({ id: r.id, type: r.type, name: r.name, score: -r.rank, snippet: snippet(r.json, tokens) }))
  }

  async claims(q: ClaimQuery): Promise<Claim[]> {
    const where: string[] = []
    const params: unknown[] = []
    const inList = (col: string, v: string | string[] | undefined) => {
      const l = list(v)
      if (!l) return
      if (l.length === 0) {
        where.push('0')
        return
      }
      where.push(`${col} IN (${l.map(() => '?').join(',')})`)
      params.push(...l)
    }
    inList('subject', q.subject)
    inList('predicate', q.predicate)
    inList('object', q.object)
    inList('source', q.source)
    if (q.origin) {
      where.push('origin = ?')
      params.push(q.origin)
    }
    if (q.asOf) {
      where.push('(published IS NULL OR published <= ?)')
      params.push(q.asOf)
    }
    if (!q.includeRetracted) where.push('retracted_by IS NULL')
    let sql = `SELECT * FROM claims${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY published, id`
    if (q.limit !== undefined) {
      sql += ' LIMIT ?'
      params.push(q.limit)
    }
    return (this.#prepare(sql).all(...params) as Record<string, unknown>[]).map(rowToClaim)
  }

  #prepare(sql: string): Database.Statement<unknown[]> {
    let st = this.#prepared.get(sql)
    if (!st) {
      if (this.#prepared.size > 500) this.#prepared.clear()
      st = this.#db.prepare(sql)
      this.#prepared.set(sql, st)
    }
    return st
  }

  async getClaim(id: string): Promise<Claim | undefined> {
    const r = this.#q.getClaim.get(id) as Record<string, unknown> | undefined
    return r ? rowToClaim(r) : undefined
  }

  async aliases(norm?: string): Promise<AliasRow[]> {
    const sql = 'SELECT norm, alias, object_id, object_type, claim_id, source FROM aliases'
    return (
      norm === undefined ? this.#db.prepare(sql).all() : this.#db.prepare(`${sql} WHERE norm = ?`).all(norm)
    ) as AliasRow[]
  }

  async stats(): Promise<StoreStats> {
    const one = (sql: string) => this.#db.prepare(sql).pluck().get() as number
    const byType: Record<string, number> = {}
    for (const r of this.#db
      .prepare('SELECT type, COUNT(*) AS n FROM objects WHERE is_current = 1 GROUP BY type ORDER BY type')
      .all() as {
      type: string
      n: number
    }[])
      byType[r.type] = r.n
    return {
      objects: one('SELECT COUNT(*) FROM objects WHERE is_current = 1'),
      versions: one('SELECT COUNT(*) FROM objects'),
      claims: one('SELECT COUNT(*) FROM claims'),
      aliases: one('SELECT COUNT(*) FROM aliases'),
      byType,
    }
  }

  async revision(): Promise<string> {
    // data_version moves when another connection commits; our own commits are counted here.
    return `${this.#db.pragma('data_version', { simple: true })}:${this.#commits}`
  }

  async getMeta(key: string): Promise<string | undefined> {
    return this.#q.getMeta.get(key) as string | undefined
  }

  async setMeta(key: string, value: string): Promise<void> {
    this.#q.setMeta.run(key, value)
  }

  async close(): Promise<void> {
    if (this.#writing) this.#db.exec('ROLLBACK')
    this.#db.close()
  }
}
