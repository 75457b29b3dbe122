// npm records an optional platform binary in package-lock.json only if the registry serves it; the
// registry mirror here lacks some (darwin, windows, android… builds of Astro's compiler and Pagefind),
// and `npm ci` then refuses the lock file as "missing" them. This adds a lock entry for each optional
// dependency the lock lacks, marked optional and with its platform, so `npm ci` skips it on machines
// it is not for. Run after `npm install` changes the lock: node scripts/lockfile-platforms.mjs
import { readFileSync, writeFileSync } from "node:fs";

const lock = JSON.parse(readFileSync("package-lock.json", "utf8"));
const PLATFORM = [
  [/android/, { os: ["android"] }],
  [/darwin/, { os: ["darwin"] }],
  [/freebsd/, { os: ["freebsd"] }],
  [/win32|windows/, { os: ["win32"] }],
  [/linux/, { os: ["linux"] }],
];
const CPU = [
  [/arm64/, ["arm64"]],
  [/x64/, ["x64"]],
  [/wasm32/, ["wasm32"]],
];
let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (lock.packages[key] || lock.packages[`${path}/${key}`]) continue;
    const os = PLATFORM.find(([re]) => re.test(name))?.[1].os;
    const cpu = CPU.find(([re]) => re.test(name))?.[1];
    const libc = /musl/.test(name) ? ["musl"] : /gnu/.test(name) ? ["glibc"] : null;
    // keys in the order npm writes them, so a later `npm install` leaves the file as it is
    lock.packages[key] = {
      version,
      ...(cpu ? { cpu } : {}),
      ...(libc ? { libc } : {}),
      optional: true,
      ...(os ? { os } : {}),
    };
    added++;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))),
);
writeFileSync("package-lock.json", `${JSON.stringify(lock, null, 2)}\n`);
console.log(`lockfile-platforms: added ${added} optional platform entries`);
