/** An expected failure is a value, never a throw (STYLE.md point 2). */
export type Result<T, E = Issue[]> = { ok: true; value: T } | { ok: false; error: E }

/** One problem found in input, with where it is. `path` is a JSON path like `objects[3].valid_from`. */
export interface Issue {
  code: string
  path: string
  message: string
}

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value })
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error })

/** Append a property or index to a JSON path the way error messages show it. */
export function joinPath(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`
  if (/^[A-Za-z_$][\w$-]*$/.test(key)) return base === '' ? key : `${base}.${key}`
  return `${base}[${JSON.stringify(key)}]`
}
