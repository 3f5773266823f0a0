/** Writing an export to a file or folder (Node only; the formats themselves are in export.ts). */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Dataset } from "../model/graph.ts";
import { type ExportFormat, exportCsv, exportGexf, exportGraphml, exportJson } from "./export.ts";

/**
 * Writes one format; without `out`, JSON/GEXF/GraphML go to stdout and CSV needs a folder. The
 * citation line goes into the format's metadata, and beside the CSV files as CITATION.txt.
 */
export function exportDataset(dataset: Dataset, format: ExportFormat, out?: string, citation?: string): string | undefined {
  if (format === "csv") {
    if (!out) throw new Error("--format csv writes nodes.csv and edges.csv into a folder: give it with --out DIR");
    mkdirSync(out, { recursive: true });
    for (const [name, text] of Object.entries(exportCsv(dataset))) writeFileSync(join(out, name), text);
    if (citation) writeFileSync(join(out, "CITATION.txt"), `${citation}\n`);
    return undefined;
  }
  const text =
    format === "json"
      ? exportJson(dataset, citation)
      : format === "gexf"
        ? exportGexf(dataset, citation)
        : exportGraphml(dataset, citation);
  if (out) {
    writeFileSync(out, text);
    return undefined;
  }
  return text;
}
