import { MosaicError } from '../../lib/errors.ts'

export const help = 'mosaic stats — not available yet'

export async function run(_args: string[]): Promise<number> {
  throw new MosaicError('unavailable', "'stats' is not implemented yet")
}
