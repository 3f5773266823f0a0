import { describe, expect, it } from "vitest";
import { EMPTY_VIEW, searchFromView, type ViewState, viewFromSearch } from "../../../src/web/core/view.ts";
import { type ViewUpdate, viewActions } from "../../../src/web/core/view-actions.ts";

describe("the explorer's named view actions", () => {
  it("each changes what it names and nothing else", () => {
    const v: ViewState = { ...EMPTY_VIEW, selected: "MDA", overlap: ["prague-process", "eap-panel"] };
    const changed = (update: ViewUpdate) => {
      const next = update(v);
      return (Object.keys(next) as (keyof ViewState)[]).filter((k) => JSON.stringify(next[k]) !== JSON.stringify(v[k]));
    };
    expect(changed(viewActions.select("ARM"))).toEqual(["selected"]);
    expect(changed(viewActions.compare(["rabat-process", "khartoum-process"]))).toEqual(["overlap"]);
    expect(changed(viewActions.setAsOf("2019-06"))).toEqual(["asOf"]);
    expect(changed(viewActions.setMode("map"))).toEqual(["mode"]);
    expect(changed(viewActions.setLanguage("fr"))).toEqual(["lang"]);
    expect(changed(viewActions.setMatrix("jaccard", "name"))).toEqual(["matrixMeasure", "matrixOrder"]);
    expect(changed(viewActions.openPair("rabat-process", "khartoum-process"))).toEqual(["overlap"]);
    expect(changed(viewActions.setMode("matrix"))).toEqual(["mode"]);
    expect(changed(viewActions.setProjection("iscms", 5))).toEqual(["projection", "projectionMin"]);
    expect(changed(viewActions.setMap("engagement", "member"))).toEqual(["mapLayer", "engagementRoles"]);
    expect(changed(viewActions.toggleLabel("Theme"))).toEqual(["hiddenLabels"]);
    expect(changed(viewActions.toggleType("CHAIRS"))).toEqual(["hiddenTypes"]);
    expect(changed(viewActions.toggleIscmType("IRF"))).toEqual(["hiddenIscmTypes"]);
    expect(changed(viewActions.setRegion("Africa"))).toEqual(["region"]);
    expect(changed(viewActions.setTheme("asylum"))).toEqual(["theme"]);
    expect(changed(viewActions.setYearFrom(2000))).toEqual(["yearFrom"]);
    expect(changed(viewActions.setYearTo(2010))).toEqual(["yearTo"]);
  });

  it("open a matrix pair: back on the network, comparing the two; a toggle twice is no change; the address keeps the result", () => {
    const fromMatrix = viewActions.openPair("prague-process", "eap-panel")({ ...EMPTY_VIEW, mode: "matrix" });
    expect(fromMatrix.mode).toBe("network");
    expect(fromMatrix.overlap).toEqual(["prague-process", "eap-panel"]);
    const twice = viewActions.toggleLabel("Theme")(viewActions.toggleLabel("Theme")(EMPTY_VIEW));
    expect(twice.hiddenLabels).toEqual([]);
    const view = viewActions.setAsOf("2022")(viewActions.select("BLR")(EMPTY_VIEW));
    expect(viewFromSearch(searchFromView(view))).toMatchObject({ selected: "BLR", asOf: "2022" });
  });
});
