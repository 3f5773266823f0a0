/**
 * Profile pages, rendered on the server: /iscm/:id, /state/:iso3, /organization/:id, /union/:id,
 * /compare/:a/:b[/:c] and the index /profiles. Each page also answers as Markdown (path + ".md")
 * and its tables as CSV (path + "/<table>.csv"); `?asOf=` sets the day (default today). Unknown
 * ids answer a 404 page with the closest names; a name or a page of the wrong kind redirects to
 * the entity's own page.
 */
import { type Context, Hono } from "hono";
import type { CurrencyFinding } from "../../analyses/currency.ts";
import { runAnalysis } from "../../analyses/run.ts";
import { type Catalog, resolveEntity, UnknownEntityError } from "../../dataset/catalog.ts";
import { closestMatches } from "../../dataset/closest.ts";
import { acceptLanguageTags, type Locale, localeFrom } from "../../i18n/locale.ts";
import type { GraphNode } from "../../model/graph.ts";
import { localisedNames } from "../../model/names.ts";
import { PROFILE_KINDS, type ProfileKind, profilePath } from "../../model/profile-paths.ts";
import { asOfDay, isPartialDate } from "../../model/time.ts";
import { buildProfile, currencyDocument, indexDocument, sourceDocument } from "../../profiles/build.ts";
import { type ProfileDocument, tableCsv, toMarkdown } from "../../profiles/document.ts";
import { markdownWords } from "../../profiles/i18n.ts";
import { PROFILE_CSS } from "../../profiles/profile-css.ts";
import { renderErrorPage, renderNotFound, renderProfile } from "../../profiles/render.tsx";
import { citationLine } from "../../release/citation.ts";
import { entityJsonLd, jsonLdScript } from "../../release/jsonld.ts";
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

/**
 * The segments of the path after its first ("/compare/a/b" → ["a", "b"]), each decoded exactly
 * once, strictly: the raw path is read here rather than the router's parameters, which are
 * decoded leniently (an invalid escape is left as it is). A segment that is not valid
 * percent-encoding (a lone "%", a cut UTF-8 sequence) is returned as `malformed`.
 */
