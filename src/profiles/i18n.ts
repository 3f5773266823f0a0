/**
 * The profile pages' own words in French and Spanish: the page's chrome and its section headings,
 * looked up here in one place (the facts, names in the facts and sources stay as built). A
 * heading ends in its count ("Member States (12)"): the count is kept, the words translated.
 * A heading this table does not know stays English (tests/server/profiles-lang.test.ts lists
 * the headings of real pages and fails on one left untranslated).
 */
import type { Locale } from "../i18n/locale.ts";
import { translateRelationshipTitle } from "../model/relationship-words.ts";
import { ENGLISH_MARKDOWN, type MarkdownWords } from "./document.ts";

type Words = Record<"fr" | "es", string>;

const HEADINGS: Record<string, Words> = {
  "Where sources disagree": { fr: "Où les sources divergent", es: "Donde las fuentes discrepan" },
  "How current this page is": { fr: "Actualité de cette page", es: "Actualidad de esta página" },
  "Fact sheet (Annex 2 of the 2019 report, and on the page's date)": {
    fr: "Fiche (annexe 2 du rapport de 2019, et à la date de la page)",
    es: "Ficha (anexo 2 del informe de 2019, y a la fecha de la página)",
  },
  "Member States": { fr: "États membres", es: "Estados miembros" },
  "Themes (Annex 10 of the 2019 report)": { fr: "Thèmes (annexe 10 du rapport de 2019)", es: "Temas (anexo 10 del informe de 2019)" },
  "Overlapping ISCMs (shared member States, Jaccard)": {
    fr: "MCIM qui se chevauchent (États membres communs, Jaccard)",
    es: "MCIM que se superponen (Estados miembros comunes, Jaccard)",
  },
  "Changes since June 2019": { fr: "Changements depuis juin 2019", es: "Cambios desde junio de 2019" },
  "Gaps (facts the sources state that no entity carries)": {
    fr: "Lacunes (faits que les sources énoncent et qu’aucune entité ne porte)",
    es: "Lagunas (hechos que las fuentes enuncian y que ninguna entidad recoge)",
  },
  "At a glance": { fr: "En bref", es: "De un vistazo" },
  "Top partner States (shared ISCMs, as members)": {
    fr: "Principaux États partenaires (MCIM en commun, comme membres)",
    es: "Principales Estados socios (MCIM en común, como miembros)",
  },
  "In figures": { fr: "En chiffres", es: "En cifras" },
  "Shared member States": { fr: "États membres communs", es: "Estados miembros comunes" },
  "Cooperation and synergy": { fr: "Coopération et synergie", es: "Cooperación y sinergia" },
  Secretariats: { fr: "Secrétariats", es: "Secretarías" },
  "Membership table": { fr: "Tableau des appartenances", es: "Tabla de pertenencia" },
  "Regional consultative processes (RCP)": { fr: "Processus consultatifs régionaux (PCR)", es: "Procesos consultivos regionales (PCR)" },
  "Interregional forums (IRF)": { fr: "Forums interrégionaux (FIR)", es: "Foros interregionales (FIR)" },
  "Global processes": { fr: "Processus mondiaux", es: "Procesos mundiales" },
  "Regional unions": { fr: "Unions régionales", es: "Uniones regionales" },
  Organizations: { fr: "Organisations", es: "Organizaciones" },
  // The currency page (analyses/currency.ts).
  "Chair past its term": { fr: "Présidence au-delà de son mandat", es: "Presidencia más allá de su mandato" },
  "Chair not found": { fr: "Présidence introuvable", es: "Presidencia no encontrada" },
  Stale: { fr: "Périmé", es: "Desactualizado" },
  Disagreement: { fr: "Désaccord", es: "Desacuerdo" },
};

/** Headings with a name or a day in them. */
const PATTERNS: [RegExp, Words][] = [
  [/^Not in force on (.+)$/, { fr: "Plus en vigueur le $1", es: "Sin vigencia el $1" }],
  [/^Only in (.+)$/, { fr: "Seulement dans $1", es: "Solo en $1" }],
  [/^States: (.+)$/, { fr: "États : $1", es: "Estados: $1" }],
];

/** A section heading in `lang`; the English one where the table has none. */
export function translateHeading(heading: string, lang: Locale): string {
  if (lang === "en") return heading;
  const counted = /^(.*) \((\d+)\)$/.exec(heading);
  const [words, count] = counted ? [counted[1] as string, counted[2]] : [heading, undefined];
  // Relationship lists take their words from model/relationship-words.ts, as the explorer does.
  const out = lookUp(words, lang, HEADINGS, PATTERNS) ?? translateRelationshipTitle(words, lang);
  if (out === undefined) return heading;
  return count === undefined ? out : `${out} (${count})`;
}

