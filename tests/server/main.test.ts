/** `npm start` as a user runs it: builds the app if needed, serves app and API on PORT, checks its settings. */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "../../src/util/net.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("NEO4J_")));
const children: ChildProcess[] = [];
// npm start runs npm → sh → tsx → node: the children get their own process group, and the whole
// group is stopped, so no server outlives the test.
afterAll(() => {
  for (const c of children) {
    try {
      if (c.pid) process.kill(-c.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
});

describe("npm start", () => {
  it("serves the web app (with a CSP) and the API on one port, on the embedded store", async () => {
    const port = await freePort();
    const child = spawn("npm", ["start", "--silent"], {
      cwd: ROOT,
      env: { ...env, PORT: String(port) },
      stdio: ["ignore", "ignore", "pipe"],
      detached: true,
    });
    children.push(child);
    let log = "";
    child.stderr?.on("data", (d) => {
      log += String(d);
    });
    const url = `http://127.0.0.1:${port}`;
    let health: Response | undefined;
    // The first start builds the web app (a minute or more on a busy 2-core machine): 200 s to answer.
    for (let i = 0; i < 800 && !health; i++) {
      health = await fetch(`${url}/api/health`).catch(() => undefined);
      if (!health) await new Promise((r) => setTimeout(r, 250));
    }
    expect(health?.status, log).toBe(200);
    expect(await health?.json()).toMatchObject({ store: "memory" });
    const page = await fetch(`${url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    expect(page.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    const deepLink = await fetch(`${url}/iscm/prague-process`);
    expect(deepLink.status).toBe(200);
    expect(log).toContain(`ISCM Atlas on http://127.0.0.1:${port}`);
    // Warmed once listening: the first visitor does not wait for the layout or the search catalogue.
    await expect.poll(() => log, { timeout: 30_000 }).toMatch(/ready: graph laid out and compressed, search catalogue built \(\d+ ms\)/);
  }, 300_000);

  it("refuses bad settings with one line naming the variable", () => {
    const r = spawnSync("npm", ["start", "--silent"], { cwd: ROOT, env: { ...env, PORT: "eighty" }, encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('error: PORT must be a whole number (got "eighty")');
    const neo = spawnSync("npm", ["start", "--silent"], { cwd: ROOT, env: { ...env, NEO4J_URI: "localhost" }, encoding: "utf8" });
    expect(neo.status).toBe(1);
    expect(neo.stderr).toContain("error: NEO4J_URI must be a URI like bolt://127.0.0.1:7687");
  });
});
