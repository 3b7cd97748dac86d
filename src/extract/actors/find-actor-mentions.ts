// One sentence → the actors and places it names. Registry phrases first; then unknown people:
// a run of capitalised words that a title, a speech verb or quotation marks show to be a name.
// A bare surname resolves to a full name met earlier in the same article ("Bogdanov said").
import type { ActorMention } from "../../types.ts";
import { slugify } from "../../util/slugify.ts";
import { tokenize, type Token } from "../text/tokenize.ts";
import { SPEECH_VERBS } from "../text/name-words.ts";
import type { Lexicon } from "./build-lexicon.ts";
import { classifyTokens, type ClassifiedToken } from "./classify-tokens.ts";
import { readRole } from "./read-role.ts";

export interface FoundActor extends ActorMention {
  kind: "person" | "country" | "organization";
  /** Full name as written, for people found outside the registry. */
  name: string;
  /** Named through a demonym or a capital ("Russian", "Moscow"), not by name. */
  indirect: boolean;
  /** The demonym only qualifies a title or a person ("Russian President"): not a participant. */
  qualifier: boolean;
  registered: boolean;
}

export interface PlaceMention {
  name: string;
  index: number;
  text: string;
}

/** What the article has named so far: lets "Bogdanov" resolve to "Mikhail Bogdanov". */
export interface ArticleMemory {
  bySurname: Map<string, { id: string; name: string; registered: boolean }>;
}

export function createArticleMemory(): ArticleMemory {
  return { bySurname: new Map() };
}

/** Find actor and place mentions in one sentence; updates `memory` with full names met. */
export function findActorMentions(text: string, lexicon: Lexicon, memory: ArticleMemory): { actors: FoundActor[]; places: PlaceMention[]; tokens: Token[] } {
  const tokens = classifyTokens(text, lexicon);
  const actors: FoundActor[] = [];
  const places: PlaceMention[] = [];
  for (let i = 0; i < tokens.length; ) {
    const tok = tokens[i]!;
    if (tok.cls === "phrase" && tok.span) {
      const [from, to] = tok.span;
      readPhrase(text, tokens, from, to, lexicon, memory, actors, places);
      i = to;
    } else if (tok.cls === "cap") {
      i = readNameRun(text, tokens, i, lexicon, memory, actors);
    } else i++;
  }
  return { actors, places, tokens };
}

function readPhrase(text: string, tokens: ClassifiedToken[], from: number, to: number, lexicon: Lexicon, memory: ArticleMemory, actors: FoundActor[], places: PlaceMention[]): void {
  const first = tokens[from]!;
  const last = tokens[to - 1]!;
  const surface = text.slice(first.start, last.end);
  const entries = first.entries ?? [];
  const place = entries.find((e) => e.role === "place");
  if (place) places.push({ name: place.target, index: first.start, text: surface });
  // "in Moscow" is a place; "Moscow hopes …" is the government speaking.
  const locative = /\b(?:in|at|to|from|near|outside|inside|via)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, first.start - 12), first.start));
  const actor = entries.find((e) => e.role === "name" || e.role === "alias") ?? entries.find((e) => e.role === "adjective" || (e.role === "metonym" && !locative));
  if (!actor || !actor.kind) return;
  const info = lexicon.actors.get(actor.target);
  const next = tokens[to];
  const qualifier = actor.role === "adjective" && !!next && (next.cls === "cap" || (next.cls === "phrase" && !!next.entries?.some((e) => e.role === "title" || e.kind === "person")));
  const mention: FoundActor = {
    actorId: actor.target, index: first.start, text: surface, kind: actor.kind, name: info?.name ?? surface,
    indirect: actor.role === "adjective" || actor.role === "metonym", qualifier, registered: true,
  };
  if (actor.kind === "person") {
    const role = readRole(text, tokens, from);
    if (role) mention.role = role;
    remember(memory, info?.name ?? surface, actor.target, true);
  }
  actors.push(mention);
}

