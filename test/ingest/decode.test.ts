import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeBytes, detectLegacyFont, toNfc, type DecodeResult } from "../../src/ingest/decode";
import { tcvn3, VIETNAMESE_LETTERS, vni, windows1258 } from "./helpers";

const SAMPLE = "Mã đơn vị,Tên\n637,Krông Pa\n24076,Phú Túc\n23575,Thống Nhất; Đặc khu; Ngũ Hành Sơn\n";
const text = (r: DecodeResult) => (r.ok ? r.text : `refused: ${r.reason.en}`);
const encoding = (r: DecodeResult) => (r.ok ? r.encoding : "refused");
const utf16le = (s: string) => Buffer.from(s, "utf16le");

describe("decodeBytes", () => {
  it("decodeBytes reads UTF-8 without BOM", () => {
    const r = decodeBytes(Buffer.from(SAMPLE, "utf8"));
    expect(encoding(r)).toBe("utf-8");
    expect(text(r)).toBe(SAMPLE);
  });

  it("decodeBytes reads UTF-8 with BOM and drops the BOM", () => {
    const r = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE)]));
    expect(encoding(r)).toBe("utf-8-bom");
    expect(text(r)).toBe(SAMPLE);
  });

  it("decodeBytes refuses a UTF-8 BOM followed by invalid bytes, at the byte's line and column", () => {
    const r = decodeBytes(Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0xff, 0x62]));
    expect(text(r)).toMatch(/^refused: the UTF-8 file has an invalid byte \(0xFF\) at line 1, column 2: /);
  });

  it("decodeBytes tells one invalid byte in a UTF-8 file from a legacy encoding: line and column, no advice to convert", () => {
    const good = Buffer.from("code,name,type,level\n64,Gia Lai,Tỉnh,province\n637,Krông Pa,Huyện,district\n", "utf8");
    const broken = Buffer.concat([good.subarray(0, 50), Buffer.from([0xc3]), good.subarray(50)]);
    const r = decodeBytes(broken);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect([r.line, r.column]).toEqual([3, 3]);
    expect(r.reason.vi).toContain("dòng 3, cột 3");
    expect(r.reason.vi).not.toMatch(/TCVN3|Unikey/);
  });

  it("decodeBytes reads UTF-16LE with BOM (Excel's Unicode text)", () => {
    const r = decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(SAMPLE)]));
    expect(encoding(r)).toBe("utf-16le");
    expect(text(r)).toBe(SAMPLE);
  });

  it("decodeBytes reads UTF-16LE without BOM", () => {
    const r = decodeBytes(utf16le(SAMPLE));
    expect(encoding(r)).toBe("utf-16le");
    expect(text(r)).toBe(SAMPLE);
  });

  it("decodeBytes reads UTF-16BE with BOM", () => {
    const r = decodeBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16le(SAMPLE).swap16()]));
    expect(encoding(r)).toBe("utf-16be");
    expect(text(r)).toBe(SAMPLE);
  });

  it("decodeBytes reads Windows-1258 (base letter + combining tone) back to NFC", () => {
    const bytes = windows1258(SAMPLE);
    expect(bytes.includes(0xcc) || bytes.includes(0xde) || bytes.includes(0xec)).toBe(true); // tones are combining bytes
    const r = decodeBytes(bytes);
    expect(encoding(r)).toBe("windows-1258");
    expect(text(r)).toBe(SAMPLE.normalize("NFC"));
  });

  it("decodeBytes reads every Vietnamese letter from Windows-1258", () => {
    expect(text(decodeBytes(windows1258(`Tên\n${VIETNAMESE_LETTERS}\n`)))).toBe(`Tên\n${VIETNAMESE_LETTERS}\n`);
  });

  it("decodeBytes NFC-normalizes NFD text, so NFD and NFC names compare equal", () => {
    const nfd = "Krông Pa, Phú Thiện".normalize("NFD");
    expect(nfd).not.toBe("Krông Pa, Phú Thiện".normalize("NFC"));
    expect(text(decodeBytes(Buffer.from(nfd)))).toBe("Krông Pa, Phú Thiện".normalize("NFC"));
  });

  it("decodeBytes refuses TCVN3 (ABC) bytes and names the encoding", () => {
    const r = decodeBytes(tcvn3("Mã đơn vị,Kỳ báo cáo\n637,2024-01\n"));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason.vi).toContain("bảng mã TCVN3 (ABC)");
      expect(r.reason.en).toContain("legacy TCVN3 (ABC) encoding");
      expect(r.reason.en).toContain("Unikey");
    }
  });

  it("decodeBytes refuses the brief's TCVN3 header bytes M\\xb7 \\xa7\\xac\\x6e v\\xde", () => {
    expect(text(decodeBytes(Buffer.from("M\xb7 \xa7\xacn v\xde\n", "latin1")))).toContain("TCVN3");
  });

  it("decodeBytes refuses TCVN3 text that Excel saved as UTF-8", () => {
    const garbled = iconv.decode(tcvn3("Mã đơn vị,Đúng hạn,Quá hạn\n"), "windows1252");
    expect(text(decodeBytes(Buffer.from(garbled, "utf8")))).toContain("TCVN3");
  });

  it("decodeBytes refuses VNI bytes and names the encoding", () => {
    const r = decodeBytes(vni("Mã đơn vị,Kỳ báo cáo,Đúng hạn,Quá hạn\n637,2024-01,1,2\n"));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason.vi).toContain("bảng mã VNI");
      expect(r.reason.en).toContain("legacy VNI encoding");
    }
  });

  it("decodeBytes keeps Unicode text that happens to hold a few Latin-1 symbols (km², 30°C, «»)", () => {
    const note = "Ghi chú\nDiện tích 1.620 km², nhiệt độ 30°C, «Đúng hạn» theo báo cáo\n";
    expect(text(decodeBytes(Buffer.from(note)))).toBe(note);
  });

  it("decodeBytes refuses a file with NUL bytes", () => {
    expect(text(decodeBytes(Buffer.from([0x61, 0x00, 0x00, 0x62, 0x0a])))).toContain("NUL");
  });

  it("decodeBytes reads an empty file as empty text", () => {
    expect(text(decodeBytes(new Uint8Array()))).toBe("");
  });
});