/** A text's words from a table of fixed texts, else from the first pattern it matches; undefined if neither. */
function lookUp(text: string, lang: "fr" | "es", table: Record<string, Words>, patterns: [RegExp, Words][]): string | undefined {
  const known = table[text]?.[lang];
  if (known !== undefined) return known;
  const pattern = patterns.find(([re]) => re.test(text));
  return pattern ? text.replace(pattern[0], pattern[1][lang]) : undefined;
}

/** Fact terms and table column headers (a fixed vocabulary; the facts themselves stay as built). */
const TERMS: Record<string, Words> = {
  Type: { fr: "Type", es: "Tipo" },
  Established: { fr: "Création", es: "Creación" },
  "Regions covered": { fr: "Régions couvertes", es: "Regiones abarcadas" },
  "Chair (Annex 2, June 2019)": { fr: "Présidence (annexe 2, juin 2019)", es: "Presidencia (anexo 2, junio de 2019)" },
  "Secretariat (Annex 2, June 2019)": { fr: "Secrétariat (annexe 2, juin 2019)", es: "Secretaría (anexo 2, junio de 2019)" },
  "Associated (Annex 2)": { fr: "Associé (annexe 2)", es: "Asociado (anexo 2)" },
  "Role of IOM": { fr: "Rôle de l'OIM", es: "Papel de la OIM" },
  "Status (June 2019)": { fr: "Statut (juin 2019)", es: "Situación (junio de 2019)" },
  Wikidata: { fr: "Wikidata", es: "Wikidata" },
  Region: { fr: "Région", es: "Región" },
  Engagement: { fr: "Engagement", es: "Participación" },
  Kind: { fr: "Nature", es: "Naturaleza" },
  Acronym: { fr: "Sigle", es: "Sigla" },
  Sources: { fr: "Sources", es: "Fuentes" },
  "Member States": { fr: "États membres", es: "Estados miembros" },
  "Shared by both": { fr: "Communs aux deux", es: "Comunes a ambos" },
  "Shared by all three": { fr: "Communs aux trois", es: "Comunes a los tres" },
  "Jaccard index |A∩B|/|A∪B|": { fr: "Indice de Jaccard |A∩B|/|A∪B|", es: "Índice de Jaccard |A∩B|/|A∪B|" },
  "Overlap coefficient |A∩B|/min(|A|,|B|)": {
    fr: "Coefficient de chevauchement |A∩B|/min(|A|,|B|)",
    es: "Coeficiente de superposición |A∩B|/min(|A|,|B|)",
  },
  "Shared Annex 10 themes": { fr: "Thèmes communs de l'annexe 10", es: "Temas comunes del anexo 10" },
  Citation: { fr: "Citation", es: "Cita" },
  Publisher: { fr: "Éditeur", es: "Editor" },
  Title: { fr: "Titre", es: "Título" },
  Published: { fr: "Publication", es: "Publicación" },
  "Copy of": { fr: "Copie de", es: "Copia de" },
  Address: { fr: "Adresse", es: "Dirección" },
  "Seed document": { fr: "Document source de l'atlas", es: "Documento fuente del atlas" },
  Retrieved: { fr: "Consulté", es: "Consultado" },
  Language: { fr: "Langue", es: "Idioma" },
  Note: { fr: "Note", es: "Nota" },
  // Table columns.
  Aspect: { fr: "Aspect", es: "Aspecto" },
  Held: { fr: "En vigueur", es: "Vigentes" },
  "Confirmed as of": { fr: "Confirmé au", es: "Confirmado a" },
  Currency: { fr: "Actualité", es: "Actualidad" },
  State: { fr: "État", es: "Estado" },
  ISO: { fr: "ISO", es: "ISO" },
  "Dates and basis": { fr: "Dates et fondement", es: "Fechas y fundamento" },
  ISCM: { fr: "MCIM", es: "MCIM" },
  "Shared States": { fr: "États communs", es: "Estados comunes" },
  Jaccard: { fr: "Jaccard", es: "Jaccard" },
  Compare: { fr: "Comparer", es: "Comparar" },
  "Shared ISCMs": { fr: "MCIM en commun", es: "MCIM en común" },
  ISCMs: { fr: "MCIM", es: "MCIM" },
  "ISCM or union": { fr: "MCIM ou union", es: "MCIM o unión" },
  Months: { fr: "Mois", es: "Meses" },
  Detail: { fr: "Détail", es: "Detalle" },
  From: { fr: "De", es: "De" },
  Relationship: { fr: "Relation", es: "Relación" },
  To: { fr: "À", es: "A" },
  Interval: { fr: "Période", es: "Período" },
  Where: { fr: "Où", es: "Dónde" },
  Quote: { fr: "Citation", es: "Cita" },
};

