/**
 * Profile pages as HTML rendered on the server with React (renderToStaticMarkup): readable with
 * JavaScript off, printable (profile.css has an A4 print sheet), every fact with its numbered
 * footnote, and links to the explorer, the Markdown and the tables as CSV.
 */
import { renderToStaticMarkup } from "react-dom/server";
import { CitationText } from "../web/components/CitationText.tsx";
import { type Block, type Content, type Footnote, type Inline, type ProfileDocument, tablesOf } from "./document.ts";

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

function FootnoteText({ footnote: f }: { footnote: Footnote }) {
  return (
    <>
      <CitationText text={f.text} />
      {f.quote && <q className="quote">{f.quote}</q>}{" "}
      <a className="source-page" href={`/source/${encodeURIComponent(f.sourceId)}`}>
        what this source supports
      </a>
    </>
  );
}

function BlockView({ block }: { block: Block }) {
  if (block.kind === "facts")
    return (
      <dl className="facts">
        {block.facts.map((f) => (
          <div key={f.term}>
            <dt>{f.term}</dt>
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
                {c}
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

function Page({ doc, status }: { doc: ProfileDocument; status?: string }) {
  const asOfParam = doc.asOf;
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${doc.title} — ISCM Atlas`}</title>
        <meta name="description" content={doc.description} />
        <link rel="stylesheet" href="/profile.css" />
      </head>
      <body>
        <a className="skip" href="#main">
          Skip to the content
        </a>
        <header className="site no-print">
          <nav aria-label="Site">
            <a href="/profiles">ISCM Atlas — all profiles</a> · <a href={doc.explorerHref}>Open in the explorer</a>
          </nav>
        </header>
        <main id="main">
          <p className="kind">{doc.kind}</p>
          <h1>{doc.title}</h1>
          <p className="lead">{doc.description}</p>
          {doc.asOf && (
            <p className="as-of">
              Facts as of <strong data-testid="as-of">{doc.asOf}</strong>. Every fact cites its source below.
            </p>
          )}
          {status !== "index" && (
            <div className="tools no-print">
              <form method="get" action={doc.path}>
                <label>
                  As of <input name="asOf" defaultValue={asOfParam} pattern="\d{4}(-\d{2}(-\d{2})?)?" size={10} />
                </label>{" "}
                <button type="submit">Show</button>
              </form>
              <p>
                Download: <a href={`${doc.path}.md${doc.asOf ? `?asOf=${doc.asOf}` : ""}`}>Markdown</a>
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
              <h2>{s.heading}</h2>
              {s.blocks.map((b, k) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: blocks are in a fixed order
                <BlockView key={k} block={b} />
              ))}
            </section>
          ))}
          {doc.footnotes.length > 0 && (
            <section className="footnotes">
              <h2>Sources</h2>
              <ol>
                {doc.footnotes.map((f) => (
                  <li key={f.n} id={`fn-${f.n}`} value={f.n}>
                    <FootnoteText footnote={f} />
                  </li>
                ))}
              </ol>
            </section>
          )}
        </main>
        <footer className="site">
          <p>
            ISCM Atlas. The 2019 facts come from Annex 2 and Annex 10 of IOM's assessment report of inter-State consultation mechanisms on
            migration; later facts from the sources cited.
          </p>
        </footer>
      </body>
    </html>
  );
}

export function renderProfile(doc: ProfileDocument, status?: "index"): string {
  return `<!doctype html>${renderToStaticMarkup(<Page doc={doc} status={status} />)}`;
}

/** A 404 that helps: the closest names, as links to their pages. */
export function renderNotFound(what: string, suggestions: { text: string; href: string }[]): string {
  const doc: ProfileDocument = {
    path: "/profiles",
    title: "Not found",
    description: `No profile for ${what}.`,
    kind: "404",
    asOf: "",
    explorerHref: "/",
    sections: [
      {
        heading: suggestions.length ? "Did you mean" : "Browse instead",
        blocks: [
          {
            kind: "list",
            items: suggestions.length
              ? suggestions.map((s) => [s])
              : [[{ text: "every ISCM, State, union and organization", href: "/profiles" }]],
          },
        ],
      },
    ],
    footnotes: [],
  };
  return `<!doctype html>${renderToStaticMarkup(<Page doc={doc} status="index" />)}`;
}
