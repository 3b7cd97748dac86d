import { describe, expect, it } from "vitest";
import { createProgress, formatTimings, shouldShowProgress } from "../src/progress.ts";

describe("shouldShowProgress", () => {
  it.each([
    [true, {}, true],
    [true, { CI: "true" }, false],
    [true, { CI: "1" }, false],
    [true, { CI: "false" }, true],
    [true, { CI: "0" }, true],
    [false, {}, false],
    [undefined, {}, false],
  ])("TTY %s with env %j → %s", (isTTY, env, expected) => {
    expect(shouldShowProgress({ isTTY }, env as NodeJS.ProcessEnv)).toBe(expected);
  });
});

/** A progress reporter on a fake clock, returning what it drew. */
function fake(live: boolean) {
  let clock = 0;
  const lines: string[] = [];
  const progress = createProgress({ live, write: (t) => lines.push(t.replace("\r\x1b[2K", "")), now: () => clock, every: 100 });
  return { progress, lines, advance: (ms: number) => (clock += ms) };
}

describe("createProgress", () => {
  it("draws the stage, its count and rate in place, at most every 100 ms, and the last count always", () => {
    const { progress, lines, advance } = fake(true);
    progress.stage("extract", 300);
    advance(1000);
    progress.tick(100);
    advance(50);
    progress.tick(150); // too soon: not drawn
    advance(10);
    progress.tick(300); // the last: drawn anyway
    progress.end();
    expect(lines).toEqual(["extract 0/300", "extract 100/300  100/s", "extract 300/300  283/s", ""]);
  });

  it("takes a total learnt during the stage", () => {
    const { progress, lines, advance } = fake(true);
    progress.stage("render");
    advance(500);
    progress.tick(10, 40);
    expect(lines).toEqual(["render …", "render 10/40  20/s"]);
  });

  it("draws nothing when not live, but still times every stage", () => {
    const { progress, lines, advance } = fake(false);
    progress.stage("read");
    advance(800);
    progress.stage("merge", 5);
    progress.tick(5);
    advance(400);
    progress.end();
    expect(lines).toEqual([]);
    expect(formatTimings(progress.timings())).toBe("read 0.8s, merge 0.4s");
  });
});
