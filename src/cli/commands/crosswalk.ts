import { MosaicError } from '../../lib/errors.ts'

export const help = 'mosaic crosswalk — not available yet'

export async function run(_args: string[]): Promise<number> {
  throw new MosaicError('unavailable', "'crosswalk' is not implemented yet")
}
