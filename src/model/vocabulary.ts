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

/** Which labels each relationship may connect (source → target). */
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

/**
 * How a relationship is known: `stated` (a source says it), `derived` (it follows from another
 * fact — an EU member State sits on the EaP Panel's European side; `via` names the union and the
 * dates come from that membership), `inferred` (a curator's reading; `note` says why).
 */
export const BASES = ["stated", "derived", "inferred"] as const;
export type Basis = (typeof BASES)[number];

export const ISCM_TYPES = ["RCP", "IRF", "Global"] as const;
export const ISCM_STATUSES = ["active", "dormant", "merged", "ended"] as const;
