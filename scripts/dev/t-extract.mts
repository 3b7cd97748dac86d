import { readFileSync, readdirSync } from "node:fs";
import { loadKnowledge } from "../../src/ingest/load-knowledge.ts";
import { readArticle } from "../../src/ingest/read-article.ts";
import { extractArticle } from "../../src/extract/index.ts";
import { toIsoPartial } from "../../src/util/date-point.ts";
const { knowledge } = await loadKnowledge("content", ".");
for (const f of readdirSync(process.env.ART ?? "content/articles").filter(f => f.endsWith(".md")).sort()) {
  const { article, diagnostics } = readArticle(readFileSync(`${process.env.ART ?? "content/articles"}/${f}`, "utf8"), f, f.replace(/\.md$/, ""), "x");
  if (!article) { console.log(f, diagnostics); continue; }
  const r = extractArticle(article, knowledge);
  console.log(`\n== ${f} (${article.published ? toIsoPartial(article.published) : "?"})`);
  for (const c of r.candidates) console.log(`  ${c.type.padEnd(9)} ${toIsoPartial(c.date.start)}${c.date.end ? ".." + toIsoPartial(c.date.end) : ""}${c.date.approximate ? "~" : ""}${c.planned ? " planned" : ""}${c.sourceOnly ? " src-only" : ""} r=${c.round ?? ""} ${c.series ?? ""} @${c.place ?? ""} [${c.actors.join(",")}] ${c.title}`);
  console.log("  actors:", r.actors.map(a => a.id + (a.registered ? "" : "*")).join(", "));
}
