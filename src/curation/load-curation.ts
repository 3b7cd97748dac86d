// content/curation/{events,actors}.yml and content/events/*.md → Curation. Every entry keeps its
// file and line so a correction that no longer matches can be reported where it was written.
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import matter from "gray-matter";
import type { ActorKind, Curation, CurationEntry, Diagnostic, EventCorrection, EventType, TimelineEvent } from "../types.ts";
import { asRecord, asStringList, parseYaml } from "../ingest/parse-yaml.ts";
import { readEventDate } from "./read-event-date.ts";
import { slugify } from "../util/slugify.ts";

const TYPES: EventType[] = ["round", "meeting", "statement", "other"];

/** Load every curation file under `contentDir`; missing files mean no corrections. */
export async function loadCuration(contentDir: string, rootDir: string): Promise<{ curation: Curation; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const entries: CurationEntry[] = [];
  for (const name of ["events.yml", "actors.yml"]) {
    const abs = path.join(contentDir, "curation", name);
    const file = rel(rootDir, abs);
    const text = await readFile(abs, "utf8").catch(() => null);
    if (text === null) continue;
    const { value, diagnostics: found } = parseYaml(text, file);
    diagnostics.push(...found);
    const list = asRecord(value)?.[name === "events.yml" ? "events" : "actors"];
    if (!Array.isArray(list)) continue;
    const lines = entryLines(text);
    list.forEach((item, i) => {
      const entry = readEntry(asRecord(item), name === "events.yml", file, lines[i], diagnostics);
      if (entry) entries.push(entry);
    });
  }
  const events = await loadHandEvents(path.join(contentDir, "events"), rootDir, diagnostics);
  return { curation: { entries, events }, diagnostics };
}

function readEntry(e: Record<string, unknown> | null, forEvents: boolean, file: string, line: number | undefined, diagnostics: Diagnostic[]): CurationEntry | null {
  const where = { file, ...(line ? { line } : {}) };
  const reason = typeof e?.reason === "string" ? { reason: e.reason } : {};
  const bad = (message: string): null => {
    diagnostics.push({ ruleId: "curation-entry", severity: "error", message, hint: "See the README, section Curation, for the entry forms.", ...where });
    return null;
  };
  if (!e) return bad("A curation entry must be a mapping such as `- id: … / hide: true`.");
  if (Array.isArray(e.merge)) {
    const ids = asStringList(e.merge);
    if (ids.length < 2) return bad(`"merge" needs at least two ids; found ${ids.length}.`);
    return forEvents ? { op: "merge-events", ids, ...reason, ...where } : { op: "merge-actors", ids, ...reason, ...where };
  }
  if (typeof e.split === "string" && forEvents) {
    const articles = asStringList(e.articles);
    if (!articles.length) return bad(`"split: ${e.split}" needs "articles:", the articles whose reports form the new event.`);
    return { op: "split-event", id: e.split, articles, ...(typeof e.new_id === "string" ? { newId: slugify(e.new_id) } : {}), ...reason, ...where };
  }
  if (typeof e.id !== "string" || !e.id) return bad(`Expected "id:", "merge:" or "split:"; found keys ${Object.keys(e).join(", ") || "none"}.`);
  if (e.hide === true) return forEvents ? { op: "hide-event", id: e.id, ...reason, ...where } : { op: "hide-actor", id: e.id, ...reason, ...where };
  const set = asRecord(e.set);
  if (!set) return bad(`Entry for "${e.id}" has neither "hide: true" nor "set:".`);
  if (!forEvents) {
    const kind: { kind?: ActorKind } = set.kind === "person" || set.kind === "country" || set.kind === "organization" ? { kind: set.kind } : {};
    return { op: "correct-actor", id: e.id, set: { ...(typeof set.name === "string" ? { name: set.name } : {}), ...kind, ...(typeof set.role === "string" ? { role: set.role } : {}) }, ...reason, ...where };
  }
  const correction: EventCorrection = {};
  if (set.type !== undefined) {
    if (!TYPES.includes(set.type as EventType)) return bad(`"type" must be one of ${TYPES.join(", ")}; found ${JSON.stringify(set.type)}.`);
    correction.type = set.type as EventType;
  }
  if (typeof set.title === "string") correction.title = set.title;
  if (set.date !== undefined) {
    const date = readEventDate(set.date, set.end);
    if (!date) return bad(`"date" must be "YYYY-MM-DD", "YYYY-MM" or "YYYY" (and "end" likewise); found ${JSON.stringify(set.date)}.`);
    correction.date = date;
  }
  if (typeof set.round === "number" && Number.isInteger(set.round)) correction.round = set.round;
  if (typeof set.series === "string") correction.series = set.series;
  if (typeof set.place === "string") correction.place = set.place;
  if (set.actors !== undefined) correction.actors = asStringList(set.actors);
  if (typeof set.planned === "boolean") correction.planned = set.planned;
  return { op: "correct-event", id: e.id, set: correction, ...reason, ...where };
}

/** The line of each top-level list item ("  - "), for messages. */
function entryLines(text: string): number[] {
  const lines: number[] = [];
  text.split("\n").forEach((l, i) => {
    if (/^\s{0,4}-\s/.test(l)) lines.push(i + 1);
  });
  return lines;
}

async function loadHandEvents(dir: string, rootDir: string, diagnostics: Diagnostic[]): Promise<TimelineEvent[]> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith(".md")).sort();
  const events: TimelineEvent[] = [];
  for (const name of names) {
    const file = rel(rootDir, path.join(dir, name));
    const text = await readFile(path.join(dir, name), "utf8");
    const yamlProblems: Diagnostic[] = [];
    const parsed = matter(text, { engines: { yaml: (s: string) => {
      const r = parseYaml(s, file, 0);
      yamlProblems.push(...r.diagnostics);
      return (r.value ?? {}) as object;
    } } });
    diagnostics.push(...yamlProblems);
    const data = parsed.data as Record<string, unknown>;
    const date = readEventDate(data.date, data.end);
    const type = data.type as EventType;
    if (!date || !TYPES.includes(type) || typeof data.title !== "string") {
      diagnostics.push({ ruleId: "hand-event", severity: "error", message: `A hand-written event needs "type" (${TYPES.join("/")}), "title" and "date" ("YYYY-MM-DD", "YYYY-MM" or "YYYY"); found type=${JSON.stringify(data.type)}, date=${JSON.stringify(data.date)}.`, hint: "See the README, section Curation.", file, line: 1 });
      continue;
    }
    const sources = Array.isArray(data.sources) ? data.sources.map(asRecord).filter((s): s is Record<string, unknown> => !!s && typeof s.article === "string").map((s) => ({ article: String(s.article), quote: typeof s.quote === "string" ? s.quote : "" })) : [];
    const body = parsed.content.trim();
    events.push({
      id: typeof data.id === "string" ? slugify(data.id) : slugify(name.replace(/\.md$/, "")),
      type, title: data.title, date, planned: data.planned === true,
      actors: asStringList(data.actors), sources: sources.map((x) => ({ ...x, quote: x.quote || body })),
      claims: [], history: [], curated: true,
      ...(typeof data.round === "number" ? { round: data.round } : {}),
      ...(typeof data.series === "string" ? { series: data.series } : {}),
      ...(typeof data.place === "string" ? { place: data.place } : {}),
    });
  }
  return events;
}

function rel(rootDir: string, abs: string): string {
  return path.relative(rootDir, abs).split(path.sep).join("/");
}
