/**
 * Embeds: read-only views made for an iframe on another site, rendered on the server from the
 * profiles' own parts — `/embed/overlap?iscms=a,b[,c]`, `/embed/footprint/:iscm` (the profile's
 * footprint SVG), `/embed/state/:iso3` (the State's "At a glance"). Each follows `?asOf=`,
 * carries the citation line and links to the full view (links open outside the frame). Which
 * sites may frame them is `frameAncestors` (ATLAS_EMBED_FRAME_ANCESTORS, default any); the rest of
 * the app keeps `frame-ancestors 'none'`.
 */
import { type Context, Hono, type MiddlewareHandler } from "hono";
import { resolveEntity, UnknownEntityError } from "../../dataset/catalog.ts";
import type { GraphNode } from "../../model/graph.ts";
import { asOfDay, datasetAsOf, isPartialDate } from "../../model/time.ts";
import type { NodeLabel } from "../../model/vocabulary.ts";
import { buildProfile } from "../../profiles/build.ts";
import type { Block, Content, Section } from "../../profiles/document.ts";
import { footprintSvg } from "../../profiles/footprint-svg.ts";
import { renderEmbed, renderNotFound } from "../../profiles/render.tsx";
import { citationLine } from "../../release/citation.ts";
import type { ApiContext } from "../openapi.ts";

/** `frame-ancestors` sources: `*`, 'self', 'none', or origins (wildcard subdomains allowed), space-separated. */
export const FRAME_ANCESTORS_PATTERN =
  /^(\*|'self'|'none'|https?:\/\/(\*\.)?[A-Za-z0-9.-]+(:\d{1,5})?)( +(\*|'self'|'none'|https?:\/\/(\*\.)?[A-Za-z0-9.-]+(:\d{1,5})?))*$/;

/** After everything else: embeds may be framed by `frameAncestors` (no X-Frame-Options, their own CSP). */
export function embedFraming(frameAncestors = "*"): MiddlewareHandler {
  if (!FRAME_ANCESTORS_PATTERN.test(frameAncestors)) throw new Error(`frame-ancestors "${frameAncestors}" is not a list of sources`);
  const csp = [
    "default-src 'none'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${frameAncestors}`,
  ].join("; ");
  return async (c, next) => {
    await next();
    c.res.headers.delete("X-Frame-Options");
    c.res.headers.set("Content-Security-Policy", csp);
  };
}

/** Links become absolute (the frame is on another site) and citations go: the full view has the sources. */
function forEmbed(block: Block, origin: string): Block {
  const content = (c: Content): Content =>
    c.map((i) =>
      typeof i === "string" ? i : { text: i.text, ...(i.href ? { href: i.href.startsWith("/") ? `${origin}${i.href}` : i.href } : {}) },
    );
  if (block.kind === "facts") return { ...block, facts: block.facts.map((f) => ({ ...f, value: content(f.value) })) };
  if (block.kind === "paragraph") return { ...block, content: content(block.content) };
  if (block.kind === "list") return { ...block, items: block.items.map(content) };
  if (block.kind === "table") return { ...block, rows: block.rows.map((r) => r.map(content)) };
  return block;
}

