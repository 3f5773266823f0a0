/**
 * Profile pages, rendered on the server: /iscm/:id, /state/:iso3, /organization/:id, /union/:id,
 * /compare/:a/:b[/:c] and the index /profiles. Each page also answers as Markdown (path + ".md")
 * and its tables as CSV (path + "/<table>.csv"); `?asOf=` sets the day (default today). Unknown
 * ids answer a 404 page with the closest names; a name or a page of the wrong kind redirects to
 * the entity's own page.
 */
import { type Context, Hono } from "hono";
import { type Catalog, resolveEntity, UnknownEntityError } from "../../analyses/catalog.ts";
import { closestMatches } from "../../dataset/closest.ts";
import type { GraphNode } from "../../model/graph.ts";
import { PROFILE_KINDS, type ProfileKind, profilePath } from "../../model/profile-paths.ts";
import { asOfDay, isPartialDate } from "../../model/time.ts";
import { buildProfile, indexDocument, sourceDocument } from "../../profiles/build.ts";
import { type ProfileDocument, tableCsv, toMarkdown } from "../../profiles/document.ts";
import { PROFILE_CSS } from "../../profiles/profile-css.ts";
import { renderNotFound, renderProfile } from "../../profiles/render.tsx";
import type { ApiContext } from "../openapi.ts";

type Format = { kind: "html" } | { kind: "md" } | { kind: "csv"; table: string };

/** "prague-process.md" → md; a trailing "<table>.csv" segment → csv. */
function splitFormat(segments: string[]): { ids: string[]; format: Format } {
  const last = segments.at(-1) ?? "";
  if (/^[a-z0-9-]+\.csv$/.test(last) && segments.length > 1)
    return { ids: segments.slice(0, -1), format: { kind: "csv", table: last.slice(0, -4) } };
  if (last.endsWith(".md")) return { ids: [...segments.slice(0, -1), last.slice(0, -3)], format: { kind: "md" } };
  return { ids: segments, format: { kind: "html" } };
}

function suggestionsFor(catalog: Catalog, error: UnknownEntityError): { text: string; href: string }[] {
  return error.suggestions.flatMap((s) => {
    const id = /\(([^()]+)\)$/.exec(s)?.[1];
    const entry = id ? catalog.byId.get(id) : undefined;
    const kind = entry && (Object.entries(PROFILE_KINDS) as [ProfileKind, string][]).find(([, l]) => l === entry.label)?.[0];
    return kind && id ? [{ text: s, href: `/${kind}/${encodeURIComponent(id)}` }] : [];
  });
}

