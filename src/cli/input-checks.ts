// Checks that turn wrong inputs into a clear exit 2 instead of a clean-looking table: no data rows, a year
// the data does not cover, a filter that selects nothing. Kept apart from load-inputs.ts so commands call them.
import { selectRules, type RuleFilter } from '../evaluate/evaluate-plans.js';
import type { Status } from '../evaluate/types.js';
import type { Lang } from '../i18n/format.js';
import { closestLabels, type Candidate } from '../load/data/similarity.js';
import { LEAD_ALIASES } from '../model/lead-aliases.js';
import type { ObservationTable } from '../model/observation-table.js';
import type { PlanModel } from '../model/plan-model.js';
import { InputError, type Diagnostic } from '../model/diagnostic.js';
import { UsageError } from './exit-codes.js';
import type { Io } from './io.js';

/**
 * No usable data rows at all (an empty folder, header-only files, only unsupported files, only unknown
 * indicators) is an input error, not a table of 无数据. The diagnostics already found (the warnings that
 * say why each file gave nothing) go out with it.
 */
export function checkDataRows(
  data: { rows: { read: number; used: number }; files: readonly string[] },
  dataPaths: readonly string[],
  lang: Lang,
  diagnostics: readonly Diagnostic[] = [],
): void {
  const error = noDataRowsDiagnostic(data, dataPaths, lang);
  if (error) throw new InputError([...diagnostics, error]);
}

/** The error for data without a single usable row, or null when there is one. */
export function noDataRowsDiagnostic(data: { rows: { read: number; used: number }; files: readonly string[] }, dataPaths: readonly string[], lang: Lang): Diagnostic | null {
  if (data.rows.used > 0) return null;
  const zh = lang === 'zh';
  const files = data.files.length;
  const { read } = data.rows;
  const message =
    read > 0
      ? zh
        ? `读入 ${read} 行数据，但没有一行可用（原因见警告，plancheck validate 逐行列出）；需要至少一行指标、年份和数值都可识别的数据`
        : `${read} data row${read === 1 ? '' : 's'} read but none usable (the warnings say why; plancheck validate lists each row); expected at least one row with a known indicator, a year of the plans and a value`
      : zh
        ? `没有读到任何数据行（数据文件 ${files} 个）；需要至少一行数据，如 CSV 表头 indicator,year,value 之下的一行（plancheck template 生成填报表）`
        : `no data rows found (${files} data file${files === 1 ? '' : 's'}); expected at least one row, e.g. a line under the CSV header indicator,year,value (plancheck template writes a sheet to fill in)`;
  return { severity: 'error', code: 'no-data-rows', message, file: dataPaths.join(', '), found: `${read} rows read, 0 used`, expected: 'at least one usable data row' };
}

/** The years the data covers and the earliest year the plans allow; a year outside them is refused, naming both. */
export function checkYear(year: number, option: string, table: ObservationTable, model: PlanModel, lang: Lang): void {
  const span = table.yearSpan();
  const baseline = Math.min(...model.plans.map((p) => p.baseline_year));
  if (span !== null && year >= span.first && year <= span.last && year >= baseline) return;
  const covered = span === null ? (lang === 'zh' ? '无' : 'none') : span.first === span.last ? `${span.first}` : `${span.first}–${span.last}`;
  if (year < baseline) {
    throw new UsageError(
      lang === 'zh'
        ? `${option} ${year} 早于规划基期 ${baseline} 年；数据覆盖的年份：${covered}`
        : `${option} ${year} is before the plans' baseline year ${baseline}; the data covers ${covered}`,
    );
  }
  throw new UsageError(
    lang === 'zh'
      ? `${option} ${year} 不在数据覆盖的年份内（${covered}）；不会用其他年份的数值代替，请提供 ${year} 年的数据或选择 ${covered} 中的年份`
      : `${option} ${year} is outside the years the data covers (${covered}); values of other years are not used in its place: give data for ${year} or choose a year in ${covered}`,
  );
}

const JUDGED: ReadonlySet<Status> = new Set(['pass', 'at-risk', 'fail']);

/** Says on stderr which year was chosen when --year was not given, and how many rules have data for it. */
export function announceDefaultYear(report: { year: number; results: ReadonlyArray<{ status: Status }> }, io: Io, lang: Lang): void {
  const judged = report.results.filter((r) => JUDGED.has(r.status)).length;
  const total = report.results.length;
  if (total === 1) {
    io.stderr(lang === 'zh' ? `评估年份：${report.year}（数据中的最新年份）；用 --year 指定其他年份\n` : `Evaluation year: ${report.year} (the latest year in the data); choose another with --year\n`);
    return;
  }
  io.stderr(
    lang === 'zh'
      ? `评估年份：${report.year}（数据中的最新年份）；${total} 条规则中 ${judged} 条有判定（达标、预警或未达标），其余为无数据或待评估；用 --year 指定其他年份\n`
      : `Evaluation year: ${report.year} (the latest year in the data); ${judged} of ${total} rules could be judged (pass, at-risk or fail), the rest are no-data or not-assessed; choose another with --year\n`,
  );
}

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
  const zh = lang === 'zh';
  const single = (option: string, asked: string, names: readonly string[], extra = '', aliases: Readonly<Record<string, string>> = {}): never => {
    const suggestions = near(asked, names, aliases).join(zh ? '、' : ', ');
    throw new UsageError(zh ? `${option} "${asked}" 没有匹配的规则；可用的有：${suggestions}${extra}` : `${option} "${asked}" matches no rule; did you mean: ${suggestions}${extra}`);
  };
  if (filter.plan && !plans.includes(filter.plan)) single('--plan', filter.plan, plans);
  if (filter.domain && !domains.includes(filter.domain)) single('--domain', filter.domain, domains);
  if (filter.kind && !kinds.includes(filter.kind)) single('--kind', filter.kind, kinds);
  if (filter.lead && selectRules(model, { lead: filter.lead }).length === 0) {
    const shortNames = Object.keys(LEAD_ALIASES).slice(0, 6).join(zh ? '、' : ', ');
    const aliases = Object.fromEntries(Object.entries(LEAD_ALIASES).filter(([, full]) => leads.includes(full)));
    single('--lead', filter.lead, leads, zh ? `（也可用简称，如 ${shortNames}）` : ` (short names work too, e.g. ${shortNames})`, aliases);
  }
  const given = Object.entries(filter)
    .filter(([key, value]) => ['plan', 'domain', 'lead', 'kind'].includes(key) && value)
    .map(([key, value]) => `--${key} ${value}`)
    .join(' ');
  throw new UsageError(zh ? `${given} 组合起来没有匹配的规则；plancheck list 列出每条规则及其规划、领域和牵头单位` : `${given} together match no rule; plancheck list shows each rule with its plan, domain and lead`);
}
