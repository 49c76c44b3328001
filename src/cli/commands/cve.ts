import { MosaicError } from '../../lib/errors.ts'

export const help = 'mosaic cve — not available yet'

export async function run(_args: string[]): Promise<number> {
  throw new MosaicError('unavailable', "'cve' is not implemented yet")
}
