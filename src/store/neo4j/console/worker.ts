/**
 * A console worker thread: holds its own Neo4j driver and runs one query at a time with
 * run.ts. Results and failures go back as plain data; the pool (pool.ts) turns them into errors.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { Neo4jConfig } from "../config.ts";
import { createDriver } from "../connect.ts";
import { ConsoleLimitError, CypherQueryError, ForbiddenQueryError } from "./errors.ts";
import { toCypherParams } from "./params.ts";
import { type ConsoleLimits, runConsoleQuery } from "./run.ts";

export interface ConsoleJob {
  id: number;
  query: string;
  params: Record<string, unknown>;
  limits: ConsoleLimits;
}
export type WorkerFailure = {
  kind: "forbidden" | "cypher" | "limit" | "neo4j";
  message: string;
  code?: string;
  limit?: ConsoleLimitError["limit"];
};
export type WorkerReply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: WorkerFailure };

const config = workerData as Neo4jConfig;
const driver = createDriver(config);

/** Driver messages can quote a connection string; the password never leaves the worker. */
const scrub = (text: string) => (config.password ? text.split(config.password).join("***") : text);

function failure(e: unknown): WorkerFailure {
  const message = scrub(String((e as Error)?.message ?? e));
  if (e instanceof ForbiddenQueryError) return { kind: "forbidden", message };
  if (e instanceof CypherQueryError) return { kind: "cypher", message };
  if (e instanceof ConsoleLimitError) return { kind: "limit", message, limit: e.limit };
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
