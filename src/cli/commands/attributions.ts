import { MosaicError } from '../../lib/errors.ts'

export const help = 'mosaic attributions — not available yet'

export async function run(_args: string[]): Promise<number> {
  throw new MosaicError('unavailable', "'attributions' is not implemented yet")
}
