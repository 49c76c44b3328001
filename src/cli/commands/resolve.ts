import { MosaicError } from '../../lib/errors.ts'

export const help = 'mosaic resolve — not available yet'

export async function run(_args: string[]): Promise<number> {
  throw new MosaicError('unavailable', "'resolve' is not implemented yet")
}
