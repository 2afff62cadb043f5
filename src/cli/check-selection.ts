// A filter (--plan, --domain, --lead, --kind) that selects no rule is an error naming what exists, nearest first.
import { selectRules, type RuleFilter } from '../evaluate/evaluate-plans.js';
import type { Lang } from '../i18n/format.js';
import { message } from '../i18n/messages.js';
import { closestLabels, type Candidate } from '../load/data/similarity.js';
import { LEAD_ALIASES } from '../model/lead-aliases.js';
import type { PlanModel } from '../model/plan-model.js';
import { UsageError } from './exit-codes.js';

/** A filter (or a combination) that selects no rule is an error that names what does exist, nearest first. */
export function checkSelection(model: PlanModel, filter: RuleFilter, lang: Lang): void {
  if (selectRules(model, filter).length > 0) return;
  const near = (asked: string, names: readonly string[], aliases: Readonly<Record<string, string>> = {}) => {
    const candidates: Candidate[] = [
      ...names.map((name) => ({ key: name.toLowerCase(), label: name, target: name })),
      // Short names are compared too, and shown with the unit they stand for: 卫建局 → 卫健局（自治县卫生健康局）.
      ...Object.entries(aliases).map(([short, full]) => ({ key: short, label: `${short}（${full}）`, target: full })),
    ];
    const closest = closestLabels(asked.toLowerCase(), candidates, 3, 0.3);
    return closest.length ? closest : names.slice(0, 8);
  };
  const plans = model.plans.map((p) => p.id);
  const domains = [...new Set(model.plans.filter((p) => !filter.plan || p.id === filter.plan).flatMap((p) => p.domains.map((d) => d.id)))];
  const leads = [...new Set(model.rules.flatMap((r) => r.rule.lead))];
  const kinds: string[] = [...new Set(model.rules.map((r) => r.rule.check.kind))];
  const separator = message('listSeparator', lang);
  const single = (option: string, asked: string, names: readonly string[], extra = '', aliases: Readonly<Record<string, string>> = {}): never => {
    const suggestions = near(asked, names, aliases).join(separator);
    throw new UsageError('filterMatchesNoRule', { option, value: asked, suggestions, extra });
  };
  if (filter.plan && !plans.includes(filter.plan)) single('--plan', filter.plan, plans);
  if (filter.domain && !domains.includes(filter.domain)) single('--domain', filter.domain, domains);
  if (filter.kind && !kinds.includes(filter.kind)) single('--kind', filter.kind, kinds);
  if (filter.lead && selectRules(model, { lead: filter.lead }).length === 0) {
    const shortNames = Object.keys(LEAD_ALIASES).slice(0, 6).join(separator);
    const aliases = Object.fromEntries(Object.entries(LEAD_ALIASES).filter(([, full]) => leads.includes(full)));
    single('--lead', filter.lead, leads, message('leadShortNames', lang, { names: shortNames }), aliases);
  }
  const given = Object.entries(filter)
    .filter(([key, value]) => ['plan', 'domain', 'lead', 'kind'].includes(key) && value)
    .map(([key, value]) => `--${key} ${value}`)
    .join(' ');
  throw new UsageError('filtersTogetherNoMatch', { given });
}
