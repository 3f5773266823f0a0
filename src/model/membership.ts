/**
 * What "current" means, in one place for the embedded analyses and the web app: a relationship
 * holds now when it has not ended (no `until`). Cypher's twin is the fragment `r.until IS NULL`,
 * which every query in cypher/queries/ uses for its MEMBER_OF relationships (checked by
 * tests/analyses/current.test.ts). The dated "as of" rule of the time work replaces both together.
 */
import type { RelationshipType } from "./vocabulary.ts";

/** Cypher's form of `isCurrent` for a relationship variable `r`. */
export const CURRENT_CYPHER = (r: string) => `${r}.until IS NULL`;

export function isCurrent(properties: Readonly<Record<string, unknown>>): boolean {
  return properties.until === undefined || properties.until === null;
}

/** A current membership: MEMBER_OF that has not ended. (Whether its source is a State is the caller's question.) */
export function isCurrentMembership(type: RelationshipType, properties: Readonly<Record<string, unknown>>): boolean {
  return type === "MEMBER_OF" && isCurrent(properties);
}
