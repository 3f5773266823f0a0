/**
 * Where the Neo4j store connects, read from the environment and checked with zod so that a
 * typo gives one clear line instead of a driver stack trace. Nothing here ever echoes the
 * password: `describeTarget` is what may be printed.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { z } from "zod";
import { REPO_ROOT } from "../../paths.ts";
/**
 * Home of the local server of `npm run neo4j:start` (tools/neo4j/): its state file, log and data.
 * ATLAS_NEO4J_HOME moves it (tests use this to run a second, private server).
 */
export function localNeo4jHome(): string {
  return process.env.ATLAS_NEO4J_HOME ? resolve(process.env.ATLAS_NEO4J_HOME) : join(REPO_ROOT, ".neo4j");
}
/** Written by `npm run neo4j:start` so tests and the CLI find the local server. */
export function localStateFile(): string {
  return join(localNeo4jHome(), "state.json");
}

const URI_SCHEMES = ["neo4j", "neo4j+s", "neo4j+ssc", "bolt", "bolt+s", "bolt+ssc"] as const;

const uriSchema = z.string().refine(
  (value) => {
    try {
      const url = new URL(value);
      return (URI_SCHEMES as readonly string[]).includes(url.protocol.slice(0, -1)) && url.hostname !== "";
    } catch {
      return false;
    }
  },
  { message: `must be a URI like bolt://127.0.0.1:7687 or neo4j+s://xxxx.databases.neo4j.io (schemes: ${URI_SCHEMES.join(", ")})` },
);

export const neo4jEnvSchema = z.object({
  NEO4J_URI: uriSchema,
  NEO4J_USERNAME: z.string().min(1, "must not be empty").default("neo4j"),
  NEO4J_PASSWORD: z.string().optional(),
  // Neo4j database names: 3–63 chars, ASCII letters, digits, dots and dashes, starting with a letter.
  NEO4J_DATABASE: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9.-]{2,62}$/, "must be a Neo4j database name (letters, digits, dots, dashes; 3–63 characters)")
    .optional(),
});

export interface Neo4jConfig {
  uri: string;
  username: string;
  password: string | undefined;
  /** undefined: the user's home database on the server (usually "neo4j"). */
  database: string | undefined;
  /** Where the settings came from, for messages. */
  origin: "environment" | "local server";
}

export class Neo4jConfigError extends Error {}

export interface LocalServerState {
  pid: number;
  uri: string;
  username: string;
  password: string;
  version: string;
  workDir: string;
  logFile: string;
  startedAt: string;
}

export function readLocalServerState(file = localStateFile()): LocalServerState | undefined {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, "utf8")) as LocalServerState;
  } catch {
    return undefined;
  }
}

/**
 * The connection settings: NEO4J_* from the environment when NEO4J_URI is set, otherwise the
 * local server started by `npm run neo4j:start`, otherwise a Neo4jConfigError saying what to do.
 */
export function readNeo4jConfig(env: NodeJS.ProcessEnv = process.env, stateFile = localStateFile()): Neo4jConfig {
  const given = Object.fromEntries(
    Object.entries(env).filter(([k, v]) => k.startsWith("NEO4J_") && k in neo4jEnvSchema.shape && v !== undefined && v !== ""),
  );
  if (given.NEO4J_URI === undefined) {
    const local = readLocalServerState(stateFile);
    if (local) {
      return { uri: local.uri, username: local.username, password: local.password, database: undefined, origin: "local server" };
    }
    throw new Neo4jConfigError(
      "NEO4J_URI is not set and no local Neo4j is running: start one with `npm run neo4j:start`, " +
        "or set NEO4J_URI (and NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE) for your own server.",
    );
  }
  const parsed = neo4jEnvSchema.safeParse(given);
  if (!parsed.success) {
    // Name the variable; show the value only for the URI, without its credentials, and the database.
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      const value = name === "NEO4J_URI" ? redactSecrets(String(given[name]), given.NEO4J_PASSWORD) : String(given[name]);
      const shown = name === "NEO4J_URI" || name === "NEO4J_DATABASE" ? ` (got "${value}")` : "";
      return `${name} ${issue.message}${shown}`;
    });
    throw new Neo4jConfigError(lines.join("; "));
  }
  const v = parsed.data;
  return { uri: v.NEO4J_URI, username: v.NEO4J_USERNAME, password: v.NEO4J_PASSWORD, database: v.NEO4J_DATABASE, origin: "environment" };
}

/**
 * Text safe to print: a `user:password@` in anything URL-like loses its password, and the
 * password itself, wherever it appears, becomes ***.
 */
export function redactSecrets(text: string, password?: string): string {
  let out = text.replace(/(\/\/[^/@\s:]*):[^/@\s]*@/g, "$1:***@");
  if (password) out = out.split(password).join("***");
  return out;
}

/** The URI without any user info, and the database: safe to print. */
export function describeTarget(config: Pick<Neo4jConfig, "uri" | "database">): string {
  let uri = config.uri;
  try {
    const url = new URL(config.uri);
    url.username = "";
    url.password = "";
    uri = url.toString().replace(/\/$/, "");
  } catch {
    // keep as given; the schema already rejected unparsable URIs
  }
  return `${uri} (database ${config.database ?? "default"})`;
}
