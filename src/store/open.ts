/**
 * Opening a store, in one place for the server, `npm run dev` and the CLI: Neo4j when it is
 * configured, otherwise the embedded store on the seed.
 */
import { buildDataset, DEFAULT_SEED_DIR } from "../dataset/build.ts";
import { SeedValidationError } from "../dataset/errors.ts";
import { MemoryStore } from "./memory/store.ts";
import { describeTarget, type Neo4jConfig } from "./neo4j/config.ts";
import type { ConsoleSettings } from "./neo4j/console/index.ts";
import { Neo4jStore } from "./neo4j/store.ts";
import type { GraphStore } from "./types.ts";

export interface OpenStoreOptions {
  /** Neo4j's settings; undefined: the embedded store. */
  neo4j?: Neo4jConfig;
  /**
   * "fail": connect and check now, throwing a Neo4jAccessError (the CLI);
   * "serve": start even while Neo4j is down, say why in the log, recover when it answers (servers).
   */
  neo4jMode?: "fail" | "serve";
  console?: Partial<ConsoleSettings>;
  seedDir?: string;
  log?: (message: string) => void;
}

export async function openStore(options: OpenStoreOptions = {}): Promise<GraphStore> {
  const log = options.log ?? (() => {});
  const config = options.neo4j;
  if (config) {
    if (options.neo4jMode === "fail") return Neo4jStore.open(config, options.console);
    const store = Neo4jStore.connect(config, options.console, log);
    store.cypher.warm();
    const problem = await store.check();
    log(
      `store: Neo4j at ${describeTarget(config)}${
        problem === undefined
          ? ""
          : problem.failure === "unavailable"
            ? " — NOT REACHABLE yet: the API answers 503 until it is"
            : ` — ${problem.message} The API answers 503 until this is fixed.`
      }`,
    );
    return store;
  }
  const built = buildDataset(options.seedDir ?? DEFAULT_SEED_DIR);
  if (!built.dataset) throw new SeedValidationError(built.issues);
  log(`store: embedded (seed ${built.hash}; set NEO4J_URI to use Neo4j)`);
  return new MemoryStore(built.dataset);
}
