/** One spelling for comparing names: case, dashes and white space folded (AU–HoAI = au-hoai). */
export function normaliseName(name: string): string {
  return name
    .normalize("NFKC")
    .replace(/[\u2010-\u2015]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}
