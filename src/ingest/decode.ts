/**
 * Bytes → text. Officials' files come as UTF-8 (with or without BOM), UTF-16 (Excel's "Unicode text")
 * or Windows-1258. Legacy font encodings (TCVN3/ABC, VNI) cannot be decoded reliably without a full
 * font-specific table, so they are recognised and refused with a way to convert them.
 */
import type { Reason } from "./issues";

export type Encoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "windows-1258";
/** A refused file, with the line and column of the offending byte when one byte is the problem. */
export type DecodeResult =
  | { ok: true; text: string; encoding: Encoding }
  | { ok: false; reason: Reason; line?: number; column?: number };

const HOW_TO_CONVERT_VI =
  "Hãy chuyển sang Unicode (ví dụ: công cụ chuyển mã của Unikey, bảng mã nguồn TCVN3 hoặc VNI, đích Unicode), rồi lưu lại dạng CSV UTF-8";
const HOW_TO_CONVERT_EN =
  "Convert it to Unicode (e.g. Unikey's converter, source TCVN3 or VNI, target Unicode) and save as CSV UTF-8";

const LEGACY_SAMPLE = 1 << 16;

export function decodeBytes(bytes: Uint8Array): DecodeResult {
  let text: string;
  let encoding: Encoding;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = "utf-8-bom";
    const t = strictUtf8(bytes.subarray(3));
    if (t === undefined) return invalidUtf8(bytes, 3);
    text = t;
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = "utf-16le";
    text = utf16(bytes.subarray(2), true);
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = "utf-16be";
    text = utf16(bytes.subarray(2), false);
  } else if (looksLikeUtf16le(bytes)) {
    encoding = "utf-16le";
    text = utf16(bytes, true);
  } else {
    const utf8 = strictUtf8(bytes);
    if (utf8 !== undefined) {
      encoding = "utf-8";
      text = utf8;
    } else if (mostlyUtf8(bytes)) {
      // A UTF-8 file with a few bad bytes (a cut copy, one pasted character) is not a legacy file:
      // converting it as one would garble every letter that is right.
      return invalidUtf8(bytes, 0);
    } else {
      encoding = "windows-1258";
      text = windows1258(bytes);
    }
  }
  return checkText(text, encoding);
}

/**
 * Text already decoded (a workbook's cells, or bytes decoded above) → the same checks every file gets:
 * no legacy font encoding, no NUL, and NFC.
 */
export function checkText(text: string, encoding: Encoding): DecodeResult {
  // The marks of a legacy encoding are on every line: the start of the file tells as well as all of it.
  const legacy = detectLegacyFont(text.length > LEGACY_SAMPLE ? text.slice(0, LEGACY_SAMPLE) : text);
  if (legacy !== undefined) {
    return {
      ok: false,
      reason: {
        vi: `tệp dùng bảng mã ${legacy} cũ (chữ Việt hiển thị sai khi đọc như ${encoding}). ${HOW_TO_CONVERT_VI}`,
        en: `the file uses the legacy ${legacy} encoding (Vietnamese is garbled when read as ${encoding}). ${HOW_TO_CONVERT_EN}`,
      },
    };
  }
  if (text.includes("\u0000"))
    return {
      ok: false,
      reason: {
        vi: "tệp chứa byte NUL: không phải tệp văn bản CSV/JSON",
        en: "the file contains NUL bytes: not a CSV/JSON text file",
      },
    };
  return { ok: true, text: toNfc(text), encoding };
}

const NON_ASCII = /[\u0080-\uffff]/;
const NFC_PIECE = 1 << 20;

/**
 * The NFC form of a text without several copies of a big file at once: ICU normalises a UTF-16 copy,
 * which for a 100 MB export cost some 400 MB. ASCII is NFC already and is kept as it is; other text is
 * normalised a piece at a time, each ending at a line break, which no composition crosses.
 */
export function toNfc(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  if (text.length <= NFC_PIECE) return text.normalize("NFC");
  const pieces: string[] = [];
  for (let start = 0; start < text.length; ) {
    const lineEnd = text.indexOf("\n", start + NFC_PIECE);
    const end = lineEnd < 0 ? text.length : lineEnd + 1;
    const piece = text.slice(start, end);
    pieces.push(NON_ASCII.test(piece) ? piece.normalize("NFC") : piece);
    start = end;
  }
  return pieces.join("");
}

/**
 * UTF-16 code units as they are, lone surrogates kept and an odd last byte dropped; a second byte-order
 * mark at the start is dropped too. Written out rather than TextDecoder, which would replace lone
 * surrogates, so that a value is reported as the file holds it, in Node and in the browser alike.
 */
function utf16(bytes: Uint8Array, littleEndian: boolean): string {
  const n = bytes.length >> 1;
  const CHUNK = 8192;
  const codes = new Uint16Array(Math.min(n, CHUNK));
  let text = "";
  for (let start = 0; start < n; start += CHUNK) {
    const end = Math.min(n, start + CHUNK);
    for (let k = start; k < end; k++) {
      const a = bytes[2 * k] ?? 0;
      const b = bytes[2 * k + 1] ?? 0;
      codes[k - start] = littleEndian ? a | (b << 8) : (a << 8) | b;
    }
    text += String.fromCharCode(...(end - start === codes.length ? codes : codes.subarray(0, end - start)));
  }
  return text.startsWith("\ufeff") ? text.slice(1) : text;
}

