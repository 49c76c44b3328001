/**
 * For tests: an actor matcher over a few made-up groups, each given as [canonical name, ...aliases] (the canonical
 * name is not matched unless it is listed among the aliases too), in the shape the CLI's alias list has.
 */
import { type ActorMatcher, type AliasEntry, compileActorMatcher } from './index.ts'

export function testMatcher(groups: readonly (readonly string[])[]): ActorMatcher {
  const entries: AliasEntry[] = groups.flatMap(([name, ...aliases], i) =>
    aliases.map((alias) => ({
      alias,
      actorId: `intrusion-set--${String(i + 1).repeat(8)}-1111-4111-8111-111111111111`,
      actorName: name!,
      kind: 'intrusion-set',
    })),
  )
  return compileActorMatcher(entries)
}
