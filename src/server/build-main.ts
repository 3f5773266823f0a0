/**
 * `npm run build`: the web app into dist/ (precompressed, marked as this build's), as `npm start`
 * would build it on its first start. After it, `npm start` serves at once. Nothing else is built:
 * the server runs from its sources with tsx, a runtime dependency (`npm ci --omit=dev` has it).
 */
import { DIST } from "../paths.ts";
import { buildWeb } from "./build.ts";

const started = performance.now();
buildWeb().then(
  () => process.stderr.write(`built the web app into ${DIST} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`),
  (e: Error) => {
    process.stderr.write(`error: the build failed: ${e.stack ?? e.message}\n`);
    process.exit(1);
  },
);
