/**
 * The data checker: files dropped or picked → the validation worker → the report (summary, row
 * accounting, filtered issues, downloads) and a preview of the on-time chart. Texts come from the page
 * (written with t() at build time); the chart code loads only once there is a preview to draw.
 */
import { useEffect, useMemo, useRef, useState, type DragEvent, type ReactNode } from "react";
import type { Issue } from "../ingest/issues";
import type { Summary } from "../ingest/report";
import { useIslandReady } from "../client/island-ready";
import { format } from "../i18n/format";
import { formatCount } from "../lib/format";
import type { FigureData } from "../site/figures/figure";
import type { PreviewUnit } from "./preview";
import type { ValidateRequest, WorkerMessage } from "./protocol";
import workerUrl from "./worker.ts?worker&url";
import { csvReport, filterIssues, issueFiles, issueLocation, jsonReport, sortedIssues, type SeverityFilter } from "./report-view";

/** Every text the checker shows, by dictionary key. */
export type CheckerLabels = Record<string, string>;

interface Props {
  labels: CheckerLabels;
  accept: string;
}

type State =
  | { step: "idle" }
  | { step: "working"; file?: string; index: number; total: number }
  | { step: "failed"; message: string }
  | { step: "done"; summary: Summary; issues: Issue[]; preview: PreviewUnit[]; ms: number };

/** Issues listed at first, and added by each "show more": a report of 100 000 issues stays responsive. */
const PAGE = 200;

interface Picked {
  path: string;
  file: File;
}

