import { measured } from "./bench/measure.ts";
const r = await measured(process.execPath, ["scripts/build.ts"], process.env);
console.log(`MEASURED total ${r.seconds.toFixed(1)} s, peak tree ${(r.peakRssBytes / 1024 / 1024).toFixed(0)} MB`);
