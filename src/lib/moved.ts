import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { movedSchema, type Moved } from "./schema/moved.ts";

/** The archive's moved addresses (content/moved.json, optional), checked: old path → new path. */
export function movedPages(contentDir = process.env["LUBAO_CONTENT_DIR"] ?? "content"): Moved {
  const file = join(contentDir, "moved.json");
  if (!existsSync(file)) return {};
  const parsed = movedSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success)
    throw new Error(
      `${file}: ${parsed.error.issues.map((i) => `${i.path.join(".") || "(top)"}: ${i.message}`).join("; ")}`,
    );
  return parsed.data;
}
