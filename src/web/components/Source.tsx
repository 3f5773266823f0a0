/**
 * A relationship's sources as a report cites them (model/source.ts, formatCitation — the same
 * words as the profile pages and the exports): numbered, each linking to the source's page
 * (/source/<id>, every fact it supports) with the source's own address and the quote beside it.
 */
import { type Citation, citationsOf, formatCitation, parseCitationKey, type SourceRecord } from "../../model/source.ts";
import { useGraph } from "../data.ts";
import { useT } from "../i18n.tsx";
import { CitationText } from "./CitationText.tsx";

export function SourceList({
  sources,
  properties,
  asOf,
  registry,
}: {
  /** Source ids or citation keys (`id @ locator`). */
  sources?: readonly string[];
  /** A relationship's properties: its sources with their locators and quotes. */
  properties?: Record<string, unknown>;
  asOf?: string;
  /** The source records; by default the graph's. */
  registry?: readonly SourceRecord[];
}) {
  const graph = useGraph();
  const { t, locale } = useT();
  const records = new Map((registry ?? graph.data?.sources ?? []).map((s) => [s.id, s]));
  const citations: Citation[] = properties ? citationsOf(properties) : (sources ?? []).map(parseCitationKey);
  return (
    <span className="sources">
      {asOf && <span className="as-of">{t("details.asOfDay", { day: asOf })}</span>}
      <details className="citations">
        <summary>{t("source.count", { count: citations.length })}</summary>
        <ol>
          {citations.map((c, i) => {
            const record = records.get(c.source);
            const text = record
              ? formatCitation(record, c.at, undefined, locale).text
              : `${c.source}${c.at ? `, ${c.at}` : ""} ${t("source.notInRegistry")}`;
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: one source may be cited twice with different locators
              <li key={`${c.source}-${i}`} data-source={c.source} data-kind={record?.kind}>
                <CitationText text={text} external />
                {c.quote && <q className="quote">{c.quote}</q>}{" "}
                <a className="source-page" href={`/source/${encodeURIComponent(c.source)}`}>
                  {t("source.supports")}
                </a>
              </li>
            );
          })}
        </ol>
      </details>
    </span>
  );
}
