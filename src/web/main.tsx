/** The explorer's entry point: everything comes from the API (/api/graph and friends). */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./components/App.tsx";
import { prefetchGraph } from "./data.ts";
import "./styles.css";

// The graph (preloaded by index.html) is read before React's first render is scheduled: that
// render may already have it.
prefetchGraph();

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
