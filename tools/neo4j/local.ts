/**
 * A local, throwaway Neo4j 5.26 Community server for development, tests and CI, without Docker.
 *
 * Maven resolves org.neo4j.test:neo4j-harness (tools/neo4j/pom.xml) into ~/.m2 once; the
 * classpath is cached in the user cache dir (nothing downloaded lives in the repo); Java's
 * source launcher runs tools/neo4j/AtlasNeo4j.java, which serves Bolt on a free loopback port.
 * Auth is on, with a random password set before the server first listens (AtlasNeo4j.java), so
 * no client can meet the default one. A supervisor (supervise.mjs) starts the server again if it
 * dies on its own; the JVM exits at its first out-of-memory instead of spiralling in garbage
 * collection. The state (supervisor pid, URI, credentials) goes to .neo4j/state.json, where the
 * CLI and tests find it.
 */
import { spawn, spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { createDriver } from "../../src/store/neo4j/connect.ts";
import { freePort, portIsFree } from "../../src/util/net.ts";
import { REPO_ROOT } from "../../src/paths.ts";
import { type LocalServerState, localNeo4jHome, localStateFile, readLocalServerState } from "../../src/store/neo4j/config.ts";

const TOOL_DIR = join(REPO_ROOT, "tools", "neo4j");
const POM = join(TOOL_DIR, "pom.xml");
const MAIN = join(TOOL_DIR, "AtlasNeo4j.java");
const SUPERVISOR = join(TOOL_DIR, "supervise.mjs");
const START_TIMEOUT_MS = Number(process.env.ATLAS_NEO4J_START_TIMEOUT_MS ?? 180_000);

export class LocalNeo4jError extends Error {}

/**
 * The port and password of this checkout's server, kept across stop/start (not its data), so a
 * running API or Neo4j Browser reconnects after a restart instead of pointing at a dead port.
 */
interface Identity {
  port: number;
  password: string;
}
const identityFile = () => join(localNeo4jHome(), "identity.json");

function readIdentity(): Identity | undefined {
  try {
    const value = JSON.parse(readFileSync(identityFile(), "utf8")) as Identity;
    return Number.isInteger(value.port) && /^[0-9a-f]{24}$/.test(value.password) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The same port and password as last time when that port is free; a new port otherwise. */
async function chooseIdentity(): Promise<Identity> {
  const previous = readIdentity();
  const port = previous && (await portIsFree(previous.port)) ? previous.port : await freePort();
  const identity = { port, password: previous?.password ?? randomBytes(12).toString("hex") };
  writeFileSync(identityFile(), `${JSON.stringify(identity)}\n`, { mode: 0o600 });
  return identity;
}

/** A size setting (e.g. 512m or 1g) in bytes. */
function sizeSetting(name: string, fallback: string): string {
  const given = process.env[name] ?? fallback;
  const m = /^(\d+)([kmg]?)$/i.exec(given.trim());
  if (!m) throw new LocalNeo4jError(`${name} must be a size like 512m or 1g (got "${given}")`);
  const unit = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(m[2] ?? "").toLowerCase() as "" | "k" | "m" | "g"];
  return String(Number(m[1]) * unit);
}

/**
 * The server's limits (README, "Availability"): the JVM heap, what one transaction and all of
 * them together may hold (below the heap, so Neo4j refuses a hungry query before the heap fills),
 * and the longest any transaction may run.
 */
export const LOCAL_LIMITS = { heap: "2g", txMemory: "512m", txTotal: "1g", txTimeoutS: "60" };

function serverEnvironment(password: string): NodeJS.ProcessEnv {
  const timeout = process.env.ATLAS_NEO4J_TX_TIMEOUT_S ?? LOCAL_LIMITS.txTimeoutS;
  if (!/^\d+$/.test(timeout) || Number(timeout) < 1)
    throw new LocalNeo4jError(`ATLAS_NEO4J_TX_TIMEOUT_S must be a whole number of seconds (got "${timeout}")`);
  return {
    ...process.env,
    ATLAS_NEO4J_PASSWORD: password,
    ATLAS_NEO4J_TX_MEMORY: sizeSetting("ATLAS_NEO4J_TX_MEMORY", LOCAL_LIMITS.txMemory),
    ATLAS_NEO4J_TX_TOTAL: sizeSetting("ATLAS_NEO4J_TX_TOTAL", LOCAL_LIMITS.txTotal),
    ATLAS_NEO4J_TX_TIMEOUT_S: timeout,
  };
}

export function cacheDir(): string {
  const base = process.env.XDG_CACHE_HOME || join(homedir(), ".cache");
  return join(base, "iscm-atlas", "neo4j");
}

function log(message: string): void {
  process.stderr.write(`neo4j: ${message}\n`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

function requireCommand(command: string, versionArg: string, hint: string): void {
  const probe = spawnSync(command, [versionArg], { stdio: "ignore" });
  if (probe.error || probe.status !== 0) throw new LocalNeo4jError(`"${command}" is not available: ${hint}`);
}

/** The harness classpath, resolved by Maven once per pom.xml version and cached. */
export function resolveClasspath(): string {
  const pomHash = createHash("sha256").update(readFileSync(POM)).digest("hex").slice(0, 12);
  const file = join(cacheDir(), `classpath-${pomHash}.txt`);
  if (existsSync(file)) {
    const cp = readFileSync(file, "utf8").trim();
    // ~/.m2 may have been cleaned since; re-resolve if any jar is gone.
    if (cp.split(":").every((jar) => existsSync(jar))) return cp;
  }
  requireCommand("mvn", "--version", "install Maven (Debian: apt-get install maven) or use Docker/Aura (README, Neo4j).");
  mkdirSync(cacheDir(), { recursive: true });
  log("resolving neo4j-harness 5.26 from Maven Central (first run only)…");
  const mvn = spawnSync("mvn", ["-q", "-B", "-f", POM, "dependency:build-classpath", `-Dmdep.outputFile=${file}`], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (mvn.status !== 0 || !existsSync(file)) {
    const detail = `${mvn.stdout ?? ""}${mvn.stderr ?? ""}`.trim().split("\n").slice(-15).join("\n");
    throw new LocalNeo4jError(`Maven could not resolve neo4j-harness from Maven Central:\n${detail}`);
  }
  return readFileSync(file, "utf8").trim();
}

/** The project's driver settings (quiet, plain numbers) for the local server. */
function localDriver(uri: string, username: string, password: string) {
  return createDriver({ uri, username, password, database: undefined, origin: "local server" });
}

async function answers(state: Pick<LocalServerState, "uri" | "username" | "password">): Promise<string | undefined> {
  const driver = localDriver(state.uri, state.username, state.password);
  try {
    const r = await driver.executeQuery("CALL dbms.components() YIELD versions RETURN versions[0] AS v");
    return String(r.records[0]?.get("v"));
  } catch {
    return undefined;
  } finally {
    await driver.close();
  }
}

/** The server's version once it answers, trying again for up to `withinMs` (it may be starting or restarting). */
async function answersWithin(
  state: Pick<LocalServerState, "uri" | "username" | "password">,
  withinMs: number,
  alive: () => boolean,
): Promise<string | undefined> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const version = await answers(state);
    if (version || Date.now() > deadline || !alive()) return version;
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** The running server's state if its process is alive and it answers a query. */
export async function localNeo4jStatus(): Promise<LocalServerState | undefined> {
  const state = readLocalServerState();
  if (!state || !isAlive(state.pid)) return undefined;
  return (await answers(state)) ? state : undefined;
}

async function withStartLock<T>(work: () => Promise<T>): Promise<T> {
  const LOCK_FILE = join(localNeo4jHome(), "start.lock");
  mkdirSync(localNeo4jHome(), { recursive: true });
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    try {
      closeSync(openSync(LOCK_FILE, "wx"));
      writeFileSync(LOCK_FILE, String(process.pid));
      break;
    } catch {
      const holder = Number(readFileSync(LOCK_FILE, "utf8") || "0");
      if (!holder || !isAlive(holder)) {
        rmSync(LOCK_FILE, { force: true }); // left by a starter that died
        continue;
      }
      if (Date.now() > deadline) throw new LocalNeo4jError(`another neo4j:start (pid ${holder}) holds ${LOCK_FILE}`);
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(LOCK_FILE, { force: true });
  }
}

async function waitForReady(pid: number, logFile: string): Promise<string> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const text = existsSync(logFile) ? readFileSync(logFile, "utf8") : "";
    const ready = /ATLAS_NEO4J_READY (\S+)/.exec(text);
    if (ready?.[1]) return ready[1].replace(/\/$/, "");
    if (!isAlive(pid)) {
      const tail = text.trim().split("\n").slice(-20).join("\n");
      throw new LocalNeo4jError(`Neo4j exited during start-up; last lines of ${logFile}:\n${tail}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new LocalNeo4jError(`Neo4j did not start within ${START_TIMEOUT_MS / 1000} s; see ${logFile}`);
}

export interface StartResult {
  state: LocalServerState;
  reused: boolean;
}

/** Starts the local server, or reuses the one already running for this checkout. */
export async function startLocalNeo4j(): Promise<StartResult> {
  return withStartLock(async () => {
    const previous = readLocalServerState();
    if (previous && isAlive(previous.pid)) {
      // Running, or being restarted by its supervisor (after an out-of-memory): give it a minute.
      const version = await answersWithin(previous, 60_000, () => isAlive(previous.pid));
      if (version) return { state: { ...previous, version }, reused: true };
    }
    // A server that died without neo4j:stop (killed, the machine rebooted) leaves its data: keep it.
    const crashed = previous !== undefined && !isAlive(previous.pid) && existsSync(previous.workDir);
    if (previous) await stopProcess(previous, { keepData: crashed });

    requireCommand("java", "-version", "install a JDK 17 or 21 (Debian: apt-get install openjdk-17-jdk-headless).");
    const classpath = resolveClasspath();
    const { port, password } = await chooseIdentity();
    const workDir = join(localNeo4jHome(), `data-${port}`);
    const logFile = join(localNeo4jHome(), "neo4j.log");
    if (!(crashed && previous?.workDir === workDir)) rmSync(workDir, { recursive: true, force: true });
    else log(`keeping the data of the server that stopped without neo4j:stop (${workDir})`);
    mkdirSync(workDir, { recursive: true });
    const env = serverEnvironment(password);
    const out = openSync(logFile, "w");
    const heap = process.env.ATLAS_NEO4J_HEAP ?? LOCAL_LIMITS.heap;
    log(`starting Neo4j 5.26 on 127.0.0.1:${port} (heap ${heap}; log ${logFile})…`);
    const java = [
      `-Xmx${heap}`,
      "-XX:+UseParallelGC",
      // An out-of-memory ends the JVM at once (the supervisor starts it again) instead of leaving
      // it to spend minutes in garbage collection; more than half the time in GC with under 10 %
      // of the heap freed already counts as one (HotSpot's defaults: 98 % and 2 %).
      "-XX:+ExitOnOutOfMemoryError",
      "-XX:GCTimeLimit=50",
      "-XX:GCHeapFreeLimit=10",
      "-cp",
      classpath,
      MAIN,
      workDir,
      String(port),
    ];
    const child = spawn(process.execPath, [SUPERVISOR, "java", ...java], {
      detached: true, // its own process group: outlives this command, stopped by neo4j:stop
      stdio: ["ignore", out, out],
      env,
    });
    closeSync(out);
    child.unref();
    const pid = child.pid;
    if (pid === undefined) throw new LocalNeo4jError("could not spawn the Neo4j supervisor");
    try {
      const uri = await waitForReady(pid, logFile);
      const partial = { uri, username: "neo4j", password };
      const version = await answersWithin(partial, 10_000, () => isAlive(pid));
      if (!version) throw new LocalNeo4jError(`Neo4j started but does not answer queries at ${uri}; see ${logFile}`);
      const state: LocalServerState = { pid, ...partial, version, workDir, logFile, startedAt: new Date().toISOString() };
      writeFileSync(localStateFile(), `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
      return { state, reused: false };
    } catch (e) {
      await stopProcess({ pid, workDir });
      throw e;
    }
  });
}

async function stopProcess(state: Pick<LocalServerState, "pid" | "workDir">, { keepData = false } = {}): Promise<boolean> {
  let wasRunning = false;
  if (isAlive(state.pid)) {
    wasRunning = true;
    const signal = (sig: NodeJS.Signals) => {
      try {
        process.kill(-state.pid, sig); // the whole process group
      } catch {
        try {
          process.kill(state.pid, sig);
        } catch {
          // already gone
        }
      }
    };
    signal("SIGTERM"); // the JVM's shutdown hook closes the database cleanly
    const deadline = Date.now() + 30_000;
    while (isAlive(state.pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    if (isAlive(state.pid)) {
      signal("SIGKILL");
      while (isAlive(state.pid)) await new Promise((r) => setTimeout(r, 100));
    }
  }
  if (!keepData) rmSync(state.workDir, { recursive: true, force: true });
  rmSync(localStateFile(), { force: true });
  return wasRunning;
}

/** Stops the local server; true if one was running. */
export async function stopLocalNeo4j(): Promise<boolean> {
  const state = readLocalServerState();
  if (!state) return false;
  return stopProcess(state);
}

/** Shell assignments for `eval`; the values (a bolt URI, "neo4j", hex) need no quoting. */
export function shellAssignments(state: LocalServerState): string {
  return [`NEO4J_URI=${state.uri}`, `NEO4J_USERNAME=${state.username}`, `NEO4J_PASSWORD=${state.password}`].join("\n");
}
