/** The server's settings from the environment, validated at start with one line per bad value. */
import { z } from "zod";
import { DEFAULT_CONSOLE_SETTINGS as CONSOLE } from "../store/neo4j/console/index.ts";
import { DEFAULT_ALLOWED_HOSTS } from "./guards.ts";
import { FRAME_ANCESTORS_PATTERN } from "./routes/embed.ts";

const port = z.coerce.number().int("must be a whole number").min(0, "must be 0–65535").max(65535, "must be 0–65535");

export const serverEnvSchema = z.object({
  PORT: port.default(8080),
  HOST: z.string().min(1, "must not be empty").default("127.0.0.1"),
  ATLAS_CYPHER_TIMEOUT_MS: z.coerce
    .number()
    .int("must be a whole number")
    .min(100, "must be at least 100")
    .max(600_000, "must be at most 600000")
    .default(CONSOLE.timeoutMs),
  ATLAS_CYPHER_ROW_CAP: z.coerce
    .number()
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(100_000, "must be at most 100000")
    .default(CONSOLE.rowCap),
  ATLAS_CYPHER_MAX_BYTES: z.coerce
    .number()
    .int("must be a whole number")
    .min(1000, "must be at least 1000")
    .max(100_000_000, "must be at most 100000000")
    .default(CONSOLE.byteCap),
  ATLAS_CYPHER_WORKERS: z.coerce
    .number()
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(16, "must be at most 16")
    .default(CONSOLE.workers),
  ATLAS_CORS_ORIGIN: z.url("must be an origin like https://example.org").optional(),
  ATLAS_EMBED_FRAME_ANCESTORS: z
    .string()
    .regex(
      FRAME_ANCESTORS_PATTERN,
      "must be CSP frame-ancestors sources: *, 'self', 'none' or origins such as https://example.org, separated by spaces",
    )
    .default("*"),
  ATLAS_ALLOWED_HOSTS: z
    .string()
    .regex(
      /^\s*[A-Za-z0-9.:[\]-]+(\s*,\s*[A-Za-z0-9.:[\]-]+)*\s*$/,
      "must be host names separated by commas, e.g. atlas.example.org,localhost",
    )
    .optional(),
});

export type ServerConfig = z.infer<typeof serverEnvSchema>;

/** Host names the server answers to: loopback names, HOST when it names one address, and ATLAS_ALLOWED_HOSTS. */
export function allowedHosts(config: ServerConfig): string[] {
  const hosts = new Set(DEFAULT_ALLOWED_HOSTS);
  const wildcard = config.HOST === "0.0.0.0" || config.HOST === "::";
  if (!wildcard) hosts.add(config.HOST.includes(":") ? `[${config.HOST}]` : config.HOST);
  for (const h of config.ATLAS_ALLOWED_HOSTS?.split(",") ?? []) if (h.trim()) hosts.add(h.trim().toLowerCase());
  return [...hosts];
}

/** The console settings the server's settings give (the rest are console defaults). */
export function consoleSettings(config: ServerConfig) {
  return {
    timeoutMs: config.ATLAS_CYPHER_TIMEOUT_MS,
    rowCap: config.ATLAS_CYPHER_ROW_CAP,
    byteCap: config.ATLAS_CYPHER_MAX_BYTES,
    workers: config.ATLAS_CYPHER_WORKERS,
  };
}

export class ServerConfigError extends Error {}

export function readServerConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const given = Object.fromEntries(Object.entries(env).filter(([k, v]) => k in serverEnvSchema.shape && v !== undefined && v !== ""));
  const parsed = serverEnvSchema.safeParse(given);
  if (!parsed.success) {
    const reason = (message: string) => (/received NaN/.test(message) ? "must be a whole number" : message);
    throw new ServerConfigError(
      parsed.error.issues.map((i) => `${String(i.path[0])} ${reason(i.message)} (got "${given[String(i.path[0])]}")`).join("; "),
    );
  }
  return parsed.data;
}
