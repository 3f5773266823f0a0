/**
 * What every request passes before any handler runs, so that a hostile request costs little:
 * - Host: only the names this server is meant to be reached by (default 127.0.0.1, localhost,
 *   [::1]); a web page that rebinds its own DNS name to 127.0.0.1 sends its own name → 403;
 * - Origin: a browser's cross-origin POST (another site's page calling the console) → 403,
 *   unless the origin is the configured CORS origin;
 * - size: request bodies over `maxBodyBytes` → 413 (the whole API needs a few kB);
 * - time: a request (API or page) still unanswered after `requestTimeoutMs` → 503.
 */
import type { Context, MiddlewareHandler } from "hono";
import { HTTPException } from "hono/http-exception";

export interface RequestGuards {
  /** Host names (without port) the server answers to; IPv6 in brackets, e.g. "[::1]". */
  allowedHosts: string[];
  maxBodyBytes: number;
  requestTimeoutMs: number;
  /** The one other origin whose browser pages may call the API (ATLAS_CORS_ORIGIN). */
  corsOrigin?: string;
}

export const DEFAULT_ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"];
export const DEFAULT_GUARDS: RequestGuards = {
  allowedHosts: DEFAULT_ALLOWED_HOSTS,
  maxBodyBytes: 64 * 1024,
  requestTimeoutMs: 30_000,
};

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** "Example.org:8080" → "example.org"; undefined if it is not a host. */
export function hostName(hostHeader: string): string | undefined {
  try {
    return new URL(`http://${hostHeader}`).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

export function requestGuards(partial: Partial<RequestGuards> = {}) {
  const settings: RequestGuards = { ...DEFAULT_GUARDS, ...partial };
  const allowed = new Set(settings.allowedHosts.map((h) => h.toLowerCase()));
  const refuse = (message: string) => new HTTPException(403, { message });

  const hostAndOrigin: MiddlewareHandler = async (c, next) => {
    const host = c.req.header("host") ?? "";
    const name = hostName(host);
    if (!name || !allowed.has(name)) {
      throw refuse(
        `this server does not answer to the host "${host.slice(0, 100)}" (allowed: ${[...allowed].join(", ")}; setting ATLAS_ALLOWED_HOSTS)`,
      );
    }
    const origin = c.req.header("origin");
    if (origin !== undefined && !SAFE_METHODS.has(c.req.method)) {
      let sameOrigin = false;
      try {
        sameOrigin = new URL(origin).host.toLowerCase() === host.toLowerCase();
      } catch {
        // "null" or garbage: not the same origin
      }
      if (!sameOrigin && origin !== settings.corsOrigin) {
        throw refuse(`cross-origin ${c.req.method} from ${origin.slice(0, 100)} refused (setting ATLAS_CORS_ORIGIN allows one origin)`);
      }
    }
    await next();
  };

  const bodyTooLarge = (_c: Context): never => {
    throw new HTTPException(413, { message: `the request body is over ${settings.maxBodyBytes.toLocaleString("en")} bytes` });
  };
  const requestTimedOut = () =>
    new HTTPException(503, { message: `the request took longer than ${settings.requestTimeoutMs / 1000} s and was abandoned` });

  return { settings, hostAndOrigin, bodyTooLarge, requestTimedOut };
}
