// node scripts/dev/side-by-side.mjs timeline.json gold-dir [article-prefix]
import { readFileSync, readdirSync } from "node:fs";
const [tl, goldDir, only] = process.argv.slice(2);
const d = JSON.parse(readFileSync(tl, "utf8"));
for (const f of readdirSync(goldDir).sort()) {
  if (only && !f.startsWith(only)) continue;
  const g = JSON.parse(readFileSync(`${goldDir}/${f}`, "utf8"));
  const art = d.articles.find((a) => a.imported_from === g.article);
  console.log(`\n=== ${g.article} published ${art?.published} (gold ${g.published})`);
  for (const e of g.events) console.log(`  GOLD ${e.required ? "R" : " "} ${e.type.padEnd(9)} ${e.start}${e.end ? ".." + e.end : ""} r=${e.round ?? ""} ${e.planned ? "planned" : ""} [${e.actors.join(", ")}] @${e.place ?? ""} | ${e.evidence.slice(0, 90)}`);
  for (const e of d.events.filter((e) => e.sources.some((s) => s.article === art?.id))) console.log(`  SYS    ${e.type.padEnd(9)} ${e.date.start}${e.date.end ? ".." + e.date.end : ""} r=${e.round ?? ""} ${e.planned ? "planned" : ""} [${e.actors.join(", ")}] @${e.place ?? ""} | ${e.sources.find((s) => s.article === art?.id).quote.slice(0, 90)}`);
}
