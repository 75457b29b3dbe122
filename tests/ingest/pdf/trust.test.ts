import { describe, expect, test } from "vitest";
import { layoutPdf } from "../../../ingest/pdf/layout.ts";
import { isRefusal } from "../../../ingest/pdf/stages.ts";
import { type MadePage, makePdf } from "./make-pdf.ts";
import { column } from "./pages.ts";

const firstPage = async (page: MadePage) => {
  const r = await layoutPdf(makePdf([page]), "content/paper/2024-01-02-01.pdf");
  if (!r.ok) throw new Error(r.message);
  return r.pages[0]!;
};

const STORY = "近日，全市各地抢抓农时，组织农机手和种粮大户下田作业，田间地头一派繁忙景象。";

describe("pages whose text cannot be trusted are refused, naming the file", () => {
  test("a page of pictures and rules only: no text layer", async () => {
    const page = await firstPage({ shapes: [{ x: 40, y: 40, w: 500, h: 700 }] });
    expect(isRefusal(page) && page.reason).toBe("no text layer");
    expect(isRefusal(page) && page.message).toMatch(/^content\/paper\/2024-01-02-01\.pdf, page 1: no text layer/);
  });

  test("a font with no Unicode map reads as ASCII symbols: not plausible Chinese", async () => {
    const page = await firstPage({
      text: column(STORY.repeat(3), 40, 60, 10, 20).map((t) => ({ ...t, font: "unmapped" as const })),
    });
    expect(isRefusal(page) && page.reason).toBe("not plausible Chinese");
    expect(isRefusal(page) && page.message).toMatch(/2024-01-02-01\.pdf, page 1: .*mojibake/);
  });

  test("the same text with a Unicode map is read", async () => {
    const page = await firstPage({ text: column(STORY.repeat(3), 40, 60, 10, 20) });
    expect(isRefusal(page)).toBe(false);
    expect(!isRefusal(page) && page.text.replace(/\n/gu, "")).toBe(STORY.repeat(3));
  });
});
