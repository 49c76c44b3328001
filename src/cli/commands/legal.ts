import { MosaicError } from '../../lib/errors.ts'

export const help = 'mosaic legal — not available yet'

export async function run(_args: string[]): Promise<number> {
  throw new MosaicError('unavailable', "'legal' is not implemented yet")
}
