/**
 * Source links: only absolute http(s) URLs may become an href. One check serves the validator
 * (a refused cell is an error) and every page (a refused URL renders as plain text).
 */
import type { Reason } from "../ingest/issues";

export type UrlCheck = { ok: true; href: string } | { ok: false; reason: Reason };

/**
 * Browsers drop tabs and newlines inside a URL and trim spaces and control characters around it,
 * so "java\tscript:" runs as "javascript:". A real URL writes these percent-encoded: any of them
 * in the text is refused rather than repaired.
 */
// eslint-disable-next-line no-control-regex
const WHITESPACE_OR_CONTROL = /[\s\u0000-\u001f\u007f-\u009f\u200b-\u200d\u2028\u2029\ufeff]/u;

export function checkHttpUrl(raw: string): UrlCheck {
  if (WHITESPACE_OR_CONTROL.test(raw))
    return {
      ok: false,
      reason: {
        vi: "địa chỉ chứa khoảng trắng, dấu tab, xuống dòng hoặc ký tự điều khiển (hãy mã hóa, ví dụ %20)",
        en: "the URL holds a space, tab, line break or control character (percent-encode it, e.g. %20)",
      },
    };
  // The scheme and "//" must be written out: "https:example.vn" and "//example.vn" are not accepted.
  if (!/^https?:\/\//i.test(raw))
    return {
      ok: false,
      reason: {
        vi: "địa chỉ phải là URL đầy đủ bắt đầu bằng http:// hoặc https:// (không nhận javascript:, data:, đường dẫn tương đối)",
        en: "the URL must be absolute and start with http:// or https:// (javascript:, data: and relative paths are refused)",
      },
    };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: { vi: "địa chỉ URL không hợp lệ", en: "not a valid URL" } };
  }
  if ((url.protocol !== "http:" && url.protocol !== "https:") || url.hostname === "")
    return { ok: false, reason: { vi: "URL phải có tên máy chủ", en: "the URL must name a host" } };
  if (url.username !== "" || url.password !== "")
    return {
      ok: false,
      reason: {
        vi: "URL không được chứa tên người dùng hoặc mật khẩu trước @ (dễ bị giả mạo tên miền)",
        en: "the URL must not hold a user name or password before @ (it disguises the host)",
      },
    };
  return { ok: true, href: url.href };
}

/** The href for a source link, or undefined: the page then shows the source's name as plain text. */
export function safeHref(raw: string | undefined | null): string | undefined {
  if (typeof raw !== "string") return undefined;
  const result = checkHttpUrl(raw);
  return result.ok ? result.href : undefined;
}
