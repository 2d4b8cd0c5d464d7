// A light English stemmer shared by the dictionary build and the aligner, so that the glosses of
// CC-CEDICT and the words of a translation meet in one form ("developing", "developed" → "develop").

export const EN_STOPWORDS = new Set(
  (
    "a an the and or but nor so yet of to in on at by for with from into onto upon about above below " +
    "over under between among through during before after against without within across along " +
    "is are was were be been being am do does did done doing have has had having will would shall " +
    "should can could may might must i me my mine we us our ours you your yours he him his she her hers " +
    "it its they them their theirs this that these those there here who whom whose which what when " +
    "where why how as than then too very just also not no only own same such each both all any some " +
    "more most other s t one's oneself sth sb something someone somebody etc if because while until " +
    "up down out off again further once o'clock " +
    // Archaic function words (scripture, older literature).
    "unto hath hast shalt doth dost thereof therein thereby thereupon wherefore whereby wherein whereof whatsoever whosoever thence thither"
  ).split(" "),
);

const IRREGULAR: Record<string, string> = {
  went: "go", gone: "go", goes: "go", said: "say", says: "say", made: "make", took: "take", taken: "take",
  came: "come", saw: "see", seen: "see", knew: "know", known: "know", thought: "think", told: "tell",
  found: "find", gave: "give", given: "give", got: "get", gotten: "get", left: "leave", felt: "feel",
  kept: "keep", began: "begin", begun: "begin", brought: "bring", bought: "buy", ran: "run", sat: "sit",
  stood: "stand", wrote: "write", written: "write", spoke: "speak", spoken: "speak", ate: "eat",
  eaten: "eat", drank: "drink", fell: "fall", fallen: "fall", held: "hold", heard: "hear", met: "meet",
  paid: "pay", sent: "send", slept: "sleep", sold: "sell", taught: "teach", understood: "understand",
  won: "win", wore: "wear", worn: "wear", lost: "lose", led: "lead", built: "build", broke: "break",
  broken: "break", chose: "choose", chosen: "choose", drove: "drive", driven: "drive", flew: "fly",
  forgot: "forget", grew: "grow", grown: "grow", hid: "hide", hit: "hit", hurt: "hurt", lay: "lie",
  lain: "lie", meant: "mean", rose: "rise", risen: "rise", shot: "shoot", sang: "sing", sung: "sing",
  threw: "throw", thrown: "throw", woke: "wake", men: "man", women: "woman", children: "child",
  feet: "foot", teeth: "tooth", mice: "mouse", people: "people", better: "good", best: "good",
  worse: "bad", worst: "bad", did: "do", does: "do", done: "do", has: "have", had: "have", was: "be",
  were: "be", is: "be", are: "be", been: "be", am: "be", fought: "fight", caught: "catch",
  spent: "spend", lit: "light", struck: "strike", wept: "weep", swam: "swim", dug: "dig", bit: "bite",
  shook: "shake", tore: "tear", torn: "tear", became: "become", stole: "steal", froze: "freeze",
  hung: "hang", laid: "lay", fled: "flee", sought: "seek", fed: "feed", bent: "bend", dealt: "deal",
  drew: "draw", drawn: "draw", blew: "blow", blown: "blow", knelt: "kneel", lent: "lend", bled: "bleed",
  clung: "cling", crept: "creep", flung: "fling", forgave: "forgive", forgotten: "forget", leapt: "leap",
  mistook: "mistake", overcame: "overcome", rode: "ride", ridden: "ride", rang: "ring", shone: "shine",
  sank: "sink", sunk: "sink", slid: "slide", spun: "spin", sprang: "spring", stuck: "stick", stung: "sting",
  strode: "stride", swept: "sweep", swore: "swear", sworn: "swear", swung: "swing", withdrew: "withdraw",
  arose: "arise", arisen: "arise", awoke: "awake", burnt: "burn", dreamt: "dream", learnt: "learn",
  spat: "spit", stank: "stink", trod: "tread", geese: "goose", wives: "wife", knives: "knife",
  thieves: "thief", halves: "half", forbade: "forbid", forbidden: "forbid", begot: "beget", bade: "bid",
  undertook: "undertake", overtook: "overtake", shaken: "shake", stolen: "steal",
  frozen: "freeze", woken: "wake", beaten: "beat", bitten: "bite", hidden: "hide",
  mistaken: "mistake", striven: "strive", strove: "strive", wrung: "wring",
  // Archaic forms (scripture, older literature).
  died: "die", dying: "die", lied: "lie", lying: "lie", tied: "tie", tying: "tie",
  saith: "say", spake: "speak", slew: "slay", slain: "slay", smote: "smite", smitten: "smite",
  wrought: "work", begat: "beget", forsook: "forsake", forsaken: "forsake",
};

