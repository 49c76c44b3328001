import { MosaicError } from '../../lib/errors.ts'

export const help = 'mosaic extract — not available yet'

export async function run(_args: string[]): Promise<number> {
  throw new MosaicError('unavailable', "'extract' is not implemented yet")
}
