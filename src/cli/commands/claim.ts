import { MosaicError } from '../../lib/errors.ts'

export const help = 'mosaic claim — not available yet'

export async function run(_args: string[]): Promise<number> {
  throw new MosaicError('unavailable', "'claim' is not implemented yet")
}
