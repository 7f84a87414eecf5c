/** Matches spreadsheet headers to contract field names, ignoring case, spaces, punctuation and diacritics. */
import { foldVietnamese } from "../lib/vietnamese";

export function foldHeader(header: string): string {
  return foldVietnamese(header.normalize("NFC")).replace(/[^a-z0-9]/g, "");
}

export interface HeaderMatch {
  /** Canonical field for each header position; undefined for unknown headers. */
  fields: (string | undefined)[];
  unknown: { column: number; header: string }[];
  duplicated: { column: number; field: string }[];
}

export function matchHeaders(
  headers: readonly string[],
  fieldNames: readonly string[],
  aliases: Partial<Record<string, readonly string[]>>,
): HeaderMatch {
  const lookup = new Map<string, string>();
  for (const name of fieldNames) {
    lookup.set(foldHeader(name), name);
    for (const alias of aliases[name] ?? []) lookup.set(foldHeader(alias), name);
  }
  const seen = new Set<string>();
  const result: HeaderMatch = { fields: [], unknown: [], duplicated: [] };
  headers.forEach((header, i) => {
    const name = lookup.get(foldHeader(header));
    if (name === undefined) {
      result.fields.push(undefined);
      if (header !== "") result.unknown.push({ column: i + 1, header });
    } else if (seen.has(name)) {
      result.fields.push(undefined);
      result.duplicated.push({ column: i + 1, field: name });
    } else {
      seen.add(name);
      result.fields.push(name);
    }
  });
  return result;
}
