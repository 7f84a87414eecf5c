/** What the page and its validation worker say to each other. */
import type { Issue } from "../ingest/issues";
import type { Summary } from "../ingest/report";
import type { PreviewUnit } from "./preview";

export interface ValidateRequest {
  type: "validate";
  /** As the browser gave them: placed in a data directory by the worker (picked-files.ts). */
  files: { path: string; file: Blob }[];
}

export type WorkerMessage =
  | { type: "progress"; file: string; index: number; total: number; issues: number }
  /** `issues` in the order found, as `validate --json` writes them. */
  | { type: "done"; summary: Summary; issues: Issue[]; preview: PreviewUnit[]; ms: number }
  | { type: "failed"; message: string };
