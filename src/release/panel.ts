/**
 * The State × ISCM × year panel in the Correlates of War IGO convention, and the State × State ×
 * year file of shared ISCMs.
 *
 * How a year counts: a State's status in year Y is its status on 31 December of Y — the atlas's
 * one reading of a year (time.ts: `asOfDay("2020")` is 2020-12-31, the day `--param asOf=2020`
 * and `?asOf=2020` answer for) — and for the current year on the release day, since the data
 * cannot speak of a day to come. Relationships count on that day by `edgesHeldAt`, the rule both
 * stores share (a membership set aside by a suspension held that day does not count).
 */
import type { Dataset, GraphNode } from "../model/graph.ts";
import { asOfDay, edgesHeldAt } from "../model/time.ts";

/** The codes, CoW's and the atlas's two additions. */
export const PANEL_CODES = [
  { code: 0, meaning: "no membership (none of the roles below held on the day)" },
  { code: 1, meaning: "full member (MEMBER_OF)" },
  { code: 2, meaning: "associate member (CoW code; the atlas records no associate membership, so it does not occur)" },
  { code: 3, meaning: "observer (OBSERVER_OF)" },
  {
    code: 4,
    meaning: "participant or partner without membership or observer status (PARTICIPATES_IN; the atlas's addition to CoW's codes)",
  },
  {
    code: 5,
    meaning:
      "suspended member: a membership set aside by a suspension on the day (SUSPENDED_FROM; the atlas's addition — Belarus in the EaP Panel from 2021-06-28)",
  },
  {
    code: -1,
    meaning: "the mechanism did not exist on the day (before its year of establishment, or after another mechanism succeeded it)",
  },
  {
    code: -9,
    meaning: "missing: the mechanism's year of establishment is unknown and the State held no role in it on the day",
  },
] as const;

export const FIRST_PANEL_YEAR = 1990;

export interface PanelRow {
  state: string;
  iscm: string;
  year: number;
  status: number;
}

export interface DyadRow {
  stateA: string;
  stateB: string;
  year: number;
  sharedIscms: number;
}

/** The day a panel year stands for: its 31 December (time.ts), or the release day in the current year. */
export function panelDay(year: number, releaseDay: string): string {
  const day = asOfDay(String(year));
  return day < releaseDay ? day : releaseDay;
}

const ROLE_CODE: Record<string, number> = { MEMBER_OF: 1, OBSERVER_OF: 3, PARTICIPATES_IN: 4, SUSPENDED_FROM: 5 };
/** When a State holds several roles in one mechanism on a day, the first of these is its code. */
const PRECEDENCE = [5, 1, 3, 4];

/** The days each ISCM existed: from 1 January of its year of establishment to the day before a successor took over. */
function existence(dataset: Dataset, iscm: GraphNode): { from?: string; to?: string } {
  const year = iscm.properties.yearEstablished;
  const succeeded = dataset.edges
    .filter((e) => e.type === "SUCCEEDS" && e.target === iscm.id)
    .map((e) => e.properties.heldFrom)
    .sort()[0];
  return { ...(typeof year === "number" ? { from: `${year}-01-01` } : {}), ...(succeeded ? { to: succeeded } : {}) };
}

export function buildPanels(dataset: Dataset, releaseDay: string): { panel: PanelRow[]; dyads: DyadRow[] } {
  const states = dataset.nodes.filter((n) => n.label === "State").map((n) => n.id);
  const iscms = dataset.nodes.filter((n) => n.label === "ISCM");
  const iscmIds = new Set(iscms.map((n) => n.id));
  const stateIds = new Set(states);
  const lives = new Map(iscms.map((n) => [n.id, existence(dataset, n)]));
  const roleEdges = dataset.edges.filter((e) => ROLE_CODE[e.type] !== undefined && iscmIds.has(e.target) && stateIds.has(e.source));
  const panel: PanelRow[] = [];
  const dyads: DyadRow[] = [];
  const lastYear = Number(releaseDay.slice(0, 4));
  for (let year = FIRST_PANEL_YEAR; year <= lastYear; year++) {
    const day = panelDay(year, releaseDay);
    const codes = new Map<string, number>();
    for (const e of edgesHeldAt(roleEdges, day)) {
      const key = `${e.source}\u0000${e.target}`;
      const code = ROLE_CODE[e.type] as number;
      const known = codes.get(key);
      if (known === undefined || PRECEDENCE.indexOf(code) < PRECEDENCE.indexOf(known)) codes.set(key, code);
    }
    const membersOf = new Map<string, string[]>();
    for (const iscm of iscms) {
      const life = lives.get(iscm.id) ?? {};
      const exists = (life.from === undefined || life.from <= day) && (life.to === undefined || day < life.to);
      for (const state of states) {
        const held = codes.get(`${state}\u0000${iscm.id}`);
        const status = !exists ? -1 : (held ?? (life.from === undefined ? -9 : 0));
        panel.push({ state, iscm: iscm.id, year, status });
        if (status === 1) membersOf.set(state, [...(membersOf.get(state) ?? []), iscm.id]);
      }
    }
    // Shared ISCMs per pair of States, as members of both (the pairs sharing none are left out).
    const shared = new Map<string, number>();
    for (const iscm of iscms) {
      const members = states.filter((s) => (membersOf.get(s) ?? []).includes(iscm.id));
      for (let i = 0; i < members.length; i++)
        for (let j = i + 1; j < members.length; j++) {
          const key = `${members[i]}\u0000${members[j]}`;
          shared.set(key, (shared.get(key) ?? 0) + 1);
        }
    }
    for (const [key, n] of [...shared].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const [stateA, stateB] = key.split("\u0000") as [string, string];
      dyads.push({ stateA, stateB, year, sharedIscms: n });
    }
  }
  return { panel, dyads };
}
