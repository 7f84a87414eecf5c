/** scripts/build.ts: a failed build leaves the published site byte for byte; builds are reproducible. */
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, inject, test } from "vitest";
import { defectDir, diffTrees, hashTree, ROOT, runBuild, VALID_DIR } from "../helpers/site";

/** One hash over the inputs of a build other than the data: src/, scripts/, astro.config.mjs. */
function sourceHash(): string {
  const parts = ["src", "scripts"].flatMap((dir) => [...hashTree(path.join(ROOT, dir))].map(([f, h]) => `${dir}/${f}:${h}`));
  parts.push(`astro.config.mjs:${createHash("sha256").update(readFileSync(path.join(ROOT, "astro.config.mjs"))).digest("hex")}`);
  return parts.join("\n");
}

const outDir = inject("outDir");
const workDir = inject("workDir");
const scratch = mkdtempSync(path.join(workDir, "build-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Defects that must stop the build; form06-mismatch first, as the brief names it. Only those present are used. */
const DEFECTS = ["form06-mismatch", "unterminated-quote", "unknown-unit"].filter((d) => existsSync(defectDir(d)));

describe("scripts/build.ts", () => {
  test("there is at least one defect fixture to build", () => {
    expect(DEFECTS.length).toBeGreaterThan(0);
  });

  test.each(DEFECTS)("data defect %s: exits non-zero and leaves the previous site byte-identical", async (defect) => {
    const target = path.join(scratch, `published-${defect}`);
    cpSync(outDir, target, { recursive: true });
    const before = hashTree(target);
    expect(before.size).toBeGreaterThan(10);

    const result = await runBuild(defectDir(defect), target);

    expect(result.code, result.output).not.toBe(0);
    expect(result.code, result.output).not.toBeNull();
    const after = hashTree(target);
    expect(diffTrees(before, after)).toEqual([]);
    expect(after).toEqual(before);
    const leftovers = readdirSync(scratch).filter((f) => f.startsWith(`published-${defect}.`));
    expect(leftovers, "no staging or retired directory left beside OUT_DIR").toEqual([]);
  }, 120_000);

  test("two builds of the valid fixture into two directories are byte-identical", async () => {
    // Both builds run here, back to back. The sources may be edited while the suite runs (several people
    // work on src/ at once): when they changed between the two builds, the pair is built again.
    let a = new Map<string, string>();
    let b = new Map<string, string>();
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      const sources = sourceHash();
      const first = path.join(scratch, `first-${attempt}`);
      const second = path.join(scratch, `second-${attempt}`);
      const one = await runBuild(VALID_DIR, first);
      expect(one.code, one.output).toBe(0);
      const two = await runBuild(VALID_DIR, second);
      expect(two.code, two.output).toBe(0);
      a = hashTree(first);
      b = hashTree(second);
      if (sourceHash() === sources) break;
      console.warn(`[build] sources changed during attempt ${attempt}; building the pair again`);
    }
    expect(a.size).toBeGreaterThan(10);
    expect(diffTrees(a, b)).toEqual([]);
    expect(b).toEqual(a);
    expect(readdirSync(scratch).filter((f) => /^(first|second)-\d+\./.test(f)), "no staging directory left").toEqual([]);
  }, 300_000);

  test("a valid build over an existing site replaces it completely", async () => {
    const target = path.join(scratch, "replace");
    cpSync(outDir, target, { recursive: true });
    writeFileSync(path.join(target, "stale-file.html"), "<!doctype html><title>stale</title>");
    const result = await runBuild(VALID_DIR, target);
    expect(result.code, result.output).toBe(0);
    expect(existsSync(path.join(target, "stale-file.html"))).toBe(false);
    expect(existsSync(path.join(target, "index.html"))).toBe(true);
    expect(readdirSync(scratch).filter((f) => f.startsWith("replace.")), "no staging or retired directory left").toEqual([]);
  }, 300_000);
});
