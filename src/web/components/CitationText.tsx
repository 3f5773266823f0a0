/**
 * A citation's text (model/source.ts, formatCitation: "Publisher, *Title*, date. URL") as markup:
 * the title in <cite>, addresses as links. One component for the profile pages and the explorer.
 */
export function CitationText({ text, external = false }: { text: string; external?: boolean }) {
  const parts = text.split(/(\*[^*]+\*|https?:\/\/[^\s)]+)/).filter(Boolean);
  return (
    <>
      {parts.map((p, i) =>
        p.startsWith("*") && p.endsWith("*") ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts of one fixed string
          <cite key={i}>{p.slice(1, -1)}</cite>
        ) : /^https?:/.test(p) ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts of one fixed string
          <a key={i} href={p} {...(external ? { target: "_blank", rel: "noreferrer noopener" } : {})}>
            {p}
          </a>
        ) : (
          p
        ),
      )}
    </>
  );
}
