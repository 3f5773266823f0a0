/** The Neo4j store: runs cypher/queries/<name>.cypher unchanged, in read transactions. */
import { readFileSync } from "node:fs";
import neo4j, { type Driver } from "neo4j-driver";
import { type Catalog, catalogEntry, makeCatalog } from "../../dataset/catalog.ts";
import { toGraphology } from "../../dataset/graph.ts";
import { sortDataset } from "../../dataset/hash.ts";
import { type Dataset, type GraphNode, type Properties, withEdgeKeys } from "../../model/graph.ts";
import { NODE_LABELS, type NodeLabel, RELATIONSHIP_TYPES, type RelationshipType } from "../../model/vocabulary.ts";
import { type EntityDetails, entityFromDataset, type GraphStore, type ResolvedParams, type Row, type StoredAnalysis } from "../types.ts";
import { Backoff } from "./backoff.ts";
import type { Neo4jConfig } from "./config.ts";
import { createDriver, explainNeo4jError, Neo4jAccessError, openNeo4j } from "./connect.ts";
import { type ConsoleSettings, CypherConsole } from "./console/index.ts";
import { sourceFromProperties } from "./sources.ts";

/** How long a read may take before the API gives up on Neo4j (503), e.g. when it is frozen. */
const READ_TIMEOUT_MS = 20_000;
const PING_TIMEOUT_MS = 800;

class DeadlineError extends Error {}

/**
 * The driver's own abort signal is not checked while a query waits on a server that stopped
 * answering (a paused process keeps its sockets open), so the wait is bounded here; the late
 * answer, if any, is dropped.
 */
function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineError(`no answer within ${ms} ms`)), ms);
  });
  work.catch(() => {}); // a failure after the deadline is nobody's to handle
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

const OUR_NODE = NODE_LABELS.map((l) => `n:${l}`).join(" OR ");
const CATALOG_QUERY = `MATCH (n) WHERE ${OUR_NODE}
RETURN n.id AS id, labels(n)[0] AS label, n.name AS name, n.shortName AS shortName, n.acronym AS acronym, n.aliases AS aliases,
  n.otherNames AS otherNames, n.officialName AS officialName, n.subregion AS subregion, n.searchNames AS searchNames,
  n.nameFr AS nameFr, n.acronymFr AS acronymFr, n.nameEs AS nameEs, n.acronymEs AS acronymEs`;

export class Neo4jStore implements GraphStore {
  readonly kind = "neo4j" as const;
  #catalog: Catalog | undefined;
  readonly #queries = new Map<string, string>();
  /** The read-only console: worker threads with drivers of their own (console/pool.ts). */
  readonly cypher: CypherConsole;
  /** Every read, ping and console query passes it: after Neo4j failed to answer, it is asked again only with backoff. */
  readonly backoff: Backoff;

  private constructor(
    readonly driver: Driver,
    readonly config: Neo4jConfig,
    consoleSettings: Partial<ConsoleSettings>,
    log: (message: string) => void,
  ) {
    this.backoff = new Backoff(log);
    this.cypher = new CypherConsole(config, consoleSettings, this.backoff);
  }

  /** Connects and checks the server answers (the CLI: fail fast with one clear line). */
  static async open(config: Neo4jConfig, consoleSettings: Partial<ConsoleSettings> = {}): Promise<Neo4jStore> {
    const { driver } = await openNeo4j(config);
    return new Neo4jStore(driver, config, consoleSettings, () => {});
  }

  /**
   * No check: the HTTP server starts even while Neo4j is down, and recovers when it returns.
   * `log` gets one line each time Neo4j stops or starts answering.
   */
  static connect(
    config: Neo4jConfig,
    consoleSettings: Partial<ConsoleSettings> = {},
    log: (message: string) => void = () => {},
  ): Neo4jStore {
    return new Neo4jStore(createDriver(config), config, consoleSettings, log);
  }

  /** Whether Neo4j answers within 0.8 s (a frozen or overloaded server counts as not answering), so health answers within a second. */
  async ping(): Promise<boolean> {
    return (await this.check(PING_TIMEOUT_MS)) === undefined;
  }

  /** Why Neo4j does not answer within `withinMs` (credentials, a missing database, no answer); undefined when it does. */
  async check(withinMs = 5000): Promise<Neo4jAccessError | undefined> {
    try {
      this.backoff.gate();
    } catch (e) {
      return e as Neo4jAccessError;
    }
    try {
      await withDeadline(this.driver.executeQuery("RETURN 1", {}, { database: this.config.database, routing: "READ" }), withinMs);
      this.backoff.succeeded();
      return undefined;
    } catch (e) {
      // A slow answer (a busy or pausing server) is not reported "down" to the backoff: the other
      // reads go on trying, each with its own deadline. Refused connections and credentials are.
      if (e instanceof DeadlineError) return new Neo4jAccessError(`Neo4j did not answer within ${withinMs / 1000} s`, "unavailable");
      const failure = explainNeo4jError(e, this.config);
      this.backoff.failed(failure);
      return failure;
    }
  }

  #read(query: string, params: Record<string, unknown>): Promise<Row[]> {
    return this.backoff.run(() => this.#readOnce(query, params));
  }

