/** Two or three ISCMs side by side: shared and distinct members, Jaccard, themes, secretariats, cooperation, synergy score. */

import { rowsOf } from "../../analyses/run.ts";
import type { GraphNode } from "../../model/graph.ts";
import { citationsOf } from "../../model/source.ts";
import { edgesHeldAt } from "../../model/time.ts";
import { type Content, type Fact, Notes, type ProfileDocument, type Section } from "../document.ts";
import { PAGE_TEXT } from "../i18n.ts";
import { byId, type Context, entityLink, explorerHref, nameOf, relationshipCell, shortName } from "./shared.ts";

/** Two or three ISCMs side by side: shared and distinct members, Jaccard, themes, secretariats, cooperation, synergy score. */
export async function compareProfile(ctx: Context, iscms: GraphNode[]): Promise<ProfileDocument> {
  const { dataset, day, asked } = ctx;
  const nodes = byId(dataset);
  const notes = new Notes(dataset.sources, ctx.lang);
  const ids = iscms.map((n) => n.id);
  const [a, b, c] = ids as [string, string, string | undefined];
  const [overlap] = await rowsOf(ctx.store, "iscm-overlap", { a, b, ...(c ? { c } : {}), asOf: day });
  // iscm-overlap answers one row for any two or three known ISCMs (the caller resolved them).
  if (!overlap) throw new Error(`iscm-overlap gave no row for ${ids.join(", ")}`);
  const synergy = await rowsOf(ctx.store, "synergy-candidates", { asOf: day });
  const heldEdges = edgesHeldAt(dataset.edges, day);
  const themesOf = (id: string) => new Set(heldEdges.filter((e) => e.type === "FOCUSES_ON" && e.source === id).map((e) => e.target));
  const themeSets = ids.map(themesOf);
  const sharedThemes = [...(themeSets[0] ?? [])].filter((t) => themeSets.every((s) => s.has(t))).sort();
  const names = ids.map((id) => shortName(nodes.get(id), id));
  const stateList = (list: string[]): Content =>
    list.length === 0 ? ["none"] : list.flatMap((s, i) => [...(i ? [", "] : []), entityLink(nodes, s, asked)]);
  const facts: Fact[] = [
    { term: "Member States", value: [ids.map((_id, k) => `${names[k]}: ${overlap.memberCounts[k]}`).join(" · ")] },
    { term: iscms.length === 2 ? "Shared by both" : "Shared by all three", value: [String(overlap.sharedCount)] },
    { term: "Jaccard index |A∩B|/|A∪B|", value: [overlap.jaccard.toFixed(3)] },
    { term: "Overlap coefficient |A∩B|/min(|A|,|B|)", value: [overlap.overlapCoefficient.toFixed(3)] },
    { term: "Shared Annex 10 themes", value: [sharedThemes.length ? sharedThemes.map((t) => nameOf(nodes.get(t), t)).join("; ") : "none"] },
  ];
  const pairs: [string, string][] = [];
  for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) pairs.push([ids[i] as string, ids[j] as string]);
  const cooperation: Content[] = pairs.map(([x, y]) => {
    const link = heldEdges.find(
      (e) => e.type === "COOPERATES_WITH" && ((e.source === x && e.target === y) || (e.source === y && e.target === x)),
    );
    const successor = heldEdges.find(
      (e) => e.type === "SUCCEEDS" && ((e.source === x && e.target === y) || (e.source === y && e.target === x)),
    );
    const row = synergy.find((r) => (r.a === x && r.b === y) || (r.a === y && r.b === x));
    const label = `${shortName(nodes.get(x), x)} – ${shortName(nodes.get(y), y)}: `;
    if (link)
      return [
        label,
        {
          text: `they cooperate${link.properties.basis === "inferred" ? " (inferred)" : ""}${link.properties.note ? ` — ${String(link.properties.note)}` : ""}`,
          cite: notes.cite(citationsOf(link.properties), link.properties.asOf),
        },
      ];
    if (successor)
      return [label, { text: "one succeeds the other", cite: notes.cite(citationsOf(successor.properties), successor.properties.asOf) }];
    return [
      label,
      row
        ? `no recorded cooperation; synergy score ${row.score.toFixed(3)} (synergy-candidates)`
        : "no recorded cooperation; not a synergy candidate (no shared members and themes, or not active)",
    ];
  });
  const secretariats: Content[] = ids.map((id, k) => {
    const list = heldEdges.filter((e) => e.type === "SECRETARIAT_OF" && e.target === id);
    return [
      `${names[k]}: `,
      ...(list.length
        ? list.flatMap((e, i) => [...(i ? [", "] : []), ...relationshipCell(ctx, notes, nodes, e, e.source)])
        : ["none recorded"]),
    ];
  });
  const only = [overlap.onlyA, overlap.onlyB, overlap.onlyC ?? []];
  const sections: Section[] = [
    { heading: "In figures", blocks: [{ kind: "facts", facts }] },
    {
      heading: `Shared member States (${overlap.sharedCount})`,
      blocks: [{ kind: "paragraph", content: stateList(overlap.shared) }],
    },
    ...ids.map((_id, k) => ({
      heading: `Only in ${names[k]} (${(only[k] ?? []).length})`,
      blocks: [{ kind: "paragraph" as const, content: stateList(only[k] ?? []) }],
    })),
    { heading: "Cooperation and synergy", blocks: [{ kind: "list", items: cooperation }] },
    { heading: "Secretariats", blocks: [{ kind: "list", items: secretariats }] },
    {
      heading: "Membership table",
      blocks: [
        {
          kind: "table",
          id: "membership",
          caption: PAGE_TEXT[ctx.lang].membersOfEach(day),
          columns: ["State", "ISO", ...names],
          rows: [...new Set(overlap.shared.concat(...only))]
            .sort((x, y) => nameOf(nodes.get(x), x).localeCompare(nameOf(nodes.get(y), y)))
            .map((s): Content[] => [
              [entityLink(nodes, s, asked)],
              [s],
              ...ids.map((id) => [heldEdges.some((e) => e.type === "MEMBER_OF" && e.source === s && e.target === id) ? "member" : ""]),
            ]),
        },
      ],
    },
  ];
  return {
    path: `/compare/${ids.join("/")}`,
    title: `${names.join(" and ")} compared`,
    description: PAGE_TEXT[ctx.lang].compareLead(names.join(", "), overlap.sharedCount, overlap.jaccard.toFixed(3), day),
    kind: "Comparison",
    asOf: day,
    explorerHref: explorerHref(`overlap=${ids.join(",")}`, asked),
    sections,
    footnotes: notes.list,
  };
}
