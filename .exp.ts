import { writeFileSync } from "node:fs";
import { validateDataDir } from "./src/ingest/validate";
import { DEFAULT_VIEW } from "./src/lib/chart-view";
import { unitFigures } from "./src/site/figures/unit-figures";
import { buildModel } from "./src/site/model";
import { unitPageModel } from "./src/site/unit-page";
const site = buildModel(validateDataDir("test/fixtures/valid").records);
const u = site.pages.find((x) => x.url === "/huyen/krong-pa-637/")!;
writeFileSync("/tmp/build.html", unitFigures(unitPageModel(site, u).figures, { ...DEFAULT_VIEW, granularity: "quarter" })[0]!.svg);
