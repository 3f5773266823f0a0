/**
 * The "as of" control: a year slider and an exact date, both writing the view's `asOf` (in the
 * URL), which every view follows. Today is the default and is not written to the URL.
 */
import { asOfDay, today } from "../../model/time.ts";

const FIRST_YEAR = 2000;

export function AsOfControl({ asOf, onChange }: { asOf: string | null; onChange: (asOf: string | null) => void }) {
  const now = today();
  const day = asOfDay(asOf);
  const thisYear = Number(now.slice(0, 4));
  return (
    <fieldset className="as-of-control" aria-label="As of">
      <legend>As of</legend>
      <input
        type="range"
        aria-label="As of year"
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
        aria-label="As of date"
        min={`${FIRST_YEAR}-01-01`}
        max={now}
        value={day}
        onChange={(e) => onChange(e.target.value === "" || e.target.value === now ? null : e.target.value)}
      />
      <output data-testid="as-of-day" aria-live="polite">
        {asOf === null ? `today (${now})` : day}
      </output>
      {asOf !== null && (
        <button type="button" className="small" onClick={() => onChange(null)}>
          Today
        </button>
      )}
    </fieldset>
  );
}
