import { MosaicError } from '../../lib/errors.ts'

export const help = 'mosaic search — not available yet'

export async function run(_args: string[]): Promise<number> {
  throw new MosaicError('unavailable', "'search' is not implemented yet")
}
