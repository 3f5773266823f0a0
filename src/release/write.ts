/** Writing the data package to a folder, all or nothing (Node only; the package itself is package.ts). */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import type { ChangeRow } from "../analyses/entries/changes.ts";
import { runAnalysis } from "../analyses/run.ts";
import { datasetHash } from "../dataset/hash.ts";
import type { Dataset } from "../model/graph.ts";
import { today } from "../model/time.ts";
import { MemoryStore } from "../store/memory/store.ts";
import { DATA_LICENSE } from "./citation.ts";
import { buildRelease, type Release } from "./package.ts";

export interface MakeReleaseOptions {
  url?: string;
  /** An SPDX id (default: DATA_LICENSE). */
  license?: string;
  now?: Date;
}

/** The package of `dataset` as of `now` (default: now): every table, the panel, the changes up to that day. */
export async function makeRelease(dataset: Dataset, options: MakeReleaseOptions = {}): Promise<Release> {
  const now = options.now ?? new Date();
  const releaseDay = today(now);
  const store = new MemoryStore(dataset);
  const changes = (await runAnalysis(store, "changes", { to: releaseDay })).rows as ChangeRow[];
  return buildRelease(dataset, changes, {
    hash: datasetHash(dataset),
    releaseDay,
    created: now.toISOString(),
    ...(options.url ? { url: options.url } : {}),
    license: options.license ?? DATA_LICENSE,
  });
}

/**
 * Writes the files into `out`: first into a sibling folder, then renamed into place, so `out` is
 * either the whole package or untouched. An existing `out` is replaced only if it is empty or an
 * earlier package (it has a datapackage.json).
 */
export function writeRelease(release: Release, out: string): void {
  const target = resolve(out);
  if (existsSync(target)) {
    const entries = readdirSync(target);
    if (entries.length > 0 && !entries.includes("datapackage.json"))
      throw new Error(`--out ${out}: the folder exists and is not a data package; give an empty or new folder`);
  }
  mkdirSync(dirname(target), { recursive: true });
  const staging = join(dirname(target), `.${basename(target)}.partial-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging);
  try {
    for (const [name, text] of release.files) writeFileSync(join(staging, name), text);
    rmSync(target, { recursive: true, force: true });
    renameSync(staging, target);
  } catch (e) {
    rmSync(staging, { recursive: true, force: true });
    throw e;
  }
}
