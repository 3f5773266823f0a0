/** `npm run cli -- release`: the data package (src/release) of the seed, written to a folder. */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { buildDataset, DEFAULT_SEED_DIR } from "../dataset/build.ts";
import { SeedValidationError } from "../dataset/errors.ts";
import { ATLAS_VERSION, DATA_LICENSE } from "../release/citation.ts";
import { makeRelease, writeRelease } from "../release/write.ts";
import { UsageError } from "./usage-error.ts";

export const RELEASE_USAGE = `Usage: npm run cli -- release [--out DIR] [--url URL] [--license SPDX] [--seed DIR]

Writes the atlas as a Frictionless data package: datapackage.json (name, version, created,
dataset hash, citation, sources) and a CSV with its Table Schema (types, descriptions, primary
and foreign keys) for each of: entities, states, iscms, organizations, unions, themes,
relationships, sources, changes, the State × ISCM × year panel (Correlates of War codes) and the
State × State × year file of shared ISCMs. A year's status is its status on 31 December (in the
current year: today). The folder is replaced whole, or left as it was.

  --out      the folder (default: build/iscm-atlas-<version>)
  --url      where the atlas is published, for the citation line (default: ATLAS_PUBLIC_URL, else none)
  --license  an SPDX licence id for the data (default: ${DATA_LICENSE}, the atlas's data licence)

Examples:
  npm run cli -- release
  npm run cli -- release --out build/release --url https://atlas.example.org
`;

export async function releaseCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      out: { type: "string" },
      url: { type: "string" },
      license: { type: "string" },
      seed: { type: "string" },
      help: { type: "boolean" },
    },
  });
  if (values.help) {
    console.log(RELEASE_USAGE);
    return 0;
  }
  const url = values.url ?? process.env.ATLAS_PUBLIC_URL;
  if (url !== undefined && !/^https?:\/\/\S+$/.test(url)) throw new UsageError(`--url must be an http(s) URL (got "${url}")`);
  if (values.license !== undefined && !/^[A-Za-z0-9.+-]+$/.test(values.license))
    throw new UsageError(`--license must be an SPDX licence id such as CC-BY-4.0 (got "${values.license}")`);
  const result = buildDataset(values.seed ? resolve(values.seed) : DEFAULT_SEED_DIR);
  if (!result.dataset) throw new SeedValidationError(result.issues);
  const out = values.out ?? `build/iscm-atlas-${ATLAS_VERSION}`;
  const release = await makeRelease(result.dataset, { ...(url ? { url } : {}), ...(values.license ? { license: values.license } : {}) });
  writeRelease(release, out);
  const lines = [...release.rows].map(([path, rows]) => `  ${path.padEnd(28)}${rows.toLocaleString("en").padStart(9)} rows`);
  console.log([`wrote the data package to ${out}:`, ...lines, `cite as: ${String(release.descriptor.citation)}`].join("\n"));
  if (!url) console.error("note: no --url (nor ATLAS_PUBLIC_URL): the citation line has no URL");
  return 0;
}
