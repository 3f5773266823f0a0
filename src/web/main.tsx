/** The explorer's entry point: everything comes from the API (/api/graph and friends). */
import { StrictMode, useEffect } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./components/App.tsx";
import { useStore } from "./core/store.ts";
import { viewStore } from "./core/view-store.ts";
import { prefetchGraph } from "./data.ts";
import { I18nProvider } from "./i18n.tsx";
import "./styles.css";

// The graph (preloaded by index.html) is read before React's first render is scheduled: that
// render may already have it.
prefetchGraph();

/** The interface in the view's language (`?lang=`); the page's `lang` follows it for screen readers. */
function Localised() {
  const { lang } = useStore(viewStore);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <I18nProvider locale={lang}>
      <App />
    </I18nProvider>
  );
}

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Localised />
    </StrictMode>,
  );
}
