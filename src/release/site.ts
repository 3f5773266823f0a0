/**
 * The static site: the profile pages as plain files with relative links, for any static host or
 * an intranet without Node. It asks the app itself for each page (the same HTML the server
 * renders, in process, no network), starting at the index and following every internal link:
 * profiles, comparisons, their Markdown and CSV downloads, the stylesheet. Links to the explorer,
 * which needs the server, point to `url` when given, and are dropped (their text kept) when not.
 * It adds an index with the downloads (json, gexf, graphml) and the data package (data/).
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, posix, resolve } from "node:path";
import { exportGexf, exportGraphml, exportJson } from "../dataset/export.ts";
import { datasetHash } from "../dataset/hash.ts";
import type { Dataset } from "../model/graph.ts";
import { today } from "../model/time.ts";
import { createApp } from "../server/app.ts";
import { MemoryStore } from "../store/memory/store.ts";
import { citationLine } from "./citation.ts";
import { makeRelease } from "./write.ts";

export interface SiteOptions {
  /** Where a live atlas answers (for the explorer links and the citation); none: those links are dropped. */
  url?: string;
  now?: Date;
}

/** A site path (`/iscm/eap-panel`, `/iscm/eap-panel.md`, `/profiles`) → its file, relative to the site's root. */
export function fileOf(path: string): string {
  if (path === "/profiles") return "profiles.html";
  if (/\.(md|csv|css|json|gexf|graphml)$/.test(path)) return path.slice(1);
  return `${path.slice(1)}.html`;
}

/** Pages the static site serves: the profiles, the sources, the currency report and what they link to on this server. */
const SITE_PATH = /^\/(profiles$|currency$|profile\.css$|(iscm|state|organization|union|compare|source)\/)/;

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export interface SiteReport {
  files: number;
  pages: number;
}

