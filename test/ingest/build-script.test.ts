/**
 * scripts/build.ts around its validation and its staging directory, with a stand-in `astro` on PATH
 * (the real build is covered by test/e2e/build.test.ts): the build stops cleanly, in one bilingual line
 * for an unexpected error, and a stopped build leaves neither OUT_DIR.build-<pid> nor OUT_DIR touched.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { ROOT, SMALL_UNITS, tempDataDir, VALID_DIR } from "./helpers";

/** Stand-in for `astro build`: writes a page into OUT_DIR (the staging directory), then waits to be stopped. */
const FAKE_ASTRO = `#!/bin/sh
mkdir -p "$OUT_DIR" && echo "<!doctype html><title>nháp</title>" > "$OUT_DIR/index.html"
sleep 30 &
pid=$!
trap 'kill $pid 2>/dev/null; exit 143' TERM INT
wait $pid
`;

interface Build {
  child: ChildProcess;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

/** `node --import tsx scripts/build.ts` in one process (so the pid names the staging directory), fake astro first on PATH. */
function startBuild(work: string, dataDir: string, outDir: string, nodeArgs: string[] = []): Build {
  const bin = path.join(work, "bin");
  mkdirSync(bin, { recursive: true });
  writeFileSync(path.join(bin, "astro"), FAKE_ASTRO);
  chmodSync(path.join(bin, "astro"), 0o755);
  const env = { ...process.env, DATA_DIR: dataDir, OUT_DIR: outDir, PATH: [bin, process.env["PATH"] ?? ""].join(path.delimiter) };
  const child = spawn(process.execPath, [...nodeArgs, "--import", "tsx", "scripts/build.ts"], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<Awaited<Build["done"]>>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

/** A published site to protect, and the names beside it that a build must not leave behind. */
function publishedSite(work: string): { outDir: string; untouched: () => void } {
  const outDir = path.join(work, "site");
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, "index.html"), "trang cũ");
  return {
    outDir,
    untouched: () => {
      expect(readdirSync(outDir)).toEqual(["index.html"]);
      expect(readFileSync(path.join(outDir, "index.html"), "utf8")).toBe("trang cũ");
      expect(readdirSync(work).filter((f) => f.startsWith("site.")), "no staging or retired directory beside OUT_DIR").toEqual([]);
    },
  };
}

const STACK_FRAME = /^\s+at /m;

describe("scripts/build.ts", { timeout: 60_000 }, () => {
  it("stops cleanly when the data dir holds a broken link and a directory named published.json: the issues, no stack trace", async () => {
    const data = tempDataDir({ "units.csv": SMALL_UNITS, "published.json/x.csv": "" });
    const work = tempDataDir({});
    try {
      symlinkSync(path.join(data.dir, "khong-co.csv"), path.join(data.dir, "plans.csv"));
      const site = publishedSite(work.dir);
      const run = await startBuild(work.dir, data.dir, site.outDir).done;
      expect(run.code, run.stderr).toBe(1);
      expect(run.stderr).toContain('plans.csv: lỗi: không đọc được "plans.csv": liên kết tượng trưng bị hỏng');
      expect(run.stderr).toContain('published.json: lỗi: "published.json" là một thư mục, không phải tệp dữ liệu');
      expect(run.stderr).toContain("Build stopped: the data have errors");
      expect(run.stderr).not.toMatch(STACK_FRAME);
      site.untouched();
    } finally {
      data.cleanup();
      work.cleanup();
    }
  });

  it("turns an unexpected exception during validation into one bilingual line and exit 1, OUT_DIR untouched", async () => {
    const work = tempDataDir({
      // Replaces src/ingest/validate with a module whose runValidation throws, as a bug in it would.
      "throwing-validate.mjs": `import { registerHooks } from "node:module";
const fake = "data:text/javascript," + encodeURIComponent(
  "export function runValidation() { throw new TypeError('boom: simulated bug'); }",
);
registerHooks({
  resolve: (specifier, context, next) => (/\\/src\\/ingest\\/validate(\\.ts)?$/.test(specifier) ? { url: fake, shortCircuit: true } : next(specifier, context)),
});
`,
    });
    try {
      const site = publishedSite(work.dir);
      const run = await startBuild(work.dir, VALID_DIR, site.outDir, ["--import", path.join(work.dir, "throwing-validate.mjs")]).done;
      expect(run.code, run.stderr).toBe(1);
      const lines = run.stderr.trim().split("\n");
      expect(lines, run.stderr).toHaveLength(1);
      expect(lines[0]).toMatch(/^Dừng dựng trang: lỗi bất ngờ khi kiểm tra dữ liệu .*boom: simulated bug.* \/ Build stopped: unexpected error while validating the data .*boom: simulated bug/);
      expect(run.stderr).not.toMatch(STACK_FRAME);
      site.untouched();
    } finally {
      work.cleanup();
    }
  });

  it.each(["SIGTERM", "SIGINT"] as const)("on %s while astro builds, stops astro and removes OUT_DIR.build-<pid>; OUT_DIR untouched", async (signal) => {
    const work = tempDataDir({});
    try {
      const site = publishedSite(work.dir);
      const build = startBuild(work.dir, VALID_DIR, site.outDir);
      const staging = `${site.outDir}.build-${String(build.child.pid)}`;
      for (let i = 0; i < 300 && !existsSync(path.join(staging, "index.html")); i++) await sleep(50);
      expect(existsSync(path.join(staging, "index.html")), "the stand-in astro wrote into the staging directory").toBe(true);
      build.child.kill(signal);
      const run = await build.done;
      expect(run.code ?? run.signal, run.stderr).not.toBe(0);
      expect(existsSync(staging), "staging directory removed").toBe(false);
      site.untouched();
    } finally {
      work.cleanup();
    }
  });
});

describe(".gitignore", () => {
  const patterns = readFileSync(path.join(ROOT, ".gitignore"), "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"));
  // path.matchesGlob follows the same rule as git for these patterns: `*` stops at `/`.
  const ignored = (dir: string) => patterns.some((p) => p.endsWith("/") && path.matchesGlob(dir, p.slice(0, -1)));

  it.each(["dist.build-4242", "dist.old-4242", "site.build-7", "site.old-7"])("ignores the build's staging and retired directory %s", (dir) => {
    expect(ignored(dir)).toBe(true);
  });
  it("does not ignore the sources", () => {
    for (const dir of ["src", "scripts", "test", "data"]) expect(ignored(dir)).toBe(false);
  });
});
