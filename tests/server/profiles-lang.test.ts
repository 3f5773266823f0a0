/**
 * Profile pages in French and Spanish over real HTTP: `lang`, hreflang alternates, translated
 * headings (every heading of these pages), the entity's sourced name, the facts and sources unchanged.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../../src/dataset/build.ts";
import { knowsTerm, translateTerm } from "../../src/profiles/i18n.ts";
import { createApp } from "../../src/server/app.ts";
import { MemoryStore } from "../../src/store/memory/store.ts";
import { listen, type RunningServer } from "../helpers/http.ts";

let server: RunningServer;
beforeAll(async () => {
  server = await listen(createApp({ store: new MemoryStore(loadDataset()), log: () => {} }));
});
afterAll(async () => {
  await server?.close();
});

const get = async (path: string, headers: Record<string, string> = {}) => {
  const res = await fetch(`${server.url}${path}`, { headers });
  return { status: res.status, vary: res.headers.get("vary") ?? "", text: await res.text() };
};
const decode = (s: string) =>
  s
    .replace(/&amp;/g, "&")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
// Column headers that are names (a comparison's mechanisms) are not vocabulary.
const names = new Set(loadDataset().nodes.flatMap((n) => [String(n.properties.name), String(n.properties.shortName ?? n.properties.name)]));
const h2s = (html: string) => [...html.matchAll(/<h2[^>]*>([\s\S]*?)<\/h2>/g)].map((m) => (m[1] as string).replace(/<[^>]+>/g, ""));
const footnotes = (html: string) => [...html.matchAll(/<li id="fn-\d+"[\s\S]*?<\/li>/g)].map((m) => m[0]);

describe("profile pages in French and Spanish", () => {
  const pages = [
    "/iscm/rabat-process",
    "/iscm/gfmd",
    "/state/CIV",
    "/union/ecowas",
    "/organization/iom",
    "/compare/rabat-process/khartoum-process",
  ];

  it.each(
    pages,
  )("%s?lang=es and ?lang=fr: lang, hreflang alternates, every heading translated, the same footnotes as in English, cited in the language", async (path) => {
    const en = await get(path);
    expect(en.status).toBe(200);
    expect(en.text.includes('<html lang="en">')).toBe(true);
    const enHeadings = h2s(en.text);
    for (const lang of ["fr", "es"] as const) {
      const page = await get(`${path}?lang=${lang}`);
      expect(page.status).toBe(200);
      expect(page.text.includes(`<html lang="${lang}">`), "html lang").toBe(true);
      const alternates = [...page.text.matchAll(/<link rel="alternate" hrefLang="([^"]+)" href="([^"]+)"\/>/g)].map((m) => [m[1], m[2]]);
      expect(alternates).toEqual([
        ["en", path],
        ["fr", `${path}?lang=fr`],
        ["es", `${path}?lang=es`],
        ["x-default", path],
      ]);
      const headings = h2s(page.text);
      expect(headings).toHaveLength(enHeadings.length);
      // Every heading differs from the English one, except words that are the same in both ("Sources" in French).
      const untranslated = headings.filter((h, i) => h === enHeadings[i] && !(lang === "fr" && h === "Sources"));
      expect(untranslated, `${lang}: headings left in English`).toEqual([]);
      // Every fact term and table column header of the page is one the table translates (names and ids aside).
      const terms = [...en.text.matchAll(/<(?:dt|th scope="col")>([^<]*)<\/(?:dt|th)>/g)].map((m) => decode(m[1] as string));
      expect(terms.length).toBeGreaterThan(0);
      expect(terms.filter((t) => !knowsTerm(t) && !names.has(t))).toEqual([]);
      const translated = [...page.text.matchAll(/<(?:dt|th scope="col")>([^<]*)<\/(?:dt|th)>/g)].map((m) => decode(m[1] as string));
      expect(translated).toEqual(terms.map((t) => translateTerm(t, lang)));
      // The same footnotes, citing the same sources in the same order; the citations' own words and the link's label are in the language.
      const cited = (html: string) => footnotes(html).map((f) => f.match(/href="\/source\/([^"]+)"/)?.[1]);
      expect(cited(page.text)).toEqual(cited(en.text));
      const enNotes = footnotes(en.text).join("\n");
      const notes = footnotes(page.text).join("\n");
      if (enNotes.includes(", undated")) expect(notes).toContain(lang === "fr" ? ", non daté" : ", sin fecha");
      if (enNotes.includes("(retrieved ")) expect(notes).toContain(lang === "fr" ? "(consulté le " : "(consultado el ");
      expect(notes).not.toMatch(/, undated|\(retrieved | — as of /);
      expect(page.text).toContain(lang === "fr" ? ">ce que cette source étaye</a>" : ">lo que esta fuente respalda</a>");
    }
  });

  it("the words around the facts follow the page's language: intervals, how a fact is known, what changed", async () => {
    const en = (await get("/iscm/eap-panel")).text;
    const fr = (await get("/iscm/eap-panel?lang=fr")).text;
    const es = (await get("/iscm/eap-panel?lang=es")).text;
    expect(en).toContain("observed 2019; assumed before and since");
    expect(fr).toContain("observé 2019 ; supposé avant et depuis");
    expect(es).toContain("observado 2019; supuesto antes y después");
    expect(en).toMatch(/Belarus was suspended from [^<]* \(inferred\)/);
    expect(fr).toMatch(/Belarus a vu sa participation suspendue dans [^<]* \(déduit\)/);
    expect(es).toMatch(/salió de [^<]* \(derivado vía eu\)/);
  });

  it("the lead paragraph and the captions follow the page's language; English reads as before", async () => {
    const lead = (html: string) => /<p class="lead">([^<]*)<\/p>/.exec(html)?.[1];
    const captions = (html: string) => [...html.matchAll(/<(?:caption|figcaption)>([^<]*)</g)].map((m) => decode(m[1] as string));
    const en = (await get("/state/CIV")).text;
    const fr = (await get("/state/CIV?lang=fr")).text;
    expect(lead(en)).toMatch(/^Côte d’Ivoire in the inter-State consultation mechanisms on migration: its ISCMs by role/);
    expect(lead(fr)).toMatch(/^C[oô]te d.Ivoire dans les mécanismes de consultation inter-États sur la migration : ses MCIM par rôle/);
    expect(captions(fr).some((c) => c.startsWith("Les dix États qui partagent le plus de MCIM avec lui au "))).toBe(true);
    const es = (await get("/iscm/rabat-process?lang=es")).text;
    const esCaptions = captions(es);
    expect(
      esCaptions.some((c) => /^Huella a \d{4}-\d{2}-\d{2}: /.test(c)),
      esCaptions.join(" | "),
    ).toBe(true);
    expect(esCaptions.some((c) => /^Estados miembros a \d{4}-\d{2}-\d{2}, por región$/.test(c))).toBe(true);
    expect(captions((await get("/iscm/rabat-process")).text).some((c) => /^Member States on \d{4}-\d{2}-\d{2}, by region$/.test(c))).toBe(
      true,
    );
  });

  it("the Markdown download speaks the page's language: headings, terms and its own words; the facts and sources as in English, cited in its words", async () => {
    const en = (await get("/state/CIV.md")).text;
    const fr = (await get("/state/CIV.md?lang=fr")).text;
    const es = (await get("/state/CIV.md", { "accept-language": "es" })).text;
    expect(en).toContain("## At a glance");
    expect(en).toContain("- **Region:**");
    expect(fr).toContain("## En bref");
    expect(fr).toContain("- **Région:**");
    expect(fr).toContain("[Ouvrir dans l’explorateur]");
    expect(fr).toContain("([ce que cette source étaye](");
    expect(es).toContain("## De un vistazo");
    expect(es).toMatch(/\n## Fuentes\n/);
    // Every footnote line cites the same source as in English (its page's link), in the page's words.
    const sources = (md: string) => [...md.matchAll(/^\[\^\d+\]: .*\/source\/([^)\s]+)\)\)$/gm)].map((m) => m[1]);
    expect(sources(fr)).toEqual(sources(en));
    expect(sources(en).length).toBeGreaterThan(3);
    expect(en).toMatch(/\(retrieved \d{1,2} [A-Z][a-z]+ \d{4}\)/);
    expect(fr).toMatch(/\(consulté le \d{1,2} [a-zéû]+ \d{4}\)/);
    expect(es).toMatch(/\(consultado el \d{1,2} de [a-z]+ de \d{4}\)/);
  });

  it("shows the sourced name in the page's language, else the English one", async () => {
    const h1 = async (path: string) => /<h1>([^<]*)<\/h1>/.exec((await get(path)).text)?.[1];
    expect(await h1("/iscm/rabat-process?lang=fr")).toBe("Dialogue euro-africain sur la migration et le développement");
    expect(await h1("/state/CIV?lang=es")).toBe("Costa de Marfil");
    expect(await h1("/iscm/midcas?lang=es")).toBe("Migration Dialogue for Central African States");
    expect(await h1("/iscm/midcas")).toBe("Migration Dialogue for Central African States");
  });

  it("without ?lang= follows Accept-Language, and says it varies with it", async () => {
    const page = await get("/iscm/rabat-process", { "accept-language": "es-ES,es;q=0.9,en;q=0.5" });
    expect(page.text.includes('<html lang="es">')).toBe(true);
    expect(page.vary).toContain("Accept-Language");
    expect((await get("/iscm/rabat-process", { "accept-language": "de" })).text.includes('<html lang="en">')).toBe(true);
  });
});
