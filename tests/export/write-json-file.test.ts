import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { jsonPieces, writeJsonFile } from "../../src/export/write-json-file.ts";
import { toTimelineJson } from "../../src/export/timeline-json.ts";
import { makeTempDir } from "../helpers/temp-dir.ts";
import { sampleTimeline } from "../helpers/sample-timeline.ts";

const expected = (doc: unknown): string => `${JSON.stringify(doc, null, 2)}\n`;

describe("jsonPieces", () => {
  it.each<[string, Record<string, unknown>]>([
    ["an empty object", {}],
    ["scalars", { version: 1, name: "x", ok: true, none: null }],
    ["empty arrays and objects", { a: [], b: {}, c: [[]], d: [{}] }],
    ["nested values with line breaks and quotes in strings", { items: [{ text: "line\nbreak \"quoted\" \u2028 tab\t", list: [1, [2, { x: [] }]] }, "plain", 3, null] }],
    ["members JSON leaves out", { a: undefined, b: 1, c: () => 1, d: [undefined, () => 1] }],
    ["a long array, written in several pieces", { events: Array.from({ length: 1234 }, (_, i) => ({ id: `e${i}`, n: i, tags: i % 3 ? ["a"] : [] })) }],
  ])("gives the bytes of JSON.stringify(doc, null, 2) for %s", (_name, doc) => {
    expect([...jsonPieces(doc)].join("")).toBe(expected(doc));
  });

  it("writes a long array in pieces, not as one string", () => {
    const pieces = [...jsonPieces({ events: Array.from({ length: 1234 }, (_, i) => i) })];
    expect(pieces.length).toBeGreaterThan(3);
  });
});

describe("writeJsonFile", () => {
  it("writes the same bytes as the one-string way for a timeline", async () => {
    const file = path.join(makeTempDir(), "timeline.json");
    const doc = toTimelineJson(sampleTimeline()) as unknown as Record<string, unknown>;
    await writeJsonFile(file, doc);
    expect(readFileSync(file, "utf8")).toBe(expected(doc));
  });
});
