/**
 * The profiles' facts: each page is built from the dataset as of its day (the same time rule as
 * every view, time.ts) and from the named analyses run on the store (the same numbers as the API
 * and the CLI: iscm-overlap, overlap-matrix, synergy-candidates, state-partners,
 * most-engaged-states, changes). Every fact cites its sources as numbered footnotes. One module
 * per kind of page in pages/; this file picks the page for a request.
 */
import type { Locale } from "../i18n/locale.ts";
import type { Dataset, GraphNode } from "../model/graph.ts";
import type { ProfileKind } from "../model/profile-paths.ts";
import type { GraphStore } from "../store/types.ts";
import type { ProfileDocument } from "./document.ts";

import { compareProfile } from "./pages/compare.ts";
import { entityProfile } from "./pages/entity.ts";
import { iscmProfile } from "./pages/iscm.ts";
import type { Context } from "./pages/shared.ts";
import { stateProfile } from "./pages/state.ts";

export { PROFILE_KINDS, type ProfileKind, profilePath } from "../model/profile-paths.ts";
export { currencyDocument } from "./pages/currency.ts";
export { indexDocument } from "./pages/index.ts";
export { sourceDocument } from "./pages/source.ts";

export async function buildProfile(
  store: GraphStore,
  dataset: Dataset,
  request: { kind: ProfileKind; node: GraphNode } | { kind: "compare"; nodes: GraphNode[] },
  day: string,
  asked: string | null,
  /** The page's language: the words around the facts (intervals, basis, changes) follow it. */
  lang: Locale = "en",
): Promise<ProfileDocument> {
  const ctx: Context = { store, dataset, day, asked, lang };
  if (request.kind === "compare") return compareProfile(ctx, request.nodes);
  if (request.kind === "iscm") return iscmProfile(ctx, request.node);
  if (request.kind === "state") return stateProfile(ctx, request.node);
  return entityProfile(ctx, request.node, request.kind);
}
