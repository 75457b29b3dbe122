import { describe, expect, test } from "vitest";
import { readPage } from "../../ingest/page/line-model/model.ts";
import { relabel } from "../../ingest/page/line-model/relabel.ts";
import { hintedProfile } from "../../ingest/page/profile.ts";
import { normalise } from "../../ingest/page/lines/normalise.ts";
import type { LineLabel, ReadPage } from "../../ingest/page/types.ts";

/** A page as the model reads it, with some lines' labels set as the model may give them on a longer page. */
function readWith(text: string, labels: Readonly<Record<number, LineLabel>>): ReadPage {
  const page = readPage(normalise(text), null, new Map());
  const readings = new Map(page.readings);
  for (const [n, label] of Object.entries(labels)) readings.set(Number(n), { ...readings.get(Number(n))!, label });
  return { ...page, readings };
}

/** A page as the model reads it, with one line's label set. */
const readAs = (text: string, line: number, label: LineLabel): ReadPage => readWith(text, { [line]: label });

describe("relabel: a line's label beside its neighbours'", () => {
  const PAGE = [
    "第10版：民生",
    "责任编辑：郭宁 美编：李建国 校对：刘洋",
    "",
    "潘云强",
    "上世纪80年代至本世纪初叶，烟台兴起一股西装热。",
    "",
    "当年那股西装热",
  ].join("\n");

  test("a name alone under the page's furniture, over the text, read as furniture by its place: the byline", () => {
    const read = relabel(readAs(PAGE, 4, "furniture"));
    expect(read.readings.get(4)!.label).toBe("byline");
  });

  test("between two lines of the masthead's furniture, it stays the masthead's", () => {
    const page = [
      "2024年10月16日 星期三",
      "《在文艺工作座谈会上的讲话》",
      "某某集团有限公司主管主办",
      "",
      "加快新旧动能转换",
      "上世纪80年代至本世纪初叶，烟台兴起一股西装热。",
    ].join("\n");
    expect(relabel(readWith(page, { 1: "furniture", 2: "furniture", 3: "furniture" })).readings.get(2)!.label).toBe(
      "furniture",
    );
    expect(relabel(readWith(page, { 1: "furniture", 2: "furniture", 3: "text" })).readings.get(2)!.label).toBe(
      "headline",
    );
  });

  test("a line read as furniture by its place alone that is no name is a head", () => {
    const read = relabel(readAs(PAGE.replace("潘云强", "加快新旧动能转换"), 4, "furniture"));
    expect(read.readings.get(4)!.label).toBe("headline");
  });

  test("a line alone at the margin, no sentence ending it, where every paragraph opens indented: a head", () => {
    const page = [
      "  2月13日，山东连续多日的晴暖天气格局被打破，多地迎来小雨雪。",
      "",
      "暂别晴暖天气，山东多地迎小雨雪 明日最高温局部降至冰点以下，气温回升或等到2月20日以后",
      "",
      "  中秋正逢“大海市”，在荣成渔港码头，回港的渔船不断带来惊喜。",
      "  据介绍，今年秋汛渔获物仍以传统鱼种为主。",
      "",
      "耕海归来 鱼满舱",
    ].join("\n");
    expect(relabel(readAs(page, 3, "text")).readings.get(3)!.label).toBe("headline");
    // (a finished sentence alone at the margin stays text)
    const finished = page.replace("气温回升或等到2月20日以后", "气温回升或等到2月20日以后。");
    expect(relabel(readAs(finished, 3, "text")).readings.get(3)!.label).toBe("text");
  });
});

describe("relabel: a head's line over the picture its story opens with", () => {
  const PAGE = [
    "现场特写",
    "代表们的春天",
    "北京东大厅前，代表们与来宾合影留念。本报记者王晓明摄",
    "  本报特派记者 李华 赵亮 3月7日发自北京",
    "  3月7日上午，人民大会堂东大厅前洋溢着欢乐的气氛，代表们早早来到会场。",
  ].join("\n");

  test("read as a caption, shaped as a head, right under a head line: the head's line", () => {
    expect(relabel(readAs(PAGE, 2, "caption")).readings.get(2)!.label).toBe("headline");
    // (the caption under it, a sentence with its credit, stays the caption)
    expect(relabel(readAs(PAGE, 2, "caption")).readings.get(3)!.label).toBe("caption");
  });
});

describe("relabel: a paragraph's last line over its byline, read as a caption", () => {
  const PAGE = [
    "　　市民王先生来电反映：他家楼下",
    "的路灯坏了半个多月，每到晚上出行",
    "很不方便，希望有关部门尽快协调解",
    "决此事。",
    "记者 李明",
    "",
    "　　市民赵女士来电反映：小区门口",
    "的井盖松动，车辆经过时响声很大。",
  ].join("\n");

  test("it completes the word the column cut at the end of the line above: that paragraph's last line", () => {
    expect(relabel(readAs(PAGE, 4, "caption")).readings.get(4)!.label).toBe("text");
  });

  test("a caption under finished text completes no word and stays a caption", () => {
    const page = PAGE.replace("尽快协调解\n决此事。", "尽快协调。\n路灯下的积水");
    expect(relabel(readAs(page, 4, "caption")).readings.get(4)!.label).toBe("caption");
  });
});

describe("relabel: the last line of a paragraph the column cut", () => {
  // paragraphs opened by two full-width spaces, wrapped at the column's width; line 7 ends the paragraph of line 6
  const PAGE = [
    "　　山里人说起这些年的变化，总爱从修路",
    "讲起。路通了，山货运得出去，日子也就有",
    "了盼头。",
    "　　村里的合作社今年收了三万多斤核桃，",
    "比去年多出一成。",
    "　　“当年挑一担核桃下山要走大半天”，一",
    "位老人回忆起从前的艰难……",
    "山路上的新日子",
    "",
    "　　清晨六点，镇上的早市已经热闹起来，",
    "卖菜的、买早点的挤满了整条街道。",
  ].join("\n");

  test("read as a head under a line running to the column's edge mid-word: the paragraph's last line", () => {
    // (it ends a sentence, and the line above, one clause in quotes, is shaped like a head's first line)
    expect(relabel(readAs(PAGE, 7, "headline")).readings.get(7)!.label).toBe("text");
    // the head under it stays a head
    expect(relabel(readAs(PAGE, 7, "headline")).readings.get(8)!.label).toBe("headline");
  });
});

describe("relabel: a head set tight under a picture's credit", () => {
  const PAGE = [
    "“今年的西瓜长势特别好！”5月",
    "8日，城西镇王家村种植户在大",
    "棚里采摘西瓜。该村种植的早熟",
    "西瓜已陆续上市，每亩收入可达",
    "一万余元。本报记者 赵明远 摄",
    "城北新建两座口袋公园",
    "这两座口袋公园位于城北街道",
    "人民路和建设路交叉口附近，占",
    "地约三千平方米。（记者 钱立华）",
  ].join("\n");

  test("a head-shaped line under a credit run on after the caption's sentence, over text, is the next story's head", () => {
    expect(relabel(readAs(PAGE, 6, "text")).readings.get(6)!.label).toBe("headline");
  });

  test("a dateline there opens the story the picture shows: it stays text", () => {
    const dated = PAGE.replace("城北新建两座口袋公园", "本报讯（记者 钱立华 通讯员");
    expect(relabel(readAs(dated, 6, "text")).readings.get(6)!.label).toBe("text");
  });

  test("a line going on with a sentence stays text", () => {
    const goesOn = PAGE.replace("城北新建两座口袋公园", "的居民纷纷来到公园里散步");
    expect(relabel(readAs(goesOn, 6, "text")).readings.get(6)!.label).toBe("text");
  });
});

