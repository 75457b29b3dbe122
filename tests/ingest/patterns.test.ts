import { finished } from "../../ingest/page/text/marks.ts";
import { describe, expect, test } from "vitest";
import { furnitureOf, openingBylineOf } from "../../ingest/page/patterns/lines.ts";
import {
  authorNoteLines,
  bracketedClosingLines,
  bylineRunIn,
  creditRunIn,
  CLOSING_BYLINE,
  closingLineForm,
  isClosingByline,
  namesInByline,
} from "../../ingest/page/patterns/byline.ts";
import { splitDateline } from "../../ingest/page/patterns/dateline.ts";
import { COLUMN_LABEL, headlineLike, LEADERS_LINE } from "../../ingest/page/patterns/heading.ts";
import { LEAD_OPENING, PICTURE_LEAD } from "../../ingest/page/patterns/lead.ts";
import { couldBeName, mayBeName, nameAlone, namesInRun } from "../../ingest/page/patterns/names.ts";
import {
  CAPTION_MARK,
  CREDIT_AFTER_TEXT,
  endsOnCredit,
  isCreditOnly,
  PHOTO_CREDIT_END,
} from "../../ingest/page/patterns/caption.ts";
import {
  dashSubtitle,
  explainedBeside,
  headlineFields,
  widerBeside,
} from "../../ingest/page/stories/headline-fields.ts";
import { headingsOf } from "../../ingest/page/units/heading-units.ts";
import { normalise } from "../../ingest/page/lines/normalise.ts";

describe("furniture", () => {
  test.each([
    ["今天 多云，北风3级", "weather"],
    ["温度 -2℃～8℃", "weather"],
    ["新闻热线：0531-12345678", "hotline"],
    ["主办：某某区融媒体中心", "masthead"],
    ["2023年5月12日 星期五", "issue-date"],
    ["总第1024期", "issue-number"],
    ["责任编辑：张三 美编：李四", "credits"],
    ["扫码下载某某新闻客户端", "promo"],
    ["看新闻 上某某客户端", "promo"],
    ["日期：[2015年11月06日] -- 齐鲁晚报 -- 版次：[E18]", "page-label"],
    ["■A03、06版", "page-label"],
    ["（详见A3版）", "page-label"],
    ["制图：李姿阅", "credits"],
    ["杜明阳 制图", "credits"],
    ["7 理论", "page-label"],
    ["8今日关注", "page-label"],
  ])("%s is %s", (line, kind) => expect(furnitureOf(line)?.kind).toBe(kind));
  test.each([
    "今天，我们来到了田间地头，看到农民们正在抢收小麦，到处都是一片繁忙的景象。",
    "联系电话：13800000000",
    "编辑部的同志们认真学习了会议精神。",
    "村民们纷纷下载了政务服务客户端，足不出户就能办理业务。",
    // (lines of a column, short as a slogan: 用/上 inside a sentence)
    "在这里上网课，用手机APP",
    "村民纷纷用上了智慧农业APP",
    "他每天都会上学习强国APP",
    // (a count and its measure word heads a part: no page's number)
    "3个关键词",
    "5大看点",
  ])("running text is not furniture: %s", (line) => expect(furnitureOf(line)).toBeNull());
});

