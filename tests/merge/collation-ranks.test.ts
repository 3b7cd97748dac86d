import { describe, expect, it } from "vitest";
import { rankByCollation } from "../../src/merge/collation-ranks.ts";

// Ids, article ids and names as they come: hyphens, digits, case, accents, duplicates.
const VALUES = ["a-b", "ab", "a", "A", "a1", "a-1", "2017-02-15-talks", "2017-02-15-talks-2", "2017-02-1", "éclair", "eclair", "Eclair", "zeta", "ab", "sergey-lavrov", "sergei-lavrov", "", "al-jaafari", "al jaafari"];

describe("rankByCollation", () => {
  const rank = rankByCollation(VALUES);
  const pairs = VALUES.flatMap((a) => VALUES.map((b) => [a, b] as const));
  it.each(pairs)("%j vs %j: same sign as localeCompare", (a, b) => {
    expect(Math.sign(rank.get(a)! - rank.get(b)!)).toBe(Math.sign(a.localeCompare(b)));
  });
});
