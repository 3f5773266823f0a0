/** A problem in one seed file, reported as `seed/iscms/x.json: members[12].state "XXX" is …`. */
export interface SeedIssue {
  file: string;
  path: string;
  message: string;
}

export function formatIssue(issue: SeedIssue): string {
  return `${issue.file}: ${issue.path ? `${issue.path} ` : ""}${issue.message}`;
}

/** `["members", 12, "state"]` → `members[12].state` */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out;
}

/** How many issues are printed before the rest is summarised by file. */
export const SHOWN_ISSUES = 100;

/**
 * The issues as lines: all of them when `max` is Infinity, otherwise the first `max` and one line
 * that counts the rest per file (a seed with 200,000 errors prints 101 lines, not 200,000).
 */
export function formatIssues(issues: SeedIssue[], max = SHOWN_ISSUES): string[] {
  const lines = issues.slice(0, max).map(formatIssue);
  const rest = issues.slice(max);
  if (rest.length > 0) {
    const perFile = new Map<string, number>();
    for (const issue of rest) perFile.set(issue.file, (perFile.get(issue.file) ?? 0) + 1);
    const files = [...perFile].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const listed = files
      .slice(0, 5)
      .map(([file, n]) => `${file} ${n.toLocaleString("en")}`)
      .join(", ");
    lines.push(
      `… and ${rest.length.toLocaleString("en")} more error${rest.length === 1 ? "" : "s"} in ${files.length} file${files.length === 1 ? "" : "s"} (${listed}${files.length > 5 ? ", …" : ""}); --all-errors lists them all`,
    );
  }
  return lines;
}

export class SeedValidationError extends Error {
  constructor(readonly issues: SeedIssue[]) {
    super(`the seed has ${issues.length} error${issues.length === 1 ? "" : "s"}:\n${formatIssues(issues).join("\n")}`);
    this.name = "SeedValidationError";
  }
}
