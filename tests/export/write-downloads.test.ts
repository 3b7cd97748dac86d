import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DOWNLOADS, writeDownloads } from "../../src/export/index.ts";
import { sampleTimeline } from "../helpers/sample-timeline.ts";
import { hostileTimeline } from "./hostile-timeline.ts";

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "dateline-export-"));
  dirs.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

const OPTIONS = { pathPrefix: "/sub/", siteUrl: "https://example.org" };

describe("writeDownloads", () => {
  it("writes every download (creating the folder) and returns the relative names", async () => {
    const out = join(await tempDir(), "nested", "site");
    const files = await writeDownloads(sampleTimeline(), out, OPTIONS);
    expect(files).toEqual(["events.csv", "calendar.ics", "feed.xml", "timelinejs.json"]);
    expect((await readdir(out)).sort()).toEqual([...files].sort());
    JSON.parse(await readFile(join(out, "timelinejs.json"), "utf8"));
  });

  it("gives byte-identical files on two builds", async () => {
    const [a, b] = [await tempDir(), await tempDir()];
    await writeDownloads(hostileTimeline(), a, OPTIONS);
    await new Promise((r) => setTimeout(r, 1100)); // a second later: any now()-based stamp would differ
    await writeDownloads(hostileTimeline(), b, OPTIONS);
    for (const [file] of DOWNLOADS) expect(await readFile(join(b, file)), file).toEqual(await readFile(join(a, file)));
  });

  it.each(DOWNLOADS.map(([file, build]) => [file, build] as const))("%s: two calls give identical strings, whatever the time zone", (_file, build) => {
    const first = build(sampleTimeline(), OPTIONS);
    const tz = process.env.TZ;
    process.env.TZ = "Pacific/Kiritimati"; // UTC+14: a local-time date would shift a day
    try {
      expect(build(sampleTimeline(), OPTIONS)).toBe(first);
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });

  it("writes nothing when a builder fails (a bad siteUrl)", async () => {
    const out = join(await tempDir(), "site");
    await expect(writeDownloads(sampleTimeline(), out, { pathPrefix: "/", siteUrl: "ftp://example.org" })).rejects.toThrow(/siteUrl/);
    await expect(readdir(out)).rejects.toThrow(/ENOENT/);
  });
});
