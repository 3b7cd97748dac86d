import { describe, expect, it } from "vitest";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { publishSite, recoverInterruptedSwap } from "../src/publish-site.ts";
import { makeTempDir } from "./helpers/temp-dir.ts";

describe("publishSite", () => {
  it("replaces the old site only when the new one is complete", async () => {
    const dir = makeTempDir();
    const out = path.join(dir, "_site");
    await publishSite(out, async (staging) => writeFileSync(path.join(staging, "index.html"), "v1"));
    await publishSite(out, async (staging) => writeFileSync(path.join(staging, "index.html"), "v2"));
    expect(readFileSync(path.join(out, "index.html"), "utf8")).toBe("v2");
    expect(readdirSync(dir)).toEqual(["_site"]);
  });

  it("leaves the previous site untouched when rendering fails", async () => {
    const dir = makeTempDir();
    const out = path.join(dir, "_site");
    await publishSite(out, async (staging) => writeFileSync(path.join(staging, "index.html"), "good"));
    await expect(publishSite(out, async (staging) => {
      writeFileSync(path.join(staging, "index.html"), "half");
      throw new Error("render failed");
    })).rejects.toThrow("render failed");
    expect(readFileSync(path.join(out, "index.html"), "utf8")).toBe("good");
    expect(readdirSync(dir)).toEqual(["_site"]);
  });

  it("puts the retired site back after a build killed between the two renames", async () => {
    const dir = makeTempDir();
    const retired = path.join(dir, ".dateline-retired-_site-999999999");
    mkdirSync(retired);
    writeFileSync(path.join(retired, "index.html"), "previous");
    await recoverInterruptedSwap(path.join(dir, "_site"));
    expect(readFileSync(path.join(dir, "_site", "index.html"), "utf8")).toBe("previous");
    expect(existsSync(retired)).toBe(false);
  });
});