describe("relabel: a byline with no name in it", () => {
  const PAGE = [
    "  凌晨两点半出摊，下午五点半打烊，三十三年如一日。",
    "  02:52",
    "  出摊",
    "  老于的大褂已经全部湿透，肩膀上的补丁愈发明显。",
  ].join("\n");

  test("a short line under text read as a byline, no name, role or credit in it, is text", () => {
    expect(relabel(readAs(PAGE, 3, "byline")).readings.get(3)!.label).toBe("text");
  });

  test("a name there stays the byline", () => {
    expect(relabel(readAs(PAGE.replace("  出摊\n", "  王立新\n"), 3, "byline")).readings.get(3)!.label).toBe("byline");
  });
});

describe("relabel: a margin line between two paragraphs of an indented page", () => {
  const PAGE = [
    "　　城东新建的社区食堂正式开门迎客，不少老人一早就",
    "来排队。",
    "社区食堂开门迎客",
    "　　据介绍，食堂每天供应早餐、午餐和晚餐，六十岁以",
    "上老人就餐可享受优惠，附近居民纷纷点赞。",
    "　　食堂负责人表示，将根据居民意见不断调整菜品，让",
    "大家吃得放心、吃得舒心。",
    "　　下一步，街道还将在城西、城南各建一座社区食堂，",
    "方便更多老人就餐。",
    "　　目前，城西食堂的选址工作已经完成，预计明年春天",
    "投入使用。",
  ].join("\n");

  test("a head-shaped line there is a head", () => {
    expect(relabel(readAs(PAGE, 3, "text")).readings.get(3)!.label).toBe("headline");
  });

  test("a date or a name there is not", () => {
    for (const line of ["2024年7月10日", "王建国"])
      expect(relabel(readAs(PAGE.replace("社区食堂开门迎客", line), 3, "text")).readings.get(3)!.label).not.toBe(
        "headline",
      );
  });
});

describe("relabel: a paragraph's first line with its indent dropped (pdftotext prints none)", () => {
  // a narrow column of 13 em: the paragraph's first line stops two em short of it, as its indent was
  const PAGE = [
    "中国人民银行将创设新的结构性货币政策工具",
    "今年以来，各项宏观政策继续",
    "发力显效，我国经济运行延续",
    "回升态势，起步平稳。",
    "中国人民银行正在研究丰",
    "富政策工具箱，将适时推出增",
    "量政策，助力稳就业、稳企业、",
    "稳市场、稳预期。",
  ].join("\n");

  test("its last word cut and completed by the text right below it: text, not a head", () => {
    expect(relabel(readAs(PAGE, 5, "headline")).readings.get(5)!.label).toBe("text");
  });

  test("a head line that cuts no word into the text under it stays a head", () => {
    const head = PAGE.replace("中国人民银行正在研究丰", "人民银行研究新增工具");
    expect(relabel(readAs(head, 5, "headline")).readings.get(5)!.label).toBe("headline");
  });

  test("a line far short of the column is not told by the cut alone", () => {
    const short = PAGE.replace("中国人民银行正在研究丰", "银行研究丰");
    expect(relabel(readAs(short, 5, "headline")).readings.get(5)!.label).toBe("headline");
  });
});

describe("relabel: a paragraph its credit ends, indented as the page's paragraphs are", () => {
  const PAGE = [
    "巫峡深秋美如画",
    "",
    "　　深秋时节，层林尽染。位于三峡库区腹心的巫山县巫峡两岸层林尽染，秋色宜人。",
    "　　公园、景区、街边的花草树木“争奇斗艳”，层林尽染，五彩斑斓。",
    "　　景在城里，人在景中，整座城市绚丽多彩。很多市民来到户外，享受秋日美景。 王忠虎 摄",
    "",
    "城区新建三座口袋公园",
    "",
    "　　今年以来，城北街道利用边角空地新建口袋公园三座。",
    "",
    "老城区雨污分流改造完工",
    "",
    "　　老城区雨污分流改造工程日前完工，困扰居民多年的雨天积水问题得到解决。",
  ].join("\n");

  test("read as a caption right under finished text, it is a paragraph: the stories decide whose it is", () => {
    expect(relabel(readAs(PAGE, 5, "caption")).readings.get(5)!.label).toBe("text");
  });

  test("a caption at the margin there stays a caption", () => {
    const margin = PAGE.replace("　　景在城里", "景在城里");
    expect(relabel(readAs(margin, 5, "caption")).readings.get(5)!.label).toBe("caption");
  });
});

describe("relabel: a caption set into a sentence the column cut mid-word", () => {
  // a column of 17 em: the caption's short line stands between the two halves of 儿童
  const PAGE = [
    "城北新建三座口袋公园",
    "",
    "每到傍晚，公园里欢声笑语不断，成了",
    "居民休闲的好去处。",
    "据介绍，公园里还设置了健身器材和儿",
    "口袋公园一角",
    "童游乐设施，明年还将在城区再建两座，",
    "让更多居民在家门口享受绿色。",
  ].join("\n");

  test("a short line between a full line and the text that completes its last word: a caption", () => {
    expect(relabel(readAs(PAGE, 6, "text")).readings.get(6)!.label).toBe("caption");
  });

  test("a short line the full line's word runs on into is that paragraph's last line", () => {
    const last = PAGE.replace("口袋公园一角", "童游乐设施").replace("童游乐设施，明年", "明年");
    expect(relabel(readAs(last, 6, "text")).readings.get(6)!.label).toBe("text");
  });

  test("a short line ending its sentence is no caption told by the cut", () => {
    const ended = PAGE.replace("口袋公园一角", "口袋公园一角。");
    expect(relabel(readAs(ended, 6, "text")).readings.get(6)!.label).toBe("text");
  });
});

describe("relabel: a line read as a caption that cuts a word into the text under it", () => {
  const PAGE = [
    "城区新添三处口袋公园",
    "",
    "今年以来，城北街道利用边角空地新",
    "建口袋公园三座。",
    "公园里种植了樱花、海棠等花木，还设",
    "置了健身步道和休息座椅，居民出门五",
    "分钟就能走进绿地。",
  ].join("\n");

  test("running to the column's edge, its last word completed below: text", () => {
    expect(relabel(readAs(PAGE, 3, "caption")).readings.get(3)!.label).toBe("text");
  });

  test("a caption whose last word the text below does not complete stays a caption", () => {
    const whole = PAGE.replace("今年以来，城北街道利用边角空地新", "城北街道利用边角空地建起的公园");
    expect(relabel(readAs(whole, 3, "caption")).readings.get(3)!.label).toBe("caption");
  });
});

describe("relabel: a side box's label alone on its line", () => {
  const PAGE = [
    "发展夜经济，既要热闹，也要有序。",
    "",
    "链接：",
    "我市现有特色街区12条，夜间消费占全天消费的四成以上。",
  ].join("\n");

  test("链接： over text is the box's head", () => {
    expect(relabel(readAs(PAGE, 3, "text")).readings.get(3)!.label).toBe("headline");
  });

  test("a label with its text run on stays text", () => {
    const runOn = PAGE.replace("链接：\n", "链接：我市");
    expect(relabel(readAs(runOn, 3, "text")).readings.get(3)!.label).toBe("text");
  });
});

describe("relabel: a byline the model's path read as text", () => {
  const PAGE = [
    "现场特写",
    "代表们见到总书记很亲切",
    "代表们在人民大会堂东大厅前合影。本报记者王明摄",
    "本报特派记者 郭静 张洪波3月7日发自北京",
    "3月7日上午，人民大会堂东大厅前，山东代表团洋溢着欢乐热烈的气氛。",
    "不到9点，代表们便开始排列队伍，准备会前合影。",
  ].join("\n");

  test("roles and names (and where they filed from) under a caption, over the text: a byline", () => {
    expect(relabel(readAs(PAGE, 4, "text")).readings.get(4)!.label).toBe("byline");
  });

  test("right under a line of text it stays text: a list of reporters, or the story above's closing", () => {
    const under = PAGE.replace("代表们在人民大会堂东大厅前合影。本报记者王明摄", "授予人民日报社记者吕岩松，新华社记");
    expect(relabel(readAs(under, 4, "text")).readings.get(4)!.label).toBe("text");
  });
});

