// The parts of the Cypher lexer (shipped untyped with the editor) that console/tokens.ts uses.
declare module "@neo4j-cypher/antlr4" {
  export class CypherLexer {
    constructor(input: unknown);
    static SP: number;
    static WHITESPACE: number;
    static Comment: number;
    static CALL: number;
    removeErrorListeners(): void;
    getAllTokens(): { type: number; text: string }[];
  }
}
declare module "@neo4j-cypher/antlr4-browser" {
  const antlr4: { InputStream: new (input: string) => unknown };
  export default antlr4;
}
