/**
 * Fills `{name}` placeholders. Shared by t() and by browser scripts, which get their template
 * already translated from the page (a data-template attribute written with t() at build time),
 * so they need neither the dictionaries nor the page's locale.
 */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}
