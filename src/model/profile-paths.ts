/** Where an entity's profile page lives (the server renders it; the explorer links to it). */
import type { NodeLabel } from "./vocabulary.ts";

export const PROFILE_KINDS = { iscm: "ISCM", state: "State", organization: "Organization", union: "RegionalUnion" } as const;
export type ProfileKind = keyof typeof PROFILE_KINDS;

/** /iscm/prague-process, /state/MDA…; undefined for themes, which have no page. */
export function profilePath(node: { id: string; label: NodeLabel | string }): string | undefined {
  const kind = (Object.entries(PROFILE_KINDS) as [ProfileKind, NodeLabel][]).find(([, label]) => label === node.label)?.[0];
  return kind ? `/${kind}/${encodeURIComponent(node.id)}` : undefined;
}
