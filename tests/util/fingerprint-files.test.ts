import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fingerprintFiles, isTypeScript } from "../../src/util/fingerprint-files.ts";
import { makeTempDir } from "../helpers/temp-dir.ts";

function tree(files: Record<string, string>): string {
  const dir = makeTempDir("dateline-fingerprint-");
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

describe("fingerprintFiles", () => {
  const base = { "a.ts": "one", "sub/b.ts": "two", "notes.md": "x" };
  const of = (files: Record<string, string>, include?: (name: string) => boolean): string => fingerprintFiles([tree(files)], include);

  it.each([
    ["a file's content changes", { ...base, "a.ts": "ONE" }, false],
    ["a nested file is renamed", { "a.ts": "one", "sub/c.ts": "two", "notes.md": "x" }, false],
    ["a file is added", { ...base, "sub/d.ts": "" }, false],
    ["nothing changes", { ...base }, true],
  ] as const)("%s → same digest: %s", (_what, files, same) => {
    expect(of(files) === of(base)).toBe(same);
  });

  it("ignores files the filter leaves out, and reads a single file as itself", () => {
    expect(of({ ...base, "notes.md": "changed" }, isTypeScript)).toBe(of(base, isTypeScript));
    expect(of({ ...base, "notes.md": "changed" })).not.toBe(of(base));
    const one = tree({ "lock.json": "{}" });
    const other = tree({ "lock.json": "{ }" });
    expect(fingerprintFiles([path.join(one, "lock.json")])).not.toBe(fingerprintFiles([path.join(other, "lock.json")]));
    expect(fingerprintFiles([path.join(one, "lock.json")])).toMatch(/^[0-9a-f]{40}$/);
  });
});
