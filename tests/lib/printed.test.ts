// Printed pages' images: made from the PDF at every width of the plan, kept in a cache by the PDF's bytes (a second
// build draws nothing), and put in the site with the PDF.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import sharp from "sharp";
import { describe, expect, test } from "vitest";
import type { PageSummary, Printed } from "../../archive/schema/index.ts";
import { urls } from "../../archive/urls.ts";
import { heightAt, WIDTHS } from "../../src/lib/printed/plan.ts";
import { renderPage } from "../../src/lib/printed/render.ts";
import { placePrinted, preparePrinted } from "../../src/lib/printed/step.ts";
import { makePdf } from "../ingest/pdf/make-pdf.ts";
import { shared } from "../shared.ts";

const scratch = mkdtempSync(join(tmpdir(), "lubao-printed-"));

/** A page summary that came as page 1 of a PDF. */
function printedPage(id: string, pdf: string, size: { width: number; height: number }): PageSummary {
  const printed: Printed = { file: relative(process.cwd(), pdf), index: 1, ...size, folio: null, overprints: [] };
  return { id, printed } as PageSummary;
}

describe("the printed-page step", () => {
  const pdf = join(scratch, "p01.pdf");
  writeFileSync(
    pdf,
    makePdf([{ width: 600, height: 800, text: [{ text: "全区秋粮收购工作全面启动", x: 40, y: 80, size: 24 }] }]),
  );
  const pages = [
    printedPage("test-p01", pdf, { width: 600, height: 800 }),
    { id: "text-page", printed: null } as PageSummary,
  ];
  const cache = join(scratch, "cache");

  test("draws each printed page at every width, then takes it from the cache until the PDF's bytes change", async () => {
    const first = await preparePrinted(pages, cache, { workers: 1 });
    expect(first).toMatchObject({ pages: 1, rendered: 1, reused: 0 });
    const second = await preparePrinted(pages, cache, { workers: 1 });
    expect(second).toMatchObject({ pages: 1, rendered: 0, reused: 1, cpu: 0 });
    const site = join(scratch, "site");
    placePrinted(second, site);
    for (const w of WIDTHS) {
      const meta = await sharp(join(site, urls.printedImage("test-p01", w))).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(["webp", w, heightAt(pages[0]!.printed!, w)]);
    }
    expect(readFileSync(join(site, urls.printedPdf("test-p01")))).toEqual(readFileSync(pdf));
    expect(existsSync(join(site, urls.printedPdf("text-page")))).toBe(false);
    // the same file with other bytes is drawn again
    writeFileSync(
      pdf,
      makePdf([{ width: 600, height: 800, text: [{ text: "新建农贸市场开门迎客", x: 40, y: 80, size: 24 }] }]),
    );
    expect(await preparePrinted(pages, cache, { workers: 1 })).toMatchObject({ rendered: 1, reused: 0 });
  });

  test("a page the PDF does not have, or a PDF that is missing, stops the step naming it", async () => {
    await expect(
      preparePrinted([{ ...pages[0]!, printed: { ...pages[0]!.printed!, index: 3 } }], cache, { workers: 1 }),
    ).rejects.toThrow(/p01\.pdf, page 3: cannot be drawn \(the PDF has 1 pages, not 3\)/u);
    await expect(
      preparePrinted([printedPage("gone", join(scratch, "gone.pdf"), { width: 1, height: 1 })], cache, { workers: 1 }),
    ).rejects.toThrow(/gone\.pdf: the PDF page gone was read from is missing/u);
  });
});

test("a real e-paper page (人民日报 2018-01-09 第7版, ../shared/corpus) is drawn: ink where it prints", async () => {
  const file = shared("corpus/peoples-daily/2018-01-09-07.pdf");
  const images = await renderPage(new Uint8Array(readFileSync(file)), 1, [400], 60);
  const { data, info } = await sharp(images.get(400)!).greyscale().raw().toBuffer({ resolveWithObject: true });
  expect(info.width).toBe(400);
  // a printed page is mostly paper with a good deal of ink (this one: about a tenth of its pixels darker than light
  // grey at 400 px); a page drawn without its fonts is nearly all paper
  const inked = data.filter((v) => v < 200).length / data.length;
  expect(inked).toBeGreaterThan(0.05);
  expect(inked).toBeLessThan(0.5);
});
