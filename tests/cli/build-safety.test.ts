// A build can die at any moment and the same content must always give the same site.
import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { generateCorpus } from "../../scripts/bench/generate-corpus.ts";
import { makeTempDir } from "../helpers/temp-dir.ts";

const root = path.resolve(import.meta.dirname, "../..");
const bin = path.join(root, "bin", "dateline.mjs");

/** path → sha1 of every file under dir, sorted. */
function treeHashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out[path.relative(dir, full)] = createHash("sha1").update(readFileSync(full)).digest("hex");
    }
  };
  walk(dir);
  return out;
}

function build(cwd: string, out: string, extra: string[] = []) {
  return spawnSync(process.execPath, [bin, "build", "--content", "content", "--out", out, ...extra], { cwd, encoding: "utf8", env: { ...process.env, CI: "true" } });
}

/** Poll until `dir` holds a staging folder with files in it, then SIGKILL the child. False if it exited first. */
async function killWhenRendering(child: ChildProcess, dir: string): Promise<boolean> {
  const filesIn = (d: string): number => {
    try {
      return readdirSync(d).length;
    } catch {
      return 0; // published (renamed) between the two reads
    }
  };
  const rendering = (): boolean => readdirSync(dir).some((n) => n.startsWith(".dateline-staging-") && filesIn(path.join(dir, n)) > 0);
  while (child.exitCode === null && child.signalCode === null) {
    if (rendering()) return child.kill("SIGKILL");
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return false;
}

describe("build safety", () => {
  it("two builds of the same content are byte-identical (Pagefind's index aside)", () => {
    const dir = makeTempDir();
    cpSync(path.join(root, "content"), path.join(dir, "content"), { recursive: true });
    expect(build(dir, "a").status).toBe(0);
    expect(build(dir, "b", ["--no-cache"]).status).toBe(0);
    // Pagefind orders its filter chunks by its own hashing: its files are the one documented exception.
    const withoutSearch = (t: Record<string, string>) => Object.fromEntries(Object.entries(t).filter(([k]) => !k.startsWith("pagefind/")));
    const a = withoutSearch(treeHashes(path.join(dir, "a")));
    expect(Object.keys(a).length).toBeGreaterThan(20);
    expect(withoutSearch(treeHashes(path.join(dir, "b")))).toEqual(a);
  }, 120_000);

  it("kill -9 in the middle of a build leaves the previous site byte-identical", async () => {
    const dir = makeTempDir();
    await generateCorpus({ articles: 300, dir, knowledgeFrom: path.join(root, "content") });
    expect(build(dir, "_site", ["--no-search"]).status).toBe(0);
    const before = treeHashes(path.join(dir, "_site"));
    const first = readdirSync(path.join(dir, "content", "articles")).sort()[0]!;
    writeFileSync(path.join(dir, "content", "articles", first), readFileSync(path.join(dir, "content", "articles", first), "utf8") + "\nA new paragraph was added.\n");
    const child = spawn(process.execPath, [bin, "build", "--content", "content", "--out", "_site", "--no-search"], { cwd: dir, stdio: "ignore" });
    const exited = new Promise((resolve) => child.on("exit", resolve));
    // Kill it without warning once it is writing the new site (its staging folder has files), so the
    // kill lands in the middle of rendering however fast or slow the machine is.
    const killed = await killWhenRendering(child, dir);
    await exited;
    expect(killed, "the build finished before it could be killed in the middle").toBe(true);
    expect(treeHashes(path.join(dir, "_site"))).toEqual(before);
    // The next build cleans up what the killed one left and publishes normally.
    expect(build(dir, "_site", ["--no-search"]).status).toBe(0);
    expect(readdirSync(dir).filter((n) => /^\.dateline-(?:staging|retired)-/.test(n))).toEqual([]);
  }, 180_000);
});