function readNameRun(text: string, tokens: ClassifiedToken[], start: number, lexicon: Lexicon, memory: ArticleMemory, actors: FoundActor[]): number {
  let end = start + 1;
  while (end < tokens.length) {
    const tok = tokens[end]!;
    const gapOk = /^[\s\-‐‑'’"“”«»]{0,3}$/.test(text.slice(tokens[end - 1]!.end, tok.start));
    if (!gapOk) break;
    if (tok.cls === "cap") end++;
    else if (tok.cls === "particle" && tokens[end + 1]?.cls === "cap") end += 2;
    else break;
  }
  const run = tokens.slice(start, end);
  const caps = run.filter((t) => t.cls === "cap").length;
  const surface = text.slice(run[0]!.start, run[run.length - 1]!.end).replace(/[“”"«»]/g, "").replace(/\s+/g, " ");
  if (caps === 1) {
    const known = memory.bySurname.get(run[0]!.norm) ?? registrySurname(lexicon, run[0]!.norm);
    if (known) actors.push({ actorId: known.id, index: run[0]!.start, text: surface, kind: "person", name: known.name, indirect: false, qualifier: false, registered: known.registered });
    return end;
  }
  // "… and Emergency Relief Coordinator": capitalised words before a title are part of the title.
  const beforeTitle = tokens[end] !== undefined && isTitle(tokens[end]!) && /^\s+$/.test(text.slice(tokens[end - 1]!.end, tokens[end]!.start));
  if (caps > 4 || beforeTitle || !looksLikePerson(text, tokens, start, end)) {
    // "De Mistura" / "Al-Assad": not a new name, but maybe a known person's surname.
    const lastNorm = run[run.length - 1]!.norm;
    const known = memory.bySurname.get(lastNorm) ?? registrySurname(lexicon, lastNorm);
    if (known && caps <= 2) actors.push({ actorId: known.id, index: run[0]!.start, text: surface, kind: "person", name: known.name, indirect: false, qualifier: false, registered: known.registered });
    return end;
  }
  const id = personSlug(surface);
  const role = readRole(text, tokens, start);
  actors.push({ actorId: id, index: run[0]!.start, text: surface, kind: "person", name: surface, indirect: false, qualifier: false, registered: false, ...(role ? { role } : {}) });
  remember(memory, surface, id, false);
  return end;
}

function registrySurname(lexicon: Lexicon, norm: string): { id: string; name: string; registered: boolean } | undefined {
  const ids = lexicon.surnames.get(norm);
  if (!ids || ids.length !== 1) return undefined;
  const info = lexicon.actors.get(ids[0]!);
  return info ? { id: ids[0]!, name: info.name, registered: true } : undefined;
}

function remember(memory: ArticleMemory, name: string, id: string, registered: boolean): void {
  const last = surnameOf(name);
  if (last !== undefined && !memory.bySurname.has(last)) memory.bySurname.set(last, { id, name, registered });
}

// The same names come back in sentence after sentence and article after article: their surname
// and slug are worked out once. Bounded: cleared when full.
const MEMO_SIZE = 10_000;
const surnames = new Map<string, string | undefined>();
const slugs = new Map<string, string>();

/** The folded last word of a name of two words or more ("Mikhail Bogdanov" → "bogdanov"). */
function surnameOf(name: string): string | undefined {
  if (surnames.has(name)) return surnames.get(name);
  const parts = tokenize(name);
  const last = parts.length > 1 ? parts[parts.length - 1]!.norm : undefined;
  if (surnames.size >= MEMO_SIZE) surnames.clear();
  surnames.set(name, last);
  return last;
}

function personSlug(name: string): string {
  let slug = slugs.get(name);
  if (slug === undefined) {
    if (slugs.size >= MEMO_SIZE) slugs.clear();
    slugs.set(name, (slug = slugify(name, "person")));
  }
  return slug;
}

/** A title before the run, a speech verb after it (or before it), or quotation marks around it. */
function looksLikePerson(text: string, tokens: ClassifiedToken[], start: number, end: number): boolean {
  const before = tokens[start - 1];
  // "Minister of Foreign Affairs Mukhtar Tileuberdi": a title a few words back still makes a name.
  if (readRole(text, tokens, start)) return true;
  if (before && (isTitle(before) || SPEECH_VERBS.has(before.norm) || before.norm === "to" && tokens[start - 2]?.norm === "according")) return true;
  // A name in quotation marks ("Secretary of the Security Council, “Nikolai Patrushev“") — but not
  // the name of an operation or a plan ('launched the operation "Spring Shield"').
  const quoted = /[“"«]\s*$/.test(text.slice(Math.max(0, tokens[start]!.start - 2), tokens[start]!.start)) && /^\s*[”“"»]/.test(text.slice(tokens[end - 1]!.end, tokens[end - 1]!.end + 2));
  if (quoted && !(before && /^(?:operation|campaign|dubbed|called|named|codenamed|plan|initiative|project|format|slogan|program|programme|exercise|exercises|mission)$/.test(before.norm))) return true;
  // "X said", "X on Monday said", or after an appositive: "X, an adviser to the delegation, told".
  const appositive = /^\s*,/.test(text.slice(tokens[end - 1]!.end));
  for (let k = end; k < Math.min(tokens.length, end + (appositive ? 14 : 5)); k++) {
    const tok: Token = tokens[k]!;
    if (/[.;:!?]/.test(text.slice(tokens[k - 1]!.end, tok.start))) break;
    if (SPEECH_VERBS.has(tok.norm) && tok.text === tok.norm) return true;
  }
  return false;
}

function isTitle(tok: ClassifiedToken): boolean {
  return tok.cls === "phrase" && !!tok.entries?.some((e) => e.role === "title");
}
