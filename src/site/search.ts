/**
 * Site search documents: every place (old and new, with what became of it), plan, task, target and
 * agency, worded as the reader sees it. src/search builds the shards from these.
 */
import { requirementText } from "./target-labels";
import { t } from "../i18n";
import { formatDate } from "../lib/format";
import type { SearchDoc } from "../search/types";
import type { SiteModel, UnitView } from "./model";
import { placeContext, placeLinks } from "./places";
import { agencyUnit, planLabel, tasksOfAgency } from "./plans";
import { statusLabel } from "./status-label";
import { STATUSES, trackerRows } from "./tracker";
import { urls } from "../lib/urls";

const names = (units: readonly UnitView[]): string => units.map((u) => u.fullName).join(", ");

function placeDoc(site: SiteModel, u: UnitView): SearchDoc | undefined {
  const links = placeLinks(site, u);
  const url = links[0]?.[1] ?? (site.pages.includes(u) ? u.url : undefined);
  if (url === undefined) return undefined;
  const fields: string[] = [];
  const successors = u.successors.filter((s) => !s.ended && s.level === (u.level === "province" ? "province" : "commune"));
  const predecessors = u.predecessors.filter((p) => p.level === u.level);
  if (u.ended && successors.length > 0) fields.push(t("search.place.successors", { units: names(successors) }));
  if (!u.ended && predecessors.length > 0) fields.push(t("search.place.formedFrom", { units: names(predecessors) }));
  const name = u.record.name.split(/\s+/);
  return {
    id: u.key, type: "place", title: u.fullName, context: placeContext(u), url, fields,
    // "Krông Pa" is also typed "krongpa"; "Ia Rsai" also "iarsai".
    ...(name.length > 1 ? { keywords: name.join("") } : {}),
  };
}

export function searchDocuments(site: SiteModel): SearchDoc[] {
  const docs: SearchDoc[] = [];
  for (const u of site.units) {
    const d = placeDoc(site, u);
    if (d) docs.push(d);
  }
  const agencyName = new Map(site.agencies.map((a) => [a.id, a.name]));
  const plans = new Map(site.plans.map((p) => [p.id, p]));
  const agencyNames = (ids: readonly string[] | undefined) => (ids ?? []).map((id) => agencyName.get(id) ?? id).join("; ");
  for (const plan of site.plans) {
    docs.push({
      id: plan.id, type: "plan", title: plan.number ? `${plan.number}: ${plan.title}` : plan.title, url: urls.plan(plan.id),
      context: [plan.number, plan.issuer, plan.date && formatDate(plan.date)].filter(Boolean).join(" · "),
      fields: [plan.source, plan.note ?? ""].filter((s) => s !== ""),
    });
  }
  for (const task of site.tasks) {
    const plan = plans.get(task.plan_id);
    const due = task.due_text ?? (task.due && formatDate(task.due));
    docs.push({
      id: task.id, type: "task", title: task.content, url: urls.task(task.plan_id, task.id),
      context: [plan ? planLabel(plan) : task.plan_id, t("plan.item", { item: task.item }), task.section].filter(Boolean).join(", "),
      fields: [
        task.lead_agencies?.length ? `${t("task.lead")}: ${agencyNames(task.lead_agencies)}` : "",
        task.coordinating_agencies?.length ? `${t("task.coordinating")}: ${agencyNames(task.coordinating_agencies)}` : "",
        task.output ? t("search.task.output", { output: task.output }) : "",
        due ? `${t("task.due")}: ${due}` : "",
      ].filter((s) => s !== ""),
    });
  }
  for (const row of trackerRows(site)) {
    const target = row.target;
    const plan = plans.get(target.plan_id);
    const statuses = STATUSES.filter((s) => row.counts[s] > 0).map((s) => `${statusLabel(s)} ${row.counts[s]}`);
    docs.push({
      id: target.id, type: "target", title: target.text, url: urls.target(target.id),
      context: plan ? `${planLabel(plan)} · ${plan.issuer}` : target.plan_id,
      fields: [
        `${t("target.required")}: ${requirementText(target)}`,
        statuses.length > 0 ? t("search.target.status", { statuses: statuses.join(" · ") }) : "",
      ].filter((s) => s !== ""),
    });
  }
  for (const agency of site.agencies) {
    const unit = agencyUnit(site, agency);
    const { lead, coordinating } = tasksOfAgency(site, agency);
    docs.push({
      id: agency.id, type: "agency", title: agency.name, url: urls.agency(agency.id),
      context: unit ? `${unit.fullName}, ${placeContext(unit)}` : agency.unit_code,
      fields: [t("agencies.counts", { lead: lead.length, coordinating: coordinating.length })],
    });
  }
  return docs;
}
