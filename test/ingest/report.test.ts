/** The kind an issue is grouped under in the text report. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Issue } from "../../src/ingest/issues";
import { IssueDigest, kindOf } from "../../src/ingest/report";

const issue = (en: string): Issue => ({ severity: "error", file: "f.csv", line: 2, column: 3, field: "period", vi: "…", en });

describe("kindOf", () => {
  it("takes quoted values and numbers out of the reason, so rows that differ only in them are one kind", () => {
    expect(kindOf(issue('no agency "so-noi-vu" (line 12)'))).toBe("error|period|no agency … (line #)");
    expect(kindOf(issue("received (1.234,5) differs by -1."))).toBe("error|period|received (#) differs by -#.");
    expect(kindOf(issue('a "b'))).toBe('error|period|a "b');
  });

  it("is the same as taking out quoted values first and numbers after", () => {
    const reason = fc.string({ unit: fc.constantFrom('"', "1", "9", ".", ",", "a", " ", "…"), maxLength: 30 });
    fc.assert(
      fc.property(reason, (en) => {
        expect(kindOf(issue(en))).toBe(`error|period|${en.replace(/"[^"]*"/g, "…").replace(/[\d.,]*\d/g, "#")}`);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("IssueDigest", () => {
  it("groups issues exactly as their kinds do, in order of each kind's first issue, keeping the first of each", () => {
    const reason = fc.string({ unit: fc.constantFrom('"', "1", "9", ".", ",", "a", " ", "…", "ư"), maxLength: 24 });
    const anIssue = fc.record({
      severity: fc.constantFrom("error" as const, "warning" as const),
      field: fc.option(fc.constantFrom("period", "unit_code", "a|b"), { nil: undefined }),
      en: reason,
    });
    fc.assert(
      fc.property(fc.array(anIssue, { maxLength: 60 }), (drawn) => {
        const issues: Issue[] = drawn.map((d, i) => ({ severity: d.severity, file: "f.csv", line: i + 2, column: 1, vi: "…", en: d.en, ...(d.field === undefined ? {} : { field: d.field }) }));
        const digest = new IssueDigest(3);
        issues.forEach((i) => digest.add(i));
        const expected = new Map<string, { total: number; shown: Issue[] }>();
        for (const i of issues) {
          const k = kindOf(i);
          const g = expected.get(k) ?? { total: 0, shown: [] };
          expected.set(k, g);
          g.total++;
          if (g.shown.length < 3) g.shown.push(i);
        }
        expect([...digest.kinds()].map((g) => [g.kind, g.total, g.shown])).toEqual([...expected].map(([k, g]) => [k, g.total, g.shown]));
        expect(digest.errors + digest.warnings).toBe(issues.length);
      }),
      { numRuns: 1000 },
    );
  });

  it("counts follow-on errors by their cause, apart from the kinds", () => {
    const digest = new IssueDigest();
    const followOn: Issue = { severity: "error", file: "p.csv", line: 2, column: 1, field: "unit_code", vi: "…", en: "unit code not in the units list", cause: "units" };
    for (let i = 0; i < 30; i++) digest.add({ ...followOn, line: i + 2 });
    const { cause: _, ...own } = followOn;
    digest.add(own);
    expect(digest.followOn.get("units")?.total).toBe(30);
    expect([...digest.kinds()].map((g) => [g.kind, g.total])).toEqual([["error|unit_code|unit code not in the units list", 1]]);
  });
});
