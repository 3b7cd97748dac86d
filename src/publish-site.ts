// Write a site so that a failed or killed build never leaves a half site: render into a fresh
// sibling folder, then swap it into place. A swap cut short is repaired by the next build.
import { mkdir, readdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";

const STAGING = ".dateline-staging-";
const RETIRED = ".dateline-retired-";

/** Render into a temporary folder with `render`, then replace `outDir` with it. */
export async function publishSite(outDir: string, render: (stagingDir: string) => Promise<void>): Promise<void> {
  const out = path.resolve(outDir);
  const parent = path.dirname(out);
  const base = path.basename(out);
  await mkdir(parent, { recursive: true });
  await recoverInterruptedSwap(out);
  const staging = path.join(parent, `${STAGING}${base}-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging);
  try {
    await render(staging);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  const retired = path.join(parent, `${RETIRED}${base}-${process.pid}`);
  const hadOld = await exists(out);
  if (hadOld) await rename(out, retired);
  await rename(staging, out);
  if (hadOld) await rm(retired, { recursive: true, force: true });
}

/**
 * A build killed between the two renames leaves no output folder but a retired one: put it back.
 * Stale staging folders of dead builds are removed.
 */
export async function recoverInterruptedSwap(out: string): Promise<void> {
  const parent = path.dirname(out);
  const base = path.basename(out);
  const names = await readdir(parent).catch(() => [] as string[]);
  const retired = names.filter((n) => n.startsWith(`${RETIRED}${base}-`)).sort();
  if (!(await exists(out)) && retired.length) await rename(path.join(parent, retired[retired.length - 1]!), out);
  for (const n of names) {
    if ((n.startsWith(`${STAGING}${base}-`) || n.startsWith(`${RETIRED}${base}-`)) && !isAlive(Number(n.split("-").pop()))) {
      await rm(path.join(parent, n), { recursive: true, force: true });
    }
  }
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid === process.pid) return pid === process.pid;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function exists(p: string): Promise<boolean> {
  return stat(p).then(() => true, () => false);
}
