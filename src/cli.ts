// argv → command. The only module that prints diagnostics and decides the exit code.
import path from "node:path";
import { parseArgs } from "node:util";
import type { Diagnostic, Timeline } from "./types.ts";
import { buildTimeline } from "./build.ts";
import { createBuildMemo, type BuildMemo } from "./ingest/build-memo.ts";
import { timelineJsonPieces } from "./export/write-all-downloads.ts";
import { countDiagnostics, formatDiagnostic } from "./format-diagnostic.ts";
import { importFiles } from "./import/index.ts";
import { publishSite } from "./publish-site.ts";
import { renderSite } from "./site/render-site.ts";
import { serveSite } from "./site/serve-site.ts";
import { listActors } from "./merge/list-actors.ts";
import { createProgress, formatTimings, type Progress } from "./progress.ts";

const HELP = `dateline — news articles → a timeline website

Usage:
  dateline import <file|dir>... [--into content/articles] [--force]
  dateline build   [--content content] [--out _site] [--path-prefix /sub/] [--keep-going] [--no-search] [--site-url https://example.org] [--workers auto|N]
  dateline extract [--content content]          print timeline.json to stdout
  dateline actors  [--content content]          discovered actors, mention counts, suggested merges
  dateline serve   [--content content] [--port 8080] [--path-prefix /]

Exit codes: 0 ok; 1 content errors (articles skipped; --keep-going exits 0); 2 usage or build failure.`;

const OPTIONS = {
  content: { type: "string", default: "content" },
  out: { type: "string", default: "_site" },
  into: { type: "string", default: "content/articles" },
  "path-prefix": { type: "string", default: "/" },
  port: { type: "string", default: "8080" },
  force: { type: "boolean", default: false },
  "keep-going": { type: "boolean", default: false },
  "no-search": { type: "boolean", default: false },
  "site-url": { type: "string" },
  "no-cache": { type: "boolean", default: false },
  quiet: { type: "boolean", default: false },
  workers: { type: "string", default: "auto" },
  help: { type: "boolean", short: "h", default: false },
} as const;

/** Run one command; resolves to the process exit code. */
export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    console.log(HELP);
    return command || values.help ? 0 : 2;
  }
  const contentDir = path.resolve(values.content);
  const workers = values.workers === "auto" ? "auto" : Number(values.workers);
  if (workers !== "auto" && !(Number.isInteger(workers) && workers >= 0)) {
    console.error(`--workers must be "auto" or a whole number (0 = no worker threads); found "${values.workers}".`);
    return 2;
  }
  const load = (progress?: Progress, memo?: BuildMemo): Promise<Timeline> => buildTimeline({ contentDir, rootDir: path.dirname(contentDir), cacheDir: values["no-cache"] ? null : undefined, workers, ...(progress ? { progress } : {}), ...(memo ? { memo } : {}) });
  try {
    switch (command) {
      case "import":
        return await runImport(rest, values.into, values.force);
      case "extract": {
        const timeline = await load();
        report(timeline.diagnostics, true);
        for (const piece of timelineJsonPieces(timeline)) process.stdout.write(piece);
        return exitCode(timeline.diagnostics, values["keep-going"]);
      }
      case "build":
        return await runBuild(load, { out: values.out, pathPrefix: normalizePrefix(values["path-prefix"]), keepGoing: values["keep-going"], search: !values["no-search"], quiet: values.quiet, ...(values["site-url"] ? { siteUrl: values["site-url"] } : {}) });
      case "actors": {
        const timeline = await load();
        console.log(listActors(timeline));
        return 0;
      }
      case "serve": {
        // Between the rebuilds of a session, unchanged articles are not read or parsed again.
        const memo = createBuildMemo();
        await serveSite({ contentDir, pathPrefix: normalizePrefix(values["path-prefix"]), port: Number(values.port), loadTimeline: () => load(undefined, memo) });
        return 0;
      }
      default:
        console.error(`Unknown command "${command}".\n\n${HELP}`);
        return 2;
    }
  } catch (error) {
    console.error(`dateline ${command} failed: ${(error as Error).stack ?? String(error)}`);
    return 2;
  }
}

interface BuildRun {
  out: string;
  pathPrefix: string;
  keepGoing: boolean;
  search: boolean;
  quiet: boolean;
  siteUrl?: string;
}

async function runBuild(load: (progress: Progress) => Promise<Timeline>, run: BuildRun): Promise<number> {
  const started = performance.now();
  const progress = createProgress(run.quiet ? { live: false } : {});
  const timeline = await load(progress);
  report(timeline.diagnostics, run.quiet);
  const counts = countDiagnostics(timeline.diagnostics);
  if (counts.error && !run.keepGoing) {
    console.error(`\n${counts.error} content error(s): the site was not published (the previous site, if any, is untouched). Fix them, or pass --keep-going to publish without the broken articles (they are left out).`);
    return 1;
  }
  let rendered: { pages: number; reused: number; searchMs?: number } = { pages: 0, reused: 0 };
  progress.stage("render");
  await publishSite(run.out, async (dir) => {
    rendered = await renderSite(timeline, { outDir: dir, pathPrefix: run.pathPrefix, quiet: true, search: run.search, reuseFrom: run.out, onProgress: (done, total) => progress.tick(done, total), ...(run.siteUrl ? { siteUrl: run.siteUrl } : {}) });
  });
  progress.end();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const discovered = timeline.diagnostics.filter((d) => d.ruleId === "actor-unregistered").length;
  if (discovered && !run.quiet) console.error(`${discovered} actor(s) found that the registry does not list: \`dateline actors\` suggests merges; the build report lists them.`);
  const search = rendered.searchMs !== undefined ? `, search index ${(rendered.searchMs / 1000).toFixed(1)}s` : "";
  console.error(`Built ${run.out}: ${timeline.articles.length} articles, ${timeline.events.length} events, ${timeline.actors.length} actors, ${rendered.pages} pages${rendered.reused ? ` (${rendered.reused} unchanged, reused)` : ""} in ${seconds}s (${formatTimings(progress.timings())}${search}); ${counts.error} errors, ${counts.warning} warnings.`);
  return 0;
}

async function runImport(paths: string[], into: string, force: boolean): Promise<number> {
  if (!paths.length) {
    console.error(`dateline import needs at least one file or folder.\n\n${HELP}`);
    return 2;
  }
  const results = await importFiles(paths, { into, force });
  let failed = 0;
  for (const r of results) {
    console.log(`${r.input}: ${r.status}${r.written ? ` → ${r.written}` : ""}`);
    for (const f of r.found) console.log(`    found: ${f}`);
    for (const u of r.undetermined) console.log(`    not determined: ${u}`);
    for (const d of r.diagnostics) console.log(`    ${formatDiagnostic(d)}`);
    if (r.status === "failed" || r.status === "refused") failed++;
  }
  return failed ? 1 : 0;
}

function report(diagnostics: Diagnostic[], quiet: boolean): void {
  for (const d of diagnostics) if (d.severity === "error" || (!quiet && d.severity === "warning")) console.error(formatDiagnostic(d));
}

function exitCode(diagnostics: Diagnostic[], keepGoing: boolean): number {
  return !keepGoing && diagnostics.some((d) => d.severity === "error") ? 1 : 0;
}

function normalizePrefix(prefix: string): string {
  const trimmed = prefix.trim().replace(/^\/*/, "/").replace(/\/*$/, "/");
  return trimmed === "//" ? "/" : trimmed;
}

