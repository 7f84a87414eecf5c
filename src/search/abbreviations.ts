/**
 * Abbreviations the plans and reports use, with the words they stand for (folded). The index adds
 * each form to documents holding the other, so either finds both.
 */
export const ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  ubnd: ["uy ban nhan dan"],
  hdnd: ["hoi dong nhan dan"],
  tthc: ["thu tuc hanh chinh"],
  cchc: ["cai cach hanh chinh"],
  dvc: ["dich vu cong"],
  dvctt: ["dich vu cong truc tuyen"],
  tttt: ["thong tin va truyen thong", "thong tin truyen thong"],
  khcn: ["khoa hoc va cong nghe", "khoa hoc cong nghe"],
  khdt: ["ke hoach va dau tu", "ke hoach dau tu"],
  tnmt: ["tai nguyen va moi truong", "tai nguyen moi truong"],
  bhxh: ["bao hiem xa hoi"],
  vpcp: ["van phong chinh phu"],
  ttpvhcc: ["trung tam phuc vu hanh chinh cong"],
  hcc: ["hanh chinh cong"],
  csdl: ["co so du lieu"],
  qd: ["quyet dinh"],
  tp: ["thanh pho"],
  tx: ["thi xa"],
};

const SKIP = new Set(["va"]);

/** Extra index words for a folded word sequence: expansions of its abbreviations, abbreviations of its phrases. */
export function abbreviationWords(folded: readonly string[]): string[] {
  const present = new Set(folded);
  const joined = ` ${folded.join(" ")} `;
  const out: string[] = [];
  for (const [abbr, phrases] of Object.entries(ABBREVIATIONS)) {
    if (present.has(abbr)) for (const w of (phrases[0] ?? "").split(" ")) if (!SKIP.has(w)) out.push(w);
    if (!present.has(abbr) && phrases.some((p) => joined.includes(` ${p} `))) out.push(abbr);
  }
  return out;
}

/** Words to highlight for the matched words: the long form of an abbreviation, and abbreviations whose words all matched. */
export function highlightWords(matched: ReadonlySet<string>): Set<string> {
  const out = new Set(matched);
  for (const [abbr, phrases] of Object.entries(ABBREVIATIONS)) {
    const words = (phrases[0] ?? "").split(" ").filter((w) => !SKIP.has(w));
    if (matched.has(abbr)) for (const w of words) out.add(w);
    else if (words.every((w) => matched.has(w))) out.add(abbr);
  }
  return out;
}
