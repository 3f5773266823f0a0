/** The interface's language: each named in itself, so a reader finds theirs whatever is shown. */
import { isLocale, LOCALES, type Locale } from "../../i18n/locale.ts";
import { useT } from "../i18n.tsx";

/** Autonyms: not translated. */
const AUTONYMS: Record<Locale, string> = { en: "English", fr: "Français", es: "Español" };

export function LanguageSwitcher({ lang, onChange }: { lang: Locale; onChange: (lang: Locale) => void }) {
  const { t } = useT();
  return (
    <select
      className="language"
      aria-label={t("app.language")}
      value={lang}
      onChange={(e) => {
        if (isLocale(e.target.value)) onChange(e.target.value);
      }}
    >
      {LOCALES.map((l) => (
        <option key={l} value={l} lang={l}>
          {AUTONYMS[l]}
        </option>
      ))}
    </select>
  );
}
