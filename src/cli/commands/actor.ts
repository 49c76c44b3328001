import { MosaicError } from '../../lib/errors.ts'

export const help = 'mosaic actor — not available yet'

export async function run(_args: string[]): Promise<number> {
  throw new MosaicError('unavailable', "'actor' is not implemented yet")
}
