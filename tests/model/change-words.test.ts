import { describe, expect, it } from "vitest";
import { CHANGE_WORDS, describeChange, describeChangeDate, STATUS_WORDS } from "../../src/model/change-words.ts";
import { STATUS_CHANGE_KINDS } from "../../src/model/seed-schemas.ts";
import { RELATIONSHIP_TYPES } from "../../src/model/vocabulary.ts";

describe("what changed, in three languages", () => {
  it("every relationship type that can begin or end, and every status change, has its words in each language", () => {
    const types = RELATIONSHIP_TYPES.filter((t) => t !== "FOCUSES_ON");
    for (const lang of ["en", "fr", "es"] as const) {
      expect(Object.keys(CHANGE_WORDS[lang]).sort(), lang).toEqual([...types].sort());
      expect(Object.keys(STATUS_WORDS[lang]).sort(), lang).toEqual([...STATUS_CHANGE_KINDS].sort());
    }
    // A translation is not the English left in place.
    for (const t of types)
      for (const lang of ["fr", "es"] as const) expect(CHANGE_WORDS[lang][t][0], `${lang} ${t}`).not.toBe(CHANGE_WORDS.en[t][0]);
  });

  it("says a change and an undated one in the language asked", () => {
    const left = { type: "MEMBER_OF", event: "ended", subjectName: "Royaume-Uni", objectName: "Union européenne" };
    expect(describeChange(left)).toBe("Royaume-Uni left Union européenne");
    expect(describeChange(left, "fr")).toBe("Royaume-Uni a quitté Union européenne");
    expect(describeChange({ ...left, subjectName: "Belarús", objectName: "Panel AoE", type: "SUSPENDED_FROM", event: "began" }, "es")).toBe(
      "Belarús vio suspendida su participación en Panel AoE",
    );
    expect(describeChange({ type: "STATUS", event: "dormant", subjectName: "MIDCAS", objectName: null }, "fr")).toBe("MIDCAS: en sommeil");
    expect(describeChangeDate({ date: null, dateNote: "after 2019-06" })).toBe("after 2019-06 (date unknown)");
    expect(describeChangeDate({ date: null, dateNote: "before 2024" }, "es")).toBe("antes de 2024 (fecha desconocida)");
    expect(describeChangeDate({ date: "2020-01-31", dateNote: null }, "fr")).toBe("2020-01-31");
  });
});
