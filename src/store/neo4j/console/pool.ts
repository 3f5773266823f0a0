/**
 * The read-only Cypher console, as the server's main thread sees it. Queries run in worker
 * threads (worker.ts), each with its own driver and a capped heap, so a query whose result is
 * huge, or slow to arrive, costs one worker and never the event loop that serves /api/health:
 * - time: Neo4j's transaction timeout first; if the answer is still arriving `graceMs` later the
 *   worker is terminated (its connection with it) and replaced → 408;
 * - memory: a result that outgrows the worker's heap ends the worker → 413;
 * - size: rows stop at the row cap or the byte cap (`truncated`), counted while they stream;
 * - load: `workers` queries at once, `queue` waiting at most `queueWaitMs`; more or longer → 429
 *   with the seconds to wait; and per client (limit.ts) `clientLimits`, so one client cannot take
 *   every worker;
 * - expressions: loops inside an expression must be bounded (bounds.ts), checked here, on the
 *   main thread, before any queue: such a query is refused at once, whatever the load.
 */
import { Worker } from "node:worker_threads";
import type { Backoff } from "../backoff.ts";
import type { Neo4jConfig } from "../config.ts";
import { explainNeo4jError } from "../connect.ts";
import { checkExpressionBounds } from "./bounds.ts";
import { ConsoleLimitError, CypherQueryError, ForbiddenQueryError } from "./errors.ts";
import { ClientLimiter, type ClientLimits, DEFAULT_CLIENT_LIMITS } from "./limit.ts";
import { paramsProblem } from "./params.ts";
import type { ConsoleLimits, ConsoleResult } from "./run.ts";
import type { ConsoleJob, WorkerReply } from "./worker.ts";

export interface ConsoleSettings extends ConsoleLimits {
  /** Queries that run at once (one worker thread each). */
  workers: number;
  /** Queries that may wait for a worker; past that, 429. */
  queue: number;
  /** How long a query may wait for a worker before it is refused (429). */
  queueWaitMs: number;
  /** Each client's share (limit.ts). */
  clientLimits: ClientLimits;
  /** Each worker's heap (old generation), in MB. */
  workerHeapMb: number;
  /** How long past the timeout a worker may take before it is terminated. */
  graceMs: number;
}

export const DEFAULT_CONSOLE_SETTINGS: ConsoleSettings = {
  timeoutMs: 5000,
  rowCap: 5000,
  byteCap: 5_000_000,
  workers: 2,
  queue: 8,
  queueWaitMs: 3000,
  clientLimits: DEFAULT_CLIENT_LIMITS,
  workerHeapMb: 256,
  graceMs: 1000,
};

interface Slot {
  worker: Worker;
  busy: boolean;
  /** Settles when the worker has loaded (it says "ready"), or has failed to. */
  ready: Promise<void>;
}

/** How long a new worker may take to load before its query is given up (a busy machine needs seconds). */
const WORKER_START_MS = 30_000;
interface Waiting {
  start: (slot: Slot) => void;
}

const retryAfter = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

const ENTRY = new URL("./worker-entry.mjs", import.meta.url);

export class CypherConsole {
  readonly settings: ConsoleSettings;
  readonly #slots = new Set<Slot>();
  readonly #waiting: Waiting[] = [];
  readonly #clients: ClientLimiter;
  #nextId = 1;
  #closed = false;

  constructor(
    private readonly config: Neo4jConfig,
    settings: Partial<ConsoleSettings> = {},
    /** The store's: while Neo4j does not answer, console queries fail at once too. */
    private readonly backoff?: Backoff,
  ) {
    this.settings = { ...DEFAULT_CONSOLE_SETTINGS, ...settings };
    this.#clients = new ClientLimiter(this.settings.clientLimits);
  }