function pathSegments(url: string): { segments: string[] } | { malformed: string } {
  const raw = new URL(url).pathname.split("/").slice(2);
  const segments: string[] = [];
  for (const segment of raw) {
    try {
      segments.push(decodeURIComponent(segment));
    } catch {
      return { malformed: segment };
    }
  }
  return { segments };
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
    renderErrorPage(400, "Bad date", `No profile for asOf "${value}": it must be a date as YYYY, YYYY-MM or YYYY-MM-DD.`);

  /** The page's language: `?lang=`, else the browser's Accept-Language (so the answer varies with it). */
  const langOf = (c: Context): Locale => {
    c.header("Vary", "Accept-Language");
    return localeFrom(new URL(c.req.url).search, acceptLanguageTags(c.req.header("accept-language")));
  };

  app.get("/currency", async (c) => {
    const when = dayOf(c.req.query("asOf"));
    if (!when) return c.html(badDate(c.req.query("asOf") ?? ""), 400);
    const { dataset } = await currentGraph();
    const result = await runAnalysis(store, "currency", { asOf: when.day });
    const doc = currencyDocument(result.rows as unknown as CurrencyFinding[], dataset, when.day, when.asked);
    return c.html(renderProfile(doc, "index", undefined, undefined, langOf(c)));
  });

  app.get("/profiles", async (c) => {
    const when = dayOf(c.req.query("asOf"));
    if (!when) return c.html(badDate(c.req.query("asOf") ?? ""), 400);
    const { dataset, hash } = await currentGraph();
    const doc = indexDocument(dataset, when.day, when.asked);
    const url = `${new URL(c.req.url).origin}/profiles${when.asked ? `?asOf=${encodeURIComponent(when.asked)}` : ""}`;
    return c.html(renderProfile(doc, "index", citationLine({ hash, asOf: when.day, url }), undefined, langOf(c)));
  });

  const answer = async (c: Context, kind: ProfileKind | "compare") => {
    const request = { kind, ...pathSegments(c.req.url) };
    if ("malformed" in request) {
      const shown = request.malformed.slice(0, 100);
      return c.html(
        renderErrorPage(
          400,
          "Bad address",
          `"${shown}" in the address is not valid percent-encoding (a "%" must start an escape like %20 of UTF-8 bytes).`,
        ),
        400,
      );
    }
    const when = dayOf(c.req.query("asOf"));
    if (!when) return c.html(badDate(c.req.query("asOf") ?? ""), 400);
    const { ids, format } = splitFormat(request.segments);
    const catalog = await store.catalog();
    const { dataset, hash } = await currentGraph();
    const nodes = new Map(dataset.nodes.map((n) => [n.id, n]));
    const wanted = request.kind === "compare" ? ["ISCM"] : [PROFILE_KINDS[request.kind]];
    const resolved: GraphNode[] = [];
    for (const id of ids) {
      let entry: { id: string; label: string };
      try {
        entry = resolveEntity(
          catalog,
          "id",
          id,
          request.kind === "compare" ? ["ISCM"] : ["ISCM", "State", "Organization", "RegionalUnion"],
        );
      } catch (e) {
        if (!(e instanceof UnknownEntityError)) throw e;
        return c.html(renderNotFound(`"${id}"`, suggestionsFor(catalog, e)), 404);
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
      langOf(c),
    );
    const site = new URL(c.req.url).origin;
    const jsonLd = request.kind === "compare" ? undefined : jsonLdScript(entityJsonLd(dataset, resolved[0] as GraphNode, site));
    const titleNode = request.kind === "compare" ? undefined : (resolved[0] as GraphNode);
    return respond(c, doc, format, { hash, day: when.day, asked: when.asked, jsonLd, titleNode });
  };

  /** A document as HTML, Markdown or one of its tables as CSV; the HTML carries the citation line (and JSON-LD for an entity). */
  const respond = (
    c: Context,
    doc: ProfileDocument,
    format: Format,
    page: { hash: string; day: string; asked: string | null; jsonLd?: string; titleNode?: GraphNode },
  ) => {
    const site = new URL(c.req.url).origin;
    if (format.kind === "md") {
      // In the page's language, like the HTML: headings, terms and the export's own words.
      return c.body(toMarkdown(doc, site, markdownWords(langOf(c))), 200, {
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
    const lang = langOf(c);
    // The entity's own name in the page's language (sourced, else English); its facts unchanged.
    const shown =
      !page.titleNode || lang === "en" ? doc : { ...doc, title: localisedNames(page.titleNode.properties, lang, doc.title).name };
    return c.html(
      renderProfile(
        shown,
        undefined,
        citationLine({
          hash: page.hash,
          asOf: page.day,
          url: `${site}${doc.path}${page.asked ? `?asOf=${encodeURIComponent(page.asked)}` : ""}`,
        }),
        page.jsonLd,
        lang,
      ),
    );
  };

  /** /source/:id (.md, /facts.csv): a source and every fact it supports. */
  const sourcePage = async (c: Context, segments: string[]) => {
    const when = dayOf(c.req.query("asOf"));
    if (!when) return c.html(badDate(c.req.query("asOf") ?? ""), 400);
    const { ids, format } = splitFormat(segments);
    const { dataset, hash } = await currentGraph();
    // Hono has decoded the parameter once; decoding again would throw on a "%".
    const id = ids[0] ?? "";
    const source = (dataset.sources ?? []).find((s) => s.id === id);
    if (!source || ids.length !== 1) {
      const close = closestMatches(
        id,
        (dataset.sources ?? []).map((s): [string, string] => [s.id, s.id]),
      ).map((s) => ({ text: s, href: `/source/${encodeURIComponent(s)}` }));
      return c.html(renderNotFound(`a source "${id}"`, close), 404);
    }
    return respond(c, sourceDocument(dataset, source, when.day, when.asked), format, { hash, day: when.day, asked: when.asked });
  };
  app.get("/source/:id", (c) => sourcePage(c, [c.req.param("id")]));
  app.get("/source/:id/:table", (c) => sourcePage(c, [c.req.param("id"), c.req.param("table")]));

  // The routes say which paths are pages; answer() reads the path's segments itself (pathSegments).
  for (const kind of Object.keys(PROFILE_KINDS) as ProfileKind[]) {
    app.get(`/${kind}/:id`, (c) => answer(c, kind));
    app.get(`/${kind}/:id/:table`, (c) => answer(c, kind));
  }
  app.get("/compare/:a/:b", (c) => answer(c, "compare"));
  app.get("/compare/:a/:b/:c", (c) => answer(c, "compare"));
  app.get("/compare/:a/:b/:c/:table", (c) => answer(c, "compare"));
  return app;
}
