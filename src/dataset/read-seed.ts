/**
 * Reads seed/ from disk and checks every file against its zod schema. All problems of all
 * files are collected; a file with any problem contributes nothing to the result.
 */
import { lstatSync, readdirSync, readFileSync, readlinkSync, statSync } from "node:fs";
import { basename, join, relative, sep } from "node:path";
import type { z } from "zod";
import {
  aliasesFileSchema,
  type ChangeLedger,
  changeLedgerSchema,
  type IscmFile,
  iscmFileSchema,
  namesFileSchema,
  type Organization,
  organizationsFileSchema,
  sourcesFileSchema,
  statesFileSchema,
  type ThemesFile,
  themesFileSchema,
  type UnionFile,
  unionFileSchema,
  wikidataFileSchema,
} from "../model/seed-schemas.ts";
import { formatPath, type SeedIssue } from "./errors.ts";
import { jsonLines } from "./json-lines.ts";

/**
 * The most one seed file may hold. The largest today (seed/iscms/gfmd.json) is under 100 kB; a
 * file many times this size is a mistake (a dump pasted in), and it is refused before it is read.
 */
export const MAX_SEED_FILE_BYTES = 4 * 1024 * 1024;

/** The files that passed their schema; a file that failed is absent (its issues say why). */
export interface SeedFiles {
  /** `name`: the file as the seed refers to it, `seed/iscms/<id>.json` whatever the folder is called (`file` is for messages). */
  iscms: { file: string; name: string; data: IscmFile }[];
  unions: { file: string; name: string; data: UnionFile }[];
  organizations?: { file: string; data: Organization[] };
  themes?: { file: string; data: ThemesFile };
  sources?: { file: string; data: z.infer<typeof sourcesFileSchema> };
  states?: { file: string; data: z.infer<typeof statesFileSchema> };
  aliases?: { file: string; data: z.infer<typeof aliasesFileSchema> };
  /** Sourced French and Spanish names, and search-only variants (optional: a test seed may have none). */
  names?: { file: string; data: z.infer<typeof namesFileSchema> };
  wikidata?: { file: string; data: z.infer<typeof wikidataFileSchema> };
  changes?: { file: string; data: ChangeLedger };
}

export interface ReadResult {
  seed: SeedFiles;
  /** Ids of folder files that failed their schema: known to exist, so references to them do not cascade into more errors. */
  brokenIds: Map<string, "iscms" | "unions">;
  issues: SeedIssue[];
  /** Raw bytes of every file read, in a stable order, under its name in the seed: the dataset hash is taken over them. */
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

/**
 * Why a seed path cannot be read as a file (or, `folder`, listed as a folder), judged from the
 * path itself, never through a link: a link is reported, never followed (a loop cannot trap the
 * reader, a link to a folder named x.json is not skipped in silence); a pipe is not read (it
 * would block); a file over MAX_SEED_FILE_BYTES is not read at all.
 */
function problemWith(abs: string, expected: "file" | "folder"): string | undefined {
  let stat: ReturnType<typeof lstatSync>;
  try {
    stat = lstatSync(abs);
  } catch (e) {
    return expected === "folder" && (e as NodeJS.ErrnoException).code === "ENOENT" ? "folder is missing" : unreadable(e);
  }
  if (stat.isSymbolicLink()) {
    try {
      statSync(abs);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ELOOP") return unreadable(e);
    }
    let target = "?";
    try {
      target = readlinkSync(abs);
    } catch {
      // gone meanwhile: the message still says what it was
    }
    return `is a symbolic link (to "${target}"), which the seed does not follow: put the ${expected} itself here`;
  }
  if (expected === "folder") return stat.isDirectory() ? undefined : "is not a folder";
  if (stat.isDirectory()) return "is a folder, not a file";
  if (!stat.isFile()) return "is not a regular file (a pipe, socket or device)";
  if (stat.size > MAX_SEED_FILE_BYTES) {
    const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
    return `is ${mib(stat.size)} (${stat.size.toLocaleString("en")} bytes), over the cap of ${mib(MAX_SEED_FILE_BYTES)} (${MAX_SEED_FILE_BYTES.toLocaleString("en")} bytes) for one seed file; it was not read`;
  }
  return undefined;
}

function present(abs: string): boolean {
  try {
    lstatSync(abs);
    return true;
  } catch {
    return false;
  }
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
  // Inside the seed (the change ledger's `file`, the dataset hash) a file is named as in the
  // repository, seed/…, whatever the folder is called on disk: a copy elsewhere is the same seed.
  const seedName = (abs: string) => ["seed", ...relative(seedDir, abs).split(sep)].join("/");

  function load<S extends z.ZodType>(abs: string, schema: S): z.infer<S> | undefined {
    const file = display(abs);
    const problem = problemWith(abs, "file");
    if (problem) {
      issues.push({ file, path: "", message: problem });
      return undefined;
    }
    let text: string;
    try {
      text = readFileSync(abs, "utf8");
    } catch (e) {
      issues.push({ file, path: "", message: unreadable(e) });
      return undefined;
    }
    contents.push({ file: seedName(abs), text });
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
    const problem = problemWith(abs, "folder");
    try {
      if (problem) throw new Error(problem);
      names = readdirSync(abs)
        .filter((n) => n.endsWith(".json"))
        .sort();
    } catch (e) {
      issues.push({ file: display(abs), path: "", message: problem ?? unreadable(e) });
    }
    const out: { file: string; name: string; data: z.infer<S> }[] = [];
    for (const name of names) {
      const path = join(abs, name);
      // Every *.json entry is read or reported (load checks links, folders and sizes first).
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
      out.push({ file: display(path), name: seedName(path), data });
    }
    return out;
  }

  const iscms = loadFolder("iscms", iscmFileSchema);
  const unions = loadFolder("unions", unionFileSchema);
  const single = <S extends z.ZodType>(name: string, schema: S, optional = false) => {
    const path = join(seedDir, name);
    // Absent is fine for an optional file; a dangling link in its place is there, and reported.
    if (optional && !present(path)) return undefined;
    const data = load(path, schema);
    return data === undefined ? undefined : { file: display(path), data };
  };
  const organizations = single("organizations.json", organizationsFileSchema);
  const themes = single("themes.json", themesFileSchema);
  const sources = single("sources.json", sourcesFileSchema);
  const states = single("states.json", statesFileSchema);
  const aliases = single("aliases.json", aliasesFileSchema);
  const changes = single("changes-since-2019.json", changeLedgerSchema, true);
  const names = single("names.json", namesFileSchema, true);
  const wikidata = single("wikidata.json", wikidataFileSchema, true);
  return {
    brokenIds,
    seed: { iscms, unions, organizations, themes, sources, states, aliases, changes, names, wikidata },
    issues,
    contents,
  };
}
