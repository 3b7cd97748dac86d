import { beforeAll, describe, expect, it } from "vitest";
import path from "node:path";
import { extractArticle } from "../../src/extract/index.ts";
import { loadKnowledge } from "../../src/ingest/load-knowledge.ts";
import type { Article, EventCandidate, Knowledge } from "../../src/types.ts";
import { parseIsoPartial, toIsoPartial } from "../../src/util/date-point.ts";
import { readFixtureBlocks } from "../helpers/fixture-blocks.ts";
import { makeArticle } from "../helpers/sample-timeline.ts";

const root = path.resolve(import.meta.dirname, "../..");
let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = (await loadKnowledge(path.join(root, "content"), root)).knowledge;
});

/** The compact line a fixture expects for one candidate. */
function render(c: EventCandidate): string {
  const date = `${toIsoPartial(c.date.start)}${c.date.end ? `..${toIsoPartial(c.date.end)}` : ""}${c.date.approximate ? "~" : ""}`;
  const parts = [c.type, date];
  if (c.planned) parts.push("planned");
  if (c.round !== undefined) parts.push(`r=${c.round} ${c.series ?? ""}`.trim());
  else if (c.type === "round" && c.series) parts.push(c.series);
  if (c.place) parts.push(`@${c.place}`);
  if (c.actors.length) parts.push([...c.actors].sort().join(","));
  return parts.join(" ");
}

function articleOf(input: string, published: string | null): Article {
  return makeArticle({
    id: "fixture",
    title: "Fixture",
    published: published ? parseIsoPartial(published) : null,
    blocks: input.split("\n").map((text, index) => ({ index, text, lines: [index + 1, index + 1] as [number, number] })),
  });
}

describe("extractArticle fixtures (tests/fixtures/events.txt)", () => {
  const blocks = readFixtureBlocks(path.join(import.meta.dirname, "../fixtures/events.txt"));
  it.each(blocks.map((b) => [`line ${b.line}: ${b.input.slice(0, 70)}`, b] as const))("%s", (_name, block) => {
    const result = extractArticle(articleOf(block.input, block.published), knowledge);
    expect(result.candidates.map(render)).toEqual(block.expected);
  });
});

describe("extractArticle", () => {
  it("cites the sentence and the line it came from", () => {
    const article = articleOf("Intro line without events.\nSergei Lavrov said on Monday that the talks went well.", "2017-02-15");
    const [statement] = extractArticle(article, knowledge).candidates;
    expect(statement?.source).toEqual({ article: "fixture", quote: "Sergei Lavrov said on Monday that the talks went well.", line: 2 });
    expect(statement?.date.text).toBe("Monday");
  });

  it("resolves a bare surname to the full name met earlier in the article", () => {
    const article = articleOf("Envoy Jan Kubisova arrived in Geneva.\nKubisova said on Tuesday that she hoped for progress.", "2019-03-07");
    const result = extractArticle(article, knowledge);
    expect(result.candidates.map((c) => c.actors[0])).toEqual(["jan-kubisova"]);
    expect(result.actors.find((a) => a.id === "jan-kubisova")?.roles).toEqual(["Envoy"]);
  });

  it("never throws on hostile text", () => {
    const text = `${"1-".repeat(2000)} ${"May ".repeat(500)} “${"Name ".repeat(300)}” said`;
    expect(() => extractArticle(articleOf(text, "2020-01-01"), knowledge)).not.toThrow();
  });
});