describe("bylines", () => {
  test.each([
    ["□ 本报记者 王小明", ["王小明"]],
    ["□ 本 报 记 者  刘 洋", ["刘洋"]],
    ["记者 张三 通讯员 李四 报道", ["张三", "李四"]],
    ["文/赵一 图/钱二", ["赵一", "钱二"]],
    ["（记者 孙文 通讯员 周武）", ["孙文", "周武"]],
    // newsrooms and kinds of contributor are no authors
    ["滨州日报/滨州网记者 王健", ["王健"]],
    ["热心读者 石晓峰", ["石晓峰"]],
    ["战山河通讯员", ["战山河"]],
    // the place a writer writes from is no author, nor the source in brackets
    ["田小勉 （叶县）", ["田小勉"]],
    ["新华社记者毛小峰储国平（据新华社某县10月1日电）", ["毛小峰", "储国平"]],
    // a name whose surname is 于 is no place filed from (3月7日于北京 is)
    ["齐鲁晚报·齐鲁壹点 记者 于民星", ["于民星"]],
    ["记者 张洪波 3月7日于北京", ["张洪波"]],
    ["晚报记者 朱东一 摄 线索提供 许涛", ["朱东一", "许涛"]],
    ["（附图片） 王明起", ["王明起"]],
    // a name set tight against its picture credit
    ["张庆霞摄", ["张庆霞"]],
    ["记者 王军摄影", ["王军"]],
    // 摄 run into the last name is no part of it
    ["新华社记者徐速绘摄", ["徐速绘"]],
    ["本报记者张殿文摄", ["张殿文"]],
    ["（新华社记者徐速绘摄）", ["徐速绘"]],
    // a source or a note on who the author is names no one
    ["据新华社", []],
    ["（作者为山东农业大学教授）", []],
  ])("%s names %j", (line, names) => expect(namesInByline(line)).toEqual(names));
  test("a name ending in 文 keeps it", () => expect(namesInByline("□ 本报记者 钱立文")).toEqual(["钱立文"]));
  test.each([
    "记者 王小明",
    "□记者 王小明 报道",
    "本报通讯员 李四 王五",
    "文/赵一",
    "□李剑桥 曲琳 张志刚 报道",
    "战山河通讯员",
    "田小勉 （叶县）",
  ])("opening byline: %s", (line) => expect(openingBylineOf(line)).not.toBeNull());
  test.each(["记者从市统计局获悉，一季度全市经济运行平稳。", "记者采访了多位市民", "背景（一）"])(
    "not a byline: %s",
    (line) => expect(openingBylineOf(line)).toBeNull(),
  );
  test.each([
    ["会议要求抓好落实。 （王小明 李四）", true],
    ["活动圆满结束。（文/赵一 图/钱二）", true],
    ["取得了良好成效。（通讯员）", true],
    ["二年级学生小丽（化名）和爸爸", false],
    ["保税物流中心(B型)成功获批", false],
    ["会议精神。（完）", false],
    // names a credit runs together
    ["提供尽善尽美的服务。（孟西安祁鸿斌）", true],
  ])("closing byline in %s: %s", (line, yes) => {
    const m = CLOSING_BYLINE.exec(line);
    expect(Boolean(m && isClosingByline(m[1]!))).toBe(yes);
  });
});

describe("datelines", () => {
  test.each([
    ["本报讯 近日，某区召开会议。", "本报讯", null, "近日，某区召开会议。"],
    ["本报临沂讯(记者 王五)日前，", "本报临沂讯", "(记者 王五)", "日前，"],
    ["新华社济南5月3日电 山东省", "新华社济南5月3日电", null, "山东省"],
    ["央视网消息：近日，", "央视网消息：", null, "近日，"],
    // an older paper's reporters' line, names set with 、
    [
      "本报洛杉矶7月30日电 记者刘小明、吴骅报道：二十四岁的",
      "本报洛杉矶7月30日电",
      "记者刘小明、吴骅报道：",
      "二十四岁的",
    ],
    ["本报讯 王百成、特约通讯员林云安报道：武警某部", "本报讯", "王百成、特约通讯员林云安报道：", "武警某部"],
    // a report it cites is no byline
    ["本报讯 据新华社报道：近日", "本报讯", null, "据新华社报道：近日"],
    ["本报讯 据新华社记者报道：近日", "本报讯", null, "据新华社记者报道：近日"],
  ])("%s", (text, dateline, byline, rest) => expect(splitDateline(text)).toMatchObject({ dateline, byline, rest }));
  test("a sentence that mentions 本报 is no dateline", () => expect(splitDateline("据本报记者了解，")).toBeNull());
});

describe("headline shape", () => {
  test.each([
    "全市春耕生产有序推进",
    "瞄准先进制造业，看这三城如何突破",
    "“新力量”实现全覆盖",
    "推动新的社会阶层人士融入社会治理共同体，历下区：",
  ])("headline-like: %s", (t) => expect(headlineLike(t)).toBe(true));
  test.each([
    "全市春耕生产有序推进。",
    "据了解,该项目总投资5亿元,建成后",
    "“我们将继续努力",
    "今年以来，该区围绕中心，服务大局，",
    "联系人：张三",
  ])("not headline-like: %s", (t) => expect(headlineLike(t)).toBe(false));
});

