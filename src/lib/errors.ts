/** Error codes every edge (CLI exit codes, HTTP status) maps in one place. */
export type ErrorCode =
  | 'usage'
  | 'invalid_input'
  | 'not_found'
  | 'conflict'
  | 'unavailable'
  | 'too_large'
  | 'timeout'
  | 'forbidden'
  | 'internal'

/** A thrown error with a class, a stable code and a cause (STYLE.md point 4). */
export class MosaicError extends Error {
  readonly code: ErrorCode
  /** Where in the input the problem is (file, line, JSON path), when known. */
  readonly where: string | undefined
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown; where?: string }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause })
    this.name = 'MosaicError'
    this.code = code
    this.where = options?.where
  }
}
