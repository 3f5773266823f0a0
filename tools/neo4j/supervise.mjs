// The local Neo4j's supervisor (tools/neo4j/local.ts starts it; plain Node, no dependencies):
// runs `java … AtlasNeo4j.java` and starts it again when it dies on its own — e.g. an
// out-of-memory, which -XX:+ExitOnOutOfMemoryError turns into a prompt exit instead of minutes of
// garbage collection. The data directory survives, so the restarted server has the same graph and
// password. SIGTERM or SIGINT (neo4j:stop) stops Neo4j cleanly and ends the supervisor too.
// At most MAX_RESTARTS restarts within WINDOW_MS: a server that cannot stay up is left down.
import { spawn } from "node:child_process";

const MAX_RESTARTS = 5;
const WINDOW_MS = 5 * 60_000;
const [command, ...args] = process.argv.slice(2);
if (!command) {
  process.stderr.write("usage: node supervise.mjs <command> [args…]\n");
  process.exit(2);
}

const say = (message) => process.stdout.write(`${new Date().toISOString()} neo4j-supervisor: ${message}\n`);
let child;
let stopping = false;
const restarts = [];

function start() {
  child = spawn(command, args, { stdio: "inherit" });
  child.on("exit", (code, signal) => {
    if (stopping) process.exit(0);
    const now = Date.now();
    while (restarts.length > 0 && now - restarts[0] > WINDOW_MS) restarts.shift();
    if (restarts.length >= MAX_RESTARTS) {
      say(`Neo4j exited (${signal ?? `code ${code}`}) after ${MAX_RESTARTS} restarts in ${WINDOW_MS / 60_000} min; leaving it down`);
      process.exit(1);
    }
    restarts.push(now);
    say(`Neo4j exited (${signal ?? `code ${code}`}); starting it again`);
    setTimeout(start, 1000);
  });
}

for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => {
    stopping = true;
    if (!child || child.exitCode !== null || child.signalCode !== null) process.exit(0);
    child.kill("SIGTERM");
  });
}
say(`pid ${process.pid} supervising Neo4j`);
start();
