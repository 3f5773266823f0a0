/** Components rendered with react-dom/server: what a user (or a screen reader) gets in the markup. */
import type { ReactElement } from "react";
import { renderToStaticMarkup as renderBare } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/dataset/build.ts";
import { NODE_LABELS, RELATIONSHIP_TYPES } from "../../../src/model/vocabulary.ts";
import { FiltersPanel } from "../../../src/web/components/FiltersPanel.tsx";
import { Legend } from "../../../src/web/components/Legend.tsx";
import { SourceList } from "../../../src/web/components/Source.tsx";
import { OVERLAP_COLORS } from "../../../src/web/core/appearance.ts";
import { EMPTY_VIEW } from "../../../src/web/core/view.ts";
import { I18nProvider } from "../../../src/web/i18n.tsx";

const dataset = loadDataset();
/** In English, as the explorer renders them (inside its language provider). */
const renderToStaticMarkup = (element: ReactElement) => renderBare(<I18nProvider locale="en">{element}</I18nProvider>);

describe("FiltersPanel", () => {
  it("has a labelled checkbox per kind and relationship type, checked unless hidden", () => {
    const html = renderToStaticMarkup(
      <FiltersPanel dataset={dataset} view={{ ...EMPTY_VIEW, hiddenLabels: ["Theme"] }} onChange={() => {}} />,
    );
    // Each item by its words (model/relationship-words.ts), its id in the label's title.
    for (const label of NODE_LABELS) expect(html).toContain(`title="${label}"><input`);
    for (const type of RELATIONSHIP_TYPES) expect(html).toContain(`title="${type}"><input`);
    for (const words of ["Regional union", "Member of", "Observer in", "Suspended from"]) expect(html).toContain(`/>${words}</label>`);
    expect(html.match(/type="checkbox"/g)?.length).toBe(NODE_LABELS.length + RELATIONSHIP_TYPES.length + 3);
    expect(html).toMatch(/<input type="checkbox"\/>Theme/); // unchecked
    expect(html).toMatch(/<input type="checkbox" checked=""\/>State/);
    expect(html).toContain('<option value="Africa">Africa</option>');
    expect(html).toContain('<option value="labour-migration">Labour migration</option>');
  });
});

describe("Legend and sources", () => {
  it("the network's legend names every kind, with squares for organizations and unions", () => {
    const html = renderToStaticMarkup(<Legend mode="network" compared={null} name={(id) => id} map={null} />);
    for (const text of ["ISCM: RCP", "ISCM: IRF", "ISCM: Global", "State in Africa", "Organization", "Regional union", "Annex 10 theme"])
      expect(html).toContain(text);
    expect(html.match(/swatch square/g)?.length).toBe(2);
  });

  it("comparing, the legend explains the comparison's colours (green: in both), not the regions", () => {
    const names: Record<string, string> = { "prague-process": "Prague Process", "eap-panel": "EaP Panel" };
    const html = renderToStaticMarkup(
      <Legend mode="network" compared={["prague-process", "eap-panel"]} name={(id) => names[id] ?? id} map={null} />,
    );
    expect(html).toContain(`background:${OVERLAP_COLORS.shared}" aria-hidden="true"></span> State in both`);
    expect(html).toContain("State in Prague Process only");
    expect(html).toContain("State in EaP Panel only");
    expect(html).not.toContain("State in Americas");
  });

  it("sources are cited as a report cites them: publisher, title, date, where; a safe external link; the source's page", () => {
    const html = renderToStaticMarkup(
      <SourceList
        properties={{
          sources: ["prague-process-about-states-partners", "iom-2019-iscm-assessment"],
          sourceLocators: ["", "line 1567 (Annex 2)"],
          sourceQuotes: ["As of 2018, the following 50 states", ""],
        }}
        asOf="2018"
        registry={dataset.sources}
      />,
    );
    expect(html).toContain("Prague Process Secretariat (ICMPD), <cite>States &amp; Partners</cite>, undated.");
    expect(html).toContain('<a href="https://www.pragueprocess.eu/en/about/states-partners" target="_blank" rel="noreferrer noopener"');
    expect(html).toContain("IOM, <cite>Advancing a common understanding");
    expect(html).toContain(", 2019, line 1567 (Annex 2).");
    expect(html).toContain('<q class="quote">As of 2018, the following 50 states</q>');
    expect(html).toContain('<a class="source-page" href="/source/iom-2019-iscm-assessment">');
    expect(html).toContain("as of 2018");
  });
});