describe("relabel: a head never ends on a full stop", () => {
  const PAGE = [
    "张店区房镇镇曹营村垃圾桶被装得满满当当。",
    "",
    "淄博经济开发区马庄生活区大面积土地裸露。",
    "",
    "文/图 记者 伊巍",
    "晨报淄博7月6日讯 7月6日，记者跟随淄博市整治办暗访城乡环境整治成果。",
  ].join("\n");

  test("a line read as a head that ends on 。 is text", () => {
    expect(relabel(readAs(PAGE, 3, "headline")).readings.get(3)!.label).toBe("text");
  });

  test("a head ending on ！ stays a head", () => {
    const exclaimed = PAGE.replace("大面积土地裸露。", "大面积土地裸露！");
    expect(relabel(readAs(exclaimed, 3, "headline")).readings.get(3)!.label).toBe("headline");
  });
});

describe("relabel: a head's stack over the byline that opens its story", () => {
  const PAGE = [
    "第4版：今日关注",
    "",
    "雨夜里等候一小时",
    "好司机感动外地客",
    "记者 刘洋",
    "　　“我看到了这座城市的风景，更感受到这里人的热心肠，这一趟没有白来。”昨天，武汉游客张先生说。",
  ].join("\n");
  test("a stack line read as a caption by its width is a head line", () => {
    const read = relabel(readAs(PAGE, 4, "caption"));
    expect(read.readings.get(4)!.label).toBe("headline");
  });
  test("a picture's credit in the stack's place is not", () => {
    const read = relabel(readAs(PAGE.replace("好司机感动外地客", "本报记者 李明 摄"), 4, "caption"));
    expect(read.readings.get(4)!.label).toBe("caption");
  });
});

describe("relabel: a head set apart by blank lines", () => {
  const PAGE = [
    "…留下了许多珍贵的影像。",
    "孙明摄影报道",
    "",
    "王大爷：看着本报一路成长",
    "",
    "“二十年来，我是看着这份报纸",
    "成长起来的。”昨天，退休教师王大",
    "爷说，读报已经成了他每天的习惯。",
  ].join("\n");
  /** The page read with its lines 4 and 6 as text, as a longer page's model may read them. */
  const asText = (text: string) => readWith(text, { 4: "text", 6: "text" });
  test("alone between blank lines after finished text, over a sentence of its own: a head", () => {
    expect(relabel(asText(PAGE)).readings.get(4)!.label).toBe("headline");
  });
  test("a paragraph's first line whose last word the text under it completes stays text", () => {
    const page = PAGE.replace("王大爷：看着本报一路成长", "新建的城东公园位于济").replace(
      "“二十年来，我是看着这份报纸",
      "南市历城区，占地三百亩，",
    );
    expect(relabel(asText(page)).readings.get(4)!.label).toBe("text");
  });
});

describe("relabel: a promotion read as a head", () => {
  const PAGE = [
    "…新人领证有了新去处。",
    "本报记者 李明",
    "",
    "扫码关注本报微信公众号",
    "",
    "十条新措施支持农业园区发展",
    "　　日前，市政府出台十条新措施。",
  ].join("\n");
  test("is furniture", () => expect(relabel(readAs(PAGE, 4, "headline")).readings.get(4)!.label).toBe("furniture"));
  test("a head beside it stays a head", () =>
    expect(relabel(readAs(PAGE, 6, "headline")).readings.get(6)!.label).toBe("headline"));
});

describe("relabel: a picture's credit after a bullet, read as a head", () => {
  const PAGE = [
    "新春游园活动昨天在人民公园启动，",
    "现场人头攒动、年味浓郁。",
    "■摄影记者 王明",
    "",
    "城区新建三处口袋公园",
  ].join("\n");
  test("right under the picture's text: its credit", () =>
    expect(relabel(readAs(PAGE, 3, "headline")).readings.get(3)!.label).toBe("caption"));
  test("a head after a bullet stays a head", () =>
    expect(
      relabel(readAs(PAGE.replace("■摄影记者 王明", "■城区新建三处口袋公园"), 3, "headline")).readings.get(3)!.label,
    ).toBe("headline"));
});

describe("relabel: a story's first line read as a caption, under its head and its author's name", () => {
  const PAGE = [
    "我的第一篇稿子",
    "",
    "李明",
    "　　今年是本报创刊七十周年。",
    "作为老读者，我和这张报纸有几十年的缘分。",
    "　　那年我上初中，在学校第一次读到它，",
    "从此每天放学都去阅报栏前站一会儿。",
    "",
    "　　后来我给报社写稿，一连投了三篇都没有",
    "回音，直到第四篇才登了出来。",
    "",
    "　　那张报纸我一直留着，夹在一本旧字典",
    "里，纸已经发黄，字迹还算清楚。",
    "",
    "　　如今我每天早上仍要先读报，再出门",
    "散步，这个习惯已经保持了几十年。",
  ].join("\n");
  const read = (name: string) => relabel(readWith(PAGE.replace("李明", name), { 3: "headline", 4: "caption" }));

  test("the name is the byline and the indented line the story's first", () => {
    const r = read("李明");
    expect(r.readings.get(3)!.label).toBe("byline");
    expect(r.readings.get(4)!.label).toBe("text");
  });

  test("a word that is no name (图片) over it stays a head", () => {
    expect(read("图片").readings.get(3)!.label).toBe("headline");
  });
});

describe("relabel: a kicker set tight under a picture story's credit, over a blank line and the title", () => {
  const PAGE = [
    "种植面积逐年扩大，成为当地群",
    "众增收的好门路。本报记者 赵明 摄",
    "打通服务群众最后一公里",
    "",
    "社区便民中心全面建成",
    "本报讯 记者孙亮 报道：城区",
    "二十个社区便民服务中心全部建",
  ].join("\n");

  test("read as text, it is a head", () => {
    expect(relabel(readWith(PAGE, { 3: "text", 5: "headline" })).readings.get(3)!.label).toBe("headline");
  });
});

describe("relabel: a paragraph's first line whose export wrote a gap as half-width spaces", () => {
  const PAGE = [
    "　　市图书馆今年新增图书两万册，并开设了",
    "少儿阅读区，周末还将举办亲子读书活动，",
    "欢迎市民前来借阅。",
    "",
    "　　•   5月6日，城西公园（原苗圃）改",
    "造完工，园内新建了步道、凉亭和儿童游乐",
    "设施，附近居民从此多了一处休闲的去处。",
    "　　城西街道表示，下一步将继续利用边角",
    "空地建设更多小游园，方便居民就近休闲。",
  ].join("\n");

  test("read as a head, it runs to the column's edge into the text: the paragraph's first line", () => {
    expect(relabel(readAs(PAGE, 5, "headline")).readings.get(5)!.label).toBe("text");
  });
});

describe("relabel: a picture's story set into a column, a second lead inside it", () => {
  const PAGE = [
    "暖阳照进教室，讲台上摊开一",
    "份当天的报纸，墨香还没有散。",
    "读报，是这位老师二十年来",
    "6月11日，记者途经城南路时",
    "看到，一处人行道井盖损坏，",
    "破损已经有很长一段时间了，",
    "近期曾有行人经过时踩空受伤，",
    "希望有关部门尽快修复。本报",
    "记者 王敏 摄",
    "雷打不动的习惯。在她眼里，",
    "这份报纸早已是生活中的老友。",
  ].join("\n");

  test("the picture opens at the lead after the line cut mid-phrase, not at the one after a comma", () => {
    const read = relabel(readAs(PAGE, 9, "caption"));
    expect(read.readings.get(4)!.label).toBe("caption");
    expect(read.readings.get(7)!.label).toBe("caption");
    expect(read.readings.get(3)!.label).toBe("text");
  });
});

