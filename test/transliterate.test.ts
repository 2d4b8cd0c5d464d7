// Foreign names written in Chinese by sound, matched to their English spelling by consonant skeleton.
// Names invented for these tests, as in the held-out probes.
import { describe, expect, it } from "vitest";
import { englishSkeleton, pinyinSkeleton, sameSkeleton, transliterating } from "../src/align/transliterate.js";
import { omissionIndex } from "../src/checks/omission-evidence.js";
import { resources, sentences } from "./checks-helpers.js";

describe("transliteration skeletons", () => {
  it("reduces an English spelling and the pinyin of its transliteration to the same consonants", () => {
    const pairs: Array<[string, string]> = [
      ["Kelu", "kailu"], // 凯卢
      ["Ambari", "anbali"], // 安巴里
      ["Estovia", "aisituoweiya"], // 埃斯托维亚
      ["Varga", "waerjia"], // 瓦尔加
      ["Maravena", "malaweina"], // 马拉韦纳
    ];
    for (const [en, py] of pairs) {
      expect(englishSkeleton(en)).toBe(pinyinSkeleton(py));
      expect(sameSkeleton(englishSkeleton(en), pinyinSkeleton(py))).toBe(true);
    }
    expect(englishSkeleton("Philipps")).toBe("FLPS");
    expect(pinyinSkeleton("zhangshan")).toBe("SNSN");
  });

  it("lets one script drop a consonant the other writes, in names of four or more", () => {
    expect(sameSkeleton(englishSkeleton("Vossberg"), pinyinSkeleton("wosiboge"))).toBe(true); // 沃斯伯格
    expect(sameSkeleton(englishSkeleton("Lindqvist"), pinyinSkeleton("lindekuisite"))).toBe(true); // 林德奎斯特
  });

  it("keeps apart names whose consonants differ", () => {
    // A consonant of another class: Holocaust is no 利普斯塔特 (Lipstadt).
    expect(sameSkeleton(englishSkeleton("Holocaust"), pinyinSkeleton("lipusitate"))).toBe(false);
    // Short skeletons must be equal; the first consonant must agree.
    expect(sameSkeleton("KL", "KLN")).toBe(false);
    expect(sameSkeleton("NPL", "TPL")).toBe(false);
    expect(sameSkeleton("K", "K")).toBe(false);
  });

  it("knows the characters transliterations use", () => {
    expect([..."凯卢安巴里斯特"].every(transliterating)).toBe(true);
    expect([..."受灾省的"].some(transliterating)).toBe(false);
  });
});

describe("names in the omission evidence", () => {
  const hitsOf = (en: string, zh: string) => {
    const index = omissionIndex(sentences([zh], "target").list, sentences([en], "source").list, [{ source: [0], target: [0], score: 1 }], false, resources());
    const units = index.en.units.map((u) => en.slice(u.start, u.end));
    return Object.fromEntries(units.map((w, k) => [w, index.enHit[0]![k]]));
  };

  it("finds a foreign name in the transliteration of its bead", () => {
    const hits = hitsOf("The provinces of Kelu and Ambari are the worst affected.", "凯卢省和安巴里省受灾最为严重。");
    expect(hits["Kelu"]).toBe(1);
    expect(hits["Ambari"]).toBe(1);
  });

  it("does not take a word the document writes in lower case for a name, nor a name its bead does not transliterate", () => {
    // "Marina" the name is 玛丽娜; where the document also writes "marina" (a harbour), it is a word.
    expect(hitsOf("Marina said the harbour in Kelu was closed.", "玛丽娜说，凯卢的港口已关闭。")["Marina"]).toBe(1);
    expect(hitsOf("Marina said the marina in Kelu was closed.", "玛丽娜说，凯卢的码头已关闭。")["Marina"]).toBe(0);
    const hits = hitsOf("Storms hit Kelu, and Tavu was spared.", "风暴袭击了凯卢。");
    expect(hits["Kelu"]).toBe(1);
    expect(hits["Tavu"]).toBe(0);
  });
});
