import type { Store } from '../../store/store.ts'

/** The actor as the actors view computes it: member records joined by same-as claims. */
export interface ActorRef {
  id: string
  name: string
  ids: string[]
}

/**
 * The attribution-ledger sections of an actor dossier (sponsors, attributions, denials, legal actions, campaigns,
 * CVEs, sectors, countries, timeline), merged into `mosaic actor X --json`.
 */
export async function dossierExtras(
  _store: Store,
  _actor: ActorRef,
  _opts: { asOf?: string; lens?: string },
): Promise<Record<string, unknown>> {
  return {}
}