const VOWEL = /[aeiouy]/;

// British spellings in the American form CC-CEDICT's glosses use, so that "colour", "centre",
// "organise", "travelled" and "programme" meet "color", "center", "organize", "traveled" and
// "program" (UN, British and many Chinese publishers' English write them so; the glosses never do).
const BRITISH_OUR = /^(dis|un|mis)?(arbo|ardo|armo|behavio|cando|clamo|colo|demeano|endeavo|favo|fervo|flavo|harbo|hono|humo|labo|misdemeano|neighbo|odo|parlo|ranco|rigo|rumo|savio|savo|splendo|tumo|valo|vapo|vigo)ur(?=[a-z]*$)/;
const BRITISH_RE = /^(epi|kilo|centi|milli|micro|nano)?(cent|met|lit|theat|fib|calib|sab|somb|spect|meag|lust)re(s|d)?$/;
const BRITISH_LL = /^(re|un)?(travel|cancel|label|model|fuel|signal|level|counsel|channel|marshal|total|dial|equal|jewel|quarrel|rival|tunnel|funnel|pencil|shovel|marvel|panel|pedal|libel|duel|enamel|grovel|revel|swivel|barrel|initial|ravel|cudgel|yodel|kennel|tinsel|spiral)l(ed|ing|er|ers|ery)$/;
const BRITISH_ISE = /^([a-z]{2,}?)(is|ys)(e|es|ed|ing|er|ers|ation|ations|ational)$/;
/** Words in -ise that American English writes the same way (advise, promise, exercise …): their stems. */
const ISE_KEPT = new Set(
  ("adv advert an appr ar cr ir chast chem circumc clockw compr comprom conc cru bru cer dem desp dev disgu enterpr exc exerc expert franch fundra gu improv inc likew merchand mort no otherw parad po porpo pra prec prem prom repr rev superv surm surpr sunr telev torto treat turquo upr val")
    .split(" "),
);
const BRITISH_WORDS: Record<string, string> = {
  programme: "program", programmes: "programs", tonne: "ton", tonnes: "tons", aluminium: "aluminum", sulphur: "sulfur",
  grey: "gray", greys: "grays", mould: "mold", moulds: "molds", plough: "plow", ploughs: "plows", ploughed: "plowed", tyre: "tire", tyres: "tires",
  cheque: "check", cheques: "checks", pyjamas: "pajamas", kerb: "curb", storey: "story", storeys: "stories", draught: "draft",
  manoeuvre: "maneuver", manoeuvres: "maneuvers", catalogue: "catalog", catalogues: "catalogs", analogue: "analog",
  defence: "defense", defences: "defenses", offence: "offense", offences: "offenses", licence: "license", licences: "licenses", pretence: "pretense",
  paediatric: "pediatric", anaemia: "anemia", haemoglobin: "hemoglobin", orthopaedic: "orthopedic", encyclopaedia: "encyclopedia",
  anaesthesia: "anesthesia", leukaemia: "leukemia", gynaecology: "gynecology", oestrogen: "estrogen", foetus: "fetus", mediaeval: "medieval",
  fulfil: "fulfill", fulfils: "fulfills", enrol: "enroll", enrols: "enrolls", instil: "instill", instils: "instills",
  fulfilment: "fulfillment", enrolment: "enrollment", instalment: "installment", judgement: "judgment", ageing: "aging", sceptical: "skeptical", sceptic: "skeptic",
};

/** A British spelling in its American form, or the word itself. */
export function americanSpelling(w: string): string {
  const whole = Object.hasOwn(BRITISH_WORDS, w) ? BRITISH_WORDS[w] : undefined;
  if (whole) return whole;
  if (w.includes("our")) {
    const m = BRITISH_OUR.exec(w);
    if (m) return w.slice(0, m.index + (m[1]?.length ?? 0) + m[2]!.length) + "r" + w.slice(m.index + m[0].length);
  }
  if (w.endsWith("re") || w.endsWith("res") || w.endsWith("red")) {
    const m = BRITISH_RE.exec(w);
    if (m) return `${m[1] ?? ""}${m[2]}er${m[3] === "d" ? "ed" : (m[3] ?? "")}`;
  }
  if (w.includes("ll")) {
    const m = BRITISH_LL.exec(w);
    if (m) return `${m[1] ?? ""}${m[2]}${m[3] === "ery" ? "ry" : m[3]}`;
  }
  if (w.includes("is") || w.includes("ys")) {
    const m = BRITISH_ISE.exec(w);
    // Not after a vowel (raise, noise, turquoise, mayonnaise), nor -wise; prefixes aside (unwise, imprecise).
    const base = m?.[1] ?? "";
    const kept = /[aeiou]$/.test(base) || w.endsWith("wise") || ISE_KEPT.has(base) || ISE_KEPT.has(base.replace(/^(?:un|over|im|in|dis|counter|anti|re|pre|mis)/, ""));
    if (m && !kept) return `${m[1]}${m[2] === "is" ? "iz" : "yz"}${m[3]}`;
  }
  return w;
}

