/**
 * Before `npm test`: the end-to-end tests need Debian's Chromium and a Java runtime (for the Nu Html
 * Checker). Install them when running as root on Debian; otherwise stop with one line saying how.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
const needs: string[] = [];
if (!existsSync(CHROMIUM)) needs.push("chromium");
if (!hasJava()) needs.push("default-jre-headless");

if (needs.length > 0) {
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync("/usr/bin/apt-get")) {
    console.error(`Thiếu ${needs.join(", ")} cho kiểm thử trình duyệt / missing ${needs.join(", ")}: run \`sudo apt-get install -y ${needs.join(" ")}\``);
    process.exit(1);
  }
  console.log(`Cài đặt / installing ${needs.join(", ")} (apt-get)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...needs], { stdio: "inherit", env });
}

function hasJava(): boolean {
  try {
    execFileSync("java", ["-version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
