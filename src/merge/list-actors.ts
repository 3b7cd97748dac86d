// `dateline actors`: every actor with its event count, registry status, and suggested merges
// (pairs of actors whose names look like spellings of one name).
import type { Timeline } from "../types.ts";
import { editDistance, nameParts } from "./resolve-actors.ts";

/** A plain-text report for the terminal. */
export function listActors(timeline: Timeline): string {
  const counts = new Map<string, number>();
  for (const e of timeline.events) for (const id of e.actors) counts.set(id, (counts.get(id) ?? 0) + 1);
  const rows = [...timeline.actors].sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) || a.id.localeCompare(b.id));
  const lines = rows.map((a) => `${String(counts.get(a.id) ?? 0).padStart(5)}  ${a.registered ? "registry  " : "discovered"}  ${a.kind.padEnd(12)}  ${a.id}  (${a.name})`);
  const suggestions: string[] = [];
  const people = rows.filter((a) => a.kind === "person");
  const bySurname = new Map<string, typeof people>();
  for (const p of people) {
    const parts = nameParts(p.name);
    const key = (parts[parts.length - 1] ?? "").slice(0, 3);
    bySurname.set(key, [...(bySurname.get(key) ?? []), p]);
  }
  for (const group of bySurname.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = nameParts(group[i]!.name);
        const b = nameParts(group[j]!.name);
        if (editDistance(a[a.length - 1] ?? "", b[b.length - 1] ?? "") > 2) continue;
        // Keep the registry's actor (else the one with more events): the other becomes its alias.
        const [keep, other] = !group[i]!.registered && group[j]!.registered ? [group[j]!, group[i]!] : [group[i]!, group[j]!];
        suggestions.push(`  - merge: [${keep.id}, ${other.id}]`);
      }
    }
  }
  return [
    "events  source      kind          id  (name)",
    ...lines,
    "",
    suggestions.length ? `Suggested merges (paste into content/curation/actors.yml under "actors:"):\n${suggestions.join("\n")}` : "No suggested merges.",
  ].join("\n");
}