describe("a story's end", () => {
  test.each([
    "…接受采访。据新华社",
    "…的突破。新华社发",
    "…重要引擎。据央视",
    "…今天开幕。",
    "…任代理市长。本报综合晚报、新华社消息",
    "…不再有这样的情况发生。”王小海 耿小清",
  ])("finished: %s", (t) => expect(finished(t)).toBe(true));
  test.each(["…据新华社记者", "…围绕大", "…传递下去。读者 王丽"])("unfinished: %s", (t) =>
    expect(finished(t)).toBe(false),
  );
});

describe("pictures' credits", () => {
  test.each([
    "YMG全媒体记者 唐克 摄",
    "本报记者 周明 摄",
    "（本报记者 周伟 通讯员 牟薇 摄）",
    "王军/摄",
    "图/王军",
    "摄影：王军",
  ])("a credit alone: %s", (t) => expect(isCreditOnly(t)).toBe(true));
  test.each(["效益可观，有效增加了当地群众的收入。本报记者 乔利峰 摄", "记者从机场获悉"])(
    "not a credit alone: %s",
    (t) => expect(isCreditOnly(t)).toBe(false),
  );
  test.each(["游客在园区采摘草莓。 本报记者 王一 摄", "上图为公园的游客多而不乱。·本报记者金定根摄·"])(
    "a caption ending on its photographer's credit: %s",
    (t) => expect(PHOTO_CREDIT_END.test(t)).toBe(true),
  );
});

describe("a credit run on after a picture's last sentence", () => {
  test.each([
    ["…有效增加了当地群众的收入。本报记者 乔利峰 摄", "本报记者", "乔利峰"],
    ["…体验劳动的乐趣。晚报记者 李伟 摄", "晚报记者", "李伟"],
    // (an export that writes the marks half-width: OCR, a web copy)
    ["…草莓收成真不错!晚报记者 李伟 摄", "晚报记者", "李伟"],
    ["…提供新经验。记者 钟建军 通讯员 丁晓明 王松 朱丹 摄影报道", "记者", "钟建军 通讯员 丁晓明 王松 朱丹"],
    [
      "…恢复了集群种群。齐鲁晚报·齐鲁壹点记者 田佳玉 通讯员 李钟芸 摄影报道",
      "齐鲁晚报·齐鲁壹点记者",
      "田佳玉 通讯员 李钟芸",
    ],
  ])("%s", (t, role, names) => {
    const m = CREDIT_AFTER_TEXT.exec(t);
    expect([m?.[1], m?.[2]?.trim()]).toEqual([role, names]);
  });
  test("no credit in running text", () => expect(CREDIT_AFTER_TEXT.exec("记者从机场获悉，航班已恢复。")).toBeNull());
  test("a credit's second role names no one", () => {
    expect(endsOnCredit("…提供新经验。记者 钟建军 通讯员 丁晓明 王松 朱丹 摄影报道")).toBe(true);
    expect(endsOnCredit("五一假期，古城墙下人流如织。记者看到不少游客驻足拍摄")).toBe(false);
  });
  test.each([
    ["湿地成为候鸟的迁徙停歇地。摄影：李晓明", true],
    ["村民在大棚中劳作。图/张伟 王芳", true],
    ["市民在广场上合影留念。摄影：无人机", false],
    ["园区新建厂房投产。图/高新区", false],
    ["游客在景区赏花。图：向阳村", false],
    ["他说：“摄影：需要耐心”", false],
    ["主办方提供了摄影：器材和场地。", false],
  ])("the credit word before the names: %s", (t, yes) => expect(endsOnCredit(t)).toBe(yes));
});

describe("bylines a newsroom or a role opens", () => {
  test.each([
    "融媒记者 王军",
    "值班记者 石蕴璞",
    "济南日报报业集团记者 王军",
    "临报融媒记者 周志娟 秦承军",
    "作者：王军 来源：菏泽日报",
  ])("%s", (t) => expect(openingBylineOf(t)).not.toBeNull());
  // (a paper's short name before its 全媒体, names run together after the role, 实习生 one role)
  test.each([
    ["半岛全媒体记者穆卫东高芳", ["穆卫东", "高芳"]],
    ["半岛全媒体记者高芳实习生王嘉晨", ["高芳", "王嘉晨"]],
  ])("%s names %j", (t, names) => {
    expect(openingBylineOf(t)).not.toBeNull();
    expect(namesInByline(t)).toEqual(names);
  });
});

