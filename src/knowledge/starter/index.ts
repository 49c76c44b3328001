/** The starter knowledge pack: public facts written by Mosaic, with sources, loaded into every new database. */
export { STARTER_PACK_VERSION, starterBundle, starterId, stixConfidence, uuidv5 } from './build.ts'
export type { ScaleName } from './types.ts'
