/**
 * Profile pages as HTML rendered on the server with React (renderToStaticMarkup): readable with
 * JavaScript off, printable (profile.css has an A4 print sheet), every fact with its numbered
 * footnote, and links to the explorer, the Markdown and the tables as CSV.
 */
import { renderToStaticMarkup } from "react-dom/server";
import { LOCALES, type Locale } from "../i18n/locale.ts";
import { CitationText } from "../web/components/CitationText.tsx";
import { type Block, type Content, type Footnote, type Inline, type ProfileDocument, tablesOf } from "./document.ts";
import { PAGE_WORDS, translateHeading, translateTerm } from "./i18n.ts";

const plain = (c: string | Inline): Inline => (typeof c === "string" ? { text: c } : c);

function Text({ content }: { content: Content }) {
  return (
    <>
      {content.map(plain).map((i, k) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: inline pieces have no identity but their place
        <span key={k}>
          {i.href ? <a href={i.href}>{i.text}</a> : i.text}
          {i.cite?.map((n) => (
            <sup key={n}>
              <a href={`#fn-${n}`} id={undefined} aria-label={`source ${n}`}>
                [{n}]
              </a>
            </sup>
          ))}
        </span>
      ))}
    </>
  );
}

function FootnoteText({ footnote: f, lang }: { footnote: Footnote; lang: Locale }) {
  return (
    <>
      <CitationText text={f.text} />
      {f.quote && <q className="quote">{f.quote}</q>}{" "}
      <a className="source-page" href={`/source/${encodeURIComponent(f.sourceId)}`}>
        {PAGE_WORDS[lang].whatSourceSupports}
      </a>
    </>
  );
}

