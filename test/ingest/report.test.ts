/** The kind an issue is grouped under in the text report. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Issue } from "../../src/ingest/issues";
import { kindOf } from "../../src/ingest/report";

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