describe("names spaced out to a three-character name's width", () => {
  test.each([
    ["本报记者 王 军 通讯员 李 明", ["王军", "李明"]],
    ["记者 郭 郡 摄", ["郭郡"]],
  ])("%s: %j", (t, names) => expect(namesInByline(t)).toEqual(names));
  test("a credit ending on a spaced name", () => expect(isCreditOnly("郭 郡 摄")).toBe(true));
  test.each(["王 军", "王　军", "王明起"])("a name alone: %s", (t) => expect(nameAlone(t)).toBe(true));
  test.each(["发 展", "王 军 李"])("not a name alone: %s", (t) => expect(nameAlone(t)).toBe(false));
});

describe("names a credit runs together", () => {
  test.each([
    ["（孟西安祁鸿斌）", ["孟西安", "祁鸿斌"]],
    ["（黄华郝志华）", ["黄华", "郝志华"]],
    ["本报记者曾坤颜世贵", ["曾坤", "颜世贵"]],
    ["记者 王军李明", ["王军", "李明"]],
    // one name under a two-character surname, and a run that reads more than one way, stay whole
    ["记者 欧阳晓明", ["欧阳晓明"]],
  ])("%s: %j", (t, names) => expect(namesInByline(t)).toEqual(names));
  test.each(["孟西安祁鸿斌", "王军李明"])("%s reads one way", (t) => expect(namesInRun(t)).not.toBeNull());
  // (王高李高明 reads as 王高/李高明 and as 王高李/高明: no one way)
  test.each(["王高李高明", "欧阳晓明", "解决当前", "古都北京"])("%s is no run of names", (t) =>
    expect(namesInRun(t)).toBeNull(),
  );
  // (a surname read only in runs opens common words)
  test.each(["童年", "纪念", "颜色"])("%s is no name alone", (t) => expect(nameAlone(t)).toBe(false));
});

describe("names with their roles and credits closing a story", () => {
  test.each([
    ["魏生强 全媒体记者 周俊鹏 文/图", "credit"],
    ["本报记者 张骞/文 张梦珠/图", "credit"],
    ["王小明/文", "credit"],
    // (a phrase is no name, and a role alone names no one)
    ["春风化雨 文/图", null],
    ["金秋 文/图", null],
    ["王明 文/文", null],
    ["市民 文/图", null],
    ["李明 张华", null],
  ])("%s → %s", (line, form) => {
    expect(closingLineForm(line)).toBe(form);
  });
});

describe("what marks a photo's caption", () => {
  test.each([
    "作者采访王克昌（右）",
    "王洋（左一）走访王传俊老人",
    "张明（前排左三）与队员们合影",
    "图为村民在采摘樱桃",
    "游客在园区采摘草莓。 本报记者 王一 摄",
  ])("a caption: %s", (line) => expect(CAPTION_MARK.test(line)).toBe(true));
  // (a position in brackets names who stands where in a picture; a head's brackets say something else)
  test.each(["我市召开全市经济工作会议（扩大）", "右玉精神代代传", "右玉精神（中）", "乡村振兴观察（中）"])(
    "no caption: %s",
    (line) => expect(CAPTION_MARK.test(line)).toBe(false),
  );
});

describe("a story's source closing it", () => {
  test.each(["（新华社）", "（据新华社）", "（来源：新华社）", "来源：大众日报", "（综合新华社、央视新闻）"])(
    "names no author: %s",
    (t) => expect(namesInByline(t)).toEqual([]),
  );
  test("a person's name in brackets is no source", () => expect(namesInByline("（王新华）")).toEqual(["王新华"]));
  test("an editor's credit in brackets is the page's", () =>
    expect(furnitureOf("（责任编辑：王军）")?.kind).toBe("credits"));
});

describe("who spoke or attended", () => {
  test.each([
    "孙永红出席并讲话",
    "汪东进致辞 周心怀出席并讲话 俞进主持",
    "田纪云吴邦国姜春云参观",
    "刘强参加",
    "李明刘运刘建军参加活动",
    "赵紫阳杨尚昆胡启立等到机场迎接",
    "程丽华参加讨论",
  ])("a leaders line: %s", (t) => expect(LEADERS_LINE.test(t)).toBe(true));
  // (what a body did, 开展百村调研, names no one who attended)
  test.each([
    "福建省人大开展百村调研",
    "市政协组织委员赴企业调研",
    "王忠林会见省政协港澳委员考察团一行",
    "我市举办青少年参观活动",
  ])("not a leaders line: %s", (t) => expect(LEADERS_LINE.test(t)).toBe(false));
});

