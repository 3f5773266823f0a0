/** How a relationship is known, when it is not simply stated: "derived via EU", "inferred" (the note says why). */
export function BasisBadge({ basis, via, note }: { basis: unknown; via?: unknown; note?: unknown }) {
  if (basis !== "derived" && basis !== "inferred") return null;
  const text = basis === "derived" ? `derived${typeof via === "string" ? ` via ${via}` : ""}` : "inferred";
  return (
    <span className={`basis basis-${basis}`} title={typeof note === "string" ? note : undefined} data-basis={basis}>
      {text}
    </span>
  );
}
