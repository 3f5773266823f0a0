import { describe, expect, it } from "vitest";
import { activeOn, inactiveWindows, OPEN_END, OPEN_START } from "../../src/model/time.ts";

describe("a mechanism's status on a day (inactiveWindows, activeOn)", () => {
  it("is inactive before it was created, while dormant until a relaunch, and from the day after it ended", () => {
    const windows = inactiveWindows([
      { change: "created", date: "2005-03" },
      { change: "dormant", date: "2012" },
      { change: "relaunched", date: "2014-06-15" },
      { change: "merged", date: "2020-01" },
    ]);
    expect(windows).toEqual([
      { from: OPEN_START, to: "2005-02-28" },
      { from: "2012-01-01", to: "2014-06-14" },
      { from: "2020-02-01", to: OPEN_END },
    ]);
    const p = { inactiveFrom: windows.map((w) => w.from), inactiveTo: windows.map((w) => w.to) };
    expect(["2005-02-28", "2013-05-01", "2020-02-01"].map((d) => activeOn(p, d))).toEqual([false, false, false]);
    expect(["2005-03-01", "2011-12-31", "2014-06-15", "2020-01-31"].map((d) => activeOn(p, d))).toEqual([true, true, true, true]);
  });

  it("a mechanism with no status change (or undated ones) is active every day", () => {
    expect(inactiveWindows([])).toEqual([]);
    expect(inactiveWindows([{ change: "dormant", date: null }])).toEqual([]);
    expect(activeOn({}, "1990-01-01")).toBe(true);
  });
});