describe("relabel: a picture's story set into a narrow column, thirteen lines long", () => {
  const PAGE = [
    "青春是一轮朝日，青春是",
    "一团火焰，青春是一艘满",
    "载希望的航船。只有青年",
    "近日，由城区委宣传部、",
    "文明办牵头，城区文体、",
    "科技、农林、卫健、教育、",
    "司法、劳动、妇联等部门",
    "共同参加，城区“三下",
    "乡”活动拉开序幕，各部",
    "门的工作人员现场为村民",
    "写春联、送岗位、送书籍，",
    "受到村民欢迎。图为城区",
    "卫健委的工作人员昨日在",
    "向村民宣传慢性病防治知",
    "识。",
    "李某 摄",
    "勇担责任、奋勇争先，我",
    "们才能赢得这场接力赛。",
  ].join("\n");

  test("its lines, credit included, are the picture's captions; the host's lines stay text", () => {
    const read = relabel(readAs(PAGE, 16, "caption"));
    expect([4, 10, 15].map((n) => read.readings.get(n)!.label)).toEqual(["caption", "caption", "caption"]);
    expect([3, 17].map((n) => read.readings.get(n)!.label)).toEqual(["text", "text"]);
  });
});

describe("relabel: the reporters and the source in brackets under a story's last sentence", () => {
  const PAGE = [
    "　　记者的车继续沿着公路向镇上驶去，很多",
    "灾民已经陆续返乡，正在清理自家的院子。",
    "新华社记者毛小峰储国平（据新华社某县10月1日电）",
    "",
    "灾区群众喜迎国庆",
  ].join("\n");

  test("read as a head, it is the story's closing byline", () => {
    expect(relabel(readAs(PAGE, 3, "headline")).readings.get(3)!.label).toBe("byline");
  });
});

describe("relabel: a picture set into a column, its credit alone read as a head", () => {
  const PAGE = [
    "首届湖滨旅游节日前结束，接待游客二十",
    "万人次。游客们被富有当地",
    "8月28日下午，县领导来到各分组讨论地点，",
    "慰问参会的委员，希望大家积极参政议政，",
    "为全县发展多提良策。",
    "张小娇摄影报道",
    "特色的锣鼓、高跷和戏曲表演所吸引。",
    "",
    "城南新建两所幼儿园",
  ].join("\n");

  test("the credit and the picture's lines are the caption set into the column", () => {
    const read = relabel(readAs(PAGE, 6, "headline"));
    expect(read.readings.get(6)!.label).toBe("caption");
    expect(read.readings.get(3)!.label).toBe("caption");
    expect(read.readings.get(2)!.label).toBe("text");
  });
});

describe("relabel: a lead's first lines a picture cuts, read as captions", () => {
  const PAGE = [
    "2024年4月2日 星期二 第3版 民生",
    "",
    "春茶开采",
    "　　近日，在武夷山市星村镇附",
    "近茶山上，茶农们背着竹篓在",
    "",
    "凝心聚力谋发展，实干担当开新局。",
    "3月28日，市政协十届三次会议在",
    "市会议中心开幕。",
    "本报记者 钱某某 摄",
    "",
    "茶垄间穿梭，抢摘头茬春茶。",
    "　　星村镇茶园面积达三万多亩，",
    "是当地茶农增收的主要来源。",
    "　　今年头茬春茶提早了一周上市。",
    "",
    "公园花海迎客",
    "　　清明将至，公园的郁金香进入盛",
    "花期，吸引市民前来赏花。",
    "",
    "老街夜市开张",
    "　　老街夜市日前开张，五十多个摊",
    "位销售特色小吃。",
    "",
    "社区食堂开门",
    "　　城东社区食堂日前开门迎客，老",
    "人就餐可享八折优惠。",
  ].join("\n");
  /** The page with its lead's two lines and the picture's read as captions, as the model reads them on a longer page. */
  function read(text: string) {
    return relabel(
      readWith(text, { 4: "caption", 5: "caption", 7: "caption", 8: "caption", 9: "caption", 10: "caption" }),
    );
  }

  test("under the head, opened by the paragraphs' indent, the column cutting the next line mid-sentence: text", () => {
    const got = read(PAGE);
    expect([4, 5].map((n) => got.readings.get(n)!.label)).toEqual(["text", "text"]);
    // (the picture's lines stay captions)
    expect(got.readings.get(8)!.label).toBe("caption");
  });

  test("a caption ending its sentence under the head stays one", () => {
    const got = read(PAGE.replace("茶农们背着竹篓在", "茶农们背着竹篓采茶。"));
    expect(got.readings.get(5)!.label).toBe("caption");
  });
});

describe("relabel: the text under a jump line at the page's top", () => {
  const PAGE = [
    "2025年9月8日 星期一 第2版 县域",
    "",
    "（上接第一版）",
    "立春过后，“开冰梭”“嘎板虾”等肥美的海鲜开始上市。",
    "昨日，记者来到市区文化路市场海鲜区看到，这里前来“寻鲜”的市民可真不少。",
  ].join("\n");

  test("read as furniture by its place, a line of sentences under the jump is the story's text", () =>
    expect(relabel(readAs(PAGE, 4, "furniture")).readings.get(4)!.label).toBe("text"));
  test("the page's furniture under it stays furniture", () =>
    expect(
      relabel(readAs(PAGE.replace(/立春过后.*上市。/u, "责任编辑：张某 美编：李某"), 4, "furniture")).readings.get(4)!
        .label,
    ).toBe("furniture"));
});

describe("relabel: a picture set into a column, its last line read as a caption already", () => {
  const PAGE = [
    "人民广场也是全市公路里",
    "程的起始地，两条国道的",
    "起点都在这里。可广场方",
    "圆近五平方公里，零公",
    "“今年的草莓收成不错！”",
    "3月1日，城南乡骞庄村种",
    "植户正在采收草莓。该村",
    "规模种植的反季节大棚草",
    "莓品种多样，经济效益可观，",
    "有效增加了群众的收入。",
    "本报记者 王某 摄",
    "里到底从何开始？昨天，记",
    "者在交警的配合下找到了它。",
  ].join("\n");

  test("the picture's lines from its lead are captions; the host's stay text", () => {
    const read = relabel(readWith(PAGE, { 10: "caption", 11: "caption" }));
    expect([5, 6, 9].map((n) => read.readings.get(n)!.label)).toEqual(["caption", "caption", "caption"]);
    expect([4, 12].map((n) => read.readings.get(n)!.label)).toEqual(["text", "text"]);
  });
});

describe("relabel: a head over its author's name, no indents", () => {
  const PAGE = [
    "我是一个土生土长的农民，从小就爱吃地瓜。",
    "",
    "自种地瓜回味甜",
    "阮子旭",
    "秋天，一个收获的季节。收获的季节，最让人",
    "高兴的莫过于挖地瓜了。",
  ].join("\n");

  test("read as text, the head-shaped line over the name is the head, the name its byline", () => {
    const read = relabel(readAs(PAGE, 3, "text"));
    expect(read.readings.get(3)!.label).toBe("headline");
    expect(read.readings.get(4)!.label).toBe("byline");
  });
  test("over a line that is no name, it stays text", () =>
    expect(relabel(readAs(PAGE.replace("阮子旭", "包括地瓜"), 3, "text")).readings.get(3)!.label).toBe("text"));
});