const cache = new Map<string, string>();

export function stem(word: string): string {
  let hit = cache.get(word);
  if (hit === undefined) {
    hit = stemUncached(word);
    if (cache.size < 200_000) cache.set(word, hit);
  }
  return hit;
}

function stemUncached(word: string): string {
  let w = word.toLowerCase();
  if (w.endsWith("'s") || w.endsWith("’s")) w = w.slice(0, -2);
  // Own keys only: a word such as "constructor" must not find Object.prototype's members.
  // The base form then takes the regular rules like any other word: "came" → "come" → "com", the
  // stem of "comes" and of the gloss "to come" (returned as "come", it never met either).
  const irregular = Object.hasOwn(IRREGULAR, w) ? IRREGULAR[w] : undefined;
  if (irregular) w = irregular;
  if (w.length <= 3) return w;
  w = americanSpelling(w);
  // Archaic third person: "liveth", "creepeth", "sheddeth" (not "teeth").
  if (w.endsWith("eth") && w.length >= 6 && VOWEL.test(w.slice(0, -3))) w = undouble(w.slice(0, -3));
  else if (w.endsWith("ies") && w.length > 4) w = w.slice(0, -3) + "y";
  else if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("s") && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith("ing") && w.length > 5 && VOWEL.test(w.slice(0, -3))) w = undouble(w.slice(0, -3));
  else if (w.endsWith("ed") && w.length > 4 && VOWEL.test(w.slice(0, -2))) w = undouble(w.slice(0, -2));
  if (w.endsWith("ly") && w.length > 5) w = w.slice(0, -2);
  if (w.endsWith("ily") && w.length > 5) w = w.slice(0, -3) + "y";
  if (w.endsWith("e") && w.length > 3) w = w.slice(0, -1);
  if (w.endsWith("y") && w.length > 3) w = w.slice(0, -1) + "i";
  return w;
}

function undouble(w: string): string {
  if (w.length > 3 && w[w.length - 1] === w[w.length - 2] && !/[lsz]/.test(w[w.length - 1]!)) return w.slice(0, -1);
  return w;
}

const CONTRACTED: Record<string, string> = { ca: "can", wo: "will", sha: "shall" };

/**
 * Calls `word` with each word of an already lower-cased text, as /[a-z]+(?:['’][a-z]+)?/g would find
 * them (with whether it has an apostrophe), by a scan of char codes: the regular expression's match
 * objects cost more than the callers' own work.
 */
export function forEachWord(t: string, word: (w: string, apostrophe: boolean) => void): void {
  const letter = (at: number): boolean => {
    const c = t.charCodeAt(at);
    return c >= 97 && c <= 122;
  };
  for (let i = 0; i < t.length; ) {
    if (!letter(i)) {
      i++;
      continue;
    }
    const start = i;
    while (i < t.length && letter(i)) i++;
    const q = t.charCodeAt(i);
    let apostrophe = false;
    if ((q === 39 || q === 0x2019) && i + 1 < t.length && letter(i + 1)) {
      apostrophe = true;
      i += 2;
      while (i < t.length && letter(i)) i++;
    }
    word(t.slice(start, i), apostrophe);
  }
}

/** Content-word stems of an English text (stop words dropped). */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  forEachWord(text.toLowerCase(), (word, apostrophe) => {
    const s = contentStemOf(word, apostrophe);
    if (s !== undefined) out.push(s);
  });
  return out;
}

/** The stem of one word as forEachWord gives it, or undefined for a stop word or a single letter. */
export function contentStemOf(word: string, apostrophe: boolean): string | undefined {
  let w = word;
  if (apostrophe) {
    // Contractions: "didn't" is "did" (its negation is a marker, see bridge.ts), "she'll" is "she".
    const c = /^(.+?)(?:n['’]t|['’](?:ll|re|ve|d|m))$/.exec(w);
    if (c) w = (Object.hasOwn(CONTRACTED, c[1]!) ? CONTRACTED[c[1]!] : undefined) ?? c[1]!;
  }
  if (EN_STOPWORDS.has(w) || w.length < 2) return undefined;
  const s = stem(w);
  return EN_STOPWORDS.has(s) ? undefined : s;
}
