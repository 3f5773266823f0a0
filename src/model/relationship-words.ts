/**
 * How people read a relationship, in one place for the explorer's details panel, the profile
 * pages and the CLI: the heading of a list of relationships, and how one is known.
 */
import type { NodeLabel } from "./vocabulary.ts";

/** Seen from the relationship's start ("Member of") and from its end ("Members"). */
const TITLES: Record<string, [outgoing: string, incoming: string]> = {
  MEMBER_OF: ["Member of", "Members"],
  OBSERVER_OF: ["Observer in", "Observers"],
  CHAIRS: ["Chairs", "Chair"],
  SECRETARIAT_OF: ["Secretariat of", "Secretariat"],
  PARTICIPATES_IN: ["Takes part in (not as member or observer)", "Participants and partners"],
  SUSPENDED_FROM: ["Suspended from", "Suspended members"],
  ASSOCIATED_WITH: ["Associated with", "Associated ISCMs"],
  COOPERATES_WITH: ["Cooperates with", "Cooperates with"],
  SUCCEEDS: ["Succeeds", "Succeeded by"],
  FOCUSES_ON: ["Themes (Annex 10)", "ISCMs working on it"],
};

/** A relationship type as seen from one end; a State's memberships of ISCMs and of unions are two lists. */
export function relationshipTitle(type: string, direction: "out" | "in", otherLabel?: NodeLabel | string): string {
  const [outgoing, incoming] = TITLES[type] ?? [type, type];
  if (direction === "in") return incoming;
  if (type === "MEMBER_OF") return `${outgoing} ${otherLabel === "RegionalUnion" ? "regional unions" : "ISCMs"}`;
  return outgoing;
}

/** "derived via eu", "inferred", or "" for what a source states. */
export function describeBasis(basis: unknown, via?: unknown): string {
  if (basis === "derived") return `derived${typeof via === "string" && via ? ` via ${via}` : ""}`;
  return basis === "inferred" ? "inferred" : "";
}

/** A relationship type read from its start: "Member of", "Chairs"; lowerCase: "member of". */
export function relationshipPhrase(type: string, lowerCase = true): string {
  const outgoing = type === "MEMBER_OF" ? "Member of" : (TITLES[type]?.[0] ?? type);
  return lowerCase ? outgoing.charAt(0).toLowerCase() + outgoing.slice(1) : outgoing;
}

/** A State's role in an ISCM, one word per relationship type (the membership table's `role`). */
export const ROLE_WORDS: Readonly<Record<string, string>> = {
  MEMBER_OF: "member",
  OBSERVER_OF: "observer",
  CHAIRS: "chair",
  SECRETARIAT_OF: "secretariat",
  PARTICIPATES_IN: "participant",
  SUSPENDED_FROM: "suspended member",
};
