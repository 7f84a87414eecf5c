/**
 * The source files browser code can reach: every module under src/client, src/islands and
 * src/validator, and everything they import, following relative imports and "#dom" the way the
 * client build resolves them (package.json "imports", browser condition).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.join(import.meta.dirname, "..", "..");
const ENTRY_DIRS = ["src/client", "src/islands", "src/validator"];
// Type-only imports ("import type …") are erased by the build and not followed.
const IMPORT = /(?:^|[^\w.])(?:import|export)(?!\s+type\s)\s*(?:[^"'`;]*?\sfrom\s*)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;
const PACKAGE = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { imports: Record<string, { browser?: string; default: string }> };
const BROWSER_IMPORTS = new Map(Object.entries(PACKAGE.imports).map(([name, to]) => [name, to.browser ?? to.default]));

function resolve(from: string, specifier: string): string | undefined {
  const mapped = BROWSER_IMPORTS.get(specifier);
  const base = mapped !== undefined ? path.join(ROOT, mapped) : specifier.startsWith(".") ? path.resolve(path.dirname(from), specifier.replace(/\?.*$/, "")) : undefined;
  if (base === undefined) return undefined;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")]) {
    if (existsSync(candidate) && /\.tsx?$/.test(candidate)) return candidate;
  }
  return undefined;
}

export function browserModules(): string[] {
  const seen = new Set<string>();
  const queue = ENTRY_DIRS.flatMap((dir) => readdirSync(path.join(ROOT, dir)).filter((f) => /\.tsx?$/.test(f)).map((f) => path.join(ROOT, dir, f)));
  while (queue.length > 0) {
    const file = queue.pop();
    if (file === undefined || seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, "utf8");
    for (const m of source.matchAll(IMPORT)) {
      const target = resolve(file, m[1] ?? m[2] ?? "");
      if (target !== undefined && !seen.has(target)) queue.push(target);
    }
  }
  return [...seen].map((f) => path.relative(ROOT, f)).sort();
}
