// Time every stage after extraction — merge, curation, discoveries, timeline.json and each
// download writer — over a content folder, the way buildTimeline and the site run them:
//   node --import tsx scripts/prof-export.mts <content> [--cache <dir>] [--runs 3] [--only merge,feed.xml] [--profile <stage>] [--out <dir>]
// --cache reuses extractions between runs of this script (extraction is not what it measures);
// --only times just those stages (the others run once, unreported);
// --profile writes <stage>.cpuprofile (of the first run) into the current folder;
// --out also writes the files, for a byte-for-byte comparison of two versions.
import { writeFile } from "node:fs/promises";
import { Session } from "node:inspector/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import type { Timeline } from "../src/types.ts";
import { loadKnowledge } from "../src/ingest/load-knowledge.ts";
import { readArticleSources } from "../src/ingest/read-articles.ts";
import { extractAll } from "../src/extract/extract-all.ts";
import { mergeExtractions } from "../src/merge/index.ts";
import { loadCuration } from "../src/curation/load-curation.ts";
import { applyCuration } from "../src/curation/apply-curation.ts";
import { reportDiscoveries } from "../src/merge/report-discoveries.ts";
import { toTimelineJson } from "../src/export/timeline-json.ts";
import { DOWNLOADS, writeDownloads } from "../src/export/index.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { cache: { type: "string" }, runs: { type: "string", default: "3" }, profile: { type: "string" }, out: { type: "string" }, only: { type: "string" } },
});
const contentDir = positionals[0];
if (!contentDir) {
  console.error("usage: prof-export.mts <content> [--cache <dir>] [--runs 3] [--profile <stage>] [--out <dir>]");
  process.exit(2);
}
const runs = Number(values.runs);
const only = values.only ? new Set(values.only.split(",")) : null;
const rootDir = path.dirname(path.resolve(contentDir));
const options = { pathPrefix: "/" };

const { knowledge } = await loadKnowledge(contentDir, rootDir);
const { sources } = await readArticleSources(contentDir, rootDir);
const { articles, extractions } = await extractAll(sources, knowledge, values.cache ?? null);
const { curation } = await loadCuration(contentDir, rootDir);

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

/** Run `fn` `runs` times; print every time and the median; return the first result. */
async function time<T>(stage: string, fn: () => T): Promise<T> {
  const ms: number[] = [];
  const cpu: number[] = [];
  let first: T | undefined;
  const shown = !only || only.has(stage);
  for (let r = 0; r < (shown ? runs : 1); r++) {
    const session = r === 0 && values.profile === stage ? new Session() : null;
    if (session) {
      session.connect();
      await session.post("Profiler.enable");
      await session.post("Profiler.start");
    }
    const start = performance.now();
    const startCpu = process.cpuUsage();
    const result = fn();
    ms.push(performance.now() - start);
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / 1000);
    if (session) {
      const { profile } = await session.post("Profiler.stop");
      await writeFile(`${stage}.cpuprofile`, JSON.stringify(profile));
      session.disconnect();
    }
    if (r === 0) first = result;
  }
  if (!shown) return first as T;
  // CPU time beside wall time: on a shared machine it moves less with other people's work.
  console.log(`${stage.padEnd(18)} median ${median(ms).toFixed(0).padStart(6)} ms, min ${Math.min(...ms).toFixed(0).padStart(6)} ms (cpu median ${median(cpu).toFixed(0).padStart(6)} ms)   runs ${ms.map((m) => m.toFixed(0)).join(", ")}`);
  return first as T;
}

const merged = await time("merge", () => mergeExtractions(extractions, articles, knowledge));
const curated = await time("applyCuration", () => applyCuration(merged, curation, articles));
await time("reportDiscoveries", () => reportDiscoveries(curated.actors, curated.events));
const timeline: Timeline = { articles, actors: curated.actors, events: curated.events, diagnostics: [] };
console.log(`${articles.length} articles → ${timeline.events.length} events, ${timeline.actors.length} actors`);
const json = await time("timeline.json", () => `${JSON.stringify(toTimelineJson(timeline), null, 2)}\n`);
const texts = new Map<string, string>();
for (const [file, build] of DOWNLOADS) texts.set(file, await time(file, () => build(timeline, options)));
if (values.out) {
  await writeFile(path.join(values.out, "timeline.json"), json);
  await writeDownloads(timeline, values.out, options);
}
