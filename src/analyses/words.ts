/**
 * The analyses' words in French and Spanish: title, summary, column labels and units, parameter
 * descriptions. English stays in each entry (src/analyses/entries); this is its one translation,
 * which GET /api/analyses?lang= answers with and the explorer shows. tests/analyses/words.test.ts
 * fails when an analysis, a column, a unit or a parameter lacks its words in a language.
 * Terminology as the rest of the atlas: ISCM = MCIM (mécanisme / mecanismo consultivo
 * interétatique sur la migration / interestatal sobre migración).
 */
import type { Locale } from "../i18n/locale.ts";

export interface AnalysisWords {
  title: string;
  summary: string;
  /** Column → its label. */
  columns: Record<string, string>;
}

type Translated = Exclude<Locale, "en">;

/** Units (ColumnLabel.unit, in English) → their words. */
export const UNIT_WORDS: Record<Translated, Record<string, string>> = {
  fr: {
    mechanisms: "mécanismes",
    States: "États",
    themes: "thèmes",
    steps: "étapes",
    months: "mois",
    "%": "%",
    "as precise as the source": "aussi précise que la source",
    "date of the newest source": "date de la source la plus récente",
  },
  es: {
    mechanisms: "mecanismos",
    States: "Estados",
    themes: "temas",
    steps: "pasos",
    months: "meses",
    "%": "%",
    "as precise as the source": "tan precisa como la fuente",
    "date of the newest source": "fecha de la fuente más reciente",
  },
};

/** Parameter descriptions (in English, as the entries declare them) → their words. */
export const PARAM_WORDS: Record<Translated, Record<string, string>> = {
  fr: {
    "a State (id, name or alias)": "un État (code, nom ou autre nom)",
    "another State": "un autre État",
    "answer as of this date: YYYY, YYYY-MM (its last day) or YYYY-MM-DD (default: today)":
      "réponse à cette date : AAAA, AAAA-MM (son dernier jour) ou AAAA-MM-JJ (par défaut : aujourd'hui)",
    "a State": "un État",
    "at most this many rows (default: all)": "au plus ce nombre de lignes (par défaut : toutes)",
    "an ISCM (id, name, acronym or alias)": "un MCIM (identifiant, nom, sigle ou autre nom)",
    "another ISCM": "un autre MCIM",
    "optional third ISCM": "un troisième MCIM (facultatif)",
    "smallest shared count to list (default 1)": "plus petit nombre de membres communs à lister (par défaut 1)",
    'one UN subregion, e.g. "Eastern Africa" (default: all)': "une sous-région de l'ONU, par ex. « Eastern Africa » (par défaut : toutes)",
    "one Annex 10 theme (default: all)": "un thème de l'annexe 10 (par défaut : tous)",
    "an ISCM": "un MCIM",
    "any entity": "une entité quelconque",
    "another entity": "une autre entité",
    "at most this many paths (default 25)": "au plus ce nombre de chemins (par défaut 25)",
    "from this date on: YYYY, YYYY-MM or YYYY-MM-DD (default: all)":
      "à partir de cette date : AAAA, AAAA-MM ou AAAA-MM-JJ (par défaut : depuis le début)",
    "up to this date (default: today)": "jusqu'à cette date (par défaut : aujourd'hui)",
    "only changes of this ISCM (or union)": "seulement les changements de ce MCIM (ou de cette union)",
  },
  es: {
    "a State (id, name or alias)": "un Estado (código, nombre u otro nombre)",
    "another State": "otro Estado",
    "answer as of this date: YYYY, YYYY-MM (its last day) or YYYY-MM-DD (default: today)":
      "respuesta a esta fecha: AAAA, AAAA-MM (su último día) o AAAA-MM-DD (por defecto: hoy)",
    "a State": "un Estado",
    "at most this many rows (default: all)": "como máximo este número de filas (por defecto: todas)",
    "an ISCM (id, name, acronym or alias)": "un MCIM (identificador, nombre, sigla u otro nombre)",
    "another ISCM": "otro MCIM",
    "optional third ISCM": "un tercer MCIM (opcional)",
    "smallest shared count to list (default 1)": "número mínimo de miembros comunes para listar (por defecto 1)",
    'one UN subregion, e.g. "Eastern Africa" (default: all)': "una subregión de la ONU, p. ej. «Eastern Africa» (por defecto: todas)",
    "one Annex 10 theme (default: all)": "un tema del anexo 10 (por defecto: todos)",
    "an ISCM": "un MCIM",
    "any entity": "cualquier entidad",
    "another entity": "otra entidad",
    "at most this many paths (default 25)": "como máximo este número de caminos (por defecto 25)",
    "from this date on: YYYY, YYYY-MM or YYYY-MM-DD (default: all)":
      "desde esta fecha: AAAA, AAAA-MM o AAAA-MM-DD (por defecto: desde el principio)",
    "up to this date (default: today)": "hasta esta fecha (por defecto: hoy)",
    "only changes of this ISCM (or union)": "solo los cambios de este MCIM (o unión)",
  },
};

