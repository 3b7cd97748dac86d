import { loadKnowledge } from "../src/ingest/load-knowledge.ts";
import { extractArticle } from "../src/extract/index.ts";
import { toIsoPartial } from "../src/util/date-point.ts";
import { makeArticle } from "../tests/helpers/sample-timeline.ts";
const { knowledge } = await loadKnowledge(new URL("../content", import.meta.url).pathname, new URL("..", import.meta.url).pathname);
const [pub = "", ...paras] = process.argv.slice(2);
const [y = 0, m, d] = pub.split("-").map(Number);
const a = makeArticle({ id: "x", title: "T", published: { year: y, ...(m ? { month: m } : {}), ...(d ? { day: d } : {}) }, blocks: paras.map((t, i) => ({ index: i, text: t, lines: [i, i] as [number, number] })) });
for (const c of extractArticle(a, knowledge).candidates) console.log(c.type, toIsoPartial(c.date.start), c.date.end ? toIsoPartial(c.date.end) : "", "r=" + (c.round ?? ""), c.series ?? "", c.planned ? "planned" : "", c.sourceOnly ? "srcOnly" : "", c.actors.join(","), "|", c.source.quote.slice(0, 60));
