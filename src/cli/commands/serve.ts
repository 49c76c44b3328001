import { MosaicError } from '../../lib/errors.ts'

export const help = 'mosaic serve — not available yet'

export async function run(_args: string[]): Promise<number> {
  throw new MosaicError('unavailable', "'serve' is not implemented yet")
}
