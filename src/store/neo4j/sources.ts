/**
 * Sources as :Source nodes: a SourceRecord flattened into Neo4j properties (no nulls, no maps)
 * and read back exactly, so both stores hold the same dataset (and the same hash).
 */
import { compactProperties, type Properties } from "../../model/graph.ts";
import type { SourceKind, SourceRecord } from "../../model/source.ts";

export function sourceProperties(s: SourceRecord): Properties {
  return compactProperties({
    id: s.id,
    kind: s.kind,
    publisher: s.publisher,
    title: s.title,
    description: s.description,
    published: s.published,
    url: s.url,
    retrieved: s.retrieved,
    language: s.language,
    document: s.document,
    compilation: s.compilation,
    note: s.note,
    copyOfPublisher: s.copyOf?.publisher,
    copyOfTitle: s.copyOf?.title,
    copyOfPublished: s.copyOf?.published,
    copyOfUrl: s.copyOf?.url,
  });
}

export function sourceFromProperties(p: Record<string, unknown>): SourceRecord {
  const str = (k: string) => (typeof p[k] === "string" ? (p[k] as string) : null);
  const optional = (k: string) => (typeof p[k] === "string" ? { [k]: p[k] as string } : {});
  return {
    id: String(p.id),
    kind: p.kind as SourceKind,
    publisher: str("publisher"),
    title: str("title"),
    published: str("published"),
    url: str("url"),
    ...optional("description"),
    ...optional("retrieved"),
    ...optional("language"),
    ...optional("document"),
    ...(p.compilation === true ? { compilation: true } : {}),
    ...optional("note"),
    ...(typeof p.copyOfPublisher === "string"
      ? {
          copyOf: {
            publisher: p.copyOfPublisher,
            title: str("copyOfTitle"),
            published: str("copyOfPublished"),
            ...(typeof p.copyOfUrl === "string" ? { url: p.copyOfUrl } : {}),
          },
        }
      : {}),
  };
}
