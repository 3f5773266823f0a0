/**
 * The endpoint tests both stores must pass (api.test.ts: embedded; api.neo4j.test.ts: real Neo4j),
 * over real HTTP: good and bad input for every endpoint.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDataset, loadDataset } from "../../src/dataset/build.ts";
import { datasetHash } from "../../src/dataset/hash.ts";
import { computeLayout } from "../../src/dataset/layout.ts";
import { createApp } from "../../src/server/app.ts";
import type { GraphStore } from "../../src/store/types.ts";
import { getJson, listen, type RunningServer } from "../helpers/http.ts";

export function describeApi(kind: "memory" | "neo4j", makeStore: () => Promise<GraphStore>): void {
  describe(`API on the ${kind} store`, () => {
    let server: RunningServer;
    let store: GraphStore;
    const api = (path: string, init?: RequestInit) => getJson(`${server.url}${path}`, init);

    beforeAll(async () => {
      store = await makeStore();
      server = await listen(createApp({ store, log: () => {} }));
      // Health answers from what the server has seen: until its first look at the store is over
      // (Neo4j: a ping and a read of the graph, seconds on a busy machine) it says "degraded".
      for (const deadline = Date.now() + 30_000; (await api("/api/health")).status !== 200 && Date.now() < deadline; )
        await new Promise((r) => setTimeout(r, 200));
    });
    afterAll(async () => {
      await server.close();
      await store.close();
    });

    it("GET /api/health reports the store, the seed's hash and counts", async () => {
      const dataset = loadDataset();
      const { status, body } = await api("/api/health");
      expect(status).toBe(200);
      expect(body).toMatchObject({
        status: "ok",
        store: kind,
        dataset: { hash: datasetHash(dataset), nodes: dataset.nodes.length, edges: dataset.edges.length },
      });
    });

    it("GET /api/graph sends the graph compressed with an ETag, and 304 when unchanged", async () => {
      const first = await fetch(`${server.url}/api/graph`, { headers: { "Accept-Encoding": "gzip" } });
      expect(first.status).toBe(200);
      expect(first.headers.get("content-encoding")).toBe("gzip");
      const etag = first.headers.get("etag");
      const body = (await first.json()) as { nodes: unknown[]; edges: { properties: { sources: string[] } }[] };
      expect(body.nodes).toHaveLength(loadDataset().nodes.length);
      expect(body.edges.every((e) => e.properties.sources.length > 0)).toBe(true);
      const again = await fetch(`${server.url}/api/graph`, { headers: { "If-None-Match": etag ?? "" } });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe("");
    });

    it("GET /api/graph?lang=fr|es names the nodes in that language (its own ETag); ids, edges and sources unchanged; an unknown lang is a 400", async () => {
      type Graph = { hash: string; nodes: { id: string; properties: { name: string; shortName?: string } }[]; edges: unknown[] };
      const en = (await (await fetch(`${server.url}/api/graph`)).json()) as Graph;
      for (const gzip of [false, true]) {
        const res = await fetch(`${server.url}/api/graph?lang=fr`, { headers: gzip ? { "Accept-Encoding": "gzip" } : {} });
        expect(res.status).toBe(200);
        expect(res.headers.get("etag")).toMatch(/-fr"$/);
        const fr = (await res.json()) as Graph;
        const rabat = fr.nodes.find((n) => n.id === "rabat-process");
        expect(rabat?.properties.name).toBe("Dialogue euro-africain sur la migration et le développement");
        expect(rabat?.properties.shortName).toBe("Processus de Rabat");
        expect(fr.nodes.map((n) => n.id)).toEqual(en.nodes.map((n) => n.id));
        expect(fr.edges).toEqual(en.edges);
        expect(fr.hash).toBe(en.hash);
      }
      const es = (await (await fetch(`${server.url}/api/graph?lang=es`)).json()) as Graph;
      expect(es.nodes.find((n) => n.id === "CIV")?.properties.name).toBe("Costa de Marfil");
      expect((await fetch(`${server.url}/api/graph?lang=de`)).status).toBe(400);
    });

    it("GET /api/graph carries the layout the network draws first: every node placed, the positions computeLayout gives this graph on either store", async () => {
      const { body } = await api("/api/graph");
      const positions = body.positions as Record<string, [number, number]>;
      expect(Object.keys(positions).sort()).toEqual(
        loadDataset()
          .nodes.map((n) => n.id)
          .sort(),
      );
      // The same graph (same hash) on either store, in whatever order it is read: the same picture.
      expect(positions).toEqual(computeLayout(loadDataset()));
    });

    it("GET /api/entities/:id gives the entity, its relationships with sources, its neighbours", async () => {
      const { status, body } = await api("/api/entities/prague-process");
      expect(status).toBe(200);
      expect(body.node).toMatchObject({
        id: "prague-process",
        label: "ISCM",
        properties: { name: "Prague Process", declaredMemberCount: 50 },
      });
      const rels = body.relationships as { type: string; direction: string; other: string; properties: { sources: string[] } }[];
      expect(rels.filter((r) => r.type === "MEMBER_OF" && r.direction === "in")).toHaveLength(50);
      expect(rels.every((r) => r.properties.sources.length > 0)).toBe(true);
      expect(body.neighbours).toEqual(expect.arrayContaining([{ id: "icmpd", label: "Organization", name: expect.any(String) }]));
    });

    it("GET /api/sources gives the registry and the source mix validate prints; /api/sources/:id what one source supports", async () => {
      const result = buildDataset();
      const dataset = result.dataset as NonNullable<typeof result.dataset>;
      const { status, body } = await api("/api/sources");
      expect(status).toBe(200);
      // The same figures as `validate` (the seed's summary), read back from this store.
      expect(body.mix).toEqual(result.summary?.sourceMix);
      expect((body.mix as { tertiaryOnly: number }).tertiaryOnly).toBe(0);
      expect(body.sources).toEqual(result.dataset?.sources);
      const one = await api("/api/sources/news-theeastafrican-au-suspends-gabon-2023");
      expect(one.status).toBe(200);
      expect(one.body.citation).toBe(
        "The EastAfrican, African Union says to 'immediately suspend' Gabon after coup, 1 September 2023. https://www.theeastafrican.co.ke/tea/rest-of-africa/african-union-says-to-immediately-suspend-gabon-after-coup--4354564 (retrieved 2 December 2026)",
      );
      const facts = one.body.facts as { key: string; type: string; source: string; target: string; what: string; quote?: string }[];
      expect(facts[0]).toEqual({
        key: expect.stringMatching(/^SUSPENDED_FROM:GAB->au/),
        type: "SUSPENDED_FROM",
        source: "GAB",
        target: "au",
        what: "relationship",
        quote: expect.stringContaining("immediately suspend"),
      });
      // The AU suspension carries over to the ISCMs whose members derive from the AU (PAFoM…), with the same words.
      const derived = dataset.edges.filter((e) => e.type === "SUSPENDED_FROM" && e.source === "GAB" && e.properties.via === "au");
      expect(derived.length).toBeGreaterThan(0);
      expect(
        facts
          .filter((f) => f.what === "relationship")
          .slice(1)
          .map((f) => f.target),
      ).toEqual(derived.map((e) => e.target));
      // …and, being the evidence for the suspension's start there too, it dates it.
      expect(facts.filter((f) => f.what === "start").map((f) => f.target)).toEqual(derived.map((e) => e.target));
      const missing = await api("/api/sources/no-such-source");
      expect(missing.status).toBe(404);
    });

    it("GET /api/entities/:id is 404 with close matches for an unknown id", async () => {
      const { status, body } = await api("/api/entities/prague-proces");
      expect(status).toBe(404);
      expect(body).toEqual({
        error: {
          code: "not_found",
          message: expect.stringContaining('no entity has the id "prague-proces"; closest: prague-process'),
          details: { suggestions: expect.arrayContaining(["prague-process"]) },
        },
      });
    });

    it("GET /api/search ranks names, acronyms and aliases, tolerates typos, validates q and limit", async () => {
      const hits = async (q: string) =>
        ((await api(`/api/search?q=${encodeURIComponent(q)}`)).body.hits as { id: string }[]).map((h) => h.id);
      expect((await hits("Prague"))[0]).toBe("prague-process");
      expect((await hits("GFMD"))[0]).toBe("gfmd");
      expect((await hits("Republic of Moldova"))[0]).toBe("MDA");
      expect((await hits("Turkey"))[0]).toBe("TUR");
      expect(await hits("Prauge Process")).toContain("prague-process");
      // Short names first, formal names beside; exact acronyms and aliases rank first.
      const full = async (q: string, extra = "") =>
        (await api(`/api/search?q=${encodeURIComponent(q)}${extra}`)).body.hits as {
          id: string;
          name: string;
          shortName: string;
          match: string;
        }[];
      expect((await full("Rabat"))[0]).toMatchObject({
        id: "rabat-process",
        shortName: "Rabat Process",
        name: "Euro-African Dialogue on Migration and Development",
        match: "prefix",
      });
      expect((await full("Khartoum", "&label=ISCM")).map((h) => h.id)).toEqual(["khartoum-process"]);
      // State names are the UN's; the common English ones are aliases.
      expect((await full("Ivory Coast"))[0]).toMatchObject({ id: "CIV", name: "Côte d’Ivoire", match: "exact" });
      expect((await full("Cape Verde"))[0]).toMatchObject({ id: "CPV", name: "Cabo Verde", match: "exact" });
      // An unknown acronym matches nothing: only the closest names come back, as near misses.
      const unknown = await full("FMDQ");
      expect(unknown.length).toBeGreaterThan(0);
      expect(unknown.every((h) => h.match === "near")).toBe(true);
      expect((await api("/api/search?q=x&label=Planet")).status).toBe(400);
      const missing = await api("/api/search");
      expect(missing.status).toBe(400);
      expect(missing.body).toMatchObject({ error: { code: "bad_request", message: expect.stringContaining("q ") } });
      const badLimit = await api("/api/search?q=x&limit=1000");
      expect(badLimit.status).toBe(400);
      expect((badLimit.body.error as { message: string }).message).toContain("limit must be at most 100");
      expect(((await api("/api/search?q=a&limit=3")).body.hits as unknown[]).length).toBeLessThanOrEqual(3);
    });

    it("GET /api/search finds French and Spanish names, acronyms and variants, and /api/search and /api/entities answer names in ?lang= (ids unchanged)", async () => {
      const first = async (q: string, lang = "") =>
        ((await api(`/api/search?q=${encodeURIComponent(q)}${lang}`)).body.hits as { id: string; name: string; shortName: string }[])[0];
      for (const [q, id] of [
        ["conferencia suramericana", "sacm"],
        ["Sudamericana", "sacm"],
        ["CSM", "sacm"],
        ["dimac", "midcas"],
        ["fmmd", "gfmd"],
        ["processus de rabat", "rabat-process"],
        ["Conferencia Regional sobre Migración", "rcm"],
        ["Côte d'Ivoire", "CIV"],
        ["Cote d'Ivoire", "CIV"],
        ["Costa de Marfil", "CIV"],
      ] as const)
        expect((await first(q))?.id, q).toBe(id);
      // The names come back in the language asked for; English where none is sourced (MIDCAS has no Spanish name).
      expect(await first("rabat process", "&lang=fr")).toMatchObject({
        id: "rabat-process",
        name: "Dialogue euro-africain sur la migration et le développement",
        shortName: "Processus de Rabat",
      });
      expect(await first("Costa de Marfil", "&lang=es")).toMatchObject({ id: "CIV", name: "Costa de Marfil" });
      expect(await first("MIDCAS", "&lang=es")).toMatchObject({ id: "midcas", name: "Migration Dialogue for Central African States" });
      expect(await first("Costa de Marfil")).toMatchObject({ id: "CIV", name: "Côte d’Ivoire" });
      expect((await api("/api/search?q=x&lang=de")).status).toBe(400);
      // The entity's answer too: its name and its neighbours' names in ?lang=.
      const civ = (await api("/api/entities/CIV?lang=es")).body as { node: { id: string; properties: { name: string } } };
      expect(civ.node).toMatchObject({ id: "CIV", properties: { name: "Costa de Marfil" } });
      const rabat = (await api("/api/entities/rabat-process?lang=fr")).body as {
        node: { properties: { name: string; shortName: string } };
        neighbours: { id: string; name: string }[];
      };
      expect(rabat.node.properties).toMatchObject({
        name: "Dialogue euro-africain sur la migration et le développement",
        shortName: "Processus de Rabat",
      });
      expect(rabat.neighbours.find((n) => n.id === "CIV")?.name).toBe("Côte d'Ivoire");
      const english = (await api("/api/entities/rabat-process")).body as { neighbours: { id: string; name: string }[] };
      expect(english.neighbours.find((n) => n.id === "CIV")?.name).toBe("Côte d’Ivoire");
      expect((await api("/api/entities/CIV?lang=de")).status).toBe(400);
    });

    it("GET /api/analyses lists every analysis with its parameters; GET /api/analyses/:name runs one", async () => {
      const list = await api("/api/analyses");
      expect((list.body.analyses as { name: string }[]).map((a) => a.name)).toContain("geographic-overlap");
      const { status, body } = await api("/api/analyses/iscm-overlap?a=Prague%20Process&b=EaP%20Panel&asOf=2019-06");
      expect(status).toBe(200);
      expect(body).toMatchObject({
        analysis: "iscm-overlap",
        store: kind,
        params: { a: "prague-process", b: "eap-panel", asOf: "2019-06-30" },
      });
      expect((body.rows as { sharedCount: number }[])[0]?.sharedCount).toBe(34);
      // Without asOf the answer is today's: the UK left the EU side in 2020, Belarus is suspended.
      const today = await api("/api/analyses/iscm-overlap?a=prague-process&b=eap-panel");
      expect((today.body.params as { asOf: string }).asOf).toMatch(/^\d{4}-\d\d-\d\d$/);
      expect((today.body.rows as { sharedCount: number }[])[0]?.sharedCount).toBe(32);
    });

    it("GET /api/changes lists what changed between two dates; a bad date is a 400 naming the parameter", async () => {
      const { status, body } = await api("/api/changes?from=2019-06&iscm=EaP%20Panel");
      expect(status).toBe(200);
      expect(body.params).toMatchObject({ from: "2019-06-01", iscm: "eap-panel" });
      expect(body.rows).toContainEqual(
        expect.objectContaining({ subject: "GBR", object: "eap-panel", event: "ended", date: "2020-01-31", basis: "derived", via: "eu" }),
      );
      const bad = await api("/api/changes?from=June");
      expect(bad.status).toBe(400);
      expect((bad.body.error as { message: string }).message).toContain("from");
      const badAsOf = await api("/api/analyses/iscm-overlap?a=gfmd&b=gfmd&asOf=2019-02-30");
      expect(badAsOf.status).toBe(400);
      expect((badAsOf.body.error as { message: string }).message).toContain("asOf");
    });

    it("analysis errors: missing parameter, unknown name with suggestions, unknown parameter, unknown analysis", async () => {
      const missing = await api("/api/analyses/iscm-overlap?a=gfmd");
      expect(missing.status).toBe(400);
      expect(missing.body).toMatchObject({ error: { code: "bad_request", message: "b is required" } });
      const unknown = await api("/api/analyses/state-partners?state=Moldovia");
      expect(unknown.status).toBe(404);
      expect(unknown.body).toMatchObject({
        error: {
          code: "unknown_entity",
          details: { parameter: "state", suggestions: expect.arrayContaining(["Republic of Moldova (MDA)"]) },
        },
      });
      const extra = await api("/api/analyses/overlap-matrix?minimum=3");
      expect(extra.status).toBe(400);
      expect((extra.body.error as { message: string }).message).toContain("minimum");
      const typo = await api("/api/analyses/overlap-matrix?min=two");
      expect(typo.status).toBe(400);
      expect((typo.body.error as { message: string }).message).toMatch(/^min /);
      const none = await api("/api/analyses/iscm-overlaps");
      expect(none.status).toBe(404);
      expect(none.body).toMatchObject({ error: { code: "not_found" } });
    });

    it("GET /api/openapi.json is an OpenAPI 3.1 document naming every endpoint", async () => {
      const { status, body } = await api("/api/openapi.json");
      expect(status).toBe(200);
      expect(body.openapi).toBe("3.1.0");
      const paths = Object.keys(body.paths as object);
      for (const p of ["/api/health", "/api/graph", "/api/entities/{id}", "/api/search", "/api/analyses", "/api/analyses/path"])
        expect(paths).toContain(p);
      // The console is there by capability: only a store that runs Cypher has it.
      expect(paths.includes("/api/cypher")).toBe(kind === "neo4j");
    });

    it("POST /api/cypher validates its body (Neo4j), or says the console needs Neo4j (embedded)", async () => {
      const bad = await api("/api/cypher", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ q: "RETURN 1" }),
      });
      if (kind === "neo4j") {
        expect(bad.status).toBe(400);
        expect(bad.body).toMatchObject({ error: { code: "bad_request", message: expect.stringContaining("query is required") } });
      } else {
        expect(bad.status).toBe(404);
        expect(bad.body).toMatchObject({ error: { code: "not_available" } });
      }
    });

    it("a known path with a method it does not have is a 405 naming the allowed ones", async () => {
      const r = await fetch(`${server.url}/api/health`, { method: "DELETE" });
      expect(r.status).toBe(405);
      expect(r.headers.get("allow")).toBe("GET, HEAD");
      expect(((await r.json()) as { error: { code: string } }).error.code).toBe("method_not_allowed");
      expect((await fetch(`${server.url}/api/entities/prague-process`, { method: "PUT" })).status).toBe(405);
    });

    it("unknown API paths are JSON 404s; no response carries a stack trace", async () => {
      const { status, body } = await api("/api/nothing");
      expect(status).toBe(404);
      expect(body).toMatchObject({ error: { code: "not_found" } });
      expect(JSON.stringify(body)).not.toMatch(/\bat .*\.ts:\d+/);
    });
  });
}