describe("how a story's lead opens", () => {
  test.each([
    "10月9日，市民在公园",
    "3日上午10时许，在垦利县",
    "近日，市图书馆",
    "1日零时，新版线路图启用",
    "图为工人在检修线路",
    "近日，市图书馆",
  ])("a lead: %s", (t) => expect(LEAD_OPENING.test(t)).toBe(true));
  test.each(["还不太懂事，就知道", "日子一天天好起来", "3日电 记者"])("not a lead: %s", (t) =>
    expect(LEAD_OPENING.test(t)).toBe(false),
  );
});

describe("a title's own line", () => {
  test.each([
    ["永葆本色创新业——记全军劳动模范高荣华", ["永葆本色创新业", "——记全军劳动模范高荣华"]],
    ["奔流入海—黄河口写意", ["奔流入海", "—黄河口写意"]],
    ["北京—上海", null],
    // (a comma inside the quoted title is the quoted words', not a sentence's)
    ["“守住了家，就守住了根” ——山区村民迁居见闻", ["“守住了家，就守住了根”", "——山区村民迁居见闻"]],
    ["守住了家，就守住了根——山区村民迁居见闻", null],
  ])("%s: title and subtitle %j", (line, parts) => expect(dashSubtitle(line)).toEqual(parts));
});

describe("a subtitle beside its title on one line, told by width", () => {
  test.each([
    ["硬“核”力量落地招远 首个配置冷却塔的“华龙一号”核电机组全面启动建设", "硬“核”力量落地招远"],
    [
      "暂别晴暖天气，山东多地迎小雨雪 明日最高温局部降至冰点以下，气温回升或等到2月20日以后",
      "暂别晴暖天气，山东多地迎小雨雪",
    ],
  ])("%s", (line, title) => expect(widerBeside(line)?.[0]).toBe(title));
  // (two matched clauses are one title; a short phrase beside a title is no subtitle)
  test.each(["刘强任济南市委书记 于海田任济南市代市长", "风雪中 最美的坚守", "聊城大小事 一报尽知之"])(
    "one title: %s",
    (line) => expect(widerBeside(line)).toBeNull(),
  );
});

