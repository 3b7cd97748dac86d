// Geometry for the build-time SVG charts (events per month by type; an actor's activity strip).
// Templates draw the rectangles; nothing here is markup, so every label stays escaped.
import type { EventType } from "../types.ts";
import type { EventView } from "./event-views.ts";

export const EVENT_TYPES: readonly EventType[] = ["round", "meeting", "statement", "other"];

export interface ChartBar { x: number; y: number; width: number; height: number; type: EventType; label: string }
export interface ChartTick { x: number; label: string; anchor: "start" | "end" }

export interface MonthChart {
  width: number;
  height: number;
  /** The y of the baseline; below it sit the year labels. */
  baseline: number;
  bars: ChartBar[];
  ticks: ChartTick[];
  max: number;
  /** Events dated only to a year cannot sit on a month axis; the caption says how many. */
  unplaced: number;
  summary: string;
  /** First and last month of the axis: "Mar 2011". */
  from?: string;
  to?: string;
}

const WIDTH = 800;
const HEIGHT = 160;

/** A month index (months since year 0) for events known at least to the month. */
function monthIndex(event: EventView): number | null {
  const { year, month } = event.date.start;
  return month === undefined ? null : year * 12 + month - 1;
}

/**
 * Stacked bars per month from the first to the last dated month, one colour per type.
 * `range` fixes the axis (an actor strip uses the whole timeline's range so strips compare).
 */
export function buildMonthChart(events: EventView[], options: { height?: number; range?: [number, number]; labels?: boolean } = {}): MonthChart {
  const height = options.height ?? HEIGHT;
  const labels = options.labels ?? true;
  const plot = labels ? height - 16 : height - 2; // room for the year labels
  const indexed = events.map((e) => [monthIndex(e), e] as const);
  const placed = indexed.filter((p): p is readonly [number, EventView] => p[0] !== null);
  const unplaced = indexed.length - placed.length;
  const indices = placed.map(([i]) => i);
  const [first, last] = options.range ?? [Math.min(...indices), Math.max(...indices)];
  if (!placed.length || !Number.isFinite(first) || !Number.isFinite(last)) {
    return { width: WIDTH, height, baseline: plot, bars: [], ticks: [], max: 0, unplaced, summary: "No events dated to a month." };
  }
  const months = last - first + 1;
  const counts = new Map<number, Record<EventType, number>>();
  for (const [i, e] of placed) {
    const c = counts.get(i) ?? { round: 0, meeting: 0, statement: 0, other: 0 };
    c[e.type]++;
    counts.set(i, c);
  }
  const max = Math.max(...[...counts.values()].map((c) => c.round + c.meeting + c.statement + c.other));
  const slot = WIDTH / months;
  const barWidth = Math.max(2, slot * 0.8);
  const bars: ChartBar[] = [];
  for (const [i, c] of [...counts.entries()].sort((a, b) => a[0] - b[0])) {
    let y = plot;
    for (const type of EVENT_TYPES) {
      if (!c[type]) continue;
      const h = (c[type] / max) * (plot - 4);
      y -= h;
      bars.push({ x: round((i - first) * slot + (slot - barWidth) / 2), y: round(y), width: round(barWidth), height: round(h), type, label: `${monthName(i)}: ${c[type]} ${type}` });
    }
  }
  const ticks: ChartTick[] = [];
  const yearStep = Math.max(1, Math.ceil(months / 12 / 10)); // at most ~10 year labels
  for (let i = first; i <= last; i++) {
    const year = Math.floor(i / 12);
    if (i % 12 === 0 || i === first) if ((year - Math.floor(first / 12)) % yearStep === 0 && !ticks.some((t) => t.label === String(year))) ticks.push({ x: round((i - first) * slot), label: String(year), anchor: (i - first) * slot > WIDTH - 70 ? "end" : "start" });
  }
  const summary = first === last
    ? `${placed.length} events, all in ${monthName(first)}.`
    : `${placed.length} events from ${monthName(first)} to ${monthName(last)}; the busiest month has ${max}.`;
  return { width: WIDTH, height, baseline: plot, bars, ticks: labels ? ticks : [], max, unplaced, summary, from: monthName(first), to: monthName(last) };
}

/** The month range of a set of events, for a shared axis. */
export function monthRange(events: EventView[]): [number, number] | undefined {
  const indices = events.map(monthIndex).filter((i): i is number => i !== null);
  return indices.length ? [Math.min(...indices), Math.max(...indices)] : undefined;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
function monthName(index: number): string {
  return `${MONTHS[index % 12]} ${Math.floor(index / 12)}`;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
