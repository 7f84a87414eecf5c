/**
 * The UI dictionaries: vi and en hold the same keys, every value is filled in, placeholders match
 * key by key, every key is used somewhere in src/, the browser's part holds what browser code
 * asks for and nothing else, and no page or component writes its own Vietnamese text instead of
 * calling t().
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { en } from "../../src/i18n/en";
import { format, t } from "../../src/i18n";
import { translate } from "../../src/i18n/locales";
import { vi } from "../../src/i18n/vi";
import { viBrowser } from "../../src/i18n/vi-browser";
import { browserModules } from "../helpers/browser-modules";

const SRC = "src";

/**
 * Keys built at run time, as `t(\`prefix.${x}\`)`: a key starting with one of these counts as used.
 * A new dynamic key family must be added here (the test below fails on an unlisted one).
 */
const DYNAMIC_PREFIXES = [
  "status.", "granularity.", "level.", "indicator.", "published.bound.", "published.lang.", "published.scope.", "view.by.", "view.preset.", "view.problem.",
  "view.map.", "province.map.layout.",
] as const;

/** Vietnamese letters that carry a diacritic (plain a–z, which Vietnamese shares with English, excluded). */
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu;

const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();

function filesUnder(dir: string, ext: readonly string[]): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && ext.some((e) => d.name.endsWith(e)))
    .map((d) => path.join(d.parentPath, d.name))
    .sort();
}

const sourceFiles = filesUnder(SRC, [".ts", ".tsx", ".astro"]).filter((f) => !f.startsWith(path.join(SRC, "i18n") + path.sep));
const sources = sourceFiles.map((f) => ({ file: f, text: readFileSync(f, "utf8") }));

describe("dictionaries", () => {
  const viKeys = Object.keys(vi).sort();
  const enKeys = Object.keys(en).sort();

  it("have the same keys in vi and en", () => {
    expect(enKeys).toEqual(viKeys);
  });

  it.each(viKeys)("%s: vi and en are non-empty and have the same placeholders", (key) => {
    const v = (vi as Record<string, string>)[key] ?? "";
    const e = (en as Record<string, string>)[key] ?? "";
    expect(v.trim(), `vi ${key}`).not.toBe("");
    expect(e.trim(), `en ${key}`).not.toBe("");
    expect(placeholders(e), `placeholders of ${key}`).toEqual(placeholders(v));
  });

  it("fill placeholders and leave unknown ones visible", () => {
    expect(t("rank", { rank: 2, total: 9 })).toBe("hạng 2/9");
    expect(translate("en", "rank", { rank: 2, total: 9 })).toBe("rank 2/9");
    expect(translate("vi", "rank", { rank: 2, total: 9 })).toBe("hạng 2/9");
    expect(format("{count} x {other}", { count: 3 })).toBe("3 x {other}");
  });
});