describe("detectLegacyFont", () => {
  it("detectLegacyFont finds nothing in ordinary Vietnamese Unicode", () => {
    expect(detectLegacyFont(SAMPLE + VIETNAMESE_LETTERS)).toBeUndefined();
  });
  it("detectLegacyFont needs two marks: one stray symbol is not proof", () => {
    expect(detectLegacyFont("Nhiệt độ 30°")).toBeUndefined();
    expect(detectLegacyFont("M\xb7 \xae\xacn")).toBe("TCVN3 (ABC)");
  });
  it("detectLegacyFont recognises VNI letters after a vowel and ñ before a letter", () => {
    expect(detectLegacyFont("Ñoàng Thaùp, Vieät Nam")).toBe("VNI");
  });
});

describe("toNfc", () => {
  it("normalises a text of several pieces exactly as one call does, and keeps ASCII text as it is", () => {
    // Over a million characters: normalised a piece at a time, pieces ending at line breaks.
    const nfd = `${"Mã đơn vị,Tên\n637,Krông Pa\n".normalize("NFD")}${"24076,1\n".repeat(200_000)}23575,Ngũ Hành Sơn\n`.normalize("NFD");
    expect(nfd.length).toBeGreaterThan(1 << 20);
    expect(toNfc(nfd)).toBe(nfd.normalize("NFC"));
    const ascii = "637,2025-06,1\n".repeat(100_000);
    expect(toNfc(ascii)).toBe(ascii);
    expect(toNfc("Ngu\u0303")).toBe("Ngũ");
  });
});
