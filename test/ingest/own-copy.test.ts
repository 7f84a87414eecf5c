/**
 * Values kept past the reading are strings of their own: a note or a quoted cell that were a view into
 * the file's text would keep the whole text alive, for a big export a hundred megabytes held for one cell.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { processing } from "../../src/ingest/contract";
import { ownCopy } from "../../src/ingest/own-copy";
import { readDecodedFile } from "../../src/ingest/read-file";
import { PROCESSING_HEADER } from "./helpers";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

const PADDING = 40 << 20;

/** A CSV text of about 40 MB: the given rows, then one row whose unknown last column holds the bulk. */
function bigText(rows: string[]): string {
  const filler = `637,2025-12,1,2,3,1,2,0,3,0,,,${"x".repeat(PADDING)}`;
  return [`${PROCESSING_HEADER},ghi_chu_khac`, ...rows, filler, ""].join("\n");
}

/** Heap bytes still held, after collection, by what `read` returns from the text it was given. */
function retainedBy(rows: string[], read: (text: string) => unknown): { kept: unknown; bytes: number } {
  gc();
  const before = process.memoryUsage().heapUsed;
  // Read in a frame of its own: the text is then referred to by nothing but what `read` kept.
  const kept = readOnce(rows, read);
  gc();
  return { kept, bytes: process.memoryUsage().heapUsed - before };
}

function readOnce(rows: string[], read: (text: string) => unknown): unknown {
  return read(bigText(rows));
}

describe("ownCopy", () => {
  it("returns the same text", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 60 }), (s) => ownCopy(s) === s));
  });

  it("lets a file's text go once its rows are read, though a record keeps a long note from it", () => {
    const { kept, bytes } = retainedBy(["637,2025-06,1,2,3,1,2,0,3,1,nguồn ghi lệch số liệu tháng này,,"], (text) =>
      readDecodedFile(processing, { ok: true, text, encoding: "utf-8" }, "p.csv").records,
    );
    expect((kept as { record: { known_inconsistency?: string } }[])[0]?.record.known_inconsistency).toBe("nguồn ghi lệch số liệu tháng này");
    expect(bytes).toBeLessThan(PADDING / 4);
  });

  it("lets a file's text go though an issue quotes a long cell from it", () => {
    const { kept, bytes } = retainedBy(["637,tháng sáu năm 2025 (nhập nhầm),1,2,3,1,2,0,3,0,,,"], (text) =>
      readDecodedFile(processing, { ok: true, text, encoding: "utf-8" }, "p.csv").issues.filter((i) => i.field === "period"),
    );
    expect((kept as { value?: string }[]).map((i) => i.value)).toEqual(["tháng sáu năm 2025 (nhập nhầm)"]);
    expect(bytes).toBeLessThan(PADDING / 4);
  });
});
