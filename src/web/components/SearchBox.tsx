/**
 * Search: an accessible combobox over names, acronyms and aliases (the API's ranked search). The
 * same combobox picks the ISCMs to compare (`kind="ISCM"`). Each hit shows the name people use
 * first and the formal name beside it ("Rabat Process — Euro-African Dialogue on Migration and
 * Development"), both as the API answers them. A query that matches nothing says so and offers the
 * closest names; Enter takes only a real match (or a near miss the user moved to with the arrows).
 */
import { useEffect, useId, useRef, useState } from "react";
import { flushSync } from "react-dom";
import type { SearchHit } from "../api.ts";
import { prefetchSearch, searchAnswer, useSearch } from "../data.ts";
import { useT } from "../i18n.tsx";

const EMPTY: SearchHit[] = [];
const SEARCH_PAUSE_MS = 120;

const isMatch = (hit: SearchHit | undefined): hit is SearchHit => hit !== undefined && hit.match !== "near";

interface Props {
  /** The accessible name ("Search", "First ISCM"). */
  label: string;
  placeholder?: string;
  /** Only entities of this kind (the API's `label` parameter). */
  kind?: string;
  /** The text shown at first (a picker's current choice); not searched for. */
  initial?: string;
  /** Shown above the box (a picker's label); else the box is named by `label` alone. */
  visibleLabel?: boolean;
  /** The input's id (a skip link's target). */
  id?: string;
  onChoose: (hit: SearchHit) => void;
}

export function EntityCombobox({ label, placeholder, kind, initial = "", visibleLabel, id, onChoose }: Props) {
  const { t, locale } = useT();
  const [query, setQuery] = useState(initial);
  // What is asked: the typed text at once when nothing was asked in the last 120 ms (the first
  // keystroke answers without waiting), else once typing pauses for 120 ms — one request per
  // pause, not per keystroke.
  const [asked, setAsked] = useState("");
  const lastAsked = useRef(0);
  const [, setArrivals] = useState(0);
  // The suggestions the user closed (Escape, a choice), and the active one among which suggestions
  // (`moved`: the user went there with the arrows, so Enter takes it even if it is a near miss).
  const [closedHits, setClosedHits] = useState<SearchHit[] | null>(null);
  const [activeIn, setActiveIn] = useState<{ hits: SearchHit[]; index: number; moved: boolean }>({ hits: EMPTY, index: 0, moved: false });
  // The text a choice put in the box: it is not a new query to suggest for.
  const [chosen, setChosen] = useState<string | null>(initial || null);
  // A choice made elsewhere (a quick comparison, "compare", clear) replaces the text; the box
  // stays mounted, so the focus stays where the user is.
  const [shownInitial, setShownInitial] = useState(initial);
  if (initial !== shownInitial) {
    setShownInitial(initial);
    setQuery(initial);
    setChosen(initial || null);
  }
  const [noMatch, setNoMatch] = useState<string | null>(null);
  const listId = useId();
  const ownId = useId();
  const inputId = id ?? ownId;
  const hits = useSearch(asked, kind, locale).data?.hits ?? EMPTY;

  // Typing: the first keystroke after a pause is asked at once, from the handler (the request
  // leaves before React renders); later ones wait for typing to pause.
  const type = (text: string) => {
    setQuery(text);
    setNoMatch(null);
    const q = text.trim();
    if (q && text !== chosen && performance.now() - lastAsked.current >= SEARCH_PAUSE_MS) {
      lastAsked.current = performance.now();
      setAsked(q);
      // Its answer is rendered the moment it arrives (flushSync), not queued behind other work
      // React has scheduled meanwhile (a big graph's first render).
      void prefetchSearch(q, kind, locale).then(() => flushSync(() => setArrivals((n) => n + 1)));
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
  const moved = activeIn.hits === hits && activeIn.moved;
  const setActive = (index: number) => setActiveIn({ hits, index, moved: true });
  // Only near misses: nothing matches what is typed.
  const onlyNear = hits.length > 0 && !hits.some(isMatch);

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    onChoose(hit);
    setChosen(hit.shortName);
    setQuery(hit.shortName);
    setClosedHits(hits);
    setNoMatch(null);
  };
  /** Enter with no match to take: say so (the list, if open, offers the closest names). */
  const refuse = (q: string) => setNoMatch(q);

  return (
    <div className="search">
      {visibleLabel && <label htmlFor={inputId}>{label}</label>}
      <input
        id={inputId}
        type="search"
        aria-label={visibleLabel ? undefined : label}
        placeholder={placeholder}
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
            if (!q || query === chosen) return;
            const answer = searchAnswer(q, kind, locale);
            if (answer && answer === hits) {
              const hit = hits[active];
              if (isMatch(hit) || (hit && moved)) choose(hit);
              else refuse(q);
            } else if (answer) {
              if (isMatch(answer[0])) choose(answer[0]);
              else refuse(q);
            } else {
              // Suggestions for what is typed now are not in yet: Enter takes the best of them when they are.
              lastAsked.current = performance.now();
              setAsked(q);
              void prefetchSearch(q, kind, locale).then(() => {
                const best = searchAnswer(q, kind, locale)?.[0];
                if (isMatch(best)) choose(best);
                else refuse(q);
              });
            }
          } else if (e.key === "Escape") {
            setClosedHits(hits);
          }
        }}
      />
      <p className="search-status" role="status">
        {(open && onlyNear) || noMatch ? t(open && onlyNear ? "search.noMatchClosest" : "search.noMatch", { query: noMatch ?? asked }) : ""}
      </p>
      {open && (
        // Focus stays in the box (aria-activedescendant); the list is focusable only programmatically.
        <div
          id={listId}
          role="listbox"
          aria-label={t(onlyNear ? "search.closestNames" : "search.suggestions")}
          className="suggestions"
          tabIndex={-1}
        >
          {hits.map((hit, i) => (
            <div
              key={hit.id}
              id={`${listId}-${i}`}
              role="option"
              tabIndex={-1}
              aria-selected={i === active}
              data-match={hit.match}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(hit);
              }}
            >
              <span className="hit-name">{hit.shortName}</span>
              {hit.name !== hit.shortName && <span className="hit-formal"> — {hit.name}</span>}{" "}
              <span className="hit-kind">{hit.label}</span>
              {hit.matched !== hit.name && hit.matched !== hit.shortName && <span className="hit-matched"> · {hit.matched}</span>}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}

export function SearchBox({ onChoose }: { onChoose: (id: string) => void }) {
  const { t } = useT();
  return <EntityCombobox label={t("search.label")} placeholder={t("search.placeholder")} onChoose={(hit) => onChoose(hit.id)} />;
}
