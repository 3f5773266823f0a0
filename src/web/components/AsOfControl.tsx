/**
 * The "as of" control: a year slider and an exact date, both writing the view's `asOf` (in the
 * URL), which every view follows. Today is the default and is not written to the URL.
 */
import { asOfDay, today } from "../../model/time.ts";
import { useT } from "../i18n.tsx";

const FIRST_YEAR = 2000;

export function AsOfControl({ asOf, onChange }: { asOf: string | null; onChange: (asOf: string | null) => void }) {
  const { t, intl } = useT();
  const now = today();
  // The day in the interface's language (Intl); the ISO day stays in the element's dateTime.
  const long = (d: string) => intl.formatDate(`${d}T00:00:00Z`, { dateStyle: "long", timeZone: "UTC" });
  const day = asOfDay(asOf);
  const thisYear = Number(now.slice(0, 4));
  return (
    <fieldset className="as-of-control" aria-label={t("asOf.legend")}>
      <legend>{t("asOf.legend")}</legend>
      <input
        type="range"
        aria-label={t("asOf.year")}
        min={FIRST_YEAR}
        max={thisYear}
        step={1}
        value={Number(day.slice(0, 4))}
        onChange={(e) => {
          const year = Number(e.target.value);
          // The end of a past year; this year means today, not 31 December.
          onChange(year >= thisYear ? null : String(year));
        }}
      />
      <input
        type="date"
        aria-label={t("asOf.date")}
        min={`${FIRST_YEAR}-01-01`}
        max={now}
        value={day}
        onChange={(e) => onChange(e.target.value === "" || e.target.value === now ? null : e.target.value)}
      />
      <output data-testid="as-of-day" aria-live="polite">
        <time dateTime={day}>{asOf === null ? t("asOf.today", { date: long(now) }) : long(day)}</time>
      </output>
      {asOf !== null && (
        <button type="button" className="small" onClick={() => onChange(null)}>
          {t("asOf.todayButton")}
        </button>
      )}
    </fieldset>
  );
}
