import { format } from "../i18n/format";
import { foldVietnamese } from "../lib/vietnamese";
import { urls } from "../lib/urls";

/** The home page's place finder: loads the index on first focus and filters it as the reader types. */
interface PlaceEntry {
  n: string;
  f: string;
  l: [string, string][];
}


export async function attach(input: HTMLInputElement): Promise<void> {
  const list = document.getElementById("place-results");
  const status = document.getElementById("place-status");
  if (!list || !status) return;
  const places = (await (await fetch(urls.places)).json()) as PlaceEntry[];
  const render = () => {
    const q = foldVietnamese(input.value).trim();
    list.replaceChildren();
    if (q.length < 2) {
      status.textContent = "";
      return;
    }
    const hits = places.filter((p) => p.f.includes(q));
    status.textContent = format(status.dataset["template"] ?? "{count}", { count: hits.length });
    for (const p of hits.slice(0, 30)) {
      const li = document.createElement("li");
      li.append(`${p.n}: `);
      p.l.forEach(([label, url], i) => {
        if (i > 0) li.append(" · ");
        const a = document.createElement("a");
        a.href = url;
        a.textContent = label;
        li.append(a);
      });
      list.append(li);
    }
  };
  input.addEventListener("input", render);
  render();
}