describe("relabel: a byline the column cut mid-word", () => {
  const PAGE = ["街道志愿者争当“城市美容师”", "", "□晚报记者 张丽丽", "通讯", "员 孙贵锋", "　　本报讯 昨日，…"].join(
    "\n",
  );

  test("read as a head, the line under the cut role is the byline's rest", () => {
    expect(relabel(readWith(PAGE, { 4: "byline", 5: "headline" })).readings.get(5)!.label).toBe("byline");
  });
  test("a name under a whole byline is no rest of it", () => {
    const page = PAGE.replace("通讯\n员 孙贵锋", "通讯员 孙贵锋\n王强");
    expect(relabel(readWith(page, { 4: "byline", 5: "headline" })).readings.get(5)!.label).toBe("headline");
  });
});

describe("relabel: pdftotext's justified lines", () => {
  const PAGE = [
    "称 ，中 国 持 续 扩 大 高 水 平 对 外 开 放 ，外 资 企 业 信 心 增 强 。",
    "《南 非 商 报》副 主 编 马 丁",
    "内 斯 认 为 ，中 国 的 发 展 经 验 为 非 洲 国 家 提 供 了 有 益 借 鉴 。",
  ].join("\n");

  test("a line spaced out to the column's edge between lines of text is text, read as a head", () =>
    expect(relabel(readAs(PAGE, 2, "headline")).readings.get(2)!.label).toBe("text"));
  test("set tight, not spaced out, it stays a head", () =>
    expect(
      relabel(readAs(PAGE.replace("《南 非 商 报》副 主 编 马 丁", "南非商报副主编马丁"), 2, "headline")).readings.get(
        2,
      )!.label,
    ).toBe("headline"));
});

describe("relabel: a name alone over a first line the blank line made a head", () => {
  const PAGE = [
    "走好新时代的长征路。",
    "",
    "钱乘旦",
    "",
    "中国特色社会主义发展是阶段性和连",
    "续性的统一。根据时代条件变化，把伟大",
  ].join("\n");

  test("the name is the untitled story's byline", () => {
    expect(relabel(readWith(PAGE, { 3: "headline", 5: "headline", 6: "text" })).readings.get(3)!.label).toBe("byline");
  });
  test("over a head that stands alone, the name stays as read", () => {
    const page = PAGE.replace("中国特色社会主义发展是阶段性和连", "新时代的历史方位");
    expect(relabel(readWith(page, { 3: "headline", 5: "headline", 6: "text" })).readings.get(3)!.label).toBe(
      "headline",
    );
  });
});

describe("relabel: a name set upright, a character a line", () => {
  const PAGE = [
    "运用辩证思维推动高质量发展",
    "吴",
    "新时代我国经济发展的基本特征是，",
    "由高速增长阶段转向以电子",
    "",
    "锦",
    "商务创业园等为主体的电子商务支撑",
  ].join("\n");

  test("its first character right under the head is the byline", () =>
    expect(relabel(readAs(PAGE, 2, "headline")).readings.get(2)!.label).toBe("byline"));
  test("a head's last character, a blank line under it, stays the head's (守护绿水青山的 / 家)", () =>
    expect(relabel(readAs(PAGE.replace("吴\n", "吴\n\n"), 2, "headline")).readings.get(2)!.label).toBe("headline"));
  /** The page read with line 6 as a head and the lines around it as text. */
  const read = (page: string) =>
    relabel(readWith(page, { 4: "text", 6: "headline", 7: "text" })).readings.get(6)!.label;
  test("a character alone inside a cut sentence (after a blank line, over its rest) is a stray kept as a caption", () =>
    expect(read(PAGE)).toBe("caption"));
  test("a character alone after finished text is a short head (春 / 本报讯 …)", () =>
    expect(read(PAGE.replace("由高速增长阶段转向以电子", "由高速增长阶段转向高质量发展阶段。"))).toBe("headline"));
  test("two characters are a short head still", () =>
    expect(relabel(readAs(PAGE.replace("\n锦\n", "\n锦绣\n"), 6, "headline")).readings.get(6)!.label).toBe("headline"));
});

describe("relabel: a name alone under the finished text", () => {
  const PAGE = [
    "会议要求，要准确把握巡视监督的切入点。",
    "集团公司总部有关部门负责人参会。",
    "张华",
    "",
    "我国海上首个多层稠油热采项目陆地完工",
  ].join("\n");

  test("a blank line under it: the writer's name closing the story", () =>
    expect(relabel(readAs(PAGE, 3, "headline")).readings.get(3)!.label).toBe("byline"));
  test("text right under it: a short head set tight, as read", () =>
    expect(
      relabel(readAs(PAGE.replace("张华\n", "张华\n本报讯 昨日，…\n"), 3, "headline")).readings.get(3)!.label,
    ).toBe("headline"));
});

describe("relabel: a series' banner the paper repeats", () => {
  const PAGE = [
    "认真学习宣传贯彻党的十九大精神",
    "",
    "树立自然价值和自然资本的理念",
    "加深对绿色发展的理解",
    "郭兆晖",
    "推进绿色发展需要树立自然价值和自然资本的理念。",
  ].join("\n");

  test("read as a head, a long line the paper prints on its other pages is the banner: furniture", () => {
    const read = relabel(
      readAs(PAGE, 1, "headline"),
      hintedProfile(["认真学习宣传贯彻党的十九大精神"], {}, ["认真学习宣传贯彻党的十九大精神"]),
    );
    expect(read.readings.get(1)!.label).toBe("furniture");
  });
  test("on no other page, it stays a head", () =>
    expect(relabel(readAs(PAGE, 1, "headline"), hintedProfile([])).readings.get(1)!.label).toBe("headline"));
  test("a short label the paper repeats (现场特写) labels a column: it stays a head", () => {
    const read = relabel(
      readAs(PAGE.replace("认真学习宣传贯彻党的十九大精神", "现场特写"), 1, "headline"),
      hintedProfile(["现场特写"], {}, ["现场特写"]),
    );
    expect(read.readings.get(1)!.label).toBe("headline");
  });
});

describe("relabel: a paragraph's first line whose closing quote hangs past the column's edge", () => {
  const PAGE = [
    "这样的报道让职工感动",
    "",
    "　　陕工报日前推出的“高温酷暑访一线”",
    "栏目中有一组反映企业职工在高温下作业",
    "的稿件，其中有一篇报道写出了该厂高温",
    "车间当班工人的工作场景与辛苦，刻画出",
    "了职工的形象。",
  ].join("\n");

  test("read as a head, it runs to the edge but for the hanging mark: the paragraph's first line", () =>
    expect(relabel(readAs(PAGE, 3, "headline")).readings.get(3)!.label).toBe("text"));
  test("a line as wide that ends on no closing mark stops past the edge: it stays a head", () =>
    expect(relabel(readAs(PAGE.replace("访一线”", "访一线好"), 3, "headline")).readings.get(3)!.label).toBe(
      "headline",
    ));
});

describe("relabel: a reporter's credit run into a paragraph's first line", () => {
  const PAGE = [
    "年景",
    "",
    "　　记者 胡明 文/摄 2月27日，城西区长湖出",
    "口段河道生态治理工程施工现场，工人们正在",
    "抓紧建设。",
  ].join("\n");

  test("read as a head after the blank line, it is the paragraph's first line", () =>
    expect(relabel(readAs(PAGE, 3, "headline")).readings.get(3)!.label).toBe("text"));
  test("a head with no credit in it stays a head", () =>
    expect(
      relabel(
        readAs(PAGE.replace("记者 胡明 文/摄 2月27日，城西区长湖出", "河道抓紧生态治理"), 3, "headline"),
      ).readings.get(3)!.label,
    ).toBe("headline"));
});

