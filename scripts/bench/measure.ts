// Run a child process and measure it: wall time, CPU time (user + sys of the child and its
// children) and peak RSS, read from GNU time (/usr/bin/time -f) when installed.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

export interface Measurement {
  wall: number;
  /** user + sys seconds; null without /usr/bin/time */
  cpu: number | null;
  /** peak resident set, MiB; null without /usr/bin/time */
  rssMiB: number | null;
  code: number;
  stdout: string;
  stderr: string;
}

const GNU_TIME = "/usr/bin/time";

/** Run `command args` in `cwd`; never throws on a non-zero exit (see `code`). */
export async function measure(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Measurement> {
  const timed = existsSync(GNU_TIME);
  const report = path.join(os.tmpdir(), `dateline-bench-time-${process.pid}-${Date.now()}.txt`);
  const [cmd, argv] = timed ? [GNU_TIME, ["-f", "%e %U %S %M", "-o", report, command, ...args]] : [command, args];
  const started = performance.now();
  const child = spawn(cmd, argv, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number>((resolve) => child.on("close", (c) => resolve(c ?? 1)));
  const wall = (performance.now() - started) / 1000;
  if (!timed) return { wall, cpu: null, rssMiB: null, code, stdout, stderr };
  const line = (await readFile(report, "utf8").catch(() => "")).trim().split("\n").pop() ?? "";
  await rm(report, { force: true });
  const [, user, sys, rssKiB] = line.split(" ").map(Number);
  return { wall, cpu: (user ?? 0) + (sys ?? 0), rssMiB: rssKiB ? rssKiB / 1024 : null, code, stdout, stderr };
}