describe("two head lines with nothing to mark them", () => {
  const fields = (a: string, b: string) => {
    const f = headlineFields([a, b]);
    return [f.kicker, f.title, f.subtitle];
  };
  test.each([
    // a line of two phrases under a one-phrase line: the title's 副题
    [
      "黄河油葵花海背后的密码",
      "生态放在首位 城与河一体发展",
      [null, "黄河油葵花海背后的密码", "生态放在首位 城与河一体发展"],
    ],
    // two phrases over one: the 引题 over the title
    [
      "加强全面建设 着眼整体提高",
      "武警某部建设部队创佳绩",
      ["加强全面建设 着眼整体提高", "武警某部建设部队创佳绩", null],
    ],
    // a body's decision over what it decided: the 引题, though shorter
    ["国际奥委会决定", "北京奥运会举办日期推迟两周", ["国际奥委会决定", "北京奥运会举办日期推迟两周", null]],
    // a series' number: the 引题
    ["我与本报的故事⑮", "张某某：本报成就我的写作梦想", ["我与本报的故事⑮", "张某某：本报成就我的写作梦想", null]],
    ["深化改革系列述评之11", "加快投资体制改革步伐", ["深化改革系列述评之11", "加快投资体制改革步伐", null]],
    // the 主题 is the shortest line: a clearly longer line under it is its 副题
    [
      "四川重点建设进展良好",
      "至去年11月已完成投资204亿元",
      [null, "四川重点建设进展良好", "至去年11月已完成投资204亿元"],
    ],
    // lengths that do not tell: the line nearer the story is the title
    ["机动车行驶证电子化", "今起分三批全国推广应用", ["机动车行驶证电子化", "今起分三批全国推广应用", null]],
    // a label of two characters over a short head: the column's, the 引题
    ["漫话", "不明之水", ["漫话", "不明之水", null]],
    // (a short title over a far longer 副题 stays the title)
    ["回家", "一位农民工的春运故事", [null, "回家", "一位农民工的春运故事"]],
    // who attended, 参加活动: the 副题
    ["北京大学校长来潍调研", "李明刘运刘建军参加活动", [null, "北京大学校长来潍调研", "李明刘运刘建军参加活动"]],
    // a place alone over the head: where the story is from, the 引题
    ["福建厦门", "“花园城市”颜值内在兼备", ["福建厦门", "“花园城市”颜值内在兼备", null]],
    ["山东 临沂", "沂河两岸绿意浓", ["山东 临沂", "沂河两岸绿意浓", null]],
    // a couplet of two phrases of one length under a line that is none: the 主题, the line over it the 引题
    [
      "两区政协召开交流座谈会",
      "深化交流合作 提升履职实效",
      ["两区政协召开交流座谈会", "深化交流合作 提升履职实效", null],
    ],
    [
      "本报记者赴东平开展集中采风",
      "记者庆佳节 湖韵映初心",
      ["本报记者赴东平开展集中采风", "记者庆佳节 湖韵映初心", null],
    ],
  ])("%s / %s: %j", (a, b, want) => expect(fields(a, b)).toEqual(want));
  // (a paragraph a line: the page breaks no head, but the paper's own two matched halves stay one title)
  test.each([
    ["清除路面标线", "营造整洁环境", [null, "清除路面标线营造整洁环境", null]],
    ["机动车行驶证电子化", "今起分三批全国推广应用", ["机动车行驶证电子化", "今起分三批全国推广应用", null]],
    ["国际奥委会决定", "奥运会延期一年", ["国际奥委会决定", "奥运会延期一年", null]],
  ])("a paragraph a line: %s / %s: %j", (a, b, want) => {
    const f = headlineFields([a, b], false);
    expect([f.kicker, f.title, f.subtitle]).toEqual(want);
  });
});

describe("a subtitle beside its title on one line, told by a sign (EXPLAINED_BESIDE)", () => {
  test.each([
    ["四川重点建设进展良好 至去年11月已完成投资204亿元", "四川重点建设进展良好"],
    ["艺术节送戏到基层 十多个剧团为6万多观众演出11场", "艺术节送戏到基层"],
    ["我将参加亚太经济合作会 余湛表示要对会议作出积极贡献", "我将参加亚太经济合作会"],
    ["首钢班组学习“三个代表”重要思想 学出思路 学出动力 学出成效", "首钢班组学习“三个代表”重要思想"],
  ])("%s", (line, title) => {
    expect(explainedBeside(line)?.[0]).toBe(title);
    expect(headlineFields([line]).title).toBe(title);
  });
  // (matched halves, a digest's two heads, a title with its own figure, a kicker's phrases before the title)
  test.each([
    "刘强任济南市委书记 于海田任济南市代市长",
    "真相止息抢盐风波 牡丹惊艳宝岛台湾",
    "今天烟台晚报出版10000期 时光知味 报纸留香",
    "聊城大小事 一报尽知之",
    "防风险 严监管 活实体 促发展",
  ])("one title: %s", (line) => expect(explainedBeside(line)).toBeNull());
});

describe("a line over a title that carries its subtitle beside it", () => {
  const fields = (a: string, b: string) => {
    const f = headlineFields([a, b]);
    return [f.kicker, f.title, f.subtitle];
  };
  test("is the kicker", () =>
    expect(
      fields("圆满结束对亚非五国的国事访问", "李先念主席回到北京 赵紫阳杨尚昆胡启立吴学谦周谷城等到机场迎接"),
    ).toEqual(["圆满结束对亚非五国的国事访问", "李先念主席回到北京", "赵紫阳杨尚昆胡启立吴学谦周谷城等到机场迎接"]));
  test("a subtitle in parts, who spoke and who attended, under the title stays the subtitle", () =>
    expect(
      fields("市政协十二届二次会议隆重开幕", "宋永祥讲话李春田梁金光出席 范连生作常委会工作报告 皮台田主持会议"),
    ).toEqual([
      null,
      "市政协十二届二次会议隆重开幕",
      "宋永祥讲话李春田梁金光出席 范连生作常委会工作报告 皮台田主持会议",
    ]));
});