  /**
   * Runs a read-only query; throws ForbiddenQueryError, CypherQueryError, ConsoleLimitError, a
   * driver error with Neo4j's code (the query's own syntax or semantics), or Neo4jAccessError.
   * `client`: who asks (the peer's address), for the per-client limit.
   */
  async run(query: string, params: Record<string, unknown> = {}, client = "local"): Promise<ConsoleResult> {
    if (this.#closed) throw new ConsoleLimitError("busy", "the console is shut down");
    const problem = paramsProblem(params);
    if (problem) throw new CypherQueryError(`params ${problem}`);
    checkExpressionBounds(query, params);
    const done = await this.#clients.acquire(client);
    try {
      this.backoff?.gate();
      const slot = await this.#acquire();
      try {
        const result = await this.#send(slot, query, params);
        this.backoff?.succeeded();
        return result;
      } catch (e) {
        this.backoff?.failed(e);
        throw e;
      } finally {
        this.#release(slot);
      }
    } finally {
      done();
    }
  }

  /** Starts one worker ahead of the first query, so that query does not wait for it (about 0.5 s). */
  warm(): void {
    if (!this.#closed && this.#slots.size === 0) this.#spawn();
  }

  async close(): Promise<void> {
    this.#closed = true;
    await Promise.all([...this.#slots].map((s) => s.worker.terminate()));
    this.#slots.clear();
  }

  #spawn(): Slot {
    const worker = new Worker(ENTRY, {
      workerData: this.config,
      resourceLimits: { maxOldGenerationSizeMb: this.settings.workerHeapMb },
      stdout: false,
      stderr: false,
    });
    worker.unref(); // an idle worker never keeps the process alive
    const ready = new Promise<void>((resolve, reject) => {
      const onReady = (message: unknown) => {
        if ((message as { ready?: boolean })?.ready !== true) return;
        worker.off("message", onReady);
        resolve();
      };
      worker.on("message", onReady);
      worker.once("exit", () => reject(new Error("the console worker stopped while starting")));
    });
    ready.catch(() => {});
    const slot = { worker, busy: false, ready };
    worker.once("exit", () => this.#slots.delete(slot));
    this.#slots.add(slot);
    return slot;
  }

  #acquire(): Promise<Slot> {
    const idle = [...this.#slots].find((s) => !s.busy);
    const slot = idle ?? (this.#slots.size < this.settings.workers ? this.#spawn() : undefined);
    if (slot) {
      slot.busy = true;
      return Promise.resolve(slot);
    }
    const { workers, queue, queueWaitMs } = this.settings;
    const busy = (why: string) =>
      new ConsoleLimitError("busy", `the console is busy (${workers} queries running, ${why}); try again shortly`, retryAfter(queueWaitMs));
    if (this.#waiting.length >= queue) return Promise.reject(busy(`${this.#waiting.length} waiting`));
    return new Promise((resolve, reject) => {
      const entry: Waiting = {
        start: (slot) => {
          clearTimeout(timer);
          resolve(slot);
        },
      };
      const timer = setTimeout(() => {
        this.#waiting.splice(this.#waiting.indexOf(entry), 1);
        reject(busy(`no worker came free within ${queueWaitMs / 1000} s`));
      }, queueWaitMs);
      this.#waiting.push(entry);
    });
  }

  #release(slot: Slot): void {
    slot.busy = false;
    const next = this.#waiting.shift();
    if (!next) return;
    const target = this.#slots.has(slot) ? slot : ([...this.#slots].find((s) => !s.busy) ?? this.#spawn());
    target.busy = true;
    next.start(target);
  }

  /** The query's time starts once its worker has loaded: a worker started for it (about a second, more on a busy machine) costs it nothing. */
  async #send(slot: Slot, query: string, params: Record<string, unknown>): Promise<ConsoleResult> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new ConsoleLimitError("busy", "the console's worker did not start; try again shortly", 5)),
        WORKER_START_MS,
      );
    });
    try {
      await Promise.race([slot.ready, late]);
    } finally {
      clearTimeout(timer);
    }
    return this.#sendReady(slot, query, params);
  }

  #sendReady(slot: Slot, query: string, params: Record<string, unknown>): Promise<ConsoleResult> {
    const { timeoutMs, rowCap, byteCap, graceMs } = this.settings;
    const job: ConsoleJob = { id: this.#nextId++, query, params, limits: { timeoutMs, rowCap, byteCap } };
    const { worker } = slot;
    return new Promise<ConsoleResult>((resolve, reject) => {
      const finish = (outcome: () => void) => {
        clearTimeout(timer);
        worker.off("message", onMessage);
        worker.off("error", onError);
        worker.off("exit", onExit);
        outcome();
      };
      const retire = () => {
        this.#slots.delete(slot);
        void worker.terminate();
        // Its replacement starts loading now, not when the next query arrives.
        if (!this.#closed && this.#slots.size < this.settings.workers) this.#spawn();
      };
      const timer = setTimeout(() => {
        retire();
        finish(() => reject(new ConsoleLimitError("time", `the query ran out of time (${timeoutMs} ms; its result was still arriving)`)));
      }, timeoutMs + graceMs);
      const onMessage = (reply: WorkerReply) => {
        if (reply.id !== job.id) return;
        finish(() => {
          if (reply.ok) return resolve(reply.result as ConsoleResult);
          const { kind, message, code } = reply.error;
          if (kind === "forbidden") return reject(new ForbiddenQueryError(message));
          if (kind === "cypher") return reject(new CypherQueryError(message));
          const driverError = Object.assign(new Error(message), { code });
          // Neo4j's complaints about the query itself reach the user as they are; anything else
          // (credentials, reachability, limits) is explained as every other Neo4j failure is.
          return reject(
            /^Neo\.ClientError\.(Statement|Procedure)\./.test(code ?? "") ? driverError : explainNeo4jError(driverError, this.config),
          );
        });
      };
      const onError = (e: Error & { code?: string }) => {
        retire();
        finish(() =>
          reject(
            e.code === "ERR_WORKER_OUT_OF_MEMORY"
              ? new ConsoleLimitError(
                  "memory",
                  `the query's result is too large (over the console's ${this.settings.workerHeapMb} MB); return fewer or smaller values`,
                )
              : e,
          ),
        );
      };
      const onExit = () => finish(() => reject(new Error("the console worker stopped unexpectedly")));
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.on("exit", onExit);
      worker.postMessage(job);
    });
  }
}
