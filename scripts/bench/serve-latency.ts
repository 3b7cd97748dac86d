// How long `dateline serve` takes to show an edit: start the server on a content folder, edit one
// article (append a dated sentence), and poll its page until the new sentence is there. Prints one
// JSON line: { startSeconds, editSeconds: [..] }.
//   node --import tsx scripts/bench/serve-latency.ts <content-dir> [port] [edits]
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { buildTimeline } from "../../src/build.ts";
import { createBuildMemo } from "../../src/ingest/build-memo.ts";
import { startSiteServer } from "../../src/site/serve-site.ts";

const contentDir = path.resolve(process.argv[2] ?? "content");
const port = Number(process.argv[3] ?? 8391);
const edits = Number(process.argv[4] ?? 3);

const started = performance.now();
const memo = createBuildMemo(); // as `dateline serve` does
const site = await startSiteServer({ contentDir, pathPrefix: "/", port, loadTimeline: () => buildTimeline({ contentDir, rootDir: path.dirname(contentDir), memo }) });
const startSeconds = (performance.now() - started) / 1000;
const files = (await readdir(path.join(contentDir, "articles"))).filter((f) => f.endsWith(".md")).sort();
const editSeconds: number[] = [];
try {
  for (let i = 0; i < edits; i++) {
    const file = path.join(contentDir, "articles", files[(i * 7919) % files.length]!);
    const marker = `Envoys met in Geneva on March ${i + 3}, 2019 (edit ${Date.now()}).`;
    const original = await readFile(file, "utf8");
    const t0 = performance.now();
    await writeFile(file, `${original.trimEnd()}\n\n${marker}\n`);
    const page = `${site.url}articles/${path.basename(file, ".md")}/`;
    for (;;) {
      const text = await fetch(page).then((r) => r.text(), () => "");
      if (text.includes(marker.slice(0, 40))) break;
      if (performance.now() - t0 > 120_000) throw new Error(`edit ${i} not visible after 120 s at ${page}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    editSeconds.push((performance.now() - t0) / 1000);
    await writeFile(file, original);
    // The restore's rebuild must be over before the next edit is timed.
    for (let t1 = performance.now(); (await fetch(page).then((r) => r.text(), () => "")).includes(marker.slice(0, 40)); ) {
      if (performance.now() - t1 > 120_000) throw new Error(`restoring edit ${i} not visible after 120 s at ${page}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    await new Promise((r) => setTimeout(r, 500));
  }
} finally {
  await site.close();
}
console.log(JSON.stringify({ startSeconds, editSeconds }));
process.exit(0);
