/**
 * The options panel of a page's charts: granularity, on-time definition, period range with
 * presets, comparison units and the province average, plus "copy link". Hydrated on the reader's
 * first interaction (client:interaction); the view lives in the URL, so a link restores it and
 * back/forward move between views.
 */
import { useCallback, useEffect, useId, useRef, useState } from "react";
import type { IndexEntry, PageContext } from "../client/chart-view-runtime";
import { useIslandReady } from "../client/island-ready";
import { definitionLabel, mapMetricLabel } from "../site/figures/view-labels";
import { t } from "../i18n";
import {
  DEFAULT_MAP_METRIC, DEFAULT_VIEW, MAP_METRIC_SLUG, MAX_COMPARE, ON_TIME_VIEW_DEFINITIONS, parseView, presetRange, RANGE_PRESETS, VIEW_KEYS, viewMonths, viewQuery,
  type ChartView, type MapMetric, type RangePreset, type ViewProblem,
} from "../lib/chart-view";
import { formatPeriod } from "../lib/format";
import { GRANULARITIES, monthRange, type Granularity } from "../lib/period";
import { foldVietnamese } from "../lib/vietnamese";

// The chart code is most of what a first interaction loads. Asked for as soon as this module runs,
// with everything it imports at once (a dynamic import preloads its whole graph), it arrives while
// React hydrates instead of after it; a view awaits it only where it draws.
const runtime = import("../client/chart-view-runtime");
// The drawing code of the page's kind (the server-rendered panel says which), asked for at once too:
// it is the largest part, and waiting for hydration to ask for it costs a round trip and more.
// (The build renders this module on the server, where there is no page to ask.)
const drawerOf = (kind: string | undefined) => (kind === "province" ? import("../client/province-drawing") : import("../client/unit-drawing"));
const drawer = typeof document === "undefined" ? undefined : drawerOf(document.querySelector<HTMLElement>(".view-controls")?.dataset["kind"]);
const loadIndex = () => runtime.then((r) => r.loadIndex());

interface Props {
  context: PageContext;
  /** The months the page's charts span. */
  months: { first: string; last: string };
}

function problemText(p: ViewProblem): string {
  return t(`view.problem.${p.reason}`, { key: p.key, value: p.value });
}

function describe(view: ChartView, names: ReadonlyMap<string, string>): string {
  const parts = [
    t(`view.by.${view.granularity ?? "month"}`),
    definitionLabel(view.definition),
  ];
  if (view.from !== undefined || view.to !== undefined) parts.push(`${view.from === undefined ? "…" : formatPeriod(view.from)} – ${view.to === undefined ? "…" : formatPeriod(view.to)}`);
  if (view.compare.length > 0) parts.push(view.compare.map((k) => names.get(k) ?? k).join(", "));
  if (view.map !== undefined) parts.push(`${t("view.map").toLowerCase()} ${mapMetricLabel(view.map).toLowerCase()}`);
  return parts.join("; ");
}