export function embedRouter({ store, currentGraph }: ApiContext) {
  const app = new Hono();

  /** The day asked for, the asOf to keep in links, and how to say it. */
  const when = (asked: string | undefined) =>
    asked === undefined || asked === ""
      ? { day: asOfDay(null), asked: null }
      : isPartialDate(asked)
        ? { day: asOfDay(asked), asked }
        : undefined;
  const bad = (what: string) => renderNotFound(what, []).replace("<title>Not found", "<title>Bad request");
  const withAsOf = (url: string, asked: string | null) =>
    asked ? `${url}${url.includes("?") ? "&" : "?"}asOf=${encodeURIComponent(asked)}` : url;

  /** Resolves ids (names and acronyms too) of the wanted kind; undefined with the page to answer when one is unknown. */
  const resolve = async (given: string, labels: NodeLabel[]): Promise<{ node?: GraphNode; error?: string }> => {
    const catalog = await store.catalog();
    try {
      const entry = resolveEntity(catalog, "id", given, labels);
      const { dataset } = await currentGraph();
      return { node: dataset.nodes.find((n) => n.id === entry.id) };
    } catch (e) {
      if (!(e instanceof UnknownEntityError)) throw e;
      return { error: renderNotFound(`"${given}"`, []) };
    }
  };

  const page = async (
    c: Context,
    day: { day: string; asked: string | null },
    view: { title: string; kind: string; sections: Section[]; full: string },
  ) => {
    const origin = new URL(c.req.url).origin;
    const { hash } = await currentGraph();
    const fullHref = withAsOf(`${origin}${view.full}`, day.asked);
    return c.html(
      renderEmbed({
        title: view.title,
        kind: view.kind,
        asOf: day.day,
        sections: view.sections.map((s) => ({ ...s, blocks: s.blocks.map((b) => forEmbed(b, origin)) })),
        fullHref,
        citation: citationLine({ hash, asOf: day.day, url: fullHref }),
      }),
    );
  };

  /** A 400 page naming the asOf that is not a date. */
  const badDay = (c: Context) => c.html(bad(`asOf "${c.req.query("asOf")}": it must be YYYY, YYYY-MM or YYYY-MM-DD`), 400);

  app.get("/embed/footprint/:iscm", async (c) => {
    const day = when(c.req.query("asOf"));
    if (!day) return badDay(c);
    const { node, error } = await resolve(c.req.param("iscm"), ["ISCM"]);
    if (!node) return c.html(error ?? "", 404);
    const { dataset } = await currentGraph();
    const names = new Map(dataset.nodes.map((n) => [n.id, String(n.properties.name)]));
    const { svg, legend } = footprintSvg(datasetAsOf(dataset, day.day), node.id, (id) => names.get(id) ?? id);
    return page(c, day, {
      title: String(node.properties.name),
      kind: "Footprint",
      sections: [{ heading: "", blocks: [{ kind: "figure", svg, caption: legend }] }],
      full: `/iscm/${node.id}`,
    });
  });

  app.get("/embed/state/:iso3", async (c) => {
    const day = when(c.req.query("asOf"));
    if (!day) return badDay(c);
    const { node, error } = await resolve(c.req.param("iso3"), ["State"]);
    if (!node) return c.html(error ?? "", 404);
    const { dataset } = await currentGraph();
    const doc = await buildProfile(store, dataset, { kind: "state", node }, day.day, day.asked);
    return page(c, day, {
      title: doc.title,
      kind: "State engagement",
      // At a glance, then its roles in ISCMs (not its unions, partners or what is not in force).
      sections: doc.sections
        .filter((s, k) => k === 0 || !/^(Top partner|Not in force)|regional unions/.test(s.heading))
        .map((s, k) => (k === 0 ? { ...s, heading: "" } : s)),
      full: doc.path,
    });
  });

  app.get("/embed/overlap", async (c) => {
    const day = when(c.req.query("asOf"));
    if (!day) return badDay(c);
    const asked = (c.req.query("iscms") ?? "").split(",").filter(Boolean);
    if (asked.length < 2 || asked.length > 3)
      return c.html(bad(`iscms "${c.req.query("iscms") ?? ""}": give two or three ISCM ids separated by commas`), 400);
    const nodes: GraphNode[] = [];
    for (const id of asked) {
      const { node, error } = await resolve(id, ["ISCM"]);
      if (!node) return c.html(error ?? "", 404);
      nodes.push(node);
    }
    const { dataset } = await currentGraph();
    const doc = await buildProfile(store, dataset, { kind: "compare", nodes }, day.day, day.asked);
    // "In figures", then the shared and the distinct member States.
    const sections = doc.sections.filter((s) => s.heading === "In figures" || /^(Shared member States|Only in) /.test(s.heading));
    return page(c, day, { title: doc.title, kind: "Overlap", sections, full: doc.path });
  });
  return app;
}
