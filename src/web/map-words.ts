/** The map's words (core/map-model.ts MapWords) in the interface's language, from the catalogues. */
import { useMemo } from "react";
import type { MapWords } from "./core/map-model.ts";
import { useT } from "./i18n.tsx";

export function useMapWords(): MapWords {
  const { t, locale } = useT();
  // biome-ignore lint/correctness/useExhaustiveDependencies: t follows the locale
  return useMemo(
    () => ({
      footprint: t("map.footprint"),
      footprintEmpty: t("map.footprintEmpty"),
      footprintOf: (iscm: string) => t("map.footprintOf", { iscm }),
      overlap: t("map.overlap"),
      overlapEmpty: t("map.overlapEmpty"),
      overlapLoading: t("map.overlapLoading"),
      overlapOf: (iscms: string) => t("map.overlapOf", { iscms }),
      inBoth: t("map.inBoth"),
      inAllThree: t("map.inAllThree"),
      inOnly: (iscm: string) => t("map.inOnly", { iscm }),
      inPairOnly: (a: string, b: string) => t("map.inPairOnly", { a, b }),
      member: t("map.member"),
      observer: t("map.observer"),
      participant: t("map.participant"),
      suspended: t("map.suspended"),
      chair: t("map.chair"),
      secretariat: t("map.secretariat"),
      engagementMember: t("map.engagementMember"),
      engagementAny: t("map.engagementAny"),
      engagementLoading: t("map.engagementLoading"),
      iscmCount: (count: number) => t("map.iscmCount", { count }),
    }),
    [locale],
  );
}
