/**
 * Reports of a validation, written as they go so that they grow with what is shown, not with the data:
 * the text report lists the first issues of each kind and counts the rest; follow-on errors of a failed
 * dataset are counted after their cause; `--json` streams every issue.
 */
import { compareIssues, formatIssue, type Issue } from "./issues";
import type { FileAccount } from "./read-file";

export type Write = (chunk: string) => void;

/** How many issues of one kind the text report lists before counting the rest. */
export const SHOWN_PER_KIND = 20;

export interface Summary {
  dir: string;
  ok: boolean;
  errors: number;
  warnings: number;
  accounts: FileAccount[];
}

/**
 * The kind of an issue: its severity, field and reason with the particulars (quoted values, numbers)
 * taken out, so "hồ sơ 12a" and "hồ sơ 7b" are one kind, whatever file or line they are on.
 */
export function kindOf(issue: Issue): string {
  // Quoted values first, then numbers (1.234,5): two replacements by the engine, no callback per match.
  const en = issue.en.includes('"') ? issue.en.replace(QUOTED, "…") : issue.en;
  return `${issue.severity}|${issue.field ?? ""}|${en.replace(NUMBER, "#")}`;
}

const QUOTED = /"[^"]*"/g;
const NUMBER = /[\d.,]*\d/g;

interface Group {
  /** kindOf of its issues. */
  kind: string;
  shown: Issue[];
  total: number;
}

/** How many distinct reasons the digest remembers the group of (a reason repeats when nothing in it varies). */
const REMEMBERED_REASONS = 4096;

/** Issues kept for the text report: the first of each kind, counts of the rest, and follow-on errors by cause. */
export class IssueDigest {
  /** Groups by kind, in order of their first issue. */
  readonly #byKind = new Map<string, Group>();
  /**
   * The group of a reason already seen, by its text: a reason with nothing particular in it ("required
   * value is missing") is found by one lookup, without taking its particulars out again.
   */
  readonly #byReason = new Map<string, { severity: string; field: string | undefined; group: Group }>();
  /** Follow-on errors by the dataset they trace back to. */
  readonly followOn = new Map<string, Omit<Group, "kind">>();
  errors = 0;
  warnings = 0;

  constructor(private readonly limit: number = SHOWN_PER_KIND) {}

  add(issue: Issue): void {
    if (issue.severity === "error") this.errors++;
    else this.warnings++;
    const group = issue.cause === undefined ? this.#groupOf(issue) : this.#followOnOf(issue.cause);
    group.total++;
    if (group.shown.length < this.limit) group.shown.push(issue);
  }

  /** Every group of issues of one kind, in order of their first issue. */
  kinds(): Iterable<Group> {
    return this.#byKind.values();
  }

  #groupOf(issue: Issue): Group {
    const known = this.#byReason.get(issue.en);
    if (known !== undefined && known.severity === issue.severity && known.field === issue.field) return known.group;
    const kind = kindOf(issue);
    let group = this.#byKind.get(kind);
    if (group === undefined) this.#byKind.set(kind, (group = { kind, shown: [], total: 0 }));
    if (known === undefined && this.#byReason.size < REMEMBERED_REASONS)
      this.#byReason.set(issue.en, { severity: issue.severity, field: issue.field, group });
    return group;
  }

  #followOnOf(cause: string): Omit<Group, "kind"> {
    let group = this.followOn.get(cause);
    if (group === undefined) this.followOn.set(cause, (group = { shown: [], total: 0 }));
    return group;
  }
}

const n = (x: number) => x.toLocaleString("vi-VN");

/** What each follow-on count says, by the dataset that failed. */
const FOLLOW_ON: Record<string, (count: number) => string> = {
  units: (c) =>
    `${n(c)} dòng tham chiếu đơn vị không hợp lệ vì chính danh mục đơn vị (units) có lỗi ở trên; sửa danh mục trước rồi kiểm tra lại` +
    ` / ${c} row(s) refer to units that cannot be resolved because the units list itself has the errors above; fix it first and validate again`,
};

