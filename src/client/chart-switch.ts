/**
 * Replaces a chart's SVG with another pre-rendered view. Each control group (granularity,
 * definition) keeps its choice; the pair picks the file from the container's template.
 */
export async function switchChart(link: HTMLAnchorElement): Promise<void> {
  const container = link.closest<HTMLElement>("[data-chart-switch]");
  const figure = link.closest("figure");
  const plot = figure?.querySelector(".plot");
  if (!container || !figure || !plot) return;
  const select = (a: Element | null) => {
    a?.parentElement?.querySelectorAll("a").forEach((x) => x.removeAttribute("aria-current"));
    a?.setAttribute("aria-current", "true");
  };
  select(link);
  // A definition drawn at one granularity only: choosing it moves to that granularity; choosing
  // another granularity moves back to the first definition.
  const onlyG = container.querySelector<HTMLElement>('a[aria-current="true"][data-only-g]')?.dataset["onlyG"];
  const currentG = container.querySelector('a[aria-current="true"][data-g]')?.getAttribute("data-g");
  if (onlyG !== undefined && currentG !== onlyG)
    select(link.hasAttribute("data-only-g") ? container.querySelector(`a[data-g="${onlyG}"]`) : container.querySelector("a[data-d]"));
  const choice = (attr: string) => container.querySelector<HTMLElement>(`a[aria-current="true"][${attr}]`)?.getAttribute(attr) ?? "";
  const url = (container.dataset["template"] ?? link.href).replace("{g}", choice("data-g")).replace("{d}", choice("data-d"));
  // Both the wide and the phone-width copy are swapped, so either can be shown by CSS.
  const targets = [
    { el: plot.querySelector(".plot-wide") ?? plot, url },
    { el: plot.querySelector(".plot-narrow"), url: url.replace(/\.svg$/, "-hep.svg") },
  ];
  for (const target of targets) {
    if (!target.el) continue;
    const response = await fetch(target.url);
    if (!response.ok) {
      window.location.href = url;
      return;
    }
    target.el.innerHTML = await response.text();
  }
  const summary = figure.querySelector(".summary");
  const desc = plot.querySelector("desc");
  if (summary && desc?.textContent) summary.textContent = desc.textContent;
}
