/** The /currency page: the currency analysis's findings, most urgent first. */
import { CURRENCY_ISSUES, type CurrencyFinding, STALE_AFTER_MONTHS } from "../../analyses/currency.ts";
import type { Dataset } from "../../model/graph.ts";
import { type Content, Notes, type ProfileDocument, type Section } from "../document.ts";

import { byId, entityLink, explorerHref } from "./shared.ts";

/** /currency: the `currency` analysis's findings as a page, most urgent first, each citing its sources. */
export function currencyDocument(findings: CurrencyFinding[], dataset: Dataset, day: string, asked: string | null): ProfileDocument {
  const nodes = byId(dataset);
  const notes = new Notes(dataset.sources);
  const sections: Section[] = CURRENCY_ISSUES.map((issue) => {
    const group = findings.filter((f) => f.issue === issue);
    return {
      heading: `${issue[0]?.toUpperCase()}${issue.slice(1)} (${group.length})`,
      blocks: [
        group.length
          ? {
              kind: "table" as const,
              id: issue.replaceAll(" ", "-"),
              caption: issue,
              columns: ["ISCM or union", "Aspect", "Confirmed as of", "Months", "Detail"],
              rows: group.map((f): Content[] => [
                [entityLink(nodes, f.entity, asked, true)],
                [f.aspect],
                [f.confirmedAsOf ?? "—"],
                [f.monthsOld === null ? "—" : String(f.monthsOld)],
                [{ text: f.detail, cite: notes.cite(f.sources) }],
              ]),
            }
          : { kind: "paragraph" as const, content: ["None."] },
      ],
    };
  });
  return {
    path: "/currency",
    title: `How current the atlas is on ${day}`,
    description: `What most needs a curator on ${day}: chairs past their term, unknown chairs, aspects last confirmed more than ${STALE_AFTER_MONTHS} months before, disagreements between sources.`,
    kind: "Currency",
    asOf: day,
    explorerHref: explorerHref("", asked),
    sections,
    footnotes: notes.list,
  };
}
