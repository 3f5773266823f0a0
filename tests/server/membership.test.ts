/**
 * The full membership table over real HTTP: JSON, CSV and XLSX give the same rows (the XLSX read
 * back with read-excel-file, the sister reader of write-excel-file), a bad asOf or format is a
 * 400 naming the parameter, the CSV writer defuses formulas, and /data-dictionary explains every column.
 */
import { readSheet } from "read-excel-file/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../../src/dataset/build.ts";
import { MEMBERSHIP_COLUMN_NAMES, MEMBERSHIP_COLUMNS } from "../../src/dataset/membership-table.ts";
import { csvField } from "../../src/model/csv.ts";
import { createApp } from "../../src/server/app.ts";
import { MemoryStore } from "../../src/store/memory/store.ts";
import { parseCsv } from "../helpers/csv.ts";
import { listen, type RunningServer } from "../helpers/http.ts";

let server: RunningServer;
beforeAll(async () => {
  server = await listen(createApp({ store: new MemoryStore(loadDataset()) }));
});
afterAll(async () => {
  await server?.close();
});

type Row = Record<string, string | string[]>;

describe("the membership table", () => {
  it("as JSON: every State–ISCM relationship of the day, with names and ids, role, dates, basis and sources", async () => {
    const body = (await (await fetch(`${server.url}/api/membership?asOf=2019-06`)).json()) as {
      asOf: string;
      columns: string[];
      rows: Row[];
    };
    expect(body.asOf).toBe("2019-06-30");
    expect(body.columns).toEqual(MEMBERSHIP_COLUMN_NAMES);
    const moldova = body.rows.find((r) => r.state === "MDA" && r.iscm === "prague-process" && r.role === "member");
    expect(moldova).toMatchObject({
      stateName: "Republic of Moldova",
      iscmName: expect.stringContaining("Prague"),
      basis: expect.any(String),
    });
    expect((moldova?.sources as string[]).length).toBeGreaterThan(0);
    const roles = new Set(body.rows.map((r) => r.role));
    expect(
      [...roles].every((r) => ["member", "observer", "chair", "secretariat", "participant", "suspended member"].includes(r as string)),
    ).toBe(true);
    expect(roles.has("member") && roles.has("chair")).toBe(true);
  });

  it("CSV and XLSX hold the same rows as the JSON, as files named for the day", async () => {
    const json = (await (await fetch(`${server.url}/api/membership?asOf=2019-06`)).json()) as { rows: Row[] };
    const csvResponse = await fetch(`${server.url}/api/membership?asOf=2019-06&format=csv`);
    expect(csvResponse.headers.get("content-type")).toContain("text/csv");
    expect(csvResponse.headers.get("content-disposition")).toContain("iscm-atlas-membership-2019-06-30.csv");
    const csv = parseCsv(await csvResponse.text());
    expect(csv[0]).toEqual(MEMBERSHIP_COLUMN_NAMES);
    const expected = json.rows.map((r) => MEMBERSHIP_COLUMN_NAMES.map((c) => (Array.isArray(r[c]) ? (r[c] as string[]).join("; ") : r[c])));
    expect(csv.slice(1)).toEqual(expected);

    const xlsxResponse = await fetch(`${server.url}/api/membership?asOf=2019-06&format=xlsx`);
    expect(xlsxResponse.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const sheet = await readSheet(Buffer.from(await xlsxResponse.arrayBuffer()));
    // read-excel-file gives empty cells as null; the CSV as "".
    const cells = sheet.map((row) => row.map((v) => (v === null ? "" : String(v))));
    expect(cells).toEqual(csv);
    expect(cells.length).toBeGreaterThan(500);
  });

  it("a bad asOf or format is a 400 that names the parameter", async () => {
    for (const [query, parameter] of [
      ["asOf=2019-13", "asOf"],
      ["asOf=yesterday", "asOf"],
      ["format=pdf", "format"],
      ["as_of=2019", "as_of"],
    ]) {
      const response = await fetch(`${server.url}/api/membership?${query}`);
      expect(response.status, query).toBe(400);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.message, query).toContain(parameter);
    }
  });

  it("the CSV writer turns a would-be formula into text and leaves numbers alone", () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField("+1")).toBe("'+1");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField(-1)).toBe("-1");
    expect(csvField("Moldova")).toBe("Moldova");
  });

  it("/data-dictionary explains every column of the table", async () => {
    const response = await fetch(`${server.url}/data-dictionary`);
    expect(response.status).toBe(200);
    const html = await response.text();
    for (const column of MEMBERSHIP_COLUMNS) {
      expect(html).toContain(`<dt>${column.name}</dt>`);
      expect(html).toContain(column.description.replaceAll("'", "&#x27;").slice(0, 40));
    }
  });
});
