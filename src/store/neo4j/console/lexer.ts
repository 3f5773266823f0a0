/**
 * The Cypher lexer the editor uses (@neo4j-cypher/antlr4), for the console's checks (tokens.ts,
 * bounds.ts): a query as tokens, without spaces and comments. Loaded through its CommonJS build,
 * which plain Node can load too (its ES build needs a bundler or tsx): the server's modules are
 * also loaded by Vitest's config loader (vite.config.ts → dev.ts).
 */
import { createRequire } from "node:module";

type Lexer = typeof import("@neo4j-cypher/antlr4").CypherLexer;
const require = createRequire(import.meta.url);
export const CypherLexer = (require("@neo4j-cypher/antlr4") as { CypherLexer: Lexer }).CypherLexer;
const { InputStream } = (require("@neo4j-cypher/antlr4-browser") as { default: { InputStream: new (input: string) => unknown } }).default;

export interface Token {
  type: number;
  text: string;
}

const SKIPPED = new Set([CypherLexer.SP, CypherLexer.WHITESPACE, CypherLexer.Comment]);

/** The query's tokens, spaces and comments left out. */
export function cypherTokens(query: string): Token[] {
  // Cypher ends a // comment at \r as well as \n; this lexer only at \n. Make them agree.
  const lexer = new CypherLexer(new InputStream(query.replace(/\r\n?/g, "\n")));
  lexer.removeErrorListeners();
  return (lexer.getAllTokens() as Token[]).filter((t) => !SKIPPED.has(t.type));
}
