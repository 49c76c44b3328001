import { MosaicError } from '../../lib/errors.ts'

export const help = 'mosaic taxii — not available yet'

export async function run(_args: string[]): Promise<number> {
  throw new MosaicError('unavailable', "'taxii' is not implemented yet")
}
