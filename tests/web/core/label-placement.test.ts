/** Label placement (core/label-placement.ts): no label over another or over a labelled node. */
import { describe, expect, it } from "vitest";
import { type LabelCandidate, labelBox, nodeBox, overlaps, type PlacedLabel, placeLabels } from "../../../src/web/core/label-placement.ts";

const FONT = 14;
const candidate = (key: string, x: number, y: number, size: number, width: number, forced = false): LabelCandidate => ({
  key,
  label: key,
  x,
  y,
  size,
  width,
  forced,
});

describe("placeLabels", () => {
  it("of two labels that would cross, the bigger node's is kept", () => {
    const big = candidate("Söderköping Process", 100, 100, 12, 130);
    const small = candidate("EU-CELAC MD", 150, 104, 8, 90);
    expect(overlaps(labelBox(big, FONT), labelBox(small, FONT))).toBe(true);
    // The small one cannot go left either: its left box would cover the big node.
    expect(placeLabels([small, big], FONT, 1000).map((l) => l.key)).toEqual(["Söderköping Process"]);
  });

  it("puts a label on the node's left when its right is taken", () => {
    // Bali Process's right would cover the GFMD's node; its left is free.
    const big = candidate("GFMD", 300, 100, 20, 40);
    const neighbour = candidate("Bali Process", 200, 100, 10, 80);
    const placed = placeLabels([big, neighbour], FONT, 1000);
    expect(placed.map((l) => [l.key, l.side])).toEqual([
      ["GFMD", "right"],
      ["Bali Process", "left"],
    ]);
  });

  it("tries the left first where the right would run off the canvas", () => {
    const [placed] = placeLabels([candidate("ACP-EU MD", 950, 100, 10, 120)], FONT, 1000);
    expect(placed?.side).toBe("left");
    expect(placed?.textX).toBeCloseTo(950 - 10 - 3 - 120);
  });

  it("keeps a forced label (a selection) even over others, and ranks it first", () => {
    const big = candidate("GFMD", 100, 100, 20, 40);
    const selected = candidate("ARM", 125, 100, 3, 30, true);
    expect(placeLabels([big, selected], FONT, 1000).map((l) => l.key)).toEqual(["ARM", "GFMD"]);
  });

  it("never keeps two labels that overlap, nor a label over a labelled node, on a crowded random picture", () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const crowd = Array.from({ length: 300 }, (_, i) =>
      candidate(`n${i}`, random() * 800, random() * 600, 3 + random() * 20, 20 + random() * 150),
    );
    const placed = placeLabels(crowd, FONT, 800);
    expect(placed.length).toBeGreaterThan(10);
    const boxes = placed.map((l) => labelBox(l, FONT, l.side));
    for (let i = 0; i < placed.length; i++)
      for (let j = 0; j < placed.length; j++) {
        if (i === j) continue;
        expect(overlaps(boxes[i] as ReturnType<typeof labelBox>, boxes[j] as ReturnType<typeof labelBox>)).toBe(false);
        expect(overlaps(boxes[i] as ReturnType<typeof labelBox>, nodeBox(placed[j] as LabelCandidate))).toBe(false);
      }
  });

  it("drops empty labels (faded nodes have none)", () => {
    expect(placeLabels([{ ...candidate("x", 0, 0, 5, 0), label: "" }], FONT)).toEqual([]);
  });
});

describe("placeLabels: ISCMs first", () => {
  const iscm = (key: string, x: number, y: number, size: number, width: number, priority = 1): LabelCandidate => ({
    ...candidate(key, x, y, size, width),
    priority,
  });

  it("an ISCM's label goes before a bigger node's, which moves off the ISCM's node", () => {
    const union = candidate("European Union", 100, 100, 20, 110);
    const small = iscm("Prague Process", 180, 104, 8, 110);
    // Without priority the union's label (right) would be kept and cover the ISCM's node.
    expect(placeLabels([union, { ...small, priority: undefined }], FONT, 1000).map((l) => l.key)).toEqual(["European Union"]);
    expect(placeLabels([union, small], FONT, 1000).map((l) => [l.key, l.side])).toEqual([
      ["Prague Process", "right"],
      ["European Union", "left"],
    ]);
  });

  it("no unforced label covers an ISCM's node when another side is free: it goes above or below", () => {
    // Budapest's right and left are both taken by ISCM nodes; above is free.
    const budapest = iscm("Budapest Process", 300, 300, 18, 120);
    const prague = iscm("Prague", 340, 300, 10, 50);
    const other = iscm("Other", 200, 300, 10, 50);
    const placed = placeLabels([budapest, prague, other], FONT, 1000);
    const b = placed.find((l) => l.key === "Budapest Process");
    expect(b?.side).toBe("above");
    for (const node of [prague, other]) expect(overlaps(labelBox(b as PlacedLabel, FONT, "above"), nodeBox(node))).toBe(false);
  });

  it("a featured ISCM (priority 2) is placed before a bigger ISCM", () => {
    const big = iscm("Budapest Process", 100, 100, 20, 120);
    const featured = iscm("Prague Process", 100, 100, 10, 110, 2);
    expect(placeLabels([big, featured], FONT, 1000)[0]?.key).toBe("Prague Process");
  });
});
