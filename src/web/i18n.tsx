/**
 * The interface's words in English, French and Spanish: FormatJS (react-intl), whose messages are
 * ICU MessageFormat (plurals, selects) and whose dates and numbers go through `Intl`. The
 * catalogues are src/web/locales/{en,fr,es}.json; tests/web/i18n.test.ts checks that the three hold
 * exactly the keys the code asks for (its t calls).
 */
import type { ReactNode } from "react";
import { IntlProvider, useIntl } from "react-intl";
import type { Locale } from "../i18n/locale.ts";
import en from "./locales/en.json";
import es from "./locales/es.json";
import fr from "./locales/fr.json";

export type MessageKey = keyof typeof en;
export const CATALOGUES: Record<Locale, Record<MessageKey, string>> = { en, fr, es };

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <IntlProvider locale={locale} defaultLocale="en" messages={CATALOGUES[locale]}>
      {children}
    </IntlProvider>
  );
}

type Values = Record<string, string | number | Date>;

/** t(key, values): the message in the current language; `intl` for dates and numbers. */
export function useT() {
  const intl = useIntl();
  const t = (id: MessageKey, values?: Values): string => intl.formatMessage({ id }, values) as string;
  return { t, intl, locale: intl.locale as Locale };
}
