import { describe, expect, it } from "vitest";
import { checkHttpUrl, safeHref } from "../../src/lib/url";
import { httpUrl } from "../../src/ingest/fields";

/** Every way a non-http(s) link has been smuggled into an href. */
const HOSTILE = [
  "javascript:alert(1)",
  "JavaScript:alert(1)",
  "JAVASCRIPT:alert(1)",
  " javascript:alert(1)",
  "java\tscript:alert(1)",
  "java\nscript:alert(1)",
  "java\rscript:alert(1)",
  "javascript\u0000:alert(1)",
  "jav&#x09;ascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "DATA:text/html;base64,PHNjcmlwdD4=",
  "vbscript:msgbox(1)",
  "file:///etc/passwd",
  "ftp://example.vn/a",
  "mailto:a@example.vn",
  "/tin-tuc/bai-viet.html",
  "tin-tuc/bai-viet.html",
  "../bai-viet.html",
  "//evil.example/x",
  "https:evil.example",
  "https:/evil.example",
  "https://",
  "http:// example.vn/",
  "https://exa mple.vn/",
  "https://example.vn/a\tb",
  "https://example.vn/\u2028",
  "https://baogialai.com.vn@evil.example/",
  "",
];

describe("checkHttpUrl / safeHref", () => {
  it("accepts absolute http and https URLs, in any case of the scheme, and returns the parsed href", () => {
    expect(safeHref("https://baogialai.com.vn/chi-so-sipas-post235021.html")).toBe("https://baogialai.com.vn/chi-so-sipas-post235021.html");
    expect(safeHref("HTTP://gialaitv.vn/tin-tuc/")).toBe("http://gialaitv.vn/tin-tuc/");
    expect(safeHref("http://baoninhthuan.com.vn/news/111720p1c154/chi%CC%89-so%CC%81.htm")).toBe(
      "http://baoninhthuan.com.vn/news/111720p1c154/chi%CC%89-so%CC%81.htm",
    );
    expect(safeHref("https://baobinhdinh.vn/viewer.aspx?mabb=262241&macm=1&macmp=2")).toBe(
      "https://baobinhdinh.vn/viewer.aspx?mabb=262241&macm=1&macmp=2",
    );
  });

  it.each(HOSTILE)("refuses %j", (raw) => {
    expect(safeHref(raw)).toBeUndefined();
    expect(checkHttpUrl(raw).ok).toBe(false);
  });

  it("gives undefined for missing values", () => {
    expect(safeHref(undefined)).toBeUndefined();
    expect(safeHref(null)).toBeUndefined();
  });

  it("names the reason in Vietnamese with an English gloss", () => {
    const r = checkHttpUrl("java\tscript:alert(1)");
    expect(r).toEqual({
      ok: false,
      reason: {
        vi: "địa chỉ chứa khoảng trắng, dấu tab, xuống dòng hoặc ký tự điều khiển (hãy mã hóa, ví dụ %20)",
        en: "the URL holds a space, tab, line break or control character (percent-encode it, e.g. %20)",
      },
    });
    const js = checkHttpUrl("javascript:alert(1)");
    expect(js.ok ? "" : js.reason.en).toBe(
      "the URL must be absolute and start with http:// or https:// (javascript:, data: and relative paths are refused)",
    );
  });
});

describe("httpUrl field", () => {
  it("keeps a valid URL as written, trimming the cell", () => {
    expect(httpUrl.read(" https://binhdinh.gov.vn/tin-tuc/a.html ")).toEqual({ ok: true, value: "https://binhdinh.gov.vn/tin-tuc/a.html" });
  });
  it("refuses hostile cells, inner whitespace and non-text", () => {
    for (const raw of HOSTILE.filter((h) => h.trim() === h && h !== "")) expect(httpUrl.read(raw).ok, raw).toBe(false);
    expect(httpUrl.read(42).ok).toBe(false);
    const r = httpUrl.read("/tin-tuc/a.html");
    expect(r.ok ? "" : r.reason.vi).toMatch(/^địa chỉ phải là URL đầy đủ bắt đầu bằng http:\/\/ hoặc https:\/\//);
  });
});
