/**
 * The one vocabulary of node labels and relationship types. Loader, queries, API and UI
 * all import these names; nothing else spells them.
 */
export const NODE_LABELS = ["State", "ISCM", "Organization", "RegionalUnion", "Theme"] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const RELATIONSHIP_TYPES = [
  "MEMBER_OF",
  "OBSERVER_OF",
  "SECRETARIAT_OF",
  "CHAIRS",
  "ASSOCIATED_WITH",
  "COOPERATES_WITH",
  "FOCUSES_ON",
  "SUCCEEDS",
  "SUSPENDED_FROM",
  "PARTICIPATES_IN",
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/**
 * Which labels each relationship may connect (source → target). The build refuses an edge
 * outside it (`endpointViolations`), so the seed schemas, the build and this table cannot drift.
 */
export const RELATIONSHIP_ENDPOINTS: Record<
  RelationshipType,
  { from: readonly NodeLabel[]; to: readonly NodeLabel[]; undirected?: boolean }
> = {
  MEMBER_OF: { from: ["State", "Organization"], to: ["ISCM", "RegionalUnion"] },
  OBSERVER_OF: { from: ["State", "Organization", "RegionalUnion"], to: ["ISCM"] },
  SECRETARIAT_OF: { from: ["Organization", "State"], to: ["ISCM"] },
  CHAIRS: { from: ["State", "Organization"], to: ["ISCM"] },
  ASSOCIATED_WITH: { from: ["ISCM"], to: ["RegionalUnion", "Organization"] },
  // Undirected in meaning: stored once per pair, from the ISCM (or the smaller id of two ISCMs).
  COOPERATES_WITH: { from: ["ISCM"], to: ["ISCM", "Organization", "RegionalUnion"], undirected: true },
  FOCUSES_ON: { from: ["ISCM"], to: ["Theme"] },
  SUCCEEDS: { from: ["ISCM"], to: ["ISCM"] },
  // A membership set aside for a time (Belarus and the Eastern Partnership, AU suspensions).
  SUSPENDED_FROM: { from: ["State"], to: ["ISCM", "RegionalUnion"] },
  // Attendance or partnership that the source does not call membership or observer status.
  PARTICIPATES_IN: { from: ["State", "Organization", "RegionalUnion"], to: ["ISCM"] },
};

/** The edges whose ends are not of the labels RELATIONSHIP_ENDPOINTS allows for their type, described. */
export function endpointViolations(
  edges: Iterable<{ type: RelationshipType; source: string; target: string }>,
  labelOf: (id: string) => NodeLabel | undefined,
): string[] {
  const out: string[] = [];
  for (const e of edges) {
    const allowed = RELATIONSHIP_ENDPOINTS[e.type];
    const from = labelOf(e.source);
    const to = labelOf(e.target);
    if (!from || !to || !allowed.from.includes(from) || !allowed.to.includes(to))
      out.push(
        `${e.type} ${e.source} (${from ?? "unknown"}) → ${e.target} (${to ?? "unknown"}): ${e.type} goes from ${allowed.from.join(" or ")} to ${allowed.to.join(" or ")}`,
      );
  }
  return out;
}

/**
 * A member State of a mechanism or union: a MEMBER_OF whose source is a State (an organization
 * that is a member is not a member State). The one definition; whether it holds on a day, and
 * whether a suspension sets it aside, is time.ts's (`edgesHeldAt`).
 */
export function isStateMembership(type: string, sourceLabel: string | undefined): boolean {
  return type === "MEMBER_OF" && sourceLabel === "State";
}

/**
 * How a relationship is known: `stated` (a source says it), `derived` (it follows from another
 * fact — an EU member State sits on the EaP Panel's European side; `via` names the union and the
 * dates come from that membership), `inferred` (a curator's reading; `note` says why).
 */
export const BASES = ["stated", "derived", "inferred"] as const;
export type Basis = (typeof BASES)[number];

export const ISCM_TYPES = ["RCP", "IRF", "Global"] as const;
export const ISCM_STATUSES = ["active", "dormant", "merged", "ended"] as const;
