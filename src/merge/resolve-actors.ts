// Every article's actors → one actor per real person or body. Registry entries first; people the
// registry does not know are merged when their names are spelling variants of each other
// ("Lavrentiev" / "Lavrentyev", "Sergei" / "Sergey", with or without "al-").
import type { Actor, Article, DatePoint, Knowledge } from "../types.ts";
import type { ArticleActor, ArticleExtraction } from "../extract/index.ts";
import { fold } from "../extract/text/tokenize.ts";
import { rankByCollation } from "./collation-ranks.ts";

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
  // What each actor already lists, for quick look-ups: a registered actor is met in thousands of articles.
  const listed = new Map<Actor, Listed>();
  const folded = new Map<string, string>();
  // Mentions come by id, and every mention of an id resolves to the same actor (an id joins the
  // table only as its own target): so the actor is found once per run of equal ids.
  let runId: string | undefined;
  let actor: Actor | undefined;
  let seen: Listed | undefined;
  for (const { actor: a, article } of sortMentions(extractions)) {
    if (a.id !== runId || !actor || !seen) {
      runId = a.id;
      const target = byId.has(a.id) ? a.id : (remap.get(a.id) ?? findVariant(a.name, byId) ?? a.id);
      remap.set(a.id, target);
      actor = byId.get(target);
      if (!actor) {
        actor = { id: target, name: a.name, kind: a.kind, aliases: [], roles: [], registered: false };
        byId.set(target, actor);
      }
      seen = listed.get(actor) ?? listActor(actor, listed);
    }
    for (const spelling of a.spellings) if (spelling !== actor.name && !seen.aliases.has(spelling) && foldOnce(spelling, folded) !== foldOnce(actor.name, folded)) addAlias(actor, seen, spelling);
    if (a.name !== actor.name && !seen.aliases.has(a.name)) addAlias(actor, seen, a.name);
    if (a.roles.length) addRoles(actor, seen, a.roles, article, articles.get(article)?.published ?? undefined);
  }
  for (const actor of byId.values()) {
    actor.aliases.sort();
    actor.roles.sort((x, y) => (x.date && y.date ? x.date.year - y.date.year || (x.date.month ?? 0) - (y.date.month ?? 0) : 0) || x.role.localeCompare(y.role));
    if (!actor.role && actor.roles.length) actor.role = actor.roles[actor.roles.length - 1]!.role;
  }
  return { actors: [...byId.values()].sort((a, b) => a.id.localeCompare(b.id)), remap };
}

interface Mention {
  actor: ArticleActor;
  article: string;
}

/**
 * Every actor mention, by actor id then article (localeCompare order; equals keep their input
 * order, as a stable sort would). By bucketing on the few ids, not one sort of all mentions: the
 * article order within an id is mostly there already (extractions come sorted by article).
 */
function sortMentions(extractions: ArticleExtraction[]): Mention[] {
  const articleRank = rankByCollation(extractions.map((x) => x.article));
  const mentions = extractions.flatMap((x) => {
    const rank = articleRank.get(x.article)!;
    return x.actors.map((actor) => ({ actor, article: x.article, rank }));
  });
  const idRank = rankByCollation(mentions.map((m) => m.actor.id));
  const byIdRank = new Map<number, (Mention & { rank: number })[]>();
  for (const m of mentions) {
    const rank = idRank.get(m.actor.id)!;
    const bucket = byIdRank.get(rank);
    if (bucket) bucket.push(m);
    else byIdRank.set(rank, [m]);
  }
  return [...byIdRank.keys()].sort((a, b) => a - b).flatMap((rank) => byIdRank.get(rank)!.sort((a, b) => a.rank - b.rank));
}

/** What an actor lists so far, as sets. */
interface Listed {
  aliases: Set<string>;
  /** roleKey(role, article) */
  roles: Set<string>;
}

function listActor(actor: Actor, listed: Map<Actor, Listed>): Listed {
  const seen = { aliases: new Set(actor.aliases), roles: new Set(actor.roles.map((r) => roleKey(r.role, r.article))) };
  listed.set(actor, seen);
  return seen;
}

function addAlias(actor: Actor, seen: Listed, alias: string): void {
  actor.aliases.push(alias);
  seen.aliases.add(alias);
}

/** Each role the actor held in the article, once per article. */
function addRoles(actor: Actor, seen: Listed, roles: string[], article: string, published: DatePoint | undefined): void {
  for (const role of roles) {
    if (seen.roles.has(roleKey(role, article))) continue;
    seen.roles.add(roleKey(role, article));
    actor.roles.push({ role, article, ...(published ? { date: published } : {}) });
  }
}

/** fold(), remembered: the same few names are folded tens of thousands of times. */
function foldOnce(text: string, folded: Map<string, string>): string {
  let result = folded.get(text);
  if (result === undefined) folded.set(text, (result = fold(text)));
  return result;
}

function roleKey(role: string, article: string | undefined): string {
  return `${article ?? ""}\u0000${role}`;
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
