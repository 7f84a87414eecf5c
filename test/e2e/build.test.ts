/** scripts/build.ts: a failed build leaves the published site byte for byte; builds are reproducible. */
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, inject, test } from "vitest";
import { defectDir, diffTrees, hashTree, runBuild, VALID_DIR } from "../helpers/site";

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
    // Both builds run here, back to back: the site's sources may be edited while the suite runs.
    const first = path.join(scratch, "first");
    const second = path.join(scratch, "second");
    const one = await runBuild(VALID_DIR, first);
    expect(one.code, one.output).toBe(0);
    const two = await runBuild(VALID_DIR, second);
    expect(two.code, two.output).toBe(0);
    const a = hashTree(first);
    const b = hashTree(second);
    expect(a.size).toBeGreaterThan(10);
    expect(diffTrees(a, b)).toEqual([]);
    expect(b).toEqual(a);
    expect(readdirSync(scratch).filter((f) => /^(first|second)\./.test(f)), "no staging directory left").toEqual([]);
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
