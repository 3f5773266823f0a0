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

/** What a relationship counts as in a State's engagement (most-engaged-states, shared-iscms, the map). */
export type EngagementRole = "member" | "observer" | "chair" | "secretariat";

/**
 * Each relationship type, declared once (in the spirit of FollowTheMoney's schema files): which
 * labels it connects (source → target; the build refuses an edge outside them,
 * `endpointViolations`), whether it is undirected in meaning, what it counts as in a State's
 * engagement, and its colour on the network. Its words in three languages are
 * model/relationship-words.ts (a test fails when a type lacks them); time bounds every type the
 * same way (time.ts), and SUSPENDED_FROM sets a MEMBER_OF aside.
 */
export const RELATIONSHIPS: Record<
  RelationshipType,
  { from: readonly NodeLabel[]; to: readonly NodeLabel[]; undirected?: boolean; engagement?: EngagementRole; color: string }
> = {
  MEMBER_OF: { from: ["State", "Organization"], to: ["ISCM", "RegionalUnion"], engagement: "member", color: "#c8ccd2" },
  OBSERVER_OF: { from: ["State", "Organization", "RegionalUnion"], to: ["ISCM"], engagement: "observer", color: "#9ecae1" },
  SECRETARIAT_OF: { from: ["Organization", "State"], to: ["ISCM"], engagement: "secretariat", color: "#000000" },
  CHAIRS: { from: ["State", "Organization"], to: ["ISCM"], engagement: "chair", color: "#D55E00" },
  ASSOCIATED_WITH: { from: ["ISCM"], to: ["RegionalUnion", "Organization"], color: "#8C6D31" },
  // Undirected in meaning: stored once per pair, from the ISCM (or the smaller id of two ISCMs).
  COOPERATES_WITH: { from: ["ISCM"], to: ["ISCM", "Organization", "RegionalUnion"], undirected: true, color: "#CC79A7" },
  FOCUSES_ON: { from: ["ISCM"], to: ["Theme"], color: "#e2e2e2" },
  SUCCEEDS: { from: ["ISCM"], to: ["ISCM"], color: "#009E73" },
  // A membership set aside for a time (Belarus and the Eastern Partnership, AU suspensions).
  SUSPENDED_FROM: { from: ["State"], to: ["ISCM", "RegionalUnion"], color: "#7f0000" },
  // Attendance or partnership that the source does not call membership or observer status.
  PARTICIPATES_IN: { from: ["State", "Organization", "RegionalUnion"], to: ["ISCM"], color: "#c7e9c0" },
};

/** The types that count in a State's engagement, in the table's order: MEMBER_OF, OBSERVER_OF, SECRETARIAT_OF, CHAIRS. */
export const ENGAGEMENT_TYPES = RELATIONSHIP_TYPES.filter((t) => RELATIONSHIPS[t].engagement !== undefined);

/** The edges whose ends are not of the labels RELATIONSHIP_ENDPOINTS allows for their type, described. */
export function endpointViolations(
  edges: Iterable<{ type: RelationshipType; source: string; target: string }>,
  labelOf: (id: string) => NodeLabel | undefined,
): string[] {
  const out: string[] = [];
  for (const e of edges) {
    const allowed = RELATIONSHIPS[e.type];
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
