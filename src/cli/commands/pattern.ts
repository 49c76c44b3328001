import { MosaicError } from '../../lib/errors.ts'

export const help = 'mosaic pattern — not available yet'

export async function run(_args: string[]): Promise<number> {
  throw new MosaicError('unavailable', "'pattern' is not implemented yet")
}
