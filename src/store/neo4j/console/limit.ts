/**
 * The console's per-client limit, so that no one client takes every worker or floods Neo4j:
 * - concurrency: `concurrent` queries of a client run at once; more wait up to `waitMs` for
 *   their turn, in order, and are then refused;
 * - rate: `perMinute` queries a minute, in bursts of up to `burst` (a token bucket);
 * a refusal is a ConsoleLimitError("busy") with the seconds after which to try again (the API
 * answers 429 with Retry-After). Clients are told apart by the key the caller gives (the peer's address).
 */
import { ConsoleLimitError } from "./errors.ts";

export interface ClientLimits {
  concurrent: number;
  waitMs: number;
  perMinute: number;
  burst: number;
}

export const DEFAULT_CLIENT_LIMITS: ClientLimits = { concurrent: 1, waitMs: 3000, perMinute: 120, burst: 20 };

interface ClientState {
  running: number;
  waiting: (() => void)[];
  tokens: number;
  refilledAt: number;
}

export class ClientLimiter {
  readonly limits: ClientLimits;
  readonly #clients = new Map<string, ClientState>();

  constructor(limits: Partial<ClientLimits> = {}) {
    this.limits = { ...DEFAULT_CLIENT_LIMITS, ...limits };
  }

  /** Waits for the client's turn; resolves to the function that ends it. Throws ConsoleLimitError("busy"). */
  async acquire(key: string): Promise<() => void> {
    const { concurrent, waitMs, perMinute, burst } = this.limits;
    const now = Date.now();
    if (this.#clients.size > 100) this.#sweep(now);
    let client = this.#clients.get(key);
    if (!client) {
      client = { running: 0, waiting: [], tokens: burst, refilledAt: now };
      this.#clients.set(key, client);
    }
    client.tokens = Math.min(burst, client.tokens + ((now - client.refilledAt) / 60_000) * perMinute);
    client.refilledAt = now;
    if (client.tokens < 1) {
      const retryAfterS = Math.max(1, Math.ceil(((1 - client.tokens) / perMinute) * 60));
      throw new ConsoleLimitError(
        "busy",
        `too many console queries from this client (at most ${perMinute} a minute, ${burst} at once); try again in ${retryAfterS} s`,
        retryAfterS,
      );
    }
    client.tokens -= 1;
    const state = client;
    if (state.running >= concurrent) {
      await new Promise<void>((resolve, reject) => {
        const turn = () => {
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          state.waiting.splice(state.waiting.indexOf(turn), 1);
          reject(
            new ConsoleLimitError(
              "busy",
              `this client already has ${concurrent} console ${concurrent === 1 ? "query" : "queries"} running and the next did not start within ${waitMs / 1000} s; try again shortly`,
              Math.max(1, Math.ceil(waitMs / 1000)),
            ),
          );
        }, waitMs);
        state.waiting.push(turn);
      });
    } else {
      state.running++;
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = state.waiting.shift();
      if (next)
        next(); // the slot passes on: running stays the same
      else state.running--;
    };
  }

  /** Clients with nothing running or waiting whose bucket is full again are forgotten (the map stays small). */
  #sweep(now: number): void {
    const { burst, perMinute } = this.limits;
    for (const [key, c] of this.#clients) {
      const full = c.tokens + ((now - c.refilledAt) / 60_000) * perMinute >= burst;
      if (c.running === 0 && c.waiting.length === 0 && full) this.#clients.delete(key);
    }
  }

  /** Clients currently known (for tests). */
  get size(): number {
    return this.#clients.size;
  }
}
