// Records packed as JSON text (pack.ts): a large archive is packed in chunks, and the chunks joined on write are the
// bytes one JSON.stringify of the whole would give.
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { ingestFolder } from "../../ingest/ingest.ts";
import { pack, writeJoinedJsonArrays } from "../../ingest/pack.ts";
import { written } from "./written.ts";

const content = join(import.meta.dirname, "../../content");

describe("records packed as JSON text", () => {
  test("chunks joined on write give the bytes of one JSON.stringify, empty chunks included", () => {
    const value = fc.oneof(
      fc.integer(),
      fc.string(),
      fc.constant(null),
      fc.record({ a: fc.string(), b: fc.array(fc.integer()) }),
    );
    fc.assert(
      fc.property(fc.array(fc.array(value, { maxLength: 4 }), { maxLength: 5 }), (chunks) => {
        let out = "";
        writeJoinedJsonArrays(
          (t) => (out += t),
          chunks.map((c) => JSON.stringify(c)),
        );
        expect(out).toBe(JSON.stringify(chunks.flat()));
      }),
    );
  });

  test("a large archive is packed in chunks, none of them the whole list", () => {
    expect(pack(ingestFolder(content)).json.articles).toHaveLength(1);
    const many = { ...ingestFolder(content) };
    many.articles = Array.from({ length: 2500 }, (_, i) => ({
      ...many.articles[i % many.articles.length]!,
      id: `a${i}`,
    }));
    const packed = pack(many);
    expect(packed.json.articles).toHaveLength(3);
    expect(JSON.parse(`${written(packed)["articles.json"]}`)).toHaveLength(2500);
  });
});
