import { describeBasis } from "../../model/relationship-words.ts";
import { useT } from "../i18n.tsx";

/** How a relationship is known, when it is not simply stated: "derived via eu", "inferred" (the note says why). */
export function BasisBadge({ basis, via, note }: { basis: unknown; via?: unknown; note?: unknown }) {
  const { locale } = useT();
  const text = describeBasis(basis, via, locale);
  if (!text) return null;
  return (
    <span className={`basis basis-${basis}`} title={typeof note === "string" ? note : undefined} data-basis={basis}>
      {text}
    </span>
  );
}
