/** Neo4j settings from the environment: validated, with messages that name the variable and hide the password. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { describeTarget, Neo4jConfigError, readNeo4jConfig, redactSecrets } from "../../../src/store/neo4j/config.ts";
import { explainNeo4jError } from "../../../src/store/neo4j/connect.ts";

const dir = mkdtempSync(join(tmpdir(), "atlas-config-"));
const noState = join(dir, "missing.json");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("readNeo4jConfig", () => {
  it("reads the four variables, with neo4j as the default user and the server's default database", () => {
    expect(readNeo4jConfig({ NEO4J_URI: "neo4j+s://abcd.databases.neo4j.io", NEO4J_PASSWORD: "pw" }, noState)).toEqual({
      uri: "neo4j+s://abcd.databases.neo4j.io",
      username: "neo4j",
      password: "pw",
      database: undefined,
      origin: "environment",
    });
    const full = readNeo4jConfig(
      { NEO4J_URI: "bolt://h:7687", NEO4J_USERNAME: "atlas", NEO4J_PASSWORD: "pw", NEO4J_DATABASE: "atlas-2019" },
      noState,
    );
    expect(full).toMatchObject({ username: "atlas", database: "atlas-2019" });
  });

  it("falls back to the local server's state file, and the environment wins over it", () => {
    const state = join(dir, "state.json");
    writeFileSync(state, JSON.stringify({ pid: 1, uri: "bolt://127.0.0.1:4000", username: "neo4j", password: "local" }));
    expect(readNeo4jConfig({}, state)).toMatchObject({ uri: "bolt://127.0.0.1:4000", password: "local", origin: "local server" });
    expect(readNeo4jConfig({ NEO4J_URI: "bolt://other:7687" }, state)).toMatchObject({ uri: "bolt://other:7687", origin: "environment" });
  });

  it("rejects what the driver would choke on, naming the variable and never the password", () => {
    const bad = (env: Record<string, string>) => {
      try {
        readNeo4jConfig(env, noState);
      } catch (e) {
        expect(e).toBeInstanceOf(Neo4jConfigError);
        return (e as Error).message;
      }
      throw new Error("accepted");
    };
    expect(bad({})).toContain("NEO4J_URI is not set");
    expect(bad({ NEO4J_URI: "localhost:7687", NEO4J_PASSWORD: "hunter22" })).toMatch(
      /^NEO4J_URI must be a URI like .* \(got "localhost:7687"\)$/,
    );
    expect(bad({ NEO4J_URI: "https://x.io", NEO4J_PASSWORD: "hunter22" })).not.toContain("hunter22");
    expect(bad({ NEO4J_URI: "bolt://h", NEO4J_DATABASE: "no spaces" })).toContain("NEO4J_DATABASE must be a Neo4j database name");
  });

  it("treats an empty variable as unset (as shells and .env files produce them)", () => {
    expect(readNeo4jConfig({ NEO4J_URI: "bolt://h", NEO4J_USERNAME: "", NEO4J_DATABASE: "" }, noState)).toMatchObject({
      username: "neo4j",
      database: undefined,
    });
  });
});

describe("messages", () => {
  const config = {
    uri: "bolt://user:hunter22@h:7687",
    username: "neo4j",
    password: "hunter22",
    database: "neo4j",
    origin: "environment" as const,
  };

  it("describeTarget drops user info from the URI", () => {
    expect(describeTarget(config)).toBe("bolt://h:7687 (database neo4j)");
  });

  it("an unrecognised driver error is passed on with the password scrubbed", () => {
    const e = explainNeo4jError({ code: "Neo.X", message: "failed for hunter22" }, config);
    expect(e.message).toBe("Neo4j at bolt://h:7687 (database neo4j): failed for *** [Neo.X]");
  });
});

describe("secrets never reach a message", () => {
  const bad = (env: Record<string, string>) => {
    try {
      readNeo4jConfig(env, noState);
    } catch (e) {
      return (e as Error).message;
    }
    throw new Error("accepted");
  };

  it("a bad NEO4J_URI is echoed without the password in its user info", () => {
    const message = bad({ NEO4J_URI: "http://neo4j:S3cretPw9@db.example:7474", NEO4J_PASSWORD: "other" });
    expect(message).toContain('(got "http://neo4j:***@db.example:7474")');
    expect(message).not.toContain("S3cretPw9");
  });

  it("the password is redacted wherever it appears", () => {
    expect(redactSecrets("x hunter22 y bolt://u:p@h", "hunter22")).toBe("x *** y bolt://u:***@h");
  });
});

describe("why a connection failed", () => {
  const config = { uri: "bolt://127.0.0.1:7687", username: "neo4j", password: "pw", database: undefined, origin: "environment" as const };
  const generic =
    "Failed to connect to server. Please ensure that your database is listening on the correct host and port and that you have compatible encryption settings both on Neo4j server and driver. Note that the default encryption setting has changed in Neo4j 4.0.";

  it("does not blame TLS for the driver's generic advice about encryption settings", () => {
    expect(explainNeo4jError({ code: "ServiceUnavailable", message: `${generic} Caused by: read ECONNRESET` }, config).message).toContain(
      "the connection was closed (the server stopped or restarted)",
    );
    expect(explainNeo4jError({ code: "ServiceUnavailable", message: generic }, config).message).toContain(": no answer.");
    expect(
      explainNeo4jError({ code: "ServiceUnavailable", message: `${generic} Caused by: connect ECONNREFUSED` }, config).message,
    ).toContain("connection refused");
  });

  it("still says TLS when the failure is one", () => {
    expect(
      explainNeo4jError(
        { code: "ServiceUnavailable", message: `${generic} Caused by: self-signed certificate in certificate chain` },
        config,
      ).message,
    ).toContain("TLS/encryption mismatch");
  });
});
