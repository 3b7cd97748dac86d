import { describe, expect, it } from "vitest";
import { isDeepStrictEqual } from "node:util";
import { sameData } from "../../src/util/same-data.ts";

// prettier-ignore
const CASES: [string, unknown, unknown][] = [
  ["equal scalars", 1, 1],
  ["different scalars", "a", "b"],
  ["null and an object", null, {}],
  ["key order does not matter", { a: 1, b: [1, { c: "x" }] }, { b: [1, { c: "x" }], a: 1 }],
  ["a nested difference", { a: { b: [1, 2, 3] } }, { a: { b: [1, 2, 4] } }],
  ["arrays of different lengths", [1, 2], [1, 2, 3]],
  ["an array and an object with index keys", [1], { 0: 1 }],
  ["a missing and an undefined member", { a: 1 }, { a: 1, b: undefined }],
  ["an undefined member on both", { a: undefined }, { a: undefined }],
  ["one key each, different names", { a: undefined }, { b: undefined }],
];

describe("sameData", () => {
  it.each(CASES)("%s: agrees with isDeepStrictEqual", (_name, a, b) => {
    expect(sameData(a, b)).toBe(isDeepStrictEqual(a, b));
    expect(sameData(b, a)).toBe(isDeepStrictEqual(b, a));
  });
});
