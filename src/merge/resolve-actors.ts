// Every article's actors → one actor per real person or body. Registry entries first; people the
// registry does not know are merged when their names are spelling variants of each other
// ("Lavrentiev" / "Lavrentyev", "Sergei" / "Sergey", with or without "al-").
import type { Actor, Article, Knowledge } from "../types.ts";
import type { ArticleExtraction } from "../extract/index.ts";
import { fold } from "../extract/text/tokenize.ts";

export interface ResolvedActors {
  actors: Actor[];
  /** any id an extraction used → the id of the actor it resolved to */
  remap: Map<string, string>;
}

/** Build the actor table and the id remapping. Deterministic: sorted input, sorted output. */
export function resolveActors(extractions: ArticleExtraction[], articles: Map<string, Article>, knowledge: Knowledge): ResolvedActors {
  const byId = new Map<string, Actor>();
  const remap = new Map<string, string>();
  for (const r of knowledge.actors) {
    byId.set(r.id, { id: r.id, name: r.name, kind: r.kind, aliases: [...r.aliases], roles: [], registered: true, ...(r.role ? { role: r.role } : {}), ...(r.description ? { description: r.description } : {}) });
  }
  const found = extractions.flatMap((x) => x.actors.map((a) => ({ ...a, article: x.article }))).sort((a, b) => a.id.localeCompare(b.id) || a.article.localeCompare(b.article));
  for (const a of found) {
    const target = byId.has(a.id) ? a.id : (remap.get(a.id) ?? findVariant(a.name, byId) ?? a.id);
    remap.set(a.id, target);
    let actor = byId.get(target);
    if (!actor) {
      actor = { id: target, name: a.name, kind: a.kind, aliases: [], roles: [], registered: false };
      byId.set(target, actor);
    }
    for (const spelling of a.spellings) if (spelling !== actor.name && !actor.aliases.includes(spelling) && fold(spelling) !== fold(actor.name)) actor.aliases.push(spelling);
    if (a.name !== actor.name && !actor.aliases.includes(a.name)) actor.aliases.push(a.name);
    const published = articles.get(a.article)?.published ?? undefined;
    for (const role of a.roles) {
      if (!actor.roles.some((r) => r.role === role && r.article === a.article)) actor.roles.push({ role, article: a.article, ...(published ? { date: published } : {}) });
    }
  }
  for (const actor of byId.values()) {
    actor.aliases.sort();
    actor.roles.sort((x, y) => (x.date && y.date ? x.date.year - y.date.year || (x.date.month ?? 0) - (y.date.month ?? 0) : 0) || x.role.localeCompare(y.role));
    if (!actor.role && actor.roles.length) actor.role = actor.roles[actor.roles.length - 1]!.role;
  }
  return { actors: [...byId.values()].sort((a, b) => a.id.localeCompare(b.id)), remap };
}

/** A known person whose name is a spelling variant of `name`. */
function findVariant(name: string, known: Map<string, Actor>): string | undefined {
  const parts = nameParts(name);
  if (parts.length < 2) return undefined;
  for (const actor of known.values()) {
    if (actor.kind !== "person") continue;
    for (const other of [actor.name, ...actor.aliases]) {
      if (sameName(parts, nameParts(other))) return actor.id;
    }
  }
  return undefined;
}

/** Folded name parts without particles: "Bashar al-Ja'afari" → ["bashar", "jaafari"]. */
export function nameParts(name: string): string[] {
  return fold(name).replace(/\b(?:al|el|ad|as|ar|de|van|von|der|bin|ibn)[-\s]+/g, "").split(/[^a-z0-9]+/).filter(Boolean);
}

/** Same surname (one edit apart for long names) and compatible first names. */
export function sameName(a: string[], b: string[]): boolean {
  if (a.length < 2 || b.length < 2) return false;
  const lastA = a[a.length - 1]!;
  const lastB = b[b.length - 1]!;
  const lastOk = lastA === lastB || (Math.min(lastA.length, lastB.length) >= 6 && editDistance(lastA, lastB) <= 1) || (Math.min(lastA.length, lastB.length) >= 8 && editDistance(lastA, lastB) <= 2);
  if (!lastOk) return false;
  const firstA = a[0]!;
  const firstB = b[0]!;
  return firstA === firstB || (firstA[0] === firstB[0] && editDistance(firstA, firstB) <= 2);
}

/** Levenshtein distance, bounded: names are short. */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 99;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}
