import { MosaicError } from '../../lib/errors.ts'

export const help = 'mosaic starter — not available yet'

export async function run(_args: string[]): Promise<number> {
  throw new MosaicError('unavailable', "'starter' is not implemented yet")
}
