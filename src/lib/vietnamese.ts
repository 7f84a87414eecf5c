/** Vietnamese text helpers shared by ingestion, search and page URLs. */

/** Lower-case, diacritics removed, đ → d: "Đăk Đoa" → "dak doa". */
export function foldVietnamese(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase();
}

/** URL slug: "Thị xã An Khê" → "thi-xa-an-khe". */
export function slugify(s: string): string {
  return foldVietnamese(s)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
