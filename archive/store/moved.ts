import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { dataDir } from "./records.ts";
import { movedSchema, type Moved } from "../schema/moved.ts";

/** The data folder's file of moved addresses: the ingest reads and checks the content folder's moved.json. */
export const MOVED = "moved.json";

/** The archive's moved addresses, as the ingest checked them: old path → new path. */
export function movedPages(dir = dataDir()): Moved {
  const file = join(dir, MOVED);
  return existsSync(file) ? movedSchema.parse(JSON.parse(readFileSync(file, "utf8"))) : {};
}
