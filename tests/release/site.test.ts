/**
 * The static site (npm run build:site): every internal link of every page resolves, from disk
 * (the file, and the #fragment's id in it) and from a plain static server (HTTP 200), and no link
 * is absolute to the site's root (which would break on file://).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, extname, join, normalize, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../../src/dataset/build.ts";
import { buildSite } from "../../src/release/site.ts";

const work = mkdtempSync(join(tmpdir(), "atlas-site-"));
const site = join(work, "site");
let server: Server;
let base: string;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith(".html") ? [path] : [];
  });
}

/** Every href and src of a page that stays on the site. */
function internalLinks(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)]
    .map((m) => (m[1] as string).replace(/&amp;/g, "&"))
    .filter((href) => !/^(https?:|mailto:)/.test(href));
}

beforeAll(async () => {
  const report = await buildSite(loadDataset(), site);
  expect(report.pages).toBeGreaterThan(370);
  // A plain static server: files as they are, 404 for anything else.
  server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
    const file = join(site, path.endsWith("/") ? `${path}index.html` : path);
    if (!file.startsWith(site) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    const types: Record<string, string> = {
      ".html": "text/html",
      ".css": "text/css",
      ".csv": "text/csv",
      ".md": "text/markdown",
      ".json": "application/json",
    };
    res.writeHead(200, { "Content-Type": types[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", () => done()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 240_000);
afterAll(async () => {
  await new Promise((done) => server?.close(done));
  rmSync(work, { recursive: true, force: true });
});

describe("static site", () => {
  it("has the index, every profile, the downloads and the data package", () => {
    const dataset = loadDataset();
    for (const n of dataset.nodes) {
      const kind = { ISCM: "iscm", State: "state", Organization: "organization", RegionalUnion: "union", Theme: undefined }[n.label];
      if (kind) expect(existsSync(join(site, kind, `${n.id}.html`)), `${kind}/${n.id}.html`).toBe(true);
    }
    for (const f of [
      "index.html",
      "profiles.html",
      "profile.css",
      "downloads/atlas.json",
      "data/datapackage.json",
      "data/panel-state-iscm-year.csv",
    ])
      expect(existsSync(join(site, f)), f).toBe(true);
    expect(readFileSync(join(site, "iscm/prague-process.html"), "utf8")).toContain("How to cite");
  });

  it("from disk: every internal link of every page names a file that exists, and its #fragment an id in it", () => {
    const broken: string[] = [];
    let checked = 0;
    for (const page of htmlFiles(site)) {
      const html = readFileSync(page, "utf8");
      for (const href of internalLinks(html)) {
        checked++;
        if (href.startsWith("/")) {
          broken.push(`${relative(site, page)}: ${href} is absolute to the root`);
          continue;
        }
        const [path, fragment] = href.split("#") as [string, string | undefined];
        const target = path === "" ? page : join(dirname(page), path);
        if (!existsSync(target)) broken.push(`${relative(site, page)}: ${href}`);
        else if (fragment && !readFileSync(target, "utf8").includes(`id="${fragment}"`))
          broken.push(`${relative(site, page)}: ${href} (no such id)`);
      }
    }
    expect(checked).toBeGreaterThan(10_000);
    expect(broken.slice(0, 10)).toEqual([]);
  });

  it("from a plain static server: every internal link answers 200", async () => {
    const urls = new Set<string>();
    for (const page of htmlFiles(site)) {
      const pageUrl = new URL(relative(site, page).split("\\").join("/"), `${base}/`);
      for (const href of internalLinks(readFileSync(page, "utf8"))) {
        const url = new URL(href, pageUrl);
        url.hash = "";
        urls.add(url.href);
      }
    }
    expect(urls.size).toBeGreaterThan(1_500);
    const failed: string[] = [];
    const all = [...urls];
    for (let i = 0; i < all.length; i += 32) {
      const batch = all.slice(i, i + 32);
      const statuses = await Promise.all(batch.map(async (u) => (await fetch(u)).status));
      statuses.forEach((s, k) => {
        if (s !== 200) failed.push(`${batch[k]}: ${s}`);
      });
    }
    expect(failed.slice(0, 10)).toEqual([]);
  }, 120_000);
});
