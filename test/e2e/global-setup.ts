/**
 * Builds the valid fixture once into a temporary directory, serves it on loopback, and provides
 * the base URL and the built directory to every e2e test (`inject("baseUrl")`, `inject("outDir")`).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { runBuild, VALID_DIR } from "../helpers/site";
import { startStaticServer } from "../helpers/server";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const work = mkdtempSync(path.join(tmpdir(), "mbmc-e2e-"));
  const outDir = path.join(work, "site");
  const build = await runBuild(VALID_DIR, outDir);
  if (build.code !== 0) {
    rmSync(work, { recursive: true, force: true });
    throw new Error(`Building the valid fixture failed (exit ${String(build.code)}):\n${build.output}`);
  }
  const server = await startStaticServer(outDir);
  project.provide("baseUrl", server.url);
  project.provide("outDir", outDir);
  project.provide("workDir", work);
  return async () => {
    await server.close();
    rmSync(work, { recursive: true, force: true });
  };
}