describe("relabel: a head on a page that parts nothing by blank lines or indents", () => {
  const PAGE = [
    "2025年3月12日 星期三 第3版 社会",
    "本报讯 近日，城区新建的两处公共停车场正式投入使用，共可提供停车位三百余个，周边居民停车难的问题得到缓解。",
    "停车场实行智能收费，市民可通过手机扫码缴费，离场时无需排队等候，首小时免费，此后每小时收费两元。",
    "老旧小区加装电梯",
    "今年以来，我市加快推进老旧小区加装电梯工作，居民可向所在社区提交加装申请，经街道审核后统一施工。",
    "全市今年计划加装电梯一百部，目前已完工六十部，其余四十部将在年底前完工，惠及居民两千余户。",
    "景区负责人介绍，赏秋季节将持续到十一月中旬，景区已增加停车位和接驳车辆，提醒游客错峰出行。",
  ];
  const labelOf = (lines: string[], n: number, as: LineLabel = "text") =>
    relabel(readAs(lines.join("\n"), n, as)).readings.get(n)!.label;

  test("a line ending no sentence right after finished text is a head", () =>
    expect(labelOf(PAGE, 4)).toBe("headline"));
  test("where two blank lines part the page's blocks, a line set tight there is left to the story (a subhead's place)", () => {
    // (blank lines after lines 2 and 6, as few as part three stories; the head, line 5, set tight between 4 and 6)
    const spaced = PAGE.flatMap((l, i) => (i === 1 || i === 4 ? [l, ""] : [l]));
    expect(spaced[4]).toBe("老旧小区加装电梯");
    expect(labelOf(spaced, 5)).toBe("text");
  });
  test("where paragraphs open indented, an indented line is a paragraph's opening, however few sentences it holds", () => {
    const indented = PAGE.map((l, i) => (i === 0 || i === 3 ? l : `　　${l}`)).with(3, "　　据悉，该项目总投资五亿元");
    expect(labelOf(indented, 4)).toBe("text");
  });
  test("not the rest of a picture's credit the line above broke (孙连 / 生摄)", () =>
    expect(labelOf(PAGE.with(2, "图为运动员在比赛中。新华社记者 孙连").with(3, "生摄传真照片"), 4)).toBe("text"));
  test("not after a sentence left unfinished", () =>
    expect(
      labelOf(
        PAGE.with(2, "停车场实行智能收费，市民可通过手机扫码缴费，离场时无需排队等候，首小时免费，此后每小时"),
        4,
      ),
    ).toBe("text"));
  test("not a speaker's label ending on a colon, nor a note in brackets", () => {
    expect(labelOf(PAGE.with(3, "读者“蓝天白云”："), 4)).toBe("text");
    expect(labelOf(PAGE.with(3, "（市政协办公室供稿）"), 4)).toBe("text");
  });
  test("not a list of names set apart by spaces, though each is head-shaped", () =>
    expect(labelOf(PAGE.with(3, "一等奖 张三丰 李四海 王五洲"), 4)).toBe("text"));
});

describe("relabel: a line ending on the story's byline run on after its last sentence is finished", () => {
  const page = (credit: string, head: string) =>
    [
      "　　传承本土盐业文化，讲好家乡故事。",
      `　　盐场的工人们说，晒盐靠天吃饭。${credit}`,
      head,
      "　　3月3日，在城区东风街亚星桥，来往市民驻足拍照。",
    ].join("\n");
  test("the head under it stays a head", () =>
    expect(relabel(readAs(page("本报记者 刘蒙亮", "谁知盘中盐"), 3, "headline")).readings.get(3)!.label).toBe(
      "headline",
    ));
  test("but the rest of a picture's credit the line broke goes on with it", () =>
    expect(relabel(readAs(page("新华社记者 孙连", "生摄（传真照片）"), 3, "headline")).readings.get(3)!.label).toBe(
      "text",
    ));
});

test("relabel: a head and its subtitle on one line, wider than a head, where every paragraph is an indented line", () => {
  const page = [
    "　　新华社北京1月7日电 中共中央政治局常务委员会1月7日全天召开会议，听取全国人大常委会党组工作汇报。",
    "　　会议指出，坚持党的领导，首先要坚定维护党中央权威和集中统一领导，这是党的领导的最高原则。",
    "中共中央政治局常务委员会召开会议 听取全国人大常委会、国务院、全国政协、最高人民法院、最高人民检察院党组工作汇报 中共中央总书记主持会议",
    "　　4月26日上午，由中国新闻摄影学会主办的摄影展在嘉兴开幕，来自全国各地的摄影家参加开幕式。",
    "　　来自人民日报、新华社、光明日报、经济日报等媒体的摄影记者参加了采风活动，拍摄作品两千余幅。",
  ].join("\n");
  expect(relabel(readAs(page, 3, "text")).readings.get(3)!.label).toBe("headline");
});

describe("the line model: whether a page's text is wrapped in columns", () => {
  // essays a paragraph a line, each head over its writer's name: the heads and names are all alike in width
  const P = "秋天，一个收获的季节。收获的季节，最让我期盼的是地瓜，地瓜刨出后四仰八叉躺在地上，有的圆有的长。";
  const lines = ["自种地瓜回味甜", "蔡华先", P, P, "地瓜干蒸萁馏", "孙瑞", P, P, "我当民工报道员", "战山河", P, P];
  const wrapped = (ls: string[]) => readPage(normalise(ls.join("\n")), null, new Map()).wrapped;
  test("paragraphs a line, with short heads and names between, are not: none reads as text the column cut", () =>
    expect(wrapped(lines)).toBe(false));
  test("nor are they with heads between alike in width, none reading as text the column cut", () => {
    const heads = [
      "春运首日发送旅客六万人次",
      "一周五十架次航班直飞北方",
      "讲好家乡故事 传播家乡声",
      "烟台港迎来春运首个客流高",
    ];
    expect(wrapped(heads.flatMap((h) => [h, P, P]))).toBe(false);
  });
  test("text wrapped at a column's width is", () =>
    expect(wrapped([...P.match(/.{1,14}/gu)!, ...P.match(/.{1,14}/gu)!])).toBe(true));
});

describe("relabel: a head's stack over a dateline on a page with no blank line, whatever its width", () => {
  // wrapped at 16 em, heads below their stories: the head of the story above, its two lines as wide as the column
  const page = [
    "本报讯 （记者 秦杰）5月17日，两",
    "地政协召开座谈会，协商今年合作方",
    "案，交流重点工作，与会人员就今年",
    "合作内容展开了热烈讨论。",
    "沙坪坝区政协武侯区政协召开座谈会",
    "增进交流合作 提升履职实效",
    "本报北京电 （记者 罗静雯）3月7日，",
    "住渝全国政协委员继续分组讨论政府",
    "工作报告，大家一致表示要积极建言",
    "献策，广泛凝聚人心、凝聚共识。",
  ];
  const read = (lines: string[]) => relabel(readWith(lines.join("\n"), { 5: "text", 6: "text" })).readings;
  test("after finished text, both lines are head lines", () => {
    const r = read(page);
    expect([r.get(5)!.label, r.get(6)!.label]).toEqual(["headline", "headline"]);
  });
  test("not over a byline set into the text (a picture's credit), nor after an unfinished sentence", () => {
    const r = read(page.with(6, "本报记者 李震宇"));
    expect(r.get(5)!.label).toBe("text");
    const s = read(page.with(3, "合作内容展开了热烈讨论，"));
    expect(s.get(5)!.label).toBe("text");
  });
  test("nor a stack holding a bracket's rest (the end of a byline in brackets the column broke)", () =>
    expect(read(page.with(4, "协商今年合作方案）")).get(5)!.label).toBe("text"));
});

