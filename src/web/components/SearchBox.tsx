/** Search: an accessible combobox over names, acronyms and aliases (the API's ranked search). */
import { useEffect, useId, useState } from "react";
import type { SearchHit } from "../api.ts";
import { useSearch } from "../data.ts";

const EMPTY: SearchHit[] = [];

export function SearchBox({ onChoose }: { onChoose: (id: string) => void }) {
  const [query, setQuery] = useState("");
  // What is asked: the typed text once typing pauses (120 ms), so each keystroke is not a request.
  const [asked, setAsked] = useState("");
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  // The text a choice put in the box: it is not a new query to suggest for.
  const [chosen, setChosen] = useState<string | null>(null);
  const listId = useId();
  const hits = useSearch(asked).data?.hits ?? EMPTY;

  useEffect(() => {
    const q = query.trim();
    if (!q || query === chosen) {
      setAsked("");
      return;
    }
    const timer = setTimeout(() => setAsked(q), 120);
    return () => clearTimeout(timer);
  }, [query, chosen]);

  // New suggestions: the first is active and the list opens.
  useEffect(() => {
    setActive(0);
    if (hits.length > 0) setOpen(true);
  }, [hits]);

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    onChoose(hit.id);
    setChosen(hit.name);
    setQuery(hit.name);
    setOpen(false);
  };

  return (
    <div className="search">
      <input
        type="search"
        aria-label="Search"
        placeholder="Search ISCMs, States, organizations…"
        role="combobox"
        aria-expanded={open && hits.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && hits[active] ? `${listId}-${active}` : undefined}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(a + 1, hits.length - 1));
          } else if (e.key === "ArrowUp") {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === "Enter") {
            e.preventDefault();
            choose(hits[active] ?? hits[0]);
          } else if (e.key === "Escape") {
            setOpen(false);
          }
        }}
      />
      {open && hits.length > 0 && (
        // Focus stays in the box (aria-activedescendant); the list is focusable only programmatically.
        <div id={listId} role="listbox" aria-label="Suggestions" className="suggestions" tabIndex={-1}>
          {hits.map((hit, i) => (
            <div
              key={hit.id}
              id={`${listId}-${i}`}
              role="option"
              tabIndex={-1}
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(hit);
              }}
            >
              <span className="hit-name">{hit.name}</span> <span className="hit-kind">{hit.label}</span>
              {hit.matched !== hit.name && <span className="hit-matched"> · {hit.matched}</span>}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
