// Benchmark results → the terminal table (markdown, pasteable into the README) and the targets.

export interface StepResult {
  step: string;
  wall: number;
  cpu: number | null;
  rssMiB: number | null;
  ok: boolean;
  articlesPerSecond: number;
  mbPerSecond: number;
  stages?: Record<string, number>;
  summary?: string;
  textMB?: number;
  /** Text MB/s of the extract stage alone. */
  extractMBps?: number;
  /** File MB/s of import alone (bytes → clean Article), one core. */
  importMBps?: number;
  workers?: number | null;
  events?: number | null;
}

export interface SizeResult {
  articles: number;
  corpusMB: number;
  steps: StepResult[];
}

const num = (n: number | null | undefined, digits = 2): string => (n === null || n === undefined || !Number.isFinite(n) ? "–" : n.toFixed(digits));

/** One markdown table for all sizes, then ratios and targets per size. */
export function formatReport(results: SizeResult[]): string {
  const rows = ["| articles | step | wall s | CPU s | peak RSS MiB | articles/s | MB/s | stages (s) |", "|---:|---|---:|---:|---:|---:|---:|---|"];
  for (const r of results) {
    for (const s of r.steps) {
      const stages = s.stages ? Object.entries(s.stages).map(([k, v]) => `${k} ${num(v, 1)}`).join(", ") : "";
      const imported = s.importMBps !== undefined ? `; import ${num(s.importMBps)} MB/s of files` : "";
      const extract = s.extractMBps !== undefined ? `${imported}; extract ${num(s.extractMBps)} MB/s of text${s.workers ? ` on ${s.workers} workers` : ""}` : "";
      rows.push(`| ${r.articles} | ${s.step}${s.ok ? "" : " (FAILED)"} | ${num(s.wall)} | ${num(s.cpu)} | ${num(s.rssMiB, 0)} | ${num(s.articlesPerSecond, 0)} | ${num(s.mbPerSecond)} | ${stages}${extract} |`);
    }
  }
  const checks: string[] = [];
  for (const r of results) {
    const by = (name: string): StepResult | undefined => r.steps.find((s) => s.step === name);
    const bare = by("bare eleventy");
    const cold = by("build cold");
    const warm = by("build warm");
    const serial = by("import / extract, 1 core") ?? by("extract, 1 core");
    const serve = by("serve, edit visible");
    const peak = Math.max(...r.steps.filter((s) => s.step.startsWith("build")).map((s) => s.rssMiB ?? 0));
    const ratio = (a?: StepResult, b?: StepResult): number | null => (a && b ? a.wall / b.wall : null);
    const mark = (ok: boolean): string => (ok ? "ok" : "MISSED");
    const coldRatio = ratio(cold, bare);
    const warmRatio = ratio(warm, cold);
    checks.push(
      `${r.articles} articles (${num(r.corpusMB, 1)} MB): cold/bare ${num(coldRatio)} (target ≤ 1.3: ${mark((coldRatio ?? 9) <= 1.3)}), ` +
        `warm/cold ${num(warmRatio)} (≤ 0.5: ${mark((warmRatio ?? 9) <= 0.5)}), ` +
        `peak RSS ${num(peak, 0)} MiB (≤ 1024: ${mark(peak <= 1024)}), ` +
        `extraction ${num(serial?.extractMBps)} MB/s on one core (≥ 5: ${mark((serial?.extractMBps ?? 0) >= 5)}; import before it ${num(serial?.importMBps)} MB/s), ` +
        `serve edit visible in ${num(serve?.wall)} s (≤ 1.5: ${mark((serve?.wall ?? 9) <= 1.5)})`,
    );
  }
  return `${rows.join("\n")}\n\n${checks.join("\n")}`;
}