export const ANALYSIS_WORDS: Record<Translated, Record<string, AnalysisWords>> = {
  fr: {
    "shared-iscms": {
      title: "Où deux États se retrouvent",
      summary:
        "Les mécanismes auxquels deux États participent tous deux à une date, avec le rôle de chacun (membre, observateur, présidence, secrétariat), ainsi que les sources et la date de chaque rôle.",
      columns: { iscm: "Mécanisme", name: "Nom", rolesA: "Rôle du premier État", rolesB: "Rôle du second État" },
    },
    "state-partners": {
      title: "Les partenaires d'un État",
      summary:
        "Les autres États qui siègent avec un État donné comme membres des mêmes mécanismes à une date (les membres suspendus ne comptent pas), classés selon le nombre de mécanismes en commun, avec ces mécanismes.",
      columns: { state: "État partenaire", name: "Nom", shared: "Mécanismes en commun", iscms: "Ces mécanismes" },
    },
    "iscm-overlap": {
      title: "Comment deux ou trois mécanismes se recoupent",
      summary:
        "Les États membres que deux (ou trois) mécanismes ont en commun et ceux propres à chacun, à une date. Deux mesures les résument : les États présents dans tous, en part de tous les États présents dans l'un d'eux, et en part des membres du plus petit (la totalité quand le plus petit est entièrement inclus dans le plus grand). Les membres suspendus ne comptent pas.",
      columns: {
        a: "Premier mécanisme",
        b: "Deuxième mécanisme",
        c: "Troisième mécanisme",
        memberCounts: "Membres de chacun",
        sharedCount: "Membres de tous",
        shared: "États dans tous",
        onlyA: "Seulement dans le premier",
        onlyB: "Seulement dans le deuxième",
        onlyC: "Seulement dans le troisième",
        jaccard: "Communs, en part de tous leurs membres",
        overlapCoefficient: "Communs, en part des membres du plus petit",
        members: "Membres de chacun (listes)",
      },
    },
    "overlap-matrix": {
      title: "Toutes les paires de mécanismes ayant des membres en commun",
      summary:
        "Chaque paire de mécanismes qui partagent au moins un nombre donné d'États membres à une date : combien ils en partagent, combien de membres compte chacun, et les États communs en part de tous leurs membres et des membres du plus petit. Les paires qui en partagent le plus viennent en premier.",
      columns: {
        a: "Mécanisme",
        b: "Autre mécanisme",
        shared: "Membres communs",
        sizeA: "Membres du premier",
        sizeB: "Membres du second",
        jaccard: "Communs, en part de tous leurs membres",
        overlapCoefficient: "Communs, en part des membres du plus petit",
      },
    },
    "geographic-overlap": {
      title: "Mécanismes qui se recoupent dans une région",
      summary:
        "Les paires de mécanismes qui ont des États membres en commun dans une sous-région de l'ONU (par exemple l'Europe orientale ou l'Afrique de l'Est), avec les États qu'ils y partagent, les paires qui en partagent le plus en premier. On y voit où deux processus réunissent les mêmes gouvernements.",
      columns: {
        a: "Mécanisme",
        b: "Autre mécanisme",
        subregion: "Sous-région de l'ONU",
        sharedStates: "Membres communs dans la sous-région",
        states: "Ces États",
      },
    },
    "synergy-candidates": {
      title: "Mécanismes qui pourraient travailler ensemble",
      summary:
        "Les paires de mécanismes actifs à la date (ceux pas encore créés, fusionnés, terminés ou en sommeil sont écartés) qui ont des États membres et des thèmes en commun mais aucune coopération enregistrée (un mécanisme qui en a remplacé un autre ne compte pas comme son partenaire). Le score est la moyenne de deux parts : les membres communs en part de tous leurs membres, et les thèmes communs en part de tous leurs thèmes. Chaque ligne indique ce que la paire partage.",
      columns: {
        a: "Mécanisme",
        b: "Autre mécanisme",
        score: "Score : moyenne des deux parts",
        memberJaccard: "Membres communs, en part de tous leurs membres",
        themeJaccard: "Thèmes communs, en part de tous leurs thèmes",
        sharedMemberCount: "Membres communs",
        sharedThemeCount: "Thèmes communs",
        sharedMembers: "Ces États",
        sharedThemes: "Ces thèmes",
      },
    },
    "most-engaged-states": {
      title: "Les États présents dans le plus de mécanismes",
      summary:
        "Les États classés selon le nombre de mécanismes auxquels ils participent à une date, avec combien comme membre, comme observateur, à la présidence et au secrétariat. Les relations terminées à cette date ne comptent pas.",
      columns: {
        state: "État",
        name: "Nom",
        iscms: "Mécanismes auxquels il participe",
        member: "Comme membre",
        observer: "Comme observateur",
        chair: "À la présidence",
        secretariat: "Au secrétariat",
      },
    },
    "secretariat-hubs": {
      title: "Qui assure les secrétariats",
      summary:
        "Les organisations et les États qui assurent le secrétariat de mécanismes à une date, classés selon le nombre de mécanismes servis, avec le rôle pour chacun (secrétariat, co-secrétariat, secrétariat technique…) et ses sources.",
      columns: { id: "Secrétariat", label: "Type d'entité", name: "Nom", iscms: "Mécanismes servis", serves: "Sert (rôle)" },
    },
    "theme-coverage": {
      title: "Qui travaille sur quel thème",
      summary:
        "Pour chaque thème de la liste des domaines thématiques de l'annexe 10 (ou pour l'un d'eux), les mécanismes qui y travaillent et le nombre d'États membres différents que ces mécanismes réunissent à une date.",
      columns: {
        theme: "Thème",
        name: "Nom",
        iscmCount: "Mécanismes qui y travaillent",
        statesReached: "États membres réunis",
        iscms: "Ces mécanismes",
      },
    },
    "union-alignment": {
      title: "Un mécanisme face à ses unions régionales",
      summary:
        "Les États membres d'un mécanisme comparés, à une date, à chaque union régionale à laquelle il est associé : ses membres dans l'union, ses membres hors de l'union, et les membres de l'union qui ne sont pas dans le mécanisme. (Le Royaume-Uni compte dans l'Union européenne en 2019, plus ensuite.)",
      columns: {
        union: "Union régionale",
        name: "Nom",
        sources: "Sources",
        insideCount: "Membres dans l'union",
        outsideCount: "Membres hors de l'union",
        missingCount: "Membres de l'union absents du mécanisme",
        inside: "Dans l'union",
        outside: "Hors de l'union",
        missing: "Absents",
      },
    },
    path: {
      title: "Comment deux entités sont reliées",
      summary:
        "Les chaînes de liens les plus courtes entre deux entités de l'atlas (États, mécanismes, organisations, unions régionales, thèmes), quel que soit le sens de chaque lien, jusqu'à huit étapes : chacune de ces chaînes, avec ce par quoi elle passe et les liens en chemin, chacun avec ses sources.",
      columns: { length: "Étapes", nodes: "En passant par", relationships: "Liens en chemin" },
    },
    changes: {
      title: "Ce qui a changé entre deux dates",
      summary:
        "Chaque adhésion et chaque départ, suspension, changement de présidence ou de secrétariat, et changement d'un mécanisme lui-même (renommé, mis en sommeil, fusionné) entre deux dates, pour tous les mécanismes ou pour un seul. Chaque événement porte sa date aussi précise que sa source la donne, les sources de cette date, et s'il est énoncé par une source ou découle de l'adhésion à une union régionale. Un événement connu seulement à l'année ou au mois est listé quand il peut tomber dans l'intervalle.",
      columns: {
        date: "Date",
        dateNote: "Quand, si non daté",
        event: "Ce qui s'est passé",
        type: "Relation",
        subject: "Qui",
        subjectName: "Qui (nom)",
        object: "Dans / de",
        objectName: "Dans / de (nom)",
        basis: "Comment on le sait",
        via: "Par l'union",
        sources: "Sources",
        note: "Note",
      },
    },
    currency: {
      title: "À quel point l'atlas est à jour",
      summary:
        "Ce qui demande le plus l'attention d'un curateur à une date, le plus urgent d'abord : présidences exercées au-delà de leur mandat, mécanismes dont la présidence du mandat en cours n'a pas été trouvée (avec ce qui a été cherché), membres, présidences, secrétariats ou observateurs confirmés pour la dernière fois par une source plus de 18 mois avant, et faits sur lesquels les sources divergent, chaque affirmation avec sa source.",
      columns: {
        entity: "Mécanisme ou union",
        name: "Nom",
        issue: "Ce qui demande un curateur",
        aspect: "Aspect",
        confirmedAsOf: "Dernière confirmation",
        monthsOld: "Ancienneté",
        detail: "Détail",
        sources: "Sources",
      },
    },
  },
  es: {
    "shared-iscms": {
      title: "Dónde coinciden dos Estados",
      summary:
        "Los mecanismos en los que dos Estados participan ambos en una fecha, con el papel de cada uno (miembro, observador, presidencia, secretaría), y las fuentes y la fecha de cada papel.",
      columns: { iscm: "Mecanismo", name: "Nombre", rolesA: "Papel del primer Estado", rolesB: "Papel del segundo Estado" },
    },
    "state-partners": {
      title: "Los socios de un Estado",
      summary:
        "Los demás Estados que se sientan con un Estado dado como miembros de los mismos mecanismos en una fecha (los miembros suspendidos no cuentan), ordenados por el número de mecanismos que comparten, con esos mecanismos.",
      columns: { state: "Estado socio", name: "Nombre", shared: "Mecanismos en común", iscms: "Esos mecanismos" },
    },
    "iscm-overlap": {
      title: "Cómo se superponen dos o tres mecanismos",
      summary:
        "Los Estados miembros que dos (o tres) mecanismos tienen en común y los que solo están en cada uno, en una fecha. Dos medidas lo resumen: los Estados presentes en todos, como parte de todos los Estados de cualquiera de ellos, y como parte de los miembros del más pequeño (la totalidad cuando el más pequeño está por entero dentro del mayor). Los miembros suspendidos no cuentan.",
      columns: {
        a: "Primer mecanismo",
        b: "Segundo mecanismo",
        c: "Tercer mecanismo",
        memberCounts: "Miembros de cada uno",
        sharedCount: "Miembros de todos",
        shared: "Estados en todos",
        onlyA: "Solo en el primero",
        onlyB: "Solo en el segundo",
        onlyC: "Solo en el tercero",
        jaccard: "Comunes, como parte de todos sus miembros",
        overlapCoefficient: "Comunes, como parte de los miembros del más pequeño",
        members: "Miembros de cada uno (listas)",
      },
    },
    "overlap-matrix": {
      title: "Todos los pares de mecanismos con miembros en común",
      summary:
        "Cada par de mecanismos que comparten al menos un número dado de Estados miembros en una fecha: cuántos comparten, cuántos miembros tiene cada uno, y los Estados comunes como parte de todos sus miembros y de los miembros del más pequeño. Los pares que más comparten aparecen primero.",
      columns: {
        a: "Mecanismo",
        b: "Otro mecanismo",
        shared: "Miembros comunes",
        sizeA: "Miembros del primero",
        sizeB: "Miembros del segundo",
        jaccard: "Comunes, como parte de todos sus miembros",
        overlapCoefficient: "Comunes, como parte de los miembros del más pequeño",
      },
    },
    "geographic-overlap": {
      title: "Mecanismos que se superponen en una región",
      summary:
        "Los pares de mecanismos que tienen Estados miembros en común dentro de una subregión de la ONU (por ejemplo Europa Oriental o África Oriental), con los Estados que comparten allí, primero los pares que más comparten. Muestra dónde dos procesos reúnen a los mismos gobiernos.",
      columns: {
        a: "Mecanismo",
        b: "Otro mecanismo",
        subregion: "Subregión de la ONU",
        sharedStates: "Miembros comunes en la subregión",
        states: "Esos Estados",
      },
    },
    "synergy-candidates": {
      title: "Mecanismos que podrían trabajar juntos",
      summary:
        "Los pares de mecanismos activos en la fecha (se excluyen los aún no creados, fusionados, terminados o inactivos) que tienen Estados miembros y temas en común pero ninguna cooperación registrada (un mecanismo que reemplazó a otro no cuenta como su socio). La puntuación es la media de dos proporciones: los miembros comunes como parte de todos sus miembros, y los temas comunes como parte de todos sus temas. Cada fila indica lo que el par comparte.",
      columns: {
        a: "Mecanismo",
        b: "Otro mecanismo",
        score: "Puntuación: media de las dos proporciones",
        memberJaccard: "Miembros comunes, como parte de todos sus miembros",
        themeJaccard: "Temas comunes, como parte de todos sus temas",
        sharedMemberCount: "Miembros comunes",
        sharedThemeCount: "Temas comunes",
        sharedMembers: "Esos Estados",
        sharedThemes: "Esos temas",
      },
    },
    "most-engaged-states": {
      title: "Los Estados presentes en más mecanismos",
      summary:
        "Los Estados ordenados por el número de mecanismos en los que participan en una fecha, con cuántos como miembro, como observador, en la presidencia y en la secretaría. Las relaciones terminadas en esa fecha no cuentan.",
      columns: {
        state: "Estado",
        name: "Nombre",
        iscms: "Mecanismos en los que participa",
        member: "Como miembro",
        observer: "Como observador",
        chair: "En la presidencia",
        secretariat: "En la secretaría",
      },
    },
    "secretariat-hubs": {
      title: "Quién lleva las secretarías",
      summary:
        "Las organizaciones y los Estados que ejercen la secretaría de mecanismos en una fecha, ordenados por el número de mecanismos a los que sirven, con el papel en cada uno (secretaría, cosecretaría, secretaría técnica…) y sus fuentes.",
      columns: { id: "Secretaría", label: "Tipo de entidad", name: "Nombre", iscms: "Mecanismos a los que sirve", serves: "Sirve (papel)" },
    },
    "theme-coverage": {
      title: "Quién trabaja en qué tema",
      summary:
        "Para cada tema de la lista de áreas temáticas del anexo 10 (o para uno de ellos), los mecanismos que trabajan en él y cuántos Estados miembros distintos reúnen esos mecanismos en una fecha.",
      columns: {
        theme: "Tema",
        name: "Nombre",
        iscmCount: "Mecanismos que trabajan en él",
        statesReached: "Estados miembros que reúnen",
        iscms: "Esos mecanismos",
      },
    },
    "union-alignment": {
      title: "Un mecanismo frente a sus uniones regionales",
      summary:
        "Los Estados miembros de un mecanismo comparados, en una fecha, con cada unión regional a la que está asociado: sus miembros dentro de la unión, sus miembros fuera de ella y los miembros de la unión que no están en el mecanismo. (El Reino Unido cuenta dentro de la Unión Europea en 2019, no después.)",
      columns: {
        union: "Unión regional",
        name: "Nombre",
        sources: "Fuentes",
        insideCount: "Miembros dentro de la unión",
        outsideCount: "Miembros fuera de la unión",
        missingCount: "Miembros de la unión ausentes del mecanismo",
        inside: "Dentro",
        outside: "Fuera",
        missing: "Ausentes",
      },
    },
    path: {
      title: "Cómo se conectan dos entidades",
      summary:
        "Las cadenas de vínculos más cortas entre dos entidades cualesquiera del atlas (Estados, mecanismos, organizaciones, uniones regionales, temas), sea cual sea el sentido de cada vínculo, hasta ocho pasos: cada una de esas cadenas, con aquello por lo que pasa y los vínculos del camino, cada uno con sus fuentes.",
      columns: { length: "Pasos", nodes: "Pasando por", relationships: "Vínculos del camino" },
    },
    changes: {
      title: "Qué cambió entre dos fechas",
      summary:
        "Cada adhesión y salida, suspensión, cambio de presidencia o de secretaría, y cambio de un mecanismo en sí (renombrado, inactivo, fusionado) entre dos fechas, para todos los mecanismos o para uno. Cada evento lleva su fecha tan precisa como la da su fuente, las fuentes de esa fecha, y si lo afirma una fuente o se deriva de la pertenencia a una unión regional. Un evento conocido solo por el año o el mes se lista cuando puede caer dentro del intervalo.",
      columns: {
        date: "Fecha",
        dateNote: "Cuándo, si no está fechado",
        event: "Qué pasó",
        type: "Relación",
        subject: "Quién",
        subjectName: "Quién (nombre)",
        object: "En / de",
        objectName: "En / de (nombre)",
        basis: "Cómo se sabe",
        via: "A través de la unión",
        sources: "Fuentes",
        note: "Nota",
      },
    },
    currency: {
      title: "Qué tan actualizado está el atlas",
      summary:
        "Lo que más necesita a un curador en una fecha, primero lo más urgente: presidencias ejercidas más allá de su mandato, mecanismos cuya presidencia del mandato en curso no se encontró (con lo que se buscó), miembros, presidencias, secretarías u observadores confirmados por última vez por una fuente más de 18 meses antes, y hechos sobre los que las fuentes discrepan, cada afirmación con su fuente.",
      columns: {
        entity: "Mecanismo o unión",
        name: "Nombre",
        issue: "Qué necesita un curador",
        aspect: "Aspecto",
        confirmedAsOf: "Última confirmación",
        monthsOld: "Antigüedad",
        detail: "Detalle",
        sources: "Fuentes",
      },
    },
  },
};

/** An analysis's title, summary, column labels and parameter descriptions in `lang` (English: as declared). */
export function localiseAnalysis<
  A extends {
    name: string;
    title: string;
    summary: string;
    columnLabels: Readonly<Record<string, { label: string; unit?: string }>>;
    params: readonly { name: string; description: string }[];
  },
>(analysis: A, lang: Locale): A {
  if (lang === "en") return analysis;
  const words = ANALYSIS_WORDS[lang][analysis.name];
  if (!words) return analysis;
  const columnLabels = Object.fromEntries(
    Object.entries(analysis.columnLabels).map(([column, meta]) => [
      column,
      {
        ...meta,
        label: words.columns[column] ?? meta.label,
        ...(meta.unit ? { unit: UNIT_WORDS[lang][meta.unit] ?? meta.unit } : {}),
      },
    ]),
  );
  return {
    ...analysis,
    title: words.title,
    summary: words.summary,
    columnLabels,
    params: analysis.params.map((p) => ({ ...p, description: PARAM_WORDS[lang][p.description] ?? p.description })),
  };
}
