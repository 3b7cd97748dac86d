// Child process of the benchmark: the build recipe without rendering (no cache), timed by stage.
// argv: <contentDir> <workers: auto|N>; prints one JSON line.
import path from "node:path";
import { buildTimeline } from "../../src/build.ts";
import { createProgress } from "../../src/progress.ts";

const [contentDir = "content", workersArg = "auto"] = process.argv.slice(2);
const progress = createProgress({ live: false });
const timeline = await buildTimeline({ contentDir, rootDir: path.dirname(path.resolve(contentDir)), cacheDir: null, workers: workersArg === "auto" ? "auto" : Number(workersArg), progress });
const textBytes = timeline.articles.reduce((sum, a) => sum + a.blocks.reduce((s, b) => s + Buffer.byteLength(b.text), 0), 0);
const stages = Object.fromEntries(progress.timings().map((t) => [t.stage, t.ms / 1000]));
process.stdout.write(`${JSON.stringify({ articles: timeline.articles.length, events: timeline.events.length, actors: timeline.actors.length, textBytes, stages, workers: timeline.stats.workers })}\n`);
