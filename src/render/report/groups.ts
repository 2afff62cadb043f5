// Results grouped by plan and domain, and the report's title: shared by the HTML page and the markdown narrative
// (which must not load the chart module).
import { STATUSES, type Status } from '../../core/types.js';
import { sayIn } from '../../i18n/catalogue.js';
import type { Lang } from '../../i18n/format.js';
import { REPORT_TEXTS } from '../../i18n/render/report.js';
import type { Plan } from '../../schema/plan-file.js';
import type { ResultEntry } from '../../schema/results.js';
import type { ReportInput } from './types.js';

export interface DomainGroup {
  plan: Plan | null;
  planId: string;
  domains: Array<{ id: string; title: string; name: string; results: ResultEntry[] }>;
}

export function planName(plan: Plan | null, planId: string, lang: Lang): string {
  return plan ? (lang === 'zh' ? plan.name : plan.name_en) : planId;
}

/** Results grouped by plan (in plan order) and domain (in the plan's order), keeping each domain's rule order. */
export function groupByDomain(results: readonly ResultEntry[], plans: readonly Plan[], lang: Lang): DomainGroup[] {
  const groups: DomainGroup[] = [];
  for (const r of results) {
    let group = groups.find((g) => g.planId === r.plan);
    const plan = plans.find((p) => p.id === r.plan) ?? null;
    if (!group) groups.push((group = { plan, planId: r.plan, domains: [] }));
    let domain = group.domains.find((d) => d.id === r.domain);
    if (!domain) {
      const meta = plan?.domains.find((d) => d.id === r.domain);
      const name = meta ? (lang === 'zh' ? meta.name : meta.name_en) : r.domain;
      const title = meta && lang === 'zh' ? `${meta.number}${meta.name}` : name;
      group.domains.push((domain = { id: r.domain, title, name, results: [] }));
    }
    domain.results.push(r);
  }
  const order = (plan: Plan | null) => (plan ? plans.indexOf(plan) : Infinity);
  for (const g of groups) {
    const domainOrder = (id: string) => g.plan?.domains.findIndex((d) => d.id === id) ?? 0;
    g.domains.sort((a, b) => domainOrder(a.id) - domainOrder(b.id));
  }
  return groups.sort((a, b) => order(a.plan) - order(b.plan));
}

export function countStatuses(results: readonly ResultEntry[]): Record<Status, number> {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const r of results) counts[r.status] += 1;
  return counts;
}

export function reportTitle(input: ReportInput): string {
  const year = input.results.year;
  return sayIn(REPORT_TEXTS, 'title', input.lang, { year });
}
