/**
 * The validation worker: the files the page was given → the report `npm run validate --json` gives for
 * the same files, and the preview rows. Off the page's thread, so a 50 MB workbook does not freeze it;
 * files are read one at a time, when the validation reaches them.
 */
import type { DataEntry } from "../ingest/data-files";
import type { Issue } from "../ingest/issues";
import { runFilesValidation } from "../ingest/validate-files";
import { placeFiles } from "./picked-files";
import { previewUnits } from "./preview";
import type { ValidateRequest, WorkerMessage } from "./protocol";

/** Workers read a Blob synchronously; the DOM library types do not declare it. */
declare const FileReaderSync: { new (): { readAsArrayBuffer(blob: Blob): ArrayBuffer } };

const post = (message: WorkerMessage) => (self as unknown as { postMessage: (m: WorkerMessage) => void }).postMessage(message);

function entriesOf(files: readonly { path: string; file: Blob }[]): DataEntry[] {
  return files.map(({ path, file }) => ({
    path,
    kind: "file",
    bytes: () => {
      try {
        return new Uint8Array(new FileReaderSync().readAsArrayBuffer(file));
      } catch (e) {
        const detail = e instanceof Error ? e.message : String(e);
        const name = path.slice(path.lastIndexOf("/") + 1);
        return { unreadable: { vi: `không đọc được "${name}": ${detail}`, en: `cannot read "${name}": ${detail}` } };
      }
    },
  }));
}

self.addEventListener("message", (event: MessageEvent<ValidateRequest>) => {
  const started = performance.now();
  const issues: Issue[] = [];
  try {
    const placed = placeFiles(event.data.files);
    const run = runFilesValidation(entriesOf(placed.files), (issue) => issues.push(issue), {
      dir: placed.dir,
      progress: (file, index, total) => post({ type: "progress", file, index, total, issues: issues.length }),
    });
    const { records, ...summary } = run;
    const preview = previewUnits(records);
    post({ type: "done", summary, issues, preview, ms: Math.round(performance.now() - started) });
  } catch (e) {
    post({ type: "failed", message: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
  }
});