function BlockView({ block, lang }: { block: Block; lang: Locale }) {
  if (block.kind === "facts")
    return (
      <dl className="facts">
        {block.facts.map((f) => (
          <div key={f.term}>
            <dt>{translateTerm(f.term, lang)}</dt>
            <dd>
              <Text content={f.value} />
            </dd>
          </div>
        ))}
      </dl>
    );
  if (block.kind === "paragraph")
    return (
      <p>
        <Text content={block.content} />
      </p>
    );
  if (block.kind === "figure")
    return (
      <figure className="figure">
        {/* The SVG is made on the server from the dataset and Natural Earth shapes, escaped there. */}
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: server-made SVG, no user input in it unescaped */}
        <div dangerouslySetInnerHTML={{ __html: block.svg }} />
        <figcaption>{block.caption}</figcaption>
      </figure>
    );
  if (block.kind === "list")
    return (
      <ul>
        {block.items.map((item, k) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: list items are in a fixed order
          <li key={k}>
            <Text content={item} />
          </li>
        ))}
      </ul>
    );
  return (
    <div className="table-wrap">
      <table id={`table-${block.id}`}>
        <caption>{block.caption}</caption>
        <thead>
          <tr>
            {block.columns.map((c) => (
              <th key={c} scope="col">
                {translateTerm(c, lang)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {block.rows.map((row, r) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are in a fixed order
            <tr key={r}>
              {row.map((cell, c) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: cells are in column order
                <td key={c}>
                  <Text content={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** "How to cite": the citation line, selected whole by one click (to copy). */
function HowToCite({ citation, lang }: { citation: string; lang: Locale }) {
  return (
    <section className="cite" aria-labelledby="how-to-cite">
      <h2 id="how-to-cite">{PAGE_WORDS[lang].howToCite}</h2>
      <p>
        <code data-testid="citation" style={{ userSelect: "all" }}>
          {citation}
        </code>
      </p>
    </section>
  );
}

/** An address in `lang` (English: no `lang`); `keepDate`: with the page's date (its language links). */
function hrefIn(doc: ProfileDocument, href: string, lang: Locale, keepDate = false): string {
  if (lang === "en" && !keepDate) return href; // English pages' links as they were
  const [path = "", query = ""] = href.split("?");
  const params = new URLSearchParams(query);
  if (keepDate && doc.asOf && path === doc.path) params.set("asOf", doc.asOf);
  if (lang === "en") params.delete("lang");
  else params.set("lang", lang);
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/** Autonyms: each language named in itself. */
const AUTONYMS: Record<Locale, string> = { en: "English", fr: "Français", es: "Español" };

function Page({
  doc,
  status,
  citation,
  jsonLd,
  lang = "en",
}: {
  doc: ProfileDocument;
  status?: string;
  citation?: string;
  jsonLd?: string;
  lang?: Locale;
}) {
  const asOfParam = doc.asOf;
  const w = PAGE_WORDS[lang];
  return (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${doc.title} — ISCM Atlas`}</title>
        <meta name="description" content={doc.description} />
        <link rel="stylesheet" href="/profile.css" />
        {LOCALES.map((l) => (
          <link key={l} rel="alternate" hrefLang={l} href={hrefIn(doc, doc.path, l)} />
        ))}
        <link rel="alternate" hrefLang="x-default" href={hrefIn(doc, doc.path, "en")} />
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: JSON with "<" escaped (release/jsonld.ts) */}
        {jsonLd && <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />}
      </head>
      <body>
        <a className="skip" href="#main">
          {w.skip}
        </a>
        <header className="site no-print">
          <nav aria-label="Site">
            <a href={hrefIn(doc, "/profiles", lang)}>{w.allProfiles}</a> ·{" "}
            <a href={hrefIn(doc, doc.explorerHref, lang)}>{w.openExplorer}</a>
          </nav>
          <nav aria-label={w.language} className="languages">
            {LOCALES.map((l, i) => (
              <span key={l}>
                {i > 0 && " · "}
                <a href={hrefIn(doc, doc.path, l, true)} hrefLang={l} lang={l} aria-current={l === lang ? "page" : undefined}>
                  {AUTONYMS[l]}
                </a>
              </span>
            ))}
          </nav>
        </header>
        <main id="main">
          <p className="kind">{doc.kind}</p>
          <h1>{doc.title}</h1>
          <p className="lead">{doc.description}</p>
          {doc.asOf && (
            <p className="as-of">
              {w.factsAsOf} <strong data-testid="as-of">{doc.asOf}</strong>. {w.everyFact}
            </p>
          )}
          {status !== "index" && (
            <div className="tools no-print">
              <form method="get" action={doc.path}>
                {lang !== "en" && <input type="hidden" name="lang" value={lang} />}
                <label>
                  {w.asOf} <input name="asOf" defaultValue={asOfParam} pattern="\d{4}(-\d{2}(-\d{2})?)?" size={10} />
                </label>{" "}
                <button type="submit">{w.show}</button>
              </form>
              <p>
                {w.download} <a href={`${doc.path}.md${doc.asOf ? `?asOf=${doc.asOf}` : ""}`}>Markdown</a>
                {tablesOf(doc).map((t) => (
                  <span key={t.id}>
                    {" "}
                    · <a href={`${doc.path}/${t.id}.csv${doc.asOf ? `?asOf=${doc.asOf}` : ""}`}>{t.caption} (CSV)</a>
                  </span>
                ))}
              </p>
            </div>
          )}
          {doc.sections.map((s) => (
            <section key={s.heading}>
              <h2>{translateHeading(s.heading, lang)}</h2>
              {s.blocks.map((b, k) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: blocks are in a fixed order
                <BlockView key={k} block={b} lang={lang} />
              ))}
            </section>
          ))}
          {doc.footnotes.length > 0 && (
            <section className="footnotes">
              <h2>{w.sources}</h2>
              <ol>
                {doc.footnotes.map((f) => (
                  <li key={f.n} id={`fn-${f.n}`} value={f.n}>
                    <FootnoteText footnote={f} lang={lang} />
                  </li>
                ))}
              </ol>
            </section>
          )}
          {citation && <HowToCite citation={citation} lang={lang} />}
        </main>
        <footer className="site">
          <p>{w.footer}</p>
        </footer>
      </body>
    </html>
  );
}

/** A profile page; `citation` (release/citation.ts) adds its "How to cite" block, `jsonLd` (release/jsonld.ts) its linked data. */
export function renderProfile(doc: ProfileDocument, status?: "index", citation?: string, jsonLd?: string, lang: Locale = "en"): string {
  return `<!doctype html>${renderToStaticMarkup(<Page doc={doc} status={status} citation={citation} jsonLd={jsonLd} lang={lang} />)}`;
}

const EMBED_CSS = `
body.embed { margin: 0; }
body.embed main { max-width: none; padding: .5rem .75rem; }
body.embed h1 { font-size: 1.3rem; margin: 0 0 .25rem; }
body.embed h2 { font-size: 1rem; margin-top: .75rem; }
body.embed .figure svg { max-width: 100%; }
body.embed footer { font-size: .8rem; color: #444; border-top: 1px solid #ddd; margin-top: .75rem; }
`;

export interface EmbedView {
  title: string;
  kind: string;
  /** The day shown (YYYY-MM-DD). */
  asOf: string;
  sections: { heading?: string; blocks: Block[] }[];
  /** The full view (absolute URL). */
  fullHref: string;
  citation: string;
}

/** A read-only view for an iframe: the blocks, the as-of day, the citation line and a link to the full view; links open outside the frame. */
export function renderEmbed(view: EmbedView): string {
  return `<!doctype html>${renderToStaticMarkup(
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${view.title} — ISCM Atlas`}</title>
        <base target="_blank" />
        <link rel="stylesheet" href="/profile.css" />
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: a constant stylesheet */}
        <style dangerouslySetInnerHTML={{ __html: EMBED_CSS }} />
      </head>
      <body className="embed">
        <main>
          <p className="kind">{view.kind}</p>
          <h1>{view.title}</h1>
          <p className="as-of">
            As of <strong data-testid="as-of">{view.asOf}</strong>
          </p>
          {view.sections.map((s, k) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: sections are in a fixed order
            <section key={k}>
              {s.heading && <h2>{s.heading}</h2>}
              {s.blocks.map((b, j) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: blocks are in a fixed order
                <BlockView key={j} block={b} lang="en" />
              ))}
            </section>
          ))}
          <footer>
            <p data-testid="citation">{view.citation}</p>
            <p>
              <a href={view.fullHref} rel="noopener" data-testid="full-view">
                Full view, with every source, in the ISCM Atlas
              </a>
            </p>
          </footer>
        </main>
      </body>
    </html>,
  )}`;
}

/** A page that says why there is no profile here: its status as the kind, a title, a sentence, and links onward. */
export function renderMessagePage(page: {
  status: number;
  title: string;
  description: string;
  heading: string;
  links: { text: string; href: string }[];
}): string {
  const doc: ProfileDocument = {
    path: "/profiles",
    title: page.title,
    description: page.description,
    kind: String(page.status),
    asOf: "",
    explorerHref: "/",
    sections: [{ heading: page.heading, blocks: [{ kind: "list", items: page.links.map((s) => [s]) }] }],
    footnotes: [],
  };
  return `<!doctype html>${renderToStaticMarkup(<Page doc={doc} status="index" />)}`;
}

const BROWSE = { text: "every ISCM, State, union and organization", href: "/profiles" };

/** A 404 that helps: the closest names, as links to their pages. */
export function renderNotFound(what: string, suggestions: { text: string; href: string }[]): string {
  return renderMessagePage({
    status: 404,
    title: "Not found",
    description: `No profile for ${what}.`,
    heading: suggestions.length ? "Did you mean" : "Browse instead",
    links: suggestions.length ? suggestions : [BROWSE],
  });
}

/** A request the server cannot answer (400 bad input, 503 database unavailable…), as a page for people. */
export function renderErrorPage(status: number, title: string, description: string): string {
  return renderMessagePage({ status, title, description, heading: "Browse instead", links: [BROWSE] });
}
