// Worker threads start in plain Node, without the TypeScript loader of `tsx` or Vitest:
// register tsx for this thread only, then load the worker.
import { tsImport } from "tsx/esm/api";

await tsImport("./worker.ts", import.meta.url);
