/**
 * What the app does when Neo4j is down or refuses its credentials: it stops asking. After two
 * such failures in a row (one alone may be a dropped connection) every read fails at once (503)
 * without touching Neo4j, until a wait that doubles with each further failure (BASE_MS, 2×, 4×…
 * capped at MAX_MS) has passed; then one request — usually the health pinger's — tries again
 * while the others still fail fast. A server that has just
 * restarted is not flooded with logins (Neo4j locks a user after a few failed ones), and the log
 * gets one line per change of state, not one per request.
 */
import { Neo4jAccessError } from "./connect.ts";

export const BACKOFF_BASE_MS = 500;
export const BACKOFF_MAX_MS = 8000;

/** Failures that say nothing about the query, only about reaching Neo4j. */
const isReachFailure = (e: unknown): e is Neo4jAccessError =>
  e instanceof Neo4jAccessError && (e.failure === "unavailable" || e.failure === "credentials");

export class Backoff {
  #failures = 0;
  #retryAt = 0;
  #last: Neo4jAccessError | undefined;

  constructor(
    private readonly log: (message: string) => void = () => {},
    private readonly baseMs = BACKOFF_BASE_MS,
    private readonly maxMs = BACKOFF_MAX_MS,
  ) {}

  /** Whether the last attempt failed to reach Neo4j. */
  get down(): boolean {
    return this.#last !== undefined;
  }

  /**
   * Throws the last failure while waiting; otherwise lets this one attempt through (and, while
   * down, makes the others wait for its outcome's next window).
   */
  gate(): void {
    if (!this.#last) return;
    const now = Date.now();
    if (now < this.#retryAt) throw this.#last;
    if (this.#failures >= 2) this.#retryAt = now + this.#delay(); // the attempt let through now is the only one until then
  }

  /** Runs `attempt` through the gate, recording its outcome. */
  async run<T>(attempt: () => Promise<T>): Promise<T> {
    this.gate();
    try {
      const value = await attempt();
      this.succeeded();
      return value;
    } catch (e) {
      this.failed(e);
      throw e;
    }
  }

  succeeded(): void {
    if (!this.#last) return;
    this.log(`neo4j: answering again after ${this.#failures} failed attempt${this.#failures === 1 ? "" : "s"}`);
    this.#last = undefined;
    this.#failures = 0;
    this.#retryAt = 0;
  }

  /** Records a failure if it is one of reaching Neo4j; anything else (a bad query) is not Neo4j's state. */
  failed(error: unknown): void {
    if (!isReachFailure(error)) return;
    const changed = !this.#last || this.#last.failure !== error.failure || this.#last.message !== error.message;
    this.#failures++;
    this.#last = error;
    this.#retryAt = this.#failures < 2 ? 0 : Date.now() + this.#delay();
    if (changed) this.log(`neo4j: ${error.message} — retrying with backoff (${this.baseMs} ms doubling, at most ${this.maxMs} ms)`);
  }

  #delay(): number {
    return Math.min(this.maxMs, this.baseMs * 2 ** Math.max(0, this.#failures - 2));
  }
}
