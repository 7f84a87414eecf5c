/** The words the browser's search code shows, handed to it from the dictionaries. */
import { t } from "../i18n";
import type { DocType } from "../search/types";

export interface SearchLabels {
  types: [DocType, string][];
  count: string;
  countShown: string;
  none: string;
  all: string;
  loading: string;
  error: string;
}

export function searchLabels(): SearchLabels {
  return {
    types: [
      ["place", t("search.type.place")], ["plan", t("search.type.plan")], ["agency", t("search.type.agency")],
      ["target", t("search.type.target")], ["task", t("search.type.task")],
    ],
    count: t("search.count"),
    countShown: t("search.countShown"),
    none: t("search.none"),
    all: t("search.all"),
    loading: t("search.loading"),
    error: t("search.error"),
  };
}
