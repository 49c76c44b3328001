import { MosaicError } from '../../lib/errors.ts'

export const help = 'mosaic aliases — not available yet'

export async function run(_args: string[]): Promise<number> {
  throw new MosaicError('unavailable', "'aliases' is not implemented yet")
}
