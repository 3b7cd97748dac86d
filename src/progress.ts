// Build progress: on a terminal, one stderr line that updates in place ("extract 4200/10000
// 1830/s"); silent when stderr is not a TTY or CI=true. Stage timings are always recorded, for
// the one-line summary at the end ("read 0.8s, extract 3.1s, merge 0.4s, render 5.2s").

export interface StageTiming {
  stage: string;
  ms: number;
}

export interface Progress {
  /** Close the running stage (if any) and start `name`; `total` when the count is known. */
  stage(name: string, total?: number): void;
  /** `done` of the current stage's `total` are finished; `total` when it became known only now. */
  tick(done: number, total?: number): void;
  /** Close the running stage and clear the live line. */
  end(): void;
  /** Closed stages, in order. */
  timings(): StageTiming[];
}

export interface ProgressOptions {
  /** Draw the live line; default: `shouldShowProgress()`. */
  live?: boolean;
  write?: (text: string) => void;
  now?: () => number;
  /** Least time between two redraws, ms. */
  every?: number;
}

/** Live progress only for a person watching: stderr is a TTY and CI is not set. */
export function shouldShowProgress(stream: { isTTY?: boolean } = process.stderr, env: NodeJS.ProcessEnv = process.env): boolean {
  return stream.isTTY === true && !(env.CI && env.CI !== "false" && env.CI !== "0");
}

/** A progress reporter; with `live: false` it only records timings. */
export function createProgress(options: ProgressOptions = {}): Progress {
  const live = options.live ?? shouldShowProgress();
  const write = options.write ?? ((text: string) => void process.stderr.write(text));
  const now = options.now ?? (() => performance.now());
  const every = options.every ?? 100;
  const closed: StageTiming[] = [];
  let current: { name: string; total?: number; start: number; drawn: number } | null = null;
  let shown = false;
  const close = (): void => {
    if (current) closed.push({ stage: current.name, ms: now() - current.start });
    current = null;
  };
  const draw = (text: string): void => {
    // \r + "erase line": the line is redrawn in place, never scrolls.
    write(`\r\x1b[2K${text}`);
    shown = true;
  };
  return {
    stage(name, total) {
      close();
      current = { name, start: now(), drawn: 0, ...(total !== undefined ? { total } : {}) };
      if (live) draw(`${name}${total !== undefined ? ` 0/${total}` : " …"}`);
    },
    tick(done, total) {
      if (current && total !== undefined) current.total = total;
      if (!live || !current) return;
      const t = now();
      if (t - current.drawn < every && done !== current.total) return;
      current.drawn = t;
      const seconds = (t - current.start) / 1000;
      const rate = seconds > 0 ? `  ${Math.round(done / seconds)}/s` : "";
      draw(`${current.name} ${done}${current.total !== undefined ? `/${current.total}` : ""}${rate}`);
    },
    end() {
      close();
      if (shown) write("\r\x1b[2K");
      shown = false;
    },
    timings: () => [...closed],
  };
}

/** "read 0.8s, extract 3.1s, merge 0.4s" */
export function formatTimings(timings: StageTiming[]): string {
  return timings.map((t) => `${t.stage} ${(t.ms / 1000).toFixed(1)}s`).join(", ");
}
