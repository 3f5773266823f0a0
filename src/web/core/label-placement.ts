/**
 * Which node labels the network draws: sigma proposes candidates (its label grid, plus the labels
 * of ISCMs and of what a highlight shows, which are always proposed); this keeps, greedily, forced
 * labels first, then the ISCMs' (what the atlas is about: the Prague Process and the EaP Panel
 * keep theirs beside their members), then the biggest nodes, every
 * label whose box overlaps no label already kept and no node already labelled, for a node no
 * kept label covers — on the node's
 * right, else on its left (and on the left first where the right would run off the canvas), else
 * centred above or below it. The result has
 * no two labels over each other at any zoom ("Söderköping Process" over "EU-CELAC MD" was sigma's
 * grid alone). Pure: boxes in viewport pixels in, the labels to draw out.
 */

export interface LabelCandidate {
  key: string;
  label: string;
  /** The node's centre and drawn radius, in viewport pixels. */
  x: number;
  y: number;
  size: number;
  /** A highlight asks for this label (selection, comparison): it is kept whatever it covers. */
  forced: boolean;
  /**
   * Placed before every unforced label of a lower priority (still never over one kept): 1 for an
   * ISCM, 2 for the ISCMs the landing features (its quick comparisons); none for the rest.
   */
  priority?: number;
  /** The label's text width in pixels at the label font. */
  width: number;
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Pixels kept free around every label. */
const MARGIN = 2;

export type LabelSide = "right" | "left" | "above" | "below";

/**
 * Where a label goes: beside the node (sigma's default is the right), baseline at y + fontSize/3;
 * or centred above or below it.
 */
export function labelBox(c: Pick<LabelCandidate, "x" | "y" | "size" | "width">, fontSize: number, side: LabelSide = "right"): Box {
  const left = side === "right" ? c.x + c.size + 3 : side === "left" ? c.x - c.size - 3 - c.width : c.x - c.width / 2;
  const baseline =
    side === "above" ? c.y - c.size - 3 - fontSize * 0.25 : side === "below" ? c.y + c.size + 3 + fontSize * 0.8 : c.y + fontSize / 3;
  return {
    x1: left - MARGIN,
    x2: left + c.width + MARGIN,
    y1: baseline - fontSize * 0.8 - MARGIN,
    y2: baseline + fontSize * 0.25 + MARGIN,
  };
}

export function nodeBox(c: Pick<LabelCandidate, "x" | "y" | "size">): Box {
  return { x1: c.x - c.size, x2: c.x + c.size, y1: c.y - c.size, y2: c.y + c.size };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

export interface PlacedLabel extends LabelCandidate {
  side: LabelSide;
  /** Where the text starts (its left end) and its baseline, in viewport pixels. */
  textX: number;
  textY: number;
}

/** `viewportWidth`: a label that would run off the right edge tries the left first. */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  fontSize: number,
  viewportWidth = Number.POSITIVE_INFINITY,
): PlacedLabel[] {
  const ranked = candidates
    .filter((c) => c.label !== "")
    .sort(
      (a, b) =>
        Number(b.forced) - Number(a.forced) ||
        (b.priority ?? 0) - (a.priority ?? 0) ||
        b.size - a.size ||
        (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    );
  const kept: { label: PlacedLabel; box: Box; node: Box }[] = [];
  // An unforced label covers no ISCM's node, labelled yet or not, where it has a side that does
  // not: one ISCM's label does not take another's place (the Budapest Process's over the Prague
  // Process's node). Where every side does, it may still cover those of a lower priority (a
  // featured ISCM's over another ISCM's). No State's label ever hides an ISCM.
  const priorityNodes = ranked.filter((c) => c.priority).map((c) => ({ key: c.key, priority: c.priority ?? 0, box: nodeBox(c) }));
  const free = (box: Box, candidate: LabelCandidate, below: number) =>
    !kept.some((k) => overlaps(k.box, box) || overlaps(k.node, box)) &&
    !priorityNodes.some((p) => p.key !== candidate.key && p.priority >= below && overlaps(p.box, box));
  for (const candidate of ranked) {
    // A node under a label already kept gets none: a labelled node is never covered by a label.
    if (!candidate.forced && kept.some((k) => overlaps(k.box, nodeBox(candidate)))) continue;
    const rightFits = candidate.x + candidate.size + 3 + candidate.width <= viewportWidth;
    const sides: LabelSide[] = rightFits ? ["right", "left", "above", "below"] : ["left", "right", "above", "below"];
    const side = candidate.forced
      ? sides[0]
      : (sides.find((s) => free(labelBox(candidate, fontSize, s), candidate, 1)) ??
        sides.find((s) => free(labelBox(candidate, fontSize, s), candidate, candidate.priority ?? 0)));
    if (side === undefined) continue;
    const box = labelBox(candidate, fontSize, side);
    kept.push({
      label: { ...candidate, side, textX: box.x1 + MARGIN, textY: box.y2 - MARGIN - fontSize * 0.25 },
      box,
      node: nodeBox(candidate),
    });
  }
  return kept.map((k) => k.label);
}