/** Terms with a day in them. */
const TERM_PATTERNS: [RegExp, Words][] = [
  [/^Chair on (.+)$/, { fr: "Présidence au $1", es: "Presidencia a $1" }],
  [/^Secretariat on (.+)$/, { fr: "Secrétariat au $1", es: "Secretaría a $1" }],
];

/** A fact's term or a table's column header in `lang`; as given where the table has none (a name, say). */
export function translateTerm(term: string, lang: Locale): string {
  return lang === "en" ? term : (lookUp(term, lang, TERMS, TERM_PATTERNS) ?? term);
}

/** Whether `translateTerm` knows the term (a test lists the terms of real pages against it). */
export function knowsTerm(term: string): boolean {
  return lookUp(term, "fr", TERMS, TERM_PATTERNS) !== undefined;
}

/** The page's own words. */
export const PAGE_WORDS: Record<
  Locale,
  Record<
    | "skip"
    | "allProfiles"
    | "openExplorer"
    | "factsAsOf"
    | "everyFact"
    | "asOf"
    | "show"
    | "download"
    | "sources"
    | "howToCite"
    | "footer"
    | "language"
    | "whatSourceSupports",
    string
  >
> = {
  en: {
    skip: "Skip to the content",
    allProfiles: "ISCM Atlas — all profiles",
    openExplorer: "Open in the explorer",
    factsAsOf: "Facts as of",
    everyFact: "Every fact cites its source below.",
    asOf: "As of",
    show: "Show",
    download: "Download:",
    sources: "Sources",
    howToCite: "How to cite",
    footer:
      "ISCM Atlas. The 2019 facts come from Annex 2 and Annex 10 of IOM's assessment report of inter-State consultation mechanisms on migration; later facts from the sources cited.",
    language: "Language",
    whatSourceSupports: "what this source supports",
  },
  fr: {
    skip: "Aller au contenu",
    allProfiles: "ISCM Atlas — tous les profils",
    openExplorer: "Ouvrir dans l’explorateur",
    factsAsOf: "Faits à la date du",
    everyFact: "Chaque fait cite sa source ci-dessous.",
    asOf: "À la date du",
    show: "Afficher",
    download: "Télécharger :",
    sources: "Sources",
    howToCite: "Comment citer",
    footer:
      "ISCM Atlas. Les faits de 2019 proviennent des annexes 2 et 10 du rapport d’évaluation de l’OIM sur les mécanismes de consultation inter-États sur la migration ; les faits ultérieurs, des sources citées.",
    language: "Langue",
    whatSourceSupports: "ce que cette source étaye",
  },
  es: {
    skip: "Ir al contenido",
    allProfiles: "ISCM Atlas — todos los perfiles",
    openExplorer: "Abrir en el explorador",
    factsAsOf: "Datos a fecha de",
    everyFact: "Cada dato cita su fuente más abajo.",
    asOf: "A fecha de",
    show: "Mostrar",
    download: "Descargar:",
    sources: "Fuentes",
    howToCite: "Cómo citar",
    footer:
      "ISCM Atlas. Los datos de 2019 proceden de los anexos 2 y 10 del informe de evaluación de la OIM sobre los mecanismos de consulta interestatales sobre migración; los posteriores, de las fuentes citadas.",
    language: "Idioma",
    whatSourceSupports: "lo que esta fuente respalda",
  },
};

/** The Markdown export's words in a page's language (document.ts toMarkdown); the facts stay as built. */
export function markdownWords(lang: Locale): MarkdownWords {
  if (lang === "en") return ENGLISH_MARKDOWN;
  const w = PAGE_WORDS[lang];
  return {
    heading: (h) => translateHeading(h, lang),
    term: (t) => translateTerm(t, lang),
    asOf: w.asOf,
    openExplorer: w.openExplorer,
    sources: w.sources,
    whatSourceSupports: w.whatSourceSupports,
    mapOnPage: lang === "fr" ? "carte sur la page HTML" : "mapa en la página HTML",
  };
}

/** The sentences a page builds around its figures (captions, the lead paragraph), per language. */
export interface PageText {
  footprint: (day: string, legend: string) => string;
  noStates: string;
  membersByRegion: (day: string) => string;
  tenIscms: (day: string) => string;
  iscmLead: (name: string, type: string, members: number, day: string) => string;
  tenStates: (day: string) => string;
  stateLead: (name: string, day: string) => string;
  entityLead: (name: string, kind: "union" | "organization", day: string) => string;
  membersOfEach: (day: string) => string;
  compareLead: (names: string, shared: number, jaccard: string, day: string) => string;
  confirmedPerAspect: (day: string) => string;
}

