/** Actors as views over claims: grouping, lens, as-of, and the analyst operations (merge, split, retract). */
export { ACTOR_RECORD_TYPES, type Actor, type ActorAlias, ActorIndex, type ActorViewOptions } from './actors.ts'
export { type CrosswalkRow, crosswalk } from './crosswalk.ts'
export { type Dossier, type DossierOptions, dossierFor, dossierOf } from './dossier.ts'
export {
  actorHistory,
  findActor,
  LOCAL_ANALYST_ID,
  memberFor,
  mergeActors,
  retractClaim,
  splitActor,
} from './operations.ts'
