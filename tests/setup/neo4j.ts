/**
 * Global setup of the "neo4j" test project: a real Neo4j for every *.neo4j.test.ts file.
 *
 * - ATLAS_TEST_NEO4J_URI (+ _USERNAME, _PASSWORD): use that server. It WILL BE WIPED.
 * - otherwise the local server of `npm run neo4j:start` (reused if running, else started here
 *   and stopped at the end).
 * Neo4j never silently goes missing: if it cannot be started the run fails with the reason.
 * Outside CI, ATLAS_SKIP_NEO4J=1 skips these tests with a banner; under CI=true it is refused.
 */
import type { TestProject } from "vitest/node";
import { startLocalNeo4j, stopLocalNeo4j } from "../../tools/neo4j/local.ts";
import type { TestNeo4j } from "../helpers/neo4j.ts";

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: TestNeo4j | null;
  }
}

function banner(text: string): void {
  const line = "!".repeat(78);
  process.stderr.write(`\n${line}\n${text}\n${line}\n\n`);
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  if (process.env.ATLAS_SKIP_NEO4J === "1") {
    if (process.env.CI === "true") throw new Error("ATLAS_SKIP_NEO4J=1 is refused under CI=true: the Neo4j tests must run in CI.");
    banner("ATLAS_SKIP_NEO4J=1: the Neo4j integration tests are SKIPPED. This run proves nothing about Neo4j.");
    project.provide("neo4j", null);
    return undefined;
  }
  if (process.env.ATLAS_TEST_NEO4J_URI) {
    project.provide("neo4j", {
      uri: process.env.ATLAS_TEST_NEO4J_URI,
      username: process.env.ATLAS_TEST_NEO4J_USERNAME ?? "neo4j",
      password: process.env.ATLAS_TEST_NEO4J_PASSWORD ?? "",
    });
    return undefined;
  }
  let started: Awaited<ReturnType<typeof startLocalNeo4j>>;
  try {
    started = await startLocalNeo4j();
  } catch (e) {
    banner(`Neo4j could not be started for the integration tests:\n${(e as Error).message}`);
    throw e;
  }
  const { state, reused } = started;
  process.stderr.write(`neo4j tests: ${reused ? "reusing" : "started"} Neo4j ${state.version} at ${state.uri}\n`);
  project.provide("neo4j", { uri: state.uri, username: state.username, password: state.password });
  // Stop only what this run started; a developer's running server stays up.
  return reused ? undefined : async () => void (await stopLocalNeo4j());
}
