/**
 * The explorer's view state (core/view.ts) as one store bound to the browser's history: every
 * change is a history entry, back/forward restore it, and the address bar always holds the view.
 */
import { createStore } from "./store.ts";
import { searchFromView, type ViewState, viewFromSearch } from "./view.ts";

export const viewStore = createStore<ViewState>(viewFromSearch(typeof location === "undefined" ? "" : location.search));

/** Applies a pure update; a real change becomes a history entry. */
export function updateView(update: (v: ViewState) => ViewState): void {
  const before = viewStore.get();
  viewStore.set(update);
  const after = viewStore.get();
  if (after !== before) history.pushState(null, "", `${location.pathname}${searchFromView(after)}`);
}

/** Back/forward: the store follows the URL. Returns the unbinding function. */
export function bindHistory(): () => void {
  const onPop = () => viewStore.set(() => viewFromSearch(location.search));
  window.addEventListener("popstate", onPop);
  return () => window.removeEventListener("popstate", onPop);
}
