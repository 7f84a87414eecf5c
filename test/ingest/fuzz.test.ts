/**
 * Fuzzing the validator with the real bundled files, mutated as careless and hostile users would:
 * flipped bytes, cut lines, duplicated rows, swapped columns, mixed line endings, injected payloads,
 * other encodings. Whatever comes in, validation returns a report (it never throws), every rejected
 * row is explained by an error in its file, and every row read is accepted or rejected.
 * `npm test` runs a few dozen cases; `npm run fuzz` (FUZZ_RUNS) runs thousands.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { validateDataDir } from "../../src/ingest/validate";
import { VALID_DIR } from "./helpers";

const RUNS = Number(process.env["FUZZ_RUNS"] ?? 40);

const FILES = ["units.csv", "exports/processing.csv", "exports/satisfaction.csv", "plans.csv", "tasks.csv", "published.csv", "agencies.csv"];

const PAYLOADS = [
  '"', '""', "\u0000", "\uFEFF", "<script>alert(1)</script>", "javascript:alert(1)", "=cmd|' /C calc'!A0", "-0", "9007199254740993",
  "2205-06", "1025-06", "1e309", "NaN", "a".repeat(5000), "\r", "\n", ";", "\t", "\u202e", "[".repeat(200), "Đ\u0301",
];

type Mutation = (bytes: Buffer) => Buffer;
const lines = (b: Buffer) => b.toString("utf8").split("\n");
const join = (ls: string[]) => Buffer.from(ls.join("\n"), "utf8");

const mutation: fc.Arbitrary<{ name: string; apply: Mutation }> = fc.oneof(
  fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })).map(([at, byte]) => ({
    name: `byte ${byte} at ${at}`,
    apply: (b: Buffer) => {
      const c = Buffer.from(b);
      if (c.length > 0) c[at % c.length] = byte;
      return c;
    },
  })),
  fc.nat().map((at) => ({ name: `cut at ${at}`, apply: (b: Buffer) => b.subarray(0, b.length === 0 ? 0 : at % b.length) })),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 5 })).map(([at, times]) => ({
    name: `duplicate line ${at} ×${times}`,
    apply: (b: Buffer) => {
      const ls = lines(b);
      const i = at % ls.length;
      ls.splice(i, 0, ...Array<string>(times).fill(ls[i] ?? ""));
      return join(ls);
    },
  })),
  fc.tuple(fc.nat(), fc.nat()).map(([a, c]) => ({
    name: `swap columns ${a} and ${c}`,
    apply: (b: Buffer) =>
      join(
        lines(b).map((l) => {
          const cells = l.split(",");
          const i = a % cells.length;
          const j = c % cells.length;
          [cells[i], cells[j]] = [cells[j] ?? "", cells[i] ?? ""];
          return cells.join(",");
        }),
      ),
  })),
  fc.array(fc.constantFrom("\n", "\r\n", "\r"), { minLength: 1, maxLength: 4 }).map((endings) => ({
    name: `line endings ${JSON.stringify(endings)}`,
    apply: (b: Buffer) => Buffer.from(lines(b).map((l, i) => l + (endings[i % endings.length] ?? "\n")).join(""), "utf8"),
  })),
  fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...PAYLOADS)).map(([row, cell, payload]) => ({
    name: `payload ${JSON.stringify(payload.slice(0, 20))} at ${row}:${cell}`,
    apply: (b: Buffer) => {
      const ls = lines(b);
      const i = row % ls.length;
      const cells = (ls[i] ?? "").split(",");
      cells[cell % cells.length] = payload;
      ls[i] = cells.join(",");
      return join(ls);
    },
  })),
  fc.constantFrom("utf16le", "windows1258", "latin1", "utf16be").map((encoding) => ({
    name: `re-encoded as ${encoding}`,
    apply: (b: Buffer) => iconv.encode(b.toString("utf8"), encoding),
  })),
);

describe("fuzzing the validator with mutated bundled files", () => {
  it("never throws, explains every rejected row by an error in its file, and accounts for every row", { timeout: 120_000 }, () => {
    const work = mkdtempSync(path.join(tmpdir(), "mbmc-fuzz-"));
    const originals = new Map(FILES.map((f) => [f, readFileSync(path.join(VALID_DIR, f))]));
    try {
      cpSync(VALID_DIR, work, { recursive: true });
      fc.assert(
        fc.property(fc.constantFrom(...FILES), fc.array(mutation, { minLength: 1, maxLength: 3 }), (file, mutations) => {
          const original = originals.get(file) as Buffer;
          writeFileSync(path.join(work, file), mutations.reduce((b, m) => m.apply(b), original));
          try {
            const report = validateDataDir(work);
            for (const a of report.accounts) {
              expect(a.read, a.file).toBe(a.accepted + a.rejected);
              if (a.rejected > 0)
                expect(report.issues.some((i) => i.severity === "error" && i.file === a.file), `${a.file}: ${a.rejected} rejected, no error`).toBe(true);
            }
            for (const issue of report.issues) {
              expect(issue.file.startsWith(work), issue.file).toBe(true);
              expect(issue.line).toBeGreaterThanOrEqual(0);
              expect(issue.vi.length + issue.en.length).toBeLessThan(2000);
              if (issue.value !== undefined) expect(issue.value.length).toBeLessThan(200);
            }
            // A file read without error keeps every one of its rows.
            const files = new Set(report.issues.filter((i) => i.severity === "error").map((i) => i.file));
            for (const a of report.accounts) if (!files.has(a.file)) expect(a.rejected, a.file).toBe(0);
          } finally {
            writeFileSync(path.join(work, file), original);
          }
        }),
        { numRuns: RUNS },
      );
      expect(readdirSync(work).sort()).toEqual(readdirSync(VALID_DIR).sort());
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
