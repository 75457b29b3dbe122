import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/**
 * How the archive's folders (the data folder, the site) are replaced: a run writes beside the target, and the
 * new folder is swapped in only when all of it is written, so a failed or killed run never leaves half a
 * folder in place. The names carry the run's process id: what a killed run left is known by it.
 */

/** The folder beside `target` that a run writes into: <target>.<kind>-<pid>. */
export const stagedBeside = (target: string, kind: "next" | "tmp" | "old", pid = process.pid) =>
  `${target}.${kind}-${pid}`;

/** A fresh, empty staging folder beside the target (with the given subfolders). */
export function startStaging(target: string, kind: "next" | "tmp" = "tmp", folders: string[] = []): string {
  const staging = stagedBeside(target, kind);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  for (const f of folders) mkdirSync(join(staging, f), { recursive: true });
  return staging;
}

/** Put a staged folder in place of its target: the old one aside, the new one in, the old one gone. */
export function swapIn(staging: string, target: string): void {
  mkdirSync(dirname(target), { recursive: true });
  const old = stagedBeside(target, "old");
  rmSync(old, { recursive: true, force: true });
  if (existsSync(target)) renameSync(target, old);
  renameSync(staging, target);
  rmSync(old, { recursive: true, force: true });
}

/** Whether a process still runs (a live run's folders are not ours to remove). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Remove the folders a killed run left beside a target; returns their names. */
export function clearLeftovers(target: string): string[] {
  const pattern = new RegExp(
    `^${basename(target).replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")}\\.(?:next|old|tmp)-(\\d+)$`,
    "u",
  );
  if (!existsSync(dirname(target))) return [];
  const removed: string[] = [];
  for (const name of readdirSync(dirname(target))) {
    const pid = pattern.exec(name)?.[1];
    if (pid && Number(pid) !== process.pid && !alive(Number(pid))) {
      rmSync(join(dirname(target), name), { recursive: true, force: true });
      removed.push(name);
    }
  }
  return removed;
}
