import { loadKnowledge } from "../../src/ingest/load-knowledge.ts";
import { extractArticle } from "../../src/extract/index.ts";
import { extractDates } from "../../src/extract/dates/index.ts";
import { makeArticle } from "../../tests/helpers/sample-timeline.ts";
const { knowledge } = await loadKnowledge("content", ".");
const cases: Record<string, string> = {
  news: Array.from({ length: 2000 }, () => "Sergei Lavrov said on Friday that the 9th round of the Astana talks on May 14-15 went well. ".repeat(5)).join("\n"),
  digits: "1".repeat(50_000), mays: "May 3 and ".repeat(5000), dashes: "-".repeat(50_000), caps: "Capitalised Word ".repeat(10_000) + "said", quotes: "“‘\"".repeat(10_000),
};
for (const [name, text] of Object.entries(cases)) {
  const blocks = text.split("\n").map((t, i) => ({ index: i, text: t, lines: [i, i] as [number, number] }));
  const a = makeArticle({ id: "x", published: { year: 2018, month: 5, day: 18 }, blocks });
  let t = performance.now();
  extractArticle(a, knowledge);
  const total = performance.now() - t;
  t = performance.now();
  for (const b of blocks) extractDates(b.text, { published: a.published });
  console.log(name.padEnd(8), (text.length / 1e6).toFixed(2), "MB", total.toFixed(0), "ms total;", (performance.now() - t).toFixed(0), "ms dates;", (text.length / 1e6 / (total / 1000)).toFixed(2), "MB/s");
}
