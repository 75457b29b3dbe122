import { mkdirSync, openSync, readFileSync, rmSync, writeSync, closeSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { alive } from "./staging.ts";

/**
 * One run at a time on a folder (the data folder, the site, Astro's cache): a lock file beside it, `<folder>.lock`,
 * holding the process id of the run that made it. Two builds at once would each replace what the other is
 * writing (a missing module in Astro's work folder, a folder not empty on a rename); the second is stopped at once,
 * naming the first. A lock left by a run that was killed (its process is gone) is taken over.
 */
export type Lock = { ok: true; release: () => void } | { ok: false; message: string };

export const lockFileOf = (folder: string) => `${resolve(folder)}.lock`;

/** Take the lock of a folder for this process (one its parent holds is this run's already). */
export function holdLock(folder: string, who: string): Lock {
  const file = lockFileOf(folder);
  mkdirSync(dirname(file), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, "wx");
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      const release = () => {
        if (holder(file) === process.pid) rmSync(file, { force: true });
        process.off("exit", release);
      };
      process.on("exit", release);
      return { ok: true, release };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
    const pid = holder(file);
    if (pid === process.pid || pid === process.ppid) return { ok: true, release: () => {} };
    if (pid !== null && alive(pid))
      return {
        ok: false,
        message: `${who}: another build is running (pid ${pid}); it holds ${file}. Wait for it to finish, or stop it; nothing was changed.`,
      };
    // left by a run that is gone
    rmSync(file, { force: true });
  }
  return { ok: false, message: `${who}: cannot take ${file}: another run keeps taking it` };
}

/** Take several folders' locks, all or none. */
export function holdLocks(folders: readonly string[], who: string): Lock {
  const held: (() => void)[] = [];
  for (const f of folders) {
    const lock = holdLock(f, who);
    if (!lock.ok) {
      for (const release of held) release();
      return lock;
    }
    held.push(lock.release);
  }
  return {
    ok: true,
    release: () => {
      for (const r of held) r();
    },
  };
}

/** The process holding a lock file; a file just made and not yet written is given a moment. */
function holder(file: string): number | null {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const pid = Number.parseInt(readFileSync(file, "utf8"), 10);
      if (Number.isInteger(pid) && pid > 0) return pid;
    } catch {
      return null;
    }
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
  }
  return null;
}