/** Writes the site into `out` (replaced whole, or left as it was on failure). */
export async function buildSite(dataset: Dataset, out: string, options: SiteOptions = {}): Promise<SiteReport> {
  const app = createApp({ store: new MemoryStore(dataset), log: () => {} });
  const files = new Map<string, string | Uint8Array>();
  const queue = ["/profiles", "/profile.css"];
  const seen = new Set(queue);
  const explorer = (href: string) => (options.url ? `${options.url.replace(/\/$/, "")}${href}` : undefined);
  let pages = 0;
  while (queue.length > 0) {
    const path = queue.shift() as string;
    const response = await app.request(path, { headers: { Host: "localhost" } });
    if (response.status !== 200) throw new Error(`the site links to ${path}, which answers ${response.status}`);
    const file = fileOf(path);
    const type = response.headers.get("content-type") ?? "";
    if (type.startsWith("text/markdown")) {
      // Markdown carries absolute links for pasting elsewhere: to the live atlas, or site paths without one.
      files.set(file, (await response.text()).replaceAll("http://localhost", options.url?.replace(/\/$/, "") ?? ""));
      continue;
    }
    if (!type.startsWith("text/html")) {
      files.set(file, new Uint8Array(await response.arrayBuffer()));
      continue;
    }
    pages++;
    const depth = file.split("/").length - 1;
    const up = depth === 0 ? "./" : "../".repeat(depth);
    let html = await response.text();
    // Linked data names things by absolute IRIs: the live atlas's, or none at all without one.
    html = options.url
      ? html.replace(/(<script type="application\/ld\+json">[^<]*<\/script>)/, (block) =>
          block.replaceAll("http://localhost", options.url?.replace(/\/$/, "") ?? ""),
        )
      : html.replace(/<script type="application\/ld\+json">[^<]*<\/script>/, "");
    // The as-of form asks the server for another day: a static page has one day.
    html = html.replace(/<form method="get"[\s\S]*?<\/form>/, "");
    // The static site is in English only: no links to the pages in other languages (?lang=).
    html = html
      .replace(/<link rel="alternate" hrefLang="[^"]*" href="[^"]*"\/>/g, "")
      .replace(/<nav aria-label="[^"]*" class="languages">[\s\S]*?<\/nav>/, "");
    // The page's own address in its citation: the live atlas's, or none.
    html = html.replace(/(ISCM Atlas [^<]*?data as of \d{4}-\d{2}-\d{2}), http:\/\/localhost[^<]*/g, (_m, line: string) =>
      options.url ? `${line}, ${options.url.replace(/\/$/, "")}${path}` : line,
    );
    // Any attribute may stand before href (the footnotes' class="source-page").
    html = html.replace(
      /<a ((?:[\w-]+="[^"]*" )*)href="(\/[^"]*)"([^>]*)>([\s\S]*?)<\/a>/g,
      (_m, before: string, rawHref: string, after: string, text: string) => {
        const rest = `${before ? ` ${before.trimEnd()}` : ""}${after}`;
        const href = rawHref.replace(/&amp;/g, "&");
        const [withQuery, fragment] = href.split("#") as [string, string | undefined];
        // The pages link their downloads as of the page's day (?asOf=): here that is the build's day, every page's.
        const target = withQuery.replace(/\?asOf=[^&]*$/, "");
        if (!SITE_PATH.test(target) || target.includes("?")) {
          const live = explorer(href);
          return live ? `<a href="${escapeHtml(live)}"${rest}>${text}</a>` : `<span>${text}</span>`;
        }
        if (!seen.has(target)) {
          seen.add(target);
          queue.push(target);
        }
        const relative = `${up}${fileOf(target)}${fragment ? `#${fragment}` : ""}`;
        return `<a href="${escapeHtml(relative)}"${rest}>${text}</a>`;
      },
    );
    html = html.replace('href="/profile.css"', `href="${up}profile.css"`);
    files.set(file, html);
  }

  const hash = datasetHash(dataset);
  const day = today(options.now);
  const citation = citationLine({ hash, asOf: day, ...(options.url ? { url: options.url } : {}) });
  files.set("downloads/atlas.json", exportJson(dataset, citation));
  files.set("downloads/atlas.gexf", exportGexf(dataset, citation));
  files.set("downloads/atlas.graphml", exportGraphml(dataset, citation));
  const release = await makeRelease(dataset, {
    ...(options.url ? { url: options.url } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  for (const [name, text] of release.files) files.set(`data/${name}`, text);
  const dataLinks = [...release.rows.keys()].map(
    (name) => `<li><a href="data/${name}">${name}</a> (${release.rows.get(name)?.toLocaleString("en")} rows)</li>`,
  );
  files.set(
    "index.html",
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>ISCM Atlas</title><link rel="stylesheet" href="profile.css"></head><body><main id="main">
<h1>ISCM Atlas</h1>
<p class="lead">Inter-State consultation mechanisms on migration: who takes part in which, as member, observer, chair or secretariat, with the dates and sources of every relationship. Data as of <strong>${day}</strong>.</p>
<h2>Profiles</h2>
<p><a href="profiles.html">Every ISCM, State, regional union and organization</a></p>
<h2>Downloads</h2>
<ul><li><a href="downloads/atlas.json">atlas.json</a> (nodes and edges)</li><li><a href="downloads/atlas.gexf">atlas.gexf</a> (Gephi)</li><li><a href="downloads/atlas.graphml">atlas.graphml</a> (networkx, yEd)</li></ul>
<h2>Data package</h2>
<p><a href="data/datapackage.json">datapackage.json</a> (Frictionless; a Table Schema for each table)</p>
<ul>${dataLinks.join("")}</ul>
<section class="cite"><h2>How to cite</h2><p><code style="user-select:all">${escapeHtml(citation)}</code></p></section>
</main></body></html>
`,
  );

  const target = resolve(out);
  mkdirSync(dirname(target), { recursive: true });
  const staging = join(dirname(target), `.${basename(target)}.partial-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  try {
    for (const [file, content] of files) {
      const where = join(staging, ...file.split(posix.sep));
      mkdirSync(dirname(where), { recursive: true });
      writeFileSync(where, content);
    }
    rmSync(target, { recursive: true, force: true });
    renameSync(staging, target);
  } catch (e) {
    rmSync(staging, { recursive: true, force: true });
    throw e;
  }
  return { files: files.size, pages };
}