describe("relabel: more heads on a page that parts nothing by blank lines or indents", () => {
  const PAGE = [
    "2025年3月12日 星期三 第3版 社会",
    "本报讯 近日，城区新建的两处公共停车场正式投入使用，共可提供停车位三百余个，周边居民停车难的问题得到缓解。",
    "停车场实行智能收费，市民可通过手机扫码缴费，离场时无需排队等候，首小时免费，此后每小时收费两元。",
    "新闻简报",
    "今年以来，我市加快推进老旧小区加装电梯工作，居民可向所在社区提交加装申请，经街道审核后统一施工。",
    "全市今年计划加装电梯一百部，目前已完工六十部，其余四十部将在年底前完工，惠及居民两千余户。",
    "景区负责人介绍，赏秋季节将持续到十一月中旬，景区已增加停车位和接驳车辆，提醒游客错峰出行。",
  ];
  test("a short label read as a byline right after finished text, no name in it, is a head", () =>
    expect(relabel(readAs(PAGE.join("\n"), 4, "byline")).readings.get(4)!.label).toBe("headline"));
  test("after a picture's credit with a note in brackets (…摄（传真照片）), as after finished text", () => {
    const page = PAGE.with(2, "图为运动员在比赛中。新华社记者 孙连生摄（传真照片）").with(
      3,
      "国防部举行招待会庆祝建军节",
    );
    expect(relabel(readWith(page.join("\n"), { 3: "text", 4: "text" })).readings.get(4)!.label).toBe("headline");
  });
});

test("relabel: a paragraph a line, each indented, read off the lines that end a sentence (heads read as text end none)", () => {
  // more head lines than paragraph lines, all read as text, each set tight between two paragraphs (blank lines part
  // the page's blocks elsewhere): the heads must not hide the page's habit
  const P =
    "　　今年以来，我市加快推进老旧小区加装电梯工作，居民可向所在社区提交加装申请，经街道审核后统一施工，惠及居民两千余户。";
  const heads = [
    "国防部举行盛大招待会庆祝建军节",
    "城区新建两处停车场",
    "老旧小区加装电梯",
    "红叶谷迎来赏秋客",
    "市民公园完成提升改造",
  ];
  const page = [P, heads[0], P, "", P, heads[1], heads[2], P, "", P, heads[3], heads[4], P, "", P].join("\n");
  const at = [2, 6, 7, 11, 12];
  const read = relabel(readWith(page, Object.fromEntries(at.map((n) => [n, "text" as const])))).readings;
  expect(at.map((n) => read.get(n)!.label)).toEqual(at.map(() => "headline"));
});

describe("relabel: a head over a byline on a page with no blank line, as wide as the column", () => {
  // wrapped at 14 em; the head, line 4, as wide as the column
  const page = [
    "志愿者们还为居民送去了春联，",
    "大家一起迎接新年的到来。",
    "王明 摄",
    "街道志愿者争当城市美容师们",
    "□晚报记者 张丽丽",
    "昨日，在市十三香路两侧，一群",
    "身穿红马甲的志愿者正在清理路",
    "边的垃圾，来往市民纷纷点赞。",
  ];
  const label = (lines: string[]) =>
    relabel(readWith(lines.join("\n"), { 3: "text", 4: "text", 5: "byline" })).readings.get(4)!.label;
  test("is the byline's story's head", () => expect(label(page)).toBe("headline"));
  test("but over a picture's credit it stays the text's", () =>
    expect(label(page.with(4, "□晚报记者 张丽丽 摄"))).not.toBe("headline"));
});

describe("relabel: a byline over a picture's credit, inside a sentence the column left cut", () => {
  const page = [
    "　　近日，两地政协召开助推成渝地区双城经济圈建设座",
    "",
    "本报记者 李震宇",
    "通讯员 王飞超 摄",
    "　　4月20日，在杭州馒头山社区，施工人员正在扩建排水渠。",
    "",
    "谈会，协商今年合作方案，交流重点工作。",
  ];
  const label = (lines: string[]) =>
    relabel(readWith(lines.join("\n"), { 1: "text", 3: "byline", 4: "caption", 5: "text" })).readings.get(3)!.label;
  test("is the first half of the picture's credit", () => expect(label(page)).toBe("caption"));
  test("after a finished sentence it is a story's byline", () =>
    expect(label(page.with(0, "　　近日，两地政协召开座谈会。"))).toBe("byline"));
});

describe("relabel: a short label ending on a colon over a head, on a page with no blank line", () => {
  // wrapped at 14 em, no indents, heads below their stories
  const page = [
    "本报讯 日前，海安市白甸镇召开",
    "秋季秸秆“双禁”工作动员会，组",
    "织学习相关文件，扎实开展工作。",
    "目前，镇村秸秆“双禁”巡查组开",
    "展全天候巡查，发现问题及时处",
    "置到位。",
    "白甸镇：",
    "全天候巡查 “双禁”工作",
    "何建华说，江苏新出海口建设可",
    "以用“九新”来概括，对外开放有",
    "了新信号，长江经济带上有了新",
    "支点。",
  ];
  const label = (lines: string[]) =>
    relabel(readWith(lines.join("\n"), { 6: "text", 7: "text", 8: "headline", 9: "text" })).readings.get(7)!.label;
  test("is the head's kicker", () => expect(label(page)).toBe("headline"));
  test("over the text, a speaker's label, it stays the text's", () =>
    expect(label(page.with(6, "读者“蓝天白云”：").with(7, "我家门口的菜市场越来越干净了。"))).toBe("text"));
});

describe("relabel: a head's stack over a dateline, on an indented page with no blank line", () => {
  // wrapped at 11 em, paragraphs opened by two full-width spaces, no blank lines
  const page = [
    "青岛市劳模有了群英谱",
    "　　本报讯为了反映建国",
    "以来青岛市劳动模范、先",
    "进生产者的情况，编辑出",
    "版了一书。",
    "市民文化节今日开幕",
    "　　本报讯 第十届市民文",
    "化节今日在市文化中心开",
    "幕，为期一个月。",
    "菊展吸引市民观赏",
    "　　本报讯 连日来，菊展",
    "吸引了众多市民前来观赏。",
    "《图说百年潍坊工运》发布",
    "图片展同时开展",
    "　　本报讯 （葛红普 通",
    "讯员 袁甜）9月25日，新书",
    "发布仪式在潍坊市工人文",
    "化宫举行。",
  ];
  const labels = (lines: string[]) => {
    const read = relabel(
      readWith(lines.join("\n"), { 1: "headline", 6: "headline", 10: "headline", 13: "text", 14: "text" }),
    );
    return [13, 14].map((n) => read.readings.get(n)!.label);
  };
  test("its lines at the margin, under finished text, are head lines", () =>
    expect(labels(page)).toEqual(["headline", "headline"]));
  test("under a sentence the column cut, they are that sentence's rest", () =>
    expect(labels(page.with(11, "吸引了众多市民前来观赏"))).toEqual(["text", "text"]));
});

describe("relabel: a line shaped as a head, after finished text, right over a head", () => {
  const page = [
    "她说，今年要在训练上投入较多的精力。",
    "记者问她今后的打算，她说先把伤养好，再谈比赛。",
    "成绩赢来赞许 事实扭转偏见",
    "王军霞严词正视听 马俊仁畅谈新打算",
    "本月上旬，王军霞在接受采访时说，她不会离开马家军。",
  ];
  const label = (lines: string[]) =>
    relabel(readWith(lines.join("\n"), { 1: "text", 2: "text", 3: "text", 4: "headline", 5: "text" })).readings.get(3)!
      .label;
  test("is the head's kicker", () => expect(label(page)).toBe("headline"));
  test("a kicker ending on the dash that leads into the head is one too", () =>
    expect(label(page.with(2, "北碚区政协与巴中市政协——"))).toBe("headline"));
  test("under a sentence the column cut, it is that sentence's rest", () =>
    expect(label(page.with(1, "记者问她今后的打算，她说先把伤养好，再谈比赛的"))).toBe("text"));
});

