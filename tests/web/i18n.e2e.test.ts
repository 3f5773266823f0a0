/**
 * The explorer and a profile page in French and Spanish, in Debian's chromium: the language from
 * `?lang=` or, on a first visit, from the browser's; the switcher writes it into the address;
 * search in French selects the Rabat Process; axe-core finds no serious or critical violation.
 */
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SHOTS, seriousViolations, startExplorer } from "../helpers/explorer.ts";
import type { RunningServer } from "../helpers/http.ts";

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  ({ server, browser } = await startExplorer());
}, 240_000); // builds the web app when its sources changed, then starts chromium: minutes on a busy 2-core machine
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(
  path: string,
  locale = "en-US",
  ready = "[data-testid=sigma-container] canvas",
): Promise<{ context: BrowserContext; page: Page }> {
  // axe-core's Playwright builder needs a page of an explicit context; `locale` is the browser's language.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale });
  const page = await context.newPage();
  await page.goto(`${server.url}${path}`);
  await page.waitForSelector(ready, { timeout: 30_000 });
  return { context, page };
}

describe("the explorer in French and Spanish", () => {
  it("?lang=fr: the shell and the network's labels in French; 'processus de rabat' + Enter selects the Rabat Process; no serious axe violation", async () => {
    const { context, page } = await open("/?lang=fr&expose");
    // The network's labels too: the sourced French short name, the English one where none is sourced.
    await page.waitForFunction(() => window.__sigma !== undefined);
    const label = (id: string) => page.evaluate((node) => window.__sigma?.getGraph().getNodeAttribute(node, "label"), id);
    expect(await label("rabat-process")).toBe("Processus de Rabat");
    expect(await label("CIV")).toBe("Côte d'Ivoire");
    expect(await label("midcas")).toBe("MIDCAS");
    expect(await page.getAttribute("html", "lang")).toBe("fr");
    const views = page.getByRole("navigation", { name: "Vues" });
    expect(await views.getByRole("button").allTextContents()).toEqual([
      "Réseau",
      "Matrice des chevauchements",
      "Appartenance commune",
      "Carte",
      "Cypher",
    ]);
    expect(await page.locator("summary", { hasText: "Filtres" }).count()).toBe(1);
    // The legend and the graph's note, with the day through Intl.
    await page.locator("details.legend li", { hasText: "État d’Afrique" }).waitFor();
    expect(await page.textContent(".hidden-count")).toMatch(
      /^Rien de masqué par les filtres · au \d{1,2} \S+ \d{4}, \d+ relations qui ne sont pas en vigueur$/,
    );
    expect(await page.getByRole("button", { name: "Réinitialiser la vue" }).count()).toBe(1);
    // The featured comparison by the mechanisms' sourced French names.
    await expect.poll(() => page.getByRole("button", { name: "Processus de Prague face à EaP Panel" }).count()).toBe(1);
    await page.locator("summary", { hasText: "Filtres" }).click();
    expect(await page.getByRole("combobox", { name: "Région des États" }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    const box = page.getByRole("combobox", { name: "Rechercher" });
    await box.fill("processus de rabat");
    const first = page.locator("[role=listbox] [role=option]").first();
    await expect
      .poll(() => first.textContent())
      .toMatch(/^Processus de Rabat — Dialogue euro-africain sur la migration et le développement/);
    await page.keyboard.press("Enter");
    await expect.poll(() => new URL(page.url()).searchParams.get("selected")).toBe("rabat-process");
    expect(new URL(page.url()).searchParams.get("lang")).toBe("fr");
    await page.screenshot({ path: join(SHOTS, "explorer-fr.png") });
    await context.close();
  });

  it("?lang=es: the overlap of the Rabat and Khartoum Processes in Spanish (Intl decimals, sourced names); no serious axe violation", async () => {
    const { context, page } = await open("/?lang=es&overlap=rabat-process,khartoum-process");
    const summary = page.getByTestId("overlap-summary");
    await expect
      .poll(() => summary.textContent())
      .toMatch(/^\d+ Estados miembros comunes · Jaccard 0,\d\d · coeficiente de superposición 0,\d\d · miembros: \d+ \/ \d+$/);
    // Its Spanish name is sourced ("Proceso de Jartum") but no Spanish short name is: the English one stays.
    expect(await page.getByRole("heading", { name: /^Solo Khartoum Process \(\d+\)$/ }).count()).toBe(1);
    expect(await page.getByRole("combobox", { name: "Primer MCIM" }).count()).toBe(1);
    expect(await page.getByRole("button", { name: "Borrar la comparación" }).count()).toBe(1);
    // "Qué cambió": its own words (the change sentences themselves are still English).
    await page.locator("summary", { hasText: "Qué cambió" }).click();
    await page.getByRole("textbox", { name: "Desde" }).waitFor();
    await expect.poll(() => page.locator(".changes p").first().textContent()).toMatch(/^\d+ cambios?$/);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it("the details panel in French and in Spanish: its terms, relationship words, intervals and source counts; no serious axe violation", async () => {
    for (const [lang, words] of [
      [
        "fr",
        {
          kind: "MCIM",
          members: "États membres",
          chair: /^Présidence au \d{4}-\d{2}-\d{2}$/,
          group: "Membres",
          sources: /^\d+ sources?$/,
          interval: /(depuis|observé|–)/,
          confirmed: /^membres \d{4}/,
          filters: "Filtres",
          filterItems: ["État", "MCIM", "Union régionale", "Membre de", "Afrique"],
        },
      ],
      [
        "es",
        {
          kind: "MCIM",
          members: "Estados miembros",
          chair: /^Presidencia al \d{4}-\d{2}-\d{2}$/,
          group: "Miembros",
          sources: /^\d+ fuentes?$/,
          interval: /(desde|observado|–)/,
          confirmed: /^miembros \d{4}/,
          filters: "Filtros",
          filterItems: ["Estado", "MCIM", "Unión regional", "Miembro de", "África"],
        },
      ],
    ] as const) {
      const { context, page } = await open(`/?lang=${lang}&selected=rabat-process`);
      const details = page.locator(".details");
      await expect.poll(() => details.locator("h2").textContent(), { timeout: 30_000 }).toMatch(/Rabat/);
      expect(await details.locator(".kind").textContent()).toBe(words.kind);
      const terms = await details.locator(".facts dt").allTextContents();
      expect(terms).toContain(words.members);
      expect(
        terms.some((term) => words.chair.test(term)),
        terms.join(" | "),
      ).toBe(true);
      expect(await details.getByRole("heading", { level: 3, name: new RegExp(`^${words.group} \\(\\d+\\)$`) }).count()).toBe(1);
      expect(await details.locator("[data-testid=interval]").first().textContent()).toMatch(words.interval);
      expect(await details.locator(".citations summary").first().textContent()).toMatch(words.sources);
      // "Confirmed as of" per aspect, and the filters' items, in the language too.
      expect(await details.getByTestId("confirmed-as-of").textContent()).toMatch(words.confirmed);
      await page.locator("summary", { hasText: words.filters }).click();
      const items = await page.locator("details.filters label, details.filters option").allTextContents();
      for (const item of words.filterItems)
        expect(
          items.map((i) => i.trim()),
          item,
        ).toContain(item);
      // The panel's own words carry no English (quotes from sources stay as the source wrote them).
      const own = [...(await details.locator(".facts dt, h3, .citations summary, .source-page, .profile-link").allTextContents())].join(
        " | ",
      );
      expect(own).not.toMatch(/Member States|Chair on|Regions covered|what this source supports|Profile page|\bsources?\b(?! )/);
      // The entity's sourced name in the language: the Rabat Process's own French name; no Spanish
      // one is sourced (seed/names.json has it only as a search alias), so Spanish shows the English.
      expect(await details.locator("h2").textContent()).toMatch(
        lang === "fr" ? /^Processus de Rabat — Dialogue euro-africain/ : /^Rabat Process — /,
      );
      expect(await seriousViolations(page)).toEqual([]);
      expect(await page.locator("details.membership-downloads summary").textContent()).toBe(
        lang === "fr" ? "Tableau des appartenances" : "Tabla de pertenencia",
      );
      // A long term ("Secrétariat (annexe 2, 2019)") wraps: every fact keeps over half of the list's width.
      const list = (await details.locator(".facts").boundingBox())?.width ?? 0;
      const facts = await details.locator(".facts dd").evaluateAll((dds) => dds.map((dd) => dd.getBoundingClientRect().width));
      expect(facts.length).toBeGreaterThan(5);
      expect(Math.min(...facts)).toBeGreaterThan(list * 0.55);
      if (lang === "fr") await page.screenshot({ path: join(SHOTS, "explorer-fr-details.png") });
      await context.close();
    }
  });

  it("the map in French and in Spanish: the Rabat–Khartoum overlap's legend, layer names and State names; counts as the overlap panel's; no serious axe violation", async () => {
    for (const [lang, words] of [
      [
        "fr",
        {
          title: /^Carte : Chevauchement : Processus de Rabat \/ Khartoum Process$/,
          both: /^État dans les deux \((\d+)\)$/,
          layer: "empreinte",
          gbr: "Royaume-Uni",
        },
      ],
      [
        "es",
        {
          title: /^Mapa: Superposición: Rabat Process \/ Khartoum Process$/,
          both: /^Estado en ambos \((\d+)\)$/,
          layer: "huella",
          gbr: "Reino Unido",
        },
      ],
    ] as const) {
      const { context, page } = await open(
        `/?lang=${lang}&mode=map&overlap=rabat-process,khartoum-process`,
        "en-US",
        "[data-testid=map-svg] [data-iso3]",
      );
      await expect.poll(() => page.getByTestId("legend-title").textContent()).toMatch(words.title);
      const both = (await page.locator("details.legend li").allTextContents()).find((t) => words.both.test(t.trim()));
      expect(both, "the side legend's 'in both' entry").toBeDefined();
      // The same number as the map's own legend and as the overlap panel's shared count.
      const count = Number(words.both.exec((both as string).trim())?.[1]);
      expect(Number(await page.locator("[data-testid=map-svg] [data-legend=all]").getAttribute("data-count"))).toBe(count);
      expect(Number(await page.getByTestId("shared-count").textContent())).toBe(count);
      expect(await page.locator("[data-testid=map-svg] [data-legend=all] text").textContent()).toMatch(
        lang === "fr" ? /^dans les deux: \d+$/ : /^en ambos: \d+$/,
      );
      const layers = await page.locator(".geo-toolbar select").first().locator("option").allTextContents();
      expect(layers).toContain(words.layer);
      // A State's name on the map (its hover title) is the package's translation.
      expect(await page.locator('[data-testid=map-svg] [data-iso3="GBR"] title').first().textContent()).toMatch(
        new RegExp(`^${words.gbr}`),
      );
      expect(await seriousViolations(page)).toEqual([]);
      if (lang === "es") await page.screenshot({ path: join(SHOTS, "explorer-es-map.png") });
      await context.close();
    }
  });

  it("the analyses panel in French and in Spanish: titles, summary, parameter labels, column headers with units, names in the table", async () => {
    for (const [lang, words] of [
      [
        "fr",
        {
          summary: "Analyses",
          analysis: "Analyse",
          title: "Comment deux ou trois mécanismes se recoupent",
          a: "un MCIM (identifiant, nom, sigle ou autre nom) *",
          b: "un autre MCIM *",
          run: "Lancer",
          header: "Membres de tous (États)",
          rows: /^lignes?\. Affichez une ligne/,
          deu: "Allemagne",
        },
      ],
      [
        "es",
        {
          summary: "Análisis",
          analysis: "Análisis",
          title: "Cómo se superponen dos o tres mecanismos",
          a: "un MCIM (identificador, nombre, sigla u otro nombre) *",
          b: "otro MCIM *",
          run: "Ejecutar",
          header: "Miembros de todos (Estados)",
          rows: /^filas?\. Muestre una fila/,
          deu: "Alemania",
        },
      ],
    ] as const) {
      const { context, page } = await open(`/?lang=${lang}`);
      await page.locator("summary", { hasText: words.summary }).first().click();
      await page.getByRole("combobox", { name: words.analysis, exact: true }).selectOption({ label: words.title });
      await page.getByRole("textbox", { name: words.a }).fill("rabat-process");
      await page.getByRole("textbox", { name: words.b }).fill("khartoum-process");
      await page.getByRole("button", { name: words.run, exact: true }).click();
      await page.waitForSelector(".analysis-result table tbody tr", { timeout: 30_000 });
      const headers = await page.locator(".analysis-result thead th").allTextContents();
      expect(headers.map((h) => h.replace(/[▲▼]/g, "").trim())).toContain(words.header);
      expect(await page.locator(".analysis-summary").textContent()).not.toMatch(/member States|mechanisms/);
      const line = await page.getByTestId("analysis-row-count").evaluate((el) => el.parentElement?.textContent ?? "");
      expect(line.replace(/^\d+\s*/, "")).toMatch(words.rows);
      // The States in the table by their names in that language.
      expect(await page.locator(".analysis-result tbody").textContent()).toContain(words.deu);
      expect(await seriousViolations(page)).toEqual([]);
      await context.close();
    }
  });

  it("'what changed' in French and in Spanish: the sentences and the names in that language, the same count as in English", async () => {
    const api = (await (await fetch(`${server.url}/api/changes?from=2019-06&iscm=eap-panel`)).json()) as { rows: unknown[] };
    for (const [lang, words] of [
      ["fr", { summary: "Ce qui a changé", suspended: "Biélorussie a vu sa participation suspendue dans", left: "a quitté" }],
      ["es", { summary: "Qué cambió", suspended: "Bielorrusia vio suspendida su participación en", left: "salió de" }],
    ] as const) {
      const { context, page } = await open(`/?lang=${lang}&selected=eap-panel`);
      await page.locator("summary", { hasText: words.summary }).click();
      await expect.poll(() => page.textContent("[data-testid=changes-count]")).toBe(String(api.rows.length));
      const text = await page.locator(".changes-list").textContent();
      expect(text).toContain(words.suspended);
      expect(text).toContain(words.left);
      expect(text).not.toMatch(/ was suspended from | left /);
      await context.close();
    }
  });

  it("the matrix, co-membership and Cypher views' own words in French and Spanish", async () => {
    {
      const { context, page } = await open("/?lang=es&mode=matrix", "en-US", "section.matrix svg rect.cell");
      expect(await page.getByRole("combobox", { name: "Medida" }).count()).toBe(1);
      expect(await page.locator("section.matrix svg").getAttribute("aria-label")).toMatch(
        /^Superposición de \d+ MCIM por Estados miembros comunes$/,
      );
      await context.close();
    }
    {
      const { context, page } = await open("/?lang=fr&mode=co-membership", "en-US", "[data-testid=projection-summary]");
      await expect
        .poll(() => page.getByTestId("projection-summary").textContent())
        .toMatch(/^\d+ nœuds, \d+ liens, \d+ communautés \(Louvain, modularité /);
      await context.close();
    }
    {
      const { context, page } = await open("/?lang=fr&mode=cypher", "en-US", "[data-testid=console-embedded-note]");
      expect(await page.getByTestId("console-embedded-note").textContent()).toMatch(/^La console Cypher a besoin de Neo4j/);
      expect(await page.getByRole("heading", { name: "Console Cypher" }).count()).toBe(1);
      await context.close();
    }
  });

  it("a first visit from a Spanish browser is in Spanish and says so in the address; the switcher goes back to English", async () => {
    const { context, page } = await open("/", "es-ES");
    expect(await page.getAttribute("html", "lang")).toBe("es");
    await expect.poll(() => new URL(page.url()).searchParams.get("lang")).toBe("es");
    expect(await page.getByRole("combobox", { name: "Buscar" }).getAttribute("placeholder")).toBe("Buscar MCIM, Estados, organizaciones…");
    expect(await page.getByRole("navigation", { name: "Vistas" }).getByRole("button").first().textContent()).toBe("Red");
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, "explorer-es.png") });
    await page.getByRole("combobox", { name: "Idioma" }).selectOption("en");
    await expect.poll(() => page.getAttribute("html", "lang")).toBe("en");
    expect(new URL(page.url()).searchParams.get("lang")).toBeNull();
    expect(await page.getByRole("navigation", { name: "Views" }).getByRole("button").first().textContent()).toBe("Network");
    await context.close();
  });
});

describe("a profile page in Spanish", () => {
  it("/iscm/rabat-process?lang=es: lang, Spanish headings, the same sources; no serious axe violation", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/iscm/rabat-process?lang=es`);
    await page.locator("h1").waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("es");
    const headings = await page.locator("main h2").allTextContents();
    expect(headings).toContain("Fuentes");
    expect(headings).toContain("Cómo citar");
    expect(headings.some((h) => /^Estados miembros \(\d+\)$/.test(h))).toBe(true);
    expect(await page.locator('link[rel=alternate][hreflang="fr"]').getAttribute("href")).toBe("/iscm/rabat-process?lang=fr");
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, "profile-es.png") });
    await context.close();
  });
});