/** The text report: summary, root causes, the first issues of each kind in file order, accounting, verdict. */
export function writeTextReport(digest: IssueDigest, summary: Summary, write: Write): void {
  write(`${verdict(summary)}\n`);
  const groups = [...digest.kinds()];
  const causes = new Set(digest.followOn.keys());
  const causeFiles = new Set(summary.accounts.filter((a) => causes.has(a.dataset)).map((a) => a.file));
  const isCause = (i: Issue) => causeFiles.has(i.file) || (causes.has("units") && /\/units\.(csv|json)$/i.test(i.file) && i.line === 0);
  const shown = groups.flatMap((g) => g.shown).sort((a, b) => Number(isCause(b)) - Number(isCause(a)) || compareIssues(a, b));
  const lastOfKind = new Map<Issue, Group>();
  for (const g of groups) if (g.total > g.shown.length) lastOfKind.set(g.shown.reduce((a, b) => (compareIssues(a, b) > 0 ? a : b)), g);
  if (shown.length > 0 || digest.followOn.size > 0) write("\n");
  let followOnWritten = causes.size === 0;
  const writeFollowOn = () => {
    for (const [cause, g] of digest.followOn)
      write(`${FOLLOW_ON[cause]?.(g.total) ?? `${n(g.total)} lỗi kéo theo từ ${cause} / ${g.total} follow-on error(s) of ${cause}`}\n`);
    followOnWritten = true;
  };
  for (const issue of shown) {
    if (!followOnWritten && !isCause(issue)) writeFollowOn();
    write(`${formatIssue(issue)}\n`);
    const g = lastOfKind.get(issue);
    if (g !== undefined)
      write(`  … và ${n(g.total - g.shown.length)} lỗi cùng loại / … and ${g.total - g.shown.length} more of the same kind (--all: xem tất cả / show all)\n`);
  }
  if (!followOnWritten) writeFollowOn();
  write("\n");
  writeAccounts(summary.accounts, write);
  write(`\n${verdict(summary)}\n`);
}

/** One line per issue, as found, then accounting and verdict: `--all`, streamed while validating. */
export function allIssuesWriter(write: Write): { add: (issue: Issue) => void; finish: (summary: Summary) => void } {
  let any = false;
  return {
    add: (issue) => {
      any = true;
      write(`${formatIssue(issue)}\n`);
    },
    finish: (summary) => {
      if (any) write("\n");
      writeAccounts(summary.accounts, write);
      write(`\n${verdict(summary)}\n`);
    },
  };
}

function writeAccounts(accounts: FileAccount[], write: Write): void {
  write("Đối chiếu số dòng / row accounting (đọc = nhận + loại / read = accepted + rejected):\n");
  const name = (a: FileAccount) => (a.sheet === undefined ? a.file : `${a.file} › ${a.sheet}`);
  const width = Math.max(10, ...accounts.map((a) => name(a).length));
  const total = { read: 0, accepted: 0, rejected: 0 };
  const line = (label: string, a: { read: number; accepted: number; rejected: number }) =>
    write(`  ${label.padEnd(width)}  ${String(a.read).padStart(6)} = ${String(a.accepted).padStart(6)} + ${String(a.rejected).padStart(5)}\n`);
  for (const a of accounts) {
    line(name(a), a);
    total.read += a.read;
    total.accepted += a.accepted;
    total.rejected += a.rejected;
  }
  line("Tổng / total", total);
}

function verdict(s: Summary): string {
  return s.ok
    ? `Hợp lệ: ${s.warnings} cảnh báo. / Valid: ${s.warnings} warning(s).`
    : `Không hợp lệ: ${s.errors} lỗi, ${s.warnings} cảnh báo. / Invalid: ${s.errors} error(s), ${s.warnings} warning(s).`;
}

/** `--json`: the whole report, every issue, written one issue at a time. */
export function jsonReportWriter(dir: string, write: Write): { add: (issue: Issue) => void; finish: (summary: Summary) => void } {
  let count = 0;
  write(`{\n  "dir": ${JSON.stringify(dir)},\n  "issues": [`);
  return {
    add: (issue) => {
      write(`${count++ === 0 ? "" : ","}\n    ${JSON.stringify(issue)}`);
    },
    finish: (s) => {
      write(`${count === 0 ? "" : "\n  "}],\n  "accounts": [`);
      s.accounts.forEach((a, i) => write(`${i === 0 ? "" : ","}\n    ${JSON.stringify(a)}`));
      write(`${s.accounts.length === 0 ? "" : "\n  "}],\n  "ok": ${s.ok},\n  "errors": ${s.errors},\n  "warnings": ${s.warnings}\n}\n`);
    },
  };
}

/** Collects small writes into chunks of about 64 KB, so millions of lines are not millions of writes. */
export function bufferedWriter(sink: (chunk: string) => void): { write: Write; flush: () => void } {
  let buffer = "";
  return {
    write: (chunk) => {
      buffer += chunk;
      if (buffer.length > 1 << 16) {
        sink(buffer);
        buffer = "";
      }
    },
    flush: () => {
      if (buffer !== "") sink(buffer);
      buffer = "";
    },
  };
}
