/** The server's settings from the environment, validated at start with one line per bad value. */
import { z } from "zod";

const port = z.coerce.number().int("must be a whole number").min(0, "must be 0–65535").max(65535, "must be 0–65535");

export const serverEnvSchema = z.object({
  PORT: port.default(8080),
  HOST: z.string().min(1, "must not be empty").default("127.0.0.1"),
  ATLAS_CYPHER_TIMEOUT_MS: z.coerce
    .number()
    .int("must be a whole number")
    .min(100, "must be at least 100")
    .max(600_000, "must be at most 600000")
    .default(5000),
  ATLAS_CYPHER_ROW_CAP: z.coerce
    .number()
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(100_000, "must be at most 100000")
    .default(5000),
  ATLAS_CORS_ORIGIN: z.url("must be an origin like https://example.org").optional(),
});

export type ServerConfig = z.infer<typeof serverEnvSchema>;

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