export const PAGE_TEXT: Record<Locale, PageText> = {
  en: {
    footprint: (day, legend) => `Footprint on ${day}: ${legend} (observers hatched; Natural Earth 1:110m, Equal Earth)`,
    noStates: "no States",
    membersByRegion: (day) => `Member States on ${day}, by region`,
    tenIscms: (day) => `The ten ISCMs sharing most with it on ${day} (overlap-matrix)`,
    iscmLead: (name, type, n, day) =>
      `${name}: ${type} fact sheet, ${n} member States on ${day}, observers, themes, cooperation and overlaps, with sources.`,
    tenStates: (day) => `The ten States sharing most ISCMs with it on ${day} (state-partners)`,
    stateLead: (name, day) =>
      `${name} in the inter-State consultation mechanisms on migration: its ISCMs by role, regional unions and partner States on ${day}, with sources.`,
    entityLead: (name, kind, day) =>
      `${name} (${kind === "union" ? "regional union" : "organization"}) in the ISCM Atlas: its roles in ISCMs and its members on ${day}, with sources.`,
    membersOfEach: (day) => `Member States of each, on ${day}`,
    compareLead: (names, shared, jaccard, day) =>
      `${names}: ${shared} shared member States, Jaccard ${jaccard}, shared themes, secretariats and cooperation on ${day}.`,
    confirmedPerAspect: (day) => `Confirmed as of, per aspect, on ${day}`,
  },
  fr: {
    footprint: (day, legend) => `Empreinte au ${day} : ${legend} (observateurs hachurés ; Natural Earth 1:110m, Equal Earth)`,
    noStates: "aucun État",
    membersByRegion: (day) => `États membres au ${day}, par région`,
    tenIscms: (day) => `Les dix MCIM qui en partagent le plus au ${day} (overlap-matrix)`,
    iscmLead: (name, type, n, day) =>
      `${name} : fiche ${type}, ${n} États membres au ${day}, observateurs, thèmes, coopération et chevauchements, avec leurs sources.`,
    tenStates: (day) => `Les dix États qui partagent le plus de MCIM avec lui au ${day} (state-partners)`,
    stateLead: (name, day) =>
      `${name} dans les mécanismes de consultation inter-États sur la migration : ses MCIM par rôle, ses unions régionales et ses États partenaires au ${day}, avec leurs sources.`,
    entityLead: (name, kind, day) =>
      `${name} (${kind === "union" ? "union régionale" : "organisation"}) dans l'ISCM Atlas : ses rôles dans les MCIM et ses membres au ${day}, avec leurs sources.`,
    membersOfEach: (day) => `États membres de chacun, au ${day}`,
    compareLead: (names, shared, jaccard, day) =>
      `${names} : ${shared} États membres communs, Jaccard ${jaccard}, thèmes communs, secrétariats et coopération au ${day}.`,
    confirmedPerAspect: (day) => `Confirmé au, par aspect, le ${day}`,
  },
  es: {
    footprint: (day, legend) => `Huella a ${day}: ${legend} (observadores rayados; Natural Earth 1:110m, Equal Earth)`,
    noStates: "ningún Estado",
    membersByRegion: (day) => `Estados miembros a ${day}, por región`,
    tenIscms: (day) => `Los diez MCIM que más comparten con él a ${day} (overlap-matrix)`,
    iscmLead: (name, type, n, day) =>
      `${name}: ficha ${type}, ${n} Estados miembros a ${day}, observadores, temas, cooperación y superposiciones, con sus fuentes.`,
    tenStates: (day) => `Los diez Estados que más MCIM comparten con él a ${day} (state-partners)`,
    stateLead: (name, day) =>
      `${name} en los mecanismos de consulta interestatales sobre migración: sus MCIM por papel, sus uniones regionales y sus Estados socios a ${day}, con sus fuentes.`,
    entityLead: (name, kind, day) =>
      `${name} (${kind === "union" ? "unión regional" : "organización"}) en el ISCM Atlas: sus papeles en los MCIM y sus miembros a ${day}, con sus fuentes.`,
    membersOfEach: (day) => `Estados miembros de cada uno, a ${day}`,
    compareLead: (names, shared, jaccard, day) =>
      `${names}: ${shared} Estados miembros comunes, Jaccard ${jaccard}, temas comunes, secretarías y cooperación a ${day}.`,
    confirmedPerAspect: (day) => `Confirmado a, por aspecto, el ${day}`,
  },
};
