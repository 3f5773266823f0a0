// @neo4j-cypher/react-codemirror ships its types outside its package "exports"; the props used here.
declare module "@neo4j-cypher/react-codemirror" {
  import type { ComponentType } from "react";
  export const CypherEditor: ComponentType<{
    value?: string;
    onValueChanged?: (value: string) => void;
    schema?: { labels?: string[]; relationshipTypes?: string[]; propertyKeys?: string[] };
    lineNumbers?: boolean;
    className?: string;
  }>;
}
