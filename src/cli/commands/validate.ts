import { MosaicError } from '../../lib/errors.ts'

export const help = 'mosaic validate — not available yet'

export async function run(_args: string[]): Promise<number> {
  throw new MosaicError('unavailable', "'validate' is not implemented yet")
}
