/**
 * A picture made for sharing: the view (a canvas) framed by a title and the as-of date above, and
 * the legend and the citation line (web/citation.ts) below — so a PNG read away from the atlas
 * still says what it shows, when, and where it comes from.
 */

export interface LegendEntry {
  color: string;
  label: string;
}

/** The legend the side panel shows now (components/Legend.tsx): what the user sees is what the picture carries. */
export function legendFromPanel(root: ParentNode = document): LegendEntry[] {
  return [...root.querySelectorAll(".side .legend li")].map((li) => {
    const swatch = li.querySelector<HTMLElement>(".swatch");
    return { color: swatch ? getComputedStyle(swatch).backgroundColor : "#888888", label: (li.textContent ?? "").trim() };
  });
}

const FONT = "sans-serif";

/** The view with its frame, as a PNG blob; `scale` is the canvas's pixels per CSS pixel. */
export function framedPng(
  view: HTMLCanvasElement,
  frame: { title: string; day: string; legend: readonly LegendEntry[]; citation: string },
  scale = 1,
): Promise<Blob> {
  const s = scale;
  const width = view.width;
  const columns = Math.max(1, Math.floor(width / (260 * s)));
  const legendRows = Math.ceil(frame.legend.length / columns);
  const head = 56 * s;
  const foot = (16 + legendRows * 20 + 28) * s;
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = head + view.height + foot;
  const ctx = canvas.getContext("2d");
  if (!ctx) return Promise.reject(new Error("no 2D canvas"));
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = "#222222";
  ctx.font = `bold ${20 * s}px ${FONT}`;
  ctx.fillText(frame.title, 12 * s, 26 * s);
  ctx.font = `${13 * s}px ${FONT}`;
  ctx.fillText(`As of ${frame.day}`, 12 * s, 46 * s);
  ctx.drawImage(view, 0, head);
  let y = head + view.height + 16 * s;
  ctx.font = `${12 * s}px ${FONT}`;
  frame.legend.forEach((entry, i) => {
    const x = 12 * s + (i % columns) * 260 * s;
    const row = Math.floor(i / columns);
    ctx.fillStyle = entry.color;
    ctx.fillRect(x, y + row * 20 * s, 12 * s, 12 * s);
    ctx.fillStyle = "#222222";
    ctx.fillText(entry.label, x + 18 * s, y + row * 20 * s + 10 * s, 236 * s);
  });
  y += legendRows * 20 * s + 12 * s;
  ctx.fillStyle = "#444444";
  ctx.font = `${11 * s}px ${FONT}`;
  ctx.fillText(frame.citation, 12 * s, y + 6 * s, width - 24 * s);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG encoding failed"))), "image/png"));
}
