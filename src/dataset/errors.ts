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

export class SeedValidationError extends Error {
  constructor(readonly issues: SeedIssue[]) {
    super(`the seed has ${issues.length} error${issues.length === 1 ? "" : "s"}:\n${issues.map(formatIssue).join("\n")}`);
    this.name = "SeedValidationError";
  }
}
