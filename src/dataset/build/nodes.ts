/**
 * Build steps that add the nodes: States, organizations, unions, ISCMs (with their status changes, inactive windows, rotation and disagreements as properties), themes.
 * The order of the steps is buildDataset's, in ../build.ts.
 */
import { compactProperties } from "../../model/graph.ts";
import type { Disagreement, EdgeEntry, IscmFile, StatusChange } from "../../model/seed-schemas.ts";
import { citationOf, citationProperties, SOURCE_SEPARATOR } from "../../model/source.ts";
import { inactiveWindows } from "../../model/time.ts";
import { type StateOverrides, stateNode, unMemberIds } from "../states.ts";
import { addNode, type Build, citationKeys, ISCM_LISTS } from "./context.ts";

/** States come from world-countries: every UN member, plus any code the seed names. */
export function addStateNodes(build: Build, stateOverrides: StateOverrides): void {
  const { seed, knownCodes } = build;
  const referencedStates = new Set<string>(unMemberIds(stateOverrides));
  for (const { data } of seed.iscms) {
    for (const list of Object.keys(ISCM_LISTS) as (keyof typeof ISCM_LISTS)[]) {
      for (const e of data[list] as EdgeEntry[]) if (e.state && knownCodes.has(e.state)) referencedStates.add(e.state);
    }
  }
  for (const { data } of seed.unions)
    for (const e of data.members) if (knownCodes.has(e.state as string)) referencedStates.add(e.state as string);
  for (const id of [...referencedStates].sort()) {
    const node = stateNode(id, stateOverrides);
    if (node) addNode(build, node, "world-countries", "");
  }
}

export function addOrganizationNodes(build: Build): void {
  const organizations = build.seed.organizations;
  if (!organizations) return;
  organizations.data.forEach((o, i) => {
    addNode(
      build,
      {
        id: o.id,
        label: "Organization",
        properties: {
          ...compactProperties({
            acronym: o.acronym,
            kind: o.kind,
            otherNames: o.otherNames,
            sources: citationKeys(o.sources),
            notes: o.notes,
          }),
          name: o.name,
        },
      },
      organizations.file,
      `[${i}].id`,
    );
  });
}

export function addUnionNodes(build: Build): void {
  for (const { file, data: u } of build.seed.unions) {
    addNode(
      build,
      {
        id: u.id,
        label: "RegionalUnion",
        properties: {
          ...compactProperties({
            acronym: u.acronym,
            kind: u.kind,
            otherNames: u.otherNames,
            membersAsOfNote: u.membersAsOfNote,
            notes: u.notes,
            sources: u.sources.map((s) => s.source),
            ...statusChangeProperties(u.statusChanges),
            disagreements: disagreementProperty(u.disagreements),
          }),
          name: u.name,
        },
      },
      file,
      "id",
    );
  }
}

export function addIscmNodes(build: Build): void {
  for (const { file, data: m } of build.seed.iscms) {
    addNode(
      build,
      {
        id: m.id,
        label: "ISCM",
        properties: {
          ...compactProperties({
            acronym: m.acronym,
            aliases: m.aliases,
            type: m.type,
            status: m.status,
            statusNote: m.statusNote,
            yearEstablished: m.yearEstablished,
            regionsCovered: m.regionsCovered,
            declaredMemberCount: m.declaredMemberCount,
            declaredMemberCountAsOf: m.declaredMemberCountAsOf,
            memberCountNote: m.memberCountNote,
            roleOfIOM: m.roleOfIOM,
            website: m.website,
            annex2Line: m.annex2?.line,
            annex2Name: m.annex2?.name,
            annex2YearEstablished: m.annex2?.yearEstablished,
            annex2Associated: m.annex2?.associated,
            annex2Chair: m.annex2?.chair,
            annex2Secretariats: m.annex2?.secretariats,
            membersAsOf: m.membersAsOf,
            membersAsOfNote: m.membersAsOfNote,
            membersSources: m.membersSources.map((s) => s.source),
            notes: m.notes || undefined,
            gaps: m.gaps.map((g) => `${g.text} [${citationKeys(g.sources).join(SOURCE_SEPARATOR)}]`),
            ...statusChangeProperties(m.statusChanges),
            ...inactiveProperties(m.statusChanges),
            ...rotationProperties(m),
            disagreements: disagreementProperty(m.disagreements),
          }),
          name: m.name,
          // The name people use first (the explorer, search, the API's answers): its usual short
          // name where the seed has one ("Rabat Process", "GFMD"), else the name itself.
          shortName: m.acronym ?? m.name,
        },
      },
      file,
      "id",
    );
  }
}

/**
 * Status changes as parallel lists on the node (Neo4j properties hold no maps): the i-th date,
 * change, basis, note and sources ("; "-joined) describe one change; an unknown date is "".
 */
export function statusChangeProperties(changes: StatusChange[]) {
  return {
    statusChangeDates: changes.map((c) => c.date ?? ""),
    statusChanges: changes.map((c) => c.change),
    statusChangeBases: changes.map((c) => c.basis),
    statusChangeNotes: changes.map((c) => c.note),
    statusChangeSources: changes.map((c) => citationKeys(c.sources).join(SOURCE_SEPARATOR)),
  };
}

/** The days the mechanism is not active (model/time.ts, inactiveWindows), as parallel lists; none: no property. */
export function inactiveProperties(changes: StatusChange[]) {
  const windows = inactiveWindows(changes.map((c) => ({ change: c.change, date: c.date ?? null })));
  return windows.length ? { inactiveFrom: windows.map((w) => w.from), inactiveTo: windows.map((w) => w.to) } : {};
}

/**
 * The chair's rotation on the ISCM node (Neo4j properties hold no maps): kind, co-chairs,
 * standing, term and handover with its sources; the years whose chair was not found as
 * `chairGapYears` with what was searched (`chairGapSearched`, one "; "-joined string per year).
 */
export function rotationProperties(m: IscmFile) {
  const r = m.rotation;
  return {
    rotationKind: r?.kind,
    rotationCoChairs: r?.coChairs,
    rotationStanding: r?.standing,
    rotationTermMonths: r?.termMonths ?? undefined,
    rotationTerm: r?.term,
    rotationHandover: r?.handover,
    ...(r ? citationProperties("rotationSource", r.sources.map(citationOf)) : {}),
    rotationAsOf: r?.asOf,
    chairGapYears: m.chairGaps.map((g) => g.year),
    chairGapSearched: m.chairGaps.map((g) => [...g.searched, ...(g.note ? [g.note] : [])].join(SOURCE_SEPARATOR)),
  };
}

/** Disagreements as one JSON text each (a list of maps is no Neo4j property); `readDisagreements` reads them back. */
export function disagreementProperty(list: Disagreement[]): string[] {
  return list.map((d) => JSON.stringify(d));
}

export function addThemeNodes(build: Build): void {
  const themes = build.seed.themes;
  if (!themes) return;
  themes.data.themes.forEach((t, i) => {
    addNode(
      build,
      {
        id: t.id,
        label: "Theme",
        properties: {
          ...compactProperties({ annex10Line: t.line, uncertainIscms: t.uncertain, defect: t.defect }),
          name: t.name,
        },
      },
      themes.file,
      `themes[${i}].id`,
    );
  });
}
