/** The Neo4j store: runs cypher/queries/<name>.cypher unchanged, in read transactions. */
import { readFileSync } from "node:fs";
import neo4j, { type Driver } from "neo4j-driver";
import { type Catalog, makeCatalog } from "../../analyses/catalog.ts";
import { type AnalysisName, analysisCypherPath, findAnalysis } from "../../analyses/registry.ts";
import { NODE_LABELS } from "../../model/vocabulary.ts";
import { catalogEntry } from "../memory/store.ts";
import type { GraphStore, ResolvedParams, Row } from "../types.ts";
import type { Neo4jConfig } from "./config.ts";
import { explainNeo4jError, openNeo4j } from "./connect.ts";

const CATALOG_QUERY = `MATCH (n) WHERE ${NODE_LABELS.map((l) => `n:${l}`).join(" OR ")}
RETURN n.id AS id, labels(n)[0] AS label, n.name AS name, n.acronym AS acronym, n.aliases AS aliases,
  n.otherNames AS otherNames, n.officialName AS officialName, n.subregion AS subregion`;

export class Neo4jStore implements GraphStore {
  readonly kind = "neo4j" as const;
  #catalog: Catalog | undefined;
  readonly #queries = new Map<string, string>();

  private constructor(
    readonly driver: Driver,
    readonly config: Neo4jConfig,
  ) {}

  static async open(config: Neo4jConfig): Promise<Neo4jStore> {
    const { driver } = await openNeo4j(config);
    return new Neo4jStore(driver, config);
  }

  async #read(query: string, params: Record<string, unknown>): Promise<Row[]> {
    try {
      const result = await this.driver.executeQuery(query, params, { database: this.config.database, routing: "READ" });
      return result.records.map((r) => r.toObject());
    } catch (e) {
      throw explainNeo4jError(e, this.config);
    }
  }

  async catalog(): Promise<Catalog> {
    if (!this.#catalog) {
      const rows = await this.#read(CATALOG_QUERY, {});
      this.#catalog = makeCatalog(rows.map((r) => catalogEntry(String(r.id), r)));
    }
    return this.#catalog;
  }

  async run(name: AnalysisName, params: ResolvedParams): Promise<Row[]> {
    let query = this.#queries.get(name);
    if (query === undefined) {
      query = readFileSync(analysisCypherPath(name), "utf8");
      this.#queries.set(name, query);
    }
    // Integer parameters go as Neo4j integers (LIMIT refuses floats); absent ones as null.
    const typed: Record<string, unknown> = {};
    for (const spec of findAnalysis(name)?.params ?? []) {
      const value = params[spec.name] ?? null;
      typed[spec.name] = spec.kind === "integer" && typeof value === "number" ? neo4j.int(value) : value;
    }
    return this.#read(query, typed);
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