/** A dropped folder's files, read through the entries API (each folder in as many batches as it takes). */
async function droppedFiles(items: DataTransferItemList): Promise<Picked[]> {
  const out: Picked[] = [];
  const visit = async (entry: FileSystemEntry): Promise<void> => {
    if (entry.isFile) {
      const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
      out.push({ path: entry.fullPath.replace(/^\//, ""), file });
    } else if (entry.isDirectory) {
      const reader = (entry as FileSystemDirectoryEntry).createReader();
      for (;;) {
        const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
        if (batch.length === 0) break;
        for (const child of batch) await visit(child);
      }
    }
  };
  // Taken from the items at once: they are gone after the drop event's first await.
  const taken = [...items].map((item) => ({ entry: item.webkitGetAsEntry(), file: item.getAsFile() }));
  for (const { entry, file } of taken) {
    if (entry !== null) await visit(entry);
    // A browser without the entries API still hands over the files themselves.
    else if (file !== null) out.push({ path: file.name, file });
  }
  return out;
}

/**
 * The validation worker, from the script's bytes when they can be fetched: a page fetch goes through
 * the service worker, so the checker starts offline too (a worker's own script request may not).
 */
async function startWorker(): Promise<Worker> {
  try {
    const response = await fetch(workerUrl);
    if (response.ok) return new Worker(URL.createObjectURL(await response.blob()), { type: "module" });
  } catch {
    // no network and no cache: the browser's own request below says why
  }
  return new Worker(workerUrl, { type: "module" });
}

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export default function Checker({ labels, accept }: Props): ReactNode {
  const l = (key: string, params?: Record<string, string | number>) => format(labels[key] ?? key, params);
  const [state, setState] = useState<State>({ step: "idle" });
  const [dragging, setDragging] = useState(false);
  const worker = useRef<Worker | undefined>(undefined);
  const status = useRef<HTMLDivElement>(null);
  const root = useRef<HTMLDivElement>(null);
  useIslandReady(root);

  useEffect(() => {
    // Offline once used: the service worker keeps this page and its scripts.
    if ("serviceWorker" in navigator) void navigator.serviceWorker.register("/kiem-tra/sw.js", { scope: "/kiem-tra/" }).catch(() => undefined);
    return () => worker.current?.terminate();
  }, []);

  const check = async (files: Picked[]) => {
    if (files.length === 0) return;
    worker.current?.terminate();
    setState({ step: "working", index: 0, total: files.length });
    const w = await startWorker();
    worker.current = w;
    w.addEventListener("message", (event: MessageEvent<WorkerMessage>) => {
      const m = event.data;
      if (m.type === "progress") setState({ step: "working", file: m.file, index: m.index + 1, total: m.total });
      else {
        setState(m.type === "done" ? { step: "done", summary: m.summary, issues: m.issues, preview: m.preview, ms: m.ms } : { step: "failed", message: m.message });
        w.terminate();
        worker.current = undefined;
        requestAnimationFrame(() => status.current?.focus());
      }
    });
    w.addEventListener("error", (e) => setState({ step: "failed", message: e.message ?? e.type }));
    const request: ValidateRequest = { type: "validate", files: files.map((f) => ({ path: f.path, file: f.file })) };
    w.postMessage(request);
  };

  const fromInput = (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])].map((file) => ({ path: file.webkitRelativePath || file.name, file }));
    input.value = "";
    void check(files);
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    droppedFiles(e.dataTransfer.items).then(check, (err: unknown) => setState({ step: "failed", message: String(err) }));
  };

  const busy = state.step === "working";
  return (
    <div className="checker js-only" ref={root}>
      <div
        className={`drop-zone${dragging ? " dragging" : ""}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p className="drop-title">{l("check.drop")}</p>
        <div className="pick-row">
          <label className="pick">
            <span>{l("check.pickFiles")}</span>
            <input type="file" multiple accept={accept} disabled={busy} onChange={(e) => fromInput(e.currentTarget)} data-pick="files" />
          </label>
          <label className="pick">
            <span>{l("check.pickFolder")}</span>
            <input type="file" multiple disabled={busy} onChange={(e) => fromInput(e.currentTarget)} data-pick="folder" {...{ webkitdirectory: "" }} />
          </label>
        </div>
        <p className="muted small">{l("check.formats")}</p>
      </div>
      <div className="check-status" role="status" aria-live="polite">
        {state.step === "working" && (
          <>
            <p>{state.file === undefined ? l("check.starting") : l("check.working", { index: state.index, total: state.total, file: state.file })}</p>
            <progress max={state.total} value={state.file === undefined ? undefined : state.index - 1} aria-label={l("check.starting")} />
          </>
        )}
      </div>
      <div ref={status} tabIndex={-1} className="check-result">
        {state.step === "failed" && <p className="notice">{l("check.failed", { message: state.message })}</p>}
        {state.step === "done" && <Report l={l} summary={state.summary} issues={state.issues} preview={state.preview} ms={state.ms} />}
      </div>
    </div>
  );
}

type L = (key: string, params?: Record<string, string | number>) => string;

function Report({ l, summary, issues, preview, ms }: { l: L; summary: Summary; issues: Issue[]; preview: PreviewUnit[]; ms: number }): ReactNode {
  const sorted = useMemo(() => sortedIssues(issues), [issues]);
  const files = useMemo(() => issueFiles(issues), [issues]);
  const [severity, setSeverity] = useState<SeverityFilter>("all");
  const [file, setFile] = useState("");
  const [shown, setShown] = useState(PAGE);
  const filtered = useMemo(() => filterIssues(sorted, { severity, file }), [sorted, severity, file]);
  const totals = summary.accounts.reduce((t, a) => ({ read: t.read + a.read, accepted: t.accepted + a.accepted, rejected: t.rejected + a.rejected }), {
    read: 0,
    accepted: 0,
    rejected: 0,
  });
  const base = summary.dir === "" ? "bao-cao-kiem-tra" : `bao-cao-kiem-tra-${summary.dir}`;
  return (
    <section aria-labelledby="check-verdict">
      <h2 id="check-verdict" className={summary.ok ? "verdict ok" : "verdict bad"}>
        {summary.ok ? l("check.valid", { warnings: summary.warnings }) : l("check.invalid", { errors: summary.errors, warnings: summary.warnings })}
      </h2>
      <p data-ms={ms}>
        {l("check.totals", {
          files: summary.accounts.length,
          read: formatCount(totals.read),
          accepted: formatCount(totals.accepted),
          rejected: formatCount(totals.rejected),
          seconds: (ms / 1000).toLocaleString("vi-VN", { maximumFractionDigits: 1 }),
        })}
      </p>
      <p className="downloads">
        <button type="button" onClick={() => download(`${base}.csv`, csvReport(sorted), "text/csv;charset=utf-8")}>
          {l("check.download.csv")}
        </button>
        <button type="button" onClick={() => download(`${base}.json`, jsonReport(summary, issues), "application/json")}>
          {l("check.download.json")}
        </button>
      </p>
      <div className="table-wrap">
        <table data-accounts>
          <caption>{l("check.accounts")}</caption>
          <thead>
            <tr>
              <th scope="col">{l("check.col.file")}</th>
              <th scope="col">{l("check.col.dataset")}</th>
              <th scope="col" className="num">{l("check.col.read")}</th>
              <th scope="col" className="num">{l("check.col.accepted")}</th>
              <th scope="col" className="num">{l("check.col.rejected")}</th>
            </tr>
          </thead>
          <tbody>
            {summary.accounts.map((a) => (
              <tr key={`${a.file}\u0000${a.sheet ?? ""}`}>
                <th scope="row">{a.sheet === undefined ? a.file : `${a.file} › ${a.sheet}`}</th>
                <td>{a.dataset}</td>
                <td className="num">{formatCount(a.read)}</td>
                <td className="num">{formatCount(a.accepted)}</td>
                <td className="num">{formatCount(a.rejected)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{l("check.issues")}</h2>
      {issues.length === 0 ? (
        <p>{l("check.none")}</p>
      ) : (
        <>
          <div className="check-filters">
            <label>
              {l("check.filter.severity")}{" "}
              <select value={severity} onChange={(e) => (setSeverity(e.currentTarget.value as SeverityFilter), setShown(PAGE))} data-filter="severity">
                <option value="all">{l("check.filter.all")}</option>
                <option value="error">{l("check.error")}</option>
                <option value="warning">{l("check.warning")}</option>
              </select>
            </label>
            <label>
              {l("check.filter.file")}{" "}
              <select value={file} onChange={(e) => (setFile(e.currentTarget.value), setShown(PAGE))} data-filter="file">
                <option value="">{l("check.filter.allFiles")}</option>
                {files.map((f) => (
                  <option key={f} value={f}>
                    {f}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <p className="muted" data-shown>{l("check.shown", { shown: formatCount(Math.min(shown, filtered.length)), total: formatCount(filtered.length) })}</p>
          <ol className="check-issues" data-issues>
            {filtered.slice(0, shown).map((i, k) => (
              <li key={k} className={i.severity}>
                <span className={`severity ${i.severity}`}>{l(i.severity === "error" ? "check.error" : "check.warning")}</span>{" "}
                <code className="where">{issueLocation(i)}</code>
                {i.field !== undefined && (
                  <span className="what">
                    {" "}
                    {l("check.col.field")}: <code>{i.field}</code>
                    {i.value !== undefined && (
                      <>
                        {" "}
                        = <code>{i.value}</code>
                      </>
                    )}
                  </span>
                )}
                <span className="reason">{i.vi}</span>
                <span className="gloss" lang="en">
                  {i.en}
                </span>
              </li>
            ))}
          </ol>
          {shown < filtered.length && (
            <button type="button" onClick={() => setShown(shown + PAGE)}>
              {l("check.more")}
            </button>
          )}
        </>
      )}
      <Preview l={l} units={preview} />
    </section>
  );
}

function Preview({ l, units }: { l: L; units: PreviewUnit[] }): ReactNode {
  const [key, setKey] = useState(units[0]?.key ?? "");
  const [figures, setFigures] = useState<(FigureData & { tableHtml: string })[] | undefined>(undefined);
  const unit = units.find((u) => u.key === key) ?? units[0];
  useEffect(() => {
    if (unit === undefined) return;
    let live = true;
    setFigures(undefined);
    // The unit page's own figure functions, loaded only when there is something to draw.
    void Promise.all([import("../site/figures/unit-figures"), import("../site/figures/table"), import("../lib/chart-view")]).then(
      ([{ unitFigures }, { tableMarkup }, { DEFAULT_VIEW }]) => {
        if (live) setFigures(unitFigures(unit.figures, DEFAULT_VIEW, { document }).map((f) => ({ ...f, tableHtml: tableMarkup(f.table) })));
      },
    );
    return () => {
      live = false;
    };
  }, [unit]);
  return (
    <section className="check-preview" aria-labelledby="check-preview-title">
      <h2 id="check-preview-title">
        <span className="preview-mark">{l("check.preview")}</span> {l("check.preview.title")}
      </h2>
      <p>{l("check.preview.note")}</p>
      {unit === undefined ? (
        <p>{l("check.preview.none")}</p>
      ) : (
        <>
          <label>
            {l("check.preview.unit")}{" "}
            <select value={unit.key} onChange={(e) => setKey(e.currentTarget.value)} data-preview-unit>
              {units.map((u) => (
                <option key={u.key} value={u.key}>
                  {u.name}
                </option>
              ))}
            </select>
          </label>
          {figures === undefined ? (
            <p>{l("check.preview.loading")}</p>
          ) : (
            figures.map((f) => (
              <figure className="chart" key={f.id} data-preview-figure={f.id}>
                <h3>
                  <span className="preview-mark">{l("check.preview")}</span> {f.title}
                </h3>
                <p className="subtitle">{f.subtitle}</p>
                {f.sample && (
                  <p>
                    <span className="sample-mark">{l("sample.mark")}</span>
                  </p>
                )}
                <div className="plot" data-preview-chart dangerouslySetInnerHTML={{ __html: f.svg }} />
                <figcaption>{f.summary}</figcaption>
                <details>
                  <summary>{l("table.show")}</summary>
                  <div dangerouslySetInnerHTML={{ __html: f.tableHtml }} />
                </details>
              </figure>
            ))
          )}
        </>
      )}
    </section>
  );
}
