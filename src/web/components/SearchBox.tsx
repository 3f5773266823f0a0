/** Search: an accessible combobox over names, acronyms and aliases (the API's ranked search). */
import { useEffect, useId, useRef, useState } from "react";
import { flushSync } from "react-dom";
import type { SearchHit } from "../api.ts";
import { prefetchSearch, searchAnswer, useSearch } from "../data.ts";

const EMPTY: SearchHit[] = [];
const SEARCH_PAUSE_MS = 120;

export function SearchBox({ onChoose }: { onChoose: (id: string) => void }) {
  const [query, setQuery] = useState("");
  // What is asked: the typed text at once when nothing was asked in the last 120 ms (the first
  // keystroke answers without waiting), else once typing pauses for 120 ms — one request per
  // pause, not per keystroke.
  const [asked, setAsked] = useState("");
  const lastAsked = useRef(0);
  const [, setArrivals] = useState(0);
  // The suggestions the user closed (Escape, a choice), and the active one among which suggestions.
  const [closedHits, setClosedHits] = useState<SearchHit[] | null>(null);
  const [activeIn, setActiveIn] = useState<{ hits: SearchHit[]; index: number }>({ hits: EMPTY, index: 0 });
  // The text a choice put in the box: it is not a new query to suggest for.
  const [chosen, setChosen] = useState<string | null>(null);
  const listId = useId();
  const hits = useSearch(asked).data?.hits ?? EMPTY;

  // Typing: the first keystroke after a pause is asked at once, from the handler (the request
  // leaves before React renders); later ones wait for typing to pause.
  const type = (text: string) => {
    setQuery(text);
    const q = text.trim();
    if (q && text !== chosen && performance.now() - lastAsked.current >= SEARCH_PAUSE_MS) {
      lastAsked.current = performance.now();
      setAsked(q);
      // Its answer is rendered the moment it arrives (flushSync), not queued behind other work
      // React has scheduled meanwhile (a big graph's first render).
      void prefetchSearch(q).then(() => flushSync(() => setArrivals((n) => n + 1)));
    }
  };
  useEffect(() => {
    const q = query.trim();
    if (!q || query === chosen) {
      setAsked("");
      return;
    }
    if (q === asked) return;
    const timer = setTimeout(() => {
      lastAsked.current = performance.now();
      setAsked(q);
    }, SEARCH_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [query, chosen, asked]);

  // New suggestions open the list with the first active: derived from the answer itself, so they
  // show in the render that receives them (an effect would wait for the next paint).
  const open = hits.length > 0 && closedHits !== hits;
  const active = activeIn.hits === hits ? activeIn.index : 0;
  const setActive = (index: number) => setActiveIn({ hits, index });

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    onChoose(hit.id);
    setChosen(hit.name);
    setQuery(hit.name);
    setClosedHits(hits);
  };

  return (
    <div className="search">
      <input
        type="search"
        aria-label="Search"
        placeholder="Search ISCMs, States, organizations…"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && hits[active] ? `${listId}-${active}` : undefined}
        value={query}
        onChange={(e) => type(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") {
            e.preventDefault();
            setClosedHits(null);
            setActive(open ? Math.min(active + 1, hits.length - 1) : 0);
          } else if (e.key === "ArrowUp") {
            e.preventDefault();
            setActive(Math.max(active - 1, 0));
          } else if (e.key === "Enter") {
            e.preventDefault();
            const q = query.trim();
            const answer = q ? searchAnswer(q) : undefined;
            if (answer && answer === hits) choose(hits[active] ?? hits[0]);
            else if (answer) choose(answer[0]);
            else if (q && query !== chosen) {
              // Suggestions for what is typed now are not in yet: Enter takes the best of them when they are.
              lastAsked.current = performance.now();
              setAsked(q);
              void prefetchSearch(q).then(() => choose(searchAnswer(q)?.[0]));
            }
          } else if (e.key === "Escape") {
            setClosedHits(hits);
          }
        }}
      />
      {open && (
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
