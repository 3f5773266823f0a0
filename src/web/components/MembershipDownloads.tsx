/** The full membership table as of the explorer's day (GET /api/membership), as CSV or XLSX, and what its columns mean. */
export function MembershipDownloads({ day }: { day: string }) {
  const href = (format: "csv" | "xlsx") => `/api/membership?asOf=${day}&format=${format}`;
  return (
    <details className="membership-downloads">
      <summary>Membership table</summary>
      <p className="hint">
        Every relationship between a State and a mechanism as of {day}: role, dates, how it is known and its sources, with names and ids.
      </p>
      <p>
        <a href={href("csv")} download>
          Download CSV
        </a>{" "}
        ·{" "}
        <a href={href("xlsx")} download>
          Download XLSX
        </a>{" "}
        · <a href="/data-dictionary">What each column means</a>
      </p>
    </details>
  );
}
