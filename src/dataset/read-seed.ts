/**
 * Reads seed/ from disk and checks every file against its zod schema. All problems of all
 * files are collected; a file with any problem contributes nothing to the result.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, relative } from "node:path";
import type { z } from "zod";
import {
  aliasesFileSchema,
  type ChangeLedger,
  changeLedgerSchema,
  type IscmFile,
  iscmFileSchema,
  type Organization,
  organizationsFileSchema,
  sourcesFileSchema,
  statesFileSchema,
  type ThemesFile,
  themesFileSchema,
  type UnionFile,
  unionFileSchema,
} from "../model/seed-schemas.ts";
import { formatPath, type SeedIssue } from "./errors.ts";
import { jsonLines } from "./json-lines.ts";

/** The files that passed their schema; a file that failed is absent (its issues say why). */
export interface SeedFiles {
  iscms: { file: string; data: IscmFile }[];
  unions: { file: string; data: UnionFile }[];
  organizations?: { file: string; data: Organization[] };
  themes?: { file: string; data: ThemesFile };
  sources?: { file: string; data: z.infer<typeof sourcesFileSchema> };
  states?: { file: string; data: z.infer<typeof statesFileSchema> };
  aliases?: { file: string; data: z.infer<typeof aliasesFileSchema> };
  changes?: { file: string; data: ChangeLedger };
}

export interface ReadResult {
  seed: SeedFiles;
  /** Ids of folder files that failed their schema: known to exist, so references to them do not cascade into more errors. */
  brokenIds: Map<string, "iscms" | "unions">;
  issues: SeedIssue[];
  /** Raw bytes of every file read, in a stable order: the dataset hash is taken over them. */
  contents: { file: string; text: string }[];
}

/** What a failed read means, in words: a bare ELOOP or EACCES helps nobody. */
function unreadable(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "is missing";
  if (code === "ELOOP") return "is a symbolic link that leads to itself (a link loop, ELOOP)";
  if (code === "EACCES" || code === "EPERM") return `cannot be read: permission denied (${code})`;
  if (code === "EISDIR") return "is a folder, not a file";
  return `cannot be read (${code ?? (e as Error).message})`;
}

/** JSON.parse's message with its character offset turned into line and column. */
export function jsonErrorAt(text: string, error: Error): string {
  const message = error.message.replace(/\s*\(line \d+ column \d+\)/, "");
  const m = /at position (\d+)/.exec(message);
  if (!m) return message;
  const offset = Number(m[1]);
  const before = text.slice(0, offset).split("\n");
  const line = before.length;
  const column = (before.at(-1)?.length ?? 0) + 1;
  return `line ${line}, column ${column}: ${message.replace(/\s*in JSON at position \d+/, "").replace(/^Unexpected/, "unexpected")}`;
}

export function readSeed(seedDir: string): ReadResult {
  const issues: SeedIssue[] = [];
  const brokenIds = new Map<string, "iscms" | "unions">();
  const contents: { file: string; text: string }[] = [];
  // Paths in messages start at the seed folder's own name, e.g. seed/iscms/prague-process.json.
  const display = (abs: string) => join(basename(seedDir), relative(seedDir, abs));

  function load<S extends z.ZodType>(abs: string, schema: S): z.infer<S> | undefined {
    const file = display(abs);
    let text: string;
    try {
      text = readFileSync(abs, "utf8");
    } catch (e) {
      issues.push({ file, path: "", message: unreadable(e) });
      return undefined;
    }
    contents.push({ file, text });
    // Editors on Windows may start a UTF-8 file with a byte-order mark; JSON.parse refuses it.
    const body = text.replace(/^\uFEFF/, "");
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch (e) {
      issues.push({ file, path: "", message: `is not valid JSON: ${jsonErrorAt(body, e as Error)}` });
      return undefined;
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      // The registry of sources is one long list: its issues also name the line of the record.
      const lines = file.endsWith("sources.json") ? jsonLines(body, 2) : undefined;
      for (const issue of parsed.error.issues) {
        const line = lines?.get(formatPath(issue.path.slice(0, 2)));
        issues.push({ file: line ? `${file}:${line}` : file, path: formatPath(issue.path), message: issue.message });
      }
      return undefined;
    }
    return parsed.data;
  }

  function loadFolder<S extends z.ZodType>(folder: "iscms" | "unions", schema: S) {
    const abs = join(seedDir, folder);
    let names: string[] = [];
    try {
      names = readdirSync(abs)
        .filter((n) => n.endsWith(".json"))
        .sort();
    } catch {
      issues.push({ file: display(abs), path: "", message: "folder is missing" });
    }
    const out: { file: string; data: z.infer<S> }[] = [];
    for (const name of names) {
      const path = join(abs, name);
      try {
        if (!statSync(path).isFile()) continue;
      } catch (e) {
        issues.push({ file: display(path), path: "", message: unreadable(e) });
        brokenIds.set(name.slice(0, -5), folder);
        continue;
      }
      const data = load(path, schema);
      if (data === undefined) {
        brokenIds.set(name.slice(0, -5), folder);
        continue;
      }
      const id = (data as { id: string }).id;
      if (`${id}.json` !== name) {
        issues.push({ file: display(path), path: "id", message: `"${id}" does not match the file name (expected ${name.slice(0, -5)})` });
        continue;
      }
      out.push({ file: display(path), data });
    }
    return out;
  }

  const iscms = loadFolder("iscms", iscmFileSchema);
  const unions = loadFolder("unions", unionFileSchema);
  const single = <S extends z.ZodType>(name: string, schema: S, optional = false) => {
    const path = join(seedDir, name);
    if (optional && !existsSync(path)) return undefined;
    const data = load(path, schema);
    return data === undefined ? undefined : { file: display(path), data };
  };
  const organizations = single("organizations.json", organizationsFileSchema);
  const themes = single("themes.json", themesFileSchema);
  const sources = single("sources.json", sourcesFileSchema);
  const states = single("states.json", statesFileSchema);
  const aliases = single("aliases.json", aliasesFileSchema);
  const changes = single("changes-since-2019.json", changeLedgerSchema, true);
  return { brokenIds, seed: { iscms, unions, organizations, themes, sources, states, aliases, changes }, issues, contents };
}
