import { MosaicError } from '../../lib/errors.ts'

export const help = 'mosaic campaign — not available yet'

export async function run(_args: string[]): Promise<number> {
  throw new MosaicError('unavailable', "'campaign' is not implemented yet")
}
