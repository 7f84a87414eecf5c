/** The Nu Html Checker (vnu.jar, Java) over one built page of each type, and over a standalone chart SVG. */
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, inject, test } from "vitest";
import { validateDataDir } from "../../src/ingest/validate";
import { DEFAULT_VIEW } from "../../src/lib/chart-view";
import { unitFigures } from "../../src/site/figures/unit-figures";
import { buildModel } from "../../src/site/model";
import { unitPageModel } from "../../src/site/unit-page";
import { ROOT, samplePages, VALID_DIR } from "../helpers/site";

const outDir = inject("outDir");
const pages = samplePages(outDir);
const VNU = path.join(ROOT, "node_modules/vnu-jar/build/dist/vnu.jar");

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

function vnu(args: string[]): Promise<{ code: number; messages: VnuMessage[]; raw: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      "java",
      ["-Xss4m", "-jar", VNU, "--errors-only", "--format", "json", ...args],
      { maxBuffer: 64 * 1024 * 1024, timeout: 120_000 },
      (error, _stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        try {
          const parsed = JSON.parse(stderr) as { messages: VnuMessage[] };
          resolve({ code, messages: parsed.messages, raw: stderr });
        } catch {
          reject(new Error(`vnu.jar did not answer with JSON (exit ${code}):\n${stderr}\n${error?.message ?? ""}`));
        }
      },
    );
  });
}

/** vnu reports "file:/tmp/x" or "file:///tmp/x"; both → "/tmp/x". */
const pathOf = (url: string | undefined): string => decodeURIComponent((url ?? "").replace(/^file:\/*/, "/"));

const format = (messages: VnuMessage[]): string =>
  messages
    .map((m) => `${m.type}${m.subType ? `/${m.subType}` : ""} ${path.relative(outDir, pathOf(m.url))}:${m.lastLine ?? "?"}:${m.lastColumn ?? "?"} ${m.message}${m.extract ? `\n    ${m.extract.replace(/\n/g, "↵")}` : ""}`)
    .join("\n");

const fileOf = (url: string) => path.join(outDir, ...url.split("/").filter(Boolean), "index.html");

describe("Nu Html Checker: one page of each type", () => {
  let byFile = new Map<string, VnuMessage[]>();
  let all: VnuMessage[] = [];

  beforeAll(async () => {
    const files = Object.values(pages).map(fileOf);
    const result = await vnu(files);
    all = result.messages;
    byFile = new Map(files.map((f) => [f, []]));
    for (const m of all) {
      const key = pathOf(m.url);
      byFile.set(key, [...(byFile.get(key) ?? []), m]);
    }
  }, 180_000);

  test.each(Object.entries(pages))("%s page %s has no errors", (_type, url) => {
    const messages = byFile.get(fileOf(url)) ?? [];
    expect(messages.length, format(messages)).toBe(0);
  });

  test("no message belongs to an unexpected file (or to none)", () => {
    const known = new Set(Object.values(pages).map(fileOf));
    const stray = all.filter((m) => !known.has(pathOf(m.url)));
    expect(stray.length, format(stray)).toBe(0);
  });
});

describe("Nu Html Checker: a standalone chart SVG", () => {
  test("the quarterly comparison and on-time charts of the district, as the browser draws them, validate as SVG", async () => {
    const report = validateDataDir(VALID_DIR);
    const site = buildModel(report.records);
    const unit = site.pages.find((u) => u.url === pages.district);
    expect(unit, pages.district).toBeDefined();
    if (unit === undefined) return;
    const input = { ...unitPageModel(site, unit).figures, compare: site.pages.filter((u) => u.level === "district" && u !== unit).slice(0, 2) };
    const dir = mkdtempSync(path.join(tmpdir(), "svg-"));
    const files = [
      { ...DEFAULT_VIEW, granularity: "quarter" as const },
      { ...DEFAULT_VIEW, granularity: "quarter" as const, compare: input.compare.map((u) => u.key) },
    ].map((view, i) => {
      const svg = /<svg[\s\S]*?<\/svg>/.exec(unitFigures(input, view)[0]?.svg ?? "")?.[0] ?? "";
      expect(svg).toContain('role="img"');
      const file = path.join(dir, `dung-han-${i}.svg`);
      writeFileSync(file, svg);
      return file;
    });
    const result = await vnu(["--svg", ...files]);
    expect(result.messages.length, format(result.messages)).toBe(0);
  }, 120_000);
});
