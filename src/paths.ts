/** Where the repository's parts are on disk: one module, so no layer reaches into another for a path. */
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** Schema, load statements and the named analyses' queries. */
export const CYPHER_DIR = join(REPO_ROOT, "cypher");
/** The built web app (vite build). */
export const DIST = join(REPO_ROOT, "dist");
