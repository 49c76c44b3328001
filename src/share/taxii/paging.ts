// TAXII 2.1 paging with `limit`, `more` and `next` (section 3.4). The first request computes the full result; the rest
// is kept under an opaque `next` token tied to the endpoint and its filters, so a later page is exactly the
// continuation of the first even if content changes in between. A token used with other filters is refused (400),
// as the reference server does; `limit` may change between pages.
import { randomUUID } from 'node:crypto'
import type { Result } from '../../lib/result.ts'
import { err, ok } from '../../lib/result.ts'

/** One page of a result. `next` is set exactly when `more` is true. */
export interface Page<T> {
  items: T[]
  more: boolean
  next?: string
}

interface Session {
  key: string
  items: readonly unknown[]
  offset: number
  expires: number
}

export interface PagingOptions {
  /** How long a `next` token stays usable (default 10 minutes). */
  ttlMs?: number
  /** How many tokens are kept at most; the oldest go first (default 10,000). */
  maxSessions?: number
  /** Clock, for tests. */
  now?: () => number
}

/** The `next` tokens of one server. */
export class PageSessions {
  readonly #sessions = new Map<string, Session>()
  readonly #ttl: number
  readonly #max: number
  readonly #now: () => number

  constructor(opts: PagingOptions = {}) {
    this.#ttl = opts.ttlMs ?? 10 * 60 * 1000
    this.#max = opts.maxSessions ?? 10_000
    this.#now = opts.now ?? Date.now
  }

  /** The first page of `items`. `key` identifies the endpoint and its filters. */
  start<T>(key: string, items: readonly T[], limit: number): Page<T> {
    return this.#page(key, items, 0, limit)
  }

  /** The page a `next` token stands for, or why it cannot be served. */
  resume<T>(key: string, token: string, limit: number): Result<Page<T>, string> {
    this.#expire()
    const s = this.#sessions.get(token)
    if (!s) return err(`the next token '${token}' is unknown or expired`)
    if (s.key !== key) return err('the filters differ from those of the request that produced this next token')
    return ok(this.#page(key, s.items as readonly T[], s.offset, limit))
  }

  #page<T>(key: string, items: readonly T[], offset: number, limit: number): Page<T> {
    const end = offset + limit
    const page: Page<T> = { items: items.slice(offset, end), more: end < items.length }
    if (page.more) {
      this.#expire()
      const token = randomUUID()
      this.#sessions.set(token, { key, items, offset: end, expires: this.#now() + this.#ttl })
      while (this.#sessions.size > this.#max) {
        const oldest = this.#sessions.keys().next().value
        if (oldest === undefined) break
        this.#sessions.delete(oldest)
      }
      page.next = token
    }
    return page
  }

  #expire(): void {
    const now = this.#now()
    for (const [token, s] of this.#sessions) {
      // Map order is insertion order, and every session gets the same TTL, so the first live one ends the sweep.
      if (s.expires > now) break
      this.#sessions.delete(token)
    }
  }
}
