// The build report: what the pipeline could not settle, for the editor to fix in content/.
import type { Diagnostic, Severity, Timeline } from "../types.ts";
import type { ActorLink, EventView } from "./event-views.ts";
import { actorPath, articlePath } from "./page-paths.ts";

export interface DiagnosticGroup { ruleId: string; severity: Severity; diagnostics: Diagnostic[] }

export interface ReportData {
  counts: Record<Severity, number>;
  groups: DiagnosticGroup[];
  undatedArticles: { id: string; title: string; url: string; file: string }[];
  unregisteredActors: ActorLink[];
  conflicts: EventView[];
  /** No date in the text: the extractor estimated one from the article's publication (an empty date text). */
  undatedEvents: EventView[];
  /** Approximate dates the text did give ("mid-February", "earlier this month"). */
  approximate: EventView[];
}

const SEVERITY_ORDER: Severity[] = ["error", "warning", "info"];

/** Group every diagnostic by ruleId (worst severity first) and list what needs an editor. */
export function buildReport(timeline: Timeline, events: EventView[]): ReportData {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const groups = new Map<string, DiagnosticGroup>();
  for (const d of timeline.diagnostics) {
    counts[d.severity]++;
    const group = groups.get(d.ruleId) ?? { ruleId: d.ruleId, severity: d.severity, diagnostics: [] };
    if (SEVERITY_ORDER.indexOf(d.severity) < SEVERITY_ORDER.indexOf(group.severity)) group.severity = d.severity;
    group.diagnostics.push(d);
    groups.set(d.ruleId, group);
  }
  return {
    counts,
    groups: [...groups.values()].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || a.ruleId.localeCompare(b.ruleId)),
    undatedArticles: timeline.articles.filter((a) => a.published === null).map((a) => ({ id: a.id, title: a.title, url: articlePath(a.id), file: a.file })),
    unregisteredActors: timeline.actors.filter((a) => !a.registered).map((a) => ({ id: a.id, name: a.name, kind: a.kind, url: actorPath(a.id) })),
    conflicts: events.filter((e) => e.claims.length > 0),
    undatedEvents: events.filter((e) => e.date.text.trim() === ""),
    approximate: events.filter((e) => e.date.approximate && e.date.text.trim() !== ""),
  };
}
