/** Shared helpers of the ingestion tests: fixture paths, legacy encodings, CSV writing, temporary data dirs. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
import type { DataEntry } from "../../src/ingest/data-files";
import type { Issue } from "../../src/ingest/issues";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const FIXTURES = path.join(ROOT, "test/fixtures");
export const VALID_DIR = path.join(FIXTURES, "valid");
export const defectDir = (name: string) => path.join(FIXTURES, "defects", name);

/** `file:line:column` relative to the data dir, or just `file` for whole-file issues: what the CLI prints. */
export function where(issue: Issue, dir: string): string {
  const file = path.relative(dir, issue.file).split(path.sep).join("/");
  return issue.line > 0 ? `${file}:${issue.line}:${issue.column}` : file;
}

const TONE_MARKS = new Set([0x300, 0x301, 0x303, 0x309, 0x323]);

/**
 * Real Windows-1258 bytes: the code page has ă, â, ê, ô, ơ, ư, đ as letters but the five tones only as
 * combining marks, so each toned letter is written as its base letter + tone. The tone is looked up
 * anywhere in the NFD form, not only at its end: NFD orders the dot below (ặ, ệ, ậ, ộ) before the hat.
 */
export function windows1258(text: string): Buffer {
  let out = "";
  for (const ch of text.normalize("NFC")) {
    const points = [...ch.normalize("NFD")];
    const tone = points.findIndex((p) => TONE_MARKS.has(p.codePointAt(0) ?? 0));
    out += tone < 1 ? ch : points.filter((_, i) => i !== tone).join("").normalize("NFC") + points[tone];
  }
  return iconv.encode(out, "windows1258");
}

/** Every Vietnamese vowel with every tone, in upper and lower case, plus đ/Đ. */
export const VIETNAMESE_LETTERS = (() => {
  const bases = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY";
  const tones = ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"];
  return [...bases].flatMap((b) => tones.map((t) => (b + t).normalize("NFC"))).join("") + "đĐ";
})();

/** TCVN3 (ABC) bytes of the few letters the tests need; capitals with tones share the lower-case codes. */
const TCVN3: Record<string, number> = {
  Đ: 0xa7, ă: 0xa8, â: 0xa9, ê: 0xaa, ô: 0xab, ơ: 0xac, ư: 0xad, đ: 0xae, ã: 0xb7, á: 0xb8, ạ: 0xb9, ế: 0xd5, ị: 0xde,
  ỳ: 0xfa, ừ: 0xf5, ớ: 0xed, ự: 0xf9, ú: 0xf3, í: 0xdd, ả: 0xb6,
};
export function tcvn3(text: string): Buffer {
  return Buffer.from(
    [...text].map((c) => {
      const code = TCVN3[c] ?? c.charCodeAt(0);
      if (code > 0xff) throw new Error(`no TCVN3 byte for ${c} in this table`);
      return code;
    }),
  );
}

/** VNI Windows: base letter followed by one byte per mark (shown as the Latin-1 letters officials see). */
const VNI: Record<string, string> = {
  ã: "aõ", á: "aù", ạ: "aï", ả: "aû", đ: "ñ", Đ: "Ñ", ơ: "ô", ư: "ö", ị: "ò", í: "í", ỳ: "yø", ừ: "öø", ớ: "ôù",
  ự: "öï", ế: "eá", ú: "uù",
};
export function vni(text: string): Buffer {
  return Buffer.from([...text].map((c) => VNI[c] ?? c).join(""), "latin1");
}

/** One CSV line, quoting cells that hold the delimiter, a quote or a line break. */
export function csvLine(cells: readonly string[], delimiter: string): string {
  return cells
    .map((c) => (c.includes(delimiter) || /["\r\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c))
    .join(delimiter);
}

/** A throw-away data directory holding the given files (text is written as UTF-8). */
export function tempDataDir(files: Record<string, string | Uint8Array>): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), "mbmc-ingest-"));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Units used by the temporary data dirs: old Krông Pa (code 637) and the new commune 24076 Phú Túc. */
export const SMALL_UNITS = [
  "code,name,type,level,parent_code,valid_from,valid_to",
  "64,Gia Lai,Tỉnh,province,,,2025-06-30",
  "637,Krông Pa,Huyện,district,64,,2025-06-30",
  "52,Gia Lai,Tỉnh,province,,2025-07-01,",
  "24076,Phú Túc,Xã,commune,52,2025-07-01,",
  "",
].join("\n");

export const PROCESSING_HEADER =
  "unit_code,period,received_carried_over,received_online,received_direct_postal,resolved_early,resolved_on_time,resolved_late,pending_within_term,pending_overdue,known_inconsistency,sample";

/** Every file under dir, by its path relative to dir: what a folder pick hands the page. */
export function filesOf(dir: string, under = ""): DataEntry[] {
  return readdirSync(path.join(dir, under))
    .sort()
    .flatMap((name) => {
      const rel = under === "" ? name : `${under}/${name}`;
      return statSync(path.join(dir, rel)).isDirectory() ? filesOf(dir, rel) : [{ path: rel, kind: "file" as const, bytes: readFileSync(path.join(dir, rel)) }];
    });
}
