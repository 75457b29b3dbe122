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
