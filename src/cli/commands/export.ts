import { MosaicError } from '../../lib/errors.ts'

export const help = 'mosaic export — not available yet'

export async function run(_args: string[]): Promise<number> {
  throw new MosaicError('unavailable', "'export' is not implemented yet")
}
