/** Relationship words in the three languages: every type has them, and pages translate the headings the explorer uses. */
import { describe, expect, it } from "vitest";
import { relationshipTitle, translateRelationshipTitle } from "../../src/model/relationship-words.ts";
import { RELATIONSHIP_TYPES } from "../../src/model/vocabulary.ts";
import { translateHeading } from "../../src/profiles/i18n.ts";

describe("relationship words", () => {
  for (const lang of ["fr", "es"] as const) {
    it(`${lang}: every relationship type has its own words both ways, and an English heading translates to them`, () => {
      expect(RELATIONSHIP_TYPES.length).toBeGreaterThan(5);
      for (const type of RELATIONSHIP_TYPES)
        for (const direction of ["out", "in"] as const)
          for (const other of ["ISCM", "RegionalUnion"]) {
            const english = relationshipTitle(type, direction, other);
            const local = relationshipTitle(type, direction, other, lang);
            expect(english, `${type} ${direction}`).not.toBe(type);
            expect(local, `${type} ${direction} in ${lang}`).not.toBe(english);
            expect(translateRelationshipTitle(english, lang), english).toBe(local);
          }
    });
  }

  it("a profile page's relationship heading reads the same words as the explorer, its count kept", () => {
    expect(translateHeading("Observers (4)", "fr")).toBe(`${relationshipTitle("OBSERVER_OF", "in", "State", "fr")} (4)`);
    expect(translateHeading("Member of ISCMs (7)", "es")).toBe("Miembro de los MCIM (7)");
    expect(translateRelationshipTitle("Not a heading", "fr")).toBeUndefined();
  });
});
