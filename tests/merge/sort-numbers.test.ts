import { describe, expect, it } from "vitest";
import { sortNumbers } from "../../src/merge/sort-numbers.ts";

// prettier-ignore
const CASES: [name: string, values: number[]][] = [
  ["empty",                 []],
  ["one",                   [7]],
  ["sorted",                [1, 2, 3, 4]],
  ["reversed",              [9, 5, 3, 0, -2]],
  ["duplicates",            [3, 1, 3, 2, 1, 3]],
  ["negative and large",    [20_000, -719_468, 0, 17_000, 2_932_896]],
  ["longer than 24",        Array.from({ length: 40 }, (_, i) => (i * 37) % 23)],
];

describe("sortNumbers", () => {
  it.each(CASES)("%s: ascending, like sort((a, b) => a - b)", (_name, values) => {
    const expected = [...values].sort((a, b) => a - b);
    const input = [...values];
    expect(sortNumbers(input)).toEqual(expected);
    expect(input).toEqual(expected);
  });
});
