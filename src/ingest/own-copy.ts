/**
 * A string of its own. A cell cut from a file's text (by slice or split) may be a view into the whole
 * text, and one such value kept in a record or a report keeps the whole file's text alive: for a big
 * export, a hundred megabytes held for one note. Values kept past the reading are copied here.
 */

/** Below this length the engine copies substrings anyway (V8 makes views only of 13 characters or more). */
const VIEW_MIN_LENGTH = 13;

export function ownCopy(s: string): string {
  if (s.length < VIEW_MIN_LENGTH) return s;
  // Prepending a character makes a new string that must be written out once it is read; the slice
  // then refers to that copy, not to the text the value came from.
  return ` ${s}`.slice(1);
}
