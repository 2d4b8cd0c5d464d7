// Foreign names written in Chinese by sound (凯卢 for Kelu, 安巴里 for Ambari, 林德奎斯特 for Lindqvist):
// the dictionary knows few of them and their pinyin is no English spelling, but both reduce to much the
// same skeleton of consonants once sounds that the two scripts write alike are merged.

/** Characters of the standard transliteration tables (新华社译名), the common ones. */
const TRANSLITERATION = new Set(
  "阿埃艾安昂奥澳巴拜班邦保鲍贝本比彼宾波伯博布达戴丹道德登迪蒂丁杜敦多厄恩尔法凡菲费芬丰夫弗福富盖甘冈高戈格根贡古瓜圭哈海汉豪赫亨洪胡霍基吉加贾杰金卡凯坎康考柯科克肯库夸奎拉莱兰朗劳勒雷蕾里利莉丽连林琳隆卢鲁路伦罗洛马玛迈麦曼梅蒙米密明莫姆穆纳娜奈南内尼妮宁努诺欧帕潘佩彭皮珀普齐奇乔切琼丘萨塞桑瑟森沙尚什施舒斯松苏索塔泰坦汤唐特滕提廷托瓦万威韦维温沃乌武西希锡夏谢辛休雅亚扬耶伊因英尤约扎詹泽兹佐卓茨",
);

/** Whether a Han character is one that transliterations use. */
export const transliterating = (ch: string): boolean => TRANSLITERATION.has(ch);

/** A consonant's class: the sounds each script may write for the other's. Vowels, h, y give none. */
function classOf(c: string): string {
  switch (c) {
    case "b": case "p": return "P";
    case "d": case "t": return "T";
    case "g": case "k": case "q": case "j": case "c": return "K";
    case "l": case "r": return "L";
    case "m": case "n": return "N";
    case "f": case "v": case "w": return "F";
    case "s": case "z": case "x": return "S";
    default: return "";
  }
}

function skeleton(letters: string): string {
  let out = "";
  for (const c of letters) {
    const k = classOf(c);
    if (k && out[out.length - 1] !== k) out += k;
  }
  return out;
}

/** The consonant skeleton of an English spelling: Ambari → NPL, Lindqvist → LNTKFST. */
export function englishSkeleton(word: string): string {
  const w = word
    .toLowerCase()
    .replace(/[^a-z]/g, "")
    .replace(/ph/g, "f")
    .replace(/th/g, "t")
    .replace(/[sc]h/g, "s")
    .replace(/ck/g, "k")
    .replace(/c(?=[eiy])/g, "s")
    .replace(/x/g, "ks");
  return skeleton(w);
}

/** The consonant skeleton of toneless pinyin: anbali → NPL, kailu → KL (zh, ch, sh, c, x are s; ng is n). */
export function pinyinSkeleton(pinyin: string): string {
  const p = pinyin
    .toLowerCase()
    .replace(/[^a-zü]/g, "")
    .replace(/[zcs]h/g, "s")
    .replace(/c/g, "s")
    .replace(/ng/g, "n");
  return skeleton(p);
}

/**
 * Whether two skeletons are one name's: the same first consonant class, and the same skeleton up to
 * three consonants (Kelu, 凯卢), or for more, the same but for one consonant that one script writes and
 * the other drops (Vossberg FSPLK, 沃斯伯格 FSPK). A consonant of one class written for another is too
 * often another name: Holocaust LKST is no 利普斯塔特 LPST.
 */
export function sameSkeleton(a: string, b: string): boolean {
  if (a.length < 2 || b.length < 2 || a[0] !== b[0]) return false;
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (short.length < 3 || long.length !== short.length + 1) return false;
  for (let k = 0; k < long.length; k++) if (long.slice(0, k) + long.slice(k + 1) === short) return true;
  return false;
}
