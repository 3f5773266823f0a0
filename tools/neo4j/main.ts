/**
 * npm run neo4j:start | neo4j:stop | neo4j:status — the local Neo4j of tools/neo4j/local.ts.
 * Messages go to stderr; stdout carries only shell assignments, so
 *   eval "$(npm run --silent neo4j:start)"
 * sets NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD in the calling shell.
 */
import { LocalNeo4jError, localNeo4jStatus, shellAssignments, startLocalNeo4j, stopLocalNeo4j } from "./local.ts";

const USAGE = `Usage: npm run neo4j:start | neo4j:stop | neo4j:status

  start   start a local Neo4j 5.26 Community (in-process harness from Maven Central, Java 17+),
          or reuse the one already running for this checkout; prints NEO4J_* assignments
  stop    stop it; no process and no data are left behind
  status  exit 0 and print the assignments if it runs and answers, exit 1 otherwise

The server is throwaway: its data lives in .neo4j/ (or $ATLAS_NEO4J_HOME) and is deleted by stop.
Its port and password stay the same across stop and start (.neo4j/identity.json), so a running
\`npm start\` reconnects; load the data again after a restart (npm run cli -- load).
It refuses LOAD CSV from file: URLs and plugin procedures, caps each transaction's memory and time,
exits at its first out-of-memory, and a supervisor starts it again (same data) if it dies on its own.
A server that died without \`neo4j:stop\` (killed) is started again on its data by \`neo4j:start\`.
The CLI and the tests find it through .neo4j/state.json; other tools can use the printed variables:

  eval "$(npm run --silent neo4j:start)"; export NEO4J_URI NEO4J_USERNAME NEO4J_PASSWORD
  npm run cli -- load

Environment: ATLAS_NEO4J_HEAP (JVM heap, default 2g), ATLAS_NEO4J_TX_MEMORY (memory one
transaction may use, default 512m), ATLAS_NEO4J_TX_TOTAL (all transactions together, default 1g),
ATLAS_NEO4J_TX_TIMEOUT_S (longest transaction, default 60), ATLAS_NEO4J_START_TIMEOUT_MS (default 180000).
`;

async function main(command: string | undefined): Promise<number> {
  switch (command) {
    case "start": {
      const { state, reused } = await startLocalNeo4j();
      process.stderr.write(
        `neo4j: ${reused ? "already running" : "started"}: Neo4j ${state.version} at ${state.uri}, pid ${state.pid}, log ${state.logFile}\n`,
      );
      console.log(shellAssignments(state));
      return 0;
    }
    case "stop": {
      const stopped = await stopLocalNeo4j();
      process.stderr.write(stopped ? "neo4j: stopped\n" : "neo4j: not running\n");
      return 0;
    }
    case "status": {
      const state = await localNeo4jStatus();
      if (!state) {
        process.stderr.write("neo4j: not running (npm run neo4j:start)\n");
        return 1;
      }
      process.stderr.write(`neo4j: running: Neo4j ${state.version} at ${state.uri}, pid ${state.pid}, since ${state.startedAt}\n`);
      console.log(shellAssignments(state));
      return 0;
    }
    case "help":
    case "--help":
    case "-h":
      console.log(USAGE);
      return 0;
    default:
      process.stderr.write(`error: unknown command "${command ?? ""}"\n\n${USAGE}`);
      return 2;
  }
}

main(process.argv[2]).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`neo4j: error: ${e instanceof LocalNeo4jError ? e.message : (e as Error).stack}\n`);
    process.exitCode = 1;
  },
);
