/**
 * The profile pages' JSON-LD, read by an independent JSON-LD processor (PyLD, PyPI `pyld`, pinned
 * in .ci/run) into RDF: the entity with its schema.org type, and its memberships as W3C
 * Organization Ontology org:Membership with org:memberDuring intervals of the source's precision.
 */
import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../../src/dataset/build.ts";
import { createApp } from "../../src/server/app.ts";
import { MemoryStore } from "../../src/store/memory/store.ts";
import { listen, type RunningServer } from "../helpers/http.ts";
import { testPython } from "../helpers/python.ts";

let server: RunningServer;
beforeAll(async () => {
  server = await listen(createApp({ store: new MemoryStore(loadDataset()), log: () => {} }));
});
afterAll(() => server?.close());

const ORG = "http://www.w3.org/ns/org#";
const TIME = "http://www.w3.org/2006/time#";

async function nquads(path: string): Promise<string[]> {
  const html = await (await fetch(`${server.url}${path}`)).text();
  const block = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)?.[1];
  expect(block, `${path} has a JSON-LD block`).toBeDefined();
  const r = spawnSync(testPython("pyld"), [new URL("jsonld_nquads.py", import.meta.url).pathname], {
    input: block,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(r.status, `PyLD failed (python3 -m pip install pyld==3.3.0; tools/test-prereqs.sh does): ${r.stderr}`).toBe(0);
  return r.stdout.trim().split("\n");
}

describe("JSON-LD on profile pages", () => {
  it("an ISCM: schema.org Organization with org:hasMembership for each member State, each with its period", async () => {
    const quads = await nquads("/iscm/eap-panel");
    const self = `<${server.url}/iscm/eap-panel>`;
    expect(quads).toContain(`${self} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/Organization> .`);
    expect(quads).toContain(`${self} <https://schema.org/foundingDate> "2001"^^<http://www.w3.org/2001/XMLSchema#gYear> .`);
    const memberships = quads.filter((q) => q.startsWith(`${self} <${ORG}hasMembership>`));
    expect(memberships.length).toBeGreaterThan(30);
    // The United Kingdom's membership ends on 2020-01-31 (derived from its EU membership).
    const gbr = quads.find((q) => q.includes(`<${ORG}member> <${server.url}/state/GBR>`));
    const node = gbr?.split(" ")[0] as string;
    const interval = quads.find((q) => q.startsWith(`${node} <${ORG}memberDuring>`))?.split(" ")[2] as string;
    const end = quads.find((q) => q.startsWith(`${interval} <${TIME}hasEnd>`))?.split(" ")[2] as string;
    expect(quads).toContain(`${end} <${TIME}inXSDDate> "2020-01-31"^^<http://www.w3.org/2001/XMLSchema#date> .`);
  });

  it("a State: schema.org Country, its memberships with their role named", async () => {
    const quads = await nquads("/state/MDA");
    expect(quads).toContain(`<${server.url}/state/MDA> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/Country> .`);
    expect(quads.filter((q) => q.includes(`<${ORG}member> <${server.url}/state/MDA>`)).length).toBeGreaterThan(3);
    expect(quads.some((q) => q.includes(`<https://schema.org/name> "member"`))).toBe(true);
    // Its Wikidata item (seed/wikidata.json), as linked data names it.
    expect(quads).toContain(`<${server.url}/state/MDA> <https://schema.org/sameAs> <http://www.wikidata.org/entity/Q217> .`);
  });

  it("a regional union carries its Wikidata item; an entity without one carries no sameAs", async () => {
    expect(await nquads("/union/eu")).toContain(
      `<${server.url}/union/eu> <https://schema.org/sameAs> <http://www.wikidata.org/entity/Q458> .`,
    );
    expect((await nquads("/iscm/prague-process")).filter((q) => q.includes("schema.org/sameAs"))).toEqual([]);
  });
});
