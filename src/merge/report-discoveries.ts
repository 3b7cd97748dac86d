// Actors the extractor met that the registry does not list: reported so an editor can add or merge them.
import type { Actor, Diagnostic, TimelineEvent } from "../types.ts";

/** One info diagnostic per unregistered actor, with its event count. */
export function reportDiscoveries(actors: Actor[], events: TimelineEvent[]): Diagnostic[] {
  const counts = new Map<string, number>();
  for (const e of events) for (const id of e.actors) counts.set(id, (counts.get(id) ?? 0) + 1);
  return actors
    .filter((a) => !a.registered)
    .map((a) => ({
      ruleId: "actor-unregistered",
      severity: "info" as const,
      message: `Discovered actor "${a.name}" (${counts.get(a.id) ?? 0} events) is not in the registry.`,
      hint: `Add it to content/actors/people.yml (with its spellings as aliases), or merge it into a known actor in content/curation/actors.yml.`,
      file: "content/actors",
    }));
}
