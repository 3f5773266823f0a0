/**
 * The explorer's view state (core/view.ts) as one store bound to the browser's history: every
 * change is a history entry, back/forward restore it, and the address bar always holds the view.
 */
import { DEFAULT_LOCALE, localeFrom } from "../../i18n/locale.ts";
import { createStore } from "./store.ts";
import { searchFromView, type ViewState, viewFromSearch } from "./view.ts";

/** The browser's language when the link names none (a first visit): i18n/locale.ts. */
const browserLocale = () =>
  typeof location === "undefined" ? undefined : localeFrom(location.search, typeof navigator === "undefined" ? [] : navigator.languages);

export const viewStore = createStore<ViewState>(viewFromSearch(typeof location === "undefined" ? "" : location.search, browserLocale()));

/** Applies a pure update; a real change becomes a history entry. */
export function updateView(update: (v: ViewState) => ViewState): void {
  const before = viewStore.get();
  viewStore.set(update);
  const after = viewStore.get();
  if (after !== before) history.pushState(null, "", `${location.pathname}${searchFromView(after)}`);
}

/** Back/forward: the store follows the URL. Returns the unbinding function. */
export function bindHistory(): () => void {
  const onPop = () => viewStore.set((v) => viewFromSearch(location.search, v.lang));
  // A language chosen by the browser goes into the address (and so into shared links) at once.
  const params = new URLSearchParams(location.search);
  const { lang } = viewStore.get();
  if (params.get("lang") !== lang && lang !== DEFAULT_LOCALE) {
    params.set("lang", lang);
    history.replaceState(null, "", `${location.pathname}?${params}${location.hash}`);
  }
  window.addEventListener("popstate", onPop);
  return () => window.removeEventListener("popstate", onPop);
}