describe("relabel: a number alone on its line", () => {
  const page = [
    "鲁中日报",
    "",
    "1",
    "",
    "守好“钱袋子” 防范非法集资宣传进社区",
    "本报讯（记者苗青）日前，潍城区组织金融监管、公安等部门走进社区。",
  ];
  const label = (lines: string[]) =>
    relabel(readWith(lines.join("\n"), { 1: "furniture", 3: "headline", 5: "headline" })).readings.get(3)!.label;
  test("read as a head under the masthead's furniture, is the page's folio", () =>
    expect(label(page)).toBe("furniture"));
  test("a head with words in it stays a head", () => expect(label(page.with(2, "3万人"))).toBe("headline"));
  test("a number set among a story's lines is the story's", () => {
    const story = [
      "全市粮食产量稳中有增",
      "本报讯 记者从市统计局获悉，全市粮食总产量再创新高。",
      "今年以来，全市上下抓好春耕生产。",
      "各地加大农技推广力度。",
      "种粮大户的积极性明显提高。",
      "农业机械化水平不断提升。",
      "粮食收购工作有序推进。",
      "仓储设施建设加快。",
      "粮食质量检测全面开展。",
      "种粮收益稳步提高。",
      "",
      "1",
      "",
      "全市夏粮收购进度过半",
      "本报讯 记者从市粮食局获悉，全市夏粮收购进度过半。",
    ];
    expect(
      relabel(readWith(story.join("\n"), { 1: "headline", 10: "text", 12: "headline" })).readings.get(12)!.label,
    ).toBe("headline");
  });
});

describe("relabel: a head a narrow column broke mid-word, right over its story's text", () => {
  const page = [
    "■临淄区残疾",
    "人就业帮扶基",
    "地揭牌成立",
    "近日，临淄区",
    "残疾人就业帮扶基",
    "地揭牌成立，首批",
    "二十余名残疾人在",
    "基地实现就业。",
  ];
  const labels = (lines: string[]) => {
    const read = relabel(readWith(lines.join("\n"), { 1: "headline", 2: "text", 3: "text", 4: "text" }));
    return [2, 3, 4].map((n) => read.readings.get(n)!.label);
  };
  test("the lines the cut words carry on are the head's", () =>
    expect(labels(page)).toEqual(["headline", "headline", "text"]));
  test("a line no word runs across into is the story's text", () =>
    expect(labels(page.with(1, "今年新增岗位").with(2, "两百余个"))).toEqual(["text", "text", "text"]));
});

describe("relabel: a picture story set apart into a story's first sentence", () => {
  const page = [
    "登记巡回点婚姻囍地标",
    "",
    "3月28日，市民邱先生和王女士从",
    "工作人员手中接过结婚证。当日，",
    "我市首个婚姻登记巡回点——奎文",
    "",
    "6月22日，中心城区七一东路",
    "与人民大道交叉口，6根4米高的钢杆竖",
    "立在路旁。广告牌已被拆除。晚报",
    "记者 朱海龙 摄",
    "",
    "区婚姻登记巡回点启用。据悉，该",
    "婚姻登记巡回点位于泰华大厦。",
  ];
  // as the model may read it: the story's first lines as a caption (a lead under a head), the picture's as text
  const read = (lines: string[]) =>
    relabel(
      readWith(lines.join("\n"), {
        1: "headline",
        3: "caption",
        4: "caption",
        5: "caption",
        7: "caption",
        8: "text",
        9: "text",
        10: "caption",
        12: "text",
      }),
    );
  const labels = (lines: string[], ns: number[]) => ns.map((n) => read(lines).readings.get(n)!.label);
  test("the story's first lines, cut mid-sentence with no credit, are its text", () =>
    expect(labels(page, [3, 4, 5])).toEqual(["text", "text", "text"]));
  test("a caption block that ends its sentence stays a caption", () =>
    expect(labels(page.with(4, "我市首个婚姻登记巡回点启用。"), [3, 4, 5])).toEqual(["caption", "caption", "caption"]));
  test("the picture's block, a lead to its credit after the cut sentence, is one paragraph with its credit", () =>
    expect(labels(page, [7, 8, 9, 10])).toEqual(["text", "text", "text", "caption"]));
  test("after a finished sentence, the block is no picture set into a sentence", () =>
    expect(read(page.with(4, "我市首个婚姻登记巡回点启用。")).readings.get(7)!.relabelled ?? "").not.toContain(
      "set after a sentence it cuts",
    ));
});

describe("relabel: a line read as a head that opens on a lead's time and comma", () => {
  // wrapped at 10 em: the lead's first line runs on into the next
  const page = [
    "实行河长制以来，河道面",
    "貌焕然一新。",
    "",
    "近日，博山区一所小学",
    "迎来几位特殊的“老师”",
    "——非遗项目的传承人。",
  ];
  const label = (lines: string[]) =>
    relabel(readWith(lines.join("\n"), { 1: "text", 2: "text", 4: "headline", 5: "text" })).readings.get(4)!.label;
  test("running to the column's edge, is a paragraph's first line", () => expect(label(page)).toBe("text"));
  test("a date and its comma open one too", () => expect(label(page.with(3, "3月5日，博山区一所小学"))).toBe("text"));
  test("a head that opens on a time, short of the column, stays a head", () =>
    expect(label(page.with(3, "今年以来，增收"))).toBe("headline"));
});

describe("relabel: a caption under a head that ends with no mark", () => {
  test("a line or two under a picture stays a caption", () => {
    const page = ["市民乐享假日时光", "", "图为市民在公园内赏花游玩", "", "本报讯 假日期间，全市各大公园游人如织。"];
    expect(relabel(readWith(page.join("\n"), { 1: "headline", 3: "caption" })).readings.get(3)!.label).toBe("caption");
  });
});

describe("relabel: a line wider than the column the page wraps at", () => {
  // wrapped at 11 em, no blank lines: a head and its subtitle set across the column
  const page = [
    "本报讯 近日，市林业局发布",
    "观赏红叶的最佳时间，建议市",
    "民选择天气晴朗的日子出行，",
    "错峰前往各大景区和公园，",
    "文明赏景，爱护花草树木，",
    "不在景区内随意丢弃垃圾，",
    "自觉维护良好的游览秩序。",
    "天气晴朗，欣赏枫叶正当时，",
    "与枫叶来一场心灵的约会吧。",
    "新冠病毒疫苗接种须知",
    "接种年龄为18至59岁，这些人群需注意",
    "2020年12月31日，中国新",
    "冠病毒疫苗获批上市。目前，",
    "我国首支新冠病毒疫苗已在多",
    "地开始对重点人群接种。",
  ];
  const labels = (lines: string[]) => {
    const read = relabel(readWith(lines.join("\n"), { 10: "text", 11: "text", 12: "text" }));
    return [10, 11].map((n) => read.readings.get(n)!.label);
  };
  test("is a head set across columns, and the head-shaped line over it its head too", () =>
    expect(labels(page)).toEqual(["headline", "headline"]));
  test("a line as wide as the column stays the text's", () =>
    expect(labels(page.with(10, "接种年龄为18至59岁，这些")).at(1)).toBe("text"));
});

describe("relabel: a caption its picture's credit ends, right over a head-shaped line over a head", () => {
  const page = [
    "吴数德在抓举比赛中。",
    "记者 王传国 摄",
    "奥运会中国大力士不负众望",
    "吴数德夺得金牌",
    "在昨天进行的男子举重比赛中，吴数德以总成绩三百公斤夺得金牌。",
  ];
  const label = (lines: string[]) =>
    relabel(
      readWith(lines.join("\n"), { 1: "caption", 2: "caption", 3: "text", 4: "headline", 5: "text" }),
    ).readings.get(3)!.label;
  test("the head-shaped line over the head is its kicker", () => expect(label(page)).toBe("headline"));
  test("under a caption its credit does not end, it is the caption's", () =>
    expect(label(page.with(1, "吴数德在抓举比赛中，观众为他"))).toBe("text"));
});
