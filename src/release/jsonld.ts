/**
 * JSON-LD for a profile page: the entity in schema.org terms, and its memberships in the W3C
 * Organization Ontology (org:Membership with org:memberDuring, an OWL-Time interval whose
 * bounds keep the source's precision: xsd:gYear, xsd:gYearMonth or xsd:date). The context is
 * inline, so a processor needs no network. Memberships are MEMBER_OF, OBSERVER_OF and
 * PARTICIPATES_IN (the role says which), every one of them, past ones included, with its sources.
 */
import type { Dataset, GraphEdge, GraphNode } from "../model/graph.ts";
import { profilePath } from "../model/profile-paths.ts";

const CONTEXT = {
  schema: "https://schema.org/",
  org: "http://www.w3.org/ns/org#",
  time: "http://www.w3.org/2006/time#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
};

const ROLES: Partial<Record<GraphEdge["type"], string>> = { MEMBER_OF: "member", OBSERVER_OF: "observer", PARTICIPATES_IN: "participant" };

const TYPES: Record<GraphNode["label"], string[]> = {
  State: ["schema:Country", "org:Organization"],
  ISCM: ["schema:Organization", "org:Organization"],
  Organization: ["schema:Organization", "org:Organization"],
  RegionalUnion: ["schema:Organization", "org:Organization"],
  Theme: ["schema:DefinedTerm"],
};

/** A partial date as an OWL-Time instant of its precision. */
function instant(date: string) {
  const [property, type] =
    date.length === 4
      ? ["time:inXSDgYear", "xsd:gYear"]
      : date.length === 7
        ? ["time:inXSDgYearMonth", "xsd:gYearMonth"]
        : ["time:inXSDDate", "xsd:date"];
  return { "@type": "time:Instant", [property]: { "@value": date, "@type": type } };
}

export function entityJsonLd(dataset: Dataset, node: GraphNode, origin: string): Record<string, unknown> {
  const byId = new Map(dataset.nodes.map((n) => [n.id, n]));
  // A citation that is a web page (or a copy of one) is linked by its URL.
  const urlOf = new Map((dataset.sources ?? []).flatMap((s) => (s.url ? [[s.id, s.url] as const] : [])));
  const iri = (n: GraphNode) => `${origin}${profilePath(n) ?? `/#${n.id}`}`;
  const ref = (id: string) => {
    const n = byId.get(id);
    return n ? { "@id": iri(n), "schema:name": String(n.properties.name) } : { "schema:name": id };
  };
  const memberships = dataset.edges
    .filter((e) => ROLES[e.type] && (e.source === node.id || e.target === node.id))
    .map((e) => {
      const p = e.properties as GraphEdge["properties"] & { since?: string; until?: string };
      const during =
        p.since || p.until
          ? {
              "@type": "time:Interval",
              ...(p.since ? { "time:hasBeginning": instant(p.since) } : {}),
              ...(p.until ? { "time:hasEnd": instant(p.until) } : {}),
            }
          : undefined;
      const citations = p.sources.flatMap((id) => {
        const url = urlOf.get(id);
        return url ? [{ "@id": url }] : [];
      });
      return {
        "@type": "org:Membership",
        "org:member": ref(e.source),
        "org:organization": ref(e.target),
        "org:role": { "@type": "org:Role", "schema:name": ROLES[e.type] },
        ...(during ? { "org:memberDuring": during } : {}),
        ...(citations.length ? { "schema:citation": citations } : {}),
      };
    });
  const p = node.properties;
  return {
    "@context": CONTEXT,
    "@id": iri(node),
    "@type": TYPES[node.label],
    "schema:name": String(p.name),
    ...(typeof p.acronym === "string" ? { "schema:alternateName": p.acronym } : {}),
    ...(typeof p.yearEstablished === "number"
      ? { "schema:foundingDate": { "@value": String(p.yearEstablished), "@type": "xsd:gYear" } }
      : {}),
    ...(node.label === "State" ? { "schema:identifier": node.id } : {}),
    // The Wikidata item (seed/wikidata.json): what lets another dataset merge on the same thing.
    ...(typeof p.wikidata === "string" ? { "schema:sameAs": { "@id": `http://www.wikidata.org/entity/${p.wikidata}` } } : {}),
    ...(memberships.length ? { "org:hasMembership": memberships } : {}),
  };
}

/** The JSON-LD as the text of a <script type="application/ld+json">: "<" escaped so no text can close the element. */
export function jsonLdScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}
