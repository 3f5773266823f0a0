import { useT } from "../i18n.tsx";

/** The full membership table as of the explorer's day (GET /api/membership), as CSV or XLSX, and what its columns mean. */
export function MembershipDownloads({ day }: { day: string }) {
  const { t } = useT();
  const href = (format: "csv" | "xlsx") => `/api/membership?asOf=${day}&format=${format}`;
  return (
    <details className="membership-downloads">
      <summary>{t("membership.title")}</summary>
      <p className="hint">{t("membership.hint", { day })}</p>
      <p>
        <a href={href("csv")} download>
          {t("membership.csv")}
        </a>{" "}
        ·{" "}
        <a href={href("xlsx")} download>
          {t("membership.xlsx")}
        </a>{" "}
        · <a href="/data-dictionary">{t("membership.dictionary")}</a>
      </p>
    </details>
  );
}
