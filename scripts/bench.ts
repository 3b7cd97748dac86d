// `npm run bench -- --articles 10000` / `--sizes 1000,4000,10000`: generate a corpus in a fresh
// temp folder, then measure (a) a bare Eleventy build of the same files, (b) `dateline build`
// cold, (c) warm after adding one article, (d) extraction alone (with workers and on one core, and
// import and extraction timed apart),
// (e) search indexing (pagefind over the cold site). Prints a table; writes bench-results/*.json.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { prepareBareEleventy } from "./bench/bare-eleventy.ts";
import { generateCorpus, writeArticle } from "./bench/generate-corpus.ts";
import { measure, type Measurement } from "./bench/measure.ts";
import { formatReport, type SizeResult, type StepResult } from "./bench/format-report.ts";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({
  options: {
    articles: { type: "string" },
    sizes: { type: "string" },
    "no-search": { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    seed: { type: "string", default: "1" },
  },
});
const sizes = (values.sizes ?? values.articles ?? "1000").split(",").map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error(`--articles / --sizes take whole numbers (e.g. --sizes 1000,4000,10000); found "${values.sizes ?? values.articles}".`);
  process.exit(2);
}

const results: SizeResult[] = [];
for (const size of sizes) results.push(await benchSize(size));
console.log(formatReport(results));
await mkdir(path.join(REPO, "bench-results"), { recursive: true });
const file = path.join(REPO, "bench-results", `bench-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
await writeFile(file, `${JSON.stringify({ machine: machine(), results }, null, 2)}\n`);
console.log(`\nWrote ${path.relative(process.cwd(), file)}`);

async function benchSize(size: number): Promise<SizeResult> {
  const work = await mkdtemp(path.join(os.tmpdir(), `dateline-bench-${size}-`));
  log(`${size} articles: generating into ${work}`);
  const corpus = await generateCorpus({ articles: size, dir: work, knowledgeFrom: path.join(REPO, "content"), seed: Number(values.seed) });
  const node = process.execPath;
  const dateline = (out: string): string[] => [path.join(REPO, "bin/dateline.mjs"), "build", "--content", corpus.contentDir, "--out", path.join(work, out), "--no-search"];
  const steps: StepResult[] = [];
  const step = (name: string, m: Measurement, articles: number, bytes: number, extra: Partial<StepResult> = {}): StepResult => {
    if (m.code !== 0) log(`  ${name} exited with ${m.code}:\n${m.stderr.slice(-2000)}`);
    const result: StepResult = { step: name, wall: m.wall, cpu: m.cpu, rssMiB: m.rssMiB, ok: m.code === 0, articlesPerSecond: articles / m.wall, mbPerSecond: bytes / 1e6 / m.wall, ...extra };
    steps.push(result);
    log(`  ${name}: ${m.wall.toFixed(2)} s`);
    return result;
  };

  log("  (a) bare Eleventy");
  const bare = await measure(node, await prepareBareEleventy(REPO, corpus.articlesDir, work, path.join(work, "bare-out")), { cwd: work });
  step("bare eleventy", bare, size, corpus.bytes);

  log("  (b) dateline build, cold");
  const cold = await measure(node, dateline("site"), { cwd: REPO, env: { CI: "true" } });
  step("build cold", cold, size, corpus.bytes, { stages: readStages(cold.stderr), summary: lastLine(cold.stderr) });

  // Into the same folder, as a user rebuilds: unchanged pages are reused from the last site.
  log("  (c) dateline build, warm (+1 article)");
  const extra = writeArticle(size, corpus.knowledge, Number(values.seed));
  await writeFile(path.join(corpus.articlesDir, extra.name), extra.text);
  const warm = await measure(node, dateline("site"), { cwd: REPO, env: { CI: "true" } });
  step("build warm", warm, size + 1, corpus.bytes + extra.text.length, { stages: readStages(warm.stderr), summary: lastLine(warm.stderr) });

  for (const workers of ["auto", "0"]) {
    log(`  (d) extraction alone, workers ${workers}`);
    const m = await measure(node, ["--import", "tsx", path.join(REPO, "scripts/bench/extract-only.ts"), corpus.contentDir, workers], { cwd: REPO });
    const info = parseJson<ExtractInfo>(m.stdout);
    const seconds = info?.stages.extract ?? m.wall;
    // Text MB/s of the extract stage alone (reading and merging excluded).
    step(workers === "0" ? "extract, 1 core" : "extract, workers", m, size + 1, corpus.bytes, { stages: info?.stages ?? {}, textMB: (info?.textBytes ?? 0) / 1e6, extractMBps: (info?.textBytes ?? 0) / 1e6 / seconds, workers: info?.workers ?? null, events: info?.events ?? null });
  }

  log("  (d) import and extraction timed apart, one core");
  {
    const m = await measure(node, ["--import", "tsx", path.join(REPO, "scripts/bench/extract-split.ts"), corpus.contentDir], { cwd: REPO });
    const info = parseJson<{ fileBytes: number; textBytes: number; importSeconds: number; extractSeconds: number }>(m.stdout);
    step("import / extract, 1 core", m, size + 1, corpus.bytes, {
      stages: info ? { import: info.importSeconds, extract: info.extractSeconds } : {},
      ...(info ? { textMB: info.textBytes / 1e6, importMBps: info.fileBytes / 1e6 / info.importSeconds, extractMBps: info.textBytes / 1e6 / info.extractSeconds } : {}),
    });
  }

  if (!values["no-search"]) {
    log("  (e) search index (pagefind over the cold site)");
    const m = await measure(node, [path.join(REPO, "node_modules/pagefind/lib/runner/bin.cjs"), "--site", path.join(work, "site")], { cwd: work });
    step("search index", m, size, corpus.bytes);
  }

  log("  (f) dateline serve: an edited article visible in the browser");
  const serve = await measure(node, ["--import", "tsx", path.join(REPO, "scripts/bench/serve-latency.ts"), corpus.contentDir, String(8400 + (size % 500)), "3"], { cwd: REPO });
  const latency = parseJson<{ editSeconds: number[] }>(serve.stdout);
  const edits = [...(latency?.editSeconds ?? [])].sort((a, b) => a - b);
  step("serve, edit visible", { ...serve, wall: edits[Math.floor(edits.length / 2)] ?? Number.NaN }, 1, 0, { summary: `edits ${edits.map((e) => e.toFixed(2)).join(", ")} s (median shown)` });
  if (!values.keep) await rm(work, { recursive: true, force: true });
  return { articles: size, corpusMB: corpus.bytes / 1e6, steps };
}

/** "(read 2.8s, extract 1.7s, merge 0.4s, render 23.5s)" in the CLI's summary line. */
function readStages(stderr: string): Record<string, number> {
  const match = /\(((?:[a-z]+ [\d.]+s(?:, )?)+)\)/.exec(lastLine(stderr));
  if (!match) return {};
  return Object.fromEntries(match[1]!.split(", ").map((part) => {
    const [name, value] = part.split(" ");
    return [name!, Number.parseFloat(value!)];
  }));
}

function lastLine(text: string): string {
  return text.trim().split("\n").filter((l) => l.startsWith("Built ")).pop() ?? text.trim().split("\n").pop() ?? "";
}

interface ExtractInfo { events: number; textBytes: number; stages: Record<string, number>; workers: number }

/** The last line of a child's stdout as JSON (the bench scripts print one JSON line last). */
function parseJson<T>(text: string): T | null {
  try {
    return JSON.parse(text.trim().split("\n").pop() ?? "");
  } catch {
    return null;
  }
}

function machine(): Record<string, unknown> {
  return { cpus: os.availableParallelism(), model: os.cpus()[0]?.model, memGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}` };
}

function log(text: string): void {
  process.stderr.write(`${text}\n`);
}
