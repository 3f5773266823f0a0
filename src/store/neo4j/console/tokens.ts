/**
 * Lock 2 of the read-only console: a look at the query through a real Cypher lexer (the one the
 * editor uses, @neo4j-cypher/antlr4), never hand-written comment or string stripping. It finds
 * every call of a namespaced name — `CALL db.labels()`, `apoc.text.join(…)` — so that procedures
 * outside the allowlist and functions that are not built into Neo4j (plugins such as APOC) are
 * refused before anything runs. Strings, comments and quoted names are tokens of their own, so a
 * name inside them is never mistaken for a call, and a URL inside a string is just a string.
 */
import { ForbiddenQueryError } from "./errors.ts";
import { CypherLexer, cypherTokens, type Token } from "./lexer.ts";
import { ALLOWED_PROCEDURES } from "./plan.ts";

export interface NamespacedCall {
  name: string;
  /** Preceded by CALL: a procedure; otherwise a function. */
  procedure: boolean;
}

const isNamePart = (t: Token | undefined) => t !== undefined && /^(?:[A-Za-z_][\w]*|`[^`]*`)$/.test(t.text);

/** Every `a.b(…)`-shaped call in the query, in order. */
export function namespacedCalls(query: string): NamespacedCall[] {
  const tokens = cypherTokens(query);
  const calls: NamespacedCall[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]?.text !== "(") continue;
    // Walk back over name ( . name )*.
    let j = i - 1;
    const parts: string[] = [];
    while (isNamePart(tokens[j])) {
      parts.unshift((tokens[j] as Token).text.replace(/`/g, ""));
      if (tokens[j - 1]?.text !== ".") break;
      j -= 2;
    }
    if (parts.length < 2) continue;
    const before = tokens[j - 1];
    calls.push({ name: parts.join("."), procedure: before?.type === CypherLexer.CALL });
  }
  return calls;
}

/**
 * Throws ForbiddenQueryError for a procedure outside the allowlist or a namespaced function that
 * is not one of Neo4j's built-in functions (`builtInFunctions`, lower-cased, from SHOW FUNCTIONS).
 */
export function checkCalls(query: string, builtInFunctions: ReadonlySet<string>): void {
  for (const call of namespacedCalls(query)) {
    if (call.procedure) {
      if (!ALLOWED_PROCEDURES.has(call.name))
        throw new ForbiddenQueryError(
          `refused: the procedure ${call.name} is not allowed here; allowed: ${[...ALLOWED_PROCEDURES].join(", ")}`,
        );
    } else if (!builtInFunctions.has(call.name.toLowerCase())) {
      throw new ForbiddenQueryError(`refused: ${call.name} is not one of Neo4j's built-in functions; this console allows only those`);
    }
  }
}
