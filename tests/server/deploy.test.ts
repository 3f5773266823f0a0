/**
 * A production install, as the README's deployment line runs it: the checkout copied to a temp
 * folder (its files as git sees them, no node_modules, no dist), `npm ci --omit=dev` from npm's
 * cache (--offline: the cache is warm after this checkout's own `npm ci`; only if a package is
 * missing from it does the registry fill the gap),
 * then `npm run build` and `npm start`. No devDependency is present, so the server, the build and
 * the console's worker must all run on the runtime dependencies alone.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "../../src/util/net.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
// Not the caller's npm lifecycle variables (npm test sets npm_config_local_prefix and the like to
// this checkout): the copy's npm must act on the copy. The cache and registry settings stay.
const KEEP_NPM = new Set(["npm_config_cache", "npm_config_registry", "npm_config_userconfig"]);
const env = Object.fromEntries(
  Object.entries(process.env).filter(
    ([k]) => !k.startsWith("NEO4J_") && k !== "NODE_ENV" && !(k.toLowerCase().startsWith("npm_") && !KEEP_NPM.has(k.toLowerCase())),
  ),
);
const dir = mkdtempSync(join(tmpdir(), "atlas-deploy-"));
let server: ChildProcess | undefined;

afterAll(() => {
  try {
    if (server?.pid) process.kill(-server.pid, "SIGTERM"); // npm → sh → tsx → node: the whole group
  } catch {
    // already gone
  }
  rmSync(dir, { recursive: true, force: true });
});

/** Runs a command in the copy, bounded; its output goes into the assertion message on failure. */
const run = (command: string, args: string[], timeoutMs: number) => {
  const r = spawnSync(command, args, { cwd: dir, env, encoding: "utf8", timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 });
  return { status: r.status, output: `${command} ${args.join(" ")} → ${r.status ?? r.signal}\n${r.stdout}\n${r.stderr}` };
};

describe("deployable: npm ci --omit=dev && npm run build && npm start", () => {
  it("installs only the runtime dependencies, builds the web app and serves pages and API from the copy", async () => {
    // The checkout's files (tracked and new, not ignored ones): what a clone of this commit holds.
    const listed = spawnSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: ROOT, encoding: "utf8" });
    expect(listed.status, listed.stderr).toBe(0);
    for (const file of listed.stdout.split("\0").filter(Boolean)) {
      if (!existsSync(join(ROOT, file))) continue; // deleted, not yet committed
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      cpSync(join(ROOT, file), join(dir, file));
    }
    expect(existsSync(join(dir, "node_modules"))).toBe(false);

    let install = run("npm", ["ci", "--omit=dev", "--offline", "--no-audit", "--no-fund"], 240_000);
    // A cache that lacks a package (a checkout installed some other way): the registry fills the gap.
    if (install.status !== 0 && install.output.includes("ENOTCACHED"))
      install = run("npm", ["ci", "--omit=dev", "--prefer-offline", "--no-audit", "--no-fund"], 240_000);
    expect(install.status, install.output).toBe(0);
    // Every package the lockfile marks as for development only is absent (vitest, typescript,
    // biome, playwright-core…); a devDependency another package also needs at runtime may be present.
    const lock = JSON.parse(readFileSync(join(dir, "package-lock.json"), "utf8")) as { packages: Record<string, { dev?: boolean }> };
    const devOnly = Object.entries(lock.packages).filter(([path, p]) => path && p.dev === true);
    expect(devOnly.map(([path]) => path)).toContain("node_modules/vitest");
    for (const [path] of devOnly) expect(existsSync(join(dir, path)), `${path} is installed`).toBe(false);
    expect(existsSync(join(dir, "node_modules", "tsx"))).toBe(true);

    const build = run("npm", ["run", "build"], 300_000);
    expect(build.status, build.output).toBe(0);
    expect(build.output).toContain(`built the web app into ${join(dir, "dist")}`);
    expect(existsSync(join(dir, "dist", "index.html"))).toBe(true);

    const port = await freePort();
    server = spawn("npm", ["start", "--silent"], {
      cwd: dir,
      env: { ...env, PORT: String(port) },
      stdio: ["ignore", "ignore", "pipe"],
      detached: true,
    });
    let log = "";
    server.stderr?.on("data", (d) => {
      log += String(d);
    });
    const url = `http://127.0.0.1:${port}`;
    await expect
      .poll(async () => (await fetch(`${url}/api/health`).catch(() => undefined))?.status, { timeout: 120_000, interval: 500 })
      .toBe(200);
    expect(log).not.toContain("building the web app"); // npm run build made what npm start serves
    const landing = await fetch(`${url}/`);
    expect(landing.status).toBe(200);
    expect(await landing.text()).toContain('<div id="root">');
    const profile = await fetch(`${url}/iscm/prague-process`);
    expect(profile.status).toBe(200);
    expect(await profile.text()).toContain("<h1>Prague Process</h1>");
    const search = await fetch(`${url}/api/search?q=prague`);
    expect(search.status).toBe(200);
  }, 600_000);
});
