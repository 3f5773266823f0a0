/**
 * Profile pages over real HTTP on the embedded store, read as a browser without JavaScript would:
 * the facts, their numbered sources, the same numbers as the analyses, Markdown and CSV, 404s.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAnalysis } from "../../src/analyses/run.ts";
import { loadDataset } from "../../src/dataset/build.ts";
import { createApp, PERMISSIONS_POLICY } from "../../src/server/app.ts";
import { MemoryStore } from "../../src/store/memory/store.ts";
import { listen, type RunningServer, rawRequest } from "../helpers/http.ts";

const dataset = loadDataset();
const store = new MemoryStore(dataset);
let server: RunningServer;

beforeAll(async () => {
  server = await listen(createApp({ store, log: () => {} }));
});
afterAll(async () => {
  await server?.close();
});

const get = async (path: string) => {
  const res = await fetch(`${server.url}${path}`, { redirect: "manual" });
  return { status: res.status, type: res.headers.get("content-type") ?? "", location: res.headers.get("location"), text: await res.text() };
};
/** Every footnote reference has its footnote, and the footnotes are numbered 1…n. */
function checkFootnotes(html: string): number {
  const refs = new Set([...html.matchAll(/href="#fn-(\d+)"/g)].map((m) => Number(m[1])));
  const notes = [...html.matchAll(/<li id="fn-(\d+)" value="\d+">/g)].map((m) => Number(m[1]));
  expect(notes).toEqual(notes.map((_, i) => i + 1));
  for (const r of refs) expect(notes).toContain(r);
  return notes.length;
}
const rowsOf = (html: string, table: string) => {
  const body = new RegExp(`<table id="table-${table}">[\\s\\S]*?<tbody>([\\s\\S]*?)</tbody>`).exec(html)?.[1] ?? "";
  return [...body.matchAll(/<tr>/g)].length;
};