describe("an export that sets each head's stack on one line", () => {
  const fields = (line: string) => {
    const f = headlineFields([line], true, true);
    return [f.title, f.subtitle];
  };
  test("a title, then its subtitle after a space", () =>
    expect(fields("硬“核”力量落地招远 首个配置冷却塔的“华龙一号”核电机组全面启动建设")).toEqual([
      "硬“核”力量落地招远",
      "首个配置冷却塔的“华龙一号”核电机组全面启动建设",
    ]));
  test("two parallel halves of one title, as wide as each other and in alike words, stay one title", () =>
    expect(fields("刘强任济南市委书记 于海田任济南市代市长")).toEqual([
      "刘强任济南市委书记 于海田任济南市代市长",
      null,
    ]));
});

describe("a ——subtitle the column wrapped", () => {
  test("its rest under it is the same subtitle, under the title's two lines", () => {
    const f = headlineFields([
      "今年前2个月经济运行",
      "起步平稳",
      "——发展态势向新向好，一季度有望保持总体",
      "平稳、稳中有进",
    ]);
    expect([f.kicker, f.title, f.subtitle]).toEqual([
      null,
      "今年前2个月经济运行起步平稳",
      "——发展态势向新向好，一季度有望保持总体平稳、稳中有进",
    ]);
  });
  test("a finished ——subtitle is not run on into the line under it", () => {
    const f = headlineFields([
      "今年前2个月经济运行",
      "起步平稳",
      "——发展态势向新向好，一季度有望保持总体平稳。",
      "国家统计局新闻发言人答记者问",
    ]);
    expect(f.subtitle).toBe("——发展态势向新向好，一季度有望保持总体平稳。 国家统计局新闻发言人答记者问");
  });
});

describe("a byline set into the story's first line", () => {
  test.each([
    ["本报记者 韩钟昆 解决当前经济生活中突出的矛盾", "本报记者 韩钟昆", "解决当前经济生活中突出的矛盾"],
    ["本报记者龚永泉 “三天不吃青，嘴里冒火星”。", "本报记者龚永泉", "“三天不吃青，嘴里冒火星”。"],
    ["本报记者曾坤颜世贵 古都北京，从来没有", "本报记者曾坤颜世贵", "古都北京，从来没有"],
  ])("%s", (text, byline, rest) => expect(bylineRunIn(text)).toEqual({ byline, rest }));
  test("the reporters' 报道： goes with the byline", () =>
    expect(bylineRunIn("本报记者 王小明 报道：市政府近日召开会议")).toEqual({
      byline: "本报记者 王小明 报道：",
      rest: "市政府近日召开会议",
    }));
  test.each([
    "记者从市统计局获悉，一季度",
    "记者 张三 李四",
    "记者 王小明 报道",
    "记者 发展改革 部门近日表示",
    "记者 曾经 三次走访这个村子。",
    "本报通讯员 庞大 的队伍在村里",
  ])("not one: %s", (text) => expect(bylineRunIn(text)).toBeNull());
});

describe("a reporter's credit set before the story's text", () => {
  test.each([
    ["记者 陈芮 文/摄4月18日，第二届绘本展开幕。", "陈芮"],
    ["记者陈芮文/摄4月18日，第二届绘本展开幕。", "陈芮"],
    ["记者 胡肖飞 文/摄 2月27日，工人在抓紧建设。", "胡肖飞"],
    ["本报记者 王小明 摄 近日，市民在公园赏花。", "王小明"],
    ["全媒体记者 李华 张强 图/文 昨天上午，活动启动。", "李华 张强"],
  ])("%s", (text, names) => expect(creditRunIn(text)).toBe(names));
  test.each([
    "记者 陈芮 文/摄",
    "记者从市统计局获悉，一季度",
    "记者 发展改革 摄影展近日开幕。",
    "记者 王小明 摄影作品展出",
    "本报记者王小明摄影30余年，拍下了城市的变迁。",
  ])("not one: %s", (text) => expect(creditRunIn(text)).toBeNull());
});

