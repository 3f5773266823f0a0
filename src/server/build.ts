/** Builds the web app (dist/) when it is missing or older than its sources. */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { DIST, REPO_ROOT } from "../paths.ts";

export { DIST };

const WEB_SOURCES = ["src/web", "src/model", "index.html", "vite.config.ts", "package-lock.json"].map((p) => join(REPO_ROOT, p));

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((entry) => newestMtime(join(path, entry))));
}

/** Builds dist/ when it is missing or older than the web sources. */
export async function ensureWebBuild(log: (m: string) => void): Promise<void> {
  const built = newestMtime(join(DIST, "index.html"));
  if (built > 0 && built >= Math.max(...WEB_SOURCES.map(newestMtime))) return;
  log(built === 0 ? "building the web app (first start)…" : "web sources changed: rebuilding the web app…");
  const { build } = await import("vite");
  await build({ root: REPO_ROOT, configFile: join(REPO_ROOT, "vite.config.ts"), logLevel: "warn" });
}
