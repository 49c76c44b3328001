import { MosaicError } from '../../lib/errors.ts'

export const help = 'mosaic get — not available yet'

export async function run(_args: string[]): Promise<number> {
  throw new MosaicError('unavailable', "'get' is not implemented yet")
}
