import { MosaicError } from '../../lib/errors.ts'

export const help = 'mosaic import — not available yet'

export async function run(_args: string[]): Promise<number> {
  throw new MosaicError('unavailable', "'import' is not implemented yet")
}
