/** The documents are checked like code: the contract tables match the schemas, the README's commands exist. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { contractTables } from "../../src/ingest/contract-doc";
import { DATASETS } from "../../src/ingest/contract";
import { layoutTables } from "../../src/ingest/layout-doc";

const doc = readFileSync("docs/data-format.md", "utf8");
const readme = readFileSync("README.md", "utf8");
const scripts = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts;

describe("docs/data-format.md", () => {
  it("holds the field tables generated from the contract (run `npm run docs:contract` after changing it)", () => {
    expect(doc).toContain(contractTables());
  });
  it("holds the form-06 header names, sheet names and period spellings the code accepts", () => {
    expect(doc).toContain(layoutTables());
    for (const heading of ["## Sổ Excel và mẫu 06 / Workbooks and form-06 layouts", "## Cách viết kỳ / Period spellings and windows"]) expect(doc).toContain(heading);
  });
  it("documents every dataset and every Vietnamese header alias", () => {
    for (const d of DATASETS) {
      expect(doc).toContain(`\`${d.name}\``);
      for (const aliases of Object.values(d.aliases as Record<string, readonly string[]>)) for (const a of aliases) expect(doc).toContain(a);
    }
  });
});

describe("README.md", () => {
  it("names only npm scripts that exist", () => {
    const named = [...readme.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1] as string);
    expect(named.length).toBeGreaterThan(0);
    for (const name of named) expect(Object.keys(scripts), name).toContain(name);
  });
  it("gives the two commands, and .ci/run runs the test one", () => {
    expect(readme).toContain("npm install && npm start");
    expect(readme).toContain("npm install && npm test");
    expect(readFileSync(".ci/run", "utf8")).toContain("npm test");
  });
  it("links to the data contract", () => {
    expect(readme).toContain("(docs/data-format.md)");
  });
});
