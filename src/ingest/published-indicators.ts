/**
 * The vocabulary of published figures. Names live in the dictionaries (`indicator.<id>`); `other`
 * takes a rare indicator whose row must then name it in `label`.
 */
export const PUBLISHED_INDICATORS = [
  // One-stop throughput (form 06 terms)
  "received_total", "received_new", "received_online", "received_direct_postal", "received_carried_over", "received_late",
  "resolved_total", "resolved_early", "resolved_on_time", "resolved_early_or_on_time", "resolved_late",
  "pending_total", "pending_within_term", "pending_overdue",
  "on_time_rate", "late_rate", "online_dossier_share", "online_payment_share", "e_result_share", "digitization_share",
  "procedures_full_online", "procedures_partial_online", "online_services_total", "processing_days",
  // National and provincial indices
  "sipas", "sipas_component", "par_index", "par_component", "papi", "papi_dimension", "pci", "pci_subindex", "pgi",
  "ddci", "ddci_median", "cchc_score", "index_766", "index_766_group", "dti", "ict_index", "it_application_index",
  "other",
] as const;
export type PublishedIndicator = (typeof PUBLISHED_INDICATORS)[number];

/** Where the figure was read: the page's language (vi), or a translated rendering of it. */
export const QUOTE_LANGUAGES = ["vi", "en", "de", "id"] as const;

/** How the source bounds the value: "gần 1.300" (about), "hơn 185.000" (more than), "95% trở lên" (at least). */
export const VALUE_BOUNDS = ["about", "more_than", "at_least"] as const;

/** Part of a unit the figure covers, when not the whole: the unit's own level (city UBND), or its communes together. */
export const PUBLISHED_SCOPES = ["own_level", "communes"] as const;
