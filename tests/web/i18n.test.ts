/**
 * The three catalogues hold exactly the keys the code asks for: a key missing from one, or a key
 * the code no longer uses, fails here. The code's keys are its `t("…")` calls (and the template
 * `t(\`mode.${mode}\`)`, expanded over the modes).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { acceptLanguageTags, LOCALES, localeFrom, negotiateLocale } from "../../src/i18n/locale.ts";
import { MODES } from "../../src/web/core/view.ts";
import { CATALOGUES } from "../../src/web/i18n.tsx";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

function keysInCode(): Set<string> {
  const keys = new Set<string>();
  for (const file of sources("src/web")) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/\bt\(\s*"([^"]+)"/g)) keys.add(m[1] as string);
    // t(a ? "x" : "y"): both branches are keys.
    for (const m of text.matchAll(/\bt\(\s*[^"`()]+\?\s*"([^"]+)"\s*:\s*"([^"]+)"/g)) {
      keys.add(m[1] as string);
      keys.add(m[2] as string);
    }
    if (text.includes("t(`mode.")) for (const mode of MODES) keys.add(`mode.${mode}`);
  }
  return keys;
}

describe("catalogues", () => {
  const used = [...keysInCode()].sort();

  it("the code asks for keys (the scan finds the shell's t() calls)", () => {
    expect(used).toContain("search.placeholder");
    expect(used).toContain("search.closestNames");
    expect(used).toContain("mode.co-membership");
  });

  for (const locale of LOCALES) {
    it(`${locale}: has every key the code uses and none it does not`, () => {
      const keys = Object.keys(CATALOGUES[locale]).sort();
      expect(
        used.filter((k) => !keys.includes(k)),
        `missing from ${locale}.json`,
      ).toEqual([]);
      expect(
        keys.filter((k) => !used.includes(k)),
        `unused in ${locale}.json`,
      ).toEqual([]);
    });

    it(`${locale}: every message is valid ICU and has no empty text`, () => {
      for (const [key, message] of Object.entries(CATALOGUES[locale])) {
        expect(message.trim(), key).not.toBe("");
        expect(() => new IntlMessageFormat(message, locale), key).not.toThrow();
      }
    });
  }

  it("plurals follow each language's rules (ICU, Intl.PluralRules and NumberFormat)", () => {
    const format = (locale: "en" | "fr" | "es", entities: number) =>
      new IntlMessageFormat(CATALOGUES[locale]["app.detailsHint"], locale).format({ entities, edges: 1 }) as string;
    expect(format("en", 1)).toContain("1 entity, 1 sourced relationship.");
    expect(format("en", 1500)).toContain("1,500 entities");
    expect(format("fr", 0)).toContain("0 entité,");
    expect(format("fr", 1500)).toContain("1\u202f500 entités");
    expect(format("es", 2)).toContain("2 entidades, 1 relación con fuente.");
  });
});

describe("choosing the language", () => {
  it("?lang= first, then the browser's languages, then English", () => {
    expect(localeFrom("?lang=es", ["fr-FR"])).toBe("es");
    expect(localeFrom("?lang=de", ["fr-CA", "en"])).toBe("fr");
    expect(localeFrom("", ["de-DE", "es-419"])).toBe("es");
    expect(localeFrom("", ["de-DE"])).toBe("en");
    expect(negotiateLocale(acceptLanguageTags("de;q=0.9, es-MX;q=0.5, fr;q=0.8"))).toBe("fr");
    expect(acceptLanguageTags("en;q=0, es")).toEqual(["es"]);
  });
});
