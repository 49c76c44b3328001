import { MosaicError } from '../../lib/errors.ts'

export const help = 'mosaic hunt — not available yet'

export async function run(_args: string[]): Promise<number> {
  throw new MosaicError('unavailable', "'hunt' is not implemented yet")
}
