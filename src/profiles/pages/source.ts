/** A source's page: its record and every fact it supports, with the words it supports them by. */
import { factsCiting } from "../../dataset/source-mix.ts";
import type { Dataset } from "../../model/graph.ts";
import { describeBasis } from "../../model/relationship-words.ts";
import { citationText, type SourceRecord } from "../../model/source.ts";
import { describeInterval } from "../../model/time.ts";
import type { Content, Fact, ProfileDocument } from "../document.ts";

import { byId, entityLink } from "./shared.ts";

/** A source's page: what it is, cited as a report cites it, and every fact of the atlas it supports, with the words that support it. */
export function sourceDocument(dataset: Dataset, source: SourceRecord, day: string, asked: string | null): ProfileDocument {
  const nodes = byId(dataset);
  const link = (id: string) => entityLink(nodes, id, asked);
  const facts = factsCiting(dataset, source.id);
  const s = source;
  const sheet: Fact[] = [
    { term: "Citation", value: [citationText(s)] },
    { term: "Publisher", value: [s.publisher ?? (s.copyOf ? `${s.copyOf.publisher} (the original's)` : "not known")] },
    {
      term: "Title",
      value: [
        s.title ??
          (s.description
            ? `[${s.description}] (the page shows no title; a curator's description)`
            : s.url
              ? "untitled web page (the title is not recorded)"
              : "untitled"),
      ],
    },
    { term: "Published", value: [s.published ?? "undated"] },
    { term: "Kind", value: [`${s.kind}${s.compilation ? " (a compilation: never a source on its own)" : ""}`] },
    ...(s.copyOf
      ? [
          {
            term: "Copy of",
            value: [
              `${s.copyOf.publisher}, ${s.copyOf.title ?? "untitled"}, ${s.copyOf.published ?? "undated"}`,
              ...(s.copyOf.url ? [" ", { text: s.copyOf.url, href: s.copyOf.url }] : []),
            ],
          },
        ]
      : []),
    ...(s.url ? [{ term: "Address", value: [{ text: s.url, href: s.url }] }] : []),
    ...(s.document ? [{ term: "Seed document", value: [s.document] }] : []),
    ...(s.retrieved ? [{ term: "Retrieved", value: [s.retrieved] }] : []),
    ...(s.language ? [{ term: "Language", value: [s.language] }] : []),
    ...(s.note ? [{ term: "Note", value: [s.note] }] : []),
  ];
  const whatWords = { relationship: "", start: " (its start)", end: " (its end)" } as const;
  return {
    path: `/source/${encodeURIComponent(s.id)}`,
    title: s.copyOf
      ? `${s.copyOf.title ?? "Untitled document"} (a copy at ${s.url ? new URL(s.url).host : "an unknown address"})`
      : (s.title ??
        `${s.publisher ?? (s.url ? new URL(s.url).host : s.id)}: ${s.description ? `[${s.description}]` : "untitled web page"}`),
    description: `${citationText(s)} — supports ${facts.length} fact${facts.length === 1 ? "" : "s"} of the ISCM Atlas.`,
    kind: "Source",
    asOf: day,
    explorerHref: "/",
    sections: [
      { heading: "The source", blocks: [{ kind: "facts", facts: sheet }] },
      {
        heading: `Facts it supports (${facts.length})`,
        blocks: [
          facts.length
            ? {
                kind: "table",
                id: "facts",
                caption: `Every relationship that cites ${s.id}, with where and the words of the source`,
                columns: ["From", "Relationship", "To", "Interval", "Where", "Quote"],
                rows: facts.map(({ edge: e, what, at, quote }): Content[] => [
                  [link(e.source)],
                  [
                    `${e.type}${whatWords[what]}${describeBasis(e.properties.basis, e.properties.via) ? ` — ${describeBasis(e.properties.basis, e.properties.via)}` : ""}`,
                  ],
                  [link(e.target)],
                  [describeInterval(e.properties as Parameters<typeof describeInterval>[0])],
                  [at ?? "—"],
                  [quote ?? "—"],
                ]),
              }
            : { kind: "paragraph", content: ["No relationship cites this source; entities or dates may (see their pages)."] },
        ],
      },
    ],
    footnotes: [],
  };
}