  async #readOnce(query: string, params: Record<string, unknown>): Promise<Row[]> {
    try {
      const read = this.driver.executeQuery(query, params, {
        database: this.config.database,
        routing: "READ",
        transactionConfig: { timeout: READ_TIMEOUT_MS },
      });
      const result = await withDeadline(read, READ_TIMEOUT_MS + 1000);
      return result.records.map((r) => r.toObject());
    } catch (e) {
      if (e instanceof DeadlineError) {
        throw new Neo4jAccessError(`Neo4j did not answer within ${READ_TIMEOUT_MS / 1000} s`, "unavailable");
      }
      throw explainNeo4jError(e, this.config);
    }
  }

  /**
   * The atlas's nodes and relationships (other labels and types in the database are ignored),
   * in the dataset's shape: node properties without the id, which is the node's key.
   */
  async dataset(): Promise<Dataset> {
    const nodes = await this.#read(`MATCH (n) WHERE ${OUR_NODE} RETURN n.id AS id, labels(n) AS labels, properties(n) AS props`, {});
    const edges = await this.#read(
      `MATCH (n)-[r]->(m) WHERE (${OUR_NODE}) AND type(r) IN $types
       RETURN n.id AS source, type(r) AS type, m.id AS target, properties(r) AS props`,
      { types: RELATIONSHIP_TYPES },
    );
    const sources = await this.#read("MATCH (s:Source) RETURN properties(s) AS props", {});
    return sortDataset({
      ...(sources.length ? { sources: sources.map((r) => sourceFromProperties(r.props as Record<string, unknown>)) } : {}),
      nodes: nodes.map((r) => {
        const { id: _id, ...properties } = r.props as Properties;
        const label = (r.labels as string[]).find((l) => (NODE_LABELS as readonly string[]).includes(l)) as NodeLabel;
        return { id: String(r.id), label, properties: properties as GraphNode["properties"] };
      }),
      edges: withEdgeKeys(
        edges.map((r) => ({
          type: r.type as RelationshipType,
          source: String(r.source),
          target: String(r.target),
          properties: r.props as Dataset["edges"][number]["properties"],
        })),
      ),
    });
  }

  async entity(id: string): Promise<EntityDetails | undefined> {
    // The entity and its neighbourhood only, as a small dataset; then the shared shaping.
    const rows = await this.#read(
      `MATCH (n {id: $id}) WHERE ${OUR_NODE}
       OPTIONAL MATCH (n)-[r]-(m) WHERE type(r) IN $types
       RETURN n.id AS id, labels(n) AS labels, properties(n) AS props,
         collect(CASE WHEN r IS NULL THEN null ELSE {type: type(r), out: startNode(r) = n, other: m.id,
           otherLabels: labels(m), otherProps: properties(m), props: properties(r)} END) AS rels`,
      { id, types: RELATIONSHIP_TYPES },
    );
    const row = rows[0];
    if (!row) return undefined;
    const asNode = (nodeId: unknown, labels: unknown, props: unknown): GraphNode => {
      const { id: _id, ...properties } = props as Properties;
      const label = (labels as string[]).find((l) => (NODE_LABELS as readonly string[]).includes(l)) as NodeLabel;
      return { id: String(nodeId), label, properties: properties as GraphNode["properties"] };
    };
    const nodes = new Map<string, GraphNode>([[id, asNode(row.id, row.labels, row.props)]]);
    const edges: Omit<Dataset["edges"][number], "key">[] = [];
    for (const rel of row.rels as Record<string, unknown>[]) {
      const other = String(rel.other);
      nodes.set(other, asNode(other, rel.otherLabels, rel.otherProps));
      const type = rel.type as RelationshipType;
      const [source, target] = rel.out ? [id, other] : [other, id];
      edges.push({
        source,
        target,
        type,
        properties: rel.props as Dataset["edges"][number]["properties"],
      });
    }
    return entityFromDataset({ nodes: [...nodes.values()], edges: withEdgeKeys(edges) }, id);
  }

  async catalog(): Promise<Catalog> {
    if (!this.#catalog) {
      const rows = await this.#read(CATALOG_QUERY, {});
      this.#catalog = makeCatalog(rows.map((r) => catalogEntry(String(r.id), r)));
    }
    return this.#catalog;
  }

  async run(analysis: StoredAnalysis, params: ResolvedParams): Promise<Row[]> {
    // No Cypher twin (contract.ts noCypherTwin): the same runner as the embedded store, over this database's graph.
    if (analysis.cypherPath === null) return analysis.run(toGraphology(await this.dataset()), params);
    let query = this.#queries.get(analysis.cypherPath);
    if (query === undefined) {
      query = readFileSync(analysis.cypherPath, "utf8");
      this.#queries.set(analysis.cypherPath, query);
    }
    return this.runText(analysis, query, params);
  }

  /** Runs `query` as `analysis` (the mutation check runs altered copies of its file). */
  async runText(analysis: Pick<StoredAnalysis, "params">, query: string, params: ResolvedParams): Promise<Row[]> {
    // Integer parameters go as Neo4j integers (LIMIT refuses floats); absent ones as null.
    const typed: Record<string, unknown> = {};
    for (const spec of analysis.params) {
      const value = params[spec.name] ?? null;
      typed[spec.name] = spec.kind === "integer" && typeof value === "number" ? neo4j.int(value) : value;
    }
    return this.#read(query, typed);
  }

  async close(): Promise<void> {
    await this.cypher.close();
    await this.driver.close();
  }
}
