/**
 * Chinese personal names, as a byline prints them alone on a line (王明起, 欧阳晓).
 */

/**
 * The commonest surnames, which between them cover most people (the Ministry of Public Security's 2020 count puts
 * the top hundred at about 85%): a line of two or three Han characters opening with one of them may be a name.
 */
const SURNAMES = new Set([
  ..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤康易乔赖文施洪辛柴牛耿盛单齐鲍葛宫牟栾隋鞠逄",
]);
/**
 * Less common surnames, read only where a credit runs names together (颜世贵, 祁鸿斌, 阎晓明): some open common words
 * (颜色, 纪念, 童年), so a line of two characters under one of them is no name alone.
 */
const RUN_SURNAMES = new Set([
  ...SURNAMES,
  ..."颜祁阎裴翟倪殷童骆庞詹焦樊岳聂蒲伍祝邢毕闵柯靳纪滕褚储庄卞娄霍冉亓逄仉綦邴穆阮晏巩窦郜缪邬禹蘧",
]);
/**
 * Surnames rarer still, or common words' first characters (安, 路, 时): asked only whether three characters could be a
 * name at all (卫兴华 could, 夜行记 could not), never to read a name into a line.
 */
const ANY_SURNAMES = new Set([
  ...RUN_SURNAMES,
  ..."卫车温甘匡尚凌管左景路麦艾符苗梅房屈包安谷佟沙时席卓欧关练麻简饶宁解晋邰隗武荣项郎蔺翁师桂钮俞",
]);

/** Whether a word could be a name at all: two or three Han characters under any surname a name list knows. */
export const couldBeName = (word: string): boolean =>
  /^\p{Script=Han}{2,3}$/u.test(word) &&
  (ANY_SURNAMES.has(word[0]!) || DOUBLE_SURNAMES.some((d) => word.startsWith(d)));

/** Two-character surnames (欧阳晓). */
const DOUBLE_SURNAMES = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "夏侯", "公孙", "慕容"];

/**
 * A line that is a name and nothing else: two or three Han characters under a common surname (王明起, 王 军), or four
 * under a double one.
 */
export function nameAlone(text: string): boolean {
  // (a two-character name spaced to a three-character name's width, 王 军, is the same name)
  const t = text.trim().replace(/^(\p{Script=Han})[ \u3000]{1,2}(\p{Script=Han})$/u, "$1$2");
  if (/^[\p{Script=Han}]{3,4}$/u.test(t) && DOUBLE_SURNAMES.some((s) => t.startsWith(s))) return true;
  return /^[\p{Script=Han}]{2,3}$/u.test(t) && SURNAMES.has(t[0]!);
}

/**
 * A word that may be a name: a name alone, or two or three characters under a rarer surname (亓晓晨, 逄春阶), which
 * count as a name only where a name is looked for, not to make a line alone into a byline.
 */
export function mayBeName(word: string): boolean {
  return nameAlone(word) || (/^\p{Script=Han}{2,3}$/u.test(word) && RUN_SURNAMES.has(word[0]!));
}

/** A word that reads as a name, or as names a credit ran together (王军, 孟西安祁鸿斌). */
export const readsAsNames = (word: string): boolean => nameAlone(word) || namesInRun(word) !== null;

/** A name's length in characters under a one-character surname, and under a two-character one. */
const NAME_LENGTHS = [2, 3] as const;
const DOUBLE_NAME_LENGTHS = [3, 4] as const;

/** The lengths a name opening at `run[i]` may have. */
function lengthsAt(run: readonly string[], i: number): readonly number[] {
  if (DOUBLE_SURNAMES.includes(run.slice(i, i + 2).join(""))) return DOUBLE_NAME_LENGTHS;
  return RUN_SURNAMES.has(run[i]!) ? NAME_LENGTHS : [];
}

/** Every way to read `run` from `i` on as names, each under a surname; stops counting past two. */
function readings(run: readonly string[], i: number): string[][] {
  if (i === run.length) return [[]];
  const out: string[][] = [];
  for (const n of lengthsAt(run, i)) {
    if (i + n > run.length) continue;
    for (const rest of readings(run, i + n)) {
      out.push([run.slice(i, i + n).join(""), ...rest]);
      if (out.length > 1) return out;
    }
  }
  return out;
}

/**
 * Names a credit prints run together without a space (孟西安祁鸿斌, 曾坤颜世贵, 王军李明), when the run reads one way
 * only as names each under a surname; null when it does not (a single name, or a run read more than one way).
 */
export function namesInRun(text: string): string[] | null {
  const run = [...text];
  if (run.length < 4 || run.length > 12 || !/^\p{Script=Han}+$/u.test(text)) return null;
  // (four characters under a two-character surname are one name: 欧阳晓明)
  if (run.length === 4 && DOUBLE_SURNAMES.includes(run.slice(0, 2).join(""))) return null;
  const found = readings(run, 0).filter((names) => names.length > 1);
  return found.length === 1 ? found[0]! : null;
}
