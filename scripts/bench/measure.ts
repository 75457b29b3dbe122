import { spawn } from "node:child_process";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** Resident memory of a process and all its descendants (Linux /proc), in bytes, with each process's share. */
function treeRss(root: number): { total: number; processes: string[] } {
  const children = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/u.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const siblings = children.get(ppid);
      if (siblings) siblings.push(Number(name));
      else children.set(ppid, [Number(name)]);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const processes: string[] = [];
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      const m = /VmRSS:\s+(\d+) kB/u.exec(status);
      if (m) {
        total += Number(m[1]) * 1024;
        const args = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").slice(0, 2).join(" ");
        processes.push(`${Math.round(Number(m[1]) / 1024)} MB ${args.slice(-60)}`);
      }
    } catch {
      // gone
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return { total, processes };
}

/** Run a command, timing it and sampling its process tree's memory every 100 ms. */
export function measured(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ seconds: number; peakRssBytes: number; peakProcesses: string[]; stdout: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] });
    let stdout = "";
    child.stdout.on("data", (d: Buffer) => {
      stdout += d.toString();
    });
    let peak = 0;
    let peakProcesses: string[] = [];
    const timer = setInterval(() => {
      const now = treeRss(child.pid!);
      if (now.total > peak) [peak, peakProcesses] = [now.total, now.processes];
    }, 100);
    child.on("exit", (code) => {
      clearInterval(timer);
      if (code !== 0) reject(new Error(`${cmd} ${args.join(" ")} exited ${code}`));
      else resolve({ seconds: (performance.now() - started) / 1000, peakRssBytes: peak, peakProcesses, stdout });
    });
  });
}

/** Bytes under a folder. */
export function bytesUnder(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    n += e.isDirectory() ? bytesUnder(p) : statSync(p).size;
  }
  return n;
}
