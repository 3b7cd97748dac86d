// Worker threads that run this package's TypeScript sources. Node 20 ignores
// `execArgv: ["--import", "tsx"]` for a worker's own .ts entry file (ERR_UNKNOWN_FILE_EXTENSION), so a
// tiny script registers tsx, then imports the module. tsx is resolved from this package (not from
// the user's cwd), to its ESM entry.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";

let tsxApi: string | undefined;

/** Start `entry` (a .ts module URL) on a new worker thread with `workerData`. */
export function startTsWorker(entry: URL, workerData: unknown): Worker {
  tsxApi ??= resolveTsxApi();
  const boot = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(boot, { eval: true, workerData });
}

function resolveTsxApi(): string {
  const manifest = createRequire(import.meta.url).resolve("tsx/package.json");
  const exports = (JSON.parse(readFileSync(manifest, "utf8")) as { exports: Record<string, { import: { default: string } }> }).exports;
  return pathToFileURL(path.join(path.dirname(manifest), exports["./esm/api"]!.import.default)).href;
}
