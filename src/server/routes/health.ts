/**
 * GET /api/health: the store, the graph's hash and counts, Neo4j's reachability — from state the
 * server keeps, never read from the database while the request waits, so it answers at once
 * whatever Neo4j is doing. A background pinger asks the store every PING_EVERY_MS (Neo4j: RETURN 1
 * within 0.8 s, through the store's backoff) and, when it answers, refreshes the graph's hash at
 * most every HASH_EVERY_MS (reading the whole graph costs Neo4j more than a ping). The answer is 200 "ok" when the last
 * ping succeeded recently and a graph is known, 503 "degraded" otherwise.
 */
import { createRoute, z } from "@hono/zod-openapi";
import type { GraphStore } from "../../store/types.ts";
import { type ApiContext, COMMON_ERRORS, type CurrentGraph, createRouter } from "../openapi.ts";

const HealthSchema = z
  .object({
    status: z.enum(["ok", "degraded"]),
    store: z.enum(["memory", "neo4j"]),
    dataset: z.object({ hash: z.string(), nodes: z.number().int(), edges: z.number().int() }).nullable(),
    neo4j: z
      .object({
        reachable: z.boolean(),
        /** Milliseconds since the pinger last heard from Neo4j (absent: never). */
        lastAnsweredMsAgo: z.number().int().optional(),
      })
      .optional(),
  })
  .openapi("Health");

const route = createRoute({
  method: "get",
  path: "/api/health",
  summary: "Store kind, dataset hash and counts, Neo4j reachability (from the server's last background check)",
  responses: {
    200: { content: { "application/json": { schema: HealthSchema } }, description: "The server and its store answer" },
    ...COMMON_ERRORS,
    503: {
      content: { "application/json": { schema: HealthSchema } },
      description: "The store did not answer the last check (the body is the health report)",
    },
  },
});

export const PING_EVERY_MS = 1000;
export const HASH_EVERY_MS = 30_000;
/** A ping older than this (the pinger itself stuck) no longer counts as an answer. */
const STALE_MS = 5000;
/** How long after the app's start a request may wait for the pinger's first round. */
const FIRST_ROUND_WAIT_MS = 800;

interface HealthState {
  reachable: boolean;
  answeredAt?: number;
  checkedAt?: number;
  graph?: CurrentGraph;
}

/** The pinger: one round at a time, each scheduled after the last one ends (unref'd: it never keeps a process alive). */
function startPinger(store: GraphStore, currentGraph: () => Promise<CurrentGraph>) {
  const state: HealthState = { reachable: false };
  let refreshing = false;
  let hashedAt = 0;
  const round = async () => {
    const reachable = await store.ping().catch(() => false);
    state.reachable = reachable;
    state.checkedAt = Date.now();
    if (reachable) state.answeredAt = state.checkedAt;
    if (reachable && !refreshing && (!state.graph || Date.now() - hashedAt >= HASH_EVERY_MS)) {
      refreshing = true;
      hashedAt = Date.now();
      // The graph's hash: in the background; a slow read delays no health answer.
      const refresh = currentGraph().then(
        (graph) => {
          state.graph = graph;
        },
        () => {},
      );
      void refresh.finally(() => {
        refreshing = false;
      });
      if (!state.graph) await refresh; // the first round ends with a graph, when there is one
    }
  };
  const first = round();
  const loop = () => {
    const timer = setTimeout(() => void round().finally(loop), PING_EVERY_MS);
    timer.unref();
  };
  void first.finally(loop);
  return { state, first };
}

export function healthRouter({ store, currentGraph }: ApiContext) {
  const pinger = startPinger(store, currentGraph);
  const firstRoundBy = Date.now() + FIRST_ROUND_WAIT_MS;
  return createRouter().openapi(route, async (c) => {
    const { state } = pinger;
    const wait = firstRoundBy - Date.now();
    if (state.checkedAt === undefined && wait > 0) {
      await Promise.race([pinger.first, new Promise((r) => setTimeout(r, wait).unref())]);
    }
    const now = Date.now();
    const fresh = state.reachable && state.answeredAt !== undefined && now - state.answeredAt < STALE_MS;
    const graph = state.graph;
    const neo4j =
      store.kind === "neo4j"
        ? { neo4j: { reachable: fresh, ...(state.answeredAt === undefined ? {} : { lastAnsweredMsAgo: now - state.answeredAt }) } }
        : {};
    const dataset = graph ? { hash: graph.hash, nodes: graph.dataset.nodes.length, edges: graph.dataset.edges.length } : null;
    if (!fresh || !dataset) return c.json({ status: "degraded" as const, store: store.kind, dataset, ...neo4j }, 503);
    return c.json({ status: "ok" as const, store: store.kind, dataset, ...neo4j }, 200);
  });
}
