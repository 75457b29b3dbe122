import type { FontFamily } from "./types.ts";

/**
 * What a font's PostScript name says of its family and weight. Chinese papers set with a few foundries'
 * faces, whose names spell the face in pinyin initials (方正 FZ: BS 报宋, HT 黑体, KT 楷体; 汉仪 HY; 华文 ST);
 * system faces spell it in English. The first row that matches wins.
 */
const FAMILIES: readonly { pattern: RegExp; family: FontFamily; bold: boolean; example: string; why: string }[] = [
  {
    pattern: /^FZ(DH|CH|ZH)T/i,
    family: "hei",
    bold: true,
    example: "FZDHTJW--GB1-0",
    why: "方正大黑/粗黑/正黑: heavy 黑体 of headlines",
  },
  {
    pattern: /^FZ(DBS|XBS|CS|CBS)/i,
    family: "song",
    bold: true,
    example: "FZDBSJW--GB1-0",
    why: "方正大标宋/小标宋/粗宋: the heavy 宋 of headlines",
  },
  {
    pattern: /^FZ(HT|ZDX|XDX|DX|LTH|LTZH|ZHUN)/i,
    family: "hei",
    bold: false,
    example: "FZHTJW--GB1-0",
    why: "方正黑体/中等线/细等线/兰亭黑: 黑体 of kickers, subtitles, bylines",
  },
  {
    pattern: /^FZ(BS|SS|XSS|XS)/i,
    family: "song",
    bold: false,
    example: "FZBSJW--GB1-0",
    why: "方正报宋/书宋: the body type of most papers",
  },
  {
    pattern: /^FZ(KT|XK|K)/i,
    family: "kai",
    bold: false,
    example: "FZKTK--GBK1-0",
    why: "方正楷体: bylines, captions, editor's notes",
  },
  { pattern: /^FZ(FS|F)[A-Z]*(JW|K)/i, family: "fangsong", bold: false, example: "FZFSJW--GB1-0", why: "方正仿宋" },
  {
    pattern: /^FZ(Y\d|ZY|XY|DY)/i,
    family: "yuan",
    bold: false,
    example: "FZY4JW--GB1-0",
    why: "方正准圆/细圆: 圆体 of boxes and captions",
  },
  {
    pattern: /^HY|^STZhongsong|^STXihei/i,
    family: "other",
    bold: false,
    example: "HYb1gj",
    why: "汉仪/华文 faces whose name says no family",
  },
  { pattern: /Kai|楷/i, family: "kai", bold: false, example: "STKaiti", why: "楷体 by name" },
  {
    pattern: /FangSong|Fangsong|仿宋/i,
    family: "fangsong",
    bold: false,
    example: "FangSong_GB2312",
    why: "仿宋 by name",
  },
  {
    pattern: /Hei|Gothic|黑|Sans(?!.*Serif)|YaHei/i,
    family: "hei",
    bold: false,
    example: "SimHei, WenQuanYiZenHei",
    why: "黑体 by name",
  },
  {
    pattern: /Song|Sun|Ming|宋|Serif(CJK|SC)/i,
    family: "song",
    bold: false,
    example: "SimSun, ARPLUMingCN",
    why: "宋体/明体 by name",
  },
  { pattern: /Yuan|圆/i, family: "yuan", bold: false, example: "STYuanti", why: "圆体 by name" },
  {
    pattern: /Times|Arial|Helvetica|Courier|Georgia|Verdana|Calibri|^NEU-/i,
    family: "latin",
    bold: false,
    example: "TimesNewRomanPSMT, NEU-BZ-Regular",
    why: "Latin faces (NEU: 方正's Latin companions)",
  },
];

/** Weight words in a name: Bold, Black, Heavy, Semibold, Demi, 粗. */
const BOLD_NAME = /Bold|Black|Heavy|Semibold|Demi|Medium(?=.*Hei)|粗/i;

/** A PostScript name without its six-letter subset prefix. */
export const baseName = (name: string) => name.replace(/^[A-Z]{6}\+/u, "");

/** A font's family and weight from its name, with pdfjs's own bold flags. */
export function fontKind(name: string, pdfjsBold = false): { family: FontFamily; bold: boolean } {
  const base = baseName(name);
  const row = FAMILIES.find((r) => r.pattern.test(base));
  return { family: row?.family ?? "other", bold: pdfjsBold || (row?.bold ?? false) || BOLD_NAME.test(base) };
}
