/**
 * A profile as a document: sections of facts, tables and paragraphs whose every fact cites
 * numbered footnotes. One model, rendered three ways — HTML on the server (render.tsx), Markdown
 * for pasting into briefs, CSV for its tables — so the three never disagree.
 */
import { csvField } from "../model/csv.ts";
import {
  type Citation,
  type CitationLanguage,
  citationAsOf,
  citationText,
  formatCitation,
  parseCitationKey,
  type SourceRecord,
} from "../model/source.ts";

/** A piece of text, optionally a link, optionally citing footnotes. */
export interface Inline {
  text: string;
  href?: string;
  cite?: number[];
}
export type Content = (string | Inline)[];

export interface Fact {
  term: string;
  value: Content;
}

export type Block =
  | { kind: "facts"; facts: Fact[] }
  | { kind: "table"; id: string; caption: string; columns: string[]; rows: Content[][] }
  | { kind: "paragraph"; content: Content }
  | { kind: "list"; items: Content[] }
  /** A drawing made on the server (the footprint map): HTML only; Markdown says where to see it. */
  | { kind: "figure"; svg: string; caption: string };

export interface Section {
  heading: string;
  blocks: Block[];
}

export interface Footnote {
  n: number;
  /** The citation as Markdown ("IOM, *Title*, 2019, line 1567. URL"), then "— as of …". */
  text: string;
  /** The same as plain text (CSV). */
  plain: string;
  /** The source's own address, if it has one. */
  href?: string;
  /** The source's page in the atlas: /source/<id>, every fact it supports. */
  sourceId: string;
  quote?: string;
}

export interface ProfileDocument {
  /** The page's path, e.g. /iscm/prague-process (Markdown at path + ".md", tables at path + "/<id>.csv"). */
  path: string;
  title: string;
  description: string;
  kind: string;
  /** The day the facts describe. */
  asOf: string;
  explorerHref: string;
  sections: Section[];
  footnotes: Footnote[];
}

/** Numbers footnotes in the order facts cite them; one number per source, locator, quote and as-of date. */
export class Notes {
  readonly #byKey = new Map<string, number>();
  readonly list: Footnote[] = [];
  readonly #sources: ReadonlyMap<string, SourceRecord>;
  readonly #lang: CitationLanguage;

  /** `lang`: the words of the citations themselves ("undated", "retrieved"…), the page's language. */
  constructor(sources: readonly SourceRecord[] | undefined, lang: CitationLanguage = "en") {
    this.#sources = new Map((sources ?? []).map((s) => [s.id, s]));
    this.#lang = lang;
  }