describe("profile pages", () => {
  it("/iscm/prague-process: the Annex 2 fact sheet, 50 members in a table, numbered sources, title and description", async () => {
    const page = await get("/iscm/prague-process");
    expect(page.status).toBe(200);
    expect(page.type).toContain("text/html");
    expect(page.text).toContain("<title>Prague Process — ISCM Atlas</title>");
    expect(page.text).toMatch(/<meta name="description" content="Prague Process: RCP fact sheet, 50 member States/);
    expect(page.text).toContain("<h1>Prague Process</h1>");
    expect(page.text).toContain("<dt>Chair (Annex 2, June 2019)</dt><dd><span>Lithuania");
    // No chair is known today (Czechia is last seen as Chair in 2024): the page says so rather than stretching a term.
    expect(page.text).toMatch(/<dt>Chair on \d{4}-\d{2}-\d{2}<\/dt><dd><span>none recorded/);
    expect(page.text).toContain("Member States (50)");
    expect(rowsOf(page.text, "members")).toBe(50);
    expect(page.text).toContain("Advancing a common understanding of migration governance across regions");
    expect(checkFootnotes(page.text)).toBeGreaterThan(5);
    expect(page.text).toContain('href="/?selected=prague-process"'); // open in the explorer
    // The footprint map, drawn on the server: members in the footprint colour, others plain.
    expect(page.text).toMatch(/<svg[^>]*class="footprint"/);
    expect(page.text).toContain('fill="#0072B2" data-iso3="ARM"');
    expect(page.text).toContain('fill="#e6e6e6" data-iso3="BRA"');
    expect(page.text).toContain("Footprint on ");
    // No JavaScript: the one script element is the JSON-LD data block (tests/release/jsonld.test.ts).
    expect(page.text).not.toMatch(/<script(?! type="application\/ld\+json")/);
  });

  it("/compare/prague-process/eap-panel: shared States and Jaccard equal to iscm-overlap, as of June 2019 and today", async () => {
    for (const asOf of ["2019-06", undefined]) {
      const [row] = (await runAnalysis(store, "iscm-overlap", { a: "prague-process", b: "eap-panel", ...(asOf ? { asOf } : {}) })).rows as {
        sharedCount: number;
        jaccard: number;
        overlapCoefficient: number;
      }[];
      const page = await get(`/compare/prague-process/eap-panel${asOf ? `?asOf=${asOf}` : ""}`);
      expect(page.status).toBe(200);
      expect(page.text).toContain(`Shared member States (${row?.sharedCount})`);
      expect(page.text).toContain(`<dt>Jaccard index |A∩B|/|A∪B|</dt><dd><span>${row?.jaccard.toFixed(3)}</span>`);
      expect(page.text).toContain(`${row?.overlapCoefficient.toFixed(3)}`);
      expect(page.text).toContain("they cooperate");
    }
    expect((await get("/compare/prague-process/eap-panel?asOf=2019-06")).text).toContain("Shared member States (34)");
  });

  it("a comparison of two ISCMs that do not cooperate gives synergy-candidates' score", async () => {
    const candidates = (await runAnalysis(store, "synergy-candidates", {})).rows as { a: string; b: string; score: number }[];
    const pair = candidates[0] as { a: string; b: string; score: number };
    const page = await get(`/compare/${pair.a}/${pair.b}`);
    expect(page.text).toContain(`synergy score ${pair.score.toFixed(3)} (synergy-candidates)`);
  });

  it("/state/MDA lists Moldova's ISCMs, its unions, its partners (state-partners) and its engagement rank", async () => {
    const page = await get("/state/MDA");
    expect(page.status).toBe(200);
    expect(page.text).toContain("<h1>Republic of Moldova</h1>");
    for (const iscm of ["prague-process", "eap-panel", "budapest-process", "gfmd"]) expect(page.text).toContain(`href="/iscm/${iscm}"`);
    const partners = (await runAnalysis(store, "state-partners", { state: "MDA", limit: "10" })).rows as { state: string }[];
    expect(rowsOf(page.text, "partners")).toBe(partners.length);
    expect(page.text).toMatch(/rank \d+ of \d+ States/);
    // Its Wikidata item, linked, with the source it is read from as a footnote.
    expect(page.text).toMatch(/<dt>Wikidata<\/dt><dd><span><a href="https:\/\/www.wikidata.org\/wiki\/Q217">Q217<\/a><sup>/);
    checkFootnotes(page.text);
  });

  it("/organization/icmpd and /union/eu render; the EU page lists the UK apart, as not in force today", async () => {
    expect((await get("/organization/icmpd")).text).toContain("Secretariat of");
    const eu = await get("/union/eu");
    expect(eu.status).toBe(200);
    expect(eu.text).toMatch(/Not in force on \d{4}-\d\d-\d\d/);
    expect(eu.text).toContain('<a href="/state/GBR">United Kingdom of Great Britain and Northern Ireland</a>');
  });

  it("bad ids: a 404 page with close matches; names and pages of the wrong kind redirect; a bad date is a 400", async () => {
    const nope = await get("/iscm/prague-proces");
    expect(nope.status).toBe(404);
    expect(nope.text).toContain('<a href="/iscm/prague-process">Prague Process (prague-process)</a>');
    expect((await get("/iscm/nope")).status).toBe(404);
    expect(await get("/iscm/ARM")).toMatchObject({ status: 302, location: "/state/ARM" });
    expect(await get("/iscm/Prague%20Process?asOf=2019-06")).toMatchObject({ status: 302, location: "/iscm/prague-process?asOf=2019-06" });
    expect(await get("/compare/eap-panel/Prague%20Process")).toMatchObject({ status: 302, location: "/compare/eap-panel/prague-process" });
    expect((await get("/compare/prague-process/ARM")).status).toBe(404);
    const badDate = await get("/iscm/prague-process?asOf=June");
    expect(badDate.status).toBe(400);
    expect(badDate.text).toContain("asOf");
  });

  it("Markdown: the page with its footnotes, ready to paste; CSV: each table with a sources column", async () => {
    const md = await get("/iscm/prague-process.md?asOf=2019-06");
    expect(md.status).toBe(200);
    expect(md.type).toContain("text/markdown");
    expect(md.text.startsWith("# Prague Process\n")).toBe(true);
    expect(md.text).toContain("As of 2019-06-30.");
    // A footnote cites as a report does: publisher, *title*, date, where; then the source's page.
    expect(md.text).toMatch(
      /\n\[\^1\]: IOM, \*Advancing a common understanding of migration governance across regions: [^*]+\*, 2019, line 1567 \(Annex 2\)\. \[001_7939c0f69ec3242d\.txt\] — as of 2019-06 \(\[what this source supports\]\(http:\/\/[^/]+\/source\/iom-2019-iscm-assessment\)\)/,
    );
    expect(md.text).toContain("| Region | State | ISO | Dates and basis |");
    const csv = await get("/iscm/prague-process/members.csv");
    expect(csv.type).toContain("text/csv");
    const lines = csv.text.trim().split("\n");
    expect(lines[0]).toBe("Region,State,ISO,Dates and basis,sources");
    // The CSV's sources column has the same citations, in plain text.
    expect(csv.text).toContain(
      "Prague Process Secretariat (ICMPD), States & Partners, undated. https://www.pragueprocess.eu/en/about/states-partners",
    );
    expect(lines).toHaveLength(51);
    expect((await get("/iscm/prague-process/nothing.csv")).status).toBe(404);
    expect((await get("/compare/prague-process/eap-panel/membership.csv")).text.split("\n")[0]).toBe(
      "State,ISO,Prague Process,EaP Panel,sources",
    );
  });

  it("every footnote links to its source's page, which lists every fact the source supports with its quote", async () => {
    const html = (await get("/iscm/prague-process")).text;
    const footnotes = [...html.matchAll(/<li id="fn-\d+" value="\d+">([\s\S]*?)<\/li>/g)].map((m) => m[1] as string);
    expect(footnotes.length).toBeGreaterThan(0);
    for (const f of footnotes) expect(f).toMatch(/<a class="source-page" href="\/source\/[a-z0-9-]+">what this source supports<\/a>/);
    // The Annex 2 footnote: publisher, title in <cite>, date.
    expect(html).toMatch(/IOM, <cite>Advancing a common understanding[^<]+<\/cite>, 2019, line 1567 \(Annex 2\)/);

    const page = await get("/source/sadc-media-centre-frequently-asked-questions");
    expect(page.status).toBe(200);
    expect(page.text).toContain(
      "SADC Secretariat, Frequently Asked Questions, undated. https://sadc.int/media-centre/frequently-asked-questions/",
    );
    // 16 SADC memberships and 16 MIDSA memberships cite it, each with the quote that lists the members.
    const facts = dataset.edges.filter((e) => e.properties.sources.includes("sadc-media-centre-frequently-asked-questions"));
    expect(facts.length).toBe(32);
    expect(page.text).toContain(`Facts it supports (${facts.length})`);
    expect(rowsOf(page.text, "facts")).toBe(facts.length);
    expect(page.text).toContain("SADC has a membership of 16 Member States, namely; Angola, Botswana, Comoros");
    const csv = await get("/source/sadc-media-centre-frequently-asked-questions/facts.csv");
    expect(csv.text.split("\n")[0]).toBe("From,Relationship,To,Interval,Where,Quote,sources");
    const md = await get("/source/sadc-media-centre-frequently-asked-questions.md");
    expect(md.text).toContain("# Frequently Asked Questions");
    // A copy cites its original and says where the copy is.
    const copy = await get("/source/yumpu-22344016-overview-of-principal-rcps-intern");
    expect(copy.text).toMatch(
      /Copy of IOM, Overview of Principal Regional Consultative Processes on Migration \(RCPs\).*?, October 2013, at https:\/\/www\.yumpu\.com/,
    );
    expect(copy.text).toContain(
      "<h1>Overview of Principal Regional Consultative Processes on Migration (RCPs), arranged by Region (As of October 2013) (a copy at www.yumpu.com)</h1>",
    );
    const missing = await get("/source/sadc-media-centre-frequently-asked-question");
    expect(missing.status).toBe(404);
    expect(missing.text).toContain("sadc-media-centre-frequently-asked-questions");
  });

  it("every footnote on the Prague Process, Moldova and Budapest–Khartoum pages names a publisher, a title (or a bracketed description of an untitled page) and a date", async () => {
    const month = "(January|February|March|April|May|June|July|August|September|October|November|December)";
    const published = new RegExp(`, (\\d{1,2} )?(${month} )?\\d{4}(,| \\(|\\.|$)`);
    const retrieved = new RegExp(`\\(retrieved \\d{1,2} ${month} \\d{4}\\)`);
    let footnotes = 0;
    let described = 0;
    let onlyRetrieved = 0;
    for (const path of ["/iscm/prague-process", "/state/MDA", "/compare/budapest-process/khartoum-process"]) {
      const html = (await get(path)).text;
      const items = [...html.matchAll(/<li id="fn-\d+" value="\d+">([\s\S]*?)<\/li>/g)].map((m) =>
        (m[1] as string).replace(/<[^>]+>/g, "").replace(/&amp;/g, "&"),
      );
      expect(items.length, path).toBeGreaterThan(0);
      for (const text of items) {
        footnotes += 1;
        // The text before the address: "Publisher, Title, date" (a copy: "Copy of Publisher, Title, date, at URL").
        const before = text.split(/ https?:\/\//)[0] as string;
        expect(before, `${path}: ${text}`).not.toMatch(/untitled|unknown publisher|^, /);
        if (/\[[^\]]+\]/.test(before)) described += 1;
        // A copy names its original's date before ", at" and the copy's address.
        const dated = published.test(before) || new RegExp(`, (\\d{1,2} )?(${month} )?\\d{4}(, [^,]+)?, at `).test(before);
        if (!dated) {
          // An undated page is cited with the day a curator read it.
          expect(before, `${path}: ${text}`).toMatch(/undated/);
          expect(text, `${path}: ${text}`).toMatch(retrieved);
          onlyRetrieved += 1;
        }
      }
    }
    expect(footnotes).toBeGreaterThan(60);
    // Both cases occur on these pages: untitled pages described in brackets, undated pages cited with their retrieval day.
    expect(described).toBeGreaterThan(0);
    expect(onlyRetrieved).toBeGreaterThan(0);
  });

  it("/profiles lists every ISCM by type, every State, union and organization, as links", async () => {
    const page = await get("/profiles");
    expect(page.status).toBe(200);
    const count = (label: string) => dataset.nodes.filter((n) => n.label === label).length;
    const links = (kind: string) => new Set([...page.text.matchAll(new RegExp(`href="/${kind}/([^"]+)"`, "g"))].map((m) => m[1])).size;
    expect(links("iscm")).toBe(count("ISCM"));
    expect(links("state")).toBe(count("State"));
    expect(links("union")).toBe(count("RegionalUnion"));
    expect(links("organization")).toBe(count("Organization"));
    expect(page.text).toContain("Regional consultative processes (RCP)");
    // and every source, by kind, each linking to its page.
    expect(links("source")).toBe(dataset.sources?.length);
  });

  it("pages carry a Permissions-Policy that denies camera, microphone, geolocation and the like; the JSON API does not need one", async () => {
    for (const path of ["/iscm/prague-process", "/profiles", "/iscm/nope", "/iscm/%E0%A4%A"]) {
      const r = await rawRequest(server.url, path);
      expect(r.headers["content-type"], path).toContain("text/html");
      expect(r.headers["permissions-policy"], path).toBe(PERMISSIONS_POLICY);
    }
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"]) expect(PERMISSIONS_POLICY).toContain(`${feature}=()`);
    expect((await rawRequest(server.url, "/api/health")).headers["permissions-policy"]).toBeUndefined();
  });
});

/** A request as sent, byte for byte (fetch would not re-encode these, but node:http says so plainly). */
const raw = async (path: string) => {
  const r = await rawRequest(server.url, path);
  return { status: r.status, type: String(r.headers["content-type"] ?? ""), text: r.text };
};

describe("no 500 from input: percent-encoding on the page routes", () => {
  it.each([
    "/state/%E0%A4%A",
    "/iscm/%",
    "/iscm/%zz.md",
    "/compare/%E0%A4%A/prague-process",
    "/iscm/prague-process/%FF.csv",
  ])("%s (not valid percent-encoding): a 400 HTML page naming the bad part", async (path) => {
    const r = await raw(path);
    expect(r.status).toBe(400);
    expect(r.type).toContain("text/html");
    expect(r.text).toContain("<title>Bad address — ISCM Atlas</title>");
    expect(r.text).toContain("is not valid percent-encoding");
    expect(r.text).toContain(`&quot;${path.split("/").find((s) => s.includes("%"))}&quot;`);
  });

  it.each([
    ["/iscm/%25", "%"],
    ["/iscm/%25.md", "%"],
    ["/compare/%25/prague-process", "%"],
    ["/state/%2525", "%25"],
  ])("%s is decoded once: a 404 page for the id it spells, %s, not a 500 from decoding it again", async (path, id) => {
    const r = await raw(path);
    expect(r.status).toBe(404);
    expect(r.type).toContain("text/html");
    expect(r.text).toContain(`No profile for &quot;${id}&quot;.`);
  });

  it("decoded once: /iscm/prague%2Dprocess is the Prague Process, /state/%4DDA Moldova", async () => {
    expect((await raw("/iscm/prague%2Dprocess")).status).toBe(200);
    expect((await raw("/iscm/prague%2Dprocess")).text).toContain("<h1>Prague Process</h1>");
    expect((await raw("/state/%4DDA")).text).toContain("<h1>Republic of Moldova</h1>");
  });

  // Every page route × a handful of encodings, valid and not: never a 5xx, always an HTML page
  // (or a redirect, or the Markdown/CSV asked for); exactly the malformed ones answer 400.
  const encodings = [
    "%",
    "%25",
    "%E0%A4%A",
    "%zz",
    "%C0%AF",
    "%ED%A0%80",
    "%00",
    "%FF%FE",
    "%2F..%2F..%2Fetc%2Fpasswd",
    "a%20b%",
    "%u0041",
    "%F0%9F%98%80",
  ];
  const routes = [
    "/iscm/X",
    "/iscm/X.md",
    "/iscm/prague-process/X",
    "/iscm/prague-process/X.csv",
    "/state/X",
    "/state/MDA/X.csv",
    "/organization/X",
    "/union/X.md",
    "/compare/X/prague-process",
    "/compare/prague-process/X",
    "/compare/prague-process/eap-panel/X",
    "/compare/prague-process/eap-panel/gfmd/X",
    "/profiles?asOf=X",
  ];
  it(`${routes.length} page routes × ${encodings.length} encodings: no 5xx, HTML on every error, 400 exactly where the encoding is malformed`, async () => {
    const malformed = (e: string) => {
      try {
        decodeURIComponent(e);
        return false;
      } catch {
        return true;
      }
    };
    for (const route of routes) {
      for (const encoding of encodings) {
        const path = route.replace("X", encoding);
        const r = await raw(path);
        expect(r.status, path).toBeLessThan(500);
        if (r.status >= 400) expect(r.type, path).toContain("text/html");
        if (route.startsWith("/profiles"))
          expect(r.status, path).toBe(400); // none of them is a date
        else if (malformed(encoding)) expect(r.status, path).toBe(400);
        else expect([200, 302, 404], path).toContain(r.status);
      }
    }
  });
});

describe("a store that never answers", () => {
  it("a page is a 503 HTML page saying the database is unavailable, the API a 503 JSON error, at the request deadline", async () => {
    // The embedded store with every call hanging, as a frozen database would (the real one: deadline.neo4j.test.ts).
    const hanging = new Proxy(store, {
      get: (target, key) => (typeof Reflect.get(target, key) === "function" ? () => new Promise(() => {}) : Reflect.get(target, key)),
    });
    const stuck = await listen(createApp({ store: hanging, guards: { requestTimeoutMs: 300 }, log: () => {} }));
    try {
      for (const path of ["/iscm/prague-process", "/profiles", "/state/MDA/partners.csv"]) {
        const r = await rawRequest(stuck.url, path);
        expect(r.status, path).toBe(503);
        expect(r.headers["content-type"], path).toContain("text/html");
        expect(r.text, path).toContain("<title>Database unavailable — ISCM Atlas</title>");
        expect(r.text, path).toContain("the request took longer than 0.3 s and was abandoned. Try again in a moment.");
        expect(r.headers["permissions-policy"], path).toBe(PERMISSIONS_POLICY);
      }
      const api = await rawRequest(stuck.url, "/api/entities/prague-process");
      expect(api.status).toBe(503);
      expect(JSON.parse(api.text)).toMatchObject({ error: { code: "unavailable" } });
    } finally {
      await stuck.close();
    }
  });
});