describe("a head the paper broke after a short first phrase, on a page of a paragraph a line", () => {
  const lines = (texts: string[]) => normalise(texts.join("\n"));
  test("one title: 巨网拉起 / “鱼水双赢”", () => {
    const heads = headingsOf(lines(["巨网拉起", "“鱼水双赢”"]), () => "headline", false);
    expect(heads.map((h) => h.text)).toEqual(["巨网拉起“鱼水双赢”"]);
  });
  test("a kicker over a longer title stays two headings", () => {
    const heads = headingsOf(lines(["聚焦两会", "代表委员热议高质量发展"]), () => "headline", false);
    expect(heads).toHaveLength(2);
  });
});

describe("a head line ending on a dash", () => {
  const lines = (texts: string[]) => normalise(texts.join("\n"));
  test("leads into the title under it, in a wrapped column too: a kicker, not a title run on into a ——副题", () => {
    const heads = headingsOf(lines(["热线电话收到外地游客来信——", "“这座城市让我感到温暖”"]), () => "headline", true);
    expect(heads.map((h) => h.text)).toEqual(["热线电话收到外地游客来信——", "“这座城市让我感到温暖”"]);
  });
});

describe("a picture's story opens", () => {
  test.each([
    "“今年的草莓收成不错！”3月1日，襄城县…",
    "“今年的草莓收成不错!”3月1日,襄城县…",
    "近日，市图书馆…",
    "春分时节，河堤两岸的油菜花开了…",
    "入冬以来，湿地迎来…",
    "金秋十月，果园里…",
  ])("%s", (t) => expect(PICTURE_LEAD.test(t)).toBe(true));
  test.each(["春天的河堤上", "秋收时节的"])("no season's lead: %s", (t) => expect(PICTURE_LEAD.test(t)).toBe(false));
  test("a quote that goes on with its sentence opens none", () =>
    expect(PICTURE_LEAD.test("“今年的草莓收成不错”，他说")).toBe(false));
});

describe("an author's note the column wrapped", () => {
  test("letter-spaced, over two lines", () =>
    expect(authorNoteLines(["（作 者 为 山 东 省 农 业 科 学 院 研", "究员）", "基层治理是国家治理的基石。"])).toBe(2));
  test("over three lines, 作者单位", () =>
    expect(authorNoteLines(["（作者单位：", "省农业科学院农村经济", "研究所）"])).toBe(3));
  test("a bracket that closes on a line of another story opens no note", () =>
    expect(authorNoteLines(["（作者为山东大学", "教授）在会上说，要加快…"])).toBe(0));
  test("a sentence in brackets about an author is no note", () =>
    expect(authorNoteLines(["（作者在书中写道", "“家是最小国，国是千万家”）"])).toBe(0));
});

describe("a name under a less common surname", () => {
  test.each(["阮子旭", "窦浩智", "缪鲁", "蘧广震"])("%s may be a name", (t) => expect(mayBeName(t)).toBe(true));
  // (surnames that open common words, 包括 / 商场 / 车辆, are left out)
  test.each(["包括", "商场", "车辆"])("%s is no name", (t) => expect(mayBeName(t)).toBe(false));
});

describe("names in brackets the column wrapped", () => {
  test("role and name, the second name under it", () =>
    expect(bracketedClosingLines(["　　（本报全媒体记者 张某某 ", "李某）"])).toBe(2));
  test("a bracket closed on its own line is no wrapped one", () =>
    expect(bracketedClosingLines(["（记者 王某）", "李某）"])).toBe(0));
  test("a sentence in brackets going on below is none", () =>
    expect(bracketedClosingLines(["（记者从市交通局了解到", "全市新增公交线路三条）"])).toBe(0));
});

describe("a column's label", () => {
  test.each(["两会聚焦", "民生关注", "新春特别策划", "特别报道", "新闻简报", "图片新闻"])("%s", (t) =>
    expect(COLUMN_LABEL.test(t)).toBe(true),
  );
  test("a title's first line ending on the same word is no label: 全省各地党报记者聚焦 / 乡村振兴采访活动举行", () =>
    expect(COLUMN_LABEL.test("全省各地党报记者聚焦")).toBe(false));
});

describe("couldBeName: whether three characters could be a name at all (patterns/names.ts)", () => {
  test.each([
    ["卫兴华", true],
    ["欧阳晓", true],
    ["阮子旭", true],
    ["夜行记", false],
    ["守夜人", false],
    ["王", false],
  ])("%s → %s", (word, could) => {
    expect(couldBeName(word)).toBe(could);
  });
});
