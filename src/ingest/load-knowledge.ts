// content/actors/*.yml and content/lexicon/*.yml → Knowledge: what an editor teaches the extractor.
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import type { ActorKind, Diagnostic, Knowledge, Place, RegistryActor, Series } from "../types.ts";
import { slugify } from "../util/slugify.ts";
import { asRecord, asStringList, parseYaml } from "./parse-yaml.ts";

const KINDS: ActorKind[] = ["person", "country", "organization"];

export const EMPTY_KNOWLEDGE: Knowledge = { actors: [], places: [], series: [], titles: [], notActors: [], furniture: { phrases: [], lines: [], headers: [] } };

/** Read every knowledge file under `contentDir`; missing files mean empty lists. */
export async function loadKnowledge(contentDir: string, rootDir: string): Promise<{ knowledge: Knowledge; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const read = async (rel: string): Promise<Record<string, unknown> | null> => {
    const abs = path.join(contentDir, rel);
    const file = path.relative(rootDir, abs).split(path.sep).join("/");
    let text: string;
    try {
      text = await readFile(abs, "utf8");
    } catch {
      return null;
    }
    const { value, diagnostics: found } = parseYaml(text, file);
    diagnostics.push(...found);
    return asRecord(value);
  };
  const actors: RegistryActor[] = [];
  for (const name of await listYaml(path.join(contentDir, "actors"))) {
    const rel = `actors/${name}`;
    const data = await read(rel);
    if (data) actors.push(...readRegistry(data, `${path.relative(rootDir, contentDir).split(path.sep).join("/") || "."}/${rel}`, diagnostics));
  }
  const places = ((await read("lexicon/places.yml"))?.places ?? []) as unknown[];
  const series = ((await read("lexicon/series.yml"))?.series ?? []) as unknown[];
  const knowledge: Knowledge = {
    actors,
    places: Array.isArray(places) ? places.map(readPlace).filter((p): p is Place => p !== null) : [],
    series: Array.isArray(series) ? series.map(readSeries).filter((s): s is Series => s !== null) : [],
    titles: asStringList((await read("lexicon/titles.yml"))?.titles).map((t) => t.toLowerCase()),
    notActors: asStringList((await read("lexicon/not-actors.yml"))?.not_actors),
    furniture: await readFurniture(read),
  };
  return { knowledge, diagnostics };
}

async function readFurniture(read: (rel: string) => Promise<Record<string, unknown> | null>): Promise<Knowledge["furniture"]> {
  const data = await read("curation/furniture-phrases.yml");
  const list = (key: string): string[] => asStringList(data?.[key]).map((s) => s.toLowerCase());
  return { phrases: list("phrases"), lines: list("lines"), headers: list("headers") };
}

async function listYaml(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((f) => /\.ya?ml$/.test(f)).sort();
  } catch {
    return [];
  }
}

function readRegistry(data: Record<string, unknown>, file: string, diagnostics: Diagnostic[]): RegistryActor[] {
  const fileKind = data.kind;
  const list = Array.isArray(data.actors) ? data.actors : [];
  const out: RegistryActor[] = [];
  list.forEach((item, i) => {
    const entry = asRecord(item);
    const name = typeof entry?.name === "string" ? entry.name.trim() : "";
    const kind = (entry?.kind ?? fileKind) as ActorKind;
    if (!entry || !name) {
      diagnostics.push({ ruleId: "registry-entry", severity: "error", message: `Actor entry ${i + 1} has no name: expected "name: <text>", found ${JSON.stringify(item)?.slice(0, 80)}.`, hint: "Give every entry under `actors:` a `name:`.", file });
      return;
    }
    if (!KINDS.includes(kind)) {
      diagnostics.push({ ruleId: "registry-kind", severity: "error", message: `Actor "${name}" has kind ${JSON.stringify(kind)}; expected one of ${KINDS.join(", ")}.`, hint: "Set `kind:` at the top of the file or on the entry.", file });
      return;
    }
    out.push({
      id: typeof entry.id === "string" && entry.id ? slugify(entry.id) : slugify(name, "actor"),
      name,
      kind,
      aliases: asStringList(entry.aliases),
      ...(typeof entry.role === "string" ? { role: entry.role } : {}),
      ...(typeof entry.description === "string" ? { description: entry.description } : {}),
      adjectives: asStringList(entry.adjectives),
      metonyms: asStringList(entry.metonyms),
      file,
    });
  });
  return out;
}

function readPlace(item: unknown): Place | null {
  const entry = asRecord(item);
  if (!entry || typeof entry.name !== "string") return null;
  return { name: entry.name, aliases: asStringList(entry.aliases), descriptions: asStringList(entry.descriptions) };
}

function readSeries(item: unknown): Series | null {
  const entry = asRecord(item);
  if (!entry || typeof entry.name !== "string") return null;
  return { name: entry.name, cues: asStringList(entry.cues).map((c) => c.toLowerCase()), default: entry.default === true };
}
