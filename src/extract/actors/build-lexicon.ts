// Knowledge → one phrase table the extractor looks words up in: registry names, aliases,
// demonyms and capitals; places; titles; non-actors. Built once per Knowledge object.
import type { ActorKind, Knowledge } from "../../types.ts";
import { isAcronym, phraseKey } from "../text/tokenize.ts";

export type EntryRole = "name" | "alias" | "adjective" | "metonym" | "place" | "title" | "not-actor";

export interface LexiconEntry {
  role: EntryRole;
  /** actor id for actor roles; place name for places */
  target: string;
  kind?: ActorKind;
  /** matches only when written in capitals ("US", "HNC") */
  caseSensitive: boolean;
  surface: string;
}

export interface Lexicon {
  /** folded phrase key → entries */
  phrases: Map<string, LexiconEntry[]>;
  /** longest phrase, in tokens: bounds the n-gram scan */
  maxTokens: number;
  /** every proper prefix of a phrase key: the scan stops as soon as no phrase can continue */
  prefixes: Set<string>;
  /** `phrases` and `prefixes` in one table, so the scan looks each key up once */
  keys: Map<string, { entries: LexiconEntry[] | undefined; canGrow: boolean }>;
  /** registry persons by their folded last name: "lavrov" → ids */
  surnames: Map<string, string[]>;
  /** actor id → display name and kind */
  actors: Map<string, { name: string; kind: ActorKind; role?: string }>;
  knowledge: Knowledge;
}

const cache = new WeakMap<Knowledge, Lexicon>();

/** The lexicon for a Knowledge object (memoised). */
export function buildLexicon(knowledge: Knowledge): Lexicon {
  const cached = cache.get(knowledge);
  if (cached) return cached;
  const lexicon: Lexicon = { phrases: new Map(), maxTokens: 1, prefixes: new Set(), keys: new Map(), surnames: new Map(), actors: new Map(), knowledge };
  const add = (surface: string, entry: Omit<LexiconEntry, "surface" | "caseSensitive">): void => {
    const key = phraseKey(surface);
    if (!key) return;
    const list = lexicon.phrases.get(key) ?? [];
    list.push({ ...entry, surface, caseSensitive: isAcronym(surface) && surface.replace(/[^\p{L}]/gu, "").length <= 4 });
    lexicon.phrases.set(key, list);
    const parts = key.split(" ");
    lexicon.maxTokens = Math.max(lexicon.maxTokens, parts.length);
    for (let n = 1; n < parts.length; n++) lexicon.prefixes.add(parts.slice(0, n).join(" "));
  };
  for (const actor of knowledge.actors) {
    lexicon.actors.set(actor.id, { name: actor.name, kind: actor.kind, ...(actor.role ? { role: actor.role } : {}) });
    add(actor.name, { role: "name", target: actor.id, kind: actor.kind });
    for (const alias of actor.aliases) add(alias.replace(/^the\s+/i, ""), { role: "alias", target: actor.id, kind: actor.kind });
    for (const adj of actor.adjectives) add(adj, { role: "adjective", target: actor.id, kind: actor.kind });
    for (const m of actor.metonyms) add(m.replace(/^the\s+/i, ""), { role: "metonym", target: actor.id, kind: actor.kind });
    if (actor.kind === "person") {
      for (const full of [actor.name, ...actor.aliases]) {
        const parts = phraseKey(full).split(" ");
        const last = parts[parts.length - 1];
        if (parts.length > 1 && last && last.length >= 4) {
          const ids = lexicon.surnames.get(last) ?? [];
          if (!ids.includes(actor.id)) ids.push(actor.id);
          lexicon.surnames.set(last, ids);
        }
      }
    }
  }
  for (const place of knowledge.places) {
    for (const name of [place.name, ...place.aliases, ...place.descriptions]) add(name.replace(/^the\s+/i, ""), { role: "place", target: place.name });
  }
  for (const title of knowledge.titles) add(title, { role: "title", target: title });
  for (const name of knowledge.notActors) add(name, { role: "not-actor", target: name });
  for (const key of new Set([...lexicon.phrases.keys(), ...lexicon.prefixes])) {
    lexicon.keys.set(key, { entries: lexicon.phrases.get(key), canGrow: lexicon.prefixes.has(key) });
  }
  cache.set(knowledge, lexicon);
  return lexicon;
}
