/** Builds the web app (dist/) when it is missing or older than its sources. */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { extname, join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { DIST, REPO_ROOT } from "../paths.ts";

// The build recipe itself (this file) counts as a source: a changed recipe rebuilds.
const WEB_SOURCES = [
  "src/web",
  "src/model",
  "src/dataset",
  "src/bench/floor",
  "src/server/build.ts",
  "index.html",
  "vite.config.ts",
  "package-lock.json",
].map((p) => join(REPO_ROOT, p));

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((entry) => newestMtime(join(path, entry))));
}

/**
 * Written last by this build: a dist/ without it (a plain `vite build`, an interrupted copy) lacks
 * the precompressed files and is built again.
 */
const BUILD_MARK = ".atlas-build";

/** Whether dist/ is this build's and at least as new as every web source. */
function webBuildIsCurrent(): boolean {
  const built = existsSync(join(DIST, BUILD_MARK)) ? newestMtime(join(DIST, "index.html")) : 0;
  return built > 0 && built >= Math.max(...WEB_SOURCES.map(newestMtime));
}

/** Builds dist/ when it is missing, older than the web sources, or not made by this build. */
export async function ensureWebBuild(log: (m: string) => void): Promise<void> {
  if (webBuildIsCurrent()) return;
  log(existsSync(join(DIST, BUILD_MARK)) ? "web sources changed: rebuilding the web app…" : "building the web app (first start)…");
  await buildWeb();
}

/** Builds the web app into dist/ (Vite, then brotli and gzip copies of its text files), whatever is there. */
export async function buildWeb(): Promise<void> {
  const { build } = await import("vite");
  // Built beside dist/ and moved into place whole, so a server never serves a half-written app,
  // even when two processes (a test run's server and `npm start`) build at the same time.
  const staging = `${DIST}.building-${process.pid}`;
  // What users get, whatever NODE_ENV the caller runs under (Vitest sets "test", and Vite would
  // then compile JSX and pick React for development).
  const callersNodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await build({
      root: REPO_ROOT,
      configFile: join(REPO_ROOT, "vite.config.ts"),
      logLevel: "warn",
      mode: "production",
      build: { outDir: staging, emptyOutDir: true },
    });
  } finally {
    if (callersNodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = callersNodeEnv;
  }
  precompress(staging);
  writeFileSync(join(staging, BUILD_MARK), `${new Date().toISOString()}\n`);
  rmSync(DIST, { recursive: true, force: true });
  try {
    renameSync(staging, DIST);
  } catch {
    rmSync(staging, { recursive: true, force: true }); // another build was moved in first: it is as new
  }
}

/** The JS files (paths under dist/) a built HTML page loads before anything else: its scripts and modulepreloads. */
export function initialScripts(htmlPath: string): string[] {
  const html = readFileSync(htmlPath, "utf8");
  return [...new Set([...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1] as string))];
}

const COMPRESSIBLE = new Set([".js", ".css", ".html", ".svg", ".json", ".txt"]);

/**
 * file.br and file.gz beside every text asset over 1 kB, compressed once at build time at the
 * highest levels: the server sends them as they are to browsers that accept them.
 */
export function precompress(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !COMPRESSIBLE.has(extname(entry.name))) continue;
    const path = join(entry.parentPath, entry.name);
    const bytes = readFileSync(path);
    if (bytes.length < 1024) continue;
    writeFileSync(`${path}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
  }
}