  /** Citations, or citation keys (`id`, `id @ locator`) as node properties hold them. */
  cite(citations: readonly (Citation | string)[], asOf?: string): number[] {
    return citations.map((input) => {
      const c = typeof input === "string" ? parseCitationKey(input) : input;
      const key = `${c.source}\u0000${c.at ?? ""}\u0000${c.quote ?? ""}\u0000${asOf ?? ""}`;
      const known = this.#byKey.get(key);
      if (known) return known;
      const n = this.list.length + 1;
      const source = this.#sources.get(c.source);
      const when = asOf ? ` — ${citationAsOf(this.#lang)} ${asOf}` : "";
      const { text, url } = source
        ? formatCitation(source, c.at, undefined, this.#lang)
        : { text: `${c.source}${c.at ? `, ${c.at}` : ""} (not in the source registry)`, url: undefined };
      const plainText = source ? citationText(source, c.at, this.#lang) : text;
      this.list.push({
        n,
        text: `${text}${when}`,
        plain: `${plainText}${when}`,
        sourceId: c.source,
        ...(url ? { href: url } : {}),
        ...(c.quote ? { quote: c.quote } : {}),
      });
      this.#byKey.set(key, n);
      return n;
    });
  }
}

const plain = (c: string | Inline): Inline => (typeof c === "string" ? { text: c } : c);

/** Plain text of content (CSV cells, titles). */
export function textOf(content: Content): string {
  return content
    .map(plain)
    .map((i) => i.text)
    .join("");
}

function markdownInline(content: Content, site: string): string {
  return content
    .map(plain)
    .map((i) => {
      const text = i.text.replace(/([|*_[\]`])/g, "\\$1");
      const link = i.href ? `[${text}](${i.href.startsWith("/") ? `${site}${i.href}` : i.href})` : text;
      return `${link}${i.cite?.length ? i.cite.map((n) => `[^${n}]`).join("") : ""}`;
    })
    .join("");
}

/** The profile as Markdown: headings, facts as a list, tables as pipe tables, footnotes at the end. */
/** The words a Markdown export uses around the facts; English unless a page's language gives others (profiles/i18n.ts). */
export interface MarkdownWords {
  heading: (heading: string) => string;
  term: (term: string) => string;
  asOf: string;
  openExplorer: string;
  sources: string;
  whatSourceSupports: string;
  mapOnPage: string;
}

export const ENGLISH_MARKDOWN: MarkdownWords = {
  heading: (h) => h,
  term: (t) => t,
  asOf: "As of",
  openExplorer: "Open in the ISCM Atlas explorer",
  sources: "Sources",
  whatSourceSupports: "what this source supports",
  mapOnPage: "map on the HTML page",
};

export function toMarkdown(doc: ProfileDocument, site: string, words: MarkdownWords = ENGLISH_MARKDOWN): string {
  const out: string[] = [
    `# ${doc.title}`,
    "",
    `${doc.description}`,
    "",
    `${words.asOf} ${doc.asOf}. [${words.openExplorer}](${site}${doc.explorerHref})`,
  ];
  for (const section of doc.sections) {
    out.push("", `## ${words.heading(section.heading)}`);
    for (const block of section.blocks) {
      out.push("");
      if (block.kind === "facts") for (const f of block.facts) out.push(`- **${words.term(f.term)}:** ${markdownInline(f.value, site)}`);
      else if (block.kind === "paragraph") out.push(markdownInline(block.content, site));
      else if (block.kind === "list") for (const item of block.items) out.push(`- ${markdownInline(item, site)}`);
      else if (block.kind === "figure") out.push(`*${block.caption} ([${words.mapOnPage}](${site}${doc.path}))*`);
      else {
        const columns = block.columns.map(words.term);
        out.push(`*${block.caption}*`, "", `| ${columns.join(" | ")} |`, `|${columns.map(() => "---").join("|")}|`);
        for (const row of block.rows) out.push(`| ${row.map((c) => markdownInline(c, site)).join(" | ")} |`);
      }
    }
  }
  if (doc.footnotes.length) {
    out.push("", `## ${words.sources}`, "");
    for (const f of doc.footnotes)
      out.push(
        `[^${f.n}]: ${f.text}${f.quote ? ` “${f.quote}”` : ""} ([${words.whatSourceSupports}](${site}/source/${encodeURIComponent(f.sourceId)}))`,
      );
  }
  return `${out.join("\n")}\n`;
}

/** One table of the profile as CSV (cells as plain text, footnote numbers in a last column). */
export function tableCsv(doc: ProfileDocument, tableId: string): string | undefined {
  for (const section of doc.sections)
    for (const block of section.blocks)
      if (block.kind === "table" && block.id === tableId) {
        const lines = [[...block.columns, "sources"].map(csvField).join(",")];
        for (const row of block.rows) {
          const notes = row.flatMap((cell) => cell.flatMap((c) => plain(c).cite ?? []));
          const sources = [...new Set(notes)].map((n) => doc.footnotes.find((f) => f.n === n)?.plain ?? "").join(" | ");
          lines.push([...row.map((cell) => textOf(cell)), sources].map(csvField).join(","));
        }
        return `${lines.join("\n")}\n`;
      }
  return undefined;
}

/** Every table of the profile: id and caption, for the page's download links. */
export function tablesOf(doc: ProfileDocument): { id: string; caption: string }[] {
  return doc.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === "table" ? [{ id: b.id, caption: b.caption }] : [])));
}