export function pagesRouter({ store, currentGraph }: ApiContext) {
  const app = new Hono();
  app.get("/profile.css", (c) => {
    c.header("Cache-Control", "no-cache");
    return c.body(PROFILE_CSS, 200, { "Content-Type": "text/css; charset=utf-8" });
  });

  /** asOf from the query: its day, or a 400 page naming the parameter. */
  const dayOf = (asked: string | undefined) => {
    if (asked === undefined || asked === "") return { day: asOfDay(null), asked: null };
    if (!isPartialDate(asked)) return undefined;
    return { day: asOfDay(asked), asked };
  };
  const badDate = (value: string) =>
    renderNotFound(`asOf "${value}": it must be a date as YYYY, YYYY-MM or YYYY-MM-DD`, []).replace("<title>Not found", "<title>Bad date");

  app.get("/profiles", async (c) => {
    const when = dayOf(c.req.query("asOf"));
    if (!when) return c.html(badDate(c.req.query("asOf") ?? ""), 400);
    const { dataset } = await currentGraph();
    const doc = indexDocument(dataset, when.day, when.asked);
    return c.html(renderProfile(doc, "index"));
  });

  const answer = async (c: Context, request: { kind: ProfileKind | "compare"; segments: string[] }) => {
    const when = dayOf(c.req.query("asOf"));
    if (!when) return c.html(badDate(c.req.query("asOf") ?? ""), 400);
    const { ids, format } = splitFormat(request.segments);
    const catalog = await store.catalog();
    const { dataset } = await currentGraph();
    const nodes = new Map(dataset.nodes.map((n) => [n.id, n]));
    const wanted = request.kind === "compare" ? ["ISCM"] : [PROFILE_KINDS[request.kind]];
    const resolved: GraphNode[] = [];
    for (const id of ids) {
      let entry: { id: string; label: string };
      try {
        entry = resolveEntity(
          catalog,
          "id",
          decodeURIComponent(id),
          request.kind === "compare" ? ["ISCM"] : ["ISCM", "State", "Organization", "RegionalUnion"],
        );
      } catch (e) {
        if (!(e instanceof UnknownEntityError)) throw e;
        return c.html(renderNotFound(`"${decodeURIComponent(id)}"`, suggestionsFor(catalog, e)), 404);
      }
      const node = nodes.get(entry.id) as GraphNode;
      // A name, an alias or a page of the wrong kind: the entity's own page.
      if (request.kind !== "compare" && (entry.id !== id || !wanted.includes(entry.label))) {
        const path = profilePath(node);
        if (path) return c.redirect(`${path}${format.kind === "md" ? ".md" : ""}${new URL(c.req.url).search}`, 302);
      }
      resolved.push(node);
    }
    if (request.kind === "compare") {
      if (resolved.length < 2 || resolved.length > 3)
        return c.html(renderNotFound("a comparison of fewer than two or more than three ISCMs", []), 404);
      const canonical = `/compare/${resolved.map((n) => n.id).join("/")}`;
      if (canonical !== `/compare/${ids.join("/")}`) return c.redirect(`${canonical}${new URL(c.req.url).search}`, 302);
    }
    const doc = await buildProfile(
      store,
      dataset,
      request.kind === "compare" ? { kind: "compare", nodes: resolved } : { kind: request.kind, node: resolved[0] as GraphNode },
      when.day,
      when.asked,
    );
    return respond(c, doc, format);
  };

  /** A document as HTML, Markdown or one of its tables as CSV. */
  const respond = (c: Context, doc: ProfileDocument, format: Format) => {
    const site = new URL(c.req.url).origin;
    if (format.kind === "md") {
      return c.body(toMarkdown(doc, site), 200, {
        "Content-Type": "text/markdown; charset=utf-8",
        "Content-Disposition": `inline; filename="${doc.path.slice(1).replaceAll("/", "-")}.md"`,
      });
    }
    if (format.kind === "csv") {
      const csv = tableCsv(doc, format.table);
      if (csv === undefined)
        return c.html(renderNotFound(`a table "${format.table}" on ${doc.path}`, [{ text: doc.title, href: doc.path }]), 404);
      return c.body(csv, 200, {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${doc.path.slice(1).replaceAll("/", "-")}-${format.table}.csv"`,
      });
    }
    return c.html(renderProfile(doc));
  };

  /** /source/:id (.md, /facts.csv): a source and every fact it supports. */
  const sourcePage = async (c: Context, segments: string[]) => {
    const when = dayOf(c.req.query("asOf"));
    if (!when) return c.html(badDate(c.req.query("asOf") ?? ""), 400);
    const { ids, format } = splitFormat(segments);
    const { dataset } = await currentGraph();
    const id = decodeURIComponent(ids[0] ?? "");
    const source = (dataset.sources ?? []).find((s) => s.id === id);
    if (!source || ids.length !== 1) {
      const close = closestMatches(
        id,
        (dataset.sources ?? []).map((s): [string, string] => [s.id, s.id]),
      ).map((s) => ({ text: s, href: `/source/${encodeURIComponent(s)}` }));
      return c.html(renderNotFound(`a source "${id}"`, close), 404);
    }
    return respond(c, sourceDocument(dataset, source, when.day, when.asked), format);
  };
  app.get("/source/:id", (c) => sourcePage(c, [c.req.param("id")]));
  app.get("/source/:id/:table", (c) => sourcePage(c, [c.req.param("id"), c.req.param("table")]));

  for (const kind of Object.keys(PROFILE_KINDS) as ProfileKind[]) {
    app.get(`/${kind}/:id`, (c) => answer(c, { kind, segments: [c.req.param("id")] }));
    app.get(`/${kind}/:id/:table`, (c) => answer(c, { kind, segments: [c.req.param("id"), c.req.param("table")] }));
  }
  app.get("/compare/:a/:b", (c) => answer(c, { kind: "compare", segments: [c.req.param("a"), c.req.param("b")] }));
  app.get("/compare/:a/:b/:c", (c) => answer(c, { kind: "compare", segments: [c.req.param("a"), c.req.param("b"), c.req.param("c")] }));
  app.get("/compare/:a/:b/:c/:table", (c) =>
    answer(c, { kind: "compare", segments: [c.req.param("a"), c.req.param("b"), c.req.param("c"), c.req.param("table")] }),
  );
  return app;
}
