import { MosaicError } from '../../lib/errors.ts'

export const help = 'mosaic review — not available yet'

export async function run(_args: string[]): Promise<number> {
  throw new MosaicError('unavailable', "'review' is not implemented yet")
}