function matches(units: readonly IndexEntry[], query: string, exclude: ReadonlySet<string>): IndexEntry[] {
  const words = foldVietnamese(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  return units
    .filter((u) => !exclude.has(u.key))
    .filter((u) => {
      const text = foldVietnamese([u.name, u.province ?? "", ...(u.aka ?? [])].join(" "));
      return words.every((w) => text.includes(w));
    })
    .slice(0, 8);
}

export default function ChartViewControls({ context, months }: Props) {
  const root = useRef<HTMLElement>(null);
  const [view, setView] = useState<ChartView>(DEFAULT_VIEW);
  const [problems, setProblems] = useState<ViewProblem[]>([]);
  const [status, setStatus] = useState("");
  const [units, setUnits] = useState<IndexEntry[]>([]);
  const [query, setQuery] = useState("");
  const drawn = useRef(0);
  const id = useId();
  // The page's HTML carries only the chosen months; the full lists come with hydration, which the
  // first touch on a select starts.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const names = new Map(units.map((u) => [u.key, u.name]));
  const labelOf = (u: IndexEntry) => (u.province === undefined || u.province === u.name ? u.name : `${u.name} (${u.province})`);

  const draw = useCallback(
    async (next: ChartView) => {
      const ticket = ++drawn.current;
      setStatus(t("view.loading"));
      try {
        const [{ applyDrawing, fillPending, visibleWidth }, { drawingFor }] = await Promise.all([runtime, drawer ?? drawerOf(context.kind)]);
        // The width the reader sees first; the other (a turned phone, a wider window) just after.
        const only = visibleWidth();
        const drawing = await drawingFor(context, next, only);
        // A later view was asked for while this one loaded: it wins.
        if (ticket !== drawn.current) return;
        applyDrawing(drawing);
        const list = next.compare.length > 0 ? await loadIndex() : [];
        setStatus(t("view.done", { view: describe(next, new Map(list.map((u) => [u.key, u.name]))) }));
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (ticket !== drawn.current) return;
        const other = await drawingFor(context, next, only === "wide" ? "narrow" : "wide");
        if (ticket === drawn.current) fillPending(other);
      } catch (error) {
        setStatus(t("view.error", { reason: error instanceof Error ? error.message : String(error) }));
      }
    },
    [context],
  );

  const change = (patch: Partial<ChartView>) => {
    const next = { ...view, ...patch };
    setView(next);
    setProblems([]);
    window.history.pushState(null, "", `${window.location.pathname}${viewQuery(next)}${window.location.hash}`);
    void draw(next);
  };

  // The URL's view: at hydration (a permalink) and on back/forward.
  useEffect(() => {
    const restore = async () => {
      if (window.location.search === "" && drawn.current === 0) return;
      // The index is needed only to check compared units; a view without them draws at once.
      const list = new URLSearchParams(window.location.search).has(VIEW_KEYS.compare) ? await loadIndex() : [];
      if (list.length > 0) setUnits(list);
      const parsed = parseView(window.location.search, { months, self: context.self.key, isUnit: (k) => list.some((u) => u.key === k) });
      setView(parsed.view);
      setProblems(parsed.problems);
      void draw(parsed.view);
    };
    void restore();
    const onPop = () => void restore();
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, [context, draw, months]);
  // After the URL's view is read: the click held during loading is replayed now, and its view is
  // drawn once, not again as if it had come from the URL.
  useIslandReady(root);

  const monthList = monthRange(months.first, months.last);
  const granularity: Granularity = view.granularity ?? "month";
  const presetOf = (p: RangePreset) => presetRange(p, months.last, months.first);
  const currentPreset: RangePreset | undefined = view.to !== undefined ? undefined : RANGE_PRESETS.find((p) => presetOf(p).from === view.from);
  // What the selects show for an open end: the default window of the page's months.
  const shown = viewMonths(view, months);
  const chosen = new Set([context.self.key, ...view.compare]);
  const suggestions = matches(units, query, chosen);
  const full = view.compare.length >= MAX_COMPARE;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setStatus(t("view.copied"));
    } catch {
      setStatus(t("view.copyFailed"));
    }
  };

  return (
    <section ref={root} className="view-controls" data-kind={context.kind} aria-labelledby={`${id}-h`} data-prefetch={[context.self.data, context.province?.data].filter((u) => u !== undefined).join(" ")}>
      <h3 id={`${id}-h`}>{t("view.heading")}</h3>
      <p className="muted">{t("view.lead")}</p>
      {problems.length > 0 && (
        <p className="notice" data-view-problems>{t("view.problem", { list: problems.map(problemText).join("; ") })}</p>
      )}
      <div className="view-groups">
        <fieldset>
          <legend>{t("view.granularity")}</legend>
          {GRANULARITIES.map((g) => (
            <button key={g} type="button" aria-pressed={granularity === g} data-granularity={g} onClick={() => change({ granularity: g === "month" ? undefined : g })}>
              {t(`granularity.${g}`)}
            </button>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t("view.definition")}</legend>
          {ON_TIME_VIEW_DEFINITIONS.map((d) => (
            <button key={d} type="button" aria-pressed={view.definition === d} data-definition={d} onClick={() => change({ definition: d })}>
              {definitionLabel(d)}
            </button>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t("view.range")}</legend>
          {RANGE_PRESETS.map((p) => (
            <button key={p} type="button" aria-pressed={currentPreset === p} data-preset={p} onClick={() => change({ from: presetOf(p).from, to: undefined })}>
              {t(`view.preset.${p}`)}
            </button>
          ))}
          <span className="view-months">
            <label>
              {t("view.from")}{" "}
              <select value={shown.first} data-range="from" onChange={(e) => change({ from: e.target.value })}>
                {(hydrated ? monthList.filter((m) => m <= shown.last) : [shown.first]).map((m) => <option key={m} value={m}>{formatPeriod(m)}</option>)}
              </select>
            </label>{" "}
            <label>
              {t("view.to")}{" "}
              <select value={shown.last} data-range="to" onChange={(e) => change({ from: shown.first, to: e.target.value === months.last ? undefined : e.target.value })}>
                {(hydrated ? monthList.filter((m) => m >= shown.first) : [shown.last]).map((m) => <option key={m} value={m}>{formatPeriod(m)}</option>)}
              </select>
            </label>
          </span>
        </fieldset>
        {context.kind === "province" && (
          <fieldset>
            <legend>{t("view.map")}</legend>
            {(Object.keys(MAP_METRIC_SLUG) as MapMetric[]).map((m) => (
              <button key={m} type="button" aria-pressed={(view.map ?? DEFAULT_MAP_METRIC) === m} data-map-metric={m} onClick={() => change({ map: m === DEFAULT_MAP_METRIC ? undefined : m })}>
                {mapMetricLabel(m)}
              </button>
            ))}
          </fieldset>
        )}
        {context.province !== undefined && (
          <fieldset>
            <legend>{t("view.averageLegend")}</legend>
            <label className="view-check">
              <input type="checkbox" checked={view.average} data-average onChange={(e) => change({ average: e.target.checked })} /> {t("view.average")}
            </label>
          </fieldset>
        )}
      </div>
      {context.kind === "unit" && (
        <fieldset className="view-compare">
          <legend>{t("view.compare")}</legend>
          {view.compare.length > 0 && (
            <ul className="view-chips">
              {view.compare.map((k) => (
                <li key={k}>
                  <span>{names.get(k) ?? k}</span>{" "}
                  <button type="button" aria-label={t("view.compare.remove", { unit: names.get(k) ?? k })} onClick={() => change({ compare: view.compare.filter((x) => x !== k) })}>×</button>
                </li>
              ))}
            </ul>
          )}
          <label htmlFor={`${id}-q`} className="visually-hidden">{t("view.compare")}</label>
          <input
            id={`${id}-q`}
            type="search"
            value={query}
            disabled={full}
            aria-describedby={`${id}-hint`}
            autoComplete="off"
            spellCheck={false}
            data-compare-query
            onFocus={() => void loadIndex().then(setUnits)}
            onChange={(e) => setQuery(e.target.value)}
          />
          <p id={`${id}-hint`} className="muted">{full ? t("view.compare.full", { max: MAX_COMPARE }) : t("view.compare.hint", { max: MAX_COMPARE })}</p>
          <p className="visually-hidden" role="status" aria-live="polite">
            {query.trim() === "" ? "" : suggestions.length === 0 ? t("view.compare.none") : t("view.compare.count", { count: suggestions.length })}
          </p>
          {suggestions.length > 0 && !full && (
            <ul className="view-suggestions">
              {suggestions.map((u) => (
                <li key={u.key}>
                  <button type="button" data-compare-add={u.key} onClick={() => { setQuery(""); change({ compare: [...view.compare, u.key] }); }}>
                    {labelOf(u)}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </fieldset>
      )}
      <div className="view-actions">
        <button type="button" data-copy-link onClick={() => void copy()}>{t("view.copy")}</button>
        <button type="button" data-reset onClick={() => change({ ...DEFAULT_VIEW })}>{t("view.reset")}</button>
      </div>
      <p className="view-status" role="status" aria-live="polite" data-view-status>{status}</p>
    </section>
  );
}
