/** The realistic query set on the bundled data, through the search core in Node (the browser run is in test/e2e/search.test.ts). */
import { describe, expect, test } from "vitest";
import { validateDataDir } from "../../src/ingest/validate";
import { buildShards } from "../../src/search/build";
import { SearchIndex } from "../../src/search/query";
import { buildModel } from "../../src/site/model";
import { searchDocuments } from "../../src/site/search";
import { BUNDLED_QUERIES } from "./queries";

const site = buildModel(validateDataDir("data").records);
const docs = searchDocuments(site);
const index = new SearchIndex(buildShards(docs));

describe("bundled corpus", () => {
  test.each(BUNDLED_QUERIES)("$q → $type “$title” in the top 5", ({ q, type, title }) => {
    const hits = index.search(q, { limit: 5 }).hits;
    const found = hits.some((h) => h.type === type && h.title.text.toLowerCase().includes(title.toLowerCase()));
    expect(found, hits.map((h) => `${h.type}: ${h.title.text.slice(0, 70)}`).join("\n")).toBe(true);
  });

  test("a former district's result names its successor communes", () => {
    const hit = index.search("huyen krong pa", { limit: 1 }).hits[0];
    expect(hit?.title.text).toBe("Huyện Krông Pa");
    expect(hit?.snippet?.text).toMatch(/^Nay thuộc: .*Xã Ia Rsai/);
  });
});
