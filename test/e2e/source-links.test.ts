/**
 * Every href of the built fixture site: no javascript:, data: or other script-capable scheme
 * anywhere, and every source link (rel="external") an absolute http(s) URL, so nothing but a
 * real web page can be reached from a figure's source.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, inject, it } from "vitest";

const outDir = inject("outDir");

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".html"))
    .map((f) => path.join(dir, f));
}

interface Link {
  file: string;
  href: string;
  external: boolean;
}

const links: Link[] = htmlFiles(outDir).flatMap((file) => {
  const { document } = parseHTML(readFileSync(file, "utf8"));
  return [...document.querySelectorAll("a[href], area[href]")].map((a) => ({
    file: path.relative(outDir, file),
    href: a.getAttribute("href") ?? "",
    external: (a.getAttribute("rel") ?? "").split(/\s+/).includes("external"),
  }));
});
/** What a browser makes of an href: tabs and newlines dropped, spaces and controls trimmed. */
// eslint-disable-next-line no-control-regex
const asBrowserReads = (href: string) => href.replace(/[\t\n\r]/g, "").replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "").toLowerCase();

describe("links of the built site", () => {
  it("finds the source links of the published figures", () => {
    const sources = links.filter((l) => l.external).map((l) => l.href);
    expect(sources).toContain("https://example.org/minh-hoa/64-sipas-2022");
    expect(sources).toContain("http://example.org/minh-hoa/637-ddci");
    expect(links.filter((l) => l.file === "so-lieu-da-cong-bo/index.html" && l.external)).toHaveLength(8);
  });

  it("has no href with a javascript:, data:, vbscript: or file: scheme", () => {
    const bad = links.filter((l) => /^(javascript|data|vbscript|file):/.test(asBrowserReads(l.href)));
    expect(bad).toEqual([]);
  });

  it("links every source with an absolute http(s) URL, never a relative or protocol-relative one", () => {
    const bad = links.filter((l) => l.external && !/^https?:\/\/[^/\s]+/.test(l.href));
    expect(bad).toEqual([]);
    // Links without rel=external are the site's own pages: root-relative paths or fragments.
    const stray = links.filter((l) => !l.external && !/^(\/(?!\/)|#)/.test(l.href));
    expect(stray).toEqual([]);
  });
});
