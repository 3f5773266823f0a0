/**
 * Opening a driver and turning driver failures into one line a user can act on. Every message
 * names the target (URI and database) and none can contain the password: driver messages are
 * replaced, not quoted, for the failures we recognise, and scrubbed otherwise.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { describeTarget, type Neo4jConfig, redactSecrets } from "./config.ts";

export type Neo4jFailure = "unavailable" | "credentials" | "database" | "other";

export class Neo4jAccessError extends Error {
  constructor(
    message: string,
    readonly failure: Neo4jFailure = "other",
    /** The server's error code, when there is one (e.g. Neo.ClientError.Statement.SyntaxError). */
    readonly code?: string,
  ) {
    super(message);
  }
}

export interface Neo4jConnection {
  driver: Driver;
  config: Neo4jConfig;
  /** Server version and edition, e.g. "5.26.30 community". */
  server: string;
}

export function createDriver(config: Neo4jConfig): Driver {
  // No password: no auth token (for servers with auth disabled); such a server accepts it.
  const auth = config.password === undefined ? undefined : neo4j.auth.basic(config.username, config.password);
  return neo4j.driver(config.uri, auth, {
    // Plain JS numbers for counts; the dataset never holds integers beyond 2^53.
    disableLosslessIntegers: true,
    // A server that is down or frozen is reported within seconds, not minutes.
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    maxTransactionRetryTime: 0,
    logging: { level: "error", logger: () => {} },
  });
}

/** Connects, authenticates and checks the database exists; throws Neo4jAccessError otherwise. */
export async function openNeo4j(config: Neo4jConfig): Promise<Neo4jConnection> {
  let driver: Driver;
  try {
    driver = createDriver(config);
  } catch (e) {
    throw explainNeo4jError(e, config);
  }
  try {
    const result = await driver.executeQuery(
      "CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition",
      {},
      { database: config.database, routing: "READ" },
    );
    const record = result.records[0];
    const server = record ? `${record.get("version")} ${record.get("edition")}` : "unknown";
    return { driver, config, server };
  } catch (e) {
    await driver.close().catch(() => {});
    throw explainNeo4jError(e, config);
  }
}

const scrub = (message: string, config: Neo4jConfig) => redactSecrets(message, config.password);

/** One clear line for the failures users meet; anything else is scrubbed and passed on. */
export function explainNeo4jError(error: unknown, config: Neo4jConfig): Neo4jAccessError {
  const e = error as { code?: string; message?: string; cause?: { code?: string } };
  const code = e.code ?? "";
  const message = e.message ?? String(error);
  const target = describeTarget(config);
  const who = `user "${config.username}"${config.password === undefined ? " with no password (NEO4J_PASSWORD is not set)" : ""}`;
  if (code === "Neo.ClientError.Security.Unauthorized") {
    return new Neo4jAccessError(
      `Neo4j at ${target} rejected the credentials of ${who}: check NEO4J_USERNAME and NEO4J_PASSWORD.`,
      "credentials",
      code,
    );
  }
  if (code === "Neo.ClientError.Security.CredentialsExpired") {
    return new Neo4jAccessError(
      `Neo4j at ${target}: the password of ${who} has expired and must be changed first (Neo4j Browser or cypher-shell).`,
    );
  }
  if (code === "Neo.ClientError.Security.AuthenticationRateLimit") {
    return new Neo4jAccessError(
      `Neo4j at ${target}: too many failed logins for ${who}; wait a few seconds and check NEO4J_PASSWORD.`,
      "credentials",
      code,
    );
  }
  if (code === "Neo.ClientError.Database.DatabaseNotFound") {
    return new Neo4jAccessError(
      `Neo4j at ${target}: database "${config.database}" does not exist (NEO4J_DATABASE); Community Edition has only "neo4j".`,
      "database",
      code,
    );
  }
  if (code === "Neo.ClientError.Security.Forbidden") {
    return new Neo4jAccessError(`Neo4j at ${target}: ${who} may not do this (${scrub(message, config)}).`);
  }
  if (code === "ServiceUnavailable" || code === "SessionExpired") {
    const reason = /ECONNREFUSED/.test(message)
      ? "connection refused"
      : /ENOTFOUND|EAI_AGAIN/.test(message)
        ? "host name not found"
        : /ETIMEDOUT|timed out|timeout/i.test(message)
          ? "connection timed out"
          : /ECONNRESET|EPIPE|closed by server|socket hang up|Connection was closed/i.test(message)
            ? "the connection was closed (the server stopped or restarted)"
            : // The driver's generic "compatible encryption settings" advice appears in every failure to
              // connect, so only words of a real TLS failure count here.
              /certificate|SSL routines|wrong version number|self[- ]signed|handshake/i.test(message)
              ? "TLS/encryption mismatch (try bolt:// for a local server, neo4j+s:// for Aura)"
              : "no answer";
    const hint = config.origin === "local server" ? " The local server may have stopped: `npm run neo4j:start`." : " Is it running?";
    return new Neo4jAccessError(`cannot reach Neo4j at ${target}: ${reason}.${hint}`, "unavailable", code);
  }
  return new Neo4jAccessError(`Neo4j at ${target}: ${scrub(message, config)}${code ? ` [${code}]` : ""}`, "other", code);
}
