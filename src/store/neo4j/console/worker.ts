/**
 * A console worker thread: holds its own Neo4j driver and runs one query at a time with
 * run.ts. Results and failures go back as plain data; the pool (pool.ts) turns them into errors.
 */
import { parentPort, workerData } from "node:worker_threads";
import { type Neo4jConfig, redactSecrets } from "../config.ts";
import { createDriver } from "../connect.ts";
import { CypherQueryError, ForbiddenQueryError } from "./errors.ts";
import { toCypherParams } from "./params.ts";
import { type ConsoleLimits, runConsoleQuery } from "./run.ts";

export interface ConsoleJob {
  id: number;
  query: string;
  params: Record<string, unknown>;
  limits: ConsoleLimits;
}
/** A refusal of ours (forbidden, cypher), or a driver error with Neo4j's code. */
export type WorkerFailure = { kind: "forbidden" | "cypher" | "neo4j"; message: string; code?: string };
export type WorkerReply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: WorkerFailure };

const config = workerData as Neo4jConfig;
const driver = createDriver(config);

function failure(e: unknown): WorkerFailure {
  // Driver messages can quote a connection string: the password never leaves the worker.
  const message = redactSecrets(String((e as Error)?.message ?? e), config.password);
  if (e instanceof ForbiddenQueryError) return { kind: "forbidden", message };
  if (e instanceof CypherQueryError) return { kind: "cypher", message };
  return { kind: "neo4j", message, code: (e as { code?: string })?.code };
}

parentPort?.on("message", async (job: ConsoleJob) => {
  let reply: WorkerReply;
  try {
    const params = toCypherParams(job.params) as Record<string, unknown>;
    reply = { id: job.id, ok: true, result: await runConsoleQuery(driver, job.query, params, job.limits, config.database) };
  } catch (e) {
    reply = { id: job.id, ok: false, error: failure(e) };
  }
  parentPort?.postMessage(reply);
});

// Loaded: the pool starts a query's clock only now (pool.ts).
parentPort?.postMessage({ ready: true });
