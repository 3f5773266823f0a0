/**
 * Each registry entry against its Cypher twin: the header's name and parameters (names, order,
 * types) and the final RETURN's columns are the entry's, and every $parameter the query uses is
 * declared. A renamed parameter or column on either side fails here.
 */
import { describe, expect, it } from "vitest";
import { ANALYSES, type AnalysisDefinition, analysisCypher } from "../../src/analyses/registry.ts";

interface Header {
  name: string;
  params: { name: string; type: string }[];
  body: string;
}

function parseHeader(text: string): Header {
  const lines = text.split("\n");
  const name = /^\/\/ name: (\S+)/.exec(lines[0] ?? "")?.[1] ?? "";
  const params: Header["params"] = [];
  const at = lines.indexOf("// params:");
  for (const line of at < 0 ? [] : lines.slice(at + 1)) {
    const m = /^\/\/ {3}(\w+)\s+::\s+(\w+)/.exec(line);
    if (!m) break;
    params.push({ name: m[1] as string, type: m[2] as string });
  }
  return { name, params, body: lines.filter((l) => !l.startsWith("//")).join("\n") };
}

/** The aliases of the last RETURN clause, in order: `x.id AS a` → a, a bare `shared` → shared. */
function returnColumns(body: string): string[] {
  const start = body.lastIndexOf("\nRETURN ");
  let clause = body.slice(start + "\nRETURN ".length);
  const end = /\n(ORDER BY|SKIP|LIMIT)\b/.exec(clause);
  if (end) clause = clause.slice(0, end.index);
  const items: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of clause) {
    if ("([{".includes(ch)) depth++;
    if (")]}".includes(ch)) depth--;
    if (ch === "," && depth === 0) {
      items.push(current);
      current = "";
    } else current += ch;
  }
  items.push(current);
  return items.map((item) => {
    const alias = /\bAS\s+(\w+)\s*$/.exec(item.trim());
    return alias ? (alias[1] as string) : item.trim();
  });
}

const cypherType = (p: AnalysisDefinition["params"][number]) => (p.kind === "integer" ? "INTEGER" : "STRING");

describe.each((ANALYSES as readonly AnalysisDefinition[]).map((a) => [a.name, a] as const))("%s", (_name, entry) => {
  const header = parseHeader(analysisCypher(entry.name));

  it("its Cypher header names it and declares its parameters, in order, with their types", () => {
    expect(header.name).toBe(entry.name);
    expect(header.params).toEqual(entry.params.map((p) => ({ name: p.name, type: cypherType(p) })));
  });

  it("the query uses only declared parameters", () => {
    const used = new Set([...header.body.matchAll(/\$(\w+)/g)].map((m) => m[1]));
    for (const p of used) expect(entry.params.map((x) => x.name)).toContain(p);
  });

  it.skipIf(entry.noCypherTwin !== undefined)("the final RETURN has the entry's columns, in order", () => {
    expect(returnColumns(header.body)).toEqual(entry.columns);
  });

  it.runIf(entry.noCypherTwin !== undefined)("without a Cypher twin, its file is a header only and says why", () => {
    expect(header.body.trim()).toBe("");
    expect(analysisCypher(entry.name)).toContain("No Cypher query:");
  });
});
