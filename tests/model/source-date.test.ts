/** "Confirmed as of" in one place (source.ts): a line's observation date against its sources' publication dates. */
import { describe, expect, it } from "vitest";
import { newestPublished, type SourceRecord, sourceDate } from "../../src/model/source.ts";

const record = (id: string, kind: SourceRecord["kind"], published: string | null, copyOf?: SourceRecord["copyOf"]): SourceRecord => ({
  id,
  kind,
  publisher: "P",
  title: "T",
  published,
  url: `https://example.org/${id}`,
  ...(copyOf ? { copyOf } : {}),
});

describe("sourceDate", () => {
  it("takes a publication date wholly later than the observation", () => {
    expect(sourceDate({ asOf: "2016", sourcesPublished: "2024-01" })).toBe("2024-01");
    expect(sourceDate({ asOf: "2019-06", sourcesPublished: "2019-07-01" })).toBe("2019-07-01");
  });
  it("keeps the observation when the publication date overlaps it or is older", () => {
    // A 2019 report does not blur a line observed in June 2019, nor does an older page move it back.
    expect(sourceDate({ asOf: "2019-06", sourcesPublished: "2019" })).toBe("2019-06");
    expect(sourceDate({ asOf: "2025", sourcesPublished: "2025-10-21" })).toBe("2025");
    expect(sourceDate({ asOf: "2024-02-09", sourcesPublished: "2021-05-24" })).toBe("2024-02-09");
  });
  it("falls back to whichever is a date, and is null when neither is", () => {
    expect(sourceDate({ asOf: "undated", sourcesPublished: "2025-03-06" })).toBe("2025-03-06");
    expect(sourceDate({ asOf: "2018-05" })).toBe("2018-05");
    expect(sourceDate({ asOf: "undated" })).toBeNull();
    expect(sourceDate({ asOf: "2019/06", sourcesPublished: "soon" })).toBeNull();
  });
});

describe("newestPublished", () => {
  const records = new Map(
    [
      record("old", "official", "2018-05"),
      record("new", "secondary", "2024-12-13"),
      record("lead", "tertiary", "2026-01-01"),
      record("undated", "official", null),
      record("reprint", "copy", "2026-02-01", { publisher: "WAM", title: null, published: "2021-05-24" }),
      record("reprint-undated-original", "copy", "2022-03", { publisher: "AU", title: null, published: null }),
    ].map((r) => [r.id, r]),
  );
  it("is the newest dated official or secondary record", () => {
    expect(newestPublished(["old", "new", "undated"], records)).toBe("2024-12-13");
  });
  it("ignores tertiary leads, undated pages and unknown ids", () => {
    expect(newestPublished(["old", "lead", "undated", "missing"], records)).toBe("2018-05");
    expect(newestPublished(["lead", "undated"], records)).toBeNull();
  });
  it("dates a copy by its original, or by the copy when the original is undated", () => {
    expect(newestPublished(["reprint"], records)).toBe("2021-05-24");
    expect(newestPublished(["reprint-undated-original"], records)).toBe("2022-03");
  });
});