describe("every key is used", () => {
  // Static uses: t("key" or t(`key` with no interpolation. Also a conditional choosing between
  // literal keys, t(cond ? "a" : "b"), whose literals are caught by the second pattern.
  const staticUse = /\bt\(\s*["'`]([\w.]+)["'`]/g;
  const literalKey = /["'`]([a-z][\w]*(?:\.[\w]+)+)["'`]/g;
  // Dynamic uses: t(`prefix.${…}`).
  const dynamicUse = /\bt\(\s*`([\w.]*)\$\{/g;
  const used = new Set<string>();
  const dynamic = new Set<string>();
  for (const { text } of sources) {
    for (const m of text.matchAll(staticUse)) used.add(m[1] ?? "");
    for (const m of text.matchAll(dynamicUse)) dynamic.add(m[1] ?? "");
    // Keys passed through a conditional inside t(…): only literals that are dictionary keys count.
    for (const m of text.matchAll(literalKey)) if ((m[1] ?? "") in vi) used.add(m[1] ?? "");
  }

  it("lists every dynamic key prefix found in src/", () => {
    expect([...dynamic].sort()).toEqual([...DYNAMIC_PREFIXES].sort());
  });

  it("has no key that no source file uses", () => {
    const unused = Object.keys(vi).filter((k) => !used.has(k) && !DYNAMIC_PREFIXES.some((p) => k.startsWith(p)));
    expect(unused).toEqual([]);
  });

  it("has no t(\"…\") call with a key missing from the dictionary", () => {
    expect([...used].filter((k) => !(k in vi))).toEqual([]);
  });
});

describe("the part of the dictionary the browser loads (vi-browser.ts)", () => {
  // The keys browser code can ask for: any dictionary key written as a literal in a module the
  // browser reaches, and every key of a dynamic family it builds (t(`prefix.${…}`)).
  const modules = browserModules().filter((f) => !f.startsWith("src/i18n/"));
  const asked = new Set<string>();
  for (const file of modules) {
    const text = readFileSync(file, "utf8");
    // The checker's texts come as labels built by its page (pages/kiem-tra), not through t().
    for (const m of text.matchAll(/["'`]([\w.-]+)["'`]/g)) if ((m[1] ?? "") in vi && !(m[1] ?? "").startsWith("check.")) asked.add(m[1] ?? "");
    for (const m of text.matchAll(/`([\w.]+)\$\{/g)) {
      const prefix = m[1] ?? "";
      if (DYNAMIC_PREFIXES.some((p) => p === prefix)) for (const k of Object.keys(vi)) if (k.startsWith(prefix)) asked.add(k);
    }
  }

  it("finds the browser's modules: charts, figures, the options panel and the checker, not the pages", () => {
    expect(modules).toEqual(expect.arrayContaining(["src/islands/ChartViewControls.tsx", "src/site/figures/on-time.ts", "src/charts/onTime.ts", "src/validator/Checker.tsx"]));
    expect(modules.some((f) => f.startsWith("src/pages/") || f.startsWith("src/components/") || f === "src/site/data-api.ts")).toBe(false);
  });

  it("holds every key browser code can ask for", () => {
    expect([...asked].filter((k) => !(k in viBrowser)).sort()).toEqual([]);
  });

  it("holds no key browser code never asks for, so the browser loads no page text", () => {
    expect(Object.keys(viBrowser).filter((k) => !asked.has(k)).sort()).toEqual([]);
  });

  it("is part of the one Vietnamese dictionary, with the same texts", () => {
    for (const [key, text] of Object.entries(viBrowser)) expect((vi as Record<string, string>)[key], key).toBe(text);
  });
});

/**
 * Heuristic for inline UI text in .astro files. Take the template (everything after the closing
 * `---` of the frontmatter), drop HTML comments and <script>/<style> bodies, then drop every
 * `{…}` expression by counting braces (strings inside expressions are not parsed: a lone `{` or `}`
 * in a string literal would confuse it; none exist). What remains is literal template text and
 * attribute values; a Vietnamese letter with a diacritic there is UI text that belongs in the
 * dictionary. Plain ASCII words (e.g. "JavaScript") and punctuation are not flagged.
 */
function templateText(source: string): string {
  const frontmatter = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(source);
  let s = frontmatter ? source.slice(frontmatter[0].length) : source;
  s = s.replace(/<!--[\s\S]*?-->/g, "").replace(/<(script|style)\b[\s\S]*?<\/\1>/g, "");
  let out = "";
  let depth = 0;
  for (const ch of s) {
    if (ch === "{") depth++;
    else if (ch === "}") depth = Math.max(0, depth - 1);
    else if (depth === 0) out += ch;
  }
  return out;
}

/**
 * Stricter companion heuristic: the whole source (frontmatter and expressions included) with
 * comments removed — `<!-- -->`, `/* *\/`, and `//` line comments not preceded by `:` (so URLs stay).
 * String literals and JSX text inside expressions are then caught too.
 */
function codeWithoutComments(source: string): string {
  return source
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|[^:])\/\/.*$/gm, "$1");
}

const vietnameseLines = (text: string): string[] => text.split("\n").filter((line) => VIETNAMESE.test(line)).map((line) => line.trim());

describe("no inline Vietnamese UI text", () => {
  const astro = sources.filter(({ file }) => file.endsWith(".astro") && /^src[\\/](pages|components|layouts)[\\/]/.test(file));

  it("finds the .astro files to check", () => {
    expect(astro.length).toBeGreaterThan(5);
  });

  it("the heuristics catch what they should and skip comments and expressions", () => {
    const sample = '---\nconst a = 1; // Tiếng Việt in a comment\n---\n<!-- Trang chủ -->\n<p title={t("x")}>{t("y")}</p>\n<p>Trang chủ</p>\n<a aria-label="Vị trí">x</a>';
    expect(vietnameseLines(templateText(sample))).toEqual(["<p>Trang chủ</p>", '<a aria-label="Vị trí">x</a>']);
    expect(vietnameseLines(codeWithoutComments('---\nconst a = "Tỉnh"; // Tỉnh\n---\n<p>{b ? "Xã" : "x"}</p>\n<a href="https://x.vn/đ">x</a>'))).toEqual([
      'const a = "Tỉnh";',
      '<p>{b ? "Xã" : "x"}</p>',
      '<a href="https://x.vn/đ">x</a>',
    ]);
  });

  it.each(astro.map((s) => [s.file, s.text] as const))("%s: template text outside {…} has no Vietnamese", (_file, text) => {
    expect(vietnameseLines(templateText(text))).toEqual([]);
  });

  // UI code: pages, components, the layout, the site model and browser scripts. Domain data
  // (metric definitions in src/metrics, the data contract in src/ingest) and the chart and
  // formatting libraries are outside this check.
  const uiCode = sources.filter(({ file }) => /^src[\\/](pages|components|layouts|site|client)[\\/]/.test(file));
  it.each(uiCode.map((s) => [s.file, s.text] as const))("%s: no Vietnamese outside comments", (_file, text) => {
    expect(vietnameseLines(codeWithoutComments(text))).toEqual([]);
  });
});
