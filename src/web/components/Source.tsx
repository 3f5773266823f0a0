/** A source as the seed writes it: a link for URLs, the seed document and line otherwise. */
export function SourceList({ sources, asOf }: { sources: readonly string[]; asOf?: string }) {
  return (
    <span className="sources">
      {asOf && <span className="as-of">as of {asOf}</span>}
      {sources.map((s, i) =>
        /^https?:\/\//.test(s) ? (
          <a key={s} href={s} target="_blank" rel="noreferrer noopener" title={s}>
            [{i + 1}]
          </a>
        ) : (
          <span key={s} className="seed-source" title={`seed document ${s}`}>
            [{s.replace(/^(\d{3})_[0-9a-f]+\.txt/, "doc $1")}]
          </span>
        ),
      )}
    </span>
  );
}