/** Windows-1258 by the platform's decoder; the bytes the code page leaves undefined read as U+FFFD. */
function windows1258(bytes: Uint8Array): string {
  return new TextDecoder("windows-1258").decode(bytes).replace(/[\u0081\u008a\u008d-\u0090\u009a\u009d\u009e]/g, "\ufffd");
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The first byte that breaks UTF-8, named by line and column (in characters, as an editor counts). */
function invalidUtf8(bytes: Uint8Array, start: number): DecodeResult {
  const scan = scanUtf8(bytes, start);
  const at = scan.firstInvalid < 0 ? start : scan.firstInvalid;
  let lineStart = start;
  let line = 1;
  for (let i = start; i < at; i++)
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  const column = new TextDecoder("utf-8").decode(bytes.subarray(lineStart, at)).length + 1;
  const byte = `0x${(bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, "0")}`;
  const more = scan.invalid > 1 ? `; cả tệp có ${scan.invalid} chỗ như vậy` : "";
  const moreEn = scan.invalid > 1 ? `; ${scan.invalid} such places in the file` : "";
  return {
    ok: false,
    line,
    column,
    reason: {
      vi: `tệp UTF-8 có byte không hợp lệ (${byte}) ở dòng ${line}, cột ${column}${more}: có thể tệp bị cắt hoặc có ký tự dán từ nơi khác; hãy sửa hoặc gõ lại ký tự đó rồi lưu dạng CSV UTF-8 (không chuyển mã cả tệp)`,
      en: `the UTF-8 file has an invalid byte (${byte}) at line ${line}, column ${column}${moreEn}: the file may be cut or hold a character pasted from elsewhere; fix or retype that character and save as CSV UTF-8 (do not convert the whole file)`,
    },
  };
}

/** Valid multi-byte UTF-8 sequences and invalid bytes, and where the first invalid one is (-1: none). */
function scanUtf8(bytes: Uint8Array, start = 0): { valid: number; invalid: number; firstInvalid: number } {
  let valid = 0;
  let invalid = 0;
  let firstInvalid = -1;
  const n = bytes.length;
  const cont = (k: number) => k < n && ((bytes[k] ?? 0) & 0xc0) === 0x80;
  for (let i = start; i < n; ) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0;
    for (let k = 1; ok && k < len; k++) ok = cont(i + k);
    if (ok && len === 3) {
      const b1 = bytes[i + 1] ?? 0;
      ok = !(b === 0xe0 && b1 < 0xa0) && !(b === 0xed && b1 >= 0xa0);
    }
    if (ok && len === 4) {
      const b1 = bytes[i + 1] ?? 0;
      ok = !(b === 0xf0 && b1 < 0x90) && !(b === 0xf4 && b1 >= 0x90);
    }
    if (ok) {
      valid++;
      i += len;
    } else {
      invalid++;
      if (firstInvalid < 0) firstInvalid = i;
      i++;
    }
  }
  return { valid, invalid, firstInvalid };
}

/**
 * Text in a single-byte code page (Windows-1258, TCVN3, VNI) almost never forms a valid multi-byte
 * UTF-8 sequence; a UTF-8 file has many and only the odd broken byte.
 */
function mostlyUtf8(bytes: Uint8Array): boolean {
  const { valid, invalid } = scanUtf8(bytes);
  return valid > 0 && valid >= invalid;
}

/** UTF-16 without BOM: text of Latin letters puts a NUL in every odd byte. */
function looksLikeUtf16le(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 400);
  if (n < 4 || n % 2 !== 0) return false;
  let oddZeros = 0;
  let evenZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  return oddZeros > n / 4 && evenZeros < n / 40;
}

/**
 * Legacy font encodings leave letters that Vietnamese never uses once read as Unicode:
 * TCVN3 (ABC) puts its letters at ¡–¿ and ®/§ (b¸o c¸o, ®óng h¹n); VNI adds ä, å, ø, ù, û, ï, ñ, ö
 * after a base vowel (Vieät, Ñôn). Two or more such marks are taken as proof, unless the text has
 * more real Vietnamese letters than marks: that is Unicode text with a few symbols (km², 30°C, «…»).
 */
export function detectLegacyFont(text: string): "TCVN3 (ABC)" | "VNI" | undefined {
  const tcvn = text.match(/[\u00a1-\u00bf]/g)?.length ?? 0;
  const vni = text.match(/[aeiouyAEIOUY][\u00e4\u00e5\u00e6\u00eb\u00ef\u00f6\u00f8\u00fb\u00d8\u00db\u00cf\u00c4\u00c5]|[\u00d1\u00f1](?=[a-zA-Z\u00f4\u00f6])/g)?.length ?? 0;
  const unicode = text.normalize("NFC").match(VIETNAMESE_LETTERS)?.length ?? 0;
  if (tcvn >= 2 && tcvn >= vni && tcvn > unicode) return "TCVN3 (ABC)";
  if (vni >= 2 && vni > unicode) return "VNI";
  return undefined;
}

/** Letters only Vietnamese Unicode text has (none is in Latin-1): ă đ ĩ ũ ơ ư and the toned vowels. */
const VIETNAMESE_LETTERS = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/g;
