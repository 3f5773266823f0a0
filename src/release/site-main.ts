/** `npm run build:site -- --out DIR [--url URL]`: the static site (site.ts). */
import { parseArgs } from "node:util";
import { buildDataset } from "../dataset/build.ts";
import { formatIssues, SeedValidationError } from "../dataset/errors.ts";
import { buildSite } from "./site.ts";

const USAGE = `Usage: npm run build:site -- --out DIR [--url URL]

Writes the profile pages, their Markdown and CSV downloads, the exports (json, gexf, graphml) and
the data package as plain files with relative links: open DIR/index.html from disk or put DIR on
any static host. The pages describe the day of the build.

  --out  the folder (replaced whole; default build/site)
  --url  where a live atlas answers: explorer links and citations point there (default:
         ATLAS_PUBLIC_URL; none: explorer links are left out)
`;

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { out: { type: "string" }, url: { type: "string" }, help: { type: "boolean" } } });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const url = values.url ?? process.env.ATLAS_PUBLIC_URL;
  if (url !== undefined && !/^https?:\/\/\S+$/.test(url)) {
    console.error(`error: --url must be an http(s) URL (got "${url}")`);
    return 2;
  }
  const result = buildDataset();
  if (!result.dataset) {
    for (const line of formatIssues(result.issues)) console.error(line);
    throw new SeedValidationError(result.issues);
  }
  const out = values.out ?? "build/site";
  const started = performance.now();
  const report = await buildSite(result.dataset, out, url ? { url } : {});
  console.log(
    `wrote ${report.files} files (${report.pages} pages) to ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s; open ${out}/index.html`,
  );
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: Error) => {
    if (!(e instanceof SeedValidationError)) console.error(`error: ${e.message}`);
    process.exitCode = 1;
  },
);
